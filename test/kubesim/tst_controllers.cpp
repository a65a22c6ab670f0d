// The simulated control plane against the store: scheduling, kubelet lifecycle, volumes, events.
// Lifecycles run at --time-scale 50; the waits are generous and nothing asserts a duration.
#include "kubesim/cluster.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QTest>

using json = nlohmann::json;
namespace objects = sd::sim::objects;

namespace {
constexpr int kWait = 15000;

json podJson(const QString &name, const json &containers, const json &extraSpec = json::object())
{
    json spec = {{"containers", containers}, {"restartPolicy", "Always"}, {"schedulerName", "default-scheduler"},
                 {"terminationGracePeriodSeconds", 30}};
    spec.update(extraSpec);
    return {{"apiVersion", "v1"},
            {"kind", "Pod"},
            {"metadata", {{"name", name.toStdString()}, {"namespace", "default"}}},
            {"spec", spec},
            {"status", {{"phase", "Pending"}}}};
}

json container(const char *name, const char *image, const char *cpu = nullptr)
{
    json c = {{"name", name}, {"image", image}};
    if (cpu)
        c["resources"] = {{"requests", {{"cpu", cpu}, {"memory", "64Mi"}}}};
    return c;
}
} // namespace

class tst_Controllers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void podLifecycle();
    void beyondCapacityStaysPending();
    void capacityFreedSchedules();
    void claimBinding();
    void missingConfigMapBlocksMount();
    void gracefulDeletion();
    void nodesFromOptions();

private:
    json pod(const QString &name) const
    {
        return m_cluster->store()->get(objects::kPods, QStringLiteral("default"), name).value_or(json());
    }
    QString podField(const QString &name, const char *a, const char *b = nullptr) const
    {
        const json p = pod(name);
        if (p.is_null())
            return {};
        const json level = p.value(a, json::object());
        return b ? objects::str(level, b) : QString::fromStdString(level.dump());
    }
    QList<json> eventsFor(const QString &name) const
    {
        QList<json> out;
        for (const auto &e : m_cluster->store()->list(QStringLiteral("/events")).items) {
            if (objects::str((*e)["involvedObject"], "name") == name)
                out.append(*e);
        }
        return out;
    }
    bool hasEvent(const QString &name, const QString &reason, const QString &messagePart = {}) const
    {
        for (const json &e : eventsFor(name)) {
            if (objects::str(e, "reason") == reason && objects::str(e, "message").contains(messagePart))
                return true;
        }
        return false;
    }

    std::unique_ptr<sd::sim::Cluster> m_cluster;
};

void tst_Controllers::init()
{
    m_cluster = std::make_unique<sd::sim::Cluster>();
    sd::sim::SimOptions options;
    options.timeScale = 50;
    m_cluster->setOptions(options);
    QVERIFY(m_cluster->loadScenario(QStringLiteral("empty")));
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
}

void tst_Controllers::cleanup() { m_cluster.reset(); }

