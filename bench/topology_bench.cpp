// Topology budgets (issue: layout of 300 nodes < 50 ms; 1,000 status updates/s without stalling
// the GUI thread). Prints one line per measurement; numbers go to BENCHMARKS.md.
//   topology_bench [nodes=300] [runs=7]
#include "topology/graphlayout.h"
#include "topology/topologymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace sd;

namespace {

// An OpenIM-shaped graph scaled up: a few entry nodes, many services calling each other and
// the datastores, some messaging nodes; ~1.5 dependencies per node.
TopologyGraph syntheticGraph(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    TopologyGraph graph;
    for (int i = 0; i < count; ++i) {
        TopologyNode node;
        node.id = QStringLiteral("n%1").arg(i);
        node.label = node.id;
        const int bucket = i % 20;
        node.tier = bucket == 0 ? Tier::Entry : bucket < 15 ? Tier::Services : bucket < 17 ? Tier::Messaging : Tier::Datastores;
        graph.nodes << node;
    }
    for (int i = 1; i < count; ++i) {
        const int edges = 1 + int(random.bounded(2));
        for (int e = 0; e < edges; ++e) {
            const int target = int(random.bounded(count));
            if (target != i)
                graph.edges << TopologyEdge{graph.nodes[i].id, graph.nodes[target].id, EdgeKind::Grpc};
        }
    }
    return graph;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 300;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 7;
    const TopologyGraph graph = syntheticGraph(count, 42);

    QList<double> full;
    QList<double> incremental;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const LayoutResult laid = layoutGraph(graph, LayoutMode::Full);
        full << timer.nsecsElapsed() / 1e6;

        // Ten new nodes join a laid-out graph.
        TopologyGraph grown = graph;
        for (TopologyNode &node : grown.nodes) {
            node.position = laid.positions.value(node.id);
            node.placed = true;
        }
        for (int i = 0; i < 10; ++i) {
            TopologyNode node;
            node.id = QStringLiteral("new%1").arg(i);
            node.tier = Tier::Services;
            grown.nodes << node;
            grown.edges << TopologyEdge{node.id, grown.nodes[i * 7].id, EdgeKind::Grpc};
        }
        timer.restart();
        layoutGraph(grown, LayoutMode::Incremental);
        incremental << timer.nsecsElapsed() / 1e6;
    }
    std::printf("layout full, %d nodes, %lld edges: median %.1f ms (min %.1f, max %.1f) over %d runs\n", count,
                qint64(graph.edges.size()), median(full), *std::min_element(full.cbegin(), full.cend()),
                *std::max_element(full.cbegin(), full.cend()), runs);
    std::printf("layout incremental, %d + 10 nodes: median %.1f ms over %d runs\n", count, median(incremental), runs);

    // Status updates applied to the canvas model: the GUI-thread cost of one update.
    TopologyModel model;
    TopologyGraph placed = graph;
    const LayoutResult laid = layoutGraph(graph, LayoutMode::Full);
    for (TopologyNode &node : placed.nodes) {
        node.position = laid.positions.value(node.id);
        node.placed = true;
    }
    model.setGraph(placed);
    constexpr int kUpdates = 100'000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kUpdates; ++i) {
        NodeStatus status;
        status.health = i % 2 ? Health::Ready : Health::Progressing;
        status.readyReplicas = i % 3;
        status.desiredReplicas = 3;
        status.restarts = i;
        model.setStatus(placed.nodes.at(i % count).id, status);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("status updates: %d in %.3f s = %.0f updates/s on one thread (%.2f us each)\n", kUpdates, seconds,
                kUpdates / seconds, seconds * 1e6 / kUpdates);
    return 0;
}
