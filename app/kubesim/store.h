#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace sd::sim {

using JsonPtr = std::shared_ptr<const nlohmann::json>;

// One change of one object, as watch streams and the event log see it.
struct WatchEvent
{
    enum Type { Added, Modified, Deleted };
    Type type = Added;
    QString resource;  // storage key "group/plural", e.g. "apps/deployments", "/pods"
    quint64 resourceVersion = 0;
    JsonPtr object;    // state after the change (DELETED: last state, with the deletion's resourceVersion)
    JsonPtr previous;  // state before (null for ADDED); lets selector-filtered watches see objects leave
    // `object` as compact JSON, made once by the store (null for DELETED and in the replayed history):
    // watches send it as it is.
    std::shared_ptr<const std::string> encoded;
    static const char *typeName(Type type);
};

// The object store behind the API server: every object of every resource as JSON, one global
// monotonically increasing resourceVersion, and a bounded history of changes for watches.
// Thread-safe: all methods lock an internal mutex; changed() is emitted after the mutex is released,
// from the thread that made the change (connect with Qt::AutoConnection to receive it on your thread).
// Validation, defaulting and admission are the API server's job; the store only versions and records.
class Store final : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    quint64 resourceVersion() const;

    std::optional<nlohmann::json> get(const QString &resource, const QString &ns, const QString &name) const;

    struct List
    {
        std::vector<JsonPtr> items;  // sorted by namespace, then name
        // items[i] serialized (compact JSON), made once per write: large lists are concatenated, not re-encoded
        std::vector<std::shared_ptr<const std::string>> encoded;
        quint64 resourceVersion = 0;
    };
    // All objects of `resource` in namespace `ns` (all namespaces when `ns` is empty).
    List list(const QString &resource, const QString &ns = {}) const;

    // Atomic read-modify-write of one object. `fn` sees the current state (nullopt when absent) and
    // returns what to do; with Write, `current` must hold the new state. The store sets
    // metadata.resourceVersion. Returns the stored object (Write), the last state (Delete) or the
    // unchanged state (Keep). `fn` runs under the store's lock: it must not call the store.
    enum class Action { Keep, Write, Delete };
    using Mutator = std::function<Action(std::optional<nlohmann::json> &current)>;
    std::optional<nlohmann::json> mutate(const QString &resource, const QString &ns, const QString &name,
                                         const Mutator &fn);

    // Convenience wrappers over mutate().
    nlohmann::json put(const QString &resource, nlohmann::json object);
    bool remove(const QString &resource, const QString &ns, const QString &name);

    // Events of `resource` after `resourceVersion`, oldest first; nullopt when that version is older than
    // the retained history (the watch must answer 410 Expired).
    std::optional<std::vector<WatchEvent>> eventsSince(const QString &resource, quint64 resourceVersion) const;
    quint64 oldestRetainedVersion() const;
    void setHistoryLimit(int events);

    // The complete log of changes since recording was switched on (never trimmed): the truth tests
    // compare client-side event streams against. Off by default: it keeps every version of every
    // object, so a long-running cluster would grow without bound.
    void setRecordEventLog(bool on);
    bool recordsEventLog() const;
    std::vector<WatchEvent> eventLog() const;

signals:
    void changed(const sd::sim::WatchEvent &event);

private:
    struct Stored
    {
        JsonPtr object;
        std::shared_ptr<const std::string> encoded;
    };
    using Objects = std::map<QString, Stored>;  // "ns/name" -> object
    mutable std::mutex m_mutex;
    std::map<QString, Objects> m_resources;
    quint64 m_resourceVersion = 1;
    std::deque<WatchEvent> m_history;
    std::vector<WatchEvent> m_log;
    bool m_recordLog = false;
    size_t m_historyLimit = 10000;
    quint64 m_historyFloor = 1;  // events after this version are all in m_history
};

// "ns/name" (or "/name" for cluster-scoped objects).
QString objectKey(const QString &ns, const QString &name);

} // namespace sd::sim

Q_DECLARE_METATYPE(sd::sim::WatchEvent)
