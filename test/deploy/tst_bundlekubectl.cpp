// The exported bundle is what `kubectl apply -f` takes: real kubectl (oldest and newest
// supported) against the simulated cluster, server-side dry run and a real apply.
#include "kubesim/cluster.h"
#include "kubesim/store.h"
#include "stack/bundleexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_BundleKubectl : public QObject
{
    Q_OBJECT

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    QString m_kubectlDir;
    int m_runs = 0;

    struct Result
    {
        int rc = -1;
        QString out;
    };
    Result kubectl(const QString &version, const QStringList &args)
    {
        // A fresh HOME per run: no discovery cache carried between runs.
        const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_runs));
        QDir().mkpath(home);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_kubectlDir + QStringLiteral("/kubectl.") + version, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

private slots:
    void initTestCase()
    {
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (!kubectl.isEmpty())
            m_kubectlDir = QFileInfo(QFileInfo(kubectl).canonicalFilePath()).absolutePath();
        if (m_kubectlDir.isEmpty() || !QFileInfo(m_kubectlDir + QStringLiteral("/kubectl.1.27")).isExecutable()) {
            if (qEnvironmentVariable("CI") == QStringLiteral("true"))
                QFAIL("kubectl.1.NN binaries not found next to kubectl (CI=true: required)");
            QSKIP("kubectl.1.NN binaries not found next to kubectl");
        }
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig));
    }

    void applyExportedBundle_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("stack");
        QTest::newRow("1.27 dev") << "1.27" << "openim-dev";
        QTest::newRow("1.33 dev") << "1.33" << "openim-dev";
        QTest::newRow("1.33 production") << "1.33" << "openim-production";
    }
    void applyExportedBundle()
    {
        QFETCH(QString, version);
        QFETCH(QString, stack);
        if (!QFileInfo(m_kubectlDir + QStringLiteral("/kubectl.") + version).isExecutable())
            QSKIP("this kubectl version is not installed");
        const QString ns = QStringLiteral("bundle-%1-%2").arg(stack, QString(version).remove(QLatin1Char('.')));
        sd::BundleExporter::Options options;
        options.generateSecrets = true;
        const auto bundle = sd::BundleExporter::exportFile(
            QStringLiteral(SD_SOURCE_DIR "/resources/stacks/%1.yaml").arg(stack), options, ns);
        QVERIFY(!bundle.text.isEmpty());
        const QString file = m_dir.filePath(ns + QStringLiteral(".yaml"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bundle.text);
        f.close();

        // A server-side dry run needs the namespace (nothing is stored, so the bundle's own
        // Namespace does not exist for the other objects).
        Result r = kubectl(version, {"create", "namespace", ns});
        QVERIFY2(r.rc == 0, qPrintable(r.out));
        r = kubectl(version, {"apply", "--dry-run=server", "-f", file});
        QVERIFY2(r.rc == 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("deployment.apps/openim-api created (server dry run)"))
                     || r.out.contains(QLatin1String("deployment.apps/openim-api serverside-applied (server dry run)")),
                 qPrintable(r.out));
        QVERIFY(!m_cluster.store()->get(QStringLiteral("apps/deployments"), ns, QStringLiteral("openim-api")));

        // And for real: every object is accepted; a second dry run finds them all.
        r = kubectl(version, {"apply", "-f", file});
        QVERIFY2(r.rc == 0, qPrintable(r.out));
        QVERIFY(m_cluster.store()->get(QStringLiteral("apps/deployments"), ns, QStringLiteral("openim-api")));
        QVERIFY(m_cluster.store()->get(QStringLiteral("apps.kubeblocks.io/clusters"), ns, QStringLiteral("mongodb-cluster")));
        r = kubectl(version, {"apply", "--dry-run=server", "-f", file});
        QVERIFY2(r.rc == 0, qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(tst_BundleKubectl)
#include "tst_bundlekubectl.moc"
