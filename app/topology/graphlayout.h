#pragma once

#include "topology/topologygraph.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

namespace sd {

struct LayoutResult
{
    QHash<QString, QPointF> positions; // top-left of every node of the graph
    QRectF bounds;                     // of all nodes
};

enum class LayoutMode {
    Incremental, // placed nodes keep their positions; only unplaced ones are positioned
    Full,        // every node is positioned afresh ("Re-layout")
};

// Layered top-to-bottom layout with graphviz's dot: tiers are rows (entry at the top, datastores
// at the bottom), dependencies point down. Pure function of its input, safe to call from any
// thread (calls into graphviz are serialized, since graphviz keeps global state).
LayoutResult layoutGraph(const TopologyGraph &graph, LayoutMode mode);

} // namespace sd
