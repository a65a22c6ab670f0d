// Workload controllers against the store: Deployments → ReplicaSets → Pods, StatefulSets,
// Endpoints/EndpointSlices. Lifecycles run at --time-scale 50; nothing asserts a duration.
#include "fastcluster.h"
#include "kubesim/cluster.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QTest>

using json = nlohmann::json;
namespace objects = sd::sim::objects;

namespace {
constexpr int kWait = 20000;
const QString kNs = QStringLiteral("default");

json podTemplate(const char *app, const char *image)
{
    return {{"metadata", {{"labels", {{"app", app}}}}},
            {"spec",
             {{"containers", json::array({{{"name", "main"}, {"image", image},
                                            {"ports", json::array({{{"name", "http"}, {"containerPort", 8080}}})}}})},
              {"restartPolicy", "Always"}, {"terminationGracePeriodSeconds", 30}}}};
}
} // namespace

class tst_Workloads : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deploymentCreatesPods();
    void rollingUpdateAndRollback();
    void scaleDown();
    void statefulSetOrdinalsAndClaims();
    void endpointsFollowReadyPods();

private:
    sd::sim::Store *store() const { return m_cluster->store(); }
    json get(const QString &resource, const QString &name) const
    {
        return store()->get(resource, kNs, name).value_or(json());
    }
    qint64 statusOf(const QString &resource, const QString &name, const char *field) const
    {
        return get(resource, name).value("status", json::object()).value(field, qint64(0));
    }
    QList<json> podsOf(const QString &prefix) const
    {
        QList<json> out;
        for (const auto &p : store()->list(objects::kPods, kNs).items) {
            if (objects::name(*p).startsWith(prefix) && !(*p)["metadata"].contains("deletionTimestamp"))
                out.append(*p);
        }
        return out;
    }
    QList<json> replicaSetsOf(const QString &deployment) const
    {
        QList<json> out;
        const QString uid = objects::uid(get(objects::kDeployments, deployment));
        for (const auto &r : store()->list(objects::kReplicaSets, kNs).items) {
            if (objects::controllerUid(*r) == uid)
                out.append(*r);
        }
        return out;
    }
    void createDeployment(const QString &name, int replicas, const char *image)
    {
        QVERIFY(objects::create(store(), objects::kDeployments,
                                {{"apiVersion", "apps/v1"},
                                 {"kind", "Deployment"},
                                 {"metadata", {{"name", name.toStdString()}, {"namespace", "default"}}},
                                 {"spec",
                                  {{"replicas", replicas},
                                   {"revisionHistoryLimit", 1},
                                   {"selector", {{"matchLabels", {{"app", name.toStdString()}}}}},
                                   {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", 1}, {"maxUnavailable", 0}}}}},
                                   {"template", podTemplate(qPrintable(name), image)}}}}));
    }
    bool rolledOut(const QString &name, qint64 replicas) const
    {
        const json d = get(objects::kDeployments, name);
        const json st = d.value("status", json::object());
        const auto progressing = objects::condition(st, QStringLiteral("Progressing"));
        return st.value("observedGeneration", qint64(0)) == d["metadata"].value("generation", qint64(-1))
               && st.value("updatedReplicas", 0) == replicas && st.value("availableReplicas", 0) == replicas
               && st.value("replicas", 0) == replicas && progressing
               && objects::str(*progressing, "reason") == QStringLiteral("NewReplicaSetAvailable");
    }

    std::unique_ptr<sd::sim::Cluster> m_cluster;
};

void tst_Workloads::init()
{
    QString error;
    m_cluster = startFastCluster(&error);
    QVERIFY2(m_cluster, qPrintable(error));
}

void tst_Workloads::cleanup() { m_cluster.reset(); }

