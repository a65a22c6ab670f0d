#include "topology/graphlayout.h"
#include "topologyfixtures.h"

#include <QTest>

using namespace sd;

namespace {
bool anyOverlap(const LayoutResult &result)
{
    const QList<QString> ids = result.positions.keys();
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j) {
            if (QRectF(result.positions.value(ids[i]), kNodeSize)
                    .intersects(QRectF(result.positions.value(ids[j]), kNodeSize)))
                return true;
        }
    }
    return false;
}
} // namespace

class tst_GraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void emptyGraph() { QVERIFY(layoutGraph({}, LayoutMode::Full).positions.isEmpty()); }

    void tiersAreRowsTopToBottom()
    {
        const LayoutResult r = layoutGraph(smallOpenImGraph(), LayoutMode::Full);
        QCOMPARE(r.positions.size(), 6);
        QVERIFY(!anyOverlap(r));
        const double api = r.positions.value("openim-api").y();
        const double auth = r.positions.value("openim-rpc-auth").y();
        // Services share one row even though they call each other.
        QCOMPARE(r.positions.value("openim-rpc-user").y(), auth);
        QCOMPARE(r.positions.value("openim-rpc-msg").y(), auth);
        QVERIFY(api < auth);
        QVERIFY(auth < r.positions.value("mongodb").y());
        QCOMPARE(r.positions.value("redis").y(), r.positions.value("mongodb").y());
        QVERIFY(r.bounds.contains(QRectF(r.positions.value("redis"), kNodeSize)));
    }

    void deterministic()
    {
        const TopologyGraph g = smallOpenImGraph();
        QCOMPARE(layoutGraph(g, LayoutMode::Full).positions, layoutGraph(g, LayoutMode::Full).positions);
    }

    void incrementalKeepsPlacedNodes()
    {
        TopologyGraph g = smallOpenImGraph();
        // The user arranged everything far from where dot would put it.
        const LayoutResult first = layoutGraph(g, LayoutMode::Full);
        for (TopologyNode &n : g.nodes) {
            n.position = first.positions.value(n.id) + QPointF(1000, 500);
            n.placed = true;
        }
        TopologyNode kafka;
        kafka.id = QStringLiteral("kafka");
        kafka.kind = NodeKind::Datastore;
        kafka.tier = Tier::Datastores;
        g.nodes << kafka;
        g.edges << TopologyEdge{QStringLiteral("openim-rpc-msg"), QStringLiteral("kafka"),
                                EdgeKind::Datastore};

        const LayoutResult r = layoutGraph(g, LayoutMode::Incremental);
        for (const TopologyNode &n : std::as_const(g.nodes)) {
            if (n.placed)
                QCOMPARE(r.positions.value(n.id), n.position); // nobody moved
        }
        QVERIFY(r.positions.contains("kafka"));
        QVERIFY(!anyOverlap(r));
        // The new node follows the user's arrangement, not dot's original coordinates.
        QVERIFY(r.positions.value("kafka").x() > 900);
        QVERIFY(qAbs(r.positions.value("kafka").y() - r.positions.value("mongodb").y()) < 1.0);

        // Re-layout ignores the user's positions.
        const LayoutResult full = layoutGraph(g, LayoutMode::Full);
        QVERIFY(full.positions.value("openim-api").x() < 900);
    }

    void edgesToUnknownNodesAreIgnored()
    {
        TopologyGraph g = smallOpenImGraph();
        g.edges << TopologyEdge{QStringLiteral("openim-api"), QStringLiteral("ghost"), EdgeKind::Http};
        QCOMPARE(layoutGraph(g, LayoutMode::Full).positions.size(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_GraphLayout)
#include "tst_graphlayout.moc"
