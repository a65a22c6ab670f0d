#include "kubesim/deploymentcontroller.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace sd::sim {

using json = nlohmann::json;
using objects::kDeployments;
using objects::kReplicaSets;
using objects::str;

namespace {
const char *kRevision = "deployment.kubernetes.io/revision";
const char *kHashLabel = "pod-template-hash";

// Drops nulls and empty maps/lists: clients that round-trip a template through Go types (kubectl
// rollout undo) add `creationTimestamp: null` and the like, which the real controller's semantic
// comparison ignores.
json normalized(const json &value)
{
    if (value.is_object()) {
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            json v = normalized(*it);
            if (!v.is_null() && !((v.is_object() || v.is_array()) && v.empty()))
                out[it.key()] = std::move(v);
        }
        return out;
    }
    if (value.is_array()) {
        json out = json::array();
        for (const auto &v : value)
            out.push_back(normalized(v));
        return out;
    }
    return value;
}

json withoutHash(json podTemplate)
{
    if (podTemplate.contains("metadata") && podTemplate["metadata"].contains("labels"))
        podTemplate["metadata"]["labels"].erase(kHashLabel);
    if (podTemplate.contains("metadata") && podTemplate["metadata"].contains("labels")
        && podTemplate["metadata"]["labels"].empty())
        podTemplate["metadata"].erase("labels");
    return normalized(podTemplate);
}

// An int-or-percent of `total`; percentages round up for surge, down for unavailability.
qint64 scaledValue(const json &value, qint64 total, bool roundUp)
{
    if (value.is_number_integer())
        return value.get<qint64>();
    const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>()) : QStringLiteral("25%");
    if (!text.endsWith(QLatin1Char('%')))
        return text.toLongLong();
    const double share = text.chopped(1).toDouble() * double(total) / 100.0;
    return qint64(roundUp ? std::ceil(share) : std::floor(share));
}

qint64 revisionOf(const json &rs)
{
    return str(rs["metadata"].value("annotations", json::object()), kRevision).toLongLong();
}

qint64 specReplicas(const json &rs) { return rs["spec"].value("replicas", qint64(0)); }
qint64 statusCount(const json &rs, const char *field) { return rs.value("status", json::object()).value(field, qint64(0)); }
} // namespace

