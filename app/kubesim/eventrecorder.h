#pragma once

#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

namespace sd::sim {

class Store;

// Writes core/v1 Events about objects the way the real components do: one Event per (object,
// reason, message, source), repeated occurrences aggregated into `count` and `lastTimestamp`.
// Not thread-safe: use it from one thread (the controller manager's).
class EventRecorder
{
public:
    explicit EventRecorder(Store *store) : m_store(store) {}

    enum Type { Normal, Warning };
    // `component` is the source ("kubelet", "default-scheduler", "deployment-controller"…); `host`
    // the node for kubelet events.
    void record(const nlohmann::json &involved, Type type, const QString &reason, const QString &message,
                const QString &component, const QString &host = {}, const QString &fieldPath = {});

private:
    Store *m_store;  // not owned
    QHash<QString, QString> m_names;  // aggregation key -> Event name
    quint64 m_sequence = 0;
};

} // namespace sd::sim
