// The simulated KubeBlocks 1.0: the scenario installs it like helm; Clusters from the upstream examples
// come up with KubeBlocks' pods, roles, Services, Secrets and phases; OpsRequests reach Succeed with their
// effect visible; backup → restore reproduces the data fingerprint; datastore chaos fails over.
#include "kubesim/cluster.h"
#include "kubesim/dataregistry.h"
#include "kubesim/kubeblocks.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "schema/yamljson.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>
#include <memory>

using json = nlohmann::json;
using sd::sim::Store;

namespace {
const char *kClusters = "apps.kubeblocks.io/clusters";
const char *kOps = "operations.kubeblocks.io/opsrequests";

QString examplesDir()
{
    return qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"));
}

std::string str(const json &v) { return v.is_string() ? v.get<std::string>() : std::string(); }

} // namespace

class tst_KubeBlocks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void installsLikeHelm();
    void disabledAddonLeavesEngineOut();
    void examplesComeUp_data();
    void examplesComeUp();
    void unknownServiceVersionIsReported();
    void kafkaAndMinioNamesAndPorts();
    void terminationPolicy();
    void opsRequests_data();
    void opsRequests();
    void opsQueueAndCancel();
    void backupRestoreReproducesFingerprint_data();
    void backupRestoreReproducesFingerprint();
    void scheduledBackups();
    void chaosFailPrimary();
    void chaosFailCluster();
    void chaosFillVolume();
    void chaosJsonRequests();
    void malformedObjectsDoNotStopTheOperator();
    void seedRepeatsChoices();

private:
    bool needExamples();
    json example(const QString &engine, const QString &file);
    json apply(const QString &resource, json object);
    std::optional<json> get(const QString &resource, const QString &name, const QString &ns = QStringLiteral("demo"));
    std::vector<json> podsOf(const QString &cluster, const QString &component = {});
    QString phase(const QString &cluster);
    QString primaryOf(const QString &cluster, const QString &component);
    void startCluster(const QStringList &disabledAddons = {}, quint64 seed = sd::sim::SimOptions().seed);
    void bringUp(const QString &engine, const QString &file = QStringLiteral("cluster.yaml"));

    std::unique_ptr<sd::sim::Cluster> m_cluster;
    Store *m_store = nullptr;
};

bool tst_KubeBlocks::needExamples()
{
    if (QDir(examplesDir()).exists())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::qFail("KubeBlocks examples not found (../shared/reference/kubeblocks/examples)", __FILE__, __LINE__);
    else
        QTest::qSkip("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)", __FILE__, __LINE__);
    return false;
}

json tst_KubeBlocks::example(const QString &engine, const QString &file)
{
    QFile f(QDir(examplesDir()).filePath(engine + QLatin1Char('/') + file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto doc = sd::parseJsonOrYaml(f.readAll());
    return doc ? *doc : json();
}

json tst_KubeBlocks::apply(const QString &resource, json object)
{
    return sd::sim::Scenario::add(m_store, resource, std::move(object));
}

std::optional<json> tst_KubeBlocks::get(const QString &resource, const QString &name, const QString &ns)
{
    return m_store->get(resource, ns, name);
}

std::vector<json> tst_KubeBlocks::podsOf(const QString &cluster, const QString &component)
{
    std::vector<json> out;
    for (const auto &p : m_store->list(QStringLiteral("/pods"), QStringLiteral("demo")).items) {
        const json lbl = (*p)["metadata"].value("labels", json::object());
        if (str(lbl.value("app.kubernetes.io/instance", json())) == cluster.toStdString()
            && (component.isEmpty() || str(lbl.value("apps.kubeblocks.io/component-name", json())) == component.toStdString()))
            out.push_back(*p);
    }
    return out;
}

QString tst_KubeBlocks::phase(const QString &cluster)
{
    const auto c = get(QLatin1String(kClusters), cluster);
    return c ? QString::fromStdString(str((*c).value("status", json::object()).value("phase", json()))) : QStringLiteral("<gone>");
}

QString tst_KubeBlocks::primaryOf(const QString &cluster, const QString &component)
{
    QString primary;
    for (const json &p : podsOf(cluster, component)) {
        if (str(p["metadata"]["labels"].value("kubeblocks.io/role", json())) == "primary") {
            if (!primary.isEmpty())
                return QStringLiteral("<two primaries>");
            primary = QString::fromStdString(str(p["metadata"]["name"]));
        }
    }
    return primary;
}

void tst_KubeBlocks::init() {}

void tst_KubeBlocks::cleanup()
{
    m_cluster.reset();
    m_store = nullptr;
}

void tst_KubeBlocks::seedRepeatsChoices()
{
    if (!needExamples())
        return;
    // Account passwords and the roles come from --seed: two runs with one seed agree.
    const auto run = [&](quint64 seed) {
        m_cluster.reset();
        startCluster({}, seed);
        bringUp(QStringLiteral("redis"));
        const auto secret = get(QStringLiteral("/secrets"), QStringLiteral("redis-replication-redis-account-default"));
        return qMakePair(secret ? QString::fromStdString(str((*secret)["data"].value("password", json()))) : QString(),
                         primaryOf(QStringLiteral("redis-replication"), QStringLiteral("redis")));
    };
    const auto a = run(5);
    const auto b = run(5);
    const auto c = run(6);
    QVERIFY(!a.first.isEmpty() && !a.second.isEmpty());
    QCOMPARE(a, b);
    QVERIFY(a.first != c.first);
}

void tst_KubeBlocks::startCluster(const QStringList &disabledAddons, quint64 seed)
{
    m_cluster = std::make_unique<sd::sim::Cluster>();
    m_cluster->setDisabledAddons(disabledAddons);
    sd::sim::SimOptions options;
    options.timeScale = 20;
    options.seed = seed;
    m_cluster->setOptions(options);
    QVERIFY(m_cluster->loadScenario(QStringLiteral("kubeblocks")));
    m_store = m_cluster->store();
    apply(QStringLiteral("/namespaces"), {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "demo"}}},
                                          {"status", {{"phase", "Active"}}}});
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
}

void tst_KubeBlocks::bringUp(const QString &engine, const QString &file)
{
    json c = example(engine, file);
    QVERIFY(c.is_object());
    const QString name = QString::fromStdString(str(c["metadata"]["name"]));
    apply(QLatin1String(kClusters), c);
    QTRY_COMPARE_WITH_TIMEOUT(phase(name), QStringLiteral("Running"), 30000);
}

