#pragma once

#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace sd::sim {

class SimProcess;

// The running container processes of the cluster, keyed by namespace, pod and container: written by
// the kubelet (start, exit, pod removal), read by the API server's services/pods proxy. Thread-safe;
// owned by Cluster. Processes are shared: a proxy request keeps its process alive while it answers.
class ProcessTable
{
public:
    void put(const QString &ns, const QString &pod, const QString &container, std::shared_ptr<SimProcess> process);
    void remove(const QString &ns, const QString &pod, const QString &container);
    void removePod(const QString &ns, const QString &pod);
    std::shared_ptr<SimProcess> find(const QString &ns, const QString &pod, const QString &container) const;
    // The process of `pod` that listens on `port` (any container), or null.
    std::shared_ptr<SimProcess> listener(const QString &ns, const QString &pod, int port) const;

private:
    using Key = std::tuple<QString, QString, QString>;
    mutable std::mutex m_mutex;
    std::map<Key, std::shared_ptr<SimProcess>> m_processes;
};

} // namespace sd::sim
