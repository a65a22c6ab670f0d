#include "kubesim/statefulsetcontroller.h"

#include "kubesim/controllermanager.h"
#include "kubesim/deploymentcontroller.h"
#include "kubesim/objects.h"
#include "kubesim/replicasetcontroller.h"
#include "kubesim/store.h"

#include <map>

namespace sd::sim {

using json = nlohmann::json;
using objects::kClaims;
using objects::kPods;
using objects::kStatefulSets;
using objects::str;

namespace {
const char *kRevisionLabel = "controller-revision-hash";
} // namespace

void StatefulSetController::observe(const WatchEvent &event)
{
    const json &obj = *event.object;
    if (event.resource == kStatefulSets) {
        enqueue(objects::ns(obj), objects::name(obj));
    } else if (event.resource == kPods) {
        for (const auto &ref : obj["metadata"].value("ownerReferences", json::array())) {
            if (ref.value("controller", false) && str(ref, "kind") == QStringLiteral("StatefulSet"))
                enqueue(objects::ns(obj), str(ref, "name"));
        }
    }
}

void StatefulSetController::resync()
{
    for (const JsonPtr &s : manager()->store()->list(kStatefulSets).items)
        enqueue(objects::ns(*s), objects::name(*s));
}

void StatefulSetController::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    const auto set = store->get(kStatefulSets, ns, name);
    if (!set || (*set)["metadata"].contains("deletionTimestamp"))
        return;
    const json &sts = *set;
    const json spec = sts["spec"];
    const qint64 replicas = spec.value("replicas", qint64(1));
    const json podTemplate = spec.value("template", json::object());
    const QString revision = name + QLatin1Char('-') + DeploymentController::templateHash(podTemplate);
    const bool parallel = str(spec, "podManagementPolicy") == QStringLiteral("Parallel");
    const qint64 partition = spec.value("updateStrategy", json::object()).value("rollingUpdate", json::object()).value("partition", qint64(0));
    const bool onDelete = str(spec.value("updateStrategy", json::object()), "type") == QStringLiteral("OnDelete");
    const QString uid = objects::uid(sts);
    EventRecorder &events = manager()->events();

    std::map<qint64, json> pods;  // ordinal -> pod
    for (const JsonPtr &p : store->list(kPods, ns).items) {
        if (objects::controllerUid(*p) != uid)
            continue;
        bool ok = false;
        const qint64 ordinal = objects::name(*p).mid(name.size() + 1).toLongLong(&ok);
        if (ok && objects::name(*p).startsWith(name + QLatin1Char('-')))
            pods[ordinal] = *p;
    }
    auto ready = [](const json &p) { return ReplicaSetController::podReady(p) && !p["metadata"].contains("deletionTimestamp"); };

