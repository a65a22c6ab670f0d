#pragma once

#include "kubesim/controller.h"

namespace sd::sim {

// The Endpoints and EndpointSlice controllers: for every Service with a selector, the matching
// pods that have an IP, ready ones as addresses and the rest as notReadyAddresses (EndpointSlice
// conditions ready/serving/terminating), ports resolved by number or container port name. The
// slice is named `<service>-<5 chars>` and labelled kubernetes.io/service-name, as kuberesolver
// and the OpenIM discovery code look them up.
class EndpointsController final : public Controller
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
