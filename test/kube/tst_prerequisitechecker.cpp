#include "fakeapiserver.h"
#include "kubetesthelpers.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/prerequisitechecker.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace sd;
using S = CheckResult::Status;

namespace {
QJsonObject fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/prereq/") + name);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

// Prerequisite checks as data: each evaluator on fixtures, and one full run against a scripted
// server.
class tst_PrerequisiteChecker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("millicores") << "3920m" << 3.92;
        QTest::newRow("cores") << "8" << 8.0;
        QTest::newRow("Ki") << "16Ki" << 16384.0;
        QTest::newRow("Gi") << "8Gi" << 8589934592.0;
        QTest::newRow("G") << "1G" << 1e9;
        QTest::newRow("exp") << "1e3" << 1000.0;
        QTest::newRow("bad") << "lots" << -1.0;
    }
    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QCOMPARE(PrerequisiteChecker::parseQuantity(text), value);
    }

    void version_data()
    {
        QTest::addColumn<QString>("minor");
        QTest::addColumn<int>("status");
        QTest::newRow("1.21") << "21" << int(S::Fail);
        QTest::newRow("1.23") << "23" << int(S::Warning);
        QTest::newRow("1.27+ (EKS)") << "27+" << int(S::Pass);
        QTest::newRow("1.33") << "33" << int(S::Pass);
    }
    void version()
    {
        QFETCH(QString, minor);
        QFETCH(int, status);
        const CheckResult r = PrerequisiteChecker::evaluateVersion(
            {{"major", "1"}, {"minor", minor}, {"gitVersion", "v1." + minor.remove('+') + ".3"}});
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.fix.isEmpty(), status == int(S::Pass));
        QVERIFY(!r.message.isEmpty());
    }

    void nodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::newRow("3 big") << "nodes-3-big.json" << int(S::Pass);
        QTest::newRow("dev cluster") << "nodes-dev.json" << int(S::Warning);
        QTest::newRow("not ready") << "nodes-notready.json" << int(S::Fail);
    }
    void nodes()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QCOMPARE(int(PrerequisiteChecker::evaluateNodes(fixture(file)).status), status);
    }

    void network()
    {
        QCOMPARE(PrerequisiteChecker::evaluateNetwork(fixture("nodes-3-big.json"), fixture("dns-ready.json")).status, S::Pass);
        QCOMPARE(PrerequisiteChecker::evaluateNetwork(fixture("nodes-3-big.json"), {}).status, S::Warning);
        const CheckResult cni = PrerequisiteChecker::evaluateNetwork(fixture("nodes-notready.json"), fixture("dns-ready.json"));
        QCOMPARE(cni.status, S::Fail);
        QVERIFY(cni.message.contains("n1"));
    }

    void storageClasses()
    {
        const CheckResult ok = PrerequisiteChecker::evaluateStorageClasses(fixture("storageclasses.json"));
        QCOMPARE(ok.status, S::Pass);
        QVERIFY(ok.message.contains("standard-rwo"));
        const CheckResult none = PrerequisiteChecker::evaluateStorageClasses(fixture("storageclasses-nodefault.json"));
        QCOMPARE(none.status, S::Fail);
        QVERIFY2(none.fix.startsWith("kubectl patch storageclass gp2"), qPrintable(none.fix));
        QCOMPARE(PrerequisiteChecker::evaluateStorageClasses({}).status, S::Fail);
    }

    void kubeBlocksApis()
    {
        const QList<ApiResource> full = Discovery::parseAggregated(fixture("aggregated-apis-kb.json"));
        QCOMPARE(PrerequisiteChecker::evaluateKubeBlocksApis(full).status, S::Pass);
        QList<ApiResource> old = full;
        for (ApiResource &r : old)
            if (r.group == "apps.kubeblocks.io")
                r.version = "v1alpha1";
        const CheckResult pre10 = PrerequisiteChecker::evaluateKubeBlocksApis(old);
        QCOMPARE(pre10.status, S::Fail);
        QVERIFY(pre10.message.contains("older than 1.0"));
        QVERIFY(pre10.fix.contains("kubeblocks_crds.yaml"));
        const CheckResult none = PrerequisiteChecker::evaluateKubeBlocksApis({});
        QCOMPARE(none.status, S::Fail);
        QVERIFY(none.message.contains("clusters.apps.kubeblocks.io/v1"));
    }

    void kubeBlocksOperator()
    {
        const CheckResult ok = PrerequisiteChecker::evaluateKubeBlocksOperator(fixture("deployments-kb.json"));
        QCOMPARE(ok.status, S::Pass);
        QVERIFY(ok.message.contains("1.0.2") && ok.message.contains("kb-system"));
        const CheckResult old = PrerequisiteChecker::evaluateKubeBlocksOperator(fixture("deployments-kb-old.json"));
        QCOMPARE(old.status, S::Fail);
        QVERIFY(old.message.contains("0.9.3"));
        QVERIFY(old.fix.startsWith("helm upgrade"));
        const CheckResult missing = PrerequisiteChecker::evaluateKubeBlocksOperator({});
        QCOMPARE(missing.status, S::Fail);
        QVERIFY(missing.fix.contains("helm install kubeblocks"));
    }

    void addons()
    {
        const auto r = PrerequisiteChecker::evaluateAddons(fixture("addons.json"), PrerequisiteChecker::defaultAddons());
        QCOMPARE(r.size(), 4);
        QCOMPARE(r[0].status, S::Pass); // mongodb
        QCOMPARE(r[2].status, S::Fail); // kafka disabled
        QCOMPARE(r[2].fix, QString("kbcli addon enable kafka"));
        QCOMPARE(r[3].status, S::Fail); // minio not installed
        QVERIFY(r[3].fix.startsWith("kbcli addon install minio"));
    }

    void permissions()
    {
        const auto checks = PrerequisiteChecker::requiredPermissions();
        QList<QPair<AccessCheck, bool>> answers;
        for (const auto &c : checks)
            answers.append({c, c.resource != "clusters"});
        const CheckResult r = PrerequisiteChecker::evaluatePermissions(answers, "openim");
        QCOMPARE(r.status, S::Fail);
        QVERIFY2(r.message.contains("create clusters.apps.kubeblocks.io"), qPrintable(r.message));
        QVERIFY(r.fix.contains("kubectl auth can-i --list -n openim"));
        for (auto &a : answers)
            a.second = true;
        QCOMPARE(PrerequisiteChecker::evaluatePermissions(answers, "openim").status, S::Pass);
    }

    void fullRun()
    {
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        int reviews = 0;
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            const QHash<QString, QString> files{
                {"/api/v1/nodes", "nodes-3-big.json"},
                {"/api/v1/namespaces/kube-system/pods", "dns-ready.json"},
                {"/apis/storage.k8s.io/v1/storageclasses", "storageclasses.json"},
                {"/apis/apps/v1/deployments", "deployments-kb.json"},
                {"/apis/extensions.kubeblocks.io/v1alpha1/addons", "addons-all.json"},
                {"/apis", "aggregated-apis-kb.json"},
                {"/api", "aggregated-api-empty.json"}};
            if (req.path == "/version") {
                FakeApiServer::respond(s, 200, "{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"v1.30.2\"}");
            } else if (req.path.endsWith("selfsubjectaccessreviews")) {
                ++reviews;
                FakeApiServer::respond(s, 201, "{\"status\":{\"allowed\":true}}");
            } else if (files.contains(req.path)) {
                FakeApiServer::respond(s, 200, QJsonDocument(fixture(files.value(req.path))).toJson());
            } else {
                FakeApiServer::respond(s, 404, FakeApiServer::status(404, "NotFound", "nope"));
            }
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        PrerequisiteChecker checker(&client, "openim");
        QSignalSpy done(&checker, &PrerequisiteChecker::finished);
        checker.start();
        QVERIFY(done.wait(15000));
        const auto results = checker.results();
        QStringList ids;
        for (const auto &r : results) {
            ids << r.id;
            QVERIFY2(r.status == S::Pass, qPrintable(r.id + ": " + r.message));
        }
        QCOMPARE(ids, (QStringList{"kubernetes-version", "nodes", "network", "storage-class", "kubeblocks-apis",
                                   "kubeblocks-operator", "addon-mongodb", "addon-redis", "addon-kafka",
                                   "addon-minio", "permissions"}));
        QVERIFY(PrerequisiteChecker::allRequiredPassed(results));
        QCOMPARE(reviews, int(PrerequisiteChecker::requiredPermissions().size()));
        const QJsonArray json = PrerequisiteChecker::toJson(results);
        QCOMPARE(json.first().toObject().value("status").toString(), QString("pass"));
    }
};

QTEST_GUILESS_MAIN(tst_PrerequisiteChecker)
#include "tst_prerequisitechecker.moc"