void tst_KubeBlocks::installsLikeHelm()
{
    startCluster();
    for (const char *addon : {"mysql", "redis", "mongodb", "kafka", "minio", "etcd"}) {
        const auto a = get(QStringLiteral("extensions.kubeblocks.io/addons"), QLatin1String(addon), {});
        QVERIFY2(a, addon);
        QCOMPARE(str((*a)["status"]["phase"]), std::string("Enabled"));
        QCOMPARE(str((*a)["spec"]["version"]), std::string("1.0.2"));
    }
    const auto cmpv = get(QStringLiteral("apps.kubeblocks.io/componentversions"), QStringLiteral("mongodb"), {});
    QVERIFY(cmpv);
    QCOMPARE(str((*cmpv)["status"]["serviceVersions"]), std::string("4.4.29,5.0.29,6.0.27,7.0.28,8.0.17"));
    QCOMPARE(str((*cmpv)["status"]["phase"]), std::string("Available"));
    const auto mysqlVersions = QString::fromStdString(str((*get(QStringLiteral("apps.kubeblocks.io/componentversions"), QStringLiteral("mysql"), {}))["status"]["serviceVersions"]));
    QVERIFY(mysqlVersions.split(QLatin1Char(',')).contains(QStringLiteral("8.0.39")));
    QVERIFY(mysqlVersions.split(QLatin1Char(',')).contains(QStringLiteral("5.7.44")));
    QVERIFY(get(QStringLiteral("apps.kubeblocks.io/componentdefinitions"), QStringLiteral("mysql-8.0-1.0.2"), {}));
    QVERIFY(get(QStringLiteral("apps.kubeblocks.io/componentdefinitions"), QStringLiteral("minio-1.0.2"), {}));
    const auto cd = get(QStringLiteral("apps.kubeblocks.io/clusterdefinitions"), QStringLiteral("redis"), {});
    QVERIFY(cd);
    QCOMPARE(str((*cd)["status"]["topologies"]), std::string("standalone,replication,replication-twemproxy,cluster"));
    const auto deploy = get(QStringLiteral("apps/deployments"), QStringLiteral("kubeblocks"), QStringLiteral("kb-system"));
    QVERIFY(deploy);
    QCOMPARE(str((*deploy)["metadata"]["labels"]["app.kubernetes.io/instance"]), std::string("kubeblocks"));
    QVERIFY(get(QStringLiteral("apps/deployments"), QStringLiteral("kubeblocks-dataprotection"), QStringLiteral("kb-system")));
}

void tst_KubeBlocks::disabledAddonLeavesEngineOut()
{
    startCluster({QStringLiteral("minio")});
    const auto a = get(QStringLiteral("extensions.kubeblocks.io/addons"), QStringLiteral("minio"), {});
    QVERIFY(a);
    QCOMPARE(str((*a)["status"]["phase"]), std::string("Disabled"));
    QVERIFY(!get(QStringLiteral("apps.kubeblocks.io/componentdefinitions"), QStringLiteral("minio-1.0.2"), {}));
    QVERIFY(!get(QStringLiteral("apps.kubeblocks.io/componentversions"), QStringLiteral("minio"), {}));
    QVERIFY(get(QStringLiteral("apps.kubeblocks.io/componentdefinitions"), QStringLiteral("mongodb-1.0.2"), {}));
    if (!needExamples())
        return;
    apply(QLatin1String(kClusters), example(QStringLiteral("minio"), QStringLiteral("cluster.yaml")));
    QTRY_VERIFY_WITH_TIMEOUT(get(QLatin1String(kClusters), QStringLiteral("minio-cluster"))->value("status", json::object()).contains("conditions"), 10000);
    const json conds = (*get(QLatin1String(kClusters), QStringLiteral("minio-cluster")))["status"]["conditions"];
    bool found = false;
    for (const json &c : conds)
        found = found || (str(c["type"]) == "ApplyResources" && str(c["status"]) == "False"
                          && str(c["message"]).find("minio") != std::string::npos);
    QVERIFY2(found, conds.dump().c_str());
    QVERIFY(podsOf(QStringLiteral("minio-cluster")).empty());
}

void tst_KubeBlocks::examplesComeUp_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QStringList>("pods");
    QTest::addColumn<QStringList>("services");  // name:port
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("roleComponent");
    QTest::newRow("mysql") << "mysql" << "mysql-cluster" << QStringList{"mysql-cluster-mysql-0", "mysql-cluster-mysql-1"}
                           << QStringList{"mysql-cluster-mysql:3306", "mysql-cluster-mysql-headless:3306"}
                           << QStringList{"mysql-cluster-mysql-account-root", "mysql-cluster-mysql-account-kbadmin"} << "mysql";
    QTest::newRow("redis") << "redis" << "redis-replication"
                           << QStringList{"redis-replication-redis-0", "redis-replication-redis-1", "redis-replication-redis-sentinel-0",
                                          "redis-replication-redis-sentinel-1", "redis-replication-redis-sentinel-2"}
                           << QStringList{"redis-replication-redis-redis:6379", "redis-replication-redis-sentinel-redis-sentinel:26379"}
                           << QStringList{"redis-replication-redis-account-default", "redis-replication-redis-sentinel-account-default"}
                           << "redis";
    QTest::newRow("mongodb") << "mongodb" << "mongo-cluster"
                             << QStringList{"mongo-cluster-mongodb-0", "mongo-cluster-mongodb-1", "mongo-cluster-mongodb-2"}
                             << QStringList{"mongo-cluster-mongodb-mongodb:27017", "mongo-cluster-mongodb-mongodb-ro:27017",
                                            "mongo-cluster-mongodb:27017"}
                             << QStringList{"mongo-cluster-mongodb-account-root"} << "mongodb";
}

