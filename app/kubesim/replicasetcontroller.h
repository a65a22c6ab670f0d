#pragma once

#include "kubesim/controller.h"

#include <nlohmann/json.hpp>

namespace sd::sim {

// The ReplicaSet controller: keeps spec.replicas pods from the template (names `<rs>-<5 chars>`,
// controller ownerReference), deleting surplus ones unscheduled first, then not ready, then newest,
// and reports replicas/fullyLabeled/ready/available counts. Events SuccessfulCreate/SuccessfulDelete.
class ReplicaSetController final : public Controller
{
    Q_OBJECT
public:
    using Controller::Controller;
    void observe(const WatchEvent &event) override;
    void resync() override;

    // A pod counts as available once Ready for minReadySeconds (simulated seconds).
    static bool podReady(const nlohmann::json &pod);

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

} // namespace sd::sim
