#pragma once

#include <QString>

#include <map>
#include <mutex>
#include <vector>

namespace sd::sim {

// Resource usage of the simulated containers, as metrics-server would report it: written by the
// kubelets (which sample each running container every few simulated seconds), read by the API
// server's metrics.k8s.io endpoints. Thread-safe.
class MetricsRegistry
{
public:
    struct Usage
    {
        qint64 cpuMillis = 0;
        qint64 memoryBytes = 0;
    };
    struct ContainerUsage
    {
        QString container;
        Usage usage;
    };

    void set(const QString &ns, const QString &pod, const QString &node, const QString &container, Usage usage);
    void removePod(const QString &ns, const QString &pod);
    // The pod's containers, empty when the pod is not running (metrics-server answers 404 then).
    std::vector<ContainerUsage> pod(const QString &ns, const QString &pod) const;
    // Sum over the node's pods plus the node's own system usage.
    Usage node(const QString &node) const;

private:
    struct PodEntry
    {
        QString node;
        std::map<QString, Usage> containers;
    };
    mutable std::mutex m_mutex;
    std::map<QString, PodEntry> m_pods;  // "ns/pod"
};

} // namespace sd::sim