void tst_KubeBlocks::examplesComeUp()
{
    QFETCH(QString, engine);
    QFETCH(QString, cluster);
    QFETCH(QStringList, pods);
    QFETCH(QStringList, services);
    QFETCH(QStringList, secrets);
    QFETCH(QString, roleComponent);
    if (!needExamples())
        return;
    startCluster();
    bringUp(engine);
    QStringList names;
    for (const json &p : podsOf(cluster))
        names.append(QString::fromStdString(str(p["metadata"]["name"])));
    names.sort();
    QCOMPARE(names, pods);
    for (const QString &pod : pods) {
        const auto pvc = get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-") + pod);
        QVERIFY2(pvc, qPrintable(pod));
        QCOMPARE(str((*pvc)["spec"]["storageClassName"]), std::string("standard"));
    }
    for (const QString &sp : services) {
        const auto svc = get(QStringLiteral("/services"), sp.section(QLatin1Char(':'), 0, 0));
        QVERIFY2(svc, qPrintable(sp));
        QCOMPARE((*svc)["spec"]["ports"][0]["port"].get<int>(), sp.section(QLatin1Char(':'), 1).toInt());
    }
    for (const QString &name : secrets) {
        const auto secret = get(QStringLiteral("/secrets"), name);
        QVERIFY2(secret, qPrintable(name));
        QCOMPARE(json((*secret)["data"]).size(), size_t(2));
        const QString user = QString::fromUtf8(QByteArray::fromBase64(QByteArray::fromStdString(str((*secret)["data"]["username"]))));
        const QString password = QString::fromUtf8(QByteArray::fromBase64(QByteArray::fromStdString(str((*secret)["data"]["password"]))));
        QCOMPARE(user, name.section(QStringLiteral("-account-"), 1));
        const QString comp = name.section(QStringLiteral("-account-"), 0, 0).mid(cluster.size() + 1);
        QVERIFY(m_cluster->data()->checkAccount(QStringLiteral("demo"), cluster, user, password, comp));
        QVERIFY(!m_cluster->data()->checkAccount(QStringLiteral("demo"), cluster, user, password + QLatin1Char('x'), comp));
    }
    // Exactly one primary; the others secondaries; the primary Service selects it.
    const QString primary = primaryOf(cluster, roleComponent);
    QVERIFY2(primary.startsWith(cluster), qPrintable(primary));
    for (const json &p : podsOf(cluster, roleComponent))
        QVERIFY(str(p["metadata"]["labels"]["kubeblocks.io/role"]) == (str(p["metadata"]["name"]) == primary.toStdString() ? "primary" : "secondary"));
    const json c = *get(QLatin1String(kClusters), cluster);
    QCOMPARE(str(c["status"]["components"][roleComponent.toStdString()]["phase"]), std::string("Running"));
    QVERIFY(c["status"]["observedGeneration"] == c["metadata"]["generation"]);
    bool ready = false;
    for (const json &cond : c["status"]["conditions"])
        ready = ready || (str(cond["type"]) == "Ready" && str(cond["status"]) == "True");
    QVERIFY(ready);
    QVERIFY(get(QStringLiteral("apps.kubeblocks.io/components"), cluster + QLatin1Char('-') + roleComponent));
    const auto its = get(QStringLiteral("workloads.kubeblocks.io/instancesets"), cluster + QLatin1Char('-') + roleComponent);
    QVERIFY(its);
    QCOMPARE((*its)["status"]["readyReplicas"].get<int>(), int(podsOf(cluster, roleComponent).size()));
    QCOMPARE(m_cluster->data()->fingerprint(QStringLiteral("demo"), cluster), sd::sim::DataRegistry::emptyFingerprint());
}

void tst_KubeBlocks::unknownServiceVersionIsReported()
{
    if (!needExamples())
        return;
    startCluster();
    json c = example(QStringLiteral("mongodb"), QStringLiteral("cluster.yaml"));
    c["spec"]["componentSpecs"][0]["serviceVersion"] = "6.0.22";  // only in addon 1.0.0
    apply(QLatin1String(kClusters), c);
    std::string message;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        for (const json &cond : get(QLatin1String(kClusters), QStringLiteral("mongo-cluster"))->value("status", json::object()).value("conditions", json::array()))
            if (str(cond["type"]) == "ApplyResources" && str(cond["status"]) == "False")
                message = str(cond["message"]);
        return !message.empty();
    }()), 10000);
    QCOMPARE(QString::fromStdString(message),
             QStringLiteral("no matched component definition found with componentDef \"mongodb\" and serviceVersion \"6.0.22\""));
    QVERIFY(podsOf(QStringLiteral("mongo-cluster")).empty());
    QCOMPARE(phase(QStringLiteral("mongo-cluster")), QString());
}

void tst_KubeBlocks::kafkaAndMinioNamesAndPorts()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("kafka"), QStringLiteral("cluster-combined.yaml"));
    bringUp(QStringLiteral("minio"));
    const auto broker = get(QStringLiteral("/services"), QStringLiteral("kafka-combined-cluster-kafka-combine-advertised-listener-0"));
    QVERIFY(broker);
    QCOMPARE(str((*broker)["spec"]["ports"][0]["name"]), std::string("broker"));
    QCOMPARE((*broker)["spec"]["ports"][0]["port"].get<int>(), 9092);
    QVERIFY(get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("metadata-kafka-combined-cluster-kafka-combine-0")));
    QVERIFY(get(QStringLiteral("/secrets"), QStringLiteral("kafka-combined-cluster-kafka-combine-account-admin")));
    QCOMPARE(podsOf(QStringLiteral("kafka-combined-cluster"), QStringLiteral("kafka-exporter")).size(), size_t(1));
    for (const json &p : podsOf(QStringLiteral("kafka-combined-cluster")))
        QVERIFY(!p["metadata"]["labels"].contains("kubeblocks.io/role"));
    const auto minio = get(QStringLiteral("/services"), QStringLiteral("minio-cluster-minio"));
    QVERIFY(minio);
    QCOMPARE((*minio)["spec"]["ports"].size(), size_t(2));
    QVERIFY(get(QStringLiteral("/secrets"), QStringLiteral("minio-cluster-minio-account-root")));
    for (const json &p : podsOf(QStringLiteral("minio-cluster")))
        QCOMPARE(str(p["metadata"]["labels"]["kubeblocks.io/role"]), std::string("readwrite"));
}

