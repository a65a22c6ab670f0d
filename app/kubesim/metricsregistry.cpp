#include "kubesim/metricsregistry.h"

namespace sd::sim {

void MetricsRegistry::set(const QString &ns, const QString &pod, const QString &node, const QString &container, Usage usage)
{
    std::lock_guard lock(m_mutex);
    PodEntry &entry = m_pods[ns + QLatin1Char('/') + pod];
    entry.node = node;
    entry.containers[container] = usage;
}

void MetricsRegistry::removePod(const QString &ns, const QString &pod)
{
    std::lock_guard lock(m_mutex);
    m_pods.erase(ns + QLatin1Char('/') + pod);
}

std::vector<MetricsRegistry::ContainerUsage> MetricsRegistry::pod(const QString &ns, const QString &pod) const
{
    std::lock_guard lock(m_mutex);
    std::vector<ContainerUsage> out;
    const auto it = m_pods.find(ns + QLatin1Char('/') + pod);
    if (it == m_pods.end())
        return out;
    for (const auto &[name, usage] : it->second.containers)
        out.push_back({name, usage});
    return out;
}

MetricsRegistry::Usage MetricsRegistry::node(const QString &node) const
{
    std::lock_guard lock(m_mutex);
    // The kubelet, container runtime and system daemons.
    Usage sum{180, qint64(900) << 20};
    for (const auto &[key, entry] : m_pods) {
        if (entry.node != node)
            continue;
        for (const auto &[name, usage] : entry.containers) {
            sum.cpuMillis += usage.cpuMillis;
            sum.memoryBytes += usage.memoryBytes;
        }
    }
    return sum;
}

} // namespace sd::sim
