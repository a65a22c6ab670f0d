// Checks generated output against upstream facts that live outside this repository: OpenIM's
// own config files for the profile's schema, the KubeBlocks 1.0 naming as kubeblocks.md writes
// it (typed out below, deliberately not derived from Stackdeck's code) and the KubeBlocks
// Cluster CRD's openAPIV3Schema. The reference folder is SD_REFERENCE_DIR, or ../shared/reference
// next to the source tree. Without it the tests skip; under CI=true they fail.
#include "stack/manifestgenerator.h"
#include "stack/openimcatalog.h"
#include "stack/stackfile.h"
#include "stack/yamlwriter.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace sd;
using Json = nlohmann::ordered_json;

namespace {

QString referenceDir()
{
    const QString env = qEnvironmentVariable("SD_REFERENCE_DIR");
    return env.isEmpty() ? QDir::cleanPath(QStringLiteral(SD_SOURCE_DIR "/../shared/reference"))
                         : env;
}

bool requireReference(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    const QString message
        = QStringLiteral("reference data missing: %1 (set SD_REFERENCE_DIR)").arg(path);
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    else
        QTest::qSkip(qPrintable(message), __FILE__, __LINE__);
    return false;
}

Stack loadStack(const QString &name)
{
    // Shipped stacks, and a Chat-enabled one that only tests use.
    const QString shipped = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/%1.yaml").arg(name);
    const QString test = QStringLiteral(SD_SOURCE_DIR "/test/data/stack/%1.yaml").arg(name);
    return StackFile::load(QFile::exists(shipped) ? shipped : test).stack.value_or(Stack{});
}

Json configMapFiles(const ManifestSet &set, const std::string &name = "openim-config")
{
    for (const auto &o : set.objects) {
        if (o.at("kind") == "ConfigMap" && o.at("metadata").at("name") == name)
            return o.at("data");
    }
    return nullptr;
}

// Key paths of a YAML tree: "a", "a.b", ... (mappings only; lists are values).
void yamlPaths(const YAML::Node &node, const QString &base, QHash<QString, bool> &out)
{
    if (!node.IsMap())
        return;
    for (const auto &kv : node) {
        const QString path
            = base.isEmpty() ? QString::fromStdString(kv.first.Scalar())
                             : base + QLatin1Char('.') + QString::fromStdString(kv.first.Scalar());
        out.insert(path, kv.second.IsMap());
        yamlPaths(kv.second, path, out);
    }
}

// viper's env name for a key: prefix + file stem + key path, '-' and '.' to '_', uppercased.
QString
envFor(const QString &file, const QString &path, const QString &prefix = QStringLiteral("IMENV_"))
{
    QString stem = file.chopped(4); // ".yml"
    return QStringLiteral("%3%1_%2")
        .arg(stem, path, prefix)
        .replace(QLatin1Char('-'), QLatin1Char('_'))
        .replace(QLatin1Char('.'), QLatin1Char('_'))
        .toUpper();
}

QStringList stringList(const YAML::Node &n)
{
    QStringList out;
    for (const auto &item : n)
        out.append(QString::fromStdString(item.Scalar()));
    return out;
}

// Walks a generated object against an openAPIV3Schema: every field must be declared, required
// fields present, enums respected, scalar types right. Returns problems as "path: what".
void checkSchema(const Json &value,
                 const YAML::Node &schema,
                 const QString &path,
                 QStringList &problems)
{
    if (schema["x-kubernetes-preserve-unknown-fields"]
        && schema["x-kubernetes-preserve-unknown-fields"].as<bool>())
        return;
    if (schema["x-kubernetes-int-or-string"] && schema["x-kubernetes-int-or-string"].as<bool>()) {
        if (!value.is_string() && !value.is_number_integer())
            problems.append(path + QStringLiteral(": expected int or string"));
        return;
    }
    const std::string type = schema["type"] ? schema["type"].Scalar() : std::string();
    if (type == "object") {
        if (!value.is_object()) {
            problems.append(path + QStringLiteral(": expected object"));
            return;
        }
        if (schema["required"]) {
            for (const QString &r : stringList(schema["required"])) {
                if (!value.contains(r.toStdString()))
                    problems.append(path + QStringLiteral(": missing required ") + r);
            }
        }
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child = path + QLatin1Char('.') + QString::fromStdString(it.key());
            if (schema["properties"] && schema["properties"][it.key()])
                checkSchema(it.value(), schema["properties"][it.key()], child, problems);
            else if (schema["additionalProperties"])
                checkSchema(it.value(), schema["additionalProperties"], child, problems);
            else
                problems.append(child + QStringLiteral(": not in the schema"));
        }
    } else if (type == "array") {
        if (!value.is_array()) {
            problems.append(path + QStringLiteral(": expected array"));
            return;
        }
        for (size_t i = 0; i < value.size(); ++i)
            checkSchema(
                value.at(i), schema["items"], path + QStringLiteral("[%1]").arg(i), problems);
    } else if (type == "string") {
        if (!value.is_string())
            problems.append(path + QStringLiteral(": expected string"));
        else if (schema["enum"]
                 && !stringList(schema["enum"])
                         .contains(QString::fromStdString(value.get<std::string>())))
            problems.append(path + QStringLiteral(": value not in enum"));
        else if (schema["maxLength"]
                 && int(value.get<std::string>().size()) > schema["maxLength"].as<int>())
            problems.append(path + QStringLiteral(": longer than maxLength"));
    } else if (type == "integer") {
        if (!value.is_number_integer())
            problems.append(path + QStringLiteral(": expected integer"));
    } else if (type == "boolean") {
        if (!value.is_boolean())
            problems.append(path + QStringLiteral(": expected boolean"));
    }
}

} // namespace