void tst_KubeBlocks::terminationPolicy()
{
    if (!needExamples())
        return;
    startCluster();
    json c = example(QStringLiteral("mysql"), QStringLiteral("cluster.yaml"));
    c["spec"]["terminationPolicy"] = "DoNotTerminate";
    apply(QLatin1String(kClusters), c);
    QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mysql-cluster")), QStringLiteral("Running"), 30000);
    // Deleting: the API server sets deletionTimestamp, the finalizer keeps the object.
    m_store->mutate(QLatin1String(kClusters), QStringLiteral("demo"), QStringLiteral("mysql-cluster"), [](std::optional<json> &cur) {
        (*cur)["metadata"]["deletionTimestamp"] = "2026-01-01T00:00:00Z";
        return Store::Action::Write;
    });
    const auto warned = [&] {
        for (const auto &e : m_store->list(QStringLiteral("/events"), QStringLiteral("demo")).items)
            if (str((*e)["reason"]) == "DoNotTerminate"
                && str((*e)["message"]) == "spec.terminationPolicy DoNotTerminate is preventing deletion.")
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(warned(), 10000);
    QVERIFY(get(QLatin1String(kClusters), QStringLiteral("mysql-cluster")));
    QCOMPARE(podsOf(QStringLiteral("mysql-cluster")).size(), size_t(2));
    // Switching to Delete lets the deletion finish: pods, PVCs, Services, Secrets and the data go.
    m_store->mutate(QLatin1String(kClusters), QStringLiteral("demo"), QStringLiteral("mysql-cluster"), [](std::optional<json> &cur) {
        (*cur)["spec"]["terminationPolicy"] = "Delete";
        return Store::Action::Write;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!get(QLatin1String(kClusters), QStringLiteral("mysql-cluster")), 10000);
    QVERIFY(podsOf(QStringLiteral("mysql-cluster")).empty());
    QVERIFY(!get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-mysql-cluster-mysql-0")));
    QVERIFY(!get(QStringLiteral("/secrets"), QStringLiteral("mysql-cluster-mysql-account-root")));
    QVERIFY(!get(QStringLiteral("/services"), QStringLiteral("mysql-cluster-mysql")));
    QVERIFY(!m_cluster->data()->exists(QStringLiteral("demo"), QStringLiteral("mysql-cluster")));
}

void tst_KubeBlocks::opsRequests_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("file");
    for (const char *engine : {"mysql", "redis", "mongodb"})
        for (const char *file : {"restart", "scale-out", "scale-in", "verticalscale", "volumeexpand", "switchover",
                                 "switchover-specified-instance", "stop", "start", "upgrade"})
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(engine), QLatin1String(file))))
                << QString::fromLatin1(engine) << QString::fromLatin1(file);
    QTest::newRow("mysql/scale-in-specified-instance") << "mysql" << "scale-in-specified-instance";
    QTest::newRow("mongodb/scale-in-specified-instance") << "mongodb" << "scale-in-specified-instance";
}