QString DeploymentController::templateHash(const json &podTemplate)
{
    quint32 hash = 2166136261u;
    for (const char c : withoutHash(podTemplate).dump()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (const QChar c : QString::number(hash))
        out.append(QLatin1Char(alphabet[c.unicode() % 27]));
    return out;
}

void DeploymentController::observe(const WatchEvent &event)
{
    const json &obj = *event.object;
    if (event.resource == kDeployments) {
        enqueue(objects::ns(obj), objects::name(obj));
    } else if (event.resource == kReplicaSets) {
        for (const auto &ref : obj["metadata"].value("ownerReferences", json::array())) {
            if (ref.value("controller", false) && str(ref, "kind") == QStringLiteral("Deployment"))
                enqueue(objects::ns(obj), str(ref, "name"));
        }
    }
}

void DeploymentController::resync()
{
    for (const JsonPtr &d : manager()->store()->list(kDeployments).items)
        enqueue(objects::ns(*d), objects::name(*d));
}

void DeploymentController::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    const auto deployment = store->get(kDeployments, ns, name);
    if (!deployment || (*deployment)["metadata"].contains("deletionTimestamp"))
        return;
    const json &d = *deployment;
    const json spec = d["spec"];
    const qint64 replicas = spec.value("replicas", qint64(1));
    const json podTemplate = spec.value("template", json::object());
    const QString uid = objects::uid(d);
    EventRecorder &events = manager()->events();

    std::optional<json> newRs;
    std::vector<json> oldRs;
    qint64 maxRevision = 0;
    for (const JsonPtr &rs : store->list(kReplicaSets, ns).items) {
        if (objects::controllerUid(*rs) != uid || (*rs)["metadata"].contains("deletionTimestamp"))
            continue;
        maxRevision = std::max(maxRevision, revisionOf(*rs));
        if (!newRs && withoutHash((*rs)["spec"].value("template", json::object())) == withoutHash(podTemplate))
            newRs = *rs;
        else
            oldRs.push_back(*rs);
    }
    std::sort(oldRs.begin(), oldRs.end(), [](const json &a, const json &b) { return revisionOf(a) < revisionOf(b); });
    const bool recreate = str(spec.value("strategy", json::object()), "type") == QStringLiteral("Recreate");
    const json rolling = spec.value("strategy", json::object()).value("rollingUpdate", json::object());
    qint64 maxSurge = recreate ? 0 : scaledValue(rolling.value("maxSurge", json("25%")), replicas, true);
    qint64 maxUnavailable = recreate ? replicas : scaledValue(rolling.value("maxUnavailable", json("25%")), replicas, false);
    if (maxSurge == 0 && maxUnavailable == 0)
        maxUnavailable = 1;

    auto scale = [&](json &rs, qint64 to) {
        const qint64 from = specReplicas(rs);
        const QString rsName = objects::name(rs);
        const auto updated = objects::update(store, kReplicaSets, ns, rsName, [&](json &r) {
            r["spec"]["replicas"] = to;
            r["metadata"]["annotations"]["deployment.kubernetes.io/desired-replicas"] = std::to_string(replicas);
            r["metadata"]["annotations"]["deployment.kubernetes.io/max-replicas"] = std::to_string(replicas + maxSurge);
        });
        if (updated)
            rs = *updated;
        if (from != to)
            events.record(d, EventRecorder::Normal, QStringLiteral("ScalingReplicaSet"),
                          QStringLiteral("Scaled %1 replica set %2 from %3 to %4")
                              .arg(to > from ? QStringLiteral("up") : QStringLiteral("down"), rsName)
                              .arg(from)
                              .arg(to),
                          QStringLiteral("deployment-controller"));
    };

    const qint64 oldSpecTotal = [&] {
        qint64 t = 0;
        for (const json &r : oldRs)
            t += specReplicas(r);
        return t;
    }();
    bool createdNew = false;
    if (!newRs) {
        const QString hash = templateHash(podTemplate);
        json rsTemplate = podTemplate;
        rsTemplate["metadata"]["labels"][kHashLabel] = hash.toStdString();
        json selector = spec.value("selector", json::object());
        selector["matchLabels"][kHashLabel] = hash.toStdString();
        json labels = rsTemplate["metadata"]["labels"];
        // Recreate waits for the old pods; a first rollout starts at full size.
        qint64 initial = oldRs.empty() ? replicas : recreate ? 0 : std::clamp<qint64>(replicas + maxSurge - oldSpecTotal, 0, replicas);
        json annotations = d["metadata"].value("annotations", json::object());
        annotations.erase("kubectl.kubernetes.io/last-applied-configuration");
        annotations[kRevision] = std::to_string(maxRevision + 1);
        annotations["deployment.kubernetes.io/desired-replicas"] = std::to_string(replicas);
        annotations["deployment.kubernetes.io/max-replicas"] = std::to_string(replicas + maxSurge);
        json rs = {{"apiVersion", "apps/v1"},
                   {"kind", "ReplicaSet"},
                   {"metadata",
                    {{"name", (name + QLatin1Char('-') + hash).toStdString()},
                     {"namespace", ns.toStdString()},
                     {"labels", labels},
                     {"annotations", annotations},
                     {"ownerReferences", json::array({objects::ownerReference(d)})}}},
                   {"spec", {{"replicas", initial}, {"selector", selector}, {"template", rsTemplate},
                             {"minReadySeconds", spec.value("minReadySeconds", 0)}}},
                   {"status", {{"replicas", 0}}}};
        newRs = objects::create(store, kReplicaSets, std::move(rs));
        if (!newRs)
            return;  // a hash collision with a foreign object: retried on its next change
        createdNew = true;
        events.record(d, EventRecorder::Normal, QStringLiteral("ScalingReplicaSet"),
                      QStringLiteral("Scaled up replica set %1 from 0 to %2").arg(objects::name(*newRs)).arg(initial),
                      QStringLiteral("deployment-controller"));
    } else if (revisionOf(*newRs) < maxRevision) {
        // Rollback (or a template seen before): the old ReplicaSet becomes the newest revision.
        newRs = objects::update(store, kReplicaSets, ns, objects::name(*newRs), [&](json &r) {
            r["metadata"]["annotations"][kRevision] = std::to_string(maxRevision + 1);
        });
        events.record(d, EventRecorder::Normal, QStringLiteral("DeploymentRollback"),
                      QStringLiteral("Rolled back deployment \"%1\" to revision %2").arg(name).arg(maxRevision + 1),
                      QStringLiteral("deployment-controller"));
    }
    json &current = *newRs;
    const bool paused = spec.value("paused", false);
    if (!paused && !createdNew) {
        if (recreate) {
            bool oldPodsLeft = false;
            for (json &r : oldRs) {
                if (specReplicas(r) > 0)
                    scale(r, 0);
                oldPodsLeft = oldPodsLeft || statusCount(r, "replicas") > 0;
            }
            if (!oldPodsLeft && specReplicas(current) != replicas)
                scale(current, replicas);
        } else if (oldSpecTotal == 0) {
            if (specReplicas(current) != replicas)
                scale(current, replicas);
        } else {
            // Scale the new ReplicaSet up within the surge.
            const qint64 total = oldSpecTotal + specReplicas(current);
            const qint64 room = replicas + maxSurge - total;
            if (room > 0 && specReplicas(current) < replicas)
                scale(current, std::min(replicas, specReplicas(current) + room));
            // Scale old ones down within the unavailability budget: unhealthy replicas first.
            const qint64 minAvailable = replicas - maxUnavailable;
            const qint64 newUnavailable = std::max<qint64>(0, specReplicas(current) - statusCount(current, "availableReplicas"));
            qint64 allPods = statusCount(current, "replicas");
            qint64 available = statusCount(current, "availableReplicas");
            for (const json &r : oldRs) {
                allPods += statusCount(r, "replicas");
                available += statusCount(r, "availableReplicas");
            }
            qint64 cleanup = allPods - minAvailable - newUnavailable;
            for (json &r : oldRs) {
                const qint64 unhealthy = specReplicas(r) - statusCount(r, "availableReplicas");
                if (cleanup <= 0)
                    break;
                if (unhealthy <= 0)
                    continue;
                const qint64 down = std::min(cleanup, unhealthy);
                scale(r, specReplicas(r) - down);
                cleanup -= down;
            }
            qint64 budget = available - minAvailable - newUnavailable;
            for (json &r : oldRs) {
                if (budget <= 0)
                    break;
                if (specReplicas(r) == 0)
                    continue;
                const qint64 down = std::min(budget, specReplicas(r));
                scale(r, specReplicas(r) - down);
                budget -= down;
            }
        }
    }
    // Old ReplicaSets beyond the history limit, oldest first, once empty.
    const qint64 historyLimit = spec.value("revisionHistoryLimit", qint64(10));
    qint64 removable = qint64(oldRs.size()) - historyLimit;
    for (const json &r : oldRs) {
        if (removable <= 0)
            break;
        if (specReplicas(r) == 0 && statusCount(r, "replicas") == 0) {
            store->remove(kReplicaSets, ns, objects::name(r));
            --removable;
        }
    }

    // Status, from the ReplicaSets' reported counts.
    qint64 total = statusCount(current, "replicas");
    qint64 ready = statusCount(current, "readyReplicas");
    qint64 available = statusCount(current, "availableReplicas");
    qint64 oldPods = 0;
    for (const json &r : oldRs) {
        const auto latest = store->get(kReplicaSets, ns, objects::name(r));
        if (!latest)
            continue;
        total += statusCount(*latest, "replicas");
        ready += statusCount(*latest, "readyReplicas");
        available += statusCount(*latest, "availableReplicas");
        oldPods += statusCount(*latest, "replicas");
    }
    const qint64 updated = statusCount(current, "replicas");
    const bool complete = updated == replicas && oldPods == 0 && statusCount(current, "availableReplicas") >= replicas
                          && specReplicas(current) == replicas;
    const QString rsName = objects::name(current);
    const qint64 deadline = spec.value("progressDeadlineSeconds", qint64(600));
    const qint64 generation = d["metadata"].value("generation", qint64(1));
    bool timedOut = false;
    objects::update(store, kDeployments, ns, name, [&](json &dep) {
        json &st = dep["status"];
        if (!st.is_object())
            st = json::object();
        const json before = st;
        st["observedGeneration"] = generation;
        st["replicas"] = total;
        st["updatedReplicas"] = updated;
        st["readyReplicas"] = ready;
        st["availableReplicas"] = available;
        st["unavailableReplicas"] = std::max<qint64>(0, replicas - available);
        for (const char *zeroOmitted : {"replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"}) {
            if (st[zeroOmitted] == 0)
                st.erase(zeroOmitted);
        }
        dep["metadata"]["annotations"][kRevision] = std::to_string(revisionOf(current));
        const bool minimum = available >= replicas - maxUnavailable;
        objects::setCondition(st, QStringLiteral("Available"), minimum ? QStringLiteral("True") : QStringLiteral("False"),
                              minimum ? QStringLiteral("MinimumReplicasAvailable") : QStringLiteral("MinimumReplicasUnavailable"),
                              minimum ? QStringLiteral("Deployment has minimum availability.")
                                      : QStringLiteral("Deployment does not have minimum availability."));
        const auto progressing = objects::condition(before, QStringLiteral("Progressing"));
        const QString now = objects::nowText();
        QString reason;
        QString message;
        QString status = QStringLiteral("True");
        if (complete) {
            reason = QStringLiteral("NewReplicaSetAvailable");
            message = QStringLiteral("ReplicaSet \"%1\" has successfully progressed.").arg(rsName);
        } else if (createdNew) {
            reason = QStringLiteral("NewReplicaSetCreated");
            message = QStringLiteral("Created new replica set \"%1\"").arg(rsName);
        } else {
            reason = QStringLiteral("ReplicaSetUpdated");
            message = QStringLiteral("ReplicaSet \"%1\" is progressing.").arg(rsName);
            // No progress for progressDeadlineSeconds (simulated): the rollout has failed.
            const QString since = progressing ? str(*progressing, "lastUpdateTime") : now;
            const QDateTime last = QDateTime::fromString(since, Qt::ISODate);
            const double simulatedElapsed = double(last.secsTo(QDateTime::currentDateTimeUtc())) * manager()->options().timeScale;
            const bool stalled = progressing && str(*progressing, "reason") != QStringLiteral("NewReplicaSetAvailable")
                                 && before.value("updatedReplicas", 0) == updated && before.value("availableReplicas", 0) == available;
            if (progressing && str(*progressing, "reason") == QStringLiteral("ProgressDeadlineExceeded") && stalled) {
                reason = QStringLiteral("ProgressDeadlineExceeded");
                message = QStringLiteral("ReplicaSet \"%1\" has timed out progressing.").arg(rsName);
                status = QStringLiteral("False");
            } else if (stalled && simulatedElapsed > double(deadline)) {
                reason = QStringLiteral("ProgressDeadlineExceeded");
                message = QStringLiteral("ReplicaSet \"%1\" has timed out progressing.").arg(rsName);
                status = QStringLiteral("False");
                timedOut = true;
            }
        }
        const bool progressMade = before.value("updatedReplicas", 0) != updated || before.value("availableReplicas", 0) != available;
        const bool same = progressing && str(*progressing, "reason") == reason && str(*progressing, "status") == status
                          && !progressMade;
        objects::setCondition(st, QStringLiteral("Progressing"), status, reason, message);
        for (auto &c : st["conditions"]) {
            if (str(c, "type") == QStringLiteral("Progressing"))
                c["lastUpdateTime"] = same && progressing->contains("lastUpdateTime") ? (*progressing)["lastUpdateTime"]
                                                                                       : json(now.toStdString());
            else if (!c.contains("lastUpdateTime"))
                c["lastUpdateTime"] = now.toStdString();
        }
    });
    if (timedOut)
        events.record(d, EventRecorder::Warning, QStringLiteral("ProgressDeadlineExceeded"),
                      QStringLiteral("Deployment \"%1\" has timed out progressing.").arg(name), QStringLiteral("deployment-controller"));
    if (!complete)
        enqueueAfter(std::max<qint64>(deadline * 1000 / 4, 1000), ns, name);  // deadline checks
}

} // namespace sd::sim
