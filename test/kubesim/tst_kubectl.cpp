// Conformance: real kubectl binaries (1.27 … 1.33) against the embedded kubesim API server.
// Every case asserts kubectl's output, not only its exit code.
#include "kubesim/cluster.h"
#include "kubesim/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
struct Result
{
    int rc = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

bool underCi() { return qEnvironmentVariable("CI") == QStringLiteral("true"); }
} // namespace

class tst_Kubectl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void getTable_data() { addRows(true); }
    void getTable();
    void getYamlAndAllNamespaces_data() { addRows(false); }
    void getYamlAndAllNamespaces();
    void customResources_data() { addRows(false); }
    void customResources();
    void runtimeCrd_data() { addRows(false); }
    void runtimeCrd();
    void applyClientSide_data() { addRows(true); }
    void applyClientSide();
    void applyServerSideConflict_data() { addRows(false); }
    void applyServerSideConflict();
    void diff_data() { addRows(false); }
    void diff();
    void patchLabelScale_data() { addRows(false); }
    void patchLabelScale();
    void describe_data() { addRows(false); }
    void describe();
    void watch_data() { addRows(false); }
    void watch();
    void deleteModes_data() { addRows(false); }
    void deleteModes();
    void logsFollow_data() { addRows(false); }
    void logsFollow();
    void exec_data() { addRows(false); }
    void exec();
    void authErrors_data() { addRows(false); }
    void authErrors();
    // Controllers (one kubectl version: the behaviour is the server's, the protocol is covered above).
    void rolloutStatusUndo_data() { addNewestRow(); }
    void rolloutStatusUndo();
    void podsWatchRunning_data() { addNewestRow(); }
    void podsWatchRunning();
    void beyondCapacityPending_data() { addNewestRow(); }
    void beyondCapacityPending();

private:
    void addRows(bool allAuth);
    void addNewestRow();
    Result kubectl(const QStringList &args, const QByteArray &stdinData = {});
    std::unique_ptr<QProcess> startKubectl(const QStringList &args);
    QString suffix() const;
    QString writeFile(const QString &name, const QString &text);

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubectlDir;
    QStringList m_versions;
    QString m_kubeconfig;
    QString m_execKubeconfig;
    int m_runs = 0;
};

void tst_Kubectl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (!kubectl.isEmpty())
        m_kubectlDir = QFileInfo(QFileInfo(kubectl).canonicalFilePath()).absolutePath();
    for (int minor = 27; minor <= 33; ++minor) {
        const QString path = m_kubectlDir + QStringLiteral("/kubectl.1.%1").arg(minor);
        if (!m_kubectlDir.isEmpty() && QFileInfo(path).isExecutable())
            m_versions.append(QStringLiteral("1.%1").arg(minor));
    }
    if (m_versions.isEmpty()) {
        if (underCi())
            QFAIL("kubectl.1.NN binaries not found next to kubectl (CI=true: required)");
        QSKIP("kubectl.1.NN binaries not found next to kubectl; skipping the conformance suite");
    }
    sd::sim::SimOptions options;
    options.timeScale = 5;  // pulls, probes and rollouts in a fraction of their real time
    m_cluster.setOptions(options);
    QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    m_cluster.setPodTerminationDelay(300);
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY2(m_cluster.writeKubeconfig(m_kubeconfig), qPrintable(m_cluster.errorString()));

    // An exec credential plugin (client.authentication.k8s.io/v1) that hands out the admin token.
    const QString plugin = writeFile(QStringLiteral("token-plugin.sh"),
                                     QStringLiteral("#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                                                    "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"%1\"}}'\n")
                                         .arg(m_cluster.adminToken()));
    QFile::setPermissions(plugin, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_execKubeconfig = writeFile(
        QStringLiteral("kubeconfig-exec"),
        QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: kubesim\n  cluster:\n    server: %1\n"
                       "    certificate-authority-data: %2\nusers:\n- name: plugin\n  user:\n    exec:\n"
                       "      apiVersion: client.authentication.k8s.io/v1\n      command: ./token-plugin.sh\n"
                       "      interactiveMode: Never\ncontexts:\n- name: kubesim-exec\n  context:\n    cluster: kubesim\n"
                       "    user: plugin\n    namespace: default\ncurrent-context: kubesim-exec\n")
            .arg(m_cluster.url().toString(), QString::fromLatin1(m_cluster.caCertificate().toBase64())));
}

void tst_Kubectl::cleanupTestCase() { m_cluster.stop(); }

