// Simulated container processes: readiness and liveness from the pod's own probes, OOMKilled, the
// services/pods proxy (our client and real kubectl), and OpenIM's startup against KubeBlocks
// datastores (a wrong MongoDB password crash-loops until the Secret is fixed). Lifecycles run at
// --time-scale 50; nothing asserts a duration.
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kuberequest.h"
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using json = nlohmann::json;
namespace objects = sd::sim::objects;

namespace {
constexpr int kWait = 30000;
const QString kNs = QStringLiteral("default");

json container(const char *name, const char *image)
{
    return {{"name", name}, {"image", image}, {"ports", json::array({{{"name", "http"}, {"containerPort", 8080}}})}};
}

json httpProbe(const char *path, int failureThreshold = 1)
{
    return {{"httpGet", {{"path", path}, {"port", "http"}}}, {"periodSeconds", 2}, {"failureThreshold", failureThreshold}};
}

QString kubectlPath(const QString &version)
{
    const QString dispatcher = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (dispatcher.isEmpty())
        return {};
    const QString path = QFileInfo(QFileInfo(dispatcher).canonicalFilePath()).dir().filePath(QStringLiteral("kubectl.") + version);
    return QFileInfo::exists(path) ? path : QString();
}

// The OpenIM files openim-rpc-user reads, in the schema Stackdeck renders (credentials come from env).
json openImConfigMap(const QString &ns)
{
    const std::string n = ns.toStdString();
    json data = {
        {"log.yml", "storageLocation: ./logs/\nrotationTime: 24\nremainRotationCount: 2\nremainLogLevel: 6\nisStdout: true\nisJson: false\nisSimplify: true\n"},
        {"share.yml", "secret: openIM123\nimAdminUser:\n  userIDs: [imAdmin]\n  nicknames: [system]\nmultiLogin:\n  policy: 1\n  maxNumOneEnd: 30\n"},
        {"discovery.yml", "enable: kubernetes\nkubernetes:\n  namespace: " + n + "\nrpcService:\n  user: user-rpc-service\n  auth: auth-rpc-service\n"},
        {"mongodb.yml", "uri: ''\naddress: [im-mongo-mongodb." + n + ".svc:27017]\ndatabase: openim_v3\nusername: ''\npassword: ''\nauthSource: admin\nmaxPoolSize: 100\nmaxRetry: 10\nmongoMode: standalone\n"},
        {"redis.yml", "address: [im-redis-redis-redis." + n + ".svc:6379]\nusername: ''\npassword: ''\nredisMode: standalone\ndb: 0\nmaxRetry: 10\npoolSize: 100\n"},
        {"kafka.yml", "username: ''\npassword: ''\naddress: []\n"},
        {"local-cache.yml", "user:\n  topic: DELETE_CACHE_USER\n  slotNum: 100\n"},
        {"notification.yml", "{}\n"},
        {"webhooks.yml", "url: ''\n"},
        {"openim-rpc-user.yml", "rpc:\n  registerIP: ''\n  listenIP: 0.0.0.0\n  autoSetPorts: false\n  ports: [10320]\nprometheus:\n  enable: true\n  ports: [12320]\n"},
        {"openim-rpc-auth.yml", "rpc:\n  registerIP: ''\n  listenIP: 0.0.0.0\n  autoSetPorts: false\n  ports: [10200]\nprometheus:\n  enable: true\n  ports: [12200]\ntokenPolicy:\n  expire: 90\n"},
        {"openim-api.yml", "api:\n  listenIP: 0.0.0.0\n  ports: [10002]\nprometheus:\n  enable: true\n  autoSetPorts: false\n  ports: [12002]\n"},
    };
    return {{"apiVersion", "v1"}, {"kind", "ConfigMap"}, {"metadata", {{"name", "openim-config"}, {"namespace", n}}}, {"data", data}};
}

json secretEnv(const char *name, const char *secret, const char *key)
{
    return {{"name", name}, {"valueFrom", {{"secretKeyRef", {{"name", secret}, {"key", key}}}}}};
}
} // namespace

