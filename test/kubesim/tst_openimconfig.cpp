// The simulated OpenIM processes read what Stackdeck deploys: every OpenIM server Deployment the
// manifest generator makes for the shipped dev stack gets past config loading (its ConfigMap files
// and IMENV_ overrides decode against the v3.8.3 schema), and what the schema refuses is refused in
// viper/mapstructure's words (the keys of the older upstream ConfigMap, bad values, missing files).
#include "kubesim/containerenv.h"
#include "kubesim/objects.h"
#include "kubesim/openimconfig.h"
#include "kubesim/openimprocess.h"
#include "kubesim/store.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"

#include <QTest>

using json = nlohmann::json;
namespace objects = sd::sim::objects;

class tst_OpenImConfig : public QObject
{
    Q_OBJECT
private slots:
    void generatedStackPassesConfigLoading();
    void refusesWhatTheSchemaDoesNot_data();
    void refusesWhatTheSchemaDoesNot();
    void envOverridesKeysTheFileHas();
};

void tst_OpenImConfig::generatedStackPassesConfigLoading()
{
    const auto loaded = sd::StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"));
    QVERIFY(loaded.stack);
    const sd::ManifestSet set = sd::ManifestGenerator().generate(*loaded.stack);
    sd::sim::Store store;
    const QString ns = loaded.stack->ns;
    std::vector<json> deployments;
    for (const auto &ordered : set.objects) {
        const json object = json::parse(ordered.dump());
        const QString kind = objects::str(object, "kind");
        if (kind == QLatin1String("ConfigMap"))
            QVERIFY(objects::create(&store, objects::kConfigMaps, object));
        else if (kind == QLatin1String("Deployment"))
            deployments.push_back(object);
    }
    // The Secrets the Deployments reference: Stackdeck's own (generated values) and KubeBlocks' accounts.
    std::map<std::string, json> secrets;
    for (const auto &d : deployments) {
        for (const auto &e : d["spec"]["template"]["spec"]["containers"][0].value("env", json::array())) {
            if (e.contains("valueFrom"))
                secrets[e["valueFrom"]["secretKeyRef"]["name"]][e["valueFrom"]["secretKeyRef"]["key"].get<std::string>()]
                    = QByteArray("value").toBase64().toStdString();
        }
    }
    for (const auto &[name, data] : secrets)
        QVERIFY(objects::create(&store, objects::kSecrets,
                                {{"apiVersion", "v1"}, {"kind", "Secret"},
                                 {"metadata", {{"name", name}, {"namespace", ns.toStdString()}}}, {"data", data}}));
    int openIm = 0;
    for (const auto &d : deployments) {
        json pod = {{"metadata", {{"name", objects::name(d).toStdString() + "-0"}, {"namespace", ns.toStdString()}}},
                    {"spec", d["spec"]["template"]["spec"]}};
        const json container = pod["spec"]["containers"][0];
        const sd::sim::ContainerEnv env = sd::sim::ContainerEnv::resolve(&store, pod, container, QStringLiteral("10.244.1.30"));
        if (!sd::sim::OpenImProcess::handles(env))
            continue;  // Chat: not simulated beyond the generic process
        ++openIm;
        sd::sim::OpenImProcess process(env);
        const auto startup = process.start({&store, nullptr});
        QByteArray lines;
        for (const QByteArray &l : startup.lines)
            lines += l + '\n';
        // No datastore Services exist here: a process that connects fails on DNS, after its config loaded.
        QVERIFY2(!lines.contains("failed to read config file") && !lines.contains("failed to unmarshal config")
                     && !lines.contains("index out of range") && !lines.contains("unsupported discovery type"),
                 lines.constData());
        QVERIFY2(startup.exitCode == 0 || lines.contains("no such host"), lines.constData());
        QVERIFY2(startup.exitCode != 0 || !process.listenPorts().isEmpty()
                     || env.imageName() == QLatin1String("openim-crontask"),
                 qPrintable(env.imageName()));
    }
    QVERIFY(openIm >= 10);
}