void tst_Workloads::deploymentCreatesPods()
{
    createDeployment(QStringLiteral("web"), 3, "nginx:1.25");
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("web"), 3), kWait);
    const QList<json> sets = replicaSetsOf(QStringLiteral("web"));
    QCOMPARE(sets.size(), 1);
    const json rs = sets.first();
    const QString hash = objects::str(objects::labels(rs), "pod-template-hash");
    QCOMPARE(objects::name(rs), QStringLiteral("web-") + hash);
    QCOMPARE(objects::str(rs["metadata"]["annotations"], "deployment.kubernetes.io/revision"), QStringLiteral("1"));
    const QList<json> pods = podsOf(objects::name(rs) + QLatin1Char('-'));
    QCOMPARE(pods.size(), 3);
    for (const json &p : pods) {
        QCOMPARE(objects::str(p["status"], "phase"), QStringLiteral("Running"));
        QCOMPARE(objects::str(objects::labels(p), "pod-template-hash"), hash);
        QCOMPARE(objects::controllerUid(p), objects::uid(rs));
    }
    const json d = get(objects::kDeployments, QStringLiteral("web"));
    QCOMPARE(objects::str(*objects::condition(d["status"], QStringLiteral("Available")), "status"), QStringLiteral("True"));
    QCOMPARE(d["status"].value("observedGeneration", 0), d["metadata"].value("generation", 0));
}

void tst_Workloads::rollingUpdateAndRollback()
{
    createDeployment(QStringLiteral("api"), 2, "nginx:1.25");
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("api"), 2), kWait);
    const QString first = objects::name(replicaSetsOf(QStringLiteral("api")).first());
    objects::update(store(), objects::kDeployments, kNs, QStringLiteral("api"),
                    [](json &d) { d["spec"]["template"]["spec"]["containers"][0]["image"] = "nginx:1.26"; });
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("api"), 2) && replicaSetsOf(QStringLiteral("api")).size() == 2, kWait);
    QString second;
    for (const json &rs : replicaSetsOf(QStringLiteral("api"))) {
        if (objects::name(rs) == first) {
            QCOMPARE(rs["spec"].value("replicas", -1), 0);
        } else {
            second = objects::name(rs);
            QCOMPARE(objects::str(rs["metadata"]["annotations"], "deployment.kubernetes.io/revision"), QStringLiteral("2"));
        }
    }
    QVERIFY(!second.isEmpty());
    for (const json &p : podsOf(QStringLiteral("api-")))
        QCOMPARE(objects::str(p["spec"]["containers"][0], "image"), QStringLiteral("nginx:1.26"));
    // Rollback = the old template again: the first ReplicaSet becomes revision 3.
    objects::update(store(), objects::kDeployments, kNs, QStringLiteral("api"),
                    [](json &d) { d["spec"]["template"]["spec"]["containers"][0]["image"] = "nginx:1.25"; });
    QTRY_VERIFY_WITH_TIMEOUT(objects::str(get(objects::kReplicaSets, first)["metadata"]["annotations"],
                                          "deployment.kubernetes.io/revision")
                                 == QStringLiteral("3"),
                             kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("api"), 2), kWait);
    QCOMPARE(objects::str(get(objects::kDeployments, QStringLiteral("api"))["metadata"]["annotations"],
                          "deployment.kubernetes.io/revision"),
             QStringLiteral("3"));
    // A third template: history limit 1 keeps one old ReplicaSet.
    objects::update(store(), objects::kDeployments, kNs, QStringLiteral("api"),
                    [](json &d) { d["spec"]["template"]["spec"]["containers"][0]["image"] = "nginx:1.27"; });
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("api"), 2) && replicaSetsOf(QStringLiteral("api")).size() == 2, kWait);
    QVERIFY(get(objects::kReplicaSets, second).is_null());
}

void tst_Workloads::scaleDown()
{
    createDeployment(QStringLiteral("scaled"), 4, "nginx:1.25");
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("scaled"), 4), kWait);
    objects::update(store(), objects::kDeployments, kNs, QStringLiteral("scaled"), [](json &d) { d["spec"]["replicas"] = 1; });
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("scaled"), 1), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(podsOf(QStringLiteral("scaled-")).size(), 1, kWait);
}

