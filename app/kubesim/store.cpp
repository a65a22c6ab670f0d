#include "kubesim/store.h"

namespace sd::sim {

const char *WatchEvent::typeName(Type type)
{
    switch (type) {
    case Added: return "ADDED";
    case Modified: return "MODIFIED";
    case Deleted: return "DELETED";
    }
    return "ERROR";
}

QString objectKey(const QString &ns, const QString &name) { return ns + QLatin1Char('/') + name; }

Store::Store(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sd::sim::WatchEvent>();
}

Store::~Store() = default;

quint64 Store::resourceVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_resourceVersion;
}

std::optional<nlohmann::json> Store::get(const QString &resource, const QString &ns, const QString &name) const
{
    std::lock_guard lock(m_mutex);
    auto r = m_resources.find(resource);
    if (r == m_resources.end())
        return std::nullopt;
    auto o = r->second.find(objectKey(ns, name));
    if (o == r->second.end())
        return std::nullopt;
    return *o->second.object;
}

Store::List Store::list(const QString &resource, const QString &ns) const
{
    std::lock_guard lock(m_mutex);
    List out;
    out.resourceVersion = m_resourceVersion;
    auto r = m_resources.find(resource);
    if (r == m_resources.end())
        return out;
    if (ns.isEmpty()) {
        out.items.reserve(r->second.size());
        out.encoded.reserve(r->second.size());
        for (const auto &[key, stored] : r->second) {
            out.items.push_back(stored.object);
            out.encoded.push_back(stored.encoded);
        }
    } else {
        const QString prefix = ns + QLatin1Char('/');
        for (auto it = r->second.lower_bound(prefix); it != r->second.end() && it->first.startsWith(prefix); ++it) {
            out.items.push_back(it->second.object);
            out.encoded.push_back(it->second.encoded);
        }
    }
    return out;
}

std::optional<nlohmann::json> Store::mutate(const QString &resource, const QString &ns, const QString &name,
                                            const Mutator &fn)
{
    WatchEvent event;
    std::optional<nlohmann::json> result;
    {
        std::lock_guard lock(m_mutex);
        Objects &objects = m_resources[resource];
        const QString key = objectKey(ns, name);
        auto it = objects.find(key);
        std::optional<nlohmann::json> current;
        if (it != objects.end())
            current = *it->second.object;
        const Action action = fn(current);
        if (action == Action::Keep)
            return current;
        if (action == Action::Delete && it == objects.end())
            return std::nullopt;
        const quint64 rv = ++m_resourceVersion;
        event.resource = resource;
        event.resourceVersion = rv;
        if (it != objects.end())
            event.previous = it->second.object;
        if (action == Action::Write && current) {
            (*current)["metadata"]["resourceVersion"] = std::to_string(rv);
            auto stored = std::make_shared<const nlohmann::json>(std::move(*current));
            event.type = it == objects.end() ? WatchEvent::Added : WatchEvent::Modified;
            event.object = stored;
            event.encoded = std::make_shared<const std::string>(stored->dump());
            objects[key] = {stored, event.encoded};
            result = *stored;
        } else {
            nlohmann::json last = *it->second.object;
            last["metadata"]["resourceVersion"] = std::to_string(rv);
            event.type = WatchEvent::Deleted;
            event.object = std::make_shared<const nlohmann::json>(last);
            objects.erase(it);
            result = std::move(last);
        }
        // History and log keep the object only: an old version's encoding would double what they hold
        // (a replay after a reconnect encodes again).
        m_history.push_back(event);
        m_history.back().encoded.reset();
        if (m_recordLog)
            m_log.push_back(m_history.back());
        while (m_history.size() > m_historyLimit) {
            m_historyFloor = m_history.front().resourceVersion;
            m_history.pop_front();
        }
    }
    emit changed(event);
    return result;
}

nlohmann::json Store::put(const QString &resource, nlohmann::json object)
{
    const auto &meta = object["metadata"];
    const QString ns = QString::fromStdString(meta.value("namespace", std::string()));
    const QString name = QString::fromStdString(meta.value("name", std::string()));
    return *mutate(resource, ns, name, [&object](std::optional<nlohmann::json> &current) {
        current = std::move(object);
        return Action::Write;
    });
}

bool Store::remove(const QString &resource, const QString &ns, const QString &name)
{
    bool existed = false;
    mutate(resource, ns, name, [&existed](std::optional<nlohmann::json> &current) {
        existed = current.has_value();
        return existed ? Action::Delete : Action::Keep;
    });
    return existed;
}

std::optional<std::vector<WatchEvent>> Store::eventsSince(const QString &resource, quint64 resourceVersion) const
{
    std::lock_guard lock(m_mutex);
    if (resourceVersion < m_historyFloor)
        return std::nullopt;
    std::vector<WatchEvent> out;
    auto it = std::upper_bound(m_history.begin(), m_history.end(), resourceVersion,
                               [](quint64 rv, const WatchEvent &e) { return rv < e.resourceVersion; });
    for (; it != m_history.end(); ++it) {
        if (it->resource == resource)
            out.push_back(*it);
    }
    return out;
}

quint64 Store::oldestRetainedVersion() const
{
    std::lock_guard lock(m_mutex);
    return m_historyFloor;
}

void Store::setHistoryLimit(int events)
{
    std::lock_guard lock(m_mutex);
    m_historyLimit = size_t(std::max(1, events));
}

void Store::setRecordEventLog(bool on)
{
    std::lock_guard lock(m_mutex);
    m_recordLog = on;
}

bool Store::recordsEventLog() const
{
    std::lock_guard lock(m_mutex);
    return m_recordLog;
}

std::vector<WatchEvent> Store::eventLog() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

} // namespace sd::sim