class tst_Processes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readinessFollowsTheProbe();
    void livenessFailureRestarts();
    void memoryGrowthIsOomKilled();
    void proxyReachesTheProcess();
    void openImWrongMongoPasswordCrashLoopsUntilFixed();

private:
    void start(const QString &scenario);
    sd::sim::Store *store() const { return m_cluster->store(); }
    json get(const QString &resource, const QString &name, const QString &ns = kNs) const
    {
        return store()->get(resource, ns, name).value_or(json());
    }
    bool podReady(const QString &name, const QString &ns = kNs) const
    {
        for (const auto &c : get(objects::kPods, name, ns).value("status", json::object()).value("conditions", json::array())) {
            if (c.value("type", std::string()) == "Ready")
                return c.value("status", std::string()) == "True";
        }
        return false;
    }
    QStringList eventMessages(const QString &pod, const char *reason, const QString &ns = kNs) const
    {
        QStringList out;
        for (const auto &e : store()->list(QStringLiteral("/events"), ns).items) {
            if (objects::str((*e)["involvedObject"], "name") == pod && objects::str(*e, "reason") == QLatin1String(reason))
                out.append(objects::str(*e, "message"));
        }
        return out;
    }
    json containerStatus(const QString &pod, const QString &ns = kNs) const
    {
        const json statuses = get(objects::kPods, pod, ns).value("status", json::object()).value("containerStatuses", json::array());
        return statuses.empty() ? json::object() : statuses[0];
    }
    QList<json> podsOf(const QString &app, const QString &ns = kNs) const
    {
        QList<json> out;
        for (const auto &p : store()->list(objects::kPods, ns).items) {
            if (objects::str(objects::labels(*p), "app") == app && !(*p)["metadata"].contains("deletionTimestamp"))
                out.append(*p);
        }
        return out;
    }
    void createPod(const QString &name, json spec, json annotations = json::object())
    {
        QVERIFY(objects::create(store(), objects::kPods,
                                {{"apiVersion", "v1"}, {"kind", "Pod"},
                                 {"metadata", {{"name", name.toStdString()}, {"namespace", "default"}, {"labels", {{"app", name.toStdString()}}},
                                               {"annotations", annotations}}},
                                 {"spec", spec}, {"status", {{"phase", "Pending"}}}}));
    }
    json request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {}, int *status = nullptr);

    std::unique_ptr<sd::sim::Cluster> m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
};

void tst_Processes::init() {}

void tst_Processes::cleanup() { m_cluster.reset(); }

void tst_Processes::start(const QString &scenario)
{
    m_cluster = std::make_unique<sd::sim::Cluster>();
    sd::sim::SimOptions options;
    options.timeScale = 50;
    m_cluster->setOptions(options);
    QVERIFY(m_cluster->loadScenario(scenario));
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(m_cluster->writeKubeconfig(m_kubeconfig));
}

json tst_Processes::request(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, int *status)
{
    QString error;
    const auto connection = sd::ClusterConnection::fromConfig(sd::KubeConfig::loadFiles({m_kubeconfig}, true),
                                                              QStringLiteral("kubesim"), &error);
    if (!connection)
        return json();
    sd::KubeClient client(*connection);
    sd::KubeRequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.headers = headers;
    spec.accept = "*/*";
    spec.decodeJson = false;
    spec.idempotent = false;
    spec.timeoutMs = 10'000;
    if (!body.isEmpty()) {
        spec.body = body;
        spec.contentType = "application/json";
    }
    sd::KubeRequest call(&client, spec);
    QSignalSpy finished(&call, &sd::KubeRequest::finished);
    if (!finished.wait(15000))
        return json();
    const auto response = finished.at(0).at(0).value<sd::KubeResponse>();
    if (status)
        *status = response.httpStatus;
    return json::parse(response.body.toStdString(), nullptr, false);
}

