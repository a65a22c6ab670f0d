#pragma once

#include <QStringList>

namespace sd::sim {

class LogBook;
class Store;

// Installs KubeBlocks 1.0.2 into a store the way `kubectl create -f kubeblocks_crds.yaml` plus
// `helm install kubeblocks` (and `kbcli addon enable minio`) leave a cluster: the CRDs, the kb-system
// namespace and Deployments, and for every enabled addon its Addon object (phase Enabled),
// ClusterDefinition, ComponentDefinitions, ComponentVersions and ActionSets. A disabled addon keeps
// its Addon object (phase Disabled) and installs nothing else, as after `kbcli addon disable`.
namespace KbInstall {

void install(Store *store, LogBook *logs, const QStringList &disabledAddons);

} // namespace KbInstall
} // namespace sd::sim
