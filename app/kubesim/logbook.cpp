#include "kubesim/logbook.h"

namespace sd::sim {

LogBook::LogBook(QObject *parent) : QObject(parent) {}

QString LogBook::key(const QString &ns, const QString &pod, const QString &container)
{
    return ns + QLatin1Char('/') + pod + QLatin1Char('/') + container;
}

void LogBook::append(const QString &ns, const QString &pod, const QString &container, const QList<QByteArray> &lines,
                     const QDateTime &time)
{
    const QString k = key(ns, pod, container);
    {
        std::lock_guard lock(m_mutex);
        auto &c = m_containers[k].current;
        c.reserve(c.size() + size_t(lines.size()));
        for (const QByteArray &line : lines)
            c.push_back({time, line});
    }
    emit appended(k);
}

std::vector<LogBook::Line> LogBook::lines(const QString &ns, const QString &pod, const QString &container,
                                          bool previous, size_t from, size_t maxCount) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return {};
    const auto &src = previous ? it->second.previous : it->second.current;
    if (from >= src.size())
        return {};
    const size_t end = from + std::min(maxCount, src.size() - from);
    return {src.begin() + qsizetype(from), src.begin() + qsizetype(end)};
}

size_t LogBook::indexAt(const QString &ns, const QString &pod, const QString &container, bool previous,
                        const QDateTime &time) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return 0;
    const auto &src = previous ? it->second.previous : it->second.current;
    auto pos = std::lower_bound(src.begin(), src.end(), time, [](const Line &l, const QDateTime &t) { return l.time < t; });
    return size_t(pos - src.begin());
}

size_t LogBook::lineCount(const QString &ns, const QString &pod, const QString &container, bool previous) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return 0;
    return previous ? it->second.previous.size() : it->second.current.size();
}

bool LogBook::hasPrevious(const QString &ns, const QString &pod, const QString &container) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    return it != m_containers.end() && it->second.restarted;
}

void LogBook::restart(const QString &ns, const QString &pod, const QString &container)
{
    const QString k = key(ns, pod, container);
    {
        std::lock_guard lock(m_mutex);
        Container &c = m_containers[k];
        c.previous = std::move(c.current);
        c.current.clear();
        c.restarted = true;
    }
    emit ended(k);
}

void LogBook::removePod(const QString &ns, const QString &pod)
{
    QStringList removed;
    {
        std::lock_guard lock(m_mutex);
        const QString prefix = ns + QLatin1Char('/') + pod + QLatin1Char('/');
        for (auto it = m_containers.lower_bound(prefix); it != m_containers.end() && it->first.startsWith(prefix);) {
            removed.append(it->first);
            it = m_containers.erase(it);
        }
    }
    for (const QString &k : removed)
        emit ended(k);
}

} // namespace sd::sim
