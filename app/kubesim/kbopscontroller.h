#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace sd::sim {

class KbClusterController;
class Store;

// The simulated OpsRequest controller (operations.kubeblocks.io/v1alpha1): HorizontalScaling,
// VerticalScaling, Restart, Switchover, VolumeExpansion, Stop, Start and Upgrade go
// Pending → Creating → Running → Succeed (or Failed with a reason in the conditions), with
// progress "done/total" and per-component progressDetails. Like KubeBlocks it pre-checks the
// Cluster's phase, queues ops per Cluster in the `kubeblocks.io/ops-request` annotation (force skips
// the queue), applies the change to the Cluster spec (the Cluster controller rolls it out) and
// honours `cancel` for VerticalScaling and HorizontalScaling (→ Cancelling → Cancelled).
// Not thread-safe: runs on the KubeBlocks thread.
class KbOpsController
{
public:
    KbOpsController(Store *store, KbClusterController *clusters);
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    void reconcile();

private:
    using json = nlohmann::json;
    void reconcileOps(const json &ops);
    // Validates and applies the change to the Cluster; empty on success, else the failure message.
    QString start(const json &ops, const json &cluster, json &status);
    // Progress of a running op: done/total; `complete` when its effect is in place.
    void progress(const json &ops, const json &cluster, json &status, bool *complete);
    void finish(const json &ops, const QString &phase, const QString &reason, const QString &message);
    void unlock(const json &ops);

    Store *m_store;
    KbClusterController *m_clusters;
    double m_timeScale = 1.0;
};

} // namespace sd::sim
