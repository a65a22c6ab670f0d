#include "kube/resourcestore.h"

namespace sd {

QString ResourceStore::keyOf(const QJsonObject &object)
{
    const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    const QString ns = meta.value(QLatin1String("namespace")).toString();
    const QString name = meta.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

QString ResourceStore::resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

void ResourceStore::record(ResourceChange::Type type, const QString &key, const QJsonObject &object)
{
    using T = ResourceChange::Type;
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        m_pending.insert(key, {type, key, object});
        m_order.append(key);
        return;
    }
    const T before = it->type;
    if (before == T::Added && type == T::Deleted) {
        // Appeared and vanished between two batches: consumers never need to know.
        m_pending.erase(it);
        m_order.removeOne(key);
        return;
    }
    if (before == T::Added)
        type = T::Added;
    else if (before == T::Deleted && type == T::Added)
        type = T::Modified;
    it->type = type;
    it->object = object;
}

bool ResourceStore::apply(const QString &eventType, const QJsonObject &object)
{
    const QString key = keyOf(object);
    if (key.isEmpty())
        return false;
    auto it = m_objects.find(key);
    if (eventType == QLatin1String("DELETED")) {
        if (it == m_objects.end())
            return false;
        m_objects.erase(it);
        record(ResourceChange::Type::Deleted, key, object);
        return true;
    }
    if (eventType != QLatin1String("ADDED") && eventType != QLatin1String("MODIFIED"))
        return false;
    if (it == m_objects.end()) {
        m_objects.insert(key, object);
        record(ResourceChange::Type::Added, key, object);
        return true;
    }
    if (resourceVersionOf(*it) == resourceVersionOf(object) && !resourceVersionOf(object).isEmpty())
        return false; // replayed event
    *it = object;
    record(ResourceChange::Type::Modified, key, object);
    return true;
}

void ResourceStore::replace(const QList<QJsonObject> &items)
{
    QHash<QString, QJsonObject> fresh;
    fresh.reserve(items.size());
    for (const QJsonObject &o : items)
        fresh.insert(keyOf(o), o);
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        if (!fresh.contains(it.key()))
            record(ResourceChange::Type::Deleted, it.key(), it.value());
    }
    for (const QJsonObject &o : items) {
        const QString key = keyOf(o);
        const auto old = m_objects.constFind(key);
        if (old == m_objects.cend())
            record(ResourceChange::Type::Added, key, o);
        else if (resourceVersionOf(*old) != resourceVersionOf(o))
            record(ResourceChange::Type::Modified, key, o);
    }
    m_objects = std::move(fresh);
}

QList<ResourceChange> ResourceStore::takeChanges()
{
    QList<ResourceChange> out;
    out.reserve(m_order.size());
    for (const QString &key : std::as_const(m_order))
        out.append(m_pending.value(key));
    m_order.clear();
    m_pending.clear();
    return out;
}

} // namespace sd
