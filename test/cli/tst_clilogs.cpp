// stackdeck-cli logs against the simulated cluster over TLS: a pod, a component's pods merged
// and labelled, --tail, --grep, and usage errors.
#include "kubesim/cluster.h"
#include "kubesim/scenario.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliLogs : public QObject
{
    Q_OBJECT

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(QStringList args)
    {
        args << "--kubeconfig" << m_kubeconfig;
        QProcess p;
        p.start(QStringLiteral(SD_CLI_EXE), QStringList{"logs"} + args);
        // The server runs on its own thread: waiting here blocks nothing it needs.
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }
    void addPod(const std::string &name, const std::string &component)
    {
        nlohmann::json pod = {{"apiVersion", "v1"}, {"kind", "Pod"},
                              {"metadata", {{"name", name}, {"namespace", "default"},
                                            {"labels", {{"app.kubernetes.io/managed-by", "stackdeck"},
                                                        {"app.kubernetes.io/component", component}}}}},
                              {"spec", {{"containers", {{{"name", "main"}, {"image", "busybox"}}}}}},
                              {"status", {{"phase", "Running"}}}};
        sd::sim::Scenario::add(m_cluster.store(), "/pods", pod);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.loadScenario("empty"));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath("kubeconfig");
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig, "default"));
        addPod("api-a", "openim-api");
        addPod("api-b", "openim-api");
        m_cluster.appendLog("default", "api-a", "main", {"\x1b[31mERROR\x1b[0m a one", "a two"});
        QTest::qWait(20); // b's line is later
        m_cluster.appendLog("default", "api-b", "main", {"b one"});
    }

    void pod()
    {
        const Result r = run({"pod/api-a"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("ERROR a one\na two\n")); // colour codes removed for pipes
        QCOMPARE(run({"pod/api-a", "--tail", "1"}).out, QByteArray("a two\n"));
        QCOMPARE(run({"pod/api-a", "--grep", "t[wx]o"}).out, QByteArray("a two\n"));
    }

    void componentMergedAndLabelled()
    {
        const Result r = run({"openim-api"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("[api-a] ERROR a one\n[api-a] a two\n[api-b] b one\n"));
    }

    void errors()
    {
        QCOMPARE(run({"pod/missing"}).exitCode, 1);
        QCOMPARE(run({"nothing-here"}).exitCode, 1);
        QCOMPARE(run({"pod/"}).exitCode, 2);
        QCOMPARE(run({"pod/api-a", "--since", "soon"}).exitCode, 2);
        QCOMPARE(run({"pod/api-a", "--grep", "("}).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_CliLogs)
#include "tst_clilogs.moc"
