#pragma once

#include "topology/edgegeometry.h"
#include "topology/topologygraph.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace sd {

// The canvas's edges as a list model for QML, each with its drawn shape as SVG path data. Shapes
// are recomputed only for edges whose end nodes moved.
class EdgeListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FromRole,
        ToRole,
        KindRole,
        PathRole,
        ArrowRole,
        AccessibleNameRole,
    };

    explicit EdgeListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<TopologyEdge> &edges() const { return m_edges; }
    EdgeShape shape(int row) const { return m_shapes.value(row); }

    // `rects` holds the rectangle of every node, by id; edges to unknown nodes are dropped.
    void sync(const QList<TopologyEdge> &edges, const QHash<QString, QRectF> &rects);
    void nodesMoved(const QSet<QString> &ids, const QHash<QString, QRectF> &rects);
    void setLabels(const QHash<QString, QString> &labels); // node id -> label, for accessible names

private:
    QList<TopologyEdge> m_edges;
    QList<EdgeShape> m_shapes;
    QHash<QString, QString> m_labels;
};

QString edgeKindText(EdgeKind kind); // translated, e.g. "gRPC"

} // namespace sd
