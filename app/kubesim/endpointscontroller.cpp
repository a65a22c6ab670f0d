#include "kubesim/endpointscontroller.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/replicasetcontroller.h"
#include "kubesim/store.h"

namespace sd::sim {

using json = nlohmann::json;
using objects::kEndpoints;
using objects::kEndpointSlices;
using objects::kPods;
using objects::kServices;
using objects::str;

namespace {
const char *kServiceNameLabel = "kubernetes.io/service-name";

bool selects(const json &selector, const json &labels)
{
    if (!selector.is_object() || selector.empty())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (!labels.contains(it.key()) || labels[it.key()] != *it)
            return false;
    }
    return true;
}

// The container port a Service targetPort names (or its number), or 0 when the pod has no such port.
int resolvePort(const json &pod, const json &targetPort)
{
    if (targetPort.is_number_integer())
        return targetPort.get<int>();
    const QString name = targetPort.is_string() ? QString::fromStdString(targetPort.get<std::string>()) : QString();
    bool numeric = false;
    const int number = name.toInt(&numeric);
    if (numeric)
        return number;
    for (const auto &c : pod["spec"].value("containers", json::array())) {
        for (const auto &p : c.value("ports", json::array())) {
            if (str(p, "name") == name)
                return p.value("containerPort", 0);
        }
    }
    return 0;
}
} // namespace

void EndpointsController::observe(const WatchEvent &event)
{
    const json &obj = *event.object;
    if (event.resource == kServices) {
        enqueue(objects::ns(obj), objects::name(obj));
    } else if (event.resource == kPods) {
        // Only what a Service can see: IP, readiness, labels, deletion.
        if (event.previous && event.type == WatchEvent::Modified) {
            const json &before = *event.previous;
            const bool same = str(before["status"], "podIP") == str(obj["status"], "podIP")
                              && ReplicaSetController::podReady(before) == ReplicaSetController::podReady(obj)
                              && objects::labels(before) == objects::labels(obj)
                              && before["metadata"].contains("deletionTimestamp") == obj["metadata"].contains("deletionTimestamp");
            if (same)
                return;
        }
        for (const JsonPtr &svc : manager()->store()->list(kServices, objects::ns(obj)).items) {
            const json selector = (*svc)["spec"].value("selector", json::object());
            if (selects(selector, objects::labels(obj)) || (event.previous && selects(selector, objects::labels(*event.previous))))
                enqueue(objects::ns(*svc), objects::name(*svc));
        }
    }
}

void EndpointsController::resync()
{
    for (const JsonPtr &svc : manager()->store()->list(kServices).items)
        enqueue(objects::ns(*svc), objects::name(*svc));
}

