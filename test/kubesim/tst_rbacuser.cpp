// A custom RBAC user (a bearer token bound by a Role/RoleBinding to get/list pods in one namespace):
// real kubectl 1.27 and 1.33 see the real Forbidden messages everywhere else, and `kubectl auth
// can-i` answers from the same rules; the official Python client gets the same 403s.
#include "kubesim/cluster.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using json = nlohmann::json;
namespace objects = sd::sim::objects;

namespace {
bool underCi() { return qEnvironmentVariable("CI") == QLatin1String("true"); }

struct Result
{
    int rc = -1;
    QString out;
    QString err;
};
} // namespace

class tst_RbacUser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void kubectlSeesForbidden_data();
    void kubectlSeesForbidden();
    void authCanI_data();
    void authCanI();
    void pythonClientGetsForbidden();

private:
    void addVersions();
    Result kubectl(const QString &version, const QStringList &args);

    sd::sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;
    QString m_kubectlDir;
    QStringList m_versions;
    int m_runs = 0;
};

void tst_RbacUser::initTestCase()
{
    const QString dispatcher = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (!dispatcher.isEmpty())
        m_kubectlDir = QFileInfo(QFileInfo(dispatcher).canonicalFilePath()).dir().path();
    for (const char *v : {"1.27", "1.33"}) {
        if (!m_kubectlDir.isEmpty() && QFileInfo(m_kubectlDir + QStringLiteral("/kubectl.") + QLatin1String(v)).isExecutable())
            m_versions.append(QLatin1String(v));
    }
    sd::sim::SimOptions options;
    options.controllers = false;  // RBAC only: nothing needs to run
    m_cluster.setOptions(options);
    QVERIFY(m_cluster.loadScenario(QStringLiteral("empty")));
    sd::sim::Store *store = m_cluster.store();
    QVERIFY(objects::create(store, QStringLiteral("/namespaces"),
                            {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "team-a"}}}, {"status", {{"phase", "Active"}}}}));
    QVERIFY(objects::create(store, QStringLiteral("rbac.authorization.k8s.io/roles"),
                            {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "Role"},
                             {"metadata", {{"name", "pod-reader"}, {"namespace", "team-a"}}},
                             {"rules", json::array({{{"apiGroups", {""}}, {"resources", {"pods"}}, {"verbs", {"get", "list"}}}})}}));
    QVERIFY(objects::create(store, QStringLiteral("rbac.authorization.k8s.io/rolebindings"),
                            {{"apiVersion", "rbac.authorization.k8s.io/v1"}, {"kind", "RoleBinding"},
                             {"metadata", {{"name", "alice-reads-pods"}, {"namespace", "team-a"}}},
                             {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "Role"}, {"name", "pod-reader"}}},
                             {"subjects", json::array({{{"kind", "User"}, {"apiGroup", "rbac.authorization.k8s.io"}, {"name", "alice"}}})}}));
    QVERIFY(objects::create(store, objects::kPods,
                            {{"apiVersion", "v1"}, {"kind", "Pod"}, {"metadata", {{"name", "web"}, {"namespace", "team-a"}}},
                             {"spec", {{"containers", json::array({{{"name", "web"}, {"image", "nginx:1.25"}}})}}},
                             {"status", {{"phase", "Running"}}}}));
    const QString token = m_cluster.addToken(QStringLiteral("alice"));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig-alice"));
    QFile f(m_kubeconfig);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n- name: kubesim\n  cluster:\n    server: %1\n"
                           "    certificate-authority-data: %2\nusers:\n- name: alice\n  user:\n    token: %3\n"
                           "contexts:\n- name: alice\n  context:\n    cluster: kubesim\n    user: alice\n    namespace: team-a\n"
                           "current-context: alice\n")
                .arg(m_cluster.url().toString(), QString::fromLatin1(m_cluster.caCertificate().toBase64()), token)
                .toUtf8());
    f.close();
}

void tst_RbacUser::cleanupTestCase() { m_cluster.stop(); }

void tst_RbacUser::addVersions()
{
    QTest::addColumn<QString>("version");
    if (m_versions.isEmpty()) {
        if (underCi())
            QFAIL("kubectl.1.27 / kubectl.1.33 not found next to kubectl (CI=true: required)");
        QSKIP("kubectl.1.27 / kubectl.1.33 not found next to kubectl");
    }
    for (const QString &v : std::as_const(m_versions))
        QTest::newRow(qPrintable(v)) << v;
}

