// Real kubectl against the simulated KubeBlocks: the upstream mysql example applied through the API
// server (CRD validation included) comes up, `kubectl get cluster` and the role column show it,
// an OpsRequest applied with kubectl reaches Succeed, the addon and version lists read like upstream's.
#include "kubesim/cluster.h"
#include "../support/newestkubectl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_KbKubectl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clusterComesUpWithRoles();
    void opsRequestWithKubectl();
    void backupScheduleWithKubectl();
    void addonsAndVersions();

private:
    struct Result
    {
        int rc = -1;
        QString out;
        QString err;
    };
    Result kubectl(const QStringList &args);
    // Polls a jsonpath until it prints `want` (kubectl is the only view of the cluster here).
    bool waitFor(const QStringList &getArgs, const QString &jsonPath, const QString &want);

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubectl;
    QString m_examples;
};

void tst_KbKubectl::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    m_kubectl = newestKubectl();
    if (m_kubectl.isEmpty()) {
        if (ci)
            QFAIL("kubectl.1.NN binaries not found next to kubectl (CI=true: required)");
        QSKIP("kubectl.1.NN binaries not found next to kubectl");
    }
    m_examples = qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"));
    if (!QDir(m_examples).exists()) {
        if (ci)
            QFAIL("KubeBlocks examples not found (../shared/reference/kubeblocks/examples)");
        QSKIP("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)");
    }
    QVERIFY(m_dir.isValid());
    sd::sim::SimOptions options;
    options.timeScale = 20;
    m_cluster.setOptions(options);
    QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    QVERIFY(m_cluster.writeKubeconfig(m_dir.filePath(QStringLiteral("kubeconfig"))));
    const Result ns = kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("demo")});
    QVERIFY2(ns.rc == 0, qPrintable(ns.out + ns.err));
}

tst_KbKubectl::Result tst_KbKubectl::kubectl(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));  // fresh discovery cache
    env.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
    p.setProcessEnvironment(env);
    p.start(m_kubectl, args);
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

bool tst_KbKubectl::waitFor(const QStringList &getArgs, const QString &jsonPath, const QString &want)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60'000) {
        const Result r = kubectl(QStringList{QStringLiteral("get")} + getArgs
                                 + QStringList{QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonPath});
        if (r.rc == 0 && r.out.trimmed() == want)
            return true;
        QTest::qWait(200);
    }
    return false;
}

void tst_KbKubectl::clusterComesUpWithRoles()
{
    const Result apply = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), m_examples + QStringLiteral("/mysql/cluster.yaml")});
    QVERIFY2(apply.rc == 0 && apply.out.contains(QStringLiteral("cluster.apps.kubeblocks.io/mysql-cluster created")),
             qPrintable(apply.out + apply.err));
    QVERIFY(waitFor({QStringLiteral("cluster"), QStringLiteral("mysql-cluster"), QStringLiteral("-n"), QStringLiteral("demo")},
                    QStringLiteral("{.status.phase}"), QStringLiteral("Running")));
    const Result get = kubectl({QStringLiteral("get"), QStringLiteral("cluster"), QStringLiteral("-n"), QStringLiteral("demo")});
    QVERIFY2(get.rc == 0, qPrintable(get.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^NAME\\s+CLUSTER-DEFINITION\\s+TERMINATION-POLICY\\s+STATUS\\s+AGE\\n")).match(get.out).hasMatch(),
             qPrintable(get.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nmysql-cluster\\s+Delete\\s+Running\\s+\\d+s\\n")).match(get.out).hasMatch(), qPrintable(get.out));
    const Result pods = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("demo"),
                                 QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance=mysql-cluster"),
                                 QStringLiteral("-L"), QStringLiteral("kubeblocks.io/role")});
    QVERIFY2(pods.rc == 0, qPrintable(pods.err));
    QVERIFY2(pods.out.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("ROLE")), qPrintable(pods.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nmysql-cluster-mysql-0\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+primary\\n")).match(pods.out).hasMatch(),
             qPrintable(pods.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nmysql-cluster-mysql-1\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+secondary\\n")).match(pods.out).hasMatch(),
             qPrintable(pods.out));
    const Result secret = kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("-n"), QStringLiteral("demo"),
                                   QStringLiteral("mysql-cluster-mysql-account-root"), QStringLiteral("-o"),
                                   QStringLiteral("jsonpath={.data.username}")});
    QCOMPARE(QByteArray::fromBase64(secret.out.toLatin1()), QByteArray("root"));
    const Result svc = kubectl({QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("-n"), QStringLiteral("demo"),
                                QStringLiteral("mysql-cluster-mysql"), QStringLiteral("-o"),
                                QStringLiteral("jsonpath={.spec.ports[0].port} {.spec.selector.kubeblocks\\.io/role}")});
    QCOMPARE(svc.out.trimmed(), QStringLiteral("3306 primary"));

    // Re-applying the same manifest is a no-op: the CRD's defaults must not count as a spec change.
    for (const QStringList &args : {QStringList{QStringLiteral("apply"), QStringLiteral("-f")},
                                    QStringList{QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--force-conflicts"),
                                                QStringLiteral("-f")}}) {
        const Result again = kubectl(args + QStringList{m_examples + QStringLiteral("/mysql/cluster.yaml")});
        QVERIFY2(again.rc == 0, qPrintable(again.out + again.err));
    }
    const Result generation = kubectl({QStringLiteral("get"), QStringLiteral("cluster"), QStringLiteral("mysql-cluster"), QStringLiteral("-n"),
                                       QStringLiteral("demo"), QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.generation}")});
    QCOMPARE(generation.out.trimmed(), QStringLiteral("1"));
}