void tst_KubeBlocks::opsRequests()
{
    QFETCH(QString, engine);
    QFETCH(QString, file);
    if (!needExamples())
        return;
    startCluster();
    bringUp(engine);
    const json clusterObj = example(engine, QStringLiteral("cluster.yaml"));
    const QString cluster = QString::fromStdString(str(clusterObj["metadata"]["name"]));
    const QString comp = QString::fromStdString(str(clusterObj["spec"]["componentSpecs"][0]["name"]));
    const QString podPrefix = cluster + QLatin1Char('-') + comp + QLatin1Char('-');
    json ops;
    const size_t podsRunning = podsOf(cluster, comp).size();
    if (file == QLatin1String("start")) {
        // Start needs a stopped Cluster first.
        json stop = example(engine, QStringLiteral("stop.yaml"));
        apply(QLatin1String(kOps), stop);
        QTRY_COMPARE_WITH_TIMEOUT(phase(cluster), QStringLiteral("Stopped"), 30000);
    }
    if (file == QLatin1String("upgrade")) {
        // No upstream example for Upgrade: the documented fields.
        const QString target = engine == QLatin1String("mysql") ? QStringLiteral("8.0.39")
                               : engine == QLatin1String("redis") ? QStringLiteral("7.2.7") : QStringLiteral("7.0.28");
        ops = {{"apiVersion", "operations.kubeblocks.io/v1alpha1"}, {"kind", "OpsRequest"},
               {"metadata", {{"name", "upgrade"}, {"namespace", "demo"}}},
               {"spec", {{"clusterName", cluster.toStdString()}, {"type", "Upgrade"},
                         {"upgrade", {{"components", {{{"componentName", comp.toStdString()}, {"serviceVersion", target.toStdString()}}}}}}}}};
    } else {
        ops = example(engine, file + QStringLiteral(".yaml"));
    }
    QVERIFY(ops.is_object());
    const QString opsName = QString::fromStdString(str(ops["metadata"]["name"]));
    const QString primaryBefore = primaryOf(cluster, comp);
    const size_t podsBefore = podsOf(cluster, comp).size();
    const json podBefore = get(QStringLiteral("/pods"), podPrefix + QLatin1Char('0')).value_or(json::object());
    apply(QLatin1String(kOps), ops);
    QStringList phases;
    const auto opsPhase = [&] {
        const QString p = QString::fromStdString(str(get(QLatin1String(kOps), opsName)->value("status", json::object()).value("phase", json())));
        if (phases.isEmpty() || phases.last() != p)
            phases.append(p);
        return p;
    };
    QTRY_VERIFY_WITH_TIMEOUT(opsPhase() == QLatin1String("Succeed") || opsPhase() == QLatin1String("Failed"), 60000);
    const json done = *get(QLatin1String(kOps), opsName);
    QVERIFY2(opsPhase() == QLatin1String("Succeed"), done["status"].dump().c_str());
    QVERIFY2(phases.contains(QStringLiteral("Pending")) || phases.first() == QLatin1String("Pending") || phases.size() >= 2,
             qPrintable(phases.join(QLatin1Char(','))));
    const QString progress = QString::fromStdString(str(done["status"]["progress"]));
    QCOMPARE(progress.section(QLatin1Char('/'), 0, 0), progress.section(QLatin1Char('/'), 1));
    QVERIFY(done["status"].contains("completionTimestamp"));

    const auto pods = podsOf(cluster, comp);
    const auto compSpec = (*get(QLatin1String(kClusters), cluster))["spec"]["componentSpecs"][0];
    if (file == QLatin1String("restart")) {
        QVERIFY(str(compSpec["annotations"]["kubeblocks.io/restart"]).size() > 0);
        const json podAfter = *get(QStringLiteral("/pods"), podPrefix + QLatin1Char('0'));
        QVERIFY(podAfter["metadata"]["uid"] != podBefore["metadata"]["uid"]);
    } else if (file == QLatin1String("scale-out")) {
        QCOMPARE(pods.size(), podsBefore + 1);
        QVERIFY(get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-") + podPrefix + QString::number(podsBefore)));
    } else if (file.startsWith(QLatin1String("scale-in"))) {
        QCOMPARE(pods.size(), podsBefore - 1);
        if (file.endsWith(QLatin1String("instance"))) {
            QVERIFY(!get(QStringLiteral("/pods"), podPrefix + QLatin1Char('1')));
            QVERIFY(!get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-") + podPrefix + QLatin1Char('1')));
        }
    } else if (file == QLatin1String("verticalscale")) {
        for (const json &p : pods)
            QCOMPARE(str(p["spec"]["containers"][0]["resources"]["limits"]["cpu"]), std::string("1"));
    } else if (file == QLatin1String("volumeexpand")) {
        for (const json &p : pods) {
            const auto pvc = get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-") + QString::fromStdString(str(p["metadata"]["name"])));
            QCOMPARE(str((*pvc)["spec"]["resources"]["requests"]["storage"]), std::string("30Gi"));
            QCOMPARE(str((*pvc)["status"]["capacity"]["storage"]), std::string("30Gi"));
        }
    } else if (file.startsWith(QLatin1String("switchover"))) {
        const QString after = primaryOf(cluster, comp);
        QVERIFY(!after.isEmpty());
        QVERIFY2(after != primaryBefore, qPrintable(after));
        if (file.endsWith(QLatin1String("instance")))
            QCOMPARE(after, QString::fromStdString(str(ops["spec"]["switchover"][0]["candidateName"])));
    } else if (file == QLatin1String("stop")) {
        QCOMPARE(phase(cluster), QStringLiteral("Stopped"));
        QVERIFY(pods.empty());
        QVERIFY(get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-") + podPrefix + QLatin1Char('0')));
    } else if (file == QLatin1String("start")) {
        QCOMPARE(pods.size(), podsRunning);
        QVERIFY(!primaryOf(cluster, comp).isEmpty());
    } else if (file == QLatin1String("upgrade")) {
        for (const json &p : pods)
            QVERIFY(str(p["spec"]["containers"][0]["image"]).find(str(ops["spec"]["upgrade"]["components"][0]["serviceVersion"])) != std::string::npos);
    }
    if (file != QLatin1String("stop")) {
        QCOMPARE(phase(cluster), QStringLiteral("Running"));
        if (!primaryOf(cluster, comp).isEmpty())
            QVERIFY(primaryOf(cluster, comp) != QLatin1String("<two primaries>"));
    }
    const json clusterAfter = *get(QLatin1String(kClusters), cluster);
    QVERIFY(!clusterAfter["metadata"].value("annotations", json::object()).contains("kubeblocks.io/ops-request"));
}

void tst_KubeBlocks::opsQueueAndCancel()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("mysql"));
    // A switchover naming a pod that is not the primary fails validation with the reason.
    json bad = example(QStringLiteral("mysql"), QStringLiteral("switchover.yaml"));
    const QString primary = primaryOf(QStringLiteral("mysql-cluster"), QStringLiteral("mysql"));
    bad["spec"]["switchover"][0]["instanceName"] = primary == QLatin1String("mysql-cluster-mysql-0") ? "mysql-cluster-mysql-1" : "mysql-cluster-mysql-0";
    apply(QLatin1String(kOps), bad);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str(get(QLatin1String(kOps), QStringLiteral("mysql-switchover"))->value("status", json::object()).value("phase", json()))),
                              QStringLiteral("Failed"), 10000);
    bool reason = false;
    const json failedOps = *get(QLatin1String(kOps), QStringLiteral("mysql-switchover"));
    for (const json &c : failedOps["status"]["conditions"])
        reason = reason || str(c["message"]).find("is not the primary") != std::string::npos;
    QVERIFY2(reason, (*get(QLatin1String(kOps), QStringLiteral("mysql-switchover")))["status"].dump().c_str());

    // Two ops at once: the second waits Pending in the queue until the first is done.
    apply(QLatin1String(kOps), example(QStringLiteral("mysql"), QStringLiteral("restart.yaml")));
    apply(QLatin1String(kOps), example(QStringLiteral("mysql"), QStringLiteral("verticalscale.yaml")));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str(get(QLatin1String(kOps), QStringLiteral("mysql-restart"))->value("status", json::object()).value("phase", json()))),
                              QStringLiteral("Running"), 10000);
    QCOMPARE(QString::fromStdString(str(get(QLatin1String(kOps), QStringLiteral("mysql-verticalscaling"))->value("status", json::object()).value("phase", json()))),
             QStringLiteral("Pending"));
    // Cancelling the queued VerticalScaling once it runs puts the resources back.
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str(get(QLatin1String(kOps), QStringLiteral("mysql-verticalscaling"))->value("status", json::object()).value("phase", json()))),
                              QStringLiteral("Running"), 60000);
    QCOMPARE(QString::fromStdString(str((*get(QLatin1String(kOps), QStringLiteral("mysql-restart")))["status"]["phase"])), QStringLiteral("Succeed"));
    m_store->mutate(QLatin1String(kOps), QStringLiteral("demo"), QStringLiteral("mysql-verticalscaling"), [](std::optional<json> &cur) {
        (*cur)["spec"]["cancel"] = true;
        return Store::Action::Write;
    });
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str((*get(QLatin1String(kOps), QStringLiteral("mysql-verticalscaling")))["status"]["phase"])),
                              QStringLiteral("Cancelled"), 60000);
    QCOMPARE(str((*get(QLatin1String(kClusters), QStringLiteral("mysql-cluster")))["spec"]["componentSpecs"][0]["resources"]["limits"]["cpu"]),
             std::string("0.5"));
}

void tst_KubeBlocks::backupRestoreReproducesFingerprint_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("mysql") << "mysql";
    QTest::newRow("redis") << "redis";
    QTest::newRow("mongodb") << "mongodb";
}

