#include "monitor/healthmodel.h"

#include "common/tr.h"

#include <QLocale>

namespace sd {


HealthModel::HealthModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QList<HealthModel::Row> HealthModel::rowsOf(const StackHealth &h) const
{
    QList<Row> rows;
    for (int i = 0; i < h.components.size(); ++i)
        rows.append({Row::Kind::Component, i});
    for (int i = 0; i < h.datastores.size(); ++i)
        rows.append({Row::Kind::Datastore, i});
    for (int i = 0; i < h.checks.size(); ++i)
        rows.append({Row::Kind::Check, i});
    return rows;
}

const QList<PodHealth> *HealthModel::podsOf(const Row &row) const
{
    if (row.kind == Row::Kind::Component)
        return &m_health.components[row.index].pods;
    if (row.kind == Row::Kind::Datastore)
        return &m_health.datastores[row.index].pods;
    return nullptr;
}

void HealthModel::setHealth(const StackHealth &health, const QDateTime &now)
{
    // Same shape (names in order, pod counts): update in place.
    bool same = health.components.size() == m_health.components.size()
             && health.datastores.size() == m_health.datastores.size()
             && health.checks.size() == m_health.checks.size();
    for (int i = 0; same && i < health.components.size(); ++i)
        same = health.components[i].name == m_health.components[i].name
            && health.components[i].pods.size() == m_health.components[i].pods.size();
    for (int i = 0; same && i < health.datastores.size(); ++i)
        same = health.datastores[i].name == m_health.datastores[i].name
            && health.datastores[i].pods.size() == m_health.datastores[i].pods.size();
    if (!same)
        beginResetModel();
    m_health = health;
    m_now = now;
    m_rows = rowsOf(m_health);
    if (!same) {
        endResetModel();
        return;
    }
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    for (int r = 0; r < m_rows.size(); ++r) {
        const QList<PodHealth> *pods = podsOf(m_rows[r]);
        if (pods && !pods->isEmpty()) {
            const QModelIndex parent = index(r, 0);
            emit dataChanged(index(0, 0, parent), index(int(pods->size()) - 1, ColumnCount - 1, parent));
        }
    }
}

QModelIndex HealthModel::indexOfNode(const QString &nodeId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (index(r, 0).data(NodeIdRole).toString() == nodeId && m_rows[r].kind != Row::Kind::Check)
            return index(r, 0);
    }
    return {};
}

QModelIndex HealthModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};
    const QList<PodHealth> *pods = podsOf(m_rows[parent.row()]);
    if (!pods || row >= pods->size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HealthModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    const QList<PodHealth> *pods = podsOf(m_rows[parent.row()]);
    return pods ? int(pods->size()) : 0;
}

int HealthModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case ReadyColumn: return tr("Ready");
    case RestartsColumn: return tr("Restarts");
    case ReasonColumn: return tr("Last restart");
    case AgeColumn: return tr("Age");
    case CpuColumn: return tr("CPU");
    case MemoryColumn: return tr("Memory");
    case DetailColumn: return tr("Details");
    default: return {};
    }
}

QString HealthModel::formatAge(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid())
        return {};
    const qint64 s = std::max<qint64>(0, created.secsTo(now));
    if (s < 120)
        return tr("%1s", "age in seconds").arg(s);
    if (s < 7200)
        return tr("%1m", "age in minutes").arg(s / 60);
    if (s < 172800)
        return tr("%1h", "age in hours").arg(s / 3600);
    return tr("%1d", "age in days").arg(s / 86400);
}

QString HealthModel::formatCpu(qint64 milli)
{
    return milli < 0 ? QString() : tr("%1m", "millicores").arg(milli);
}

QString HealthModel::formatBytes(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= m_rows.size())
            return {};
        return topData(m_rows[index.row()], index.column(), role);
    }
    const int ownerRow = int(index.internalId() - 1);
    if (ownerRow >= m_rows.size())
        return {};
    const QList<PodHealth> *pods = podsOf(m_rows[ownerRow]);
    if (!pods || index.row() >= pods->size())
        return {};
    return podData(m_rows[ownerRow], pods->at(index.row()), index.column(), role);
}