    bool blocked = false;  // OrderedReady: a missing or unready lower ordinal stops further work
    for (qint64 i = 0; i < replicas && !blocked; ++i) {
        const auto it = pods.find(i);
        if (it == pods.end()) {
            const QString podName = QStringLiteral("%1-%2").arg(name).arg(i);
            json podSpec = podTemplate.value("spec", json::object());
            for (const auto &claimTemplate : spec.value("volumeClaimTemplates", json::array())) {
                const QString claimName = QStringLiteral("%1-%2").arg(str(claimTemplate["metadata"], "name"), podName);
                if (!store->get(kClaims, ns, claimName)) {
                    json claim = {{"apiVersion", "v1"},
                                  {"kind", "PersistentVolumeClaim"},
                                  {"metadata", {{"name", claimName.toStdString()}, {"namespace", ns.toStdString()},
                                                {"labels", spec.value("selector", json::object()).value("matchLabels", json::object())}}},
                                  {"spec", claimTemplate.value("spec", json::object())},
                                  {"status", {{"phase", "Pending"}}}};
                    if (!claim["spec"].contains("volumeMode"))
                        claim["spec"]["volumeMode"] = "Filesystem";
                    if (objects::create(store, kClaims, std::move(claim)))
                        events.record(sts, EventRecorder::Normal, QStringLiteral("SuccessfulCreate"),
                                      QStringLiteral("create Claim %1 Pod %2 in StatefulSet %3 success").arg(claimName, podName, name),
                                      QStringLiteral("statefulset-controller"));
                }
                bool mounted = false;
                for (auto &v : podSpec["volumes"]) {
                    if (str(v, "name") == str(claimTemplate["metadata"], "name"))
                        mounted = true;
                }
                if (!mounted)
                    podSpec["volumes"].push_back({{"name", claimTemplate["metadata"].value("name", "")},
                                                  {"persistentVolumeClaim", {{"claimName", claimName.toStdString()}}}});
            }
            podSpec["hostname"] = podName.toStdString();
            if (!str(spec, "serviceName").isEmpty())
                podSpec["subdomain"] = spec["serviceName"];
            json labels = podTemplate.value("metadata", json::object()).value("labels", json::object());
            labels[kRevisionLabel] = revision.toStdString();
            labels["statefulset.kubernetes.io/pod-name"] = podName.toStdString();
            labels["apps.kubernetes.io/pod-index"] = std::to_string(i);
            json pod = {{"apiVersion", "v1"},
                        {"kind", "Pod"},
                        {"metadata", {{"name", podName.toStdString()}, {"namespace", ns.toStdString()}, {"labels", labels},
                                      {"ownerReferences", json::array({objects::ownerReference(sts)})}}},
                        {"spec", podSpec},
                        {"status", {{"phase", "Pending"}, {"qosClass", "BestEffort"}}}};
            const json annotations = podTemplate.value("metadata", json::object()).value("annotations", json::object());
            if (!annotations.empty())
                pod["metadata"]["annotations"] = annotations;
            if (objects::create(store, kPods, std::move(pod)))
                events.record(sts, EventRecorder::Normal, QStringLiteral("SuccessfulCreate"),
                              QStringLiteral("create Pod %1 in StatefulSet %2 successful").arg(podName, name),
                              QStringLiteral("statefulset-controller"));
            blocked = !parallel;
        } else if (!parallel && !ready(it->second)) {
            blocked = true;
        }
    }
    // Scale down: highest ordinal first, one at a time unless Parallel.
    for (auto it = pods.rbegin(); it != pods.rend(); ++it) {
        if (it->first < replicas)
            break;
        if (it->second["metadata"].contains("deletionTimestamp")) {
            if (!parallel)
                break;
            continue;
        }
        objects::markDeleted(store, kPods, ns, objects::name(it->second),
                             it->second["spec"].value("terminationGracePeriodSeconds", 30));
        events.record(sts, EventRecorder::Normal, QStringLiteral("SuccessfulDelete"),
                      QStringLiteral("delete Pod %1 in StatefulSet %2 successful").arg(objects::name(it->second), name),
                      QStringLiteral("statefulset-controller"));
        if (!parallel)
            break;
    }
    // Rolling update: the highest outdated ordinal at or above the partition, once all others are Ready.
    bool allReady = true;
    for (const auto &[ordinal, p] : pods) {
        if (ordinal < replicas && !ready(p))
            allReady = false;
    }
    if (!onDelete && allReady && qint64(pods.size()) >= replicas) {
        for (auto it = pods.rbegin(); it != pods.rend(); ++it) {
            if (it->first >= replicas || it->first < partition)
                continue;
            if (str(objects::labels(it->second), kRevisionLabel) != revision) {
                objects::markDeleted(store, kPods, ns, objects::name(it->second),
                                     it->second["spec"].value("terminationGracePeriodSeconds", 30));
                break;
            }
        }
    }
    qint64 count = 0, readyCount = 0, updated = 0, current = 0;
    for (const auto &[ordinal, p] : pods) {
        if (p["metadata"].contains("deletionTimestamp"))
            continue;
        ++count;
        if (ready(p))
            ++readyCount;
        if (str(objects::labels(p), kRevisionLabel) == revision)
            ++updated;
        else
            ++current;
    }
    const qint64 generation = sts["metadata"].value("generation", qint64(1));
    objects::update(store, kStatefulSets, ns, name, [&](json &s) {
        json &st = s["status"];
        if (!st.is_object())
            st = json::object();
        const QString previous = str(st, "currentRevision");
        st["observedGeneration"] = generation;
        st["replicas"] = count;
        st["readyReplicas"] = readyCount;
        st["availableReplicas"] = readyCount;
        st["updatedReplicas"] = updated;
        st["updateRevision"] = revision.toStdString();
        // The current revision follows the update revision once every pod runs it.
        const bool rolledOut = current == 0 && count == replicas;
        st["currentRevision"] = (rolledOut || previous.isEmpty() ? revision : previous).toStdString();
        st["currentReplicas"] = rolledOut ? updated : current;
        st["collisionCount"] = 0;
        for (const char *zeroOmitted : {"readyReplicas", "availableReplicas", "updatedReplicas", "currentReplicas"}) {
            if (st[zeroOmitted] == 0)
                st.erase(zeroOmitted);
        }
    });
}

} // namespace sd::sim
