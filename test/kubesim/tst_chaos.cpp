// Every chaos action through the admin endpoint (POST /kubesim/v1/chaos, sent with
// `kubectl create --raw`), its effect observed with kubectl: kill a pod, crash-loop a container,
// fail a datastore's primary (roles move, Abnormal then Running), make a Cluster Failed, fill a
// volume, cordon a node; bad requests and missing targets answer 400 and 404.
#include "kubesim/cluster.h"
#include "kubesim/dataregistry.h"
#include "../support/newestkubectl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using json = nlohmann::json;

class tst_Chaos : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killPod();
    void crashLoop();
    void failPrimary();
    void failCluster();
    void fillVolume();
    void cordonNode();
    void badRequests();

private:
    struct Result
    {
        int rc = -1;
        QString out;
        QString err;
    };
    Result kubectl(const QStringList &args, const QByteArray &stdinData = {});
    Result chaos(const json &request) { return kubectl({QStringLiteral("create"), QStringLiteral("--raw"), QStringLiteral("/kubesim/v1/chaos"), QStringLiteral("-f"), QStringLiteral("-")}, QByteArray::fromStdString(request.dump())); }
    QString get(const QStringList &args, const QString &jsonPath)
    {
        const Result r = kubectl(QStringList{QStringLiteral("get")} + args + QStringList{QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonPath});
        return r.rc == 0 ? r.out.trimmed() : QStringLiteral("<error: %1>").arg(r.err.trimmed());
    }
    QString primary() { return get({QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance=redis-replication,apps.kubeblocks.io/component-name=redis,kubeblocks.io/role=primary")}, QStringLiteral("{.items[*].metadata.name}")); }
    QString phase() { return get({QStringLiteral("cluster"), QStringLiteral("redis-replication"), QStringLiteral("-n"), QStringLiteral("demo")}, QStringLiteral("{.status.phase}")); }

    // Polls with a wall-clock bound (QTRY_* count only their own sleeps, not kubectl's run time).
    template<typename F> bool waitUntil(F &&condition, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!condition()) {
            if (t.elapsed() > ms)
                return false;
            QTest::qWait(100);
        }
        return true;
    }
    // `kubectl get -w` on the Cluster, printing each phase it sees.
    QProcess *watchPhases();

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubectl;
};

void tst_Chaos::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    m_kubectl = newestKubectl();
    if (m_kubectl.isEmpty()) {
        if (ci)
            QFAIL("kubectl.1.NN binaries not found next to kubectl (CI=true: required)");
        QSKIP("kubectl.1.NN binaries not found next to kubectl");
    }
    const QString examples = qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"));
    if (!QDir(examples).exists()) {
        if (ci)
            QFAIL("KubeBlocks examples not found (../shared/reference/kubeblocks/examples)");
        QSKIP("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)");
    }
    sd::sim::SimOptions options;
    options.timeScale = 20;
    m_cluster.setOptions(options);
    QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY(m_cluster.writeKubeconfig(m_dir.filePath(QStringLiteral("kubeconfig"))));
    QCOMPARE(kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("demo")}).rc, 0);
    const Result apply = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), examples + QStringLiteral("/redis/cluster.yaml")});
    QVERIFY2(apply.rc == 0, qPrintable(apply.err));
    QVERIFY(waitUntil([&] { return phase() == QStringLiteral("Running"); }));
}

tst_Chaos::Result tst_Chaos::kubectl(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
    p.setProcessEnvironment(env);
    p.start(m_kubectl, args);
    p.write(stdinData);
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("kubectl timed out");
        return r;
    }
    r.rc = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_Chaos::killPod()
{
    const QStringList coredns = {QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("-l"), QStringLiteral("app=coredns")};
    const QStringList before = get(coredns, QStringLiteral("{.items[*].metadata.name}")).split(QLatin1Char(' '));
    QCOMPARE(before.size(), 2);
    const Result r = chaos({{"action", "killPod"}, {"namespace", "kube-system"}, {"pod", before[0].toStdString()}});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    // The ReplicaSet replaces the killed pod.
    QVERIFY(waitUntil([&] { return !get(coredns, QStringLiteral("{.items[*].metadata.name}")).contains(before[0])
                                 && get(coredns, QStringLiteral("{.items[*].metadata.name}")).split(QLatin1Char(' ')).size() == 2; }));
}

void tst_Chaos::crashLoop()
{
    const QString pod = get({QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("-l"), QStringLiteral("app=coredns")},
                            QStringLiteral("{.items[1].metadata.name}"));
    const QStringList podArgs = {QStringLiteral("pod"), pod, QStringLiteral("-n"), QStringLiteral("kube-system")};
    QVERIFY2(chaos({{"action", "crashLoop"}, {"namespace", "kube-system"}, {"pod", pod.toStdString()}, {"container", "coredns"}}).rc == 0, qPrintable(pod));
    QVERIFY(waitUntil([&] { return get(podArgs, QStringLiteral("{.status.containerStatuses[0].state.waiting.reason}")) == QStringLiteral("CrashLoopBackOff"); }));
    QVERIFY(get(podArgs, QStringLiteral("{.status.containerStatuses[0].restartCount}")).toInt() >= 1);
    QVERIFY(chaos({{"action", "crashLoop"}, {"namespace", "kube-system"}, {"pod", pod.toStdString()}, {"container", "coredns"}, {"undo", true}}).rc == 0);
    QCOMPARE(get(podArgs, QStringLiteral("{.metadata.annotations.kubesim\\.stackdeck\\.io/crash-loop}")), QString());
}

