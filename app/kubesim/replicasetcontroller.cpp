#include "kubesim/replicasetcontroller.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/selectors.h"
#include "kubesim/store.h"

#include <algorithm>

namespace sd::sim {

using json = nlohmann::json;
using objects::kPods;
using objects::kReplicaSets;
using objects::str;

namespace {
QString ownerName(const json &object, const char *kind)
{
    for (const auto &ref : object.value("metadata", json::object()).value("ownerReferences", json::array())) {
        if (ref.value("controller", false) && str(ref, "kind") == QLatin1String(kind))
            return str(ref, "name");
    }
    return {};
}
} // namespace

bool ReplicaSetController::podReady(const json &pod)
{
    const auto ready = objects::condition(pod.value("status", json::object()), QStringLiteral("Ready"));
    return ready && str(*ready, "status") == QStringLiteral("True");
}

void ReplicaSetController::observe(const WatchEvent &event)
{
    const json &obj = *event.object;
    if (event.resource == kReplicaSets)
        enqueue(objects::ns(obj), objects::name(obj));
    else if (event.resource == kPods) {
        if (const QString owner = ownerName(obj, "ReplicaSet"); !owner.isEmpty())
            enqueue(objects::ns(obj), owner);
    }
}

void ReplicaSetController::resync()
{
    for (const JsonPtr &rs : manager()->store()->list(kReplicaSets).items)
        enqueue(objects::ns(*rs), objects::name(*rs));
}

void ReplicaSetController::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    const auto rs = store->get(kReplicaSets, ns, name);
    if (!rs || (*rs)["metadata"].contains("deletionTimestamp"))
        return;
    const QString uid = objects::uid(*rs);
    const json spec = (*rs)["spec"];
    const qint64 wanted = spec.value("replicas", 1);
    const LabelSelector selector = LabelSelector::fromJson(spec.value("selector", json::object()));
    std::vector<json> active;
    int ready = 0;
    int fullyLabeled = 0;
    for (const JsonPtr &p : store->list(kPods, ns).items) {
        if (objects::controllerUid(*p) != uid)
            continue;
        const QString phase = str((*p)["status"], "phase");
        if ((*p)["metadata"].contains("deletionTimestamp") || phase == QStringLiteral("Succeeded")
            || phase == QStringLiteral("Failed"))
            continue;
        active.push_back(*p);
        if (podReady(*p))
            ++ready;
        if (selector.matches(objects::labels(*p)))
            ++fullyLabeled;
    }
    EventRecorder &events = manager()->events();
    const qint64 diff = wanted - qint64(active.size());
    if (diff > 0) {
        const json tmpl = spec.value("template", json::object());
        for (qint64 i = 0; i < std::min<qint64>(diff, 500); ++i) {
            json pod = {{"apiVersion", "v1"},
                        {"kind", "Pod"},
                        {"metadata",
                         {{"namespace", ns.toStdString()},
                          {"generateName", name.toStdString() + "-"},
                          {"labels", tmpl.value("metadata", json::object()).value("labels", json::object())},
                          {"ownerReferences", json::array({objects::ownerReference(*rs)})}}},
                        {"spec", tmpl.value("spec", json::object())},
                        {"status", {{"phase", "Pending"}, {"qosClass", "BestEffort"}}}};
            const json annotations = tmpl.value("metadata", json::object()).value("annotations", json::object());
            if (!annotations.empty())
                pod["metadata"]["annotations"] = annotations;
            for (int attempt = 0; attempt < 5; ++attempt) {
                const QString podName = name + QLatin1Char('-') + objects::randomSuffix(manager()->random());
                pod["metadata"]["name"] = podName.toStdString();
                if (objects::create(store, kPods, pod)) {
                    events.record(*rs, EventRecorder::Normal, QStringLiteral("SuccessfulCreate"),
                                  QStringLiteral("Created pod: %1").arg(podName), QStringLiteral("replicaset-controller"));
                    active.push_back(pod);
                    break;
                }
            }
        }
    } else if (diff < 0) {
        // Deletion order of the real controller: unscheduled, then pending/not ready, then the newest.
        auto rank = [](const json &p) {
            const int scheduled = str(p["spec"], "nodeName").isEmpty() ? 0 : 1;
            const int running = str(p["status"], "phase") == QStringLiteral("Running") ? 1 : 0;
            const int isReady = podReady(p) ? 1 : 0;
            return std::tuple(scheduled, running, isReady);
        };
        std::stable_sort(active.begin(), active.end(), [&](const json &a, const json &b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            return str(a["metadata"], "creationTimestamp") > str(b["metadata"], "creationTimestamp");
        });
        for (qint64 i = 0; i < -diff && i < qint64(active.size()); ++i) {
            const json &victim = active[size_t(i)];
            objects::markDeleted(store, kPods, ns, objects::name(victim),
                                 victim["spec"].value("terminationGracePeriodSeconds", 30));
            events.record(*rs, EventRecorder::Normal, QStringLiteral("SuccessfulDelete"),
                          QStringLiteral("Deleted pod: %1").arg(objects::name(victim)), QStringLiteral("replicaset-controller"));
        }
        active.resize(size_t(wanted));
    }
    const qint64 generation = (*rs)["metadata"].value("generation", qint64(1));
    objects::update(store, kReplicaSets, ns, name, [&](json &r) {
        json &st = r["status"];
        if (!st.is_object())
            st = json::object();
        st["replicas"] = active.size();
        st["fullyLabeledReplicas"] = fullyLabeled;
        st["readyReplicas"] = ready;
        st["availableReplicas"] = ready;
        st["observedGeneration"] = generation;
        for (const char *zeroOmitted : {"readyReplicas", "availableReplicas", "fullyLabeledReplicas"}) {
            if (st[zeroOmitted] == 0)
                st.erase(zeroOmitted);
        }
    });
}

} // namespace sd::sim