QString tst_Kubectl::writeFile(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return path;
}

void tst_Kubectl::addNewestRow()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("auth");
    if (!m_versions.isEmpty())
        QTest::newRow(qPrintable(m_versions.last() + QStringLiteral("/token"))) << m_versions.last() << QStringLiteral("token");
}

void tst_Kubectl::addRows(bool allAuth)
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("auth");
    for (const QString &v : std::as_const(m_versions)) {
        QTest::newRow(qPrintable(v + QStringLiteral("/token"))) << v << QStringLiteral("token");
        if (allAuth) {
            QTest::newRow(qPrintable(v + QStringLiteral("/cert"))) << v << QStringLiteral("cert");
            QTest::newRow(qPrintable(v + QStringLiteral("/exec-plugin"))) << v << QStringLiteral("exec");
        }
    }
}

// Object names unique per data row, e.g. "web-1-33-token".
QString tst_Kubectl::suffix() const
{
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    return tag.replace(QLatin1Char('.'), QLatin1Char('-')).replace(QLatin1Char('/'), QLatin1Char('-'));
}

Result tst_Kubectl::kubectl(const QStringList &args, const QByteArray &stdinData)
{
    auto p = startKubectl(args);
    if (!stdinData.isEmpty())
        p->write(stdinData);
    p->closeWriteChannel();
    Result r;
    if (!p->waitForFinished(60'000)) {
        p->kill();
        p->waitForFinished();
        r.err = QStringLiteral("kubectl timed out: ") + args.join(QLatin1Char(' '));
        return r;
    }
    r.rc = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    return r;
}

std::unique_ptr<QProcess> tst_Kubectl::startKubectl(const QStringList &args)
{
    QFETCH(QString, version);
    QFETCH(QString, auth);
    // A fresh HOME per run: no discovery cache carried between versions or cases.
    const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_runs));
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("KUBECONFIG"), auth == QStringLiteral("exec") ? m_execKubeconfig : m_kubeconfig);
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(env);
    p->setWorkingDirectory(m_dir.path());
    QStringList full = args;
    if (auth == QStringLiteral("cert"))
        full << QStringLiteral("--context") << QStringLiteral("kubesim-cert");
    p->start(m_kubectlDir + QStringLiteral("/kubectl.") + version, full);
    p->waitForStarted();
    return p;
}

void tst_Kubectl::getTable()
{
    QFETCH(QString, version);
    const Result r = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("kube-system")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(QRegularExpression(QStringLiteral("^NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\n")).match(r.out).hasMatch(),
             qPrintable(r.out));
    QVERIFY2(QRegularExpression(QStringLiteral("coredns-\\S+\\s+1/1\\s+Running\\s+0\\s+\\d+[smh]")).match(r.out).hasMatch(),
             qPrintable(r.out));
    const Result nodes = kubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("wide")});
    QVERIFY2(nodes.rc == 0, qPrintable(nodes.all()));
    QCOMPARE(nodes.out.count(QRegularExpression(QStringLiteral("kubesim-node-\\d\\s+Ready"))), 3);
    QVERIFY2(nodes.out.contains(QStringLiteral("INTERNAL-IP")), qPrintable(nodes.out));
    // Short names and categories are resolved client-side from discovery.
    const Result all = kubectl({QStringLiteral("get"), QStringLiteral("all"), QStringLiteral("-n"), QStringLiteral("kb-system")});
    QVERIFY2(all.rc == 0, qPrintable(all.all()));
    QVERIFY2(all.out.contains(QStringLiteral("deployment.apps/kubeblocks")), qPrintable(all.out));
    QVERIFY2(all.out.contains(QStringLiteral("replicaset.apps/kubeblocks-")), qPrintable(all.out));
    const Result sc = kubectl({QStringLiteral("get"), QStringLiteral("sc")});
    QVERIFY2(sc.out.contains(QStringLiteral("standard (default)")), qPrintable(sc.all()));
}

