// stackdeck-cli contexts and check, run as a script would: exit codes, text and JSON output.
#include "fakeapiserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the CLI without blocking the event loop, so an in-process server can answer it.
Run run(const QStringList &args, const QString &kubeconfigEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.remove(QStringLiteral("KUBECONFIG"));
    if (!kubeconfigEnv.isEmpty())
        env.insert(QStringLiteral("KUBECONFIG"), kubeconfigEnv);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SD_CLI_EXE), args);
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/prereq/") + name);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class tst_CliKube : public QObject
{
    Q_OBJECT

    const QString m_data = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/");

private slots:
    void contextsText()
    {
        const Run r = run({"contexts", "--kubeconfig", m_data + "relative.yaml"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QRegularExpression("\\*\\s+cert\\s+onprem\\s+cert-user")));
        QVERIFY(r.out.contains("kb-system"));
    }

    void contextsJsonMerged()
    {
        const Run r = run({"contexts", "--output", "json"},
                          m_data + "merge-a.yaml" + QDir::listSeparator() + m_data + "merge-b.yaml");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("currentContext").toString(), QString("b"));
        QCOMPARE(o.value("contexts").toArray().size(), 3);
        QCOMPARE(o.value("contexts").toArray().first().toObject().value("server").toString(),
                 QString("https://a.example:6443"));
    }

    void contextsBrokenFile()
    {
        const Run r = run({"contexts", "--kubeconfig", m_data + "broken/malformed.yaml"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("malformed.yaml") && r.err.contains("invalid YAML"), qPrintable(r.err));
        QCOMPARE(run({"contexts", "--output", "xml"}).exitCode, 2);
    }

    void check_data()
    {
        QTest::addColumn<QString>("storageClasses");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("all pass") << "storageclasses.json" << 0;
        QTest::newRow("no default StorageClass") << "storageclasses-nodefault.json" << 1;
    }
    void check()
    {
        QFETCH(QString, storageClasses);
        QFETCH(int, exitCode);
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            const QHash<QString, QString> files{
                {"/api/v1/nodes", "nodes-3-big.json"},
                {"/api/v1/namespaces/kube-system/pods", "dns-ready.json"},
                {"/apis/storage.k8s.io/v1/storageclasses", storageClasses},
                {"/apis/apps/v1/deployments", "deployments-kb.json"},
                {"/apis/extensions.kubeblocks.io/v1alpha1/addons", "addons-all.json"},
                {"/apis", "aggregated-apis-kb.json"},
                {"/api", "aggregated-api-empty.json"}};
            if (req.path == "/version")
                FakeApiServer::respond(s, 200, "{\"major\":\"1\",\"minor\":\"30\",\"gitVersion\":\"v1.30.2\"}");
            else if (req.path.endsWith("selfsubjectaccessreviews"))
                FakeApiServer::respond(s, 201, "{\"status\":{\"allowed\":true}}");
            else if (files.contains(req.path))
                FakeApiServer::respond(s, 200, fixture(files.value(req.path)));
            else
                FakeApiServer::respond(s, 404, FakeApiServer::status(404, "NotFound", "nope"));
        });
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath("config");
        QFile f(kubeconfig);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: " + server.url().toUtf8()
                + "\n    certificate-authority: " + m_data.toUtf8() + "certs/ca.crt\nusers:\n- name: u\n  user: {token: t}\n"
                  "contexts:\n- name: sim\n  context: {cluster: c, user: u, namespace: openim}\ncurrent-context: sim\n");
        f.close();

        const Run text = run({"check", "--kubeconfig", kubeconfig});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.out.contains("[PASS] Kubernetes version: Kubernetes v1.30.2."), qPrintable(text.out));
        if (exitCode)
            QVERIFY2(text.out.contains("fix: kubectl patch storageclass gp2"), qPrintable(text.out));

        const Run json = run({"check", "--kubeconfig", kubeconfig, "--output", "json", "-n", "chat"});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value("passed").toBool(), exitCode == 0);
        QCOMPARE(o.value("namespace").toString(), QString("chat"));
        QCOMPARE(o.value("context").toString(), QString("sim"));
        QVERIFY(o.value("checks").toArray().size() >= 8);
    }

    void checkWithoutCluster()
    {
        const Run r = run({"check", "--kubeconfig", m_data + "broken/dangling-current.yaml"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("“gone” does not exist"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliKube)
#include "tst_clikube.moc"
