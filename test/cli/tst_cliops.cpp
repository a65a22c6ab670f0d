// stackdeck-cli op against the simulated cluster with its controllers on, run as a CI pipeline
// would: exit codes (0 done, 1 failed, 2 usage, 4 refused), progress on stderr, JSON on stdout.
#include "kubesim/cluster.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "schema/yamljson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using json = nlohmann::json;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString examplesDir()
{
    return qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"));
}
} // namespace

class tst_CliOps : public QObject
{
    Q_OBJECT

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    bool m_mongo = false;

    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("KUBECONFIG"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_CLI_EXE), QStringList{"op"} + args + QStringList{"--kubeconfig", m_kubeconfig});
        if (!process.waitForFinished(180000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QString phase(const QString &cluster)
    {
        const auto c = m_cluster.store()->get(QStringLiteral("apps.kubeblocks.io/clusters"), QStringLiteral("demo"), cluster);
        return c ? QString::fromStdString((*c).value("status", json::object()).value("phase", std::string())) : QString();
    }

private slots:
    void initTestCase()
    {
        sd::sim::SimOptions options;
        options.timeScale = 50;
        m_cluster.setOptions(options);
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        sd::sim::Store *store = m_cluster.store();
        sd::sim::Scenario::add(store, QStringLiteral("/namespaces"),
                               {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "demo"}}}, {"status", {{"phase", "Active"}}}});
        const json templ = {{"metadata", {{"labels", {{"app", "openim-api"}}}}},
                            {"spec", {{"containers", json::array({{{"name", "openim-api"}, {"image", "openim/openim-server:v3.8.0"}}})}}}};
        sd::sim::Scenario::add(store, QStringLiteral("apps/deployments"),
                               {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
                                {"metadata", {{"name", "openim-api"}, {"namespace", "demo"}}},
                                {"spec", {{"replicas", 1}, {"selector", {{"matchLabels", {{"app", "openim-api"}}}}}, {"template", templ}}}});
        QFile example(QDir(examplesDir()).filePath(QStringLiteral("mongodb/cluster.yaml")));
        if (example.open(QIODevice::ReadOnly)) {
            const auto doc = sd::parseJsonOrYaml(example.readAll());
            QVERIFY(doc);
            sd::sim::Scenario::add(store, QStringLiteral("apps.kubeblocks.io/clusters"), *doc);
            m_mongo = true;
        }
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig, QStringLiteral("demo")));
        if (m_mongo)
            QTRY_COMPARE_WITH_TIMEOUT(phase(QStringLiteral("mongo-cluster")), QStringLiteral("Running"), 60000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList{};
        QTest::newRow("unknown kind") << QStringList{"pod/x", "restart"};
        QTest::newRow("unknown action") << QStringList{"cluster/x", "fly"};
        QTest::newRow("backup action on a deployment") << QStringList{"deployment/x", "backup"};
        QTest::newRow("scale without --replicas") << QStringList{"cluster/x", "scale"};
        QTest::newRow("bad replicas") << QStringList{"cluster/x", "scale", "--replicas", "many"};
        QTest::newRow("restore without --to") << QStringList{"backup/b", "restore"};
        QTest::newRow("bad timeout") << QStringList{"cluster/x", "restart", "--timeout", "soon"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void dryRunPrintsThePlan()
    {
        Run r = cli({"deployment/openim-api", "scale", "--replicas", "2", "--dry-run"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("spec.replicas: 1 → 2"), r.out.constData());
        r = cli({"deployment/openim-api", "image", "--tag", "v3.8.1", "--dry-run", "--output", "json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object().value("plan").toObject();
        QCOMPARE(plan.value("verdict").toString(), QStringLiteral("ready"));
        QCOMPARE(plan.value("method").toString(), QStringLiteral("apply"));
        QVERIFY(!plan.value("changes").toArray().isEmpty());
        // Nothing was changed.
        const auto d = m_cluster.store()->get(QStringLiteral("apps/deployments"), QStringLiteral("demo"), QStringLiteral("openim-api"));
        QCOMPARE((*d)["spec"]["replicas"].get<int>(), 1);
    }

    void runsToTheEnd()
    {
        const Run r = cli({"deployment/openim-api", "scale", "--replicas", "2", "--output", "json", "--timeout", "2m"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Deployment demo/openim-api: Rolling"), r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value("outcome").toString(), QStringLiteral("succeeded"));
        const auto d = m_cluster.store()->get(QStringLiteral("apps/deployments"), QStringLiteral("demo"), QStringLiteral("openim-api"));
        QCOMPARE((*d)["status"]["availableReplicas"].get<int>(), 2);
    }

    void refused()
    {
        // Nothing to roll back to: unsupported, exit 4 with the reason.
        Run r = cli({"deployment/openim-api", "rollback"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no earlier revision"), r.err.constData());
        // The read-only viewer may not scale.
        r = cli({"deployment/openim-api", "scale", "--replicas", "3", "--context", "kubesim-viewer"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("may not change Deployment"), r.err.constData());
        // Unknown target: the command fails (1), it is not refused.
        r = cli({"cluster/nope", "restart"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("nope"));
    }

    void clusterOperation()
    {
        if (!m_mongo) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("KubeBlocks examples not found");
            QSKIP("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)");
        }
        Run r = cli({"cluster/mongo-cluster", "upgrade", "--version", "9.9.9"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not offered"), r.err.constData());
        r = cli({"cluster/mongo-cluster", "restart", "--timeout", "2m"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("OpsRequest demo/mongo-cluster-restart-"), r.err.constData());
        QVERIFY(r.out.contains("Successfully processed"));
    }
};

QTEST_GUILESS_MAIN(tst_CliOps)
#include "tst_cliops.moc"