void tst_KubeBlocks::backupRestoreReproducesFingerprint()
{
    QFETCH(QString, engine);
    if (!needExamples())
        return;
    startCluster();
    bringUp(engine);
    const json source = example(engine, QStringLiteral("cluster.yaml"));
    const QString cluster = QString::fromStdString(str(source["metadata"]["name"]));
    // The example repo, with its <placeholders> filled in, and the credential Secret upstream's README
    // has the user create first.
    json repo = example(engine, QStringLiteral("backuprepo.yaml"));
    const auto unplaceholder = [](json &v) { v = QString::fromStdString(str(v)).remove(QLatin1Char('<')).remove(QLatin1Char('>')).toStdString(); };
    unplaceholder(repo["metadata"]["name"]);
    unplaceholder(repo["spec"]["credential"]["name"]);
    apply(QStringLiteral("/secrets"), {{"apiVersion", "v1"}, {"kind", "Secret"},
                                        {"metadata", {{"name", repo["spec"]["credential"]["name"]}, {"namespace", "kb-system"}}},
                                        {"data", {{"accessKeyId", "a2V5"}, {"secretAccessKey", "c2VjcmV0"}}}});
    apply(QStringLiteral("dataprotection.kubeblocks.io/backuprepos"), repo);
    sd::sim::DataRegistry *data = m_cluster->data();
    for (int i = 0; i < 50; ++i)
        QCOMPARE(data->recordWrite(QStringLiteral("demo"), cluster, 4096 + i, QByteArray::number(i)), sd::sim::DataRegistry::WriteResult::Written);
    const QByteArray atBackup = data->fingerprint(QStringLiteral("demo"), cluster);
    json backup = example(engine, QStringLiteral("backup.yaml"));
    json restore = example(engine, QStringLiteral("restore.yaml"));
    // Upstream's redis restore names a backup its backup.yaml does not create; use the name it expects.
    const json request = json::parse(str(restore["metadata"]["annotations"]["kubeblocks.io/restore-from-backup"]));
    backup["metadata"]["name"] = request.begin().value()["name"];
    const QString backupName = QString::fromStdString(str(backup["metadata"]["name"]));
    apply(QStringLiteral("dataprotection.kubeblocks.io/backups"), backup);
    QTRY_VERIFY_WITH_TIMEOUT(get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName)->value("status", json::object()).value("phase", std::string()) == "Completed"
                                 || get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName)->value("status", json::object()).value("phase", std::string()) == "Failed",
                             30000);
    QVERIFY2(get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName)->value("status", json::object()).value("phase", std::string()) == "Completed",
             (*get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName))["status"].dump().c_str());
    data->recordWrite(QStringLiteral("demo"), cluster, 1, "after the backup");
    const json b = *get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName);
    QCOMPARE(str(b["status"]["backupRepoName"]), str(repo["metadata"]["name"]));
    QVERIFY(std::stoll(str(b["status"]["totalSize"])) > 50 * 4096);
    QVERIFY(b["status"].contains("timeRange"));
    QCOMPARE(QByteArray::fromStdString(str(b["metadata"]["annotations"]["kubesim.stackdeck.io/data-fingerprint"])), atBackup);

    if (engine == QLatin1String("mongodb")) {
        // Upstream's mongodb restore asks for 6.0.16, which addon 1.0.2 does not ship: reported, nothing starts.
        apply(QLatin1String(kClusters), restore);
        const QString target = QString::fromStdString(str(restore["metadata"]["name"]));
        QTRY_VERIFY_WITH_TIMEOUT(get(QLatin1String(kClusters), target)->value("status", json::object()).contains("conditions"), 10000);
        QVERIFY(podsOf(target).empty());
        m_store->mutate(QLatin1String(kClusters), QStringLiteral("demo"), target, [](std::optional<json> &cur) {
            (*cur)["spec"]["componentSpecs"][0]["serviceVersion"] = "6.0.27";
            return Store::Action::Write;
        });
    } else {
        apply(QLatin1String(kClusters), restore);
    }
    const QString target = QString::fromStdString(str(restore["metadata"]["name"]));
    QTRY_COMPARE_WITH_TIMEOUT(phase(target), QStringLiteral("Running"), 60000);
    QCOMPARE(data->fingerprint(QStringLiteral("demo"), target), atBackup);
    QVERIFY(data->fingerprint(QStringLiteral("demo"), cluster) != atBackup);
    bool restoreCompleted = false;
    for (const auto &r : m_store->list(QStringLiteral("dataprotection.kubeblocks.io/restores"), QStringLiteral("demo")).items)
        restoreCompleted = restoreCompleted || (str((*r)["spec"]["backup"]["name"]) == backupName.toStdString()
                                                && str((*r)["status"]["phase"]) == "Completed");
    QVERIFY(restoreCompleted);
    QVERIFY(!(*get(QLatin1String(kClusters), target))["metadata"]["annotations"].contains("kubeblocks.io/restore-from-backup"));
}