void tst_Workloads::statefulSetOrdinalsAndClaims()
{
    QVERIFY(objects::create(
        store(), objects::kStatefulSets,
        {{"apiVersion", "apps/v1"},
         {"kind", "StatefulSet"},
         {"metadata", {{"name", "db"}, {"namespace", "default"}}},
         {"spec",
          {{"replicas", 3},
           {"serviceName", "db-headless"},
           {"podManagementPolicy", "OrderedReady"},
           {"selector", {{"matchLabels", {{"app", "db"}}}}},
           {"template", podTemplate("db", "redis:7.2")},
           {"volumeClaimTemplates",
            json::array({{{"metadata", {{"name", "data"}}},
                          {"spec", {{"accessModes", {"ReadWriteOnce"}}, {"resources", {{"requests", {{"storage", "1Gi"}}}}}}}}})}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(objects::kStatefulSets, QStringLiteral("db"), "readyReplicas"), qint64(3), kWait);
    for (int i = 0; i < 3; ++i) {
        const json p = get(objects::kPods, QStringLiteral("db-%1").arg(i));
        QCOMPARE(objects::str(p["status"], "phase"), QStringLiteral("Running"));
        QCOMPARE(objects::str(p["spec"], "hostname"), QStringLiteral("db-%1").arg(i));
        QCOMPARE(objects::str(p["spec"], "subdomain"), QStringLiteral("db-headless"));
        QCOMPARE(objects::str(objects::labels(p), "apps.kubernetes.io/pod-index"), QString::number(i));
        const json claim = get(objects::kClaims, QStringLiteral("data-db-%1").arg(i));
        QCOMPARE(objects::str(claim["status"], "phase"), QStringLiteral("Bound"));
    }
    // Ordered: db-1 was created after db-0 was Ready.
    const json p0 = get(objects::kPods, QStringLiteral("db-0"));
    const json p1 = get(objects::kPods, QStringLiteral("db-1"));
    QVERIFY(objects::str(p1["metadata"], "creationTimestamp") >= objects::str(*objects::condition(p0["status"], QStringLiteral("Ready")),
                                                                              "lastTransitionTime"));
    objects::update(store(), objects::kStatefulSets, kNs, QStringLiteral("db"), [](json &s) { s["spec"]["replicas"] = 1; });
    QTRY_VERIFY_WITH_TIMEOUT(get(objects::kPods, QStringLiteral("db-1")).is_null() && get(objects::kPods, QStringLiteral("db-2")).is_null(),
                             kWait);
    QVERIFY(!get(objects::kClaims, QStringLiteral("data-db-2")).is_null());  // Retain
}

void tst_Workloads::endpointsFollowReadyPods()
{
    QVERIFY(objects::create(store(), objects::kServices,
                            {{"apiVersion", "v1"},
                             {"kind", "Service"},
                             {"metadata", {{"name", "front"}, {"namespace", "default"}}},
                             {"spec", {{"selector", {{"app", "front"}}},
                                       {"ports", json::array({{{"name", "http"}, {"port", 80}, {"targetPort", "http"}, {"protocol", "TCP"}}})}}}}));
    createDeployment(QStringLiteral("front"), 2, "nginx:1.25");
    QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("front"), 2), kWait);
    auto readyAddresses = [&] {
        const json subsets = get(objects::kEndpoints, QStringLiteral("front")).value("subsets", json::array());
        return subsets.empty() ? size_t(0) : subsets[0].value("addresses", json::array()).size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(readyAddresses(), size_t(2), kWait);
    const json subset = get(objects::kEndpoints, QStringLiteral("front"))["subsets"][0];
    QCOMPARE(subset["ports"][0].value("port", 0), 8080);
    QCOMPARE(objects::str(subset["ports"][0], "name"), QStringLiteral("http"));
    json slice;
    for (const auto &s : store()->list(objects::kEndpointSlices, kNs).items) {
        if (objects::str(objects::labels(*s), "kubernetes.io/service-name") == QStringLiteral("front"))
            slice = *s;
    }
    QVERIFY(!slice.is_null());
    QVERIFY(objects::name(slice).startsWith(QStringLiteral("front-")));
    QCOMPARE(slice["endpoints"].size(), size_t(2));
    QCOMPARE(slice["endpoints"][0]["conditions"].value("ready", false), true);
    QCOMPARE(slice["ports"][0].value("port", 0), 8080);
    objects::update(store(), objects::kDeployments, kNs, QStringLiteral("front"), [](json &d) { d["spec"]["replicas"] = 0; });
    QTRY_VERIFY_WITH_TIMEOUT(!get(objects::kEndpoints, QStringLiteral("front")).contains("subsets"), kWait);
}

QTEST_GUILESS_MAIN(tst_Workloads)
#include "tst_workloads.moc"