QProcess *tst_Chaos::watchPhases()
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
    p->setProcessEnvironment(env);
    p->start(m_kubectl, {QStringLiteral("get"), QStringLiteral("cluster"), QStringLiteral("redis-replication"), QStringLiteral("-n"),
                         QStringLiteral("demo"), QStringLiteral("-w"), QStringLiteral("-o"), QStringLiteral("jsonpath={.status.phase}{\"\\n\"}")});
    p->waitForStarted();
    waitUntil([&] { return p->bytesAvailable() > 0; }, 20000);  // the current phase: the watch is up
    return p;
}

void tst_Chaos::failPrimary()
{
    QProcess *watch = watchPhases();
    const QString before = primary();
    QVERIFY(!before.isEmpty() && !before.contains(QLatin1Char(' ')));
    const Result r = chaos({{"action", "failPrimary"}, {"namespace", "demo"}, {"cluster", "redis-replication"}, {"component", "redis"}});
    QVERIFY2(r.rc == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("\"done\":true")));
    QVERIFY(waitUntil([&] { return !primary().isEmpty() && primary() != before && !primary().contains(QLatin1Char(' ')); }));
    QVERIFY(waitUntil([&] { return phase() == QStringLiteral("Running"); }));
    // kubectl's watch saw the Cluster go Abnormal and come back Running.
    QVERIFY(waitUntil([&] {
        const QString seen = QString::fromUtf8(watch->peek(1 << 20));
        const qsizetype abnormal = seen.indexOf(QStringLiteral("Abnormal"));
        return abnormal >= 0 && seen.indexOf(QStringLiteral("Running"), abnormal) > abnormal;
    }, 20000));
    watch->kill();
    watch->waitForFinished();
}

void tst_Chaos::failCluster()
{
    QVERIFY(chaos({{"action", "failCluster"}, {"namespace", "demo"}, {"cluster", "redis-replication"}}).rc == 0);
    QVERIFY(waitUntil([&] { return phase() == QStringLiteral("Failed"); }));
    QVERIFY(chaos({{"action", "recoverCluster"}, {"namespace", "demo"}, {"cluster", "redis-replication"}}).rc == 0);
    QVERIFY(waitUntil([&] { return phase() == QStringLiteral("Running"); }));
}

void tst_Chaos::fillVolume()
{
    const QStringList pvcs = {QStringLiteral("pvc"), QStringLiteral("-n"), QStringLiteral("demo"), QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance=redis-replication")};
    const QString annotation = QStringLiteral("{.items[0].metadata.annotations.kubesim\\.stackdeck\\.io/volume-full}");
    QVERIFY(chaos({{"action", "fillVolume"}, {"namespace", "demo"}, {"cluster", "redis-replication"}}).rc == 0);
    QVERIFY(waitUntil([&] { return get(pvcs, annotation) == QStringLiteral("true"); }));
    QVERIFY(m_cluster.data()->isVolumeFull(QStringLiteral("demo"), QStringLiteral("redis-replication")));
    QVERIFY(chaos({{"action", "clearVolume"}, {"namespace", "demo"}, {"cluster", "redis-replication"}}).rc == 0);
    QVERIFY(waitUntil([&] { return get(pvcs, annotation) != QLatin1String("true"); }));
}

void tst_Chaos::cordonNode()
{
    const QStringList node = {QStringLiteral("node"), QStringLiteral("kubesim-node-2")};
    QVERIFY(chaos({{"action", "cordon"}, {"node", "kubesim-node-2"}}).rc == 0);
    QCOMPARE(get(node, QStringLiteral("{.spec.unschedulable}")), QStringLiteral("true"));
    QVERIFY(get(node, QStringLiteral("{.spec.taints[*].key}")).contains(QStringLiteral("node.kubernetes.io/unschedulable")));
    QVERIFY(chaos({{"action", "cordon"}, {"node", "kubesim-node-2"}, {"undo", true}}).rc == 0);
    QCOMPARE(get(node, QStringLiteral("{.spec.unschedulable}")), QString());
}

void tst_Chaos::badRequests()
{
    Result r = chaos({{"action", "explode"}});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("BadRequest")) || r.err.contains(QStringLiteral("unknown chaos action")), qPrintable(r.err));
    r = chaos({{"action", "failPrimary"}, {"namespace", "demo"}});
    QVERIFY(r.rc != 0);
    r = chaos({{"action", "failCluster"}, {"namespace", "demo"}, {"cluster", "nope"}});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("NotFound")) || r.err.contains(QStringLiteral("nope")), qPrintable(r.err));
    r = chaos({{"action", "killPod"}, {"namespace", "demo"}, {"pod", "nope"}});
    QVERIFY(r.rc != 0);
    // In process, the same routing.
    QString error;
    QVERIFY(!m_cluster.chaos({{"action", "cordon"}, {"node", "nope"}}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Chaos)
#include "tst_chaos.moc"