QVariant HealthModel::topData(const Row &row, int column, int role) const
{
    if (row.kind == Row::Kind::Check) {
        const ServiceCheckResult &c = m_health.checks[row.index];
        const HealthState s = c.ok ? HealthState::Healthy : HealthState::Degraded;
        switch (role) {
        case NodeIdRole: return c.check.component;
        case StateRole: return int(s);
        case KindRole: return QStringLiteral("check");
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn: return c.check.name;
            case StateColumn: return StackHealth::stateText(s);
            case DetailColumn:
                return c.latencyMs >= 0 ? tr("%1 · %2 ms").arg(c.message).arg(c.latencyMs) : c.message;
            default: return {};
            }
        default: return {};
        }
    }
    if (row.kind == Row::Kind::Component) {
        const ComponentHealth &c = m_health.components[row.index];
        switch (role) {
        case NodeIdRole: return c.name;
        case StateRole: return int(c.state);
        case KindRole: return QStringLiteral("component");
        case CpuMilliRole: return c.cpuMilli;
        case MemoryBytesRole: return c.memoryBytes;
        case Qt::ToolTipRole: return c.message;
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn: return c.name;
            case StateColumn: return StackHealth::stateText(c.state);
            case ReadyColumn: return tr("%1/%2").arg(c.ready).arg(c.desired);
            case RestartsColumn: return c.restarts;
            case ReasonColumn: return c.lastRestartReason;
            case AgeColumn: return formatAge(c.created, m_now);
            case CpuColumn:
                return c.cpuMilli < 0 ? QString()
                                      : tr("%1 of %2", "usage of limit").arg(formatCpu(c.cpuMilli),
                                                                            c.cpuLimitMilli > 0 ? formatCpu(c.cpuLimitMilli) : tr("no limit"));
            case MemoryColumn:
                return c.memoryBytes < 0 ? QString()
                                         : tr("%1 of %2", "usage of limit").arg(formatBytes(c.memoryBytes),
                                                                               c.memoryLimitBytes > 0 ? formatBytes(c.memoryLimitBytes) : tr("no limit"));
            case DetailColumn: return c.rolloutInProgress ? c.rollout : c.message;
            default: return {};
            }
        default: return {};
        }
    }
    const DatastoreHealth &d = m_health.datastores[row.index];
    switch (role) {
    case NodeIdRole: return d.name;
    case StateRole: return int(d.state);
    case KindRole: return QStringLiteral("datastore");
    case CpuMilliRole: return d.cpuMilli;
    case MemoryBytesRole: return d.memoryBytes;
    case Qt::ToolTipRole: return d.message;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return d.name;
        case StateColumn: return StackHealth::stateText(d.state);
        case ReadyColumn: {
            int ready = 0;
            for (const PodHealth &p : d.pods)
                ready += p.ready ? 1 : 0;
            return tr("%1/%2").arg(ready).arg(d.pods.size());
        }
        case CpuColumn: return formatCpu(d.cpuMilli);
        case MemoryColumn: return formatBytes(d.memoryBytes);
        case DetailColumn: {
            QStringList parts;
            parts << (d.phase.isEmpty() ? d.message : d.phase);
            for (const auto &[name, phase] : d.components)
                parts << tr("%1: %2", "component: phase").arg(name, phase);
            return parts.join(QStringLiteral(" · "));
        }
        default: return {};
        }
    default: return {};
    }
}

QVariant HealthModel::podData(const Row &owner, const PodHealth &p, int column, int role) const
{
    const HealthState s = p.ready ? HealthState::Healthy
                        : (p.reason == QLatin1String("CrashLoopBackOff") || p.phase == QLatin1String("Failed"))
                            ? HealthState::Down
                            : HealthState::Progressing;
    switch (role) {
    case NodeIdRole:
        return owner.kind == Row::Kind::Component ? m_health.components[owner.index].name
                                                  : m_health.datastores[owner.index].name;
    case PodRole: return p.name;
    case StateRole: return int(s);
    case KindRole: return QStringLiteral("pod");
    case CpuMilliRole: return p.cpuMilli;
    case MemoryBytesRole: return p.memoryBytes;
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return p.name;
        case StateColumn: return p.reason.isEmpty() ? (p.ready ? tr("ready") : p.phase) : p.reason;
        case ReadyColumn: return p.ready ? tr("yes") : tr("no");
        case RestartsColumn: return p.restarts;
        case ReasonColumn: return p.lastRestartReason;
        case AgeColumn: return formatAge(p.created, m_now);
        case CpuColumn: return formatCpu(p.cpuMilli);
        case MemoryColumn: return formatBytes(p.memoryBytes);
        case DetailColumn: return p.role.isEmpty() ? p.component : tr("role: %1").arg(p.role);
        default: return {};
        }
    default: return {};
    }
}

} // namespace sd
