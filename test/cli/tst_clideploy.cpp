// stackdeck-cli plan, apply, destroy, status and import against the simulated cluster, run as a
// CI pipeline would: exit codes, progress on stderr, JSON on stdout.
#include "kubesim/cluster.h"
#include "kubesim/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QString kDev = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
} // namespace

class tst_CliDeploy : public QObject
{
    Q_OBJECT

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("KUBECONFIG"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SD_CLI_EXE), args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    QStringList cluster(const QStringList &args) const { return args + QStringList{"--kubeconfig", m_kubeconfig}; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("plan without --stack") << QStringList{"plan"} << 2;
        QTest::newRow("bad timeout") << QStringList{"apply", "--stack", kDev, "--timeout", "soon"} << 2;
        QTest::newRow("missing stack file") << QStringList{"status", "--stack", "/nonexistent/stack.yaml"} << 3;
        QTest::newRow("import without --out") << QStringList{"import", kDev} << 2;
        QTest::newRow("import with both sources") << QStringList{"import", kDev, "--from-namespace", "x", "--out", "y"} << 2;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = cli(cluster(args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.isEmpty());
    }

    void planJson()
    {
        const Run r = cli(cluster({"plan", "--stack", kDev, "--namespace", "cli-plan", "--output", "json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(plan.value("namespace").toString(), QStringLiteral("cli-plan"));
        QCOMPARE(plan.value("blocked").toBool(true), false);
        QVERIFY(plan.value("summary").toObject().value("create").toInt() > 20);
        QCOMPARE(plan.value("capacity").toObject().value("level").toString(), QStringLiteral("fits"));
        const Run text = cli(cluster({"plan", "--stack", kDev, "--namespace", "cli-plan"}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("+ Deployment openim-api"));
    }

    // No controllers in the simulator: apply gives up at the first wait, CI sees exit 1 with the
    // reason; status and destroy then work on what was made; import adopts it.
    void applyTimesOutStatusImportDestroy()
    {
        Run r = cli(cluster({"apply", "--stack", kDev, "--namespace", "cli-apply", "--timeout", "2s"}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("[1/"), r.err.constData());
        QVERIFY2(r.err.contains("Gave up after"), r.err.constData());
        QVERIFY(r.err.contains("mongodb-cluster"));
        QVERIFY(m_cluster.store()->get(QStringLiteral("apps.kubeblocks.io/clusters"), QStringLiteral("cli-apply"),
                                       QStringLiteral("kafka-cluster")));

        r = cli(cluster({"status", "--stack", kDev, "--namespace", "cli-apply", "--output", "json"}));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QVERIFY(status.value("namespaceExists").toBool());
        QCOMPARE(status.value("ready").toBool(true), false);
        QCOMPARE(status.value("nodes").toArray().size(), 16);

        // Adopt what is running there (Clusters only so far: no Deployments were reached).
        const QString adopted = m_dir.filePath(QStringLiteral("adopted.yaml"));
        r = cli(cluster({"import", "--from-namespace", "cli-apply", "--out", adopted, "--output", "json"}));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value("stack").toString(), adopted);
        QVERIFY(QFile::exists(adopted));
        QCOMPARE(report.value("mapped").toArray().size(), 4);

        r = cli(cluster({"destroy", "--stack", kDev, "--namespace", "cli-apply", "--output", "json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value("outcome").toString(), QStringLiteral("succeeded"));
        QVERIFY(!m_cluster.store()->get(QStringLiteral("/namespaces"), {}, QStringLiteral("cli-apply")));
    }

    void importUpstreamFiles()
    {
        const QString upstream = QStringLiteral("/work/shared/reference/openim/open-im-server@main/deployments/deploy");
        if (!QFile::exists(upstream))
            QSKIP("OpenIM's deployment files are not on this machine");
        const QString out = m_dir.filePath(QStringLiteral("imported.yaml"));
        const Run r = cli({"import", upstream, "--out", out, "--namespace", "openim"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("not mapped: Ingress"));
        const Run validate = cli({"validate", "--stack", out});
        QVERIFY2(validate.exitCode == 0, validate.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliDeploy)
#include "tst_clideploy.moc"
