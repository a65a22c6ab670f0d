#include "stack/stackfile.h"
#include "stack/stackvalidator.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace sd;

Q_DECLARE_METATYPE(std::function<void(sd::Stack &)>)

namespace {

using Mutation = std::function<void(Stack &)>;

Stack devStack()
{
    return StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"))
        .stack.value_or(Stack{});
}

ComponentSpec &component(Stack &s, const char *name)
{
    for (ComponentSpec &c : s.components) {
        if (c.name == QLatin1String(name))
            return c;
    }
    qFatal("no component %s", name);
}

DatastoreSpec &datastore(Stack &s, const char *engine)
{
    for (DatastoreSpec &d : s.datastores) {
        if (d.engine == QLatin1String(engine))
            return d;
    }
    qFatal("no datastore %s", engine);
}

QString errorsOf(const StackIssues &issues)
{
    QStringList out;
    for (const auto &i : issues) {
        if (i.severity == StackIssue::Severity::Error)
            out.append(i.toString());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_StackValidator : public QObject
{
    Q_OBJECT
private slots:
    void shippedStacksAreValid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dev") << QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
        QTest::newRow("production")
            << QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-production.yaml");
        QTest::newRow("chat") << QStringLiteral(SD_SOURCE_DIR "/test/data/stack/openim-chat.yaml");
    }
    void shippedStacksAreValid()
    {
        QFETCH(QString, path);
        const auto loaded = StackFile::load(path);
        QVERIFY(loaded.stack);
        const StackIssues issues = StackValidator().validate(*loaded.stack);
        QVERIFY2(!hasErrors(issues), qPrintable(errorsOf(issues)));
    }

    void devStackWarnsAboutMinioAddress()
    {
        const StackIssues issues = StackValidator().validate(devStack());
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const StackIssue &i) {
            return i.severity == StackIssue::Severity::Warning
                   && i.message.contains(QLatin1String("minioExternalAddress"));
        }));
    }

    // Each mutation of the (valid) dev stack must produce an error containing `expected`.
    void rejects_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cluster name too long") << Mutation([](Stack &s) {
            datastore(s, "redis").name = QStringLiteral("redis-cluster-one");
        }) << "at most 15 characters";
        QTest::newRow("cluster name uppercase")
            << Mutation([](Stack &s) { datastore(s, "redis").name = QStringLiteral("Redis"); })
            << "must start with a letter";
        QTest::newRow("stack name")
            << Mutation([](Stack &s) { s.name = QStringLiteral("Open_IM"); })
            << "stack name \"Open_IM\" must be a DNS label";
        QTest::newRow("namespace") << Mutation([](Stack &s) { s.ns = QStringLiteral("-ns"); })
                                   << "namespace \"-ns\" must be a DNS label";
        QTest::newRow("release") << Mutation([](Stack &s) {
            s.profile.release = QStringLiteral("openim-3.5");
        }) << "Unknown OpenIM release \"openim-3.5\"";
        QTest::newRow("engine") << Mutation([](Stack &s) {
            datastore(s, "kafka").engine = QStringLiteral("rabbitmq");
        }) << "unknown engine \"rabbitmq\"";
        QTest::newRow("topology") << Mutation([](Stack &s) {
            datastore(s, "redis").topology = QStringLiteral("cluster");
        }) << "no topology \"cluster\"";
        QTest::newRow("kafka even")
            << Mutation([](Stack &s) { datastore(s, "kafka").replicas = 2; })
            << "odd number of replicas";
        QTest::newRow("minio odd") << Mutation([](Stack &s) { datastore(s, "minio").replicas = 3; })
                                   << "even number of replicas";
        QTest::newRow("minio one") << Mutation([](Stack &s) { datastore(s, "minio").replicas = 1; })
                                   << "needs 2 to 32 replicas";
        QTest::newRow("two mongodbs") << Mutation([](Stack &s) {
            DatastoreSpec d = datastore(s, "mongodb");
            d.name = QStringLiteral("mongo2");
            s.datastores.append(d);
        }) << "connects to one MongoDB only";
        QTest::newRow("request over limit") << Mutation([](Stack &s) {
            component(s, "openim-api").resources.cpuRequest = *Quantity::parse(QStringLiteral("4"));
        }) << "requests more CPU (4) than its limit (1)";
        QTest::newRow("zero memory request") << Mutation([](Stack &s) {
            datastore(s, "redis").resources.memoryRequest = Quantity();
        }) << "non-zero CPU and memory requests";
        QTest::newRow("crontask twice")
            << Mutation([](Stack &s) { component(s, "openim-crontask").replicas = 2; })
            << "runs at most 1 replica";
        QTest::newRow("unknown component") << Mutation([](Stack &s) {
            component(s, "openim-api").name = QStringLiteral("openim-web");
        }) << "not an OpenIM component";
        QTest::newRow("missing component") << Mutation([](Stack &s) {
            s.components.removeIf(
                [](const ComponentSpec &c) { return c.name == QLatin1String("openim-rpc-user"); });
        }) << "lacks component \"openim-rpc-user\"";
        QTest::newRow("chat") << Mutation([](Stack &s) {
            ComponentSpec c = component(s, "openim-api");
            c.name = QStringLiteral("chat-api");
            s.components.append(c);
        }) << "OpenIM Chat";
        QTest::newRow("chat without its components")
            << Mutation([](Stack &s) { s.profile.chat = true; }) << "lacks component \"chat-rpc\"";
        QTest::newRow("duplicate node")
            << Mutation([](Stack &s) { datastore(s, "redis").name = QStringLiteral("openim-api"); })
            << "used by more than one node";
        QTest::newRow("edge to nowhere") << Mutation([](Stack &s) {
            s.edges.append({QStringLiteral("openim-api"), QStringLiteral("postgres"), {}});
        }) << "Edge to \"postgres\": no such component or datastore";
        QTest::newRow("edge from datastore") << Mutation([](Stack &s) {
            s.edges.append({QStringLiteral("redis-cluster"), QStringLiteral("openim-api"), {}});
        }) << "edges start at a component";
        QTest::newRow("edge not in catalog") << Mutation([](Stack &s) {
            s.edges.append({QStringLiteral("openim-rpc-third"), QStringLiteral("openim-push"), {}});
        }) << "openim-rpc-third never calls openim-push";
        QTest::newRow("edge to unused engine") << Mutation([](Stack &s) {
            s.edges.append(
                {QStringLiteral("openim-msggateway"), QStringLiteral("kafka-cluster"), {}});
        }) << "openim-msggateway does not use kafka";
        QTest::newRow("missing datastore edge") << Mutation([](Stack &s) {
            s.edges.removeIf([](const Edge &e) {
                return e.from == QLatin1String("openim-rpc-third")
                       && e.to == QLatin1String("minio-cluster");
            });
        }) << "add the edge openim-rpc-third -> minio-cluster";
        QTest::newRow("missing datastore") << Mutation([](Stack &s) {
            s.datastores.removeIf(
                [](const DatastoreSpec &d) { return d.engine == QLatin1String("kafka"); });
            s.edges.removeIf([](const Edge &e) { return e.to == QLatin1String("kafka-cluster"); });
        }) << "needs a kafka datastore";
        QTest::newRow("unknown IMENV") << Mutation([](Stack &s) {
            component(s, "openim-api")
                .env.append({QStringLiteral("IMENV_LOG_COLOR"), QStringLiteral("1")});
        }) << "IMENV_LOG_COLOR matches no key";
        QTest::newRow("secret override") << Mutation([](Stack &s) {
            component(s, "openim-api")
                .env.append({QStringLiteral("IMENV_REDIS_PASSWORD"), QStringLiteral("x")});
        }) << "Stackdeck sets IMENV_REDIS_PASSWORD";
        QTest::newRow("port override") << Mutation([](Stack &s) {
            component(s, "openim-rpc-user")
                .env.append(
                    {QStringLiteral("IMENV_OPENIM_RPC_USER_RPC_PORTS"), QStringLiteral("10999")});
        }) << "Stackdeck sets IMENV_OPENIM_RPC_USER_RPC_PORTS";
        QTest::newRow("address override") << Mutation([](Stack &s) {
            component(s, "openim-api")
                .env.append({QStringLiteral("IMENV_MONGODB_ADDRESS"), QStringLiteral("x:1")});
        }) << "Stackdeck sets IMENV_MONGODB_ADDRESS";
        QTest::newRow("chat secret override") << Mutation([](Stack &s) {
            s.profile.chat = true;
            ComponentSpec c = component(s, "openim-api");
            c.name = QStringLiteral("admin-rpc");
            c.exposure = {};
            c.env = {{QStringLiteral("CHATENV_CHAT_RPC_ADMIN_SECRET"), QStringLiteral("chat123")}};
            s.components.append(c);
        }) << "Stackdeck sets CHATENV_CHAT_RPC_ADMIN_SECRET";
        QTest::newRow("expose rpc") << Mutation([](Stack &s) {
            component(s, "openim-rpc-user").exposure.type = QStringLiteral("NodePort");
        }) << "no port that can be exposed";
        QTest::newRow("same nodePort") << Mutation([](Stack &s) {
            component(s, "openim-api").exposure.nodePort = 30001;
            component(s, "openim-msggateway").exposure.nodePort = 30001;
        }) << "nodePort 30001 is already used";
        QTest::newRow("nodePort with LoadBalancer") << Mutation([](Stack &s) {
            component(s, "openim-api").exposure = {QStringLiteral("LoadBalancer"), 30002};
        }) << "nodePort only applies";
        QTest::newRow("Ingress without host") << Mutation([](Stack &s) {
            component(s, "openim-api").exposure.type = QStringLiteral("Ingress");
        }) << "exposure type Ingress needs a host name";
        QTest::newRow("Ingress for gRPC") << Mutation([](Stack &s) {
            component(s, "openim-rpc-user").exposure = {QStringLiteral("Ingress"), 0, QStringLiteral("rpc.example.com"), {}};
        }) << "no port that can be exposed";
        QTest::newRow("host without Ingress") << Mutation([](Stack &s) {
            component(s, "openim-api").exposure.host = QStringLiteral("im.example.com");
        }) << "host and ingressClass only apply to exposure type Ingress";
        QTest::newRow("tag in image") << Mutation([](Stack &s) {
            component(s, "openim-api").image = QStringLiteral("example.com/api:1.0");
        }) << "put the tag in \"tag\"";
        QTest::newRow("bad external address") << Mutation([](Stack &s) {
            s.openim.minioExternalAddress = QStringLiteral("files.example.com");
        }) << "must be an http:// or https:// URL";
        QTest::newRow("bad secret ref") << Mutation([](Stack &s) {
            s.openim.secret = {SecretSource::Kind::Reference,
                               {QStringLiteral("Bad Name"), QStringLiteral("k")}};
        }) << "not a valid reference";
        QTest::newRow("admin twice")
            << Mutation([](Stack &s) { s.openim.adminUsers.append(s.openim.adminUsers.first()); })
            << "listed twice";
        QTest::newRow("storage class") << Mutation([](Stack &s) {
            datastore(s, "redis").storageClass = QStringLiteral("Fast SSD");
        }) << "not a valid StorageClass name";
        QTest::newRow("backup method") << Mutation([](Stack &s) {
            datastore(s, "redis").backup = BackupScheduleSpec{true, QStringLiteral("@daily"),
                                                              QStringLiteral("xtrabackup")};
        }) << "Redis has no backup method \"xtrabackup\"; choose one of: datafile, volume-snapshot.";
        QTest::newRow("backup of minio") << Mutation([](Stack &s) {
            datastore(s, "minio").backup = BackupScheduleSpec{true, QStringLiteral("@daily"),
                                                              QStringLiteral("datafile")};
        }) << "KubeBlocks cannot back up MinIO";
    }

    void acceptsBackupSchedule()
    {
        Stack s = devStack();
        datastore(s, "mongodb").backup = BackupScheduleSpec{true, QStringLiteral("0 3 * * *"),
                                                            QStringLiteral("dump")};
        QVERIFY2(!hasErrors(StackValidator().validate(s)), qPrintable(errorsOf(StackValidator().validate(s))));
    }
    void rejects()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, expected);
        Stack s = devStack();
        QVERIFY(!hasErrors(StackValidator().validate(s)));
        mutate(s);
        const StackIssues issues = StackValidator().validate(s);
        const QString errors = errorsOf(issues);
        QVERIFY2(errors.contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, errors)));
    }

    void issuesPointIntoTheFile()
    {
        Stack s = devStack();
        datastore(s, "redis").name = QStringLiteral("redis-cluster-one");
        const StackIssues issues = StackValidator().validate(s);
        const auto it = std::find_if(issues.cbegin(), issues.cend(), [](const StackIssue &i) {
            return i.message.contains(QLatin1String("15 characters"));
        });
        QVERIFY(it != issues.cend());
        QVERIFY(it->file.endsWith(QLatin1String("openim-dev.yaml")));
        // The line of "- name: redis-cluster" in the shipped dev stack.
        QFile file(it->file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        int expectedLine = 0;
        for (int i = 0; i < lines.size() && expectedLine == 0; ++i) {
            if (lines.at(i).trimmed() == "- name: redis-cluster")
                expectedLine = i + 1;
        }
        QCOMPARE(it->line, expectedLine);
        QCOMPARE(it->column, 5);
    }

    void warnings()
    {
        Stack s = devStack();
        datastore(s, "mongodb").version = QStringLiteral("6.0.22");
        component(s, "openim-api").exposure.nodePort = 8080;
        s.edges.removeIf([](const Edge &e) {
            return e.from == QLatin1String("openim-api")
                   && e.to == QLatin1String("openim-rpc-user");
        });
        const StackIssues issues = StackValidator().validate(s);
        QVERIFY(!hasErrors(issues));
        QStringList warnings;
        for (const auto &i : issues)
            warnings.append(i.message);
        const QString all = warnings.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("version 6.0.22 is not in the built-in MongoDB list")));
        QVERIFY(all.contains(QLatin1String("nodePort 8080 is outside")));
        QVERIFY(all.contains(QLatin1String("calls \"openim-rpc-user\"; the edge is missing")));
    }

    void dnsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("label");
        QTest::addColumn<bool>("subdomain");
        QTest::newRow("simple") << "openim" << true << true;
        QTest::newRow("digits") << "a1-b2" << true << true;
        QTest::newRow("dots") << "a.b" << false << true;
        QTest::newRow("upper") << "Open" << false << false;
        QTest::newRow("leading dash") << "-a" << false << false;
        QTest::newRow("trailing dash") << "a-" << false << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false << true;
    }
    void dnsNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, label);
        QFETCH(bool, subdomain);
        QCOMPARE(StackValidator::isDnsLabel(name), label);
        QCOMPARE(StackValidator::isDnsSubdomain(name), subdomain);
    }
};

QTEST_GUILESS_MAIN(tst_StackValidator)
#include "tst_stackvalidator.moc"