void tst_KbKubectl::opsRequestWithKubectl()
{
    const Result apply = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), m_examples + QStringLiteral("/mysql/switchover.yaml")});
    QVERIFY2(apply.rc == 0, qPrintable(apply.out + apply.err));
    QVERIFY(waitFor({QStringLiteral("ops"), QStringLiteral("mysql-switchover"), QStringLiteral("-n"), QStringLiteral("demo")},
                    QStringLiteral("{.status.phase}"), QStringLiteral("Succeed")));
    const Result ops = kubectl({QStringLiteral("get"), QStringLiteral("ops"), QStringLiteral("-n"), QStringLiteral("demo")});
    QVERIFY2(QRegularExpression(QStringLiteral("\\nmysql-switchover\\s+Switchover\\s+mysql-cluster\\s+Succeed\\s+1/1\\s")).match(ops.out).hasMatch(),
             qPrintable(ops.out));
    const Result primary = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("demo"),
                                    QStringLiteral("-l"), QStringLiteral("kubeblocks.io/role=primary"), QStringLiteral("-o"),
                                    QStringLiteral("name")});
    QCOMPARE(primary.out.trimmed(), QStringLiteral("pod/mysql-cluster-mysql-1"));
}

// A Cluster's spec.backup, patched in with kubectl, shows as an enabled BackupSchedule.
void tst_KbKubectl::backupScheduleWithKubectl()
{
    const Result patch = kubectl({QStringLiteral("patch"), QStringLiteral("cluster"), QStringLiteral("mysql-cluster"), QStringLiteral("-n"),
                                  QStringLiteral("demo"), QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"),
                                  QStringLiteral(R"({"spec":{"backup":{"enabled":true,"method":"xtrabackup","cronExpression":"0 3 * * *","retentionPeriod":"14d"}}})")});
    QVERIFY2(patch.rc == 0, qPrintable(patch.out + patch.err));
    const QStringList schedule{QStringLiteral("backupschedules"), QStringLiteral("mysql-cluster-mysql-backup-schedule"), QStringLiteral("-n"),
                               QStringLiteral("demo")};
    QVERIFY(waitFor(schedule, QStringLiteral("{.spec.schedules[?(@.backupMethod==\"xtrabackup\")].enabled}"), QStringLiteral("true")));
    const Result get = kubectl({QStringLiteral("get"), QStringLiteral("backupschedules"), QStringLiteral("-n"), QStringLiteral("demo")});
    QVERIFY2(get.rc == 0, qPrintable(get.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^NAME\\s+STATUS\\s+AGE\\n")).match(get.out).hasMatch(), qPrintable(get.out));
    QVERIFY2(QRegularExpression(QStringLiteral("\\nmysql-cluster-mysql-backup-schedule\\s+Available\\s+\\d+s\\n")).match(get.out).hasMatch(),
             qPrintable(get.out));
    const Result cron = kubectl(QStringList{QStringLiteral("get")} + schedule
                                + QStringList{QStringLiteral("-o"),
                                              QStringLiteral("jsonpath={.spec.schedules[?(@.backupMethod==\"xtrabackup\")].cronExpression} "
                                                             "{.spec.schedules[?(@.backupMethod==\"xtrabackup\")].retentionPeriod} "
                                                             "{.spec.backupPolicyName}")});
    QCOMPARE(cron.out.trimmed(), QStringLiteral("0 3 * * * 14d mysql-cluster-mysql-backup-policy"));
}

void tst_KbKubectl::addonsAndVersions()
{
    const Result addons = kubectl({QStringLiteral("get"), QStringLiteral("addons")});
    QVERIFY2(QRegularExpression(QStringLiteral("\\nminio\\s+Helm\\s+1\\.0\\.2\\s+apecloud\\s+Enabled\\s")).match(addons.out).hasMatch(),
             qPrintable(addons.out + addons.err));
    const Result cmpv = kubectl({QStringLiteral("get"), QStringLiteral("cmpv"), QStringLiteral("mongodb")});
    QVERIFY2(cmpv.out.contains(QStringLiteral("4.4.29,5.0.29,6.0.27,7.0.28,8.0.17")), qPrintable(cmpv.out + cmpv.err));
}

QTEST_GUILESS_MAIN(tst_KbKubectl)
#include "tst_kbkubectl.moc"