void tst_Processes::readinessFollowsTheProbe()
{
    start(QStringLiteral("empty"));
    json bad = container("web", "nginx:1.25");
    bad["readinessProbe"] = httpProbe("/no-such-page");
    createPod(QStringLiteral("web-bad"), {{"containers", json::array({bad})}});
    json good = container("web", "nginx:1.25");
    good["readinessProbe"] = httpProbe("/healthz");
    good["readinessProbe"]["initialDelaySeconds"] = 3;  // after the process listens: no failure at all
    createPod(QStringLiteral("web-good"), {{"containers", json::array({good})}});

    QTRY_VERIFY_WITH_TIMEOUT(podReady(QStringLiteral("web-good")), kWait);
    // The failing probe keeps failing, so the pod stays unready while it runs.
    // (Probes that run before the process listens are refused; then the path answers 404.)
    QTRY_VERIFY_WITH_TIMEOUT(eventMessages(QStringLiteral("web-bad"), "Unhealthy")
                                 .contains(QStringLiteral("Readiness probe failed: HTTP probe failed with statuscode: 404")),
                             kWait);
    QCOMPARE(objects::str(get(objects::kPods, QStringLiteral("web-bad"))["status"], "phase"), QStringLiteral("Running"));
    QVERIFY(!podReady(QStringLiteral("web-bad")));
    QVERIFY(eventMessages(QStringLiteral("web-good"), "Unhealthy").isEmpty());

    // A TCP probe on a port nothing listens on is refused with the pod's own address.
    json tcp = container("web", "nginx:1.25");
    tcp["readinessProbe"] = {{"tcpSocket", {{"port", 9999}}}, {"periodSeconds", 2}};
    createPod(QStringLiteral("web-tcp"), {{"containers", json::array({tcp})}});
    QTRY_VERIFY_WITH_TIMEOUT(eventMessages(QStringLiteral("web-tcp"), "Unhealthy").size() >= 1, kWait);
    const QString ip = objects::str(get(objects::kPods, QStringLiteral("web-tcp"))["status"], "podIP");
    QCOMPARE(eventMessages(QStringLiteral("web-tcp"), "Unhealthy").first(),
             QStringLiteral("Readiness probe failed: dial tcp %1:9999: connect: connection refused").arg(ip));
    QVERIFY(!podReady(QStringLiteral("web-tcp")));
}

void tst_Processes::livenessFailureRestarts()
{
    start(QStringLiteral("empty"));
    json c = container("main", "busybox:1.36");
    c["args"] = {"/bin/sh", "-c", "sleep 3600"};
    c["livenessProbe"] = {{"exec", {{"command", {"cat", "/tmp/healthy"}}}}, {"periodSeconds", 2}, {"failureThreshold", 2}};
    createPod(QStringLiteral("live"), {{"containers", json::array({c})}});
    QTRY_VERIFY_WITH_TIMEOUT(containerStatus(QStringLiteral("live")).value("restartCount", 0) >= 1, kWait);
    QVERIFY(eventMessages(QStringLiteral("live"), "Unhealthy")
                .contains(QStringLiteral("Liveness probe failed: cat: /tmp/healthy: No such file or directory")));
    QVERIFY(eventMessages(QStringLiteral("live"), "Killing")
                .contains(QStringLiteral("Container main failed liveness probe, will be restarted")));
    const json last = containerStatus(QStringLiteral("live"))["lastState"]["terminated"];
    QCOMPARE(last.value("exitCode", 0), 137);

    // The same probe passes when the container's command creates the file.
    json healthy = container("main", "busybox:1.36");
    healthy["args"] = {"/bin/sh", "-c", "touch /tmp/healthy; sleep 3600"};
    healthy["livenessProbe"] = c["livenessProbe"];
    healthy["readinessProbe"] = c["livenessProbe"];
    createPod(QStringLiteral("alive"), {{"containers", json::array({healthy})}});
    QTRY_VERIFY_WITH_TIMEOUT(podReady(QStringLiteral("alive")), kWait);
    QCOMPARE(containerStatus(QStringLiteral("alive")).value("restartCount", -1), 0);
}

