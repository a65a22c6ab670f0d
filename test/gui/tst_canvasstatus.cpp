// The canvas' view of live health: what a node shows for a component and for a datastore.
#include "deploy/designdrift.h"
#include "gui/canvasstatus.h"
#include "monitor/stackhealth.h"
#include "stack/openimcatalog.h"
#include "stack/stackfile.h"
#include "topology/stackgraph.h"

#include <QTest>

using namespace sd;

class tst_CanvasStatus : public QObject
{
    Q_OBJECT
private slots:
    void componentAndDatastore()
    {
        StackHealth health;
        ComponentHealth api;
        api.name = QStringLiteral("openim-api");
        api.desired = 3;
        api.ready = 2;
        api.restarts = 4;
        api.rollout = QStringLiteral("2 of 3 updated");
        api.state = HealthState::Degraded;
        api.message = QStringLiteral("CrashLoopBackOff");
        health.components << api;
        DatastoreHealth mongo;
        mongo.name = QStringLiteral("mongodb-cluster");
        mongo.phase = QStringLiteral("Abnormal");
        mongo.state = HealthState::Down;
        PodHealth p0, p1;
        p0.name = QStringLiteral("mongodb-cluster-mongodb-0");
        p0.ready = true;
        p0.role = QStringLiteral("primary");
        p1.name = QStringLiteral("mongodb-cluster-mongodb-1");
        p1.restarts = 2;
        p1.role = QStringLiteral("secondary");
        mongo.pods << p0 << p1;
        health.datastores << mongo;

        bool live = false;
        NodeStatus s = nodeStatus(health, QStringLiteral("openim-api"), &live);
        QVERIFY(live);
        QCOMPARE(toString(s.health), toString(Health::Degraded));
        QCOMPARE(s.readyReplicas, 2);
        QCOMPARE(s.desiredReplicas, 3);
        QCOMPARE(s.restarts, 4);
        QCOMPARE(s.phase, QStringLiteral("2 of 3 updated"));
        QCOMPARE(s.message, QStringLiteral("CrashLoopBackOff"));

        s = nodeStatus(health, QStringLiteral("mongodb-cluster"), &live);
        QVERIFY(live);
        QCOMPARE(toString(s.health), toString(Health::Failed));
        QCOMPARE(s.phase, QStringLiteral("Abnormal"));
        QCOMPARE(s.readyReplicas, 1);
        QCOMPARE(s.desiredReplicas, 2);
        QCOMPARE(s.restarts, 2);
        QCOMPARE(s.roles, (QStringList{"mongodb-cluster-mongodb-0=primary", "mongodb-cluster-mongodb-1=secondary"}));

        s = nodeStatus(health, QStringLiteral("redis-cluster"), &live);
        QVERIFY(!live);
        QVERIFY(s == NodeStatus{});
    }

    // The design states from a drift report: live nodes deployed, those a new apply would change
    // modified, objects that are no node of the stack joining as unmanaged nodes of their tier.
    void designStatesFromDrift()
    {
        const Stack stack = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
        TopologyGraph graph = graphFromStack(stack, OpenImCatalog::builtIn());
        const int before = int(graph.nodes.size());
        DriftReport drift;
        drift.stackName = stack.name;
        drift.live = {QStringLiteral("openim-api"), QStringLiteral("redis-cluster"), QStringLiteral("openim-rpc-user")};
        drift.modified = {QStringLiteral("openim-api"), QStringLiteral("redis-cluster")};
        drift.unmanaged = {{QStringLiteral("legacy-admin"), QStringLiteral("Deployment"), QString()},
                           {QStringLiteral("old-mysql"), QStringLiteral("Cluster"), QStringLiteral("mysql")}};

        TopologyGraph other = graph;
        DriftReport foreign = drift;
        foreign.stackName = QStringLiteral("another");
        applyDesignDrift(other, foreign, stack.name);
        QVERIFY(other.nodes == graph.nodes); // another stack's report changes nothing

        applyDesignDrift(graph, drift, stack.name);
        auto design = [&graph](const char *id) { return toString(graph.node(QLatin1String(id))->design); };
        QCOMPARE(design("openim-api"), toString(DesignState::Modified));
        QCOMPARE(design("redis-cluster"), toString(DesignState::Modified));
        QCOMPARE(design("openim-rpc-user"), toString(DesignState::Deployed));
        QCOMPARE(design("openim-push"), toString(DesignState::Designed));
        QCOMPARE(int(graph.nodes.size()), before + 2);
        const TopologyNode *legacy = graph.node(QStringLiteral("legacy-admin"));
        QVERIFY(legacy);
        QCOMPARE(toString(legacy->design), toString(DesignState::Unmanaged));
        QVERIFY(legacy->kind == NodeKind::Component);
        QCOMPARE(toString(legacy->tier), toString(Tier::Services));
        const TopologyNode *mysql = graph.node(QStringLiteral("old-mysql"));
        QVERIFY(mysql);
        QVERIFY(mysql->kind == NodeKind::Datastore);
        QCOMPARE(toString(mysql->tier), toString(Tier::Datastores));
        QCOMPARE(mysql->type, QStringLiteral("mysql"));
        for (const TopologyEdge &e : graph.edges)
            QVERIFY(e.from != QLatin1String("legacy-admin") && e.to != QLatin1String("old-mysql"));
    }
};

QTEST_GUILESS_MAIN(tst_CanvasStatus)
#include "tst_canvasstatus.moc"
