#include "topology/topologymodel.h"

#include "topology/canvasstyle.h"
#include "topology/edgelistmodel.h"
#include "topology/nodelistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {
constexpr double kGroupMargin = 16.0;
} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : QObject(parent)
    , m_nodes(new NodeListModel(this))
    , m_edges(new EdgeListModel(this))
{}

TopologyModel::~TopologyModel() = default;

QObject *TopologyModel::nodesObject() const
{
    return m_nodes;
}

QObject *TopologyModel::edgesObject() const
{
    return m_edges;
}

TopologyGraph TopologyModel::graph() const
{
    return {m_nodes->nodes(), m_pendingEdges};
}

QHash<QString, QRectF> TopologyModel::nodeRects() const
{
    QHash<QString, QRectF> rects;
    for (const TopologyNode &node : m_nodes->nodes()) {
        if (node.placed)
            rects.insert(node.id, QRectF(node.position, kNodeSize));
    }
    return rects;
}

void TopologyModel::setGraph(const TopologyGraph &graph)
{
    // A node that is already on the canvas keeps its position unless the new graph places it.
    TopologyGraph merged = graph;
    for (TopologyNode &node : merged.nodes) {
        if (node.placed)
            continue;
        const int row = m_nodes->rowOf(node.id);
        if (row >= 0 && m_nodes->nodes().at(row).placed) {
            node.position = m_nodes->nodes().at(row).position;
            node.placed = true;
        }
    }
    m_nodes->sync(merged.nodes);
    m_pendingEdges = merged.edges;
    QHash<QString, QString> labels;
    for (const TopologyNode &node : merged.nodes)
        labels.insert(node.id, node.label);
    m_edges->setLabels(labels);

    const bool allPlaced = std::all_of(merged.nodes.cbegin(), merged.nodes.cend(),
                                       [](const TopologyNode &n) { return n.placed; });
    if (allPlaced) {
        ++m_generation; // a layout still running for an older graph must not win
        m_edges->sync(m_pendingEdges, nodeRects());
        updateGeometry();
    } else {
        startLayout(LayoutMode::Incremental);
    }
}

bool TopologyModel::setStatus(const QString &id, const NodeStatus &status)
{
    return m_nodes->setStatus(id, status);
}

void TopologyModel::setPositions(const QHash<QString, QPointF> &positions)
{
    QSet<QString> moved;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (m_nodes->setPosition(it.key(), it.value()))
            moved.insert(it.key());
    }
    if (moved.isEmpty())
        return;
    m_edges->sync(m_pendingEdges, nodeRects()); // edges of newly placed nodes appear
    m_edges->nodesMoved(moved, nodeRects());
    updateGeometry();
}

void TopologyModel::relayout()
{
    startLayout(LayoutMode::Full);
}

void TopologyModel::setFilter(const QString &text, bool onlyProblems)
{
    m_nodes->setFilter(text, onlyProblems);
}

void TopologyModel::startLayout(LayoutMode mode)
{
    const quint64 generation = ++m_generation;
    const TopologyGraph input = graph();
    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pendingLayouts;
        applyLayout(watcher->result(), generation);
        emit layingOutChanged();
    });
    ++m_pendingLayouts;
    emit layingOutChanged();
    watcher->setFuture(QtConcurrent::run([input, mode] { return layoutGraph(input, mode); }));
}

void TopologyModel::applyLayout(const LayoutResult &result, quint64 generation)
{
    if (generation != m_generation)
        return; // overtaken by a newer graph or layout
    QHash<QString, QPointF> changed;
    for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it) {
        const int row = m_nodes->rowOf(it.key());
        if (row < 0)
            continue;
        const TopologyNode &node = m_nodes->nodes().at(row);
        if (!node.placed || node.position != it.value())
            changed.insert(it.key(), it.value());
    }
    setPositions(changed);
    m_edges->sync(m_pendingEdges, nodeRects());
    updateGeometry();
    if (!changed.isEmpty())
        emit laidOut(changed);
}

void TopologyModel::updateGeometry()
{
    QMap<int, QRectF> tiers; // ordered top to bottom
    QRectF bounds;
    for (const TopologyNode &node : m_nodes->nodes()) {
        if (!node.placed)
            continue;
        const QRectF rect(node.position, kNodeSize);
        tiers[int(node.tier)] = tiers.value(int(node.tier)).united(rect);
        bounds = bounds.united(rect);
    }
    QVariantList groups;
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        const QRectF r = it.value().adjusted(-kGroupMargin, -kGroupMargin - 18, kGroupMargin,
                                             kGroupMargin);
        groups << QVariantMap{{QStringLiteral("tier"), toString(Tier(it.key()))},
                              {QStringLiteral("label"), CanvasStyle::tierText(toString(Tier(it.key())))},
                              {QStringLiteral("x"), r.x()},
                              {QStringLiteral("y"), r.y()},
                              {QStringLiteral("width"), r.width()},
                              {QStringLiteral("height"), r.height()}};
        bounds = bounds.united(r);
    }
    if (groups == m_groups && bounds == m_bounds)
        return;
    m_groups = groups;
    m_bounds = bounds;
    emit geometryChanged();
}

} // namespace sd