void tst_Kubectl::getYamlAndAllNamespaces()
{
    const Result y = kubectl({QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("kube-dns"), QStringLiteral("-n"),
                              QStringLiteral("kube-system"), QStringLiteral("-o"), QStringLiteral("yaml")});
    QVERIFY2(y.rc == 0, qPrintable(y.all()));
    QVERIFY2(y.out.contains(QStringLiteral("kind: Service")) && y.out.contains(QStringLiteral("clusterIP: 10.96.0.10")),
             qPrintable(y.out));
    const Result a = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                              QStringLiteral("-l"), QStringLiteral("app.kubernetes.io/instance in (kubeblocks,other)")});
    QVERIFY2(a.rc == 0, qPrintable(a.all()));
    QVERIFY2(a.out.startsWith(QStringLiteral("NAMESPACE")), qPrintable(a.out));
    QCOMPARE(a.out.count(QStringLiteral("kube-system ")), 0);
    QCOMPARE(a.out.count(QStringLiteral("kb-system ")), 2);
    const Result f = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"), QStringLiteral("--field-selector"),
                              QStringLiteral("metadata.namespace=kb-system,status.phase=Running"), QStringLiteral("-o"),
                              QStringLiteral("name")});
    QVERIFY2(f.rc == 0, qPrintable(f.all()));
    QCOMPARE(f.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    const Result j = kubectl({QStringLiteral("get"), QStringLiteral("ns"), QStringLiteral("-o"),
                              QStringLiteral("jsonpath={.items[*].metadata.name}")});
    QVERIFY2(j.out.contains(QStringLiteral("kube-system")) && j.out.contains(QStringLiteral("kb-system")), qPrintable(j.all()));
}

void tst_Kubectl::customResources()
{
    const QString name = QStringLiteral("db-") + suffix();
    const QString file = writeFile(name + QStringLiteral(".yaml"),
                                   QStringLiteral("apiVersion: apps.kubeblocks.io/v1\nkind: Cluster\nmetadata:\n  name: %1\n"
                                                  "spec:\n  terminationPolicy: Delete\n  componentSpecs:\n"
                                                  "  - name: mysql\n    componentDef: apecloud-mysql\n    replicas: 1\n")
                                       .arg(name));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("cluster.apps.kubeblocks.io/%1 created").arg(name)), qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("clusters")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(QRegularExpression(QStringLiteral("NAME\\s+CLUSTER-DEFINITION\\s+TERMINATION-POLICY\\s+STATUS\\s+AGE")).match(r.out).hasMatch(),
             qPrintable(r.out));
    QVERIFY2(QRegularExpression(QStringLiteral("%1\\s+Delete\\s+\\d+s").arg(name)).match(r.out).hasMatch(), qPrintable(r.out));
    // Update through client-side apply: a merge patch for custom resources.
    QFile::remove(file);
    writeFile(name + QStringLiteral(".yaml"),
              QStringLiteral("apiVersion: apps.kubeblocks.io/v1\nkind: Cluster\nmetadata:\n  name: %1\n"
                             "spec:\n  terminationPolicy: WipeOut\n  componentSpecs:\n"
                             "  - name: mysql\n    componentDef: apecloud-mysql\n    replicas: 3\n")
                  .arg(name));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("configured")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("clusters.v1.apps.kubeblocks.io"), name, QStringLiteral("-o"),
                 QStringLiteral("jsonpath={.spec.terminationPolicy}/{.spec.componentSpecs[0].replicas}")});
    QCOMPARE(r.out, QStringLiteral("WipeOut/3"));
    r = kubectl({QStringLiteral("get"), QStringLiteral("crd"), QStringLiteral("clusters.apps.kubeblocks.io")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("clusters.apps.kubeblocks.io")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("cluster"), name});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("deleted")), qPrintable(r.all()));
}

void tst_Kubectl::runtimeCrd()
{
    // A CRD created at run time becomes discoverable and servable; its schema validates; deleting it
    // removes its resources.
    const QString plural = QStringLiteral("widgets") + suffix().remove(QLatin1Char('-'));
    const QString crd = writeFile(plural + QStringLiteral("-crd.yaml"),
                                  QStringLiteral("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n"
                                                 "metadata: {name: %1.example.com}\nspec:\n  group: example.com\n"
                                                 "  scope: Namespaced\n  names: {kind: W%1, plural: %1, singular: w%1}\n"
                                                 "  versions:\n  - name: v1\n    served: true\n    storage: true\n"
                                                 "    additionalPrinterColumns: [{name: Size, type: integer, jsonPath: .spec.size}]\n"
                                                 "    schema:\n      openAPIV3Schema:\n        type: object\n"
                                                 "        properties:\n          spec: {type: object, properties: "
                                                 "{size: {type: integer, maximum: 10}}}\n")
                                      .arg(plural));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), crd});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("created")), qPrintable(r.all()));
    const QString cr = QStringLiteral("apiVersion: example.com/v1\nkind: W%1\nmetadata: {name: %2}\nspec: {size: %3}\n");
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), writeFile(plural + QStringLiteral("-ok.yaml"), cr.arg(plural, QStringLiteral("small")).arg(3))});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), plural});
    QVERIFY2(QRegularExpression(QStringLiteral("small\\s+3\\s+\\d+s")).match(r.out).hasMatch(), qPrintable(r.all()));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), writeFile(plural + QStringLiteral("-big.yaml"), cr.arg(plural, QStringLiteral("big")).arg(30))});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("spec.size in body should be less than or equal to 10")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("-f"), crd});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY(m_cluster.store()->list(QStringLiteral("example.com/") + plural).items.empty());
}

