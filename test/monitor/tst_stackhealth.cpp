#include "monitor/healthmonitor.h"
#include "monitor/stackhealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sd;

// Health from API objects: components (Deployments with their pods), datastores (KubeBlocks
// Clusters with role-labelled pods), metrics and service checks, and the overall state.
class tst_StackHealth : public QObject
{
    Q_OBJECT

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

    static QJsonObject deployment(const QString &name, int replicas, int ready, int updated, qint64 generation = 1,
                                  qint64 observed = 1)
    {
        return QJsonObject{
            {"kind", "Deployment"},
            {"metadata", QJsonObject{{"name", name}, {"generation", generation}, {"creationTimestamp", "2026-11-26T08:00:00Z"},
                                     {"labels", QJsonObject{{"app.kubernetes.io/managed-by", "stackdeck"},
                                                            {"app.kubernetes.io/component", name}}}}},
            {"spec", QJsonObject{{"replicas", replicas}}},
            {"status", QJsonObject{{"readyReplicas", ready}, {"availableReplicas", ready}, {"updatedReplicas", updated},
                                   {"observedGeneration", observed}}}};
    }
    static QJsonObject pod(const QString &name, const QString &component, bool ready, int restarts,
                           const QString &waiting = {}, const QString &lastReason = {})
    {
        QJsonObject cs{{"name", "main"}, {"ready", ready}, {"restartCount", restarts}};
        if (!waiting.isEmpty())
            cs["state"] = QJsonObject{{"waiting", QJsonObject{{"reason", waiting}}}};
        else
            cs["state"] = QJsonObject{{"running", QJsonObject{}}};
        if (!lastReason.isEmpty())
            cs["lastState"] = QJsonObject{{"terminated", QJsonObject{{"reason", lastReason}, {"exitCode", 137}}}};
        return QJsonObject{
            {"metadata", QJsonObject{{"name", name}, {"labels", QJsonObject{{"app.kubernetes.io/managed-by", "stackdeck"},
                                                                            {"app.kubernetes.io/component", component}}}}},
            {"spec", QJsonObject{{"containers", QJsonArray{QJsonObject{
                          {"name", "main"},
                          {"resources", QJsonObject{{"requests", QJsonObject{{"cpu", "100m"}, {"memory", "128Mi"}}},
                                                    {"limits", QJsonObject{{"cpu", "1"}, {"memory", "512Mi"}}}}}}}}}},
            {"status", QJsonObject{{"phase", "Running"},
                                   {"conditions", QJsonArray{QJsonObject{{"type", "Ready"}, {"status", ready ? "True" : "False"}}}},
                                   {"containerStatuses", QJsonArray{cs}}}}};
    }

private slots:
    void components()
    {
        HealthInputs in;
        in.deployments = {deployment("openim-api", 2, 2, 2), deployment("openim-rpc-user", 2, 1, 2),
                          deployment("openim-push", 3, 3, 1, 2, 2), deployment("openim-msg", 1, 0, 1),
                          deployment("not-ours", 1, 0, 0)};
        in.deployments.last()["metadata"] = QJsonObject{{"name", "not-ours"}};
        in.pods = {pod("openim-api-a", "openim-api", true, 0), pod("openim-api-b", "openim-api", true, 0),
                   pod("openim-rpc-user-a", "openim-rpc-user", true, 0),
                   pod("openim-rpc-user-b", "openim-rpc-user", false, 4, "CrashLoopBackOff", "OOMKilled"),
                   pod("openim-msg-a", "openim-msg", false, 9, "CrashLoopBackOff", "Error")};
        const StackHealth h = StackHealth::compute(in);
        QCOMPARE(h.components.size(), 4); // not-ours is not a stack workload
        const ComponentHealth *api = h.component("openim-api");
        QVERIFY(api);
        QCOMPARE(api->state, HealthState::Healthy);
        QCOMPARE(api->pods.size(), 2);
        QCOMPARE(api->cpuRequestMilli, 200);
        QCOMPARE(api->memoryLimitBytes, 2 * 512LL * 1024 * 1024);
        const ComponentHealth *user = h.component("openim-rpc-user");
        QCOMPARE(user->state, HealthState::Degraded);
        QCOMPARE(user->message, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(user->restarts, 4);
        QCOMPARE(user->lastRestartReason, QStringLiteral("OOMKilled"));
        QCOMPARE(user->ready, 1);
        QCOMPARE(user->desired, 2);
        const ComponentHealth *push = h.component("openim-push");
        QCOMPARE(push->state, HealthState::Progressing); // 1 of 3 updated
        QVERIFY(push->rolloutInProgress);
        QVERIFY(push->rollout.contains("1"));
        QCOMPARE(h.stateOf("openim-msg"), HealthState::Down);
        QCOMPARE(h.stateOf("nothing"), HealthState::Unknown);
        QCOMPARE(h.overall, HealthState::Down);
        QVERIFY(h.summary.contains("2"));
    }

    void datastores()
    {
        HealthInputs in;
        in.clusters = {json(R"({"metadata":{"name":"redis"},"status":{"phase":"Running","components":{"redis":{"phase":"Running"},"redis-sentinel":{"phase":"Running"}}}})"),
                       json(R"({"metadata":{"name":"mongo"},"status":{"phase":"Updating","components":{"mongodb":{"phase":"Updating"}}}})"),
                       json(R"({"metadata":{"name":"kafka"},"status":{"phase":"Abnormal"}})"),
                       json(R"({"metadata":{"name":"minio"}})")};
        in.pods = {json(R"({"metadata":{"name":"redis-redis-0","labels":{"app.kubernetes.io/managed-by":"kubeblocks","app.kubernetes.io/instance":"redis","apps.kubeblocks.io/component-name":"redis","kubeblocks.io/role":"primary"}},"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}})"),
                   json(R"({"metadata":{"name":"redis-redis-1","labels":{"app.kubernetes.io/managed-by":"kubeblocks","app.kubernetes.io/instance":"redis","apps.kubeblocks.io/component-name":"redis","kubeblocks.io/role":"secondary"}},"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}})")};
        in.podMetrics = {json(R"({"metadata":{"name":"redis-redis-0"},"containers":[{"name":"redis","usage":{"cpu":"12m","memory":"64Mi"}},{"name":"exporter","usage":{"cpu":"1500000n","memory":"1024Ki"}}]})")};
        in.metricsAvailable = true;
        const StackHealth h = StackHealth::compute(in);
        const DatastoreHealth *redis = h.datastore("redis");
        QVERIFY(redis);
        QCOMPARE(redis->state, HealthState::Healthy);
        QCOMPARE(redis->components.size(), 2);
        QCOMPARE(redis->pods.size(), 2);
        QCOMPARE(redis->pods[0].role, QStringLiteral("primary"));
        QCOMPARE(redis->pods[1].role, QStringLiteral("secondary"));
        QCOMPARE(redis->pods[0].cpuMilli, 14); // 12m + 1.5m rounded up
        QCOMPARE(redis->pods[0].memoryBytes, 64LL * 1024 * 1024 + 1024 * 1024);
        QCOMPARE(redis->cpuMilli, 14);
        QCOMPARE(h.stateOf("mongo"), HealthState::Progressing);
        QCOMPARE(h.stateOf("kafka"), HealthState::Degraded);
        QCOMPARE(h.stateOf("minio"), HealthState::Progressing);
        QCOMPARE(h.overall, HealthState::Degraded);
    }

    void serviceChecksCount()
    {
        HealthInputs in;
        in.deployments = {deployment("openim-api", 1, 1, 1)};
        in.pods = {pod("openim-api-a", "openim-api", true, 0)};
        QCOMPARE(StackHealth::compute(in).overall, HealthState::Healthy);
        ServiceCheckResult r;
        r.check = {"api metrics", "openim-api", "12002", "/metrics", "openim-api"};
        r.ok = false;
        r.message = "503";
        in.checks = {r};
        QCOMPARE(StackHealth::compute(in).overall, HealthState::Degraded);
    }

    // The checks the app sets up by itself from the catalog: metrics over HTTP where a component
    // serves them, else TCP on its probe port; components without a Service get none.
    void defaultChecks()
    {
        const QList<ServiceCheck> checks = HealthMonitor::defaultChecks(
            {QStringLiteral("openim-api"), QStringLiteral("openim-msggateway"), QStringLiteral("openim-crontask"),
             QStringLiteral("chat-api"), QStringLiteral("not-a-component")});
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks[0].kind, ServiceCheck::Kind::Http);
        QCOMPARE(checks[0].service, QStringLiteral("openim-api-service"));
        QCOMPARE(checks[0].port, QStringLiteral("12002"));
        QCOMPARE(checks[0].path, QStringLiteral("/metrics"));
        QCOMPARE(checks[0].component, QStringLiteral("openim-api"));
        QCOMPARE(checks[1].kind, ServiceCheck::Kind::Tcp);
        QCOMPARE(checks[1].service, QStringLiteral("messagegateway-rpc-service"));
        QCOMPARE(checks[1].port, QStringLiteral("10140"));
        QCOMPARE(checks[2].kind, ServiceCheck::Kind::Tcp);
        QCOMPARE(checks[2].port, QStringLiteral("10008"));
    }

    void evaluate_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("ok");
        QTest::newRow("http 200") << false << 200 << QString() << true;
        QTest::newRow("http 404 fails") << false << 404 << QStringLiteral("not found") << false;
        QTest::newRow("http refused") << false << 503 << QStringLiteral("error trying to reach service: dial tcp 10.0.0.9:12002: connect: connection refused") << false;
        QTest::newRow("tcp, backend speaks HTTP") << true << 200 << QString() << true;
        QTest::newRow("tcp, backend answers 404") << true << 404 << QStringLiteral("the server could not find the requested resource") << true;
        QTest::newRow("tcp, gRPC port (no HTTP/1)") << true << 502 << QStringLiteral("error trying to reach service: malformed HTTP response \"\\x00\\x00\"") << true;
        QTest::newRow("tcp, closed after connect") << true << 503 << QStringLiteral("error trying to reach service: EOF") << true;
        QTest::newRow("tcp, refused") << true << 503 << QStringLiteral("error trying to reach service: dial tcp 10.0.0.9:10140: connect: connection refused") << false;
        QTest::newRow("tcp, no endpoints") << true << 503 << QStringLiteral("no endpoints available for service \"push-rpc-service\"") << false;
        QTest::newRow("tcp, Service missing") << true << 404 << QStringLiteral("services \"push-rpc-service\" not found") << false;
        QTest::newRow("tcp, forbidden") << true << 403 << QStringLiteral("forbidden") << false;
        QTest::newRow("tcp, no answer") << true << 0 << QStringLiteral("timed out") << false;
    }
    void evaluate()
    {
        QFETCH(bool, tcp);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(bool, ok);
        ServiceCheck c;
        c.kind = tcp ? ServiceCheck::Kind::Tcp : ServiceCheck::Kind::Http;
        QString message;
        QCOMPARE(HealthMonitor::evaluate(c, status, error, &message), ok);
        QVERIFY(!message.isEmpty());
    }

    void emptyIsUnknown()
    {
        const StackHealth h = StackHealth::compute({});
        QCOMPARE(h.overall, HealthState::Unknown);
        QVERIFY(!h.summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StackHealth)
#include "tst_stackhealth.moc"