Result tst_RbacUser::kubectl(const QString &version, const QStringList &args)
{
    const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_runs));
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("KUBECONFIG"), m_kubeconfig);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_kubectlDir + QStringLiteral("/kubectl.") + version, args);
    Result r;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void tst_RbacUser::kubectlSeesForbidden_data() { addVersions(); }

void tst_RbacUser::kubectlSeesForbidden()
{
    QFETCH(QString, version);
    Result r = kubectl(version, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-o"), QStringLiteral("name")});
    QCOMPARE(r.rc, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("pod/web"));

    r = kubectl(version, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default")});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("Error from server (Forbidden): pods is forbidden: User \"alice\" cannot list resource "
                                           "\"pods\" in API group \"\" in the namespace \"default\"")),
             qPrintable(r.err));

    r = kubectl(version, {QStringLiteral("get"), QStringLiteral("deployments")});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("deployments.apps is forbidden: User \"alice\" cannot list resource \"deployments\" in "
                                           "API group \"apps\" in the namespace \"team-a\"")),
             qPrintable(r.err));

    r = kubectl(version, {QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("web")});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("pods \"web\" is forbidden: User \"alice\" cannot delete resource \"pods\" in API group "
                                           "\"\" in the namespace \"team-a\"")),
             qPrintable(r.err));

    r = kubectl(version, {QStringLiteral("get"), QStringLiteral("nodes")});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("nodes is forbidden: User \"alice\" cannot list resource \"nodes\" in API group \"\" at "
                                           "the cluster scope")),
             qPrintable(r.err));

    r = kubectl(version, {QStringLiteral("get"), QStringLiteral("--raw"),
                          QStringLiteral("/api/v1/namespaces/team-a/pods/web:80/proxy/")});
    QVERIFY(r.rc != 0);
    QVERIFY2(r.err.contains(QStringLiteral("cannot get resource \"pods/proxy\"")), qPrintable(r.err));
}

void tst_RbacUser::authCanI_data()
{
    addVersions();
}

void tst_RbacUser::authCanI()
{
    QFETCH(QString, version);
    const struct
    {
        QStringList args;
        const char *answer;
    } cases[] = {
        {{QStringLiteral("list"), QStringLiteral("pods")}, "yes"},
        {{QStringLiteral("get"), QStringLiteral("pods/web")}, "yes"},
        {{QStringLiteral("delete"), QStringLiteral("pods")}, "no"},
        {{QStringLiteral("list"), QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default")}, "no"},
        {{QStringLiteral("get"), QStringLiteral("services/proxy")}, "no"},
        {{QStringLiteral("create"), QStringLiteral("deployments.apps")}, "no"},
    };
    for (const auto &c : cases) {
        const Result r = kubectl(version, QStringList{QStringLiteral("auth"), QStringLiteral("can-i")} + c.args);
        QVERIFY2(r.out.trimmed() == QLatin1String(c.answer),
                 qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.out + r.err));
        QCOMPARE(r.rc, QLatin1String(c.answer) == QLatin1String("yes") ? 0 : 1);
    }
}

void tst_RbacUser::pythonClientGetsForbidden()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        if (underCi())
            QFAIL("/usr/bin/python3 missing");
        QSKIP("/usr/bin/python3 missing");
    }
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import kubernetes")});
    probe.waitForFinished(30'000);
    if (probe.exitCode() != 0) {
        if (underCi())
            QFAIL("python3-kubernetes missing");
        QSKIP("python3-kubernetes is not installed");
    }
    const QString script = QStringLiteral(R"(
import sys
from kubernetes import client, config
from kubernetes.client.rest import ApiException
config.load_kube_config(config_file=sys.argv[1])
v1 = client.CoreV1Api()
print("own:" + ",".join(p.metadata.name for p in v1.list_namespaced_pod("team-a").items))
try:
    v1.list_namespaced_pod("default")
except ApiException as e:
    print("other:%d:%s" % (e.status, e.reason))
)");
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, m_kubeconfig});
    QVERIFY(p.waitForFinished(60'000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("own:web")), qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(out.contains(QStringLiteral("other:403:Forbidden")), qPrintable(out));
}

QTEST_GUILESS_MAIN(tst_RbacUser)
#include "tst_rbacuser.moc"
