#include "monitor/eventsmodel.h"

#include "monitor/healthmodel.h"

#include <QJsonObject>

namespace sd {

EventsModel::EventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EventsModel::Event EventsModel::fromJson(const QString &key, const QJsonObject &e)
{
    auto str = [](const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); };
    Event ev;
    ev.key = key;
    ev.type = str(e, "type");
    ev.reason = str(e, "reason");
    ev.message = str(e, "message").trimmed();
    const QJsonObject involved = e.value(QLatin1String("involvedObject")).toObject();
    const QJsonObject regarding = e.value(QLatin1String("regarding")).toObject(); // events.k8s.io
    const QJsonObject &obj = involved.isEmpty() ? regarding : involved;
    ev.kind = str(obj, "kind");
    ev.name = str(obj, "name");
    ev.ns = str(obj, "namespace");
    ev.count = std::max(1, e.value(QLatin1String("count")).toInt(1));
    for (const char *field : {"lastTimestamp", "eventTime", "firstTimestamp"}) {
        ev.lastSeen = QDateTime::fromString(str(e, field), Qt::ISODateWithMs);
        if (ev.lastSeen.isValid())
            break;
    }
    if (!ev.lastSeen.isValid())
        ev.lastSeen = QDateTime::fromString(
            e.value(QLatin1String("metadata")).toObject().value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
    return ev;
}

void EventsModel::applyChanges(const QList<ResourceChange> &changes)
{
    for (const ResourceChange &c : changes) {
        const auto it = m_rowOf.constFind(c.key);
        if (c.type == ResourceChange::Type::Deleted) {
            if (it == m_rowOf.constEnd())
                continue;
            const int row = it.value();
            beginRemoveRows({}, row, row);
            m_events.removeAt(row);
            m_rowOf.remove(c.key);
            for (int r = row; r < m_events.size(); ++r)
                m_rowOf[m_events[r].key] = r;
            endRemoveRows();
            continue;
        }
        const Event ev = fromJson(c.key, c.object);
        if (it != m_rowOf.constEnd()) {
            m_events[it.value()] = ev;
            emit dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
        } else {
            const int row = int(m_events.size());
            beginInsertRows({}, row, row);
            m_events.append(ev);
            m_rowOf.insert(c.key, row);
            endInsertRows();
        }
    }
}

void EventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_rowOf.clear();
    endResetModel();
}

void EventsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_events.isEmpty())
        emit dataChanged(index(0, AgeColumn), index(int(m_events.size()) - 1, AgeColumn), {Qt::DisplayRole});
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn: return tr("Type");
    case ReasonColumn: return tr("Reason");
    case ObjectColumn: return tr("Object");
    case MessageColumn: return tr("Message");
    case CountColumn: return tr("Count");
    case AgeColumn: return tr("Age");
    default: return {};
    }
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const Event &e = m_events[index.row()];
    const bool warning = e.type == QLatin1String("Warning");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn: return e.type;
        case ReasonColumn: return e.reason;
        case ObjectColumn: return QStringLiteral("%1/%2").arg(e.kind, e.name);
        case MessageColumn: return e.message;
        case CountColumn: return e.count;
        case AgeColumn: return HealthModel::formatAge(e.lastSeen, m_now);
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? e.message : QVariant();
    case WarningRole: return warning;
    case ObjectKindRole: return e.kind;
    case ObjectNameRole: return e.name;
    case ObjectNamespaceRole: return e.ns;
    case LastSeenRole: return e.lastSeen;
    case SortRole:
        switch (index.column()) {
        case TypeColumn:
            // Warnings first, then the newest.
            return QStringLiteral("%1-%2").arg(warning ? 0 : 1).arg(
                QString::number(std::numeric_limits<qint64>::max() / 2 - e.lastSeen.toMSecsSinceEpoch()).rightJustified(20, QLatin1Char('0')));
        case CountColumn: return e.count;
        case AgeColumn: return -e.lastSeen.toMSecsSinceEpoch();
        default: return data(index, Qt::DisplayRole);
        }
    default: return {};
    }
}

} // namespace sd
