#pragma once

#include "kubesim/controller.h"

#include <nlohmann/json.hpp>

namespace sd::sim {

// The default scheduler: binds pending pods to nodes by their resource requests (sum of the
// containers', the larger of that and any init container's), node selectors, cordons and pod counts,
// preferring the least allocated node. A pod that fits nowhere stays Pending with condition
// PodScheduled=False/Unschedulable and a FailedScheduling event worded like the real scheduler's
// ("0/3 nodes are available: 3 Insufficient cpu. …"); it is retried when pods or nodes change.
// Pods whose PersistentVolumeClaims wait for their first consumer get the claims' selected-node
// annotation and are bound once the claims are Bound, as the VolumeBinding plugin does.
class Scheduler final : public Controller
{
    Q_OBJECT
public:
    using Controller::Controller;

    void observe(const WatchEvent &event) override;
    void resync() override;

    struct Requests
    {
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0;
    };
    static Requests podRequests(const nlohmann::json &pod);

protected:
    void reconcileAll(const std::set<Key> &keys) override;
    void reconcile(const QString &, const QString &) override {}

private:
    void enqueueUnscheduled();
};

} // namespace sd::sim