// Cluster spec.backup → the BackupSchedule; on the simulated clock it makes Backups that complete,
// and retention deletes the old ones.
void tst_KubeBlocks::scheduledBackups()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("redis"));
    const QString cluster = QStringLiteral("redis-replication");
    const QString scheduleName = cluster + QStringLiteral("-redis-backup-schedule");
    const QString schedules = QStringLiteral("dataprotection.kubeblocks.io/backupschedules");
    const QString backups = QStringLiteral("dataprotection.kubeblocks.io/backups");
    // KubeBlocks keeps a schedule for every method, all off until the Cluster asks for one.
    QTRY_VERIFY_WITH_TIMEOUT(get(schedules, scheduleName).has_value(), 10000);
    json schedule = *get(schedules, scheduleName);
    QCOMPARE(str(schedule["spec"]["backupPolicyName"]), std::string("redis-replication-redis-backup-policy"));
    QVERIFY(!schedule["spec"]["schedules"].empty());
    for (const json &sc : schedule["spec"]["schedules"])
        QCOMPARE(sc["enabled"].get<bool>(), false);
    QCOMPARE(str(schedule["metadata"]["ownerReferences"][0]["name"]), cluster.toStdString());

    apply(QStringLiteral("/secrets"), {{"apiVersion", "v1"}, {"kind", "Secret"},
                                        {"metadata", {{"name", "s3-credential"}, {"namespace", "kb-system"}}},
                                        {"data", {{"accessKeyId", "a2V5"}, {"secretAccessKey", "c2VjcmV0"}}}});
    apply(QStringLiteral("dataprotection.kubeblocks.io/backuprepos"),
          {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"}, {"kind", "BackupRepo"},
           {"metadata", {{"name", "nightly-repo"}}},
           {"spec", {{"storageProviderRef", "s3"}, {"pvReclaimPolicy", "Retain"},
                     {"credential", {{"name", "s3-credential"}, {"namespace", "kb-system"}}}}}});
    // Every simulated minute, kept for two: at 60× that is a Backup a second, each gone two seconds on.
    m_cluster->setTimeScale(60);
    m_store->mutate(QLatin1String(kClusters), QStringLiteral("demo"), cluster, [](std::optional<json> &cur) {
        (*cur)["spec"]["backup"] = {{"enabled", true}, {"method", "datafile"}, {"cronExpression", "* * * * *"},
                                    {"retentionPeriod", "2m"}, {"repoName", "nightly-repo"}};
        return Store::Action::Write;
    });
    QTRY_VERIFY_WITH_TIMEOUT(get(schedules, scheduleName)->value("status", json::object()).value("schedules", json::object()).contains("datafile"),
                             10000);
    schedule = *get(schedules, scheduleName);
    QCOMPARE(str(schedule["status"]["phase"]), std::string("Available"));
    for (const json &sc : schedule["spec"]["schedules"]) {
        const bool datafile = str(sc["backupMethod"]) == "datafile";
        QCOMPARE(sc["enabled"].get<bool>(), datafile);
        if (datafile) {
            QCOMPARE(str(sc["cronExpression"]), std::string("* * * * *"));
            QCOMPARE(str(sc["retentionPeriod"]), std::string("2m"));
        }
    }
    QCOMPARE(str((*get(QStringLiteral("dataprotection.kubeblocks.io/backuppolicies"), cluster + QStringLiteral("-redis-backup-policy")))["spec"]["backupRepoName"]),
             std::string("nightly-repo"));

    const auto scheduled = [&] {
        std::vector<json> out;
        for (const auto &b : m_store->list(backups, QStringLiteral("demo")).items) {
            if (str((*b)["metadata"]["labels"].value("dataprotection.kubeblocks.io/backup-schedule", json())) == scheduleName.toStdString())
                out.push_back(*b);
        }
        return out;
    };
    // Completed scheduled Backups as first seen, by name (names end in their time, so the first is
    // the oldest). Collected over time: on a slow machine one may expire before the next completes.
    std::map<QString, json> seen;
    const auto collect = [&] {
        for (const json &b : scheduled()) {
            if (str(b["status"].value("phase", json())) == "Completed")
                seen.emplace(QString::fromStdString(str(b["metadata"]["name"])), b);
        }
        return seen.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(collect() >= 2, 20000);
    const QString first = seen.begin()->first;
    const json firstBackup = seen.begin()->second;
    QCOMPARE(str(firstBackup["spec"]["backupMethod"]), std::string("datafile"));
    QCOMPARE(str(firstBackup["spec"]["retentionPeriod"]), std::string("2m"));
    QCOMPARE(str(firstBackup["status"]["backupRepoName"]), std::string("nightly-repo"));
    QVERIFY(firstBackup["status"].contains("expiration"));
    QVERIFY(first.startsWith(scheduleName + QStringLiteral("-datafile-")));
    QTRY_VERIFY_WITH_TIMEOUT(!str((*get(schedules, scheduleName))["status"]["schedules"]["datafile"].value("lastSuccessfulTime", json())).empty(), 5000);
    // Retention: the first Backup goes once its two simulated minutes are over; newer ones keep coming.
    QTRY_VERIFY_WITH_TIMEOUT(!get(backups, first).has_value(), 20000);
    const size_t before = collect();
    QTRY_VERIFY_WITH_TIMEOUT(collect() > before, 10000);

    // Disabling the schedule stops new Backups.
    m_store->mutate(QLatin1String(kClusters), QStringLiteral("demo"), cluster, [](std::optional<json> &cur) {
        (*cur)["spec"]["backup"]["enabled"] = false;
        return Store::Action::Write;
    });
    const auto datafileEnabled = [&] {
        std::optional<json> schedule = get(schedules, scheduleName); // outlives the loop
        if (!schedule)
            return false;
        for (const json &sc : (*schedule)["spec"]["schedules"]) {
            if (str(sc["backupMethod"]) == "datafile")
                return sc["enabled"].get<bool>();
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!datafileEnabled(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(scheduled().empty(), 20000);
}

void tst_KubeBlocks::chaosFailPrimary()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("redis"));
    const QString before = primaryOf(QStringLiteral("redis-replication"), QStringLiteral("redis"));
    QVERIFY(!before.isEmpty());
    QString error;
    QVERIFY2(m_cluster->kubeBlocks()->failPrimary(QStringLiteral("demo"), QStringLiteral("redis-replication"), QStringLiteral("redis"), &error),
             qPrintable(error));
    // Sentinel keeps running: the Cluster is Abnormal while the redis component has failed.
    QStringList seen;
    const auto track = [&] {
        const QString p = phase(QStringLiteral("redis-replication"));
        if (seen.isEmpty() || seen.last() != p)
            seen.append(p);
        return p;
    };
    QTRY_VERIFY_WITH_TIMEOUT(track() == QLatin1String("Abnormal"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!primaryOf(QStringLiteral("redis-replication"), QStringLiteral("redis")).isEmpty()
                                 && primaryOf(QStringLiteral("redis-replication"), QStringLiteral("redis")) != before, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(track() == QLatin1String("Running"), 30000);
    QCOMPARE(seen.last(), QStringLiteral("Running"));
    QVERIFY(seen.contains(QStringLiteral("Abnormal")));
    const QString after = primaryOf(QStringLiteral("redis-replication"), QStringLiteral("redis"));
    QVERIFY(after != before && !after.isEmpty() && after != QLatin1String("<two primaries>"));
    // The old primary is back, as a secondary.
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str((*get(QStringLiteral("/pods"), before))["metadata"]["labels"].value("kubeblocks.io/role", json()))),
                              QStringLiteral("secondary"), 10000);
    QVERIFY(!m_cluster->kubeBlocks()->failPrimary(QStringLiteral("demo"), QStringLiteral("nope"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

void tst_KubeBlocks::chaosFailCluster()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("mysql"));
    QVERIFY(m_cluster->kubeBlocks()->failCluster(QStringLiteral("demo"), QStringLiteral("mysql-cluster")));
    QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mysql-cluster")), QStringLiteral("Failed"), 10000);
    bool notReady = false;
    const json failed = *get(QLatin1String(kClusters), QStringLiteral("mysql-cluster"));
    for (const json &c : failed["status"]["conditions"])
        notReady = notReady || (str(c["type"]) == "Ready" && str(c["status"]) == "False" && str(c["message"]).find("mysql") != std::string::npos);
    QVERIFY2(notReady, (*get(QLatin1String(kClusters), QStringLiteral("mysql-cluster")))["status"].dump().c_str());
    QVERIFY(m_cluster->kubeBlocks()->recoverCluster(QStringLiteral("demo"), QStringLiteral("mysql-cluster")));
    QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mysql-cluster")), QStringLiteral("Running"), 30000);
    QVERIFY(!primaryOf(QStringLiteral("mysql-cluster"), QStringLiteral("mysql")).isEmpty());
}

void tst_KubeBlocks::chaosFillVolume()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("mongodb"));
    sd::sim::DataRegistry *data = m_cluster->data();
    QCOMPARE(data->recordWrite(QStringLiteral("demo"), QStringLiteral("mongo-cluster"), 10), sd::sim::DataRegistry::WriteResult::Written);
    QVERIFY(m_cluster->kubeBlocks()->fillVolume(QStringLiteral("demo"), QStringLiteral("mongo-cluster")));
    QCOMPARE(data->recordWrite(QStringLiteral("demo"), QStringLiteral("mongo-cluster"), 10), sd::sim::DataRegistry::WriteResult::VolumeFull);
    const auto pvc = get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-mongo-cluster-mongodb-0"));
    QCOMPARE(str((*pvc)["metadata"]["annotations"]["kubesim.stackdeck.io/volume-full"]), std::string("true"));
    QVERIFY(m_cluster->kubeBlocks()->fillVolume(QStringLiteral("demo"), QStringLiteral("mongo-cluster"), false));
    QCOMPARE(data->recordWrite(QStringLiteral("demo"), QStringLiteral("mongo-cluster"), 10), sd::sim::DataRegistry::WriteResult::Written);
    QString error;
    QVERIFY(!m_cluster->kubeBlocks()->fillVolume(QStringLiteral("demo"), QStringLiteral("missing"), true, &error));
    QVERIFY(!error.isEmpty());
}

void tst_KubeBlocks::chaosJsonRequests()
{
    if (!needExamples())
        return;
    startCluster();
    bringUp(QStringLiteral("mysql"));
    sd::sim::KubeBlocks *kb = m_cluster->kubeBlocks();
    json answer;
    QString error;
    QVERIFY(!kb->chaos({{"action", "explode"}, {"namespace", "demo"}, {"cluster", "mysql-cluster"}}, &answer, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown action")), qPrintable(error));
    QVERIFY(!kb->chaos({{"action", "failPrimary"}}, &answer, &error));
    QVERIFY2(error.contains(QStringLiteral("required")), qPrintable(error));
    QVERIFY(!kb->chaos(json::array(), &answer, &error));
    QVERIFY(kb->chaos({{"action", "fillVolume"}, {"namespace", "demo"}, {"cluster", "mysql-cluster"}}, &answer, &error));
    QVERIFY(answer["done"] == true);
    QVERIFY(m_cluster->data()->isVolumeFull(QStringLiteral("demo"), QStringLiteral("mysql-cluster")));
    QVERIFY(kb->chaos({{"action", "clearVolume"}, {"namespace", "demo"}, {"cluster", "mysql-cluster"}}, &answer, &error));
    QVERIFY(!m_cluster->data()->isVolumeFull(QStringLiteral("demo"), QStringLiteral("mysql-cluster")));
    const QString before = primaryOf(QStringLiteral("mysql-cluster"), QStringLiteral("mysql"));
    QVERIFY(kb->chaos({{"action", "failPrimary"}, {"namespace", "demo"}, {"cluster", "mysql-cluster"}}, &answer, &error));
    // A single-component Cluster whose only component failed is Failed (KubeBlocks' rule), then Running.
    QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mysql-cluster")), QStringLiteral("Failed"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mysql-cluster")), QStringLiteral("Running"), 30000);
    QVERIFY(primaryOf(QStringLiteral("mysql-cluster"), QStringLiteral("mysql")) != before);
}