void tst_Kubectl::applyClientSide()
{
    const QString name = QStringLiteral("web-") + suffix();
    auto manifest = [&](int replicas, const QString &value) {
        return QStringLiteral("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %1\nspec:\n  replicas: %2\n"
                              "  selector:\n    matchLabels: {app: %1}\n  template:\n    metadata:\n      labels: {app: %1}\n"
                              "    spec:\n      containers:\n      - name: web\n        image: nginx:1.25\n"
                              "        ports: [{containerPort: 80, name: http}]\n        env: [{name: MODE, value: \"%3\"}]\n")
            .arg(name)
            .arg(replicas)
            .arg(value);
    };
    const QString file = writeFile(name + QStringLiteral(".yaml"), manifest(2, QStringLiteral("a")));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("deployment.apps/%1 created").arg(name)), qPrintable(r.all()));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("unchanged")), qPrintable(r.all()));
    writeFile(name + QStringLiteral(".yaml"), manifest(3, QStringLiteral("b")));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("deployment.apps/%1 configured").arg(name)), qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), name, QStringLiteral("-o"),
                 QStringLiteral("jsonpath={.spec.replicas}/{.spec.template.spec.containers[0].env[0].value}/{.metadata.generation}")});
    QCOMPARE(r.out, QStringLiteral("3/b/2"));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("deleted")), qPrintable(r.all()));
}

void tst_Kubectl::applyServerSideConflict()
{
    const QString name = QStringLiteral("ssa-") + suffix();
    auto manifest = [&](int replicas) {
        return QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\ndata:\n  replicas: \"%2\"\n  fixed: x\n")
            .arg(name)
            .arg(replicas);
    };
    const QString file = writeFile(name + QStringLiteral(".yaml"), manifest(1));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("configmap/%1 serverside-applied").arg(name)), qPrintable(r.all()));
    // Another manager takes data.replicas; applying a different value then conflicts.
    r = kubectl({QStringLiteral("patch"), QStringLiteral("configmap"), name, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                 QStringLiteral("{\"data\":{\"replicas\":\"5\"}}")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    writeFile(name + QStringLiteral(".yaml"), manifest(2));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("-f"), file});
    QCOMPARE(r.rc, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Apply failed with 1 conflict")) && r.err.contains(QStringLiteral(".data.replicas"))
                 && r.err.contains(QStringLiteral("--force-conflicts")),
             qPrintable(r.all()));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("--server-side"), QStringLiteral("--force-conflicts"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("cm"), name, QStringLiteral("-o"), QStringLiteral("jsonpath={.data.replicas}")});
    QCOMPARE(r.out, QStringLiteral("2"));
    r = kubectl({QStringLiteral("get"), QStringLiteral("cm"), name, QStringLiteral("--show-managed-fields"), QStringLiteral("-o"),
                 QStringLiteral("jsonpath={.metadata.managedFields[*].manager}")});
    QVERIFY2(r.out.contains(QStringLiteral("kubectl")), qPrintable(r.all()));
}

