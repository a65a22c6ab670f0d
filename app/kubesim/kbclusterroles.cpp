#include "kubesim/kbclustercontroller.h"
#include "kubesim/kbclustercontroller_p.h"

#include "kubesim/dataregistry.h"
#include "kubesim/kbhelpers.h"
#include "kubesim/store.h"

#include <algorithm>

namespace sd::sim {

using namespace KbHelpers;
using namespace kbcluster;

void KbClusterController::applyFailures(std::vector<json> &pods)
{
    const qint64 now = simNowMs();
    for (json &p : pods) {
        const QString key = q(p["metadata"]["namespace"]) + QLatin1Char('/') + q(p["metadata"]["name"]);
        const auto it = m_failedPods.find(key);
        if (it == m_failedPods.end())
            continue;
        if (it->second.untilMs >= 0 && now >= it->second.untilMs) {
            // The container restarts: a fresh pod from the InstanceSet, which rejoins as a secondary.
            m_failedPods.erase(it);
            deletePod(m_store, q(p["metadata"]["namespace"]), q(p["metadata"]["name"]));
            p["metadata"]["deletionTimestamp"] = nowIso();
            continue;
        }
        if (podReady(p) || !podFailed(p)) {
            // Keep the failure visible on the pod: not ready, container crash-looping.
            const auto updated = update(m_store, QString::fromLatin1(KbHelpers::pods), q(p["metadata"]["namespace"]),
                                        q(p["metadata"]["name"]), [](json &o) {
                json &st = o["status"];
                json conds = st.value("conditions", json::array());
                setCondition(conds, "Ready", "False", "ContainersNotReady", "containers with unready status");
                setCondition(conds, "ContainersReady", "False", "ContainersNotReady", "containers with unready status");
                st["conditions"] = conds;
                json statuses = st.value("containerStatuses", json::array());
                for (json &cs : statuses) {
                    cs["ready"] = false;
                    cs["started"] = false;
                    cs["restartCount"] = cs.value("restartCount", 0) + 1;
                    cs["lastState"] = {{"terminated", {{"exitCode", 1}, {"reason", "Error"}, {"finishedAt", nowIso()}}}};
                    cs["state"] = {{"waiting", {{"reason", "CrashLoopBackOff"},
                                                {"message", "back-off 10s restarting failed container"}}}};
                }
                st["containerStatuses"] = statuses;
                o["metadata"]["labels"].erase(roleLabel);
                return true;
            });
            if (updated)
                p = *updated;
        }
    }
}

void KbClusterController::assignRoles(const json &cluster, const Resolved &c, std::vector<json> &pods)
{
    if (c.def->roles.isEmpty())
        return;
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString its = q(cluster["metadata"]["name"]) + QLatin1Char('-') + c.name;
    const QString key = ns + QLatin1Char('/') + its;
    const std::string leaderRole = s(c.def->roles.first());
    const std::string otherRole = s(c.def->roles.value(1));
    const auto setRole = [&](json &p, const std::string &role) {
        if (p["metadata"].value("labels", json::object()).value(roleLabel, std::string()) == role)
            return;
        const auto updated = update(m_store, QString::fromLatin1(KbHelpers::pods), ns, q(p["metadata"]["name"]), [&](json &o) {
            if (role.empty())
                o["metadata"]["labels"].erase(roleLabel);
            else
                o["metadata"]["labels"][roleLabel] = role;
            return true;
        });
        if (updated)
            p = *updated;
    };
    if (!c.def->exclusiveLeader) {
        // MinIO: every healthy server is readwrite, the others notready.
        for (json &p : pods) {
            if (m_failedPods.count(ns + QLatin1Char('/') + q(p["metadata"]["name"])))
                continue;
            if (p["status"].value("phase", std::string()) == "Running")
                setRole(p, podReady(p) ? leaderRole : otherRole);
        }
        return;
    }
    json *leader = nullptr;
    for (json &p : pods) {
        if (podReady(p) && p["metadata"].value("labels", json::object()).value(roleLabel, std::string()) == leaderRole)
            leader = leader ? leader : &p;
    }
    const qint64 now = simNowMs();
    // A requested switchover moves the role once the candidate has caught up.
    if (m_pendingSwitchover.count(key) && now >= m_pendingSwitchover[key]) {
        const QString target = m_switchoverTarget[key];
        json *candidate = nullptr;
        for (json &p : pods) {
            if (q(p["metadata"]["name"]) == target && podReady(p))
                candidate = &p;
        }
        m_pendingSwitchover.erase(key);
        m_switchoverTarget.erase(key);
        if (candidate) {
            if (leader)
                setRole(*leader, otherRole);
            setRole(*candidate, leaderRole);
            leader = candidate;
            update(m_store, QString::fromLatin1(instanceSets), ns, its, [&](json &o) {
                o["metadata"]["annotations"][leaderAnnotation] = (*candidate)["metadata"]["name"];
                return true;
            });
        }
    }
    if (!leader) {
        // Elect: the last leader if it is back, else the lowest ready ordinal; after a leader was lost
        // the election takes the failover delay.
        const auto itsObj = m_store->get(QString::fromLatin1(instanceSets), ns, its);
        const std::string previous = itsObj ? (*itsObj)["metadata"].value("annotations", json::object()).value(leaderAnnotation, std::string()) : std::string();
        if (!previous.empty() && !m_leaderLostAt.count(key))
            m_leaderLostAt[key] = now;
        const bool electNow = previous.empty() || now - m_leaderLostAt[key] >= failoverMs;
        json *chosen = nullptr;
        // The first election goes to the lowest ordinal (it initialises the replication), once it is ready.
        int lowest = -1;
        for (const json &p : pods) {
            const int ord = ordinalOf(q(p["metadata"]["name"]));
            lowest = lowest < 0 ? ord : std::min(lowest, ord);
        }
        for (json &p : pods) {
            if (!podReady(p) || m_failedPods.count(ns + QLatin1Char('/') + q(p["metadata"]["name"])))
                continue;
            if (previous.empty() && ordinalOf(q(p["metadata"]["name"])) != lowest)
                continue;
            if (p["metadata"]["name"] == previous) {
                chosen = &p;
                break;
            }
            if (!chosen || ordinalOf(q(p["metadata"]["name"])) < ordinalOf(q((*chosen)["metadata"]["name"])))
                chosen = &p;
        }
        if (chosen && (electNow || (*chosen)["metadata"]["name"] == previous)) {
            for (json &p : pods) {
                if (&p != chosen && p["metadata"].value("labels", json::object()).value(roleLabel, std::string()) == leaderRole)
                    setRole(p, otherRole);
            }
            setRole(*chosen, leaderRole);
            leader = chosen;
            m_leaderLostAt.erase(key);
            const std::string name = (*chosen)["metadata"]["name"];
            update(m_store, QString::fromLatin1(instanceSets), ns, its, [&](json &o) {
                if (o["metadata"].value("annotations", json::object()).value(leaderAnnotation, std::string()) == name)
                    return false;
                o["metadata"]["annotations"][leaderAnnotation] = name;
                return true;
            });
        }
    }
    for (json &p : pods) {
        if (leader && &p == leader)
            continue;
        if (m_failedPods.count(ns + QLatin1Char('/') + q(p["metadata"]["name"])))
            continue;
        if (podReady(p))
            setRole(p, otherRole);
    }
}

bool KbClusterController::requestSwitchover(const QString &ns, const QString &cluster, const QString &comp,
                                            const QString &instance, const QString &candidate, QString *error)
{
    const QString its = cluster + QLatin1Char('-') + comp;
    std::vector<json> pods;
    for (const auto &p : m_store->list(QString::fromLatin1(KbHelpers::pods), ns).items) {
        if (q((*p)["metadata"]["name"]).startsWith(its + QLatin1Char('-'))
            && ordinalOf(q((*p)["metadata"]["name"])) >= 0
            && (*p)["metadata"].value("labels", json::object()).value("apps.kubeblocks.io/component-name", std::string()) == s(comp))
            pods.push_back(*p);
    }
    QString leader;
    for (const json &p : pods) {
        if (p["metadata"]["labels"].value(roleLabel, std::string()) == "primary")
            leader = q(p["metadata"]["name"]);
    }
    if (leader.isEmpty() || leader != instance) {
        *error = QStringLiteral("instanceName %1 is not the primary of component %2").arg(instance, comp);
        return false;
    }
    QString target = candidate;
    if (target.isEmpty()) {
        for (const json &p : pods) {
            if (q(p["metadata"]["name"]) != leader && podReady(p) && target.isEmpty())
                target = q(p["metadata"]["name"]);
        }
    }
    const auto found = std::find_if(pods.begin(), pods.end(), [&](const json &p) { return q(p["metadata"]["name"]) == target; });
    if (target.isEmpty() || found == pods.end() || !podReady(*found) || target == leader) {
        *error = target.isEmpty() ? QStringLiteral("no candidate instance is ready for switchover of component %1").arg(comp)
                                  : QStringLiteral("candidate instance %1 is not a ready secondary of component %2").arg(target, comp);
        return false;
    }
    const QString key = ns + QLatin1Char('/') + its;
    m_pendingSwitchover[key] = simNowMs() + switchoverMs;
    m_switchoverTarget[key] = target;
    return true;
}

bool KbClusterController::failPrimary(const QString &ns, const QString &cluster, const QString &comp, QString *error)
{
    for (const auto &p : m_store->list(QString::fromLatin1(KbHelpers::pods), ns).items) {
        const json lbl = (*p)["metadata"].value("labels", json::object());
        if (lbl.value("app.kubernetes.io/instance", std::string()) == s(cluster)
            && (comp.isEmpty() || lbl.value("apps.kubeblocks.io/component-name", std::string()) == s(comp))
            && lbl.value(roleLabel, std::string()) == "primary") {
            m_failedPods[ns + QLatin1Char('/') + q((*p)["metadata"]["name"])] = {simNowMs() + restartAfterFailureMs};
            return true;
        }
    }
    *error = QStringLiteral("cluster %1/%2 has no primary pod%3").arg(ns, cluster, comp.isEmpty() ? QString() : QStringLiteral(" in component ") + comp);
    return false;
}

bool KbClusterController::failCluster(const QString &ns, const QString &cluster, QString *error)
{
    int n = 0;
    for (const auto &p : m_store->list(QString::fromLatin1(KbHelpers::pods), ns).items) {
        if ((*p)["metadata"].value("labels", json::object()).value("app.kubernetes.io/instance", std::string()) == s(cluster)) {
            m_failedPods[ns + QLatin1Char('/') + q((*p)["metadata"]["name"])] = {-1};
            ++n;
        }
    }
    if (n == 0)
        *error = QStringLiteral("cluster %1/%2 has no pods").arg(ns, cluster);
    return n > 0;
}

bool KbClusterController::recoverCluster(const QString &ns, const QString &cluster, QString *error)
{
    int n = 0;
    const QString prefix = ns + QLatin1Char('/') + cluster + QLatin1Char('-');
    for (auto &[key, failure] : m_failedPods) {
        if (key.startsWith(prefix)) {
            failure.untilMs = simNowMs();
            ++n;
        }
    }
    if (n == 0)
        *error = QStringLiteral("cluster %1/%2 has no failed pods").arg(ns, cluster);
    return n > 0;
}

bool KbClusterController::fillVolume(const QString &ns, const QString &cluster, bool full, QString *error)
{
    if (!m_data->exists(ns, cluster)) {
        *error = QStringLiteral("cluster %1/%2 has no datastore").arg(ns, cluster);
        return false;
    }
    m_data->setVolumeFull(ns, cluster, full);
    for (const auto &pvc : m_store->list(QString::fromLatin1(pvcs), ns).items) {
        const json lbl = (*pvc)["metadata"].value("labels", json::object());
        if (lbl.value("app.kubernetes.io/instance", std::string()) != s(cluster) || lbl.value("apps.kubeblocks.io/vct-name", std::string()) != "data")
            continue;
        const auto updated = update(m_store, QString::fromLatin1(pvcs), ns, q((*pvc)["metadata"]["name"]), [&](json &o) {
            if (full)
                o["metadata"]["annotations"]["kubesim.stackdeck.io/volume-full"] = "true";
            else if (o["metadata"].contains("annotations"))
                o["metadata"]["annotations"].erase("kubesim.stackdeck.io/volume-full");
            return true;
        });
        if (full && updated)
            recordEvent(m_store, *updated, "Warning", QStringLiteral("VolumeFull"),
                        QStringLiteral("no space left on device: volume %1 is 100% used").arg(q((*pvc)["metadata"]["name"])), "kubelet");
    }
    return true;
}

} // namespace sd::sim
