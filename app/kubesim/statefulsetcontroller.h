#pragma once

#include "kubesim/controller.h"

namespace sd::sim {

// The StatefulSet controller: ordinal pods `<set>-0…N-1` (hostname, subdomain = serviceName,
// statefulset.kubernetes.io/pod-name and apps.kubernetes.io/pod-index labels), one PVC per
// volumeClaimTemplate and ordinal (`<claim>-<set>-<i>`, kept on scale-down like the default Retain
// policy), OrderedReady (one at a time, each waiting for the previous to be Ready) or Parallel, scale
// down from the highest ordinal, RollingUpdate from the highest ordinal down to the partition, and
// status with current/update revisions.
class StatefulSetController final : public Controller
{
    Q_OBJECT
public:
    using Controller::Controller;
    void observe(const WatchEvent &event) override;
    void resync() override;

protected:
    void reconcile(const QString &ns, const QString &name) override;
};

} // namespace sd::sim
