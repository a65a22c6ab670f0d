// Conformance: the official Python client (Debian python3-kubernetes) against kubesim.
#include "kubesim/cluster.h"
#include "kubesim/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_PyClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checks_data();
    void checks();

private:
    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_results;
    QString m_stderr;
};

void tst_PyClient::initTestCase()
{
    const bool ci = qEnvironmentVariable("CI") == QStringLiteral("true");
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import kubernetes")});
    if (!probe.waitForFinished(30'000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        if (ci)
            QFAIL("/usr/bin/python3 cannot import kubernetes (CI=true: python3-kubernetes is required)");
        QSKIP("/usr/bin/python3 cannot import kubernetes (install python3-kubernetes)");
    }
    QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(m_cluster.writeKubeconfig(kubeconfig));
    // A KubeBlocks manager pod the controllers brought up; its log ends with a known line.
    QString pod;
    auto runningPod = [&] {
        for (const auto &item : m_cluster.store()->list(QStringLiteral("/pods"), QStringLiteral("kb-system")).items) {
            if (item->value("status", nlohmann::json::object()).value("phase", std::string()) == "Running")
                pod = QString::fromStdString((*item)["metadata"].value("name", std::string()));
        }
        return !pod.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(runningPod(), 30'000);
    const auto object = m_cluster.store()->get(QStringLiteral("/pods"), QStringLiteral("kb-system"), pod);
    QVERIFY(object);
    const QString container = QString::fromStdString((*object)["spec"]["containers"][0].value("name", std::string()));
    m_cluster.appendLog(QStringLiteral("kb-system"), pod, container, {QByteArrayLiteral("ready to serve requests")});

    QProcess py;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    py.setProcessEnvironment(env);
    py.start(QStringLiteral("/usr/bin/python3"),
             {QStringLiteral(SD_SOURCE_DIR "/test/data/kubesim/pyclient.py"), kubeconfig, QStringLiteral("kb-system"),
              pod});
    QVERIFY(py.waitForFinished(120'000));
    m_stderr = QString::fromUtf8(py.readAllStandardError());
    for (const QByteArray &line : py.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            m_results.insert(o.value(QStringLiteral("check")).toString(), o);
    }
}

void tst_PyClient::checks_data()
{
    QTest::addColumn<QString>("check");
    for (const char *c : {"list", "create", "patch", "watch-bookmarks", "watch-410", "delete", "logs", "exec"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void tst_PyClient::checks()
{
    QFETCH(QString, check);
    QVERIFY2(m_results.contains(check), qPrintable(QStringLiteral("check did not run; python stderr:\n") + m_stderr));
    const QJsonObject o = m_results.value(check);
    QVERIFY2(o.value(QStringLiteral("ok")).toBool(), qPrintable(o.value(QStringLiteral("detail")).toString()));
}

QTEST_GUILESS_MAIN(tst_PyClient)
#include "tst_pyclient.moc"