class tst_UpstreamSchema : public QObject
{
    Q_OBJECT
private slots:
    void configKeysExistUpstream_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::addColumn<QString>("group");
        QTest::newRow("dev") << QStringLiteral("openim-dev") << QStringLiteral("server");
        QTest::newRow("production")
            << QStringLiteral("openim-production") << QStringLiteral("server");
        QTest::newRow("chat: server") << QStringLiteral("openim-chat") << QStringLiteral("server");
        QTest::newRow("chat: chat") << QStringLiteral("openim-chat") << QStringLiteral("chat");
    }
    void configKeysExistUpstream()
    {
        QFETCH(QString, stack);
        QFETCH(QString, group);
        const Stack s = loadStack(stack);
        const auto *profile = OpenImCatalog::builtIn().profile(s.profile.release);
        QVERIFY(profile);
        const auto *g = profile->group(group);
        QVERIFY(g);
        const QString upstream = referenceDir() + QStringLiteral("/openim/") + g->upstreamConfigDir;
        if (!requireReference(upstream))
            return;

        const ManifestSet set = ManifestGenerator().generate(s);
        const Json files = configMapFiles(set, g->configMap.toStdString());
        QVERIFY(files.is_object());
        QSet<QString> upstreamEnv;
        QSet<QString> ourEnv;
        int keys = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QString file = QString::fromStdString(it.key());
            const QString upstreamFile = upstream + QLatin1Char('/') + file;
            QVERIFY2(QFile::exists(upstreamFile),
                     qPrintable(file + QStringLiteral(" has no upstream counterpart")));
            QHash<QString, bool> theirs;
            yamlPaths(YAML::LoadFile(upstreamFile.toStdString()), QString(), theirs);
            QHash<QString, bool> ours;
            yamlPaths(YAML::Load(it.value().get<std::string>()), QString(), ours);
            for (auto k = ours.cbegin(); k != ours.cend(); ++k) {
                ++keys;
                QVERIFY2(theirs.contains(k.key()),
                         qPrintable(QStringLiteral("%1: key %2 is not in upstream %3")
                                        .arg(file, k.key(), g->upstreamConfigDir)));
                QVERIFY2(
                    theirs.value(k.key()) == k.value(),
                    qPrintable(QStringLiteral("%1: %2 is a section in one and a value in the other")
                                   .arg(file, k.key())));
                ourEnv.insert(envFor(file, k.key(), g->envPrefix));
            }
            for (auto k = theirs.cbegin(); k != theirs.cend(); ++k)
                upstreamEnv.insert(envFor(file, k.key(), g->envPrefix));
        }
        QVERIFY(keys > (group == QLatin1String("server") ? 300 : 40));

        int overrides = 0;
        for (const auto &o : set.objects) {
            if (o.at("kind") != "Deployment")
                continue;
            const auto *component = OpenImCatalog::builtIn().component(
                QString::fromStdString(o.at("metadata").at("name").get<std::string>()));
            QVERIFY(component);
            if (component->group != group)
                continue;
            const auto &container = o.at("spec").at("template").at("spec").at("containers").at(0);
            for (const auto &e : container.at("env")) {
                const QString name = QString::fromStdString(e.at("name").get<std::string>());
                // Every variable in the IMENV_/CHATENV_ family must hit a key of this group.
                if (!name.startsWith(QLatin1String("IMENV_"))
                    && !name.startsWith(QLatin1String("CHATENV_")))
                    continue;
                ++overrides;
                QVERIFY2(name.startsWith(g->envPrefix),
                         qPrintable(name + QStringLiteral(" uses the wrong prefix for ") + group));
                QVERIFY2(upstreamEnv.contains(name),
                         qPrintable(name + QStringLiteral(" matches no upstream key")));
                // An override only works for a key present in the file the pod actually reads.
                QVERIFY2(ourEnv.contains(name),
                         qPrintable(name + QStringLiteral(" matches no key in our ConfigMap")));
            }
        }
        QVERIFY(overrides > (group == QLatin1String("server") ? 20 : 10));
    }

    // kubeblocks.md §5 and §11.2, typed out: Services <cluster>-<component>[-<service>], account
    // Secrets <cluster>-<component>-account-<name> with keys username/password.
    void datastoreAddressesFollowKubeBlocks10()
    {
        const Stack s = loadStack(QStringLiteral("openim-production"));
        QCOMPARE(s.ns, QStringLiteral("openim"));
        const ManifestSet set = ManifestGenerator().generate(s);
        const Json files = configMapFiles(set);
        const auto yaml = [&](const char *file) {
            return YAML::Load(files.at(file).get<std::string>());
        };
        QCOMPARE(stringList(yaml("mongodb.yml")["address"]),
                 QStringList{QStringLiteral("mongodb-cluster-mongodb-mongodb.openim.svc:27017")});
        QCOMPARE(QString::fromStdString(yaml("mongodb.yml")["authSource"].Scalar()),
                 QStringLiteral("admin"));
        QCOMPARE(stringList(yaml("redis.yml")["address"]),
                 QStringList{QStringLiteral("redis-cluster-redis-redis.openim.svc:6379")});
        QCOMPARE(stringList(yaml("kafka.yml")["address"]),
                 QStringList(
                     {QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-0.openim.svc:9092"),
                      QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-1.openim.svc:9092"),
                      QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-2.openim.svc:9092")}));
        QCOMPARE(QString::fromStdString(yaml("minio.yml")["internalAddress"].Scalar()),
                 QStringLiteral("minio-cluster-minio.openim.svc:9000"));

        QHash<QString, QString> refs; // env name -> "secret/key" across all Deployments
        for (const auto &o : set.objects) {
            if (o.at("kind") != "Deployment")
                continue;
            for (const auto &e :
                 o.at("spec").at("template").at("spec").at("containers").at(0).at("env")) {
                if (e.contains("valueFrom")) {
                    const auto &ref = e.at("valueFrom").at("secretKeyRef");
                    refs.insert(QString::fromStdString(e.at("name").get<std::string>()),
                                QString::fromStdString(ref.at("name").get<std::string>() + "/"
                                                       + ref.at("key").get<std::string>()));
                }
            }
        }
        QCOMPARE(refs.value(QStringLiteral("IMENV_MONGODB_USERNAME")),
                 QStringLiteral("mongodb-cluster-mongodb-account-root/username"));
        QCOMPARE(refs.value(QStringLiteral("IMENV_MONGODB_PASSWORD")),
                 QStringLiteral("mongodb-cluster-mongodb-account-root/password"));
        QCOMPARE(refs.value(QStringLiteral("IMENV_REDIS_PASSWORD")),
                 QStringLiteral("redis-cluster-redis-account-default/password"));
        QCOMPARE(refs.value(QStringLiteral("IMENV_MINIO_ACCESSKEYID")),
                 QStringLiteral("minio-cluster-minio-account-root/username"));
        QCOMPARE(refs.value(QStringLiteral("IMENV_MINIO_SECRETACCESSKEY")),
                 QStringLiteral("minio-cluster-minio-account-root/password"));
        // KubeBlocks 1.0 has no <cluster>-conn-credential Secret.
        for (const QString &ref : refs)
            QVERIFY(!ref.contains(QLatin1String("conn-credential")));
    }

    void clustersMatchCrdSchema_data()
    {
        QTest::addColumn<QString>("stack");
        QTest::newRow("dev") << QStringLiteral("openim-dev");
        QTest::newRow("production") << QStringLiteral("openim-production");
    }
    void clustersMatchCrdSchema()
    {
        QFETCH(QString, stack);
        const QString crd
            = referenceDir()
              + QStringLiteral("/kubeblocks/crds/apps.kubeblocks.io_clusters.v1-only.yaml");
        if (!requireReference(crd))
            return;
        const YAML::Node doc = YAML::LoadFile(crd.toStdString());
        YAML::Node schema;
        for (const auto &v : doc["spec"]["versions"]) {
            if (v["name"].Scalar() == "v1")
                schema = v["schema"]["openAPIV3Schema"];
        }
        QVERIFY(schema.IsMap());
        int clusters = 0;
        for (const auto &o : ManifestGenerator().generate(loadStack(stack)).objects) {
            if (o.at("kind") != "Cluster")
                continue;
            ++clusters;
            QStringList problems;
            // metadata is validated by the API server, not the CRD schema.
            Json body = o;
            body.erase("metadata");
            checkSchema(body, schema, QStringLiteral("Cluster"), problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QCOMPARE(clusters, 4);
    }

    // The checks above can fail: a misspelt field and a wrong enum value are caught.
    void schemaWalkerCatchesMistakes()
    {
        const QString crd
            = referenceDir()
              + QStringLiteral("/kubeblocks/crds/apps.kubeblocks.io_clusters.v1-only.yaml");
        if (!requireReference(crd))
            return;
        const YAML::Node doc = YAML::LoadFile(crd.toStdString());
        const YAML::Node schema = doc["spec"]["versions"][0]["schema"]["openAPIV3Schema"];
        Json cluster;
        cluster["apiVersion"] = "apps.kubeblocks.io/v1";
        cluster["kind"] = "Cluster";
        cluster["spec"]["terminationPolicy"] = "Halt";
        cluster["spec"]["componentSpec"] = Json::array();
        QStringList problems;
        checkSchema(cluster, schema, QStringLiteral("Cluster"), problems);
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("terminationPolicy: value not in enum")));
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("componentSpec: not in the schema")));
        QCOMPARE(envFor(QStringLiteral("openim-rpc-user.yml"), QStringLiteral("rpc.ports")),
                 QStringLiteral("IMENV_OPENIM_RPC_USER_RPC_PORTS"));
    }
};

QTEST_GUILESS_MAIN(tst_UpstreamSchema)
#include "tst_upstreamschema.moc"
