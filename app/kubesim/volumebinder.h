#pragma once

#include "kubesim/controller.h"

namespace sd::sim {

// The PersistentVolume controller and a local-path provisioner in one: claims of a StorageClass
// with volumeBindingMode Immediate are provisioned at once, WaitForFirstConsumer claims once the
// scheduler has annotated a selected node. Provisioning creates a PersistentVolume `pvc-<uid>` and
// binds both (phase Bound, volumeName, capacity); deleting a claim deletes its volume (Delete
// reclaim policy). Claims naming no class get the default StorageClass, as the admission plugin does.
class VolumeBinder final : public Controller
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
