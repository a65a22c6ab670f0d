#pragma once

#include "topology/graphlayout.h"
#include "topology/topologygraph.h"

#include <QFutureWatcher>
#include <QObject>
#include <QRectF>
#include <QVariantList>

namespace sd {

class EdgeListModel;
class NodeListModel;

// What the QML canvas binds to: the node and edge list models, the tier groups drawn behind
// them, and the bounds of the drawing. Layout runs on a worker thread; a result that a newer
// graph or re-layout has overtaken is dropped. GUI thread only.
class TopologyModel final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *nodes READ nodesObject CONSTANT)
    Q_PROPERTY(QObject *edges READ edgesObject CONSTANT)
    Q_PROPERTY(QVariantList groups READ groups NOTIFY geometryChanged)
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY geometryChanged)
    Q_PROPERTY(bool layingOut READ isLayingOut NOTIFY layingOutChanged)

public:
    explicit TopologyModel(QObject *parent = nullptr);
    ~TopologyModel() override;

    NodeListModel *nodes() const { return m_nodes; }
    EdgeListModel *edges() const { return m_edges; }
    QObject *nodesObject() const;
    QObject *edgesObject() const;
    QVariantList groups() const { return m_groups; }
    QRectF bounds() const { return m_bounds; }
    bool isLayingOut() const { return m_pendingLayouts > 0; }

    // The graph as it is now, positions included.
    TopologyGraph graph() const;

    // Replaces the graph. Nodes keep their rows; nodes without a position are laid out
    // (incrementally) before they and their edges appear placed.
    void setGraph(const TopologyGraph &graph);
    bool setStatus(const QString &id, const NodeStatus &status);
    void setPositions(const QHash<QString, QPointF> &positions);
    void relayout(); // full layout of every node

    Q_INVOKABLE void setFilter(const QString &text, bool onlyProblems);

signals:
    void geometryChanged();
    void layingOutChanged();
    // Positions chosen by the layout (not by the user), e.g. to store them in the stack.
    void laidOut(const QHash<QString, QPointF> &positions);

private:
    void startLayout(LayoutMode mode);
    void applyLayout(const LayoutResult &result, quint64 generation);
    void updateGeometry();
    QHash<QString, QRectF> nodeRects() const;

    NodeListModel *m_nodes;  // owned (child)
    EdgeListModel *m_edges;  // owned (child)
    QList<TopologyEdge> m_pendingEdges; // edges of the current graph, shown once their nodes are placed
    QVariantList m_groups;
    QRectF m_bounds;
    quint64 m_generation = 0;
    int m_pendingLayouts = 0;
};

} // namespace sd
