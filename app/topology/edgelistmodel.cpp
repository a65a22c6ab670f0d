#include "topology/edgelistmodel.h"

#include "common/tr.h"

namespace sd {

QString edgeKindText(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Grpc: return QStringLiteral("gRPC"); // protocol names are not translated
    case EdgeKind::Http: return QStringLiteral("HTTP");
    case EdgeKind::WebSocket: return QStringLiteral("WebSocket");
    case EdgeKind::Datastore: break;
    }
    return Tr::tr("data access");
}

EdgeListModel::EdgeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int EdgeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edges.size());
}

QVariant EdgeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopologyEdge &edge = m_edges.at(index.row());
    switch (role) {
    case IdRole: return edge.id();
    case FromRole: return edge.from;
    case ToRole: return edge.to;
    case KindRole: return toString(edge.kind);
    case PathRole: return svgPathData(m_shapes.at(index.row()).line);
    case ArrowRole: return svgPathData(m_shapes.at(index.row()).arrow);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case AccessibleNameRole:
        //: Accessible name of a canvas edge: caller, callee, protocol
        return Tr::tr("%1 uses %2 over %3")
            .arg(m_labels.value(edge.from, edge.from), m_labels.value(edge.to, edge.to),
                 edgeKindText(edge.kind));
    default: return {};
    }
}

QHash<int, QByteArray> EdgeListModel::roleNames() const
{
    return {{IdRole, "edgeId"},
            {FromRole, "from"},
            {ToRole, "to"},
            {KindRole, "kind"},
            {PathRole, "path"},
            {ArrowRole, "arrow"},
            {AccessibleNameRole, "accessibleName"}};
}

void EdgeListModel::sync(const QList<TopologyEdge> &edges, const QHash<QString, QRectF> &rects)
{
    QList<TopologyEdge> valid;
    QHash<QString, EdgeKind> kinds;
    for (const TopologyEdge &edge : edges) {
        if (rects.contains(edge.from) && rects.contains(edge.to) && !kinds.contains(edge.id())) {
            valid << edge;
            kinds.insert(edge.id(), edge.kind);
        }
    }
    for (int row = int(m_edges.size()) - 1; row >= 0; --row) {
        if (!kinds.contains(m_edges.at(row).id())) {
            beginRemoveRows({}, row, row);
            m_edges.removeAt(row);
            m_shapes.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_edges.size(); ++row) {
        const QString id = m_edges.at(row).id();
        present.insert(id);
        if (kinds.value(id) != m_edges.at(row).kind) {
            m_edges[row].kind = kinds.value(id);
            emit dataChanged(index(row), index(row), {KindRole, AccessibleNameRole});
        }
    }
    QList<TopologyEdge> added;
    for (const TopologyEdge &edge : std::as_const(valid)) {
        if (!present.contains(edge.id()))
            added << edge;
    }
    if (!added.isEmpty()) {
        const int first = int(m_edges.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const TopologyEdge &edge : std::as_const(added)) {
            m_edges << edge;
            m_shapes << edgeShape(rects.value(edge.from), rects.value(edge.to));
        }
        endInsertRows();
    }
    nodesMoved(QSet<QString>(rects.keyBegin(), rects.keyEnd()), rects);
}

void EdgeListModel::nodesMoved(const QSet<QString> &ids, const QHash<QString, QRectF> &rects)
{
    for (int row = 0; row < m_edges.size(); ++row) {
        const TopologyEdge &edge = m_edges.at(row);
        if (!ids.contains(edge.from) && !ids.contains(edge.to))
            continue;
        const EdgeShape shape = edgeShape(rects.value(edge.from), rects.value(edge.to));
        if (shape.line == m_shapes.at(row).line)
            continue;
        m_shapes[row] = shape;
        emit dataChanged(index(row), index(row), {PathRole, ArrowRole});
    }
}

void EdgeListModel::setLabels(const QHash<QString, QString> &labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    if (!m_edges.isEmpty())
        emit dataChanged(index(0), index(int(m_edges.size()) - 1), {AccessibleNameRole});
}

} // namespace sd