void tst_Processes::memoryGrowthIsOomKilled()
{
    start(QStringLiteral("empty"));
    json c = container("main", "busybox:1.36");
    c["resources"] = {{"requests", {{"memory", "64Mi"}}}, {"limits", {{"memory", "128Mi"}}}};
    createPod(QStringLiteral("leaky"), {{"containers", json::array({c})}},
              {{"kubesim.stackdeck.io/memory-growth", "main=32Mi"}});
    QTRY_VERIFY_WITH_TIMEOUT(containerStatus(QStringLiteral("leaky")).value("restartCount", 0) >= 1, kWait);
    const json last = containerStatus(QStringLiteral("leaky"))["lastState"]["terminated"];
    QCOMPARE(QString::fromStdString(last.value("reason", std::string())), QStringLiteral("OOMKilled"));
    QCOMPARE(last.value("exitCode", 0), 137);
}

void tst_Processes::proxyReachesTheProcess()
{
    start(QStringLiteral("empty"));
    json c = container("exporter", "bitnami/node-exporter:1.8.2");
    c["ports"] = json::array({{{"name", "metrics"}, {"containerPort", 9100}}});
    c["readinessProbe"] = {{"httpGet", {{"path", "/metrics"}, {"port", "metrics"}}}, {"periodSeconds", 2}};
    createPod(QStringLiteral("exporter"), {{"containers", json::array({c})}});
    QVERIFY(objects::create(store(), objects::kServices,
                            {{"apiVersion", "v1"}, {"kind", "Service"},
                             {"metadata", {{"name", "exporter"}, {"namespace", "default"}}},
                             {"spec", {{"selector", {{"app", "exporter"}}}, {"clusterIP", "10.96.7.7"},
                                       {"ports", json::array({{{"name", "metrics"}, {"port", 9100}, {"targetPort", "metrics"}}})}}}}));
    // Before any endpoint is ready: the real server's 503 Status.
    int status = 0;
    json answer = request("GET", QStringLiteral("/api/v1/namespaces/default/services/nothing:80/proxy/metrics"), {}, {}, &status);
    QCOMPARE(status, 404);
    QCOMPARE(QString::fromStdString(answer.value("message", std::string())), QStringLiteral("services \"nothing\" not found"));

    QTRY_VERIFY_WITH_TIMEOUT(podReady(QStringLiteral("exporter")), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(!get(objects::kEndpoints, QStringLiteral("exporter")).value("subsets", json::array()).empty(), kWait);
    QString error;
    const auto connection = sd::ClusterConnection::fromConfig(sd::KubeConfig::loadFiles({m_kubeconfig}, true),
                                                              QStringLiteral("kubesim"), &error);
    QVERIFY2(connection, qPrintable(error));

    // Our own client: a Prometheus scrape through the Service proxy.
    {
        sd::KubeClient client(*connection);
        sd::KubeRequestSpec spec;
        spec.path = QStringLiteral("/api/v1/namespaces/default/services/exporter:metrics/proxy/metrics");
        spec.accept = "*/*";
        spec.decodeJson = false;
        sd::KubeRequest call(&client, spec);
        QSignalSpy finished(&call, &sd::KubeRequest::finished);
        QVERIFY(finished.wait(15000));
        const auto response = finished.at(0).at(0).value<sd::KubeResponse>();
        QCOMPARE(response.httpStatus, 200);
        QVERIFY2(response.body.contains("process_cpu_seconds_total "), response.body.constData());
    }
    // A port the Service does not have, and the pods proxy to a port nothing listens on.
    answer = request("GET", QStringLiteral("/api/v1/namespaces/default/services/exporter:9200/proxy/"), {}, {}, &status);
    QCOMPARE(status, 503);
    const QString ip = objects::str(get(objects::kPods, QStringLiteral("exporter"))["status"], "podIP");
    answer = request("GET", QStringLiteral("/api/v1/namespaces/default/pods/exporter:9101/proxy/metrics"), {}, {}, &status);
    QCOMPARE(status, 503);
    QCOMPARE(QString::fromStdString(answer.value("message", std::string())),
             QStringLiteral("error trying to reach service: dial tcp %1:9101: connect: connection refused").arg(ip));

    // Real kubectl: get --raw through the pods proxy.
    for (const QString &version : {QStringLiteral("1.27"), QStringLiteral("1.33")}) {
        const QString kubectl = kubectlPath(version);
        if (kubectl.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("kubectl missing");
            QSKIP("kubectl.1.NN not found beside the kubectl dispatcher");
        }
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
        p.setProcessEnvironment(env);
        p.start(kubectl, {QStringLiteral("get"), QStringLiteral("--raw"),
                          QStringLiteral("/api/v1/namespaces/default/pods/exporter:9100/proxy/metrics")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.contains("go_goroutines "), out.constData());
        p.start(kubectl, {QStringLiteral("get"), QStringLiteral("--raw"),
                          QStringLiteral("/api/v1/namespaces/default/services/exporter:metrics/proxy/no-such-path")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(p.readAllStandardError().contains("NotFound"), "a backend 404 reaches kubectl as 404");
    }
}

void tst_Processes::openImWrongMongoPasswordCrashLoopsUntilFixed()
{
    start(QStringLiteral("kubeblocks"));
    const QString ns = QStringLiteral("im");
    QVERIFY(objects::create(store(), QStringLiteral("/namespaces"),
                            {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "im"}}}, {"status", {{"phase", "Active"}}}}));
    const auto cluster = [&](const char *name, const char *def, const char *topology, const char *comp, const char *version) {
        return json{{"apiVersion", "apps.kubeblocks.io/v1"}, {"kind", "Cluster"},
                    {"metadata", {{"name", name}, {"namespace", "im"}}},
                    {"spec", {{"terminationPolicy", "Delete"}, {"clusterDef", def}, {"topology", topology},
                              {"componentSpecs", json::array({{{"name", comp}, {"serviceVersion", version}, {"replicas", 1},
                                                               {"resources", {{"limits", {{"cpu", "0.5"}, {"memory", "0.5Gi"}}},
                                                                              {"requests", {{"cpu", "0.5"}, {"memory", "0.5Gi"}}}}},
                                                               {"volumeClaimTemplates", json::array({{{"name", "data"},
                                                                   {"spec", {{"accessModes", {"ReadWriteOnce"}},
                                                                             {"resources", {{"requests", {{"storage", "1Gi"}}}}}}}}})}}})}}}};
    };
    QVERIFY(objects::create(store(), QStringLiteral("apps.kubeblocks.io/clusters"), cluster("im-mongo", "mongodb", "replicaset", "mongodb", "6.0.27")));
    QVERIFY(objects::create(store(), QStringLiteral("apps.kubeblocks.io/clusters"), cluster("im-redis", "redis", "standalone", "redis", "7.2.4")));
    const auto phase = [&](const char *name) {
        return objects::str(get(QStringLiteral("apps.kubeblocks.io/clusters"), QLatin1String(name), ns).value("status", json::object()),
                            "phase");
    };
    QTRY_COMPARE_WITH_TIMEOUT(phase("im-mongo"), QStringLiteral("Running"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(phase("im-redis"), QStringLiteral("Running"), 60000);
    QVERIFY(objects::create(store(), objects::kConfigMaps, openImConfigMap(ns)));
    // The Secret OpenIM gets its MongoDB credentials from, with a wrong password.
    QVERIFY(objects::create(store(), objects::kSecrets,
                            {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", {{"name", "openim-mongo"}, {"namespace", "im"}}},
                             {"data", {{"username", QByteArray("root").toBase64().toStdString()},
                                       {"password", QByteArray("not-the-password").toBase64().toStdString()}}}}));
    json c = {{"name", "openim-rpc-user"}, {"image", "openim/openim-rpc-user:v3.8.3"},
              {"ports", json::array({{{"name", "grpc"}, {"containerPort", 10320}}, {{"name", "metrics"}, {"containerPort", 12320}}})},
              {"env", json::array({{{"name", "CONFIG_PATH"}, {"value", "/config"}},
                                   secretEnv("IMENV_MONGODB_USERNAME", "openim-mongo", "username"),
                                   secretEnv("IMENV_MONGODB_PASSWORD", "openim-mongo", "password"),
                                   secretEnv("IMENV_REDIS_PASSWORD", "im-redis-redis-account-default", "password")})},
              {"readinessProbe", {{"tcpSocket", {{"port", "grpc"}}}, {"initialDelaySeconds", 5}, {"periodSeconds", 10}}},
              {"volumeMounts", json::array({{{"name", "config"}, {"mountPath", "/config"}, {"readOnly", true}}})}};
    QVERIFY(objects::create(store(), objects::kPods,
                            {{"apiVersion", "v1"}, {"kind", "Pod"},
                             {"metadata", {{"name", "user-rpc"}, {"namespace", "im"}, {"labels", {{"app", "user-rpc"}}}}},
                             {"spec", {{"containers", json::array({c})},
                                       {"volumes", json::array({{{"name", "config"}, {"configMap", {{"name", "openim-config"}}}}})}}},
                             {"status", {{"phase", "Pending"}}}}));

    const auto waiting = [&] {
        return objects::str(containerStatus(QStringLiteral("user-rpc"), ns).value("state", json::object()).value("waiting", json::object()),
                            "reason");
    };
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), QStringLiteral("CrashLoopBackOff"), 60000);
    const json last = containerStatus(QStringLiteral("user-rpc"), ns)["lastState"]["terminated"];
    QCOMPARE(last.value("exitCode", 0), 255);
    // During the back-off `kubectl logs` shows the crashed instance; once restarted, --previous does.
    QByteArray log;
    for (bool previous : {true, false}) {
        for (const auto &l : m_cluster->logs()->lines(ns, QStringLiteral("user-rpc"), QStringLiteral("openim-rpc-user"), previous))
            log += l.text + '\n';
    }
    QVERIFY2(log.contains("openim-rpc-user exit -1: failed to connect to MongoDB, URI=mongodb://root:****@im-mongo-mongodb.im.svc:27017/"),
             log.constData());
    QVERIFY2(log.contains("(AuthenticationFailed) Authentication failed."), log.constData());
    QVERIFY2(log.contains("\t\x1b[31mERROR\x1b[0m\t"), log.constData());
    QVERIFY(!log.contains("not-the-password"));
    QVERIFY(!podReady(QStringLiteral("user-rpc"), ns));

    // Fix the Secret with the password of KubeBlocks' root account: the next start succeeds.
    const json account = get(objects::kSecrets, QStringLiteral("im-mongo-mongodb-account-root"), ns);
    QVERIFY(account.is_object());
    objects::update(store(), objects::kSecrets, ns, QStringLiteral("openim-mongo"),
                    [&](json &s) { s["data"]["password"] = account["data"]["password"]; });
    QTRY_VERIFY_WITH_TIMEOUT(podReady(QStringLiteral("user-rpc"), ns), 60000);
    QVERIFY(containerStatus(QStringLiteral("user-rpc"), ns).value("restartCount", 0) >= 1);
    int status = 0;

    // openim-api's admin-token call through the Service proxy, sent as the deploy engine sends it
    // (DeployEngine::verify): it needs the share secret and a ready auth RPC behind it.
    QVERIFY(objects::create(store(), objects::kSecrets,
                            {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", {{"name", "openim-secret"}, {"namespace", "im"}}},
                             {"data", {{"share-secret", QByteArray("s3cret-share").toBase64().toStdString()}}}}));
    const auto openImPod = [&](const char *pod, const char *image, const char *port, int number, json env) {
        env.push_back({{"name", "CONFIG_PATH"}, {"value", "/config"}});
        env.push_back(secretEnv("IMENV_SHARE_SECRET", "openim-secret", "share-secret"));
        env.push_back(secretEnv("IMENV_REDIS_PASSWORD", "im-redis-redis-account-default", "password"));
        json spec = {{"name", image}, {"image", std::string("openim/") + image + ":v3.8.3"},
                     {"ports", json::array({{{"name", port}, {"containerPort", number}}})}, {"env", env},
                     {"readinessProbe", {{"tcpSocket", {{"port", port}}}, {"initialDelaySeconds", 5}, {"periodSeconds", 10}}},
                     {"volumeMounts", json::array({{{"name", "config"}, {"mountPath", "/config"}}})}};
        return objects::create(store(), objects::kPods,
                               {{"apiVersion", "v1"}, {"kind", "Pod"},
                                {"metadata", {{"name", pod}, {"namespace", "im"}, {"labels", {{"app", pod}}}}},
                                {"spec", {{"containers", json::array({spec})},
                                          {"volumes", json::array({{{"name", "config"}, {"configMap", {{"name", "openim-config"}}}}})}}},
                                {"status", {{"phase", "Pending"}}}}).has_value();
    };
    const auto service = [&](const char *name, const char *app, const char *port, int number, const char *ip) {
        return objects::create(store(), objects::kServices,
                               {{"apiVersion", "v1"}, {"kind", "Service"}, {"metadata", {{"name", name}, {"namespace", "im"}}},
                                {"spec", {{"selector", {{"app", app}}}, {"clusterIP", ip},
                                          {"ports", json::array({{{"name", port}, {"port", number}, {"targetPort", port}}})}}}})
            .has_value();
    };
    // The auth RPC takes MongoDB's credentials straight from KubeBlocks' account Secret, as Stackdeck wires them.
    QVERIFY(openImPod("auth-rpc", "openim-rpc-auth", "grpc", 10200,
                      json::array({secretEnv("IMENV_MONGODB_USERNAME", "im-mongo-mongodb-account-root", "username"),
                                   secretEnv("IMENV_MONGODB_PASSWORD", "im-mongo-mongodb-account-root", "password")})));
    QVERIFY(openImPod("api", "openim-api", "http", 10002, json::array()));
    QVERIFY(service("auth-rpc-service", "auth-rpc", "grpc", 10200, "10.96.8.1"));
    QVERIFY(service("openim-api-service", "api", "http", 10002, "10.96.8.2"));
    QTRY_VERIFY_WITH_TIMEOUT(podReady(QStringLiteral("auth-rpc"), ns) && podReady(QStringLiteral("api"), ns), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!get(objects::kEndpoints, QStringLiteral("auth-rpc-service"), ns).value("subsets", json::array()).empty()
                                 && !get(objects::kEndpoints, QStringLiteral("openim-api-service"), ns).value("subsets", json::array()).empty(),
                             60000);
    const QString tokenPath = QStringLiteral("/api/v1/namespaces/im/services/openim-api-service:http/proxy/auth/get_admin_token");
    const QList<QPair<QByteArray, QByteArray>> operation = {{"operationID", "stackdeck-verify-1"}};
    json token = request("POST", tokenPath, R"({"secret":"s3cret-share","userID":"imAdmin"})", operation, &status);
    QCOMPARE(status, 200);
    QCOMPARE(token.value("errCode", -1), 0);
    QCOMPARE(token["data"].value("expireTimeSeconds", 0), 7776000);
    QCOMPARE(QString::fromStdString(token["data"].value("token", std::string())).count(QLatin1Char('.')), 2);
    token = request("POST", tokenPath, R"({"secret":"wrong","userID":"imAdmin"})", operation, &status);
    QCOMPARE(status, 200);
    QCOMPARE(token.value("errCode", -1), 1002);
    QCOMPARE(QString::fromStdString(token.value("errMsg", std::string())), QStringLiteral("NoPermissionError"));

    // Its metrics port answers through the pods proxy, with figures that move.
    (void)request("GET", QStringLiteral("/api/v1/namespaces/im/pods/user-rpc:12320/proxy/metrics"), {}, {}, &status);
    QCOMPARE(status, 200);
    // The gRPC port is no HTTP server: the proxy reports what Go's client makes of the answer.
    const json grpc = request("GET", QStringLiteral("/api/v1/namespaces/im/pods/user-rpc:10320/proxy/"), {}, {}, &status);
    QCOMPARE(status, 503);
    QVERIFY(QString::fromStdString(grpc.value("message", std::string())).contains(QStringLiteral("malformed HTTP response")));
}

QTEST_GUILESS_MAIN(tst_Processes)
#include "tst_processes.moc"
