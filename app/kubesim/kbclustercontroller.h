#pragma once

#include <QRandomGenerator>

#include "kubesim/kbcatalog.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace sd::sim {

class DataRegistry;
class Store;

// The simulated KubeBlocks 1.0 Cluster, Component and InstanceSet controllers, level-triggered: each
// reconcile() pass compares every Cluster with what exists and moves one step, like the real
// controllers do on each event. Per Cluster it creates the Components and InstanceSets, the pods
// (<cluster>-<component>-<ordinal>, scheduled and run by the kubelet simulation), PVCs, client and
// headless Services and account Secrets with KubeBlocks' names, ports and keys; assigns the
// `kubeblocks.io/role` labels (exactly one primary where the engine has one), rolls pods one at a time
// when their template changes (secondaries first), resizes PVCs, stops and starts components, moves
// the primary on switchover and failover, and reports phases and conditions the way KubeBlocks does.
// Deletion honours terminationPolicy (DoNotTerminate keeps the Cluster behind its finalizer and
// warns). Each Cluster's datastore lives in the DataRegistry from provisioning to deletion.
//
// Not thread-safe: one thread calls reconcile() and the chaos methods (KubeBlocks serialises them).
class KbClusterController
{
public:
    KbClusterController(Store *store, DataRegistry *data);

    // Simulated seconds per real second for the durations below (switchover, failover, resize…).
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    // Seeds the controller's random choices (account passwords), for runs that repeat (--seed).
    void setSeed(quint64 seed) { m_random.seed(quint32(seed ^ (seed >> 32) ^ 0x6b62u)); }
    void reconcile();

    // Chaos. The primary's container fails; KubeBlocks promotes a secondary, the failed pod restarts
    // and rejoins as a secondary. False with `error` when there is no such component or primary.
    bool failPrimary(const QString &ns, const QString &cluster, const QString &component, QString *error);
    // Every pod of the Cluster fails until recoverCluster(): phase Failed.
    bool failCluster(const QString &ns, const QString &cluster, QString *error);
    bool recoverCluster(const QString &ns, const QString &cluster, QString *error);
    // The Cluster's data volume is full: datastore writes fail until cleared.
    bool fillVolume(const QString &ns, const QString &cluster, bool full, QString *error);

    // For the OpsRequest controller: moves the leader role of `component` to `candidate` (any
    // other ready pod when empty). False with `error` when impossible.
    bool requestSwitchover(const QString &ns, const QString &cluster, const QString &component, const QString &instance,
                           const QString &candidate, QString *error);

    struct Resolved
    {
        QString name;
        const KbCatalog::ComponentDef *def = nullptr;
        QString serviceVersion;
        nlohmann::json spec;  // the Cluster's componentSpecs[] entry
    };
    // Resolves the Cluster's components against the installed definitions, as KubeBlocks'
    // validation and normalization do. Empty with `error` (KubeBlocks' message) on failure.
    std::vector<Resolved> resolve(const nlohmann::json &cluster, QString *error, bool *preCheck = nullptr) const;

private:
    using json = nlohmann::json;
    struct Failure
    {
        qint64 untilMs = -1;  // simulated ms when the pod restarts; -1: until recovered
    };

    void reconcileCluster(const json &cluster);
    void deleteCluster(const json &cluster);
    // Returns the component's phase.
    QString reconcileComponent(const json &cluster, const Resolved &c, bool waitForOthers, json &componentStatus);
    void ensureServices(const json &cluster, const json &component, const Resolved &c, const std::vector<int> &ordinals);
    void ensureSecrets(const json &cluster, const json &component, const Resolved &c);
    void ensurePvcs(const json &cluster, const Resolved &c, const json &instanceSet, const std::vector<int> &ordinals);
    json podFor(const json &cluster, const Resolved &c, const json &instanceSet, int ordinal, const std::string &revision) const;
    void assignRoles(const json &cluster, const Resolved &c, std::vector<json> &pods);
    void applyFailures(std::vector<json> &pods);
    QString allocateClusterIp();
    qint64 simNowMs() const;
    bool warnOnce(const json &object, const QString &reason, const QString &message);

    Store *m_store;
    DataRegistry *m_data;
    double m_timeScale = 1.0;
    qint64 m_simStartMs = 0;
    int m_nextIp = 1;
    std::map<QString, Failure> m_failedPods;       // "ns/pod"
    std::map<QString, qint64> m_pendingSwitchover;  // "ns/its" → sim ms when the role moves
    std::map<QString, QString> m_switchoverTarget;  // "ns/its" → candidate pod
    std::map<QString, qint64> m_leaderLostAt;       // "ns/its" → sim ms the leader was lost
    std::set<QString> m_warned;
    QRandomGenerator m_random{20261126u};
};

} // namespace sd::sim
