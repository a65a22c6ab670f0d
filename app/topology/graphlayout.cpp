#include "topology/graphlayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QMap>

#include <cmath>
#include <mutex>
#include <optional>

namespace sd {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kGap = 24.0; // between nodes a new node must keep free

// graphviz 2.42 takes char* for strings it only reads.
char *gv(const char *text)
{
    return const_cast<char *>(text);
}

std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Centers from dot, converted to top-left positions with y pointing down.
QHash<QString, QPointF> runDot(const TopologyGraph &graph)
{
    QHash<QString, QPointF> positions;
    std::lock_guard lock(graphvizMutex());

    GVC_t *gvc = gvContext();
    Agraph_t *g = agopen(gv("topology"), Agdirected, nullptr);
    agattr(g, AGRAPH, gv("rankdir"), gv("TB"));
    agattr(g, AGRAPH, gv("nodesep"), gv("0.35"));
    agattr(g, AGRAPH, gv("ranksep"), gv("0.9"));
    agattr(g, AGRAPH, gv("splines"), gv("false")); // edges are routed by EdgeGeometry
    agattr(g, AGRAPH, gv("ordering"), gv("out"));  // keep input order: stable, readable rows
    agattr(g, AGNODE, gv("shape"), gv("box"));
    agattr(g, AGNODE, gv("label"), gv("")); // sizes are fixed; no text to measure
    agattr(g, AGNODE, gv("fixedsize"), gv("true"));
    const QByteArray width = QByteArray::number(kNodeSize.width() / kPointsPerInch);
    const QByteArray height = QByteArray::number(kNodeSize.height() / kPointsPerInch);
    agattr(g, AGNODE, gv("width"), gv(width.constData()));
    agattr(g, AGNODE, gv("height"), gv(height.constData()));
    agattr(g, AGEDGE, gv("constraint"), gv("true"));

    // One subgraph per tier with rank=same: tiers become rows. An invisible anchor node per
    // tier, chained top to bottom, keeps the rows in tier order whatever the edges say.
    agattr(g, AGNODE, gv("style"), gv(""));
    agattr(g, AGEDGE, gv("style"), gv(""));
    QMap<int, Agraph_t *> tiers;
    QHash<QString, Agnode_t *> nodes;
    for (const TopologyNode &node : graph.nodes) {
        const int tier = int(node.tier);
        Agraph_t *&sub = tiers[tier];
        if (!sub) {
            const QByteArray name = "tier" + QByteArray::number(tier);
            sub = agsubg(g, gv(name.constData()), 1);
            agsafeset(sub, gv("rank"), gv("same"), gv(""));
            Agnode_t *anchor = agnode(sub, gv(("anchor" + QByteArray::number(tier)).constData()), 1);
            agsafeset(anchor, gv("style"), gv("invis"), gv(""));
            agsafeset(anchor, gv("width"), gv("0.01"), gv(""));
        }
        const QByteArray id = node.id.toUtf8();
        nodes.insert(node.id, agnode(sub, gv(id.constData()), 1));
    }
    Agnode_t *previousAnchor = nullptr;
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        const QByteArray name = "anchor" + QByteArray::number(it.key());
        Agnode_t *anchor = agnode(it.value(), gv(name.constData()), 0);
        if (previousAnchor) {
            Agedge_t *e = agedge(g, previousAnchor, anchor, nullptr, 1);
            agsafeset(e, gv("style"), gv("invis"), gv(""));
        }
        previousAnchor = anchor;
    }
    for (const TopologyEdge &edge : graph.edges) {
        Agnode_t *from = nodes.value(edge.from);
        Agnode_t *to = nodes.value(edge.to);
        if (!from || !to || from == to)
            continue;
        Agedge_t *e = agedge(g, from, to, nullptr, 1);
        // Only calls to a lower tier shape the rows; calls inside a tier (rpc to rpc) or back up
        // (msgtransfer to the rpcs) must not push nodes onto extra rows.
        const TopologyNode *a = graph.node(edge.from);
        const TopologyNode *b = graph.node(edge.to);
        if (int(a->tier) >= int(b->tier))
            agsafeset(e, gv("constraint"), gv("false"), gv("true"));
    }

    if (gvLayout(gvc, g, "dot") == 0) {
        const double top = GD_bb(g).UR.y;
        for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
            const pointf center = ND_coord(it.value());
            // Whole units: crisp edges on screen, and positions survive the stack file unchanged.
            positions.insert(it.key(),
                             QPointF(std::round(center.x - kNodeSize.width() / 2),
                                     std::round((top - center.y) - kNodeSize.height() / 2)));
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    gvFreeContext(gvc);
    return positions;
}

bool overlaps(const QRectF &candidate, const QList<QRectF> &taken)
{
    const QRectF padded = candidate.adjusted(-kGap / 2, -kGap / 2, kGap / 2, kGap / 2);
    for (const QRectF &rect : taken) {
        if (padded.intersects(rect))
            return true;
    }
    return false;
}

} // namespace

LayoutResult layoutGraph(const TopologyGraph &graph, LayoutMode mode)
{
    LayoutResult result;
    if (graph.nodes.isEmpty())
        return result;
    const QHash<QString, QPointF> ideal = runDot(graph);

    QList<QRectF> taken;
    if (mode == LayoutMode::Incremental) {
        for (const TopologyNode &node : graph.nodes) {
            if (node.placed) {
                result.positions.insert(node.id, node.position);
                taken << QRectF(node.position, kNodeSize);
            }
        }
    }
    // How far the user's arrangement has drifted from dot's, per node, so that a new node lands
    // near the neighbours it is drawn next to in dot's layout.
    auto drift = [&](const QString &id) -> std::optional<QPointF> {
        if (!result.positions.contains(id) || !ideal.contains(id))
            return std::nullopt;
        return result.positions.value(id) - ideal.value(id);
    };
    QPointF globalDrift;
    int placedCount = 0;
    for (auto it = result.positions.cbegin(); it != result.positions.cend(); ++it) {
        if (const auto d = drift(it.key())) {
            globalDrift += *d;
            ++placedCount;
        }
    }
    if (placedCount > 0)
        globalDrift /= placedCount;

    for (const TopologyNode &node : graph.nodes) {
        if (result.positions.contains(node.id))
            continue;
        QPointF offset;
        int neighbours = 0;
        for (const TopologyEdge &edge : graph.edges) {
            const QString other = edge.from == node.id ? edge.to
                                  : edge.to == node.id ? edge.from
                                                       : QString();
            if (const auto d = other.isEmpty() ? std::nullopt : drift(other)) {
                offset += *d;
                ++neighbours;
            }
        }
        offset = neighbours > 0 ? offset / neighbours : globalDrift;
        QRectF rect(ideal.value(node.id) + offset, kNodeSize);
        // Step right until the new node no longer covers one that is already there.
        while (overlaps(rect, taken))
            rect.translate(kNodeSize.width() + kGap, 0);
        result.positions.insert(node.id, rect.topLeft());
        taken << rect;
    }

    for (const QPointF &position : std::as_const(result.positions))
        result.bounds = result.bounds.united(QRectF(position, kNodeSize));
    return result;
}

} // namespace sd
