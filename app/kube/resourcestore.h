#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sd {

struct ResourceChange
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    QString key;        // "namespace/name" or "name"
    QJsonObject object; // for Deleted: the last known state
};

// The objects of one informer, keyed by namespace/name, and the changes not yet handed to
// models, coalesced per key (Added then Modified is still Added; Added then Deleted is nothing).
// Watch events are applied idempotently: a replayed event (same resourceVersion) changes
// nothing, so reconnects never duplicate changes. Not thread-safe; pure logic.
class ResourceStore
{
public:
    static QString keyOf(const QJsonObject &object);
    static QString resourceVersionOf(const QJsonObject &object);

    // Applies ADDED, MODIFIED or DELETED. Returns whether the store changed.
    bool apply(const QString &eventType, const QJsonObject &object);
    // Replaces the content with a fresh list (after a relist), recording the difference as
    // changes, so consumers see exactly what they missed.
    void replace(const QList<QJsonObject> &items);

    QList<ResourceChange> takeChanges();
    bool hasChanges() const { return !m_order.isEmpty(); }

    const QHash<QString, QJsonObject> &objects() const { return m_objects; }
    qsizetype size() const { return m_objects.size(); }

private:
    void record(ResourceChange::Type type, const QString &key, const QJsonObject &object);

    QHash<QString, QJsonObject> m_objects;
    QHash<QString, ResourceChange> m_pending;
    QList<QString> m_order; // keys in first-change order
};

} // namespace sd

Q_DECLARE_METATYPE(sd::ResourceChange)
