#include "kubesim/processtable.h"

#include "kubesim/simprocess.h"

namespace sd::sim {

void ProcessTable::put(const QString &ns, const QString &pod, const QString &container, std::shared_ptr<SimProcess> process)
{
    std::lock_guard lock(m_mutex);
    m_processes[{ns, pod, container}] = std::move(process);
}

void ProcessTable::remove(const QString &ns, const QString &pod, const QString &container)
{
    std::lock_guard lock(m_mutex);
    m_processes.erase({ns, pod, container});
}

void ProcessTable::removePod(const QString &ns, const QString &pod)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_processes.lower_bound({ns, pod, QString()}); it != m_processes.end()
                                                                  && std::get<0>(it->first) == ns && std::get<1>(it->first) == pod;)
        it = m_processes.erase(it);
}

std::shared_ptr<SimProcess> ProcessTable::find(const QString &ns, const QString &pod, const QString &container) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_processes.find({ns, pod, container});
    return it == m_processes.end() ? nullptr : it->second;
}

std::shared_ptr<SimProcess> ProcessTable::listener(const QString &ns, const QString &pod, int port) const
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_processes.lower_bound({ns, pod, QString()}); it != m_processes.end()
                                                                  && std::get<0>(it->first) == ns && std::get<1>(it->first) == pod;
         ++it) {
        if (it->second->listenPorts().contains(port))
            return it->second;
    }
    return nullptr;
}

} // namespace sd::sim