void tst_OpenImConfig::refusesWhatTheSchemaDoesNot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("older ConfigMap key") << "redis.yml" << QByteArray("address: [r:6379]\nclusterMode: false\n")
                                         << "failed to unmarshal config, path=/config/redis.yml, envPrefix=IMENV_REDIS: 1 error(s) "
                                            "decoding:\n\n* '' has invalid keys: clusterMode";
    QTest::newRow("3.8.3 tag admin key") << "share.yml" << QByteArray("secret: x\nimAdminUserID: [imAdmin]\n")
                                         << "* '' has invalid keys: imAdminUserID";
    QTest::newRow("nested unknown") << "mongodb.yml" << QByteArray("replicaSet:\n  name: rs0\n  members: 3\n")
                                    << "* 'replicaSet' has invalid keys: members";
    QTest::newRow("not an int") << "redis.yml" << QByteArray("db: first\n")
                                << "* cannot parse 'db' as int: strconv.ParseInt: parsing \"first\": invalid syntax";
    QTest::newRow("map for a string") << "mongodb.yml" << QByteArray("database:\n  name: openim\n")
                                      << "* 'database' expected type 'string', got unconvertible type 'map[string]interface {}'";
    QTest::newRow("yaml syntax") << "log.yml" << QByteArray("isStdout: true\n  remainLogLevel: : 4\n")
                                 << "failed to read config file, path=/config/log.yml, envPrefix=IMENV_LOG: While parsing config: yaml: line";
    QTest::newRow("missing file") << "kafka.yml" << QByteArray()
                                  << "failed to read config file, path=/config/kafka.yml, envPrefix=IMENV_KAFKA: open "
                                     "/config/kafka.yml: no such file or directory";
}

void tst_OpenImConfig::refusesWhatTheSchemaDoesNot()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    sd::sim::ContainerEnv env;
    env.env.insert(QStringLiteral("CONFIG_PATH"), QStringLiteral("/config"));
    if (!content.isEmpty())
        env.files.insert(QStringLiteral("/config/") + file, content);
    QString message;
    QVERIFY(!sd::sim::OpenImConfig::load(env, file, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void tst_OpenImConfig::envOverridesKeysTheFileHas()
{
    sd::sim::ContainerEnv env;
    env.env.insert(QStringLiteral("CONFIG_PATH"), QStringLiteral("/config/"));
    env.files.insert(QStringLiteral("/config/redis.yml"), "address: []\npassword: ''\ndb: 0\n");
    env.env.insert(QStringLiteral("IMENV_REDIS_ADDRESS"), QStringLiteral("a:6379,b:6379"));
    env.env.insert(QStringLiteral("IMENV_REDIS_PASSWORD"), QStringLiteral("pw"));
    env.env.insert(QStringLiteral("IMENV_REDIS_DB"), QStringLiteral("2"));
    env.env.insert(QStringLiteral("IMENV_REDIS_USERNAME"), QStringLiteral("ignored: not in the file"));
    QString error;
    const auto redis = sd::sim::OpenImConfig::load(env, QStringLiteral("redis.yml"), &error);
    QVERIFY2(redis, qPrintable(error));
    QVERIFY2((*redis)["address"] == json({"a:6379", "b:6379"}), redis->dump().c_str());
    QVERIFY((*redis)["password"] == json("pw"));
    QVERIFY((*redis)["db"] == json(2));
    QVERIFY(!redis->contains("username"));
    QCOMPARE(sd::sim::OpenImConfig::envPrefix(QStringLiteral("openim-rpc-user.yml")), QStringLiteral("IMENV_OPENIM_RPC_USER"));
}

QTEST_GUILESS_MAIN(tst_OpenImConfig)
#include "tst_openimconfig.moc"
