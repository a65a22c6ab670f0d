#include "kubesim/eventrecorder.h"

#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QDateTime>

namespace sd::sim {

using json = nlohmann::json;

void EventRecorder::record(const json &involved, Type type, const QString &reason, const QString &message,
                           const QString &component, const QString &host, const QString &fieldPath)
{
    const QString ns = objects::ns(involved).isEmpty() ? QStringLiteral("default") : objects::ns(involved);
    const QString key = objects::uid(involved) + QLatin1Char('\x1f') + reason + QLatin1Char('\x1f') + message
                        + QLatin1Char('\x1f') + component + QLatin1Char('\x1f') + fieldPath;
    const std::string now = objects::nowText().toStdString();
    if (const QString existing = m_names.value(key); !existing.isEmpty()) {
        const auto updated = objects::update(m_store, QStringLiteral("/events"), ns, existing, [&](json &e) {
            e["count"] = e.value("count", 1) + 1;
            e["lastTimestamp"] = now;
        });
        if (updated)
            return;
    }
    // Real event names are the object's name plus a hex timestamp; a sequence keeps them unique.
    const qint64 nanos = QDateTime::currentMSecsSinceEpoch() * 1000000 + qint64(++m_sequence);
    const QString name = objects::name(involved) + QLatin1Char('.') + QString::number(nanos, 16);
    json ref = {{"kind", involved.value("kind", "")}, {"namespace", objects::ns(involved).toStdString()},
                {"name", objects::name(involved).toStdString()}, {"uid", objects::uid(involved).toStdString()},
                {"apiVersion", involved.value("apiVersion", "")},
                {"resourceVersion", involved["metadata"].value("resourceVersion", "")}};
    if (objects::ns(involved).isEmpty())
        ref.erase("namespace");
    if (!fieldPath.isEmpty())
        ref["fieldPath"] = fieldPath.toStdString();
    json source = {{"component", component.toStdString()}};
    if (!host.isEmpty())
        source["host"] = host.toStdString();
    json event = {{"apiVersion", "v1"},
                  {"kind", "Event"},
                  {"metadata", {{"name", name.toStdString()}, {"namespace", ns.toStdString()}}},
                  {"involvedObject", ref},
                  {"reason", reason.toStdString()},
                  {"message", message.toStdString()},
                  {"source", source},
                  {"firstTimestamp", now},
                  {"lastTimestamp", now},
                  {"count", 1},
                  {"type", type == Warning ? "Warning" : "Normal"},
                  {"eventTime", nullptr},
                  {"reportingComponent", component.toStdString()},
                  {"reportingInstance", host.toStdString()}};
    if (objects::create(m_store, QStringLiteral("/events"), std::move(event)))
        m_names.insert(key, name);
}

} // namespace sd::sim