void tst_KubeBlocks::malformedObjectsDoNotStopTheOperator()
{
    if (!needExamples())
        return;
    startCluster();
    // Objects the API server would reject, written straight into the store.
    apply(QLatin1String(kClusters), {{"apiVersion", "apps.kubeblocks.io/v1"}, {"kind", "Cluster"},
                                     {"metadata", {{"name", "broken"}, {"namespace", "demo"}}},
                                     {"spec", {{"terminationPolicy", "Delete"}, {"componentSpecs", "oops"}}}});
    apply(QLatin1String(kClusters), {{"apiVersion", "apps.kubeblocks.io/v1"}, {"kind", "Cluster"},
                                     {"metadata", {{"name", "broken2"}, {"namespace", "demo"}}},
                                     {"spec", {{"terminationPolicy", 7}, {"componentSpecs", {{{"name", 1}, {"componentDef", json::array()}}}}}}});
    apply(QLatin1String(kOps), {{"apiVersion", "operations.kubeblocks.io/v1alpha1"}, {"kind", "OpsRequest"},
                                {"metadata", {{"name", "broken-ops"}, {"namespace", "demo"}}},
                                {"spec", {{"clusterName", "broken"}, {"type", "HorizontalScaling"}, {"horizontalScaling", "x"}}}});
    apply(QStringLiteral("dataprotection.kubeblocks.io/backups"),
          {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"}, {"kind", "Backup"},
           {"metadata", {{"name", "broken-backup"}, {"namespace", "demo"}}}, {"spec", nullptr}});
    bringUp(QStringLiteral("mysql"));
    QVERIFY(podsOf(QStringLiteral("broken")).empty());
    // The op against the broken Cluster fails its pre-check instead of waiting forever.
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(str(get(QLatin1String(kOps), QStringLiteral("broken-ops"))
                                                             ->value("status", json::object()).value("phase", json()))),
                              QStringLiteral("Failed"), 10000);
    QVERIFY(get(QStringLiteral("dataprotection.kubeblocks.io/backups"), QStringLiteral("broken-backup")));
}

QTEST_GUILESS_MAIN(tst_KubeBlocks)
#include "tst_kubeblocks.moc"