void tst_Controllers::podLifecycle()
{
    QVERIFY(objects::create(m_cluster->store(), objects::kPods,
                            podJson(QStringLiteral("web"), json::array({container("nginx", "nginx:1.25", "100m")}))));
    QTRY_VERIFY_WITH_TIMEOUT(podField(QStringLiteral("web"), "status", "phase") == QStringLiteral("Running"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        objects::str(objects::condition(pod(QStringLiteral("web"))["status"], QStringLiteral("Ready")).value_or(json::object()),
                     "status") == QStringLiteral("True"),
        kWait);
    const json p = pod(QStringLiteral("web"));
    QVERIFY(objects::str(p["spec"], "nodeName").startsWith(QStringLiteral("kubesim-node-")));
    QVERIFY(objects::str(p["status"], "podIP").startsWith(QStringLiteral("10.244.")));
    QVERIFY(objects::str(p["status"], "hostIP").startsWith(QStringLiteral("172.18.0.")));
    QVERIFY(!objects::str(p["status"], "startTime").isEmpty());
    QCOMPARE(objects::str(p["status"], "qosClass"), QStringLiteral("Burstable"));
    const json cs = p["status"]["containerStatuses"][0];
    QCOMPARE(cs.value("ready", false), true);
    QVERIFY(cs["state"].contains("running"));
    QCOMPARE(objects::str(cs, "image"), QStringLiteral("docker.io/library/nginx:1.25"));
    for (const char *reason : {"Scheduled", "Pulling", "Pulled", "Created", "Started"})
        QVERIFY2(hasEvent(QStringLiteral("web"), QLatin1String(reason)), reason);
    QVERIFY(hasEvent(QStringLiteral("web"), QStringLiteral("Scheduled"),
                     QStringLiteral("Successfully assigned default/web to kubesim-node-")));
}

void tst_Controllers::beyondCapacityStaysPending()
{
    QVERIFY(objects::create(m_cluster->store(), objects::kPods,
                            podJson(QStringLiteral("huge"), json::array({container("app", "nginx:1.25", "5")}))));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("huge"), QStringLiteral("FailedScheduling")), kWait);
    QVERIFY(hasEvent(QStringLiteral("huge"), QStringLiteral("FailedScheduling"),
                     QStringLiteral("0/3 nodes are available: 3 Insufficient cpu.")));
    const json p = pod(QStringLiteral("huge"));
    QCOMPARE(objects::str(p["status"], "phase"), QStringLiteral("Pending"));
    QVERIFY(objects::str(p["spec"], "nodeName").isEmpty());
    const auto scheduled = objects::condition(p["status"], QStringLiteral("PodScheduled"));
    QVERIFY(scheduled);
    QCOMPARE(objects::str(*scheduled, "status"), QStringLiteral("False"));
    QCOMPARE(objects::str(*scheduled, "reason"), QStringLiteral("Unschedulable"));
    for (const json &e : eventsFor(QStringLiteral("huge"))) {
        if (objects::str(e, "reason") == QStringLiteral("FailedScheduling")) {
            QCOMPARE(objects::str(e, "type"), QStringLiteral("Warning"));
            QCOMPARE(objects::str(e["source"], "component"), QStringLiteral("default-scheduler"));
            QCOMPARE(objects::str(e["involvedObject"], "kind"), QStringLiteral("Pod"));
        }
    }
}

void tst_Controllers::capacityFreedSchedules()
{
    // Three 3-CPU pods fill the three 4-CPU nodes; a fourth waits until one goes.
    for (int i = 0; i < 4; ++i)
        QVERIFY(objects::create(m_cluster->store(), objects::kPods,
                                podJson(QStringLiteral("big-%1").arg(i), json::array({container("app", "nginx:1.25", "3")}))));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("big-3"), QStringLiteral("FailedScheduling"), QStringLiteral("3 Insufficient cpu")), kWait);
    QSet<QString> nodes;
    for (int i = 0; i < 3; ++i)
        nodes.insert(podField(QStringLiteral("big-%1").arg(i), "spec", "nodeName"));
    QCOMPARE(nodes.size(), 3);
    m_cluster->store()->remove(objects::kPods, QStringLiteral("default"), QStringLiteral("big-0"));
    QTRY_VERIFY_WITH_TIMEOUT(podField(QStringLiteral("big-3"), "status", "phase") == QStringLiteral("Running"), kWait);
}

void tst_Controllers::claimBinding()
{
    sd::sim::Store *store = m_cluster->store();
    QVERIFY(objects::create(store, objects::kClaims,
                            {{"apiVersion", "v1"},
                             {"kind", "PersistentVolumeClaim"},
                             {"metadata", {{"name", "data"}, {"namespace", "default"}}},
                             {"spec", {{"accessModes", {"ReadWriteOnce"}}, {"resources", {{"requests", {{"storage", "2Gi"}}}}}}},
                             {"status", {{"phase", "Pending"}}}}));
    // WaitForFirstConsumer: no volume before a pod uses the claim.
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("data"), QStringLiteral("WaitForFirstConsumer")), kWait);
    QCOMPARE(objects::str(store->get(objects::kClaims, QStringLiteral("default"), QStringLiteral("data"))->value("status", json::object()), "phase"),
             QStringLiteral("Pending"));
    QVERIFY(objects::create(store, objects::kPods,
                            podJson(QStringLiteral("db"), json::array({container("db", "redis:7.2")}),
                                    {{"volumes", {{{"name", "data"}, {"persistentVolumeClaim", {{"claimName", "data"}}}}}}})));
    QTRY_VERIFY_WITH_TIMEOUT(podField(QStringLiteral("db"), "status", "phase") == QStringLiteral("Running"), kWait);
    const json claim = *store->get(objects::kClaims, QStringLiteral("default"), QStringLiteral("data"));
    QCOMPARE(objects::str(claim["status"], "phase"), QStringLiteral("Bound"));
    QCOMPARE(objects::str(claim["spec"], "storageClassName"), QStringLiteral("standard"));
    const QString volume = objects::str(claim["spec"], "volumeName");
    QCOMPARE(volume, QStringLiteral("pvc-") + objects::uid(claim));
    const auto pv = store->get(objects::kVolumes, {}, volume);
    QVERIFY(pv);
    QCOMPARE(objects::str((*pv)["spec"]["capacity"], "storage"), QStringLiteral("2Gi"));
    QCOMPARE(objects::str((*pv)["status"], "phase"), QStringLiteral("Bound"));
    QCOMPARE(objects::str(claim["metadata"]["annotations"], "volume.kubernetes.io/selected-node"),
             podField(QStringLiteral("db"), "spec", "nodeName"));
    // Delete reclaim policy.
    store->remove(objects::kPods, QStringLiteral("default"), QStringLiteral("db"));
    store->remove(objects::kClaims, QStringLiteral("default"), QStringLiteral("data"));
    QTRY_VERIFY_WITH_TIMEOUT(!store->get(objects::kVolumes, {}, volume), kWait);
}

