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

    void emptyIsUnknown()
    {
        const StackHealth h = StackHealth::compute({});
        QCOMPARE(h.overall, HealthState::Unknown);
        QVERIFY(!h.summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_StackHealth)
#include "tst_stackhealth.moc"
