#pragma once

#include "topology/topologygraph.h"

namespace sd {

struct StackHealth;

// What a canvas node shows of the cluster: the health monitor's view of its Deployment or
// KubeBlocks Cluster, in the canvas' terms. *live is set when the cluster has the object.
NodeStatus nodeStatus(const StackHealth &health, const QString &nodeId, bool *live);

} // namespace sd
