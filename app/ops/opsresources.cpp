#include "ops/opsresources.h"

namespace sd {

namespace {
ApiResource make(const char *group, const char *version, const char *resource, const char *kind, bool namespaced = true)
{
    ApiResource r;
    r.group = QLatin1String(group);
    r.version = QLatin1String(version);
    r.resource = QLatin1String(resource);
    r.kind = QLatin1String(kind);
    r.namespaced = namespaced;
    r.preferredVersion = true;
    return r;
}
} // namespace

ApiResource OpsResources::clusters() { return make("apps.kubeblocks.io", "v1", "clusters", "Cluster"); }
ApiResource OpsResources::opsRequests() { return make("operations.kubeblocks.io", "v1alpha1", "opsrequests", "OpsRequest"); }
ApiResource OpsResources::backups() { return make("dataprotection.kubeblocks.io", "v1alpha1", "backups", "Backup"); }
ApiResource OpsResources::backupPolicies()
{
    return make("dataprotection.kubeblocks.io", "v1alpha1", "backuppolicies", "BackupPolicy");
}
ApiResource OpsResources::restores() { return make("dataprotection.kubeblocks.io", "v1alpha1", "restores", "Restore"); }
ApiResource OpsResources::componentVersions()
{
    return make("apps.kubeblocks.io", "v1", "componentversions", "ComponentVersion", false);
}
ApiResource OpsResources::deployments() { return make("apps", "v1", "deployments", "Deployment"); }
ApiResource OpsResources::replicaSets() { return make("apps", "v1", "replicasets", "ReplicaSet"); }
ApiResource OpsResources::storageClasses() { return make("storage.k8s.io", "v1", "storageclasses", "StorageClass", false); }
ApiResource OpsResources::pods() { return ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")); }
ApiResource OpsResources::pvcs()
{
    return ApiResource::core(QStringLiteral("persistentvolumeclaims"), QStringLiteral("PersistentVolumeClaim"));
}
ApiResource OpsResources::events() { return ApiResource::core(QStringLiteral("events"), QStringLiteral("Event")); }
ApiResource OpsResources::namespaces()
{
    return ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false);
}

} // namespace sd
