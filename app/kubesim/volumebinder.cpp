#include "kubesim/volumebinder.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

namespace sd::sim {

using json = nlohmann::json;
using objects::str;
using objects::kPods;
using objects::kNodes;
using objects::kClaims;
using objects::kVolumes;

namespace {
const QString kProvisioner = QStringLiteral("volume.kubernetes.io/storage-provisioner");
} // namespace

void VolumeBinder::observe(const WatchEvent &event)
{
    if (event.resource == kClaims) {
        if (event.type == WatchEvent::Deleted) {
            // Delete reclaim policy: the claim's volume goes with it.
            const QString volume = str((*event.object)["spec"], "volumeName");
            const auto pv = volume.isEmpty() ? std::nullopt : manager()->store()->get(kVolumes, {}, volume);
            if (pv && str((*pv)["spec"], "persistentVolumeReclaimPolicy") != QStringLiteral("Retain"))
                manager()->store()->remove(kVolumes, {}, volume);
            return;
        }
        enqueue(objects::ns(*event.object), objects::name(*event.object));
    } else if (event.resource == objects::kStorageClasses) {
        resync();
    }
}

void VolumeBinder::resync()
{
    for (const JsonPtr &c : manager()->store()->list(kClaims).items)
        enqueue(objects::ns(*c), objects::name(*c));
}

void VolumeBinder::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    auto claim = store->get(kClaims, ns, name);
    if (!claim || (*claim)["metadata"].contains("deletionTimestamp"))
        return;
    if (str(claim->value("status", json::object()), "phase") == QStringLiteral("Bound"))
        return;
    // The default class, as the DefaultStorageClass admission plugin assigns it.
    QString className = (*claim)["spec"].contains("storageClassName") ? str((*claim)["spec"], "storageClassName")
                                                                        : QString();
    std::optional<json> storageClass;
    for (const JsonPtr &c : store->list(objects::kStorageClasses).items) {
        const bool isDefault = str((*c)["metadata"].value("annotations", json::object()),
                                   "storageclass.kubernetes.io/is-default-class")
                               == QStringLiteral("true");
        if ((className.isEmpty() && isDefault) || (!className.isEmpty() && objects::name(*c) == className))
            storageClass = *c;
    }
    if (!storageClass) {
        if (!className.isEmpty())
            manager()->events().record(*claim, EventRecorder::Warning, QStringLiteral("ProvisioningFailed"),
                                       QStringLiteral("storageclass.storage.k8s.io \"%1\" not found").arg(className),
                                       QStringLiteral("persistentvolume-controller"));
        return;
    }
    className = objects::name(*storageClass);
    const QString provisioner = str(*storageClass, "provisioner");
    const QString selectedNode = str((*claim)["metadata"].value("annotations", json::object()),
                                     "volume.kubernetes.io/selected-node");
    const bool waitForConsumer = str(*storageClass, "volumeBindingMode") == QStringLiteral("WaitForFirstConsumer");
    claim = objects::update(store, kClaims, ns, name, [&](json &c) {
        c["spec"]["storageClassName"] = className.toStdString();
        if (!c["status"].is_object())
            c["status"] = json::object();
        c["status"]["phase"] = "Pending";
        if (!waitForConsumer || !selectedNode.isEmpty())
            c["metadata"]["annotations"][kProvisioner.toStdString()] = provisioner.toStdString();
    });
    if (!claim)
        return;
    if (waitForConsumer && selectedNode.isEmpty()) {
        manager()->events().record(*claim, EventRecorder::Normal, QStringLiteral("WaitForFirstConsumer"),
                                   QStringLiteral("waiting for first consumer to be created before binding"),
                                   QStringLiteral("persistentvolume-controller"));
        return;
    }
    const QString volumeName = QStringLiteral("pvc-") + objects::uid(*claim);
    const json request = (*claim)["spec"].value("resources", json::object()).value("requests", json::object());
    const std::string size = request.value("storage", std::string("1Gi"));
    json accessModes = (*claim)["spec"].value("accessModes", json::array({"ReadWriteOnce"}));
    json pv = {{"apiVersion", "v1"},
               {"kind", "PersistentVolume"},
               {"metadata",
                {{"name", volumeName.toStdString()},
                 {"annotations", {{"pv.kubernetes.io/provisioned-by", provisioner.toStdString()}}},
                 {"finalizers", {"kubernetes.io/pv-protection"}}}},
               {"spec",
                {{"capacity", {{"storage", size}}},
                 {"accessModes", accessModes},
                 {"persistentVolumeReclaimPolicy", storageClass->value("reclaimPolicy", std::string("Delete"))},
                 {"storageClassName", className.toStdString()},
                 {"volumeMode", (*claim)["spec"].value("volumeMode", std::string("Filesystem"))},
                 {"hostPath", {{"path", "/var/local-path-provisioner/" + volumeName.toStdString() + "_" + ns.toStdString()
                                            + "_" + name.toStdString()},
                               {"type", "DirectoryOrCreate"}}},
                 {"claimRef",
                  {{"apiVersion", "v1"}, {"kind", "PersistentVolumeClaim"}, {"namespace", ns.toStdString()},
                   {"name", name.toStdString()}, {"uid", objects::uid(*claim).toStdString()}}}}},
               {"status", {{"phase", "Bound"}}}};
    if (!selectedNode.isEmpty())
        pv["spec"]["nodeAffinity"] = {
            {"required",
             {{"nodeSelectorTerms",
               {{{"matchExpressions",
                  {{{"key", "kubernetes.io/hostname"}, {"operator", "In"}, {"values", {selectedNode.toStdString()}}}}}}}}}}};
    manager()->events().record(*claim, EventRecorder::Normal, QStringLiteral("Provisioning"),
                               QStringLiteral("External provisioner is provisioning volume for claim \"%1/%2\"").arg(ns, name),
                               provisioner);
    objects::create(store, kVolumes, std::move(pv));
    const auto bound = objects::update(store, kClaims, ns, name, [&](json &c) {
        c["spec"]["volumeName"] = volumeName.toStdString();
        c["metadata"]["annotations"]["pv.kubernetes.io/bind-completed"] = "yes";
        c["metadata"]["annotations"]["pv.kubernetes.io/bound-by-controller"] = "yes";
        c["status"] = {{"phase", "Bound"}, {"accessModes", accessModes}, {"capacity", {{"storage", size}}}};
    });
    if (bound)
        manager()->events().record(*bound, EventRecorder::Normal, QStringLiteral("ProvisioningSucceeded"),
                                   QStringLiteral("Successfully provisioned volume %1").arg(volumeName), provisioner);
}

} // namespace sd::sim