void tst_Kubectl::diff()
{
    const QString name = QStringLiteral("diff-") + suffix();
    const QString text = QStringLiteral("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %1\ndata:\n  key: %2\n");
    const QString file = writeFile(name + QStringLiteral(".yaml"), text.arg(name, QStringLiteral("old")));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    writeFile(name + QStringLiteral(".yaml"), text.arg(name, QStringLiteral("new")));
    r = kubectl({QStringLiteral("diff"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 1, qPrintable(r.all()));  // 1: differences found
    QVERIFY2(r.out.contains(QStringLiteral("-  key: old")) && r.out.contains(QStringLiteral("+  key: new")), qPrintable(r.all()));
    // diff is a dry run: the live object is unchanged.
    r = kubectl({QStringLiteral("get"), QStringLiteral("cm"), name, QStringLiteral("-o"), QStringLiteral("jsonpath={.data.key}")});
    QCOMPARE(r.out, QStringLiteral("old"));
}

void tst_Kubectl::patchLabelScale()
{
    const QString name = QStringLiteral("pls-") + suffix();
    Result r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), name, QStringLiteral("--image=nginx:1.25"),
                        QStringLiteral("--replicas=1")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("created")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("patch"), QStringLiteral("deploy"), name, QStringLiteral("--type=json"), QStringLiteral("-p"),
                 QStringLiteral("[{\"op\":\"replace\",\"path\":\"/spec/replicas\",\"value\":2}]")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("patched")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("patch"), QStringLiteral("deploy"), name, QStringLiteral("--type=merge"), QStringLiteral("-p"),
                 QStringLiteral("{\"metadata\":{\"annotations\":{\"note\":\"merge\"}}}")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    // Strategic: the container list merges by name, so only the image changes.
    r = kubectl({QStringLiteral("patch"), QStringLiteral("deploy"), name, QStringLiteral("-p"),
                 QStringLiteral("{\"spec\":{\"template\":{\"spec\":{\"containers\":[{\"name\":\"nginx\",\"image\":\"nginx:1.26\"}]}}}}")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("label"), QStringLiteral("deploy"), name, QStringLiteral("tier=web")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("labeled")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("scale"), QStringLiteral("deploy"), name, QStringLiteral("--replicas=4")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("scaled")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), name, QStringLiteral("-o"),
                 QStringLiteral("jsonpath={.spec.replicas} {.metadata.annotations.note} "
                                "{.spec.template.spec.containers[*].name}={.spec.template.spec.containers[*].image} "
                                "{.metadata.labels.tier}")});
    QCOMPARE(r.out, QStringLiteral("4 merge nginx=nginx:1.26 web"));
    r = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("-l"), QStringLiteral("tier=web,app=") + name});
    // READY follows the controllers (pods start within seconds): any count of the four.
    QVERIFY2(QRegularExpression(QStringLiteral("%1\\s+[0-4]/4").arg(name)).match(r.out).hasMatch(), qPrintable(r.all()));
    // Invalid input answers 422 with the field path.
    r = kubectl({QStringLiteral("scale"), QStringLiteral("deploy"), name, QStringLiteral("--replicas=-1")});
    QVERIFY(r.rc != 0);
    r = kubectl({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("Bad_Name")});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("Invalid value: \"Bad_Name\"")) && r.err.contains(QStringLiteral("metadata.name")),
             qPrintable(r.all()));
}

