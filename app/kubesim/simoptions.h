#pragma once

#include <QtGlobal>

namespace sd::sim {

// Knobs of the simulated cluster's behaviour (controllers, nodes). Set before Cluster::start().
struct SimOptions
{
    // Simulated lifecycle speed: 10 runs image pulls, probes, back-offs and rollouts ten times faster.
    double timeScale = 1.0;
    // Seeds every random choice of the controllers (pod name suffixes, pull times, IPs follow from it).
    quint64 seed = 20261126;
    int nodeCount = 3;
    qint64 nodeCpuMillis = 4000;
    qint64 nodeMemoryBytes = qint64(8) << 30;
    int nodePods = 110;
    // false: the API server alone, like envtest (kube-apiserver + etcd, no controller-manager):
    // for tests that write the statuses they need themselves.
    bool controllers = true;
};

} // namespace sd::sim
