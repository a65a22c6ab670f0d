#include "stack/bundleexporter.h"
#include "stack/manifestgenerator.h"
#include "stack/openimconfigrenderer.h"
#include "stack/stackfile.h"
#include "stack/yamlwriter.h"

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sd;
using Json = nlohmann::ordered_json;

namespace {

Stack loadStack(const QString &name)
{
    // Shipped stacks, and a Chat-enabled one that only tests use.
    const QString shipped = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/%1.yaml").arg(name);
    const QString test = QStringLiteral(SD_SOURCE_DIR "/test/data/stack/%1.yaml").arg(name);
    return StackFile::load(QFile::exists(shipped) ? shipped : test).stack.value_or(Stack{});
}

QList<Json> ofKind(const ManifestSet &set, const char *kind)
{
    QList<Json> out;
    for (const auto &o : set.objects) {
        if (o.value("kind", std::string()) == kind)
            out.append(o);
    }
    return out;
}

} // namespace

class tst_Manifests : public QObject
{
    Q_OBJECT
private slots:
    // The bundle for each shipped stack is compared byte for byte with a golden file that was
    // reviewed by hand. Run with SD_UPDATE_GOLDEN=1 to rewrite them after an intended change.
    void golden_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::newRow("dev") << QStringLiteral("openim-dev");
        QTest::newRow("production") << QStringLiteral("openim-production");
        QTest::newRow("chat") << QStringLiteral("openim-chat");
    }
    void golden()
    {
        QFETCH(QString, stack);
        const Stack s = loadStack(stack);
        QVERIFY(!s.name.isEmpty());
        const auto result = BundleExporter::exportStack(s);
        QVERIFY(!hasErrors(result.issues));
        QVERIFY(!result.text.isEmpty());
        const QString path
            = QStringLiteral(SD_SOURCE_DIR "/test/data/stack/golden/%1.bundle.yaml").arg(stack);
        if (qEnvironmentVariableIsSet("SD_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(result.text);
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(result.text, golden.readAll());
        // Deterministic: a second run gives the same bytes.
        QCOMPARE(BundleExporter::exportStack(s).text, result.text);
    }

    void everyObjectIsLabelled()
    {
        const Stack s = loadStack(QStringLiteral("openim-production"));
        const ManifestSet set = ManifestGenerator().generate(s);
        QVERIFY(set.objects.size() > 20);
        for (const auto &o : set.objects) {
            const auto &labels = o.at("metadata").at("labels");
            QCOMPARE(labels.at("app.kubernetes.io/managed-by").get<std::string>(),
                     std::string("stackdeck"));
            QCOMPARE(labels.at("app.kubernetes.io/part-of").get<std::string>(),
                     std::string("openim-prod"));
            if (o.at("kind") != "Namespace")
                QCOMPARE(o.at("metadata").at("namespace").get<std::string>(),
                         std::string("openim"));
        }
        for (const auto &d : ofKind(set, "Deployment")) {
            const auto &pod = d.at("spec").at("template").at("metadata").at("labels");
            QVERIFY(pod.at("app.kubernetes.io/component") == d.at("metadata").at("name"));
            for (auto it = d.at("spec").at("selector").at("matchLabels").begin();
                 it != d.at("spec").at("selector").at("matchLabels").end();
                 ++it)
                QVERIFY(pod.at(it.key()) == it.value());
        }
    }

    void credentialsOnlyThroughSecretKeyRef()
    {
        const Stack s = loadStack(QStringLiteral("openim-production"));
        const ManifestSet set = ManifestGenerator().generate(s);
        static const QRegularExpression sensitive(
            QStringLiteral("PASSWORD|SECRET|ACCESSKEY|USERNAME"));
        int secretRefs = 0;
        for (const auto &d : ofKind(set, "Deployment")) {
            for (const auto &c : d.at("spec").at("template").at("spec").at("containers")) {
                for (const auto &e : c.at("env")) {
                    const QString name = QString::fromStdString(e.at("name").get<std::string>());
                    if (sensitive.match(name).hasMatch()) {
                        QVERIFY2(!e.contains("value"), qPrintable(name));
                        QVERIFY(e.at("valueFrom").contains("secretKeyRef"));
                        ++secretRefs;
                    }
                }
            }
        }
        QVERIFY(secretRefs > 20);
        // The ConfigMap carries no credential values.
        const Json cm = ofKind(set, "ConfigMap").first();
        for (const char *file :
             {"mongodb.yml", "redis.yml", "kafka.yml", "minio.yml", "share.yml"}) {
            const YAML::Node doc = YAML::Load(cm.at("data").at(file).get<std::string>());
            for (const char *key :
                 {"password", "secret", "secretAccessKey", "accessKeyID", "username"}) {
                if (doc[key])
                    QVERIFY2(doc[key].Scalar().empty(), file);
            }
        }
        QVERIFY(set.ownedSecrets.size() == 1);
        QCOMPARE(set.ownedSecrets.first().name, QStringLiteral("openim-secret"));
    }

    void betterThanUpstream()
    {
        const Stack s = loadStack(QStringLiteral("openim-production"));
        const ManifestSet set = ManifestGenerator().generate(s);
        static const QRegularExpression portName(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
        bool sawGateway = false;
        for (const auto &svc : ofKind(set, "Service")) {
            const auto &ports = svc.at("spec").at("ports");
            for (const auto &p : ports)
                QVERIFY(portName.match(QString::fromStdString(p.at("name").get<std::string>()))
                            .hasMatch());
            const std::string name = svc.at("metadata").at("name");
            if (name.find("rpc-service") != std::string::npos)
                QCOMPARE(ports.at(0).at("name").get<std::string>(), std::string("grpc"));
            if (name == "messagegateway-rpc-service") {
                sawGateway = true;
                QCOMPARE(svc.at("spec").at("type").get<std::string>(), std::string("ClusterIP"));
            }
        }
        QVERIFY(sawGateway);
        for (const auto &d : ofKind(set, "Deployment")) {
            const auto &pod = d.at("spec").at("template").at("spec");
            QCOMPARE(pod.at("serviceAccountName").get<std::string>(), std::string("openim"));
            for (const auto &c : pod.at("containers")) {
                for (const char *kind : {"requests", "limits"}) {
                    QVERIFY(c.at("resources").at(kind).contains("cpu"));
                    QVERIFY(c.at("resources").at(kind).contains("memory"));
                }
                QVERIFY(c.dump().find("/healthz") == std::string::npos);
                if (c.contains("readinessProbe"))
                    QVERIFY(c.at("readinessProbe").contains("tcpSocket"));
            }
            if (d.at("metadata").at("name") == "openim-crontask") {
                QCOMPARE(d.at("spec").at("replicas").get<int>(), 1);
                QCOMPARE(d.at("spec").at("strategy").at("type").get<std::string>(),
                         std::string("Recreate"));
            } else {
                QVERIFY(pod.at("containers").at(0).contains("readinessProbe"));
            }
        }
        // RBAC that discovery needs, namespaced.
        const Json role = ofKind(set, "Role").first();
        const std::string rules = role.at("rules").dump();
        for (const char *r : {"services", "endpoints", "endpointslices", "pods"})
            QVERIFY2(rules.find(r) != std::string::npos, r);
        QVERIFY(ofKind(set, "ClusterRole").isEmpty());
        // Logs reach kubectl logs.
        const Json cm = ofKind(set, "ConfigMap").first();
        QVERIFY(YAML::Load(cm.at("data").at("log.yml").get<std::string>())["isStdout"].as<bool>());
        // The gateway Service for clients is separate from the discovery Service.
        bool external = false;
        for (const auto &svc : ofKind(set, "Service")) {
            if (svc.at("metadata").at("name") == "openim-msggateway-external") {
                external = true;
                QCOMPARE(svc.at("spec").at("type").get<std::string>(), std::string("LoadBalancer"));
                QCOMPARE(svc.at("spec").at("ports").at(0).at("name").get<std::string>(),
                         std::string("ws"));
            }
        }
        QVERIFY(external);
    }

    // Every Service discovery.yml names exists, with its gRPC port first (kuberesolver dials the
    // first port) and named "grpc" (GetConns keeps only ports with that name).
    void discoveryMatchesServices()
    {
        const Stack s = loadStack(QStringLiteral("openim-dev"));
        const ManifestSet set = ManifestGenerator().generate(s);
        const YAML::Node discovery = YAML::Load(
            ofKind(set, "ConfigMap").first().at("data").at("discovery.yml").get<std::string>());
        QCOMPARE(QString::fromStdString(discovery["enable"].Scalar()),
                 QStringLiteral("kubernetes"));
        QCOMPARE(QString::fromStdString(discovery["kubernetes"]["namespace"].Scalar()), s.ns);
        int checked = 0;
        for (const auto &kv : discovery["rpcService"]) {
            const std::string service = kv.second.Scalar();
            bool found = false;
            for (const auto &svc : ofKind(set, "Service")) {
                if (svc.at("metadata").at("name") == service) {
                    found = true;
                    QCOMPARE(svc.at("spec").at("ports").at(0).at("name").get<std::string>(),
                             std::string("grpc"));
                }
            }
            QVERIFY2(found, service.c_str());
            ++checked;
        }
        QCOMPARE(checked, 9);
    }

    void chat()
    {
        const Stack s = loadStack(QStringLiteral("openim-chat"));
        QVERIFY(s.profile.chat);
        const ManifestSet set = ManifestGenerator().generate(s);
        QCOMPARE(ofKind(set, "ConfigMap").size(), 2);
        QCOMPARE(set.ownedSecrets.size(), 1);
        QCOMPARE(set.ownedSecrets.first().keys,
                 QStringList({QStringLiteral("share-secret"),
                              QStringLiteral("chat-admin-token-secret"),
                              QStringLiteral("chat-super-code"),
                              QStringLiteral("chat-admin-account")}));
        int chatDeployments = 0;
        for (const auto &d : ofKind(set, "Deployment")) {
            const std::string name = d.at("metadata").at("name");
            const auto &pod = d.at("spec").at("template").at("spec");
            const std::string configMap = pod.at("volumes").at(0).at("configMap").at("name");
            const std::string env = pod.at("containers").at(0).at("env").dump();
            QCOMPARE(pod.at("imagePullSecrets").at(0).at("name").get<std::string>(),
                     std::string("aliyun-pull"));
            if (name.find("openim-") == 0) {
                QCOMPARE(configMap, std::string("openim-config"));
                QVERIFY(env.find("CHATENV_") == std::string::npos);
                continue;
            }
            ++chatDeployments;
            QCOMPARE(configMap, std::string("openim-chat-config"));
            QVERIFY(env.find("IMENV_") == std::string::npos);
            // The same shared secret on both sides, and Chat's own secrets generated once.
            QVERIFY(env.find("\"CHATENV_SHARE_OPENIM_SECRET\"") != std::string::npos);
            QVERIFY(env.find("\"key\":\"share-secret\"") != std::string::npos);
            QVERIFY(env.find("CHATENV_CHAT_RPC_CHAT_VERIFYCODE_SUPERCODE") != std::string::npos);
            QVERIFY(env.find("CHATENV_CHAT_RPC_ADMIN_SECRET") != std::string::npos);
            QVERIFY(env.find("CHATENV_MONGODB_PASSWORD") != std::string::npos);
            QVERIFY(d.at("spec")
                        .at("template")
                        .at("spec")
                        .at("containers")
                        .at(0)
                        .at("image")
                        .get<std::string>()
                        .find("registry.cn-hangzhou.aliyuncs.com/openimsdk/openim-")
                    == 0);
        }
        QCOMPARE(chatDeployments, 4);
        Json chatConfig;
        for (const auto &cm : ofKind(set, "ConfigMap")) {
            if (cm.at("metadata").at("name") == "openim-chat-config")
                chatConfig = cm.at("data");
        }
        const YAML::Node share = YAML::Load(chatConfig.at("share.yml").get<std::string>());
        QCOMPARE(QString::fromStdString(share["openIM"]["apiURL"].Scalar()),
                 QStringLiteral("http://openim-api-service.openim-chat.svc:10002"));
        QCOMPARE(QString::fromStdString(share["openIM"]["adminUserID"].Scalar()),
                 QStringLiteral("imAdmin"));
        // No well-known defaults: the token secret and super code are empty in the file.
        const YAML::Node admin = YAML::Load(chatConfig.at("chat-rpc-admin.yml").get<std::string>());
        QVERIFY(admin["secret"].Scalar().empty());
        const YAML::Node chat = YAML::Load(chatConfig.at("chat-rpc-chat.yml").get<std::string>());
        QVERIFY(chat["verifyCode"]["superCode"].Scalar().empty());
        QVERIFY(chat["liveKit"]["secret"].Scalar().empty());

        // Without chat: true the same components are refused, and nothing of Chat is generated.
        Stack off = s;
        off.profile.chat = false;
        QVERIFY(hasErrors(BundleExporter::exportStack(off).issues));
        QCOMPARE(ofKind(ManifestGenerator().generate(off), "ConfigMap").size(), 1);
    }

    void clusters()
    {
        const Stack s = loadStack(QStringLiteral("openim-production"));
        const auto clusters = ofKind(ManifestGenerator().generate(s), "Cluster");
        QCOMPARE(clusters.size(), 4);
        for (const auto &c : clusters) {
            QCOMPARE(c.at("apiVersion").get<std::string>(), std::string("apps.kubeblocks.io/v1"));
            QCOMPARE(c.at("spec").at("terminationPolicy").get<std::string>(),
                     std::string("DoNotTerminate"));
        }
        const Json redis = clusters.at(1);
        QCOMPARE(redis.at("spec").at("topology").get<std::string>(), std::string("replication"));
        QCOMPARE(redis.at("spec").at("componentSpecs").size(), size_t(2));
        QCOMPARE(redis.at("spec").at("componentSpecs").at(1).at("name").get<std::string>(),
                 std::string("redis-sentinel"));
        QCOMPARE(redis.at("spec").at("componentSpecs").at(1).at("replicas").get<int>(), 3);
        const Json minio = clusters.at(3);
        QVERIFY(!minio.at("spec").contains("clusterDef"));
        QCOMPARE(minio.at("spec").at("componentSpecs").at(0).at("componentDef").get<std::string>(),
                 std::string("minio"));
        const Json kafka = clusters.at(2);
        QCOMPARE(kafka.at("spec").at("componentSpecs").at(0).at("volumeClaimTemplates").size(),
                 size_t(2));
        // The exporter is KubeBlocks' default; turning it off disables it on every component.
        QVERIFY(!redis.at("spec").at("componentSpecs").at(0).contains("disableExporter"));
        Stack off = s;
        off.datastores[1].exporter = false;
        const Json quiet = ofKind(ManifestGenerator().generate(off), "Cluster").at(1);
        for (const Json &spec : quiet.at("spec").at("componentSpecs"))
            QCOMPARE(spec.at("disableExporter").get<bool>(), true);
        QVERIFY(!redis.at("spec").contains("backup"));
    }

    // A backup schedule becomes the Cluster's spec.backup in KubeBlocks' field names.
    void clusterBackupSchedule()
    {
        Stack s = loadStack(QStringLiteral("openim-production"));
        s.datastores[1].backup = BackupScheduleSpec{true, QStringLiteral("30 2 * * *"),
                                                    QStringLiteral("datafile"), QStringLiteral("14d"),
                                                    QStringLiteral("minio-repo")};
        s.datastores[0].backup = BackupScheduleSpec{false, QStringLiteral("@weekly"),
                                                    QStringLiteral("dump")};
        const auto clusters = ofKind(ManifestGenerator().generate(s), "Cluster");
        const Json nightly = clusters.at(1).at("spec").at("backup");
        QVERIFY2(nightly == Json::parse(R"({"enabled": true, "method": "datafile", "cronExpression": "30 2 * * *",
                                            "retentionPeriod": "14d", "repoName": "minio-repo"})"),
                 nightly.dump().c_str());
        // No repo: the cluster's default BackupRepo, which KubeBlocks picks when repoName is absent.
        const Json weekly = clusters.at(0).at("spec").at("backup");
        QVERIFY2(weekly == Json::parse(R"({"enabled": false, "method": "dump", "cronExpression": "@weekly",
                                           "retentionPeriod": "7d"})"),
                 weekly.dump().c_str());
        QVERIFY(!clusters.at(2).at("spec").contains("backup"));
    }

    // ConfigMap values survive the trip through YAML text exactly (literal blocks, quoting).
    void bundleParsesBack()
    {
        const Stack s = loadStack(QStringLiteral("openim-dev"));
        const auto result = BundleExporter::exportStack(s);
        const auto docs = YAML::LoadAll(result.text.toStdString());
        const ManifestSet set = ManifestGenerator().generate(s);
        QCOMPARE(docs.size(), set.objects.size());
        const Json cm = ofKind(set, "ConfigMap").first();
        bool found = false;
        for (const auto &doc : docs) {
            if (doc["kind"].Scalar() != "ConfigMap")
                continue;
            found = true;
            for (auto it = cm.at("data").begin(); it != cm.at("data").end(); ++it)
                QCOMPARE(QString::fromStdString(doc["data"][it.key()].Scalar()),
                         QString::fromStdString(it.value().get<std::string>()));
        }
        QVERIFY(found);
        for (const auto &doc : docs) {
            if (doc["kind"].Scalar() == "Cluster") {
                // serviceVersion stays a string even when it looks like a number.
                QVERIFY(doc["spec"]["componentSpecs"][0]["serviceVersion"].Tag()
                        != "tag:yaml.org,2002:int");
            }
        }
    }

    void bundleSecrets()
    {
        const Stack s = loadStack(QStringLiteral("openim-dev"));
        const auto plain = BundleExporter::exportStack(s);
        QVERIFY(!plain.text.contains("kind: Secret"));
        QVERIFY(plain.text.contains("# Not included: Secret openim-secret"));
        BundleExporter::Options withSecrets;
        withSecrets.generateSecrets = true;
        const auto a = BundleExporter::exportStack(s, withSecrets);
        const auto b = BundleExporter::exportStack(s, withSecrets);
        QVERIFY(a.text.contains("kind: Secret"));
        QVERIFY(a.text != b.text); // fresh values each time
        const auto docs = YAML::LoadAll(a.text.toStdString());
        for (const auto &doc : docs) {
            if (doc["kind"].Scalar() == "Secret") {
                const QByteArray value = QByteArray::fromBase64(
                    QByteArray::fromStdString(doc["data"]["share-secret"].Scalar()));
                QCOMPARE(value.size(), 32);
            }
        }
    }

    void exportFile()
    {
        const QString dev = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
        const auto same = BundleExporter::exportFile(dev, {});
        QCOMPARE(same.text,
                 BundleExporter::exportStack(loadStack(QStringLiteral("openim-dev"))).text);
        const auto branch = BundleExporter::exportFile(dev, {}, QStringLiteral("im-feature-x"));
        QVERIFY(branch.text.contains("namespace: im-feature-x"));
        QVERIFY(!branch.text.contains("namespace: openim-dev"));
        QVERIFY(branch.text.contains("mongodb-cluster-mongodb-mongodb.im-feature-x.svc:27017"));
        const auto broken = BundleExporter::exportFile(
            QStringLiteral(SD_SOURCE_DIR "/test/data/stack/broken/bad-env.yaml"), {});
        QVERIFY(broken.text.isEmpty());
        QVERIFY(hasErrors(broken.issues));
        QVERIFY(broken.issues.first().line > 0);
        const auto badNs = BundleExporter::exportFile(dev, {}, QStringLiteral("Not_A_Namespace"));
        QVERIFY(badNs.text.isEmpty());
        QVERIFY(hasErrors(badNs.issues));
    }

    void invalidStackHasNoBundle()
    {
        Stack s = loadStack(QStringLiteral("openim-dev"));
        s.datastores[0].name = QStringLiteral("a-very-long-cluster-name");
        const auto result = BundleExporter::exportStack(s);
        QVERIFY(hasErrors(result.issues));
        QVERIFY(result.text.isEmpty());
    }

    void imagesFollowRegistryAndTag()
    {
        Stack s = loadStack(QStringLiteral("openim-dev"));
        const ManifestGenerator gen;
        const ComponentSpec api = *s.component(QStringLiteral("openim-api"));
        QCOMPARE(gen.image(s, api), QStringLiteral("docker.io/openim/openim-api:v3.8.3"));
        s.profile.registry = QStringLiteral("aliyun");
        QCOMPARE(gen.image(s, api),
                 QStringLiteral("registry.cn-hangzhou.aliyuncs.com/openimsdk/openim-api:v3.8.3"));
        s.profile.registry = QStringLiteral("ghcr");
        s.profile.imageTag = QStringLiteral("v3.8.3-patch.16");
        QCOMPARE(gen.image(s, api), QStringLiteral("ghcr.io/openimsdk/openim-api:v3.8.3-patch.16"));
        ComponentSpec custom = api;
        custom.image = QStringLiteral("registry.example.com/im/api");
        custom.tag = QStringLiteral("42");
        QCOMPARE(gen.image(s, custom), QStringLiteral("registry.example.com/im/api:42"));
    }

    void pushProviders()
    {
        Stack s = loadStack(QStringLiteral("openim-dev"));
        s.openim.push.provider = QStringLiteral("getui");
        s.openim.push.credentials = {
            {QStringLiteral("appKey"), {QStringLiteral("push"), QStringLiteral("app")}},
            {QStringLiteral("masterSecret"), {QStringLiteral("push"), QStringLiteral("master")}}};
        ManifestSet set = ManifestGenerator().generate(s);
        QString pushEnv;
        for (const auto &d : ofKind(set, "Deployment")) {
            if (d.at("metadata").at("name") == "openim-push")
                pushEnv = QString::fromStdString(d.dump());
        }
        QVERIFY(pushEnv.contains(QStringLiteral("IMENV_OPENIM_PUSH_GETUI_APPKEY")));
        QVERIFY(pushEnv.contains(QStringLiteral("IMENV_OPENIM_PUSH_GETUI_MASTERSECRET")));
        const Json cm = ofKind(set, "ConfigMap").first();
        QCOMPARE(QString::fromStdString(
                     YAML::Load(cm.at("data").at("openim-push.yml").get<std::string>())["enable"]
                         .Scalar()),
                 QStringLiteral("getui"));

        s.openim.push.provider = QStringLiteral("fcm");
        s.openim.push.credentials = {
            {QStringLiteral("serviceAccount"), {QStringLiteral("fcm"), QStringLiteral("sa.json")}}};
        set = ManifestGenerator().generate(s);
        for (const auto &d : ofKind(set, "Deployment")) {
            const auto &volume = d.at("spec").at("template").at("spec").at("volumes").at(0);
            if (d.at("metadata").at("name") == "openim-push") {
                QVERIFY(volume.contains("projected"));
                QCOMPARE(volume.at("projected")
                             .at("sources")
                             .at(1)
                             .at("secret")
                             .at("items")
                             .at(0)
                             .at("path")
                             .get<std::string>(),
                         std::string(OpenImConfigRenderer::kFcmFileName));
            } else {
                QVERIFY(volume.contains("configMap"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Manifests)
#include "tst_manifests.moc"