void EndpointsController::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    const auto service = store->get(kServices, ns, name);
    const auto slices = store->list(kEndpointSlices, ns).items;
    auto ownSlice = [&]() -> std::optional<json> {
        for (const JsonPtr &s : slices) {
            if (str(objects::labels(*s), kServiceNameLabel) == name
                && str(objects::labels(*s), "endpointslice.kubernetes.io/managed-by") == QStringLiteral("endpointslice-controller.k8s.io"))
                return *s;
        }
        return std::nullopt;
    };
    const json selector = service ? (*service)["spec"].value("selector", json::object()) : json::object();
    if (!service || !selector.is_object() || selector.empty()) {
        // Services without a selector keep whatever Endpoints their owner writes.
        if (!service) {
            store->remove(kEndpoints, ns, name);
            if (const auto s = ownSlice())
                store->remove(kEndpointSlices, ns, objects::name(*s));
        }
        return;
    }
    const json servicePorts = (*service)["spec"].value("ports", json::array());
    json ready = json::array();
    json notReady = json::array();
    json sliceEndpoints = json::array();
    json ports = json::array();
    json slicePorts = json::array();
    bool portsResolved = false;
    for (const JsonPtr &p : store->list(kPods, ns).items) {
        const json &pod = *p;
        const QString ip = str(pod.value("status", json::object()), "podIP");
        if (ip.isEmpty() || !selects(selector, objects::labels(pod)))
            continue;
        const QString phase = str(pod["status"], "phase");
        if (phase == QStringLiteral("Succeeded") || phase == QStringLiteral("Failed"))
            continue;
        const bool terminating = pod["metadata"].contains("deletionTimestamp");
        const bool isReady = ReplicaSetController::podReady(pod) && !terminating;
        json target = {{"kind", "Pod"}, {"namespace", ns.toStdString()}, {"name", objects::name(pod).toStdString()},
                       {"uid", objects::uid(pod).toStdString()}};
        json address = {{"ip", ip.toStdString()}, {"nodeName", pod["spec"].value("nodeName", "")}, {"targetRef", target}};
        if (!terminating)
            (isReady ? ready : notReady).push_back(address);
        sliceEndpoints.push_back({{"addresses", {ip.toStdString()}},
                                  {"conditions", {{"ready", isReady}, {"serving", ReplicaSetController::podReady(pod)},
                                                  {"terminating", terminating}}},
                                  {"nodeName", pod["spec"].value("nodeName", "")},
                                  {"targetRef", target}});
        if (!portsResolved) {
            for (const auto &sp : servicePorts) {
                const int port = resolvePort(pod, sp.value("targetPort", sp.value("port", json(0))));
                if (port <= 0)
                    continue;
                json entry = {{"port", port}, {"protocol", sp.value("protocol", "TCP")}};
                if (sp.contains("name"))
                    entry["name"] = sp["name"];
                if (sp.contains("appProtocol"))
                    entry["appProtocol"] = sp["appProtocol"];
                ports.push_back(entry);
                json slicePort = entry;
                if (!slicePort.contains("name"))
                    slicePort["name"] = "";
                slicePorts.push_back(slicePort);
            }
            portsResolved = true;
        }
    }
    json subsets = json::array();
    if (!ready.empty() || !notReady.empty()) {
        json subset = {{"ports", ports}};
        if (!ready.empty())
            subset["addresses"] = ready;
        if (!notReady.empty())
            subset["notReadyAddresses"] = notReady;
        subsets.push_back(subset);
    }
    const json labels = objects::labels(*service);
    const std::string now = objects::nowText().toStdString();
    if (!objects::update(store, kEndpoints, ns, name, [&](json &e) {
            if (subsets.empty())
                e.erase("subsets");
            else
                e["subsets"] = subsets;
            e["metadata"]["labels"] = labels;
        })) {
        json ep = {{"apiVersion", "v1"}, {"kind", "Endpoints"},
                   {"metadata", {{"name", name.toStdString()}, {"namespace", ns.toStdString()}, {"labels", labels},
                                 {"annotations", {{"endpoints.kubernetes.io/last-change-trigger-time", now}}}}}};
        if (!subsets.empty())
            ep["subsets"] = subsets;
        objects::create(store, kEndpoints, std::move(ep));
    }
    json sliceLabels = labels;
    sliceLabels[kServiceNameLabel] = name.toStdString();
    sliceLabels["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io";
    if (const auto slice = ownSlice()) {
        objects::update(store, kEndpointSlices, ns, objects::name(*slice), [&](json &s) {
            s["endpoints"] = sliceEndpoints;
            s["ports"] = slicePorts;
            s["metadata"]["labels"] = sliceLabels;
        });
        return;
    }
    const QString suffix = objects::randomSuffix(manager()->random());
    objects::create(store, kEndpointSlices,
                    {{"apiVersion", "discovery.k8s.io/v1"},
                     {"kind", "EndpointSlice"},
                     {"metadata",
                      {{"name", (name + QLatin1Char('-') + suffix).toStdString()},
                       {"namespace", ns.toStdString()},
                       {"generateName", name.toStdString() + "-"},
                       {"labels", sliceLabels},
                       {"ownerReferences", json::array({objects::ownerReference(*service)})}}},
                     {"addressType", "IPv4"},
                     {"endpoints", sliceEndpoints},
                     {"ports", slicePorts}});
}

} // namespace sd::sim
