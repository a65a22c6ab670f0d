// The `openim` scenario: the shipped dev stack deployed with the deploy engine onto the simulated
// KubeBlocks comes up (every Deployment available, every Cluster Running), its programs log
// traffic, and that traffic advances the fingerprints of the datastores they are wired to.
// Label `scenario`: ctest -L scenario runs it alone.
#include "demo/openimscenario.h"
#include "kubesim/cluster.h"
#include "kubesim/dataregistry.h"
#include "kubesim/logbook.h"
#include "kubesim/store.h"
#include "monitor/logparser.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using json = nlohmann::json;

class tst_OpenImScenario : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everythingReady();
    void trafficFlowsAndWrites();

private:
    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    const QString m_ns = sd::OpenImScenario::namespaceName();
};

void tst_OpenImScenario::initTestCase()
{
    sd::sim::SimOptions options;
    options.logBacklog = 20;
    options.logRate = 20;
    options.logBurstiness = 0;
    m_cluster.setOptions(options);
    QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(m_cluster.writeKubeconfig(kubeconfig, m_ns));
    sd::OpenImScenario scenario(&m_cluster);
    QSignalSpy finished(&scenario, &sd::OpenImScenario::finished);
    QString error;
    QVERIFY2(scenario.start(kubeconfig, &error), qPrintable(error));
    QVERIFY(finished.wait(180'000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    qInfo("openim scenario deployed in %lld ms", static_cast<long long>(scenario.elapsedMs()));
    // Back to the time scale the cluster was started with.
    QCOMPARE(m_cluster.options().timeScale, 1.0);
}

void tst_OpenImScenario::everythingReady()
{
    const auto deployments = m_cluster.store()->list(QStringLiteral("apps/deployments"), m_ns).items;
    QCOMPARE(int(deployments.size()), 12);
    for (const auto &d : deployments) {
        const int replicas = (*d)["spec"].value("replicas", 1);
        QVERIFY2((*d)["status"].value("availableReplicas", 0) == replicas, (*d)["metadata"].value("name", "").c_str());
    }
    const auto clusters = m_cluster.store()->list(QStringLiteral("apps.kubeblocks.io/clusters"), m_ns).items;
    QCOMPARE(int(clusters.size()), 4);
    for (const auto &c : clusters)
        QCOMPARE(QString::fromStdString((*c)["status"].value("phase", "")), QStringLiteral("Running"));
    int ready = 0;
    for (const auto &p : m_cluster.store()->list(QStringLiteral("/pods"), m_ns).items) {
        for (const auto &cs : (*p)["status"].value("containerStatuses", json::array()))
            ready += cs.value("ready", false) ? 1 : 0;
    }
    QVERIFY(ready >= 12 + 5);  // the OpenIM programs and the datastores' pods
}

void tst_OpenImScenario::trafficFlowsAndWrites()
{
    QString msgPod;
    for (const auto &p : m_cluster.store()->list(QStringLiteral("/pods"), m_ns).items) {
        const QString name = QString::fromStdString((*p)["metadata"].value("name", ""));
        if (name.startsWith(QStringLiteral("openim-rpc-msg-")))
            msgPod = name;
    }
    QVERIFY(!msgPod.isEmpty());
    sd::sim::LogBook *logs = m_cluster.logs();
    const QString container = QStringLiteral("openim-rpc-msg");
    QTRY_VERIFY_WITH_TIMEOUT(logs->lineCount(m_ns, msgPod, container, false) >= 20, 20000);
    const QByteArray mongo = m_cluster.data()->fingerprint(m_ns, QStringLiteral("mongodb-cluster"));
    const QByteArray redis = m_cluster.data()->fingerprint(m_ns, QStringLiteral("redis-cluster"));
    const QByteArray minio = m_cluster.data()->fingerprint(m_ns, QStringLiteral("minio-cluster"));
    QVERIFY(!mongo.isEmpty() && !redis.isEmpty());
    const size_t before = logs->lineCount(m_ns, msgPod, container, false);
    QTRY_VERIFY_WITH_TIMEOUT(logs->lineCount(m_ns, msgPod, container, false) > before + 20, 20000);
    // rpc-msg writes to MongoDB, Redis and Kafka; msgtransfer and others too.
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster.data()->fingerprint(m_ns, QStringLiteral("mongodb-cluster")) != mongo, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster.data()->fingerprint(m_ns, QStringLiteral("redis-cluster")) != redis, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster.data()->fingerprint(m_ns, QStringLiteral("minio-cluster")) != minio, 30000);
    // OpenIM's lines, as the monitor reads them.
    const auto last = logs->lines(m_ns, msgPod, container, false, before, 1);
    QVERIFY(!last.empty());
    QByteArray plain(last.front().text.size(), Qt::Uninitialized);
    plain.truncate(sd::LogParser::stripAnsi(last.front().text, plain.data()));
    QCOMPARE(sd::LogParser::parse(plain).format, sd::LogParser::Format::ZapConsole);
}

QTEST_GUILESS_MAIN(tst_OpenImScenario)
#include "tst_openimscenario.moc"
