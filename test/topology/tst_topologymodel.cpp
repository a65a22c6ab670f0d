#include "topology/edgelistmodel.h"
#include "topology/nodelistmodel.h"
#include "topology/topologymodel.h"
#include "topologyfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sd;


namespace {
// What a model tells its views about rows: resets, removals, insertions, data changes.
struct RowSignals
{
    explicit RowSignals(QAbstractItemModel *model)
        : reset(model, &QAbstractItemModel::modelReset), removed(model, &QAbstractItemModel::rowsRemoved),
          inserted(model, &QAbstractItemModel::rowsInserted), changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    QSignalSpy reset, removed, inserted, changed;
};
} // namespace

class tst_TopologyModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<TopologyModel>();
        m_nodeTester = std::make_unique<QAbstractItemModelTester>(
            m_model->nodes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_edgeTester = std::make_unique<QAbstractItemModelTester>(
            m_model->edges(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_nodeTester.reset();
        m_edgeTester.reset();
        m_model.reset();
    }

    void layoutPlacesNodesThenEdgesAppear()
    {
        QSignalSpy laidOut(m_model.get(), &TopologyModel::laidOut);
        m_model->setGraph(smallOpenImGraph());
        QCOMPARE(m_model->nodes()->rowCount(), 6);
        QCOMPARE(m_model->edges()->rowCount(), 0); // no positions yet: nothing to draw between
        QVERIFY(m_model->isLayingOut());
        QTRY_VERIFY(!m_model->isLayingOut());
        QCOMPARE(laidOut.count(), 1);
        using Positions = QHash<QString, QPointF>;
        QCOMPARE(laidOut.first().first().value<Positions>().size(), 6);
        QCOMPARE(m_model->edges()->rowCount(), 9);
        QVERIFY(m_model->edges()->index(0).data(EdgeListModel::PathRole).toString().startsWith("M "));
        QCOMPARE(m_model->groups().size(), 3); // entry, services, datastores
        QVERIFY(!m_model->bounds().isEmpty());
        for (const TopologyNode &n : m_model->nodes()->nodes())
            QVERIFY(n.placed);
    }

    void statusUpdateTouchesOneRowOnly()
    {
        placeSmallGraph();
        QSignalSpy changed(m_model->nodes(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model->nodes(), &QAbstractItemModel::modelReset);
        NodeStatus status;
        status.health = Health::Failed;
        status.desiredReplicas = 2;
        status.message = QStringLiteral("CrashLoopBackOff");
        QVERIFY(m_model->setStatus(QStringLiteral("openim-rpc-user"), status));
        QVERIFY(!m_model->setStatus(QStringLiteral("openim-rpc-user"), status)); // no-op repeat
        QVERIFY(!m_model->setStatus(QStringLiteral("nope"), status));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        const QModelIndex index = changed.first().at(0).toModelIndex();
        QCOMPARE(index.data(NodeListModel::IdRole).toString(), QStringLiteral("openim-rpc-user"));
        QCOMPARE(index.data(NodeListModel::HealthRole).toString(), QStringLiteral("failed"));
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(NodeListModel::HealthRole));
        QVERIFY(!roles.contains(NodeListModel::XRole)); // position untouched: no re-layout of the item
    }

    void setGraphDiffsByIdWithoutReset()
    {
        placeSmallGraph();
        QSignalSpy reset(m_model->nodes(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model->nodes(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model->nodes(), &QAbstractItemModel::rowsInserted);
        const QPointF apiBefore = m_model->graph().node(QStringLiteral("openim-api"))->position;

        TopologyGraph g = smallOpenImGraph(); // unplaced: positions come from the model
        g.nodes.removeAt(g.indexOf(QStringLiteral("redis")));
        TopologyNode kafka;
        kafka.id = kafka.label = QStringLiteral("kafka");
        kafka.tier = Tier::Datastores;
        kafka.kind = NodeKind::Datastore;
        g.nodes << kafka;
        g.edges << TopologyEdge{QStringLiteral("openim-rpc-msg"), QStringLiteral("kafka"),
                                EdgeKind::Datastore};
        m_model->setGraph(g);
        QTRY_VERIFY(!m_model->isLayingOut());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->graph().node(QStringLiteral("openim-api"))->position, apiBefore);
        QVERIFY(m_model->graph().node(QStringLiteral("kafka"))->placed);
        // Edges to redis are gone, the edge to kafka is drawn.
        QStringList edgeIds;
        for (const TopologyEdge &e : m_model->edges()->edges())
            edgeIds << e.id();
        QVERIFY(!edgeIds.contains(QStringLiteral("openim-rpc-auth->redis")));
        QVERIFY(edgeIds.contains(QStringLiteral("openim-rpc-msg->kafka")));
    }

    // The graph is rebuilt from the stack whenever a node appears on the cluster or its design
    // state changes: each such rebuild must reach the view as the smallest row change, so the
    // canvas keeps its delegates and nothing already placed moves.
    void addedNodeIsOneRowInsertedOnly()
    {
        placeSmallGraph();
        const TopologyGraph before = m_model->graph();
        RowSignals spies(m_model->nodes());
        auto &[reset, removed, inserted, changed] = spies;

        TopologyGraph g = smallOpenImGraph(); // unplaced, as MainWindow hands it over
        TopologyNode kafka;
        kafka.id = kafka.label = kafka.type = QStringLiteral("kafka");
        kafka.kind = NodeKind::Datastore;
        kafka.tier = Tier::Datastores;
        g.nodes << kafka;
        g.edges << TopologyEdge{QStringLiteral("openim-rpc-msg"), QStringLiteral("kafka"), EdgeKind::Datastore};
        m_model->setGraph(g);
        QVERIFY(m_model->isLayingOut()); // only the new node needs a place
        QTRY_VERIFY(!m_model->isLayingOut());

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 6); // appended: existing rows keep their index
        QCOMPARE(inserted.first().at(2).toInt(), 6);
        for (const QList<QVariant> &args : std::as_const(changed)) // only the newcomer is placed
            QCOMPARE(args.at(0).toModelIndex().data(NodeListModel::IdRole).toString(), QStringLiteral("kafka"));
        for (const TopologyNode &node : before.nodes)
            QCOMPARE(m_model->graph().node(node.id)->position, node.position);
        QVERIFY(m_model->graph().node(QStringLiteral("kafka"))->placed);
    }

    void designStateChangeIsDataChangedOnly()
    {
        placeSmallGraph();
        RowSignals spies(m_model->nodes());
        auto &[reset, removed, inserted, changed] = spies;
        QSignalSpy edgeRemoved(m_model->edges(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy edgeInserted(m_model->edges(), &QAbstractItemModel::rowsInserted);

        TopologyGraph g = smallOpenImGraph();
        g.node(QStringLiteral("openim-rpc-user"))->design = DesignState::Modified;
        m_model->setGraph(g);
        QVERIFY(!m_model->isLayingOut()); // every node keeps its place: no layout at all

        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(edgeRemoved.count(), 0);
        QCOMPARE(edgeInserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex index = changed.first().at(0).toModelIndex();
        QCOMPARE(changed.first().at(1).toModelIndex(), index);
        QCOMPARE(index.data(NodeListModel::IdRole).toString(), QStringLiteral("openim-rpc-user"));
        QCOMPARE(index.data(NodeListModel::DesignRole).toString(), QStringLiteral("modified"));
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{NodeListModel::DesignRole});
    }

    void removedNodeIsOneRowRemovedOnly()
    {
        placeSmallGraph();
        const TopologyGraph before = m_model->graph();
        RowSignals spies(m_model->nodes());
        auto &[reset, removed, inserted, changed] = spies;

        TopologyGraph g = smallOpenImGraph();
        g.nodes.removeAt(g.indexOf(QStringLiteral("openim-rpc-auth")));
        m_model->setGraph(g);
        QVERIFY(!m_model->isLayingOut());

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), before.indexOf(QStringLiteral("openim-rpc-auth")));
        QCOMPARE(m_model->nodes()->rowCount(), 5);
        for (const TopologyNode &node : m_model->graph().nodes)
            QCOMPARE(node.position, before.node(node.id)->position);
        for (const TopologyEdge &edge : m_model->edges()->edges())
            QVERIFY(edge.from != QLatin1String("openim-rpc-auth") && edge.to != QLatin1String("openim-rpc-auth"));
    }

    void movingANodeReroutesItsEdgesOnly()
    {
        placeSmallGraph();
        QSignalSpy edgeChanges(m_model->edges(), &QAbstractItemModel::dataChanged);
        QSignalSpy geometry(m_model.get(), &TopologyModel::geometryChanged);
        const QPointF p = m_model->graph().node(QStringLiteral("redis"))->position;
        m_model->setPositions({{QStringLiteral("redis"), p + QPointF(300, 40)}});
        QCOMPARE(m_model->graph().node(QStringLiteral("redis"))->position, p + QPointF(300, 40));
        // Two edges end at redis; nothing else is recomputed.
        QCOMPARE(edgeChanges.count(), 2);
        for (const QList<QVariant> &args : std::as_const(edgeChanges))
            QCOMPARE(args.at(0).toModelIndex().data(EdgeListModel::ToRole).toString(), QStringLiteral("redis"));
        QCOMPARE(geometry.count(), 1);
    }

    void selectionAndFilter()
    {
        placeSmallGraph();
        NodeListModel *nodes = m_model->nodes();
        nodes->setSelection({QStringLiteral("mongodb")});
        QVERIFY(nodes->index(nodes->rowOf(QStringLiteral("mongodb"))).data(NodeListModel::SelectedRole).toBool());
        QVERIFY(!nodes->index(nodes->rowOf(QStringLiteral("redis"))).data(NodeListModel::SelectedRole).toBool());

        m_model->setFilter(QStringLiteral("RPC"), false);
        QVERIFY(nodes->index(nodes->rowOf(QStringLiteral("openim-rpc-msg"))).data(NodeListModel::MatchesFilterRole).toBool());
        QVERIFY(!nodes->index(nodes->rowOf(QStringLiteral("redis"))).data(NodeListModel::MatchesFilterRole).toBool());

        NodeStatus bad;
        bad.health = Health::Degraded;
        m_model->setStatus(QStringLiteral("redis"), bad);
        m_model->setFilter(QString(), true); // only problems
        QVERIFY(nodes->index(nodes->rowOf(QStringLiteral("redis"))).data(NodeListModel::MatchesFilterRole).toBool());
        QVERIFY(!nodes->index(nodes->rowOf(QStringLiteral("mongodb"))).data(NodeListModel::MatchesFilterRole).toBool());
    }

    void accessibleNames()
    {
        placeSmallGraph();
        const QModelIndex node = m_model->nodes()->index(m_model->nodes()->rowOf(QStringLiteral("redis")));
        QVERIFY(node.data(NodeListModel::AccessibleNameRole).toString().contains(QStringLiteral("redis")));
        const QModelIndex edge = m_model->edges()->index(0);
        const QString name = edge.data(EdgeListModel::AccessibleNameRole).toString();
        QVERIFY(name.contains(edge.data(EdgeListModel::FromRole).toString()));
        QVERIFY(name.contains(edge.data(EdgeListModel::ToRole).toString()));
    }

    void staleLayoutIsDropped()
    {
        m_model->setGraph(smallOpenImGraph()); // layout starts...
        TopologyGraph placed = smallOpenImGraph();
        for (int i = 0; i < placed.nodes.size(); ++i) {
            placed.nodes[i].position = QPointF(i * 500.0, 0);
            placed.nodes[i].placed = true;
        }
        m_model->setGraph(placed); // ...and is overtaken by a fully placed graph
        QTRY_VERIFY(!m_model->isLayingOut());
        for (int i = 0; i < placed.nodes.size(); ++i)
            QCOMPARE(m_model->graph().node(placed.nodes[i].id)->position, QPointF(i * 500.0, 0));
    }

private:
    void placeSmallGraph()
    {
        m_model->setGraph(smallOpenImGraph());
        QTRY_VERIFY(!m_model->isLayingOut());
    }

    std::unique_ptr<TopologyModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_nodeTester;
    std::unique_ptr<QAbstractItemModelTester> m_edgeTester;
};

QTEST_GUILESS_MAIN(tst_TopologyModel)
#include "tst_topologymodel.moc"