void tst_Kubectl::describe()
{
    const Result r = kubectl({QStringLiteral("describe"), QStringLiteral("deploy"), QStringLiteral("coredns"), QStringLiteral("-n"),
                              QStringLiteral("kube-system")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(QRegularExpression(QStringLiteral("Replicas:\\s+2 desired \\| 2 updated \\| 2 total \\| 2 available")).match(r.out).hasMatch(),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Image:")) && r.out.contains(QStringLiteral("coredns")), qPrintable(r.out));
    const Result n = kubectl({QStringLiteral("describe"), QStringLiteral("node"), QStringLiteral("kubesim-node-1")});
    QVERIFY2(n.rc == 0 && n.out.contains(QStringLiteral("Ready")) && n.out.contains(QStringLiteral("kubelet is posting ready status")),
             qPrintable(n.all()));
}

void tst_Kubectl::watch()
{
    const QString name = QStringLiteral("watched-") + suffix();
    auto p = startKubectl({QStringLiteral("get"), QStringLiteral("configmaps"), QStringLiteral("-w"),
                           QStringLiteral("--output-watch-events")});
    QString out;
    auto waitFor = [&](const QString &needle) {
        for (int i = 0; i < 100 && !out.contains(needle); ++i) {
            p->waitForReadyRead(100);
            out += QString::fromUtf8(p->readAllStandardOutput());
        }
        return out.contains(needle);
    };
    QVERIFY2(waitFor(QStringLiteral("EVENT")), qPrintable(out + QString::fromUtf8(p->readAllStandardError())));
    Result r = kubectl({QStringLiteral("create"), QStringLiteral("configmap"), name, QStringLiteral("--from-literal=a=1")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(waitFor(QStringLiteral("ADDED")) && waitFor(name), qPrintable(out));
    r = kubectl({QStringLiteral("label"), QStringLiteral("cm"), name, QStringLiteral("x=y")});
    QVERIFY2(waitFor(QStringLiteral("MODIFIED")), qPrintable(out));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("cm"), name});
    QVERIFY2(waitFor(QStringLiteral("DELETED")), qPrintable(out));
    QVERIFY2(QRegularExpression(QStringLiteral("DELETED\\s+%1\\s+1\\s+\\d+s").arg(name)).match(out).hasMatch(), qPrintable(out));
    p->kill();
    p->waitForFinished();
}

void tst_Kubectl::deleteModes()
{
    const QString s = suffix();
    // Immediate.
    Result r = kubectl({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("gone-") + s});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("gone-") + s});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("configmap \"gone-%1\" deleted").arg(s)), qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("configmap"), QStringLiteral("gone-") + s});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("Error from server (NotFound): configmaps \"gone-%1\" not found").arg(s)),
             qPrintable(r.all()));
    // Graceful: a scheduled pod gets a deletionTimestamp first; kubectl waits for the DELETED event.
    const QString pod = QStringLiteral("grace-") + s;
    const QString podFile = writeFile(pod + QStringLiteral(".yaml"),
                                      QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\nspec:\n"
                                                     "  nodeName: kubesim-node-1\n  containers:\n  - name: main\n"
                                                     "    image: busybox:1.36\n")
                                          .arg(pod));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), podFile});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    auto waiter = startKubectl({QStringLiteral("wait"), QStringLiteral("--for=delete"), QStringLiteral("pod/") + pod,
                                QStringLiteral("--timeout=30s")});
    r = kubectl({QStringLiteral("delete"), QStringLiteral("pod"), pod});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("pod \"%1\" deleted").arg(pod)), qPrintable(r.all()));
    QVERIFY(waiter->waitForFinished(30'000));
    QCOMPARE(waiter->exitCode(), 0);
    // Cascading: the owner's dependents (ReplicaSet, its pods) are garbage-collected.
    const QString dep = QStringLiteral("cascade-") + s;
    r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), dep, QStringLiteral("--image=nginx:1.25")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("deploy"), dep, QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.uid}")});
    const QString uid = r.out;
    const QString rsFile = writeFile(dep + QStringLiteral("-rs.yaml"),
                                     QStringLiteral("apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: %1-rs\n"
                                                    "  ownerReferences:\n  - {apiVersion: apps/v1, kind: Deployment, name: %1, "
                                                    "uid: %2, controller: true}\nspec:\n  selector:\n    matchLabels: {app: %1}\n"
                                                    "  template:\n    metadata:\n      labels: {app: %1}\n    spec:\n"
                                                    "      containers: [{name: c, image: nginx:1.25}]\n")
                                         .arg(dep, uid));
    r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), rsFile});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("deploy"), dep, QStringLiteral("--cascade=foreground")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("rs"), dep + QStringLiteral("-rs")});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("NotFound")), qPrintable(r.all()));
}

