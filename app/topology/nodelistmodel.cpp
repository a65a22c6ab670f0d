#include "topology/nodelistmodel.h"

#include "common/tr.h"

namespace sd {

QString healthText(Health health)
{
    switch (health) {
    case Health::Ready: return Tr::tr("Ready");
    case Health::Progressing: return Tr::tr("Progressing");
    case Health::Degraded: return Tr::tr("Degraded");
    case Health::Failed: return Tr::tr("Failed");
    case Health::Unknown: break;
    }
    return Tr::tr("Unknown");
}

NodeListModel::NodeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int NodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant NodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopologyNode &node = m_nodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: return node.label;
    case IdRole: return node.id;
    case TypeRole: return node.type;
    case KindRole:
        switch (node.kind) {
        case NodeKind::Datastore: return QStringLiteral("datastore");
        case NodeKind::External: return QStringLiteral("external");
        case NodeKind::Component: break;
        }
        return QStringLiteral("component");
    case TierRole: return toString(node.tier);
    case HealthRole: return toString(node.status.health);
    case DesignRole: return toString(node.design);
    case XRole: return node.position.x();
    case YRole: return node.position.y();
    case ReadyRole: return node.status.readyReplicas;
    case DesiredRole: return node.status.desiredReplicas;
    case RestartsRole: return node.status.restarts;
    case PhaseRole: return node.status.phase;
    case PodRolesRole: return node.status.roles;
    case MessageRole: return node.status.message;
    case SelectedRole: return m_selection.contains(node.id);
    case MatchesFilterRole: return matchesFilter(node);
    case Qt::AccessibleTextRole:
    case AccessibleNameRole:
        //: Accessible name of a canvas node: name, health, ready/desired replicas
        return Tr::tr("%1, %2, %3 of %4 ready")
            .arg(node.label, healthText(node.status.health))
            .arg(node.status.readyReplicas)
            .arg(node.status.desiredReplicas);
    default: return {};
    }
}

QHash<int, QByteArray> NodeListModel::roleNames() const
{
    return {{IdRole, "nodeId"},
            {LabelRole, "label"},
            {TypeRole, "type"},
            {KindRole, "kind"},
            {TierRole, "tier"},
            {HealthRole, "health"},
            {DesignRole, "design"},
            {XRole, "nodeX"},
            {YRole, "nodeY"},
            {ReadyRole, "ready"},
            {DesiredRole, "desired"},
            {RestartsRole, "restarts"},
            {PhaseRole, "phase"},
            {PodRolesRole, "podRoles"},
            {MessageRole, "message"},
            {SelectedRole, "selected"},
            {MatchesFilterRole, "matchesFilter"},
            {AccessibleNameRole, "accessibleName"}};
}

int NodeListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).id == id)
            return i;
    }
    return -1;
}

void NodeListModel::emitChanged(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    emit dataChanged(i, i, roles);
}

void NodeListModel::sync(const QList<TopologyNode> &nodes)
{
    QHash<QString, const TopologyNode *> incoming;
    for (const TopologyNode &node : nodes)
        incoming.insert(node.id, &node);

    for (int row = int(m_nodes.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_nodes.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_nodes.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_nodes.size(); ++row) {
        TopologyNode &current = m_nodes[row];
        const TopologyNode &next = *incoming.value(current.id);
        if (current == next)
            continue;
        QList<int> roles;
        if (current.label != next.label)
            roles << LabelRole << AccessibleNameRole;
        if (current.type != next.type || current.kind != next.kind)
            roles << TypeRole << KindRole;
        if (current.tier != next.tier)
            roles << TierRole;
        if (current.design != next.design)
            roles << DesignRole;
        if (current.position != next.position)
            roles << XRole << YRole;
        if (current.status != next.status) {
            roles << HealthRole << ReadyRole << DesiredRole << RestartsRole << PhaseRole
                  << PodRolesRole << MessageRole << AccessibleNameRole << MatchesFilterRole;
        }
        current = next;
        emitChanged(row, roles);
    }
    QList<TopologyNode> added;
    for (const TopologyNode &node : nodes) {
        if (rowOf(node.id) < 0)
            added << node;
    }
    if (!added.isEmpty()) {
        const int first = int(m_nodes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_nodes << added;
        endInsertRows();
    }
}

bool NodeListModel::setStatus(const QString &id, const NodeStatus &status)
{
    const int row = rowOf(id);
    if (row < 0 || m_nodes.at(row).status == status)
        return false;
    m_nodes[row].status = status;
    emitChanged(row,
                {HealthRole, ReadyRole, DesiredRole, RestartsRole, PhaseRole, PodRolesRole,
                 MessageRole, AccessibleNameRole, MatchesFilterRole});
    return true;
}

bool NodeListModel::setPosition(const QString &id, const QPointF &position)
{
    const int row = rowOf(id);
    if (row < 0 || (m_nodes.at(row).position == position && m_nodes.at(row).placed))
        return false;
    m_nodes[row].position = position;
    m_nodes[row].placed = true;
    emitChanged(row, {XRole, YRole});
    return true;
}

void NodeListModel::setSelection(const QSet<QString> &ids)
{
    if (ids == m_selection)
        return;
    const QSet<QString> changed = (ids - m_selection) + (m_selection - ids);
    m_selection = ids;
    for (const QString &id : changed) {
        const int row = rowOf(id);
        if (row >= 0)
            emitChanged(row, {SelectedRole});
    }
}

void NodeListModel::setFilter(const QString &text, bool onlyProblems)
{
    if (text == m_filterText && onlyProblems == m_onlyProblems)
        return;
    m_filterText = text;
    m_onlyProblems = onlyProblems;
    if (!m_nodes.isEmpty())
        emit dataChanged(index(0), index(int(m_nodes.size()) - 1), {MatchesFilterRole});
}

bool NodeListModel::matchesFilter(const TopologyNode &node) const
{
    if (m_onlyProblems && node.status.health != Health::Degraded
        && node.status.health != Health::Failed) {
        return false;
    }
    return m_filterText.isEmpty() || node.label.contains(m_filterText, Qt::CaseInsensitive)
           || node.id.contains(m_filterText, Qt::CaseInsensitive);
}

} // namespace sd
