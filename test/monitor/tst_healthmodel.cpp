#include "monitor/healthmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sd;

class tst_HealthModel : public QObject
{
    Q_OBJECT

    static StackHealth sample(int apiPods, HealthState apiState)
    {
        StackHealth h;
        ComponentHealth api;
        api.name = "openim-api";
        api.kind = "Deployment";
        api.desired = 2;
        api.ready = apiPods;
        api.state = apiState;
        for (int i = 0; i < apiPods; ++i) {
            PodHealth p;
            p.name = QStringLiteral("openim-api-%1").arg(i);
            p.ready = true;
            api.pods.append(p);
        }
        h.components.append(api);
        DatastoreHealth redis;
        redis.name = "redis";
        redis.phase = "Running";
        redis.state = HealthState::Healthy;
        PodHealth primary;
        primary.name = "redis-redis-0";
        primary.role = "primary";
        primary.ready = true;
        redis.pods.append(primary);
        h.datastores.append(redis);
        ServiceCheckResult check;
        check.check.name = "api metrics";
        check.check.component = "openim-api";
        check.ok = true;
        check.latencyMs = 12;
        check.message = "HTTP 200";
        h.checks.append(check);
        h.overall = apiState;
        return h;
    }

private slots:
    void treeAndUpdates()
    {
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHealth(sample(2, HealthState::Healthy));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex api = model.indexOfNode("openim-api");
        QVERIFY(api.isValid());
        QCOMPARE(model.rowCount(api), 2);
        QCOMPARE(model.index(0, HealthModel::ReadyColumn).data().toString(), QStringLiteral("2/2"));
        const QModelIndex redis = model.indexOfNode("redis");
        QCOMPARE(model.index(0, HealthModel::DetailColumn, redis).data().toString(), QStringLiteral("role: primary"));
        QCOMPARE(model.index(0, 0, redis).data(HealthModel::NodeIdRole).toString(), QStringLiteral("redis"));
        QCOMPARE(model.index(2, HealthModel::DetailColumn).data().toString(), QStringLiteral("HTTP 200 · 12 ms"));

        // Same shape: updated in place, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        StackHealth degraded = sample(2, HealthState::Degraded);
        model.setHealth(degraded);
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() > 0);
        QCOMPARE(model.index(0, 0).data(HealthModel::StateRole).toInt(), int(HealthState::Degraded));
        // A pod went away: reset.
        model.setHealth(sample(1, HealthState::Degraded));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(model.indexOfNode("openim-api")), 1);
        model.setHealth({});
        QCOMPARE(model.rowCount(), 0);
    }

    void formats()
    {
        const QDateTime now = QDateTime::fromString("2026-11-26T10:00:00Z", Qt::ISODate);
        QCOMPARE(HealthModel::formatAge(now.addSecs(-30), now), QStringLiteral("30s"));
        QCOMPARE(HealthModel::formatAge(now.addSecs(-600), now), QStringLiteral("10m"));
        QCOMPARE(HealthModel::formatAge(now.addSecs(-3 * 86400), now), QStringLiteral("3d"));
        QCOMPARE(HealthModel::formatCpu(250), QStringLiteral("250m"));
        QVERIFY(HealthModel::formatCpu(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HealthModel)
#include "tst_healthmodel.moc"
