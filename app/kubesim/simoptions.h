#pragma once

#include <QString>

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
    // Container logs (LogWriter): lines each container instance starts with once ready, then lines
    // per simulated second per ready container (0: none beyond the backlog). Burstiness 0 writes
    // steadily; towards 1 quiet spells alternate with bursts around the same long-run rate.
    int logBacklog = 0;
    double logRate = 0;
    double logBurstiness = 0.5;
    // Log bytes kept per container instance (older lines dropped), like the kubelet's
    // containerLogMaxSize; 0 keeps everything.
    qint64 logLimitBytes = qint64(10) << 20;
    // Load for watchers (ChurnWriter): watch events per simulated second on the running pods and
    // their Events; 0: none.
    double churnRate = 0;
    // Only the pods of this namespace churn (empty: every namespace), so a benchmark's namespace-scoped
    // caches take the whole rate.
    QString churnNamespace;
    // Keep every change for Cluster::eventLog and GET /kubesim/v1/events (tests comparing clients
    // against the truth); off for the demo and long runs, where it would grow without bound.
    bool recordEventLog = false;
};

} // namespace sd::sim
