// The canvas' view of live health: what a node shows for a component and for a datastore.
#include "gui/canvasstatus.h"
#include "monitor/stackhealth.h"

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
};

QTEST_GUILESS_MAIN(tst_CanvasStatus)
#include "tst_canvasstatus.moc"