void tst_Kubectl::logsFollow()
{
    const QString pod = QStringLiteral("kubeblocks-7c9d6b5f8-q8x2n");
    const QString marker = QStringLiteral("line for ") + suffix();
    Result r = kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("kb-system"), pod, QStringLiteral("--tail=1"),
                        QStringLiteral("--timestamps")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z \\S")).match(r.out).hasMatch(),
             qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    auto follower = startKubectl({QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-n"), QStringLiteral("kb-system"), pod});
    QString out;
    for (int i = 0; i < 50 && !out.contains(QStringLiteral("Starting workers")); ++i) {
        follower->waitForReadyRead(100);
        out += QString::fromUtf8(follower->readAllStandardOutput());
    }
    m_cluster.appendLog(QStringLiteral("kb-system"), pod, QStringLiteral("manager"), {marker.toUtf8()});
    for (int i = 0; i < 50 && !out.contains(marker); ++i) {
        follower->waitForReadyRead(100);
        out += QString::fromUtf8(follower->readAllStandardOutput());
    }
    QVERIFY2(out.contains(marker), qPrintable(out));
    // The container instance ends: the follow stream ends and kubectl exits 0.
    m_cluster.cutLogStreams();
    QVERIFY(follower->waitForFinished(10'000));
    QCOMPARE(follower->exitCode(), 0);
    r = kubectl({QStringLiteral("logs"), QStringLiteral("-n"), QStringLiteral("kb-system"), pod, QStringLiteral("--previous")});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("previous terminated container")), qPrintable(r.all()));
}

void tst_Kubectl::exec()
{
    QFETCH(QString, version);
    const QString pod = QStringLiteral("kubeblocks-7c9d6b5f8-q8x2n");
    const QStringList base = {QStringLiteral("exec"), QStringLiteral("-n"), QStringLiteral("kb-system"), pod, QStringLiteral("--")};
    Result r = kubectl(base + QStringList{QStringLiteral("echo"), QStringLiteral("hello"), QStringLiteral("exec")});
    if (version.section(u'.', 1).toInt() < 30) {
        // kubectl <= 1.29 speaks SPDY only, which kubesim declines with a clear message.
        QCOMPARE(r.rc, 1);
        QVERIFY2(r.err.contains(QStringLiteral("SPDY is not supported")), qPrintable(r.all()));
        return;
    }
    QVERIFY2(r.rc == 0 && r.out == QStringLiteral("hello exec\n"), qPrintable(r.all()));
    r = kubectl(base + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
    QCOMPARE(r.rc, 3);
    QVERIFY2(r.err.contains(QStringLiteral("command terminated with exit code 3")), qPrintable(r.all()));
    QStringList withStdin = base;
    withStdin.insert(1, QStringLiteral("-i"));
    r = kubectl(withStdin + QStringList{QStringLiteral("cat")}, "from stdin\n");
    QVERIFY2(r.rc == 0 && r.out == QStringLiteral("from stdin\n"), qPrintable(r.all()));
}

void tst_Kubectl::authErrors()
{
    QFETCH(QString, version);
    // Viewer: reads allowed, writes answered 403 Forbidden.
    Result r = kubectl({QStringLiteral("--context"), QStringLiteral("kubesim-viewer"), QStringLiteral("get"), QStringLiteral("pods"),
                        QStringLiteral("-n"), QStringLiteral("kube-system")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("coredns")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("--context"), QStringLiteral("kubesim-viewer"), QStringLiteral("delete"), QStringLiteral("pod"),
                 QStringLiteral("-n"), QStringLiteral("kube-system"), QStringLiteral("nope")});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("Error from server (Forbidden)"))
                 && r.err.contains(QStringLiteral("User \"viewer\" cannot delete resource \"pods\"")),
             qPrintable(r.all()));
    r = kubectl({QStringLiteral("--context"), QStringLiteral("kubesim-viewer"), QStringLiteral("auth"), QStringLiteral("can-i"),
                 QStringLiteral("create"), QStringLiteral("deployments")});
    QVERIFY2(r.out.trimmed() == QStringLiteral("no"), qPrintable(r.all()));
    // A wrong token: 401.
    r = kubectl({QStringLiteral("--token"), QStringLiteral("wrong"), QStringLiteral("get"), QStringLiteral("pods")});
    QVERIFY2(r.rc == 1 && r.err.contains(QStringLiteral("You must be logged in to the server")), qPrintable(r.all()));
}

void tst_Kubectl::rolloutStatusUndo()
{
    const QString name = QStringLiteral("roll-") + suffix();
    Result r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), name, QStringLiteral("--image=nginx:1.25"),
                        QStringLiteral("--replicas=3")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + name, QStringLiteral("--timeout=60s")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("deployment \"%1\" successfully rolled out").arg(name)), qPrintable(r.all()));
    r = kubectl({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/") + name, QStringLiteral("nginx=nginx:1.26")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("image updated")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + name, QStringLiteral("--timeout=60s")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("successfully rolled out")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/") + name});
    QVERIFY2(r.rc == 0 && QRegularExpression(QStringLiteral("(?m)^1\\s")).match(r.out).hasMatch()
                 && QRegularExpression(QStringLiteral("(?m)^2\\s")).match(r.out).hasMatch(),
             qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/") + name});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("rolled back")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + name, QStringLiteral("--timeout=60s")});
    QVERIFY2(r.rc == 0 && r.out.contains(QStringLiteral("successfully rolled out")), qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), name, QStringLiteral("-o"),
                 QStringLiteral("jsonpath={.spec.template.spec.containers[0].image} {.metadata.annotations.deployment\\.kubernetes\\.io/revision} "
                                "{.status.readyReplicas}/{.status.replicas}")});
    QCOMPARE(r.out, QStringLiteral("nginx:1.25 3 3/3"));
    r = kubectl({QStringLiteral("scale"), QStringLiteral("deployment/") + name, QStringLiteral("--replicas=1")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + name, QStringLiteral("--timeout=60s")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-l"), QStringLiteral("app=") + name, QStringLiteral("-o"),
                 QStringLiteral("jsonpath={range .items[*]}{.spec.replicas}{\"\\n\"}{end}")});
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2);
    QVERIFY2(r.out.contains(QLatin1Char('1')) && r.out.contains(QLatin1Char('0')), qPrintable(r.all()));
}

