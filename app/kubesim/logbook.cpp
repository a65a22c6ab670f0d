#include "kubesim/logbook.h"

namespace sd::sim {

LogBook::LogBook(QObject *parent) : QObject(parent) {}

QString LogBook::key(const QString &ns, const QString &pod, const QString &container)
{
    return ns + QLatin1Char('/') + pod + QLatin1Char('/') + container;
}

void LogBook::setLimitBytes(qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    m_limitBytes = std::max<qint64>(0, bytes);
}

void LogBook::trim(Instance &instance) const
{
    if (m_limitBytes <= 0 || instance.bytes <= m_limitBytes)
        return;
    // Drop down to 90 % of the limit at once, so a container at its limit does not trim on every line.
    const qint64 target = m_limitBytes - m_limitBytes / 10;
    while (instance.bytes > target && !instance.lines.empty()) {
        instance.bytes -= instance.lines.front().text.size();
        instance.lines.pop_front();
        ++instance.dropped;
    }
}

void LogBook::append(const QString &ns, const QString &pod, const QString &container, const QList<QByteArray> &lines,
                     const QDateTime &time)
{
    std::vector<Line> timed;
    timed.reserve(size_t(lines.size()));
    for (const QByteArray &line : lines)
        timed.push_back({time, line});
    append(ns, pod, container, std::move(timed));
}

void LogBook::append(const QString &ns, const QString &pod, const QString &container, std::vector<Line> lines)
{
    const QString k = key(ns, pod, container);
    {
        std::lock_guard lock(m_mutex);
        Instance &c = m_containers[k].current;
        for (Line &line : lines) {
            c.bytes += line.text.size();
            c.lines.push_back(std::move(line));
        }
        trim(c);
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
    const Instance &src = previous ? it->second.previous : it->second.current;
    const size_t start = from > src.dropped ? from - src.dropped : 0;
    if (start >= src.lines.size())
        return {};
    const size_t end = start + std::min(maxCount, src.lines.size() - start);
    return {src.lines.begin() + qsizetype(start), src.lines.begin() + qsizetype(end)};
}

size_t LogBook::indexAt(const QString &ns, const QString &pod, const QString &container, bool previous,
                        const QDateTime &time) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return 0;
    const Instance &src = previous ? it->second.previous : it->second.current;
    auto pos = std::lower_bound(src.lines.begin(), src.lines.end(), time,
                                [](const Line &l, const QDateTime &t) { return l.time < t; });
    return src.dropped + size_t(pos - src.lines.begin());
}

size_t LogBook::lineCount(const QString &ns, const QString &pod, const QString &container, bool previous) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return 0;
    const Instance &src = previous ? it->second.previous : it->second.current;
    return src.dropped + src.lines.size();
}

size_t LogBook::firstIndex(const QString &ns, const QString &pod, const QString &container, bool previous) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_containers.find(key(ns, pod, container));
    if (it == m_containers.end())
        return 0;
    return previous ? it->second.previous.dropped : it->second.current.dropped;
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
        c.current = Instance{};
        c.restarted = true;
    }
    emit ended(k);
}

qint64 LogBook::totalBytes() const
{
    std::lock_guard lock(m_mutex);
    qint64 total = 0;
    for (const auto &[key, container] : m_containers)
        total += container.current.bytes + container.previous.bytes;
    return total;
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
