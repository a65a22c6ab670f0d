#pragma once

#include "topology/topologygraph.h"

namespace sd {

struct DriftReport;
struct StackHealth;

// What a canvas node shows of the cluster: the health monitor's view of its Deployment or
// KubeBlocks Cluster, in the canvas' terms. *live is set when the cluster has the object.
NodeStatus nodeStatus(const StackHealth &health, const QString &nodeId, bool *live);

// Merges how the cluster differs from the design into a graph built from the stack: deployed
// nodes the drift found modified become Modified, nodes it found live but the graph still has
// as Designed become Deployed, and every unmanaged Deployment or Cluster joins as an Unmanaged
// node of its tier (without edges: its wiring is not known). A report of another stack is
// ignored.
void applyDesignDrift(TopologyGraph &graph, const DriftReport &drift, const QString &stackName);

} // namespace sd