void tst_Kubectl::podsWatchRunning()
{
    const QString name = QStringLiteral("watchpod-") + suffix();
    auto p = startKubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-w"), QStringLiteral("-l"),
                           QStringLiteral("app=") + name});
    QString out;
    auto waitFor = [&](const QRegularExpression &re) {
        for (int i = 0; i < 300 && !re.match(out).hasMatch(); ++i) {
            p->waitForReadyRead(100);
            out += QString::fromUtf8(p->readAllStandardOutput());
        }
        return re.match(out).hasMatch();
    };
    Result r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), name, QStringLiteral("--image=nginx:1.25")});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    QVERIFY2(waitFor(QRegularExpression(QStringLiteral("%1-\\w+-\\w+\\s+0/1\\s+(Pending|ContainerCreating)").arg(name))), qPrintable(out));
    QVERIFY2(waitFor(QRegularExpression(QStringLiteral("%1-\\w+-\\w+\\s+1/1\\s+Running\\s+0").arg(name))), qPrintable(out));
    p->kill();
    p->waitForFinished();
    r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("--field-selector"),
                 QStringLiteral("involvedObject.kind=Pod"), QStringLiteral("-o"),
                 QStringLiteral("jsonpath={range .items[*]}{.involvedObject.name} {.reason}{\"\\n\"}{end}")});
    for (const char *reason : {"Scheduled", "Pulled", "Created", "Started"})
        QVERIFY2(QRegularExpression(QStringLiteral("%1-\\S+ %2").arg(name, QLatin1String(reason))).match(r.out).hasMatch(),
                 qPrintable(QLatin1String(reason) + QLatin1Char(' ') + r.all()));
    // metrics.k8s.io: the kubelets' samples, once the pod has run for a sampling period.
    for (int i = 0; i < 100; ++i) {
        r = kubectl({QStringLiteral("top"), QStringLiteral("pod"), QStringLiteral("-l"), QStringLiteral("app=") + name});
        if (r.rc == 0 && r.out.contains(name))
            break;
        QTest::qWait(200);
    }
    QVERIFY2(QRegularExpression(QStringLiteral("%1-\\S+\\s+\\d+m\\s+\\d+Mi").arg(name)).match(r.out).hasMatch(), qPrintable(r.all()));
    r = kubectl({QStringLiteral("top"), QStringLiteral("node")});
    QVERIFY2(r.rc == 0 && r.out.count(QRegularExpression(QStringLiteral("kubesim-node-\\d\\s+\\d+m\\s+\\d+%"))) == 3, qPrintable(r.all()));
}

void tst_Kubectl::beyondCapacityPending()
{
    const QString name = QStringLiteral("huge-") + suffix();
    const QString file = writeFile(name + QStringLiteral(".yaml"),
                                   QStringLiteral("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %1\nspec:\n  containers:\n"
                                                  "  - name: main\n    image: nginx:1.25\n    resources:\n      requests:\n"
                                                  "        cpu: \"6\"\n")
                                       .arg(name));
    Result r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), file});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
    for (int i = 0; i < 100; ++i) {
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("--field-selector"),
                     QStringLiteral("involvedObject.name=") + name});
        if (r.out.contains(QStringLiteral("FailedScheduling")))
            break;
        QTest::qWait(100);
    }
    QVERIFY2(r.out.contains(QStringLiteral("Warning")) && r.out.contains(QStringLiteral("FailedScheduling"))
                 && r.out.contains(QStringLiteral("0/3 nodes are available: 3 Insufficient cpu.")),
             qPrintable(r.all()));
    r = kubectl({QStringLiteral("get"), QStringLiteral("pod"), name});
    QVERIFY2(QRegularExpression(QStringLiteral("%1\\s+0/1\\s+Pending").arg(name)).match(r.out).hasMatch(), qPrintable(r.all()));
    r = kubectl({QStringLiteral("delete"), QStringLiteral("pod"), name});
    QVERIFY2(r.rc == 0, qPrintable(r.all()));
}

QTEST_GUILESS_MAIN(tst_Kubectl)
#include "tst_kubectl.moc"