void tst_Controllers::missingConfigMapBlocksMount()
{
    sd::sim::Store *store = m_cluster->store();
    QVERIFY(objects::create(store, objects::kPods,
                            podJson(QStringLiteral("cfg"), json::array({container("app", "busybox:1.36")}),
                                    {{"volumes", {{{"name", "config"}, {"configMap", {{"name", "app-config"}}}}}}})));
    QTRY_VERIFY_WITH_TIMEOUT(hasEvent(QStringLiteral("cfg"), QStringLiteral("FailedMount"),
                                      QStringLiteral("MountVolume.SetUp failed for volume \"config\" : configmap \"app-config\" not found")),
                             kWait);
    const json waiting = pod(QStringLiteral("cfg"))["status"]["containerStatuses"][0]["state"]["waiting"];
    QCOMPARE(objects::str(waiting, "reason"), QStringLiteral("ContainerCreating"));
    QVERIFY(objects::create(store, objects::kConfigMaps,
                            {{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                             {"metadata", {{"name", "app-config"}, {"namespace", "default"}}}, {"data", {{"a", "1"}}}}));
    QTRY_VERIFY_WITH_TIMEOUT(podField(QStringLiteral("cfg"), "status", "phase") == QStringLiteral("Running"), kWait);
}

void tst_Controllers::gracefulDeletion()
{
    QVERIFY(objects::create(m_cluster->store(), objects::kPods,
                            podJson(QStringLiteral("bye"), json::array({container("app", "nginx:1.25")}))));
    QTRY_VERIFY_WITH_TIMEOUT(podField(QStringLiteral("bye"), "status", "phase") == QStringLiteral("Running"), kWait);
    objects::markDeleted(m_cluster->store(), objects::kPods, QStringLiteral("default"), QStringLiteral("bye"), 30);
    QTRY_VERIFY_WITH_TIMEOUT(pod(QStringLiteral("bye")).is_null(), kWait);
    QVERIFY(hasEvent(QStringLiteral("bye"), QStringLiteral("Killing"), QStringLiteral("Stopping container app")));
}

void tst_Controllers::nodesFromOptions()
{
    sd::sim::Cluster cluster;
    sd::sim::SimOptions options;
    options.nodeCount = 5;
    options.nodeCpuMillis = 2500;
    options.nodeMemoryBytes = qint64(16) << 30;
    cluster.setOptions(options);
    QVERIFY(cluster.loadScenario(QStringLiteral("empty")));
    const auto nodes = cluster.store()->list(objects::kNodes).items;
    QCOMPARE(int(nodes.size()), 5);
    QCOMPARE(objects::str((*nodes[0])["status"]["allocatable"], "cpu"), QStringLiteral("2500m"));
    QCOMPARE(objects::str((*nodes[0])["status"]["capacity"], "memory"), QStringLiteral("16Gi"));
    // The default: three 4-CPU/8-GiB nodes.
    const json node = *m_cluster->store()->get(objects::kNodes, {}, QStringLiteral("kubesim-node-1"));
    QCOMPARE(objects::str(node["status"]["allocatable"], "cpu"), QStringLiteral("4"));
    QCOMPARE(objects::str(node["status"]["allocatable"], "memory"), QStringLiteral("8Gi"));
}

QTEST_GUILESS_MAIN(tst_Controllers)
#include "tst_controllers.moc"
