// Day-2 operations end to end against the simulated cluster with its controllers on (KubeBlocks
// operator, dataprotection, Deployment/ReplicaSet controllers), over real TLS: each operation
// is planned (server dry run), submitted and followed to its final phase, and its effect is checked
// in the cluster's objects. Also: a user who may scale Deployments but not create OpsRequests, an
// operation KubeBlocks itself rejects, cancel, and the dev/test data-baseline flow (backup → new
// namespace → restore → the data fingerprint reproduced).
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kubesim/cluster.h"
#include "kubesim/dataregistry.h"
#include "kubesim/kubeblocks.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "schema/yamljson.h"
#include "ops/operationplanner.h"
#include "ops/operationrules.h"
#include "ops/operationrun.h"
#include "stack/kubeblockscatalog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using json = nlohmann::json;

namespace {
const char *kClusters = "apps.kubeblocks.io/clusters";
const QString kNs = QStringLiteral("demo");
const QString kMongo = QStringLiteral("mongo-cluster");

QString examplesDir()
{
    return qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"));
}

std::string str(const json &v) { return v.is_string() ? v.get<std::string>() : std::string(); }

struct RunResult
{
    OperationRun::State state = OperationRun::State::Idle;
    QString message;
    QStringList phases; // distinct phases seen, in order
    OperationProgress last;
    QString created;
};
} // namespace

class tst_Operations : public QObject
{
    Q_OBJECT

    std::unique_ptr<sim::Cluster> m_cluster;
    std::unique_ptr<KubeClient> m_admin;
    std::unique_ptr<KubeClient> m_limited;
    QTemporaryDir m_dir;
    bool m_haveExamples = false;

    sim::Store *store() const { return m_cluster->store(); }

    json example(const QString &engine, const QString &file)
    {
        QFile f(QDir(examplesDir()).filePath(engine + QLatin1Char('/') + file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const auto doc = parseJsonOrYaml(f.readAll());
        return doc ? *doc : json();
    }
    std::optional<json> get(const QString &resource, const QString &name, const QString &ns = kNs)
    {
        return store()->get(resource, ns, name);
    }
    QString clusterPhase(const QString &name, const QString &ns = kNs)
    {
        const auto c = get(QLatin1String(kClusters), name, ns);
        return c ? QString::fromStdString(str((*c).value("status", json::object()).value("phase", json()))) : QString();
    }
    QString primaryOf(const QString &cluster)
    {
        for (const auto &p : store()->list(QStringLiteral("/pods"), kNs).items) {
            const json lbl = (*p)["metadata"].value("labels", json::object());
            if (str(lbl.value("app.kubernetes.io/instance", json())) == cluster.toStdString()
                && str(lbl.value("kubeblocks.io/role", json())) == "primary")
                return QString::fromStdString(str((*p)["metadata"]["name"]));
        }
        return {};
    }
    bool needExamples()
    {
        if (m_haveExamples)
            return true;
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QTest::qFail("KubeBlocks examples not found (../shared/reference/kubeblocks/examples)", __FILE__, __LINE__);
        else
            QTest::qSkip("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)", __FILE__, __LINE__);
        return false;
    }

    OperationPlan plan(KubeClient *client, const OperationRequest &request)
    {
        OperationPlanner planner(client);
        QSignalSpy spy(&planner, &OperationPlanner::finished);
        planner.start(request);
        if (!spy.wait(30000))
            return OperationPlan::refused(request, OperationPlan::Verdict::Error, QStringLiteral("planner timed out"));
        return spy.at(0).at(0).value<OperationPlan>();
    }
    OperationPlan plan(KubeClient *client, OperationTarget::Kind kind, const QString &name, OperationAction action,
                       const OperationParams &params = {})
    {
        return plan(client, OperationRequest{{kind, kNs, name}, action, params});
    }

    RunResult run(KubeClient *client, const OperationPlan &p, std::function<void(OperationRun &)> onRunning = {},
                  int pollMs = 100)
    {
        RunResult result;
        OperationRun run(client, p);
        run.setPollInterval(pollMs);
        run.setTimeout(120000);
        QObject::connect(&run, &OperationRun::progressed, &run, [&](const OperationProgress &progress) {
            if (!progress.phase.isEmpty() && (result.phases.isEmpty() || result.phases.last() != progress.phase))
                result.phases.append(progress.phase);
            if (onRunning && run.state() == OperationRun::State::Running && !run.createdName().isEmpty()) {
                auto once = std::move(onRunning);
                onRunning = {};
                once(run);
            }
        });
        QSignalSpy finished(&run, &OperationRun::finished);
        run.start();
        if (!finished.wait(150000))
            return result;
        result.state = finished.at(0).at(0).value<OperationRun::State>();
        result.message = finished.at(0).at(1).toString();
        result.last = run.progress();
        result.created = run.createdName();
        return result;
    }

    OperationParams params(std::function<void(OperationParams &)> fill)
    {
        OperationParams p;
        fill(p);
        return p;
    }

    void createDeployment(const QString &name, const char *image)
    {
        const json templ = {{"metadata", {{"labels", {{"app", name.toStdString()}}}}},
                            {"spec", {{"containers", json::array({{{"name", "main"}, {"image", image}}})}}}};
        sim::Scenario::add(store(), QStringLiteral("apps/deployments"),
                           {{"apiVersion", "apps/v1"},
                            {"kind", "Deployment"},
                            {"metadata", {{"name", name.toStdString()}, {"namespace", "demo"}}},
                            {"spec", {{"replicas", 2},
                                      {"selector", {{"matchLabels", {{"app", name.toStdString()}}}}},
                                      {"strategy", {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxSurge", 1}, {"maxUnavailable", 0}}}}},
                                      {"template", templ}}}});
    }
    bool rolledOut(const QString &name)
    {
        const auto d = get(QStringLiteral("apps/deployments"), name);
        if (!d)
            return false;
        const json st = (*d).value("status", json::object());
        const qint64 want = (*d)["spec"].value("replicas", 1);
        return st.value("observedGeneration", qint64(0)) == (*d)["metadata"].value("generation", qint64(-1))
               && st.value("availableReplicas", 0) == want && st.value("updatedReplicas", 0) == want && st.value("replicas", 0) == want;
    }
    QStringList podImages(const QString &app)
    {
        QStringList out;
        for (const auto &p : store()->list(QStringLiteral("/pods"), kNs).items) {
            if (str((*p)["metadata"].value("labels", json::object()).value("app", json())) == app.toStdString()
                && !(*p)["metadata"].contains("deletionTimestamp"))
                out.append(QString::fromStdString(str((*p)["spec"]["containers"][0]["image"])));
        }
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_haveExamples = QDir(examplesDir()).exists();
        m_cluster = std::make_unique<sim::Cluster>();
        sim::SimOptions options;
        options.timeScale = 50;
        m_cluster->setOptions(options);
        QVERIFY(m_cluster->loadScenario(QStringLiteral("kubeblocks")));
        sim::Scenario::add(store(), QStringLiteral("/namespaces"),
                           {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "demo"}}}, {"status", {{"phase", "Active"}}}});
        // A developer who may run Deployments (scale, restart, roll) but not create OpsRequests.
        const QString token = m_cluster->addToken(QStringLiteral("dev"));
        sim::Scenario::add(store(), QStringLiteral("rbac.authorization.k8s.io/roles"),
                           {{"apiVersion", "rbac.authorization.k8s.io/v1"},
                            {"kind", "Role"},
                            {"metadata", {{"name", "deployer"}, {"namespace", "demo"}}},
                            {"rules", json::array({{{"apiGroups", {"apps"}}, {"resources", {"deployments", "replicasets"}},
                                                    {"verbs", {"get", "list", "watch", "patch", "update"}}},
                                                   {{"apiGroups", {""}}, {"resources", {"pods", "events"}}, {"verbs", {"get", "list"}}},
                                                   {{"apiGroups", {"apps.kubeblocks.io"}}, {"resources", {"clusters"}},
                                                    {"verbs", {"get", "list"}}}})}});
        sim::Scenario::add(store(), QStringLiteral("rbac.authorization.k8s.io/rolebindings"),
                           {{"apiVersion", "rbac.authorization.k8s.io/v1"},
                            {"kind", "RoleBinding"},
                            {"metadata", {{"name", "deployer-dev"}, {"namespace", "demo"}}},
                            {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "Role"}, {"name", "deployer"}}},
                            {"subjects", json::array({{{"kind", "User"}, {"name", "dev"}}})}});
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->errorString()));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster->writeKubeconfig(kubeconfig));
        QString error;
        const auto admin = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), QStringLiteral("kubesim"), &error);
        QVERIFY2(admin, qPrintable(error));
        m_admin = std::make_unique<KubeClient>(*admin);
        KubeCluster server;
        server.name = QStringLiteral("kubesim");
        server.server = m_cluster->url().toString();
        server.certificateAuthorityData = m_cluster->caCertificate();
        const auto limited = ClusterConnection::fromToken(server, token, &error);
        QVERIFY2(limited, qPrintable(error));
        m_limited = std::make_unique<KubeClient>(*limited);

        if (m_haveExamples) {
            sim::Scenario::add(store(), QLatin1String(kClusters), example(QStringLiteral("mongodb"), QStringLiteral("cluster.yaml")));
            QTRY_COMPARE_WITH_TIMEOUT(clusterPhase(kMongo), QStringLiteral("Running"), 60000);
        }
        createDeployment(QStringLiteral("openim-api"), "openim/openim-server:v3.8.0");
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut(QStringLiteral("openim-api")), 60000);
    }

    void cleanupTestCase()
    {
        m_limited.reset();
        m_admin.reset();
        m_cluster.reset();
    }

    void scaleCluster()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Scale,
                                     params([](OperationParams &o) { o.replicas = 4; }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QVERIFY(p.dryRun);
        QVERIFY(p.text().contains(QLatin1String("HorizontalScaling")));
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message + QLatin1Char(' ') + r.phases.join(QLatin1Char(','))));
        QCOMPARE(r.phases.value(r.phases.size() - 1), QStringLiteral("Succeed"));
        QVERIFY2(r.last.conditions.join(QLatin1Char('\n')).contains(QLatin1String("Validated=True")),
                 qPrintable(r.last.conditions.join(QLatin1Char('\n'))));
        const auto ops = get(QStringLiteral("operations.kubeblocks.io/opsrequests"), r.created);
        QVERIFY(ops);
        QCOMPARE(str((*ops)["spec"]["type"]), std::string("HorizontalScaling"));
        QCOMPARE((*get(QLatin1String(kClusters), kMongo))["spec"]["componentSpecs"][0]["replicas"].get<int>(), 4);
        QVERIFY(get(QStringLiteral("/pods"), QStringLiteral("mongo-cluster-mongodb-3")));
        QVERIFY(!r.last.events.isEmpty());
    }

    void verticalScale()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::VerticalScale,
                                     params([](OperationParams &o) {
                                         o.cpu = QStringLiteral("1");
                                         o.memory = QStringLiteral("1Gi");
                                     }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        const json comp = (*get(QLatin1String(kClusters), kMongo))["spec"]["componentSpecs"][0];
        QCOMPARE(str(comp["resources"]["limits"]["memory"]), std::string("1Gi"));
        QCOMPARE(str(comp["resources"]["requests"]["cpu"]), std::string("1"));
        QCOMPARE(str((*get(QStringLiteral("/pods"), QStringLiteral("mongo-cluster-mongodb-0")))["spec"]["containers"][0]["resources"]["limits"]["memory"]),
                 std::string("1Gi"));
    }

    void expandVolume()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::ExpandVolume,
                                     params([](OperationParams &o) { o.storage = QStringLiteral("30Gi"); }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(str((*get(QStringLiteral("/persistentvolumeclaims"), QStringLiteral("data-mongo-cluster-mongodb-0")))["spec"]["resources"]["requests"]["storage"]),
                 std::string("30Gi"));
    }

    void upgrade()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Upgrade,
                                     params([](OperationParams &o) { o.version = QStringLiteral("7.0.28"); }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY(str((*get(QStringLiteral("/pods"), QStringLiteral("mongo-cluster-mongodb-0")))["spec"]["containers"][0]["image"]).find("7.0.28")
                != std::string::npos);
    }

    void switchoverToChosenCandidate()
    {
        if (!needExamples())
            return;
        const QString before = primaryOf(kMongo);
        QVERIFY(!before.isEmpty());
        const QString candidate = before == QLatin1String("mongo-cluster-mongodb-2") ? QStringLiteral("mongo-cluster-mongodb-1")
                                                                                    : QStringLiteral("mongo-cluster-mongodb-2");
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Switchover,
                                     params([&](OperationParams &o) { o.candidate = candidate; }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QCOMPARE(QString::fromStdString(str(p.body["spec"]["switchover"][0]["instanceName"])), before);
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(primaryOf(kMongo), candidate);
        QVERIFY2(r.last.details.join(QLatin1Char('\n')).contains(candidate), qPrintable(r.last.details.join(QLatin1Char('\n'))));
    }

    void cancelScaling()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::VerticalScale,
                                     params([](OperationParams &o) { o.memory = QStringLiteral("2Gi"); }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p, [](OperationRun &running) {
            QVERIFY(running.canCancel());
            running.cancel();
        });
        QVERIFY2(r.state == OperationRun::State::Cancelled, qPrintable(OperationRun::stateId(r.state) + QLatin1Char(' ') + r.message));
        QCOMPARE(str((*get(QLatin1String(kClusters), kMongo))["spec"]["componentSpecs"][0]["resources"]["limits"]["memory"]),
                 std::string("1Gi"));
    }

    void engineRejectsWhatChangedAfterThePlan()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::ExpandVolume,
                                     params([](OperationParams &o) { o.storage = QStringLiteral("40Gi"); }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        // The StorageClass stops allowing expansion between plan and run: KubeBlocks fails the OpsRequest.
        store()->mutate(QStringLiteral("storage.k8s.io/storageclasses"), {}, QStringLiteral("standard"), [](std::optional<json> &cur) {
            (*cur)["allowVolumeExpansion"] = false;
            return sim::Store::Action::Write;
        });
        const RunResult r = run(m_admin.get(), p);
        QCOMPARE(r.state, OperationRun::State::Failed);
        QVERIFY2(r.message.contains(QLatin1String("does not support volume expansion")), qPrintable(r.message));
        QCOMPARE(r.phases.value(r.phases.size() - 1), QStringLiteral("Failed"));
        // Planned now, the same operation is refused up front with the reason.
        const OperationPlan again = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::ExpandVolume,
                                         params([](OperationParams &o) { o.storage = QStringLiteral("40Gi"); }));
        QCOMPARE(again.verdict, OperationPlan::Verdict::Unsupported);
        QVERIFY2(again.reason.contains(QLatin1String("StorageClass standard")), qPrintable(again.reason));
        store()->mutate(QStringLiteral("storage.k8s.io/storageclasses"), {}, QStringLiteral("standard"), [](std::optional<json> &cur) {
            (*cur)["allowVolumeExpansion"] = true;
            return sim::Store::Action::Write;
        });
    }

    void stopAndStart()
    {
        if (!needExamples())
            return;
        OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Stop);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(clusterPhase(kMongo), QStringLiteral("Stopped"));
        QVERIFY(primaryOf(kMongo).isEmpty());
        // Stopped: only Start is offered, and restart says why not.
        p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Restart);
        QCOMPARE(p.verdict, OperationPlan::Verdict::Invalid);
        p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Start);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(clusterPhase(kMongo), QStringLiteral("Running"));
        QVERIFY(!primaryOf(kMongo).isEmpty());
    }

    void restartCluster()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Restart);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY(r.last.progress.endsWith(QLatin1String("/4")));
    }

    // With reads ten minutes apart, only the watch can bring the OpsRequest's phases in time.
    void followsTheWatch()
    {
        if (!needExamples())
            return;
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Restart);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_admin.get(), p, {}, 600'000);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY2(r.phases.contains(QStringLiteral("Succeed")), qPrintable(r.phases.join(QLatin1Char(' '))));
        QVERIFY(!r.last.events.isEmpty());
    }

    void deploymentOperations()
    {
        const QString name = QStringLiteral("openim-api");
        // Scale.
        OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Deployment, name, OperationAction::Scale,
                               params([](OperationParams &o) { o.replicas = 3; }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QCOMPARE(p.changes.size(), 1);
        QCOMPARE(p.changes.first().path, QStringLiteral("spec.replicas"));
        RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(podImages(name).size(), 3);
        // Change the image tag: the pods roll to it.
        p = plan(m_admin.get(), OperationTarget::Kind::Deployment, name, OperationAction::SetImage,
                 params([](OperationParams &o) { o.imageTag = QStringLiteral("v3.8.1"); }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QVERIFY(p.text().contains(QLatin1String("openim/openim-server:v3.8.1")));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(podImages(name), QStringList(3, QStringLiteral("openim/openim-server:v3.8.1")), 30000);
        // Rollout restart.
        p = plan(m_admin.get(), OperationTarget::Kind::Deployment, name, OperationAction::RolloutRestart);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY(!str((*get(QStringLiteral("apps/deployments"), name))["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"]).empty());
        // Roll back to revision 1: the first image again.
        p = plan(m_admin.get(), OperationTarget::Kind::Deployment, name, OperationAction::Rollback,
                 params([](OperationParams &o) { o.revision = 1; }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QTRY_COMPARE_WITH_TIMEOUT(podImages(name), QStringList(3, QStringLiteral("openim/openim-server:v3.8.0")), 30000);
    }

    void limitedUser()
    {
        // May scale Deployments...
        OperationPlan p = plan(m_limited.get(), OperationTarget::Kind::Deployment, QStringLiteral("openim-api"),
                               OperationAction::Scale, params([](OperationParams &o) { o.replicas = 2; }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        const RunResult r = run(m_limited.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        if (!needExamples())
            return;
        // ...but not create OpsRequests or Backups: refused with the authorizer's reason, nothing created.
        const auto opsBefore = store()->list(QStringLiteral("operations.kubeblocks.io/opsrequests"), kNs).items.size();
        for (OperationAction a : {OperationAction::Restart, OperationAction::Switchover, OperationAction::Backup}) {
            p = plan(m_limited.get(), OperationTarget::Kind::Cluster, kMongo, a);
            QCOMPARE(p.verdict, OperationPlan::Verdict::Denied);
            QVERIFY2(p.reason.contains(kNs), qPrintable(p.reason));
        }
        // A run forced on a refused plan never reaches the server.
        const RunResult refused = run(m_limited.get(), p);
        QCOMPARE(refused.state, OperationRun::State::Failed);
        QCOMPARE(store()->list(QStringLiteral("operations.kubeblocks.io/opsrequests"), kNs).items.size(), opsBefore);
    }

    void dataBaselineFlow()
    {
        if (!needExamples())
            return;
        // The default repo and its credential Secret, as upstream's README has the user create them.
        sim::Scenario::add(store(), QStringLiteral("/secrets"),
                           {{"apiVersion", "v1"}, {"kind", "Secret"},
                            {"metadata", {{"name", "s3-credential-for-backuprepo"}, {"namespace", "kb-system"}}},
                            {"data", {{"accessKeyId", "a2V5"}, {"secretAccessKey", "c2VjcmV0"}}}});
        json repo = example(QStringLiteral("mongodb"), QStringLiteral("backuprepo.yaml"));
        repo["metadata"]["name"] = "s3-repo";
        repo["spec"]["credential"]["name"] = "s3-credential-for-backuprepo";
        sim::Scenario::add(store(), QStringLiteral("dataprotection.kubeblocks.io/backuprepos"), repo);
        sim::DataRegistry *data = m_cluster->data();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(data->recordWrite(kNs, kMongo, 8192 + i, QByteArray::number(i)), sim::DataRegistry::WriteResult::Written);
        const QByteArray baseline = data->fingerprint(kNs, kMongo);
        // The BackupPolicy picks the repo up once it is Ready.
        QTRY_VERIFY_WITH_TIMEOUT(get(QStringLiteral("dataprotection.kubeblocks.io/backuppolicies"), QStringLiteral("mongo-cluster-mongodb-backup-policy"))
                                     .value_or(json::object())
                                     .value("spec", json::object())
                                     .contains("backupRepoName"),
                                 30000);

        OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, kMongo, OperationAction::Backup);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        RunResult r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY(r.phases.contains(QStringLiteral("Completed")));
        const QString backupName = r.created;
        data->recordWrite(kNs, kMongo, 1, "after the backup");

        // Restore into a fresh namespace; the run creates it.
        p = plan(m_admin.get(), OperationTarget::Kind::Backup, backupName, OperationAction::Restore, params([](OperationParams &o) {
                     o.restoreName = QStringLiteral("mongo-base");
                     o.restoreNamespace = QStringLiteral("baseline");
                 }));
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QVERIFY(p.createNamespace);
        QVERIFY(p.text().contains(QLatin1String("kubeblocks.io/restore-from-backup")));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QCOMPARE(clusterPhase(QStringLiteral("mongo-base"), QStringLiteral("baseline")), QStringLiteral("Running"));
        QCOMPARE(data->fingerprint(QStringLiteral("baseline"), QStringLiteral("mongo-base")), baseline);
        QVERIFY(data->fingerprint(kNs, kMongo) != baseline);
        // OpenIM is wired to a datastore through the stack model's names: a stack whose datastore
        // is the restored cluster finds its Service and account Secret, and the account works.
        DatastoreSpec restored;
        restored.name = QStringLiteral("mongo-base");
        restored.engine = QStringLiteral("mongodb");
        const KubeBlocksCatalog &catalog = KubeBlocksCatalog::builtIn();
        const QStringList addresses = catalog.clientAddresses(restored, QStringLiteral("baseline"));
        QVERIFY(!addresses.isEmpty());
        for (const QString &address : addresses)
            QVERIFY2(get(QStringLiteral("/services"), address.section(QLatin1Char('.'), 0, 0), QStringLiteral("baseline")), qPrintable(address));
        const auto secret = get(QStringLiteral("/secrets"), catalog.accountSecret(restored), QStringLiteral("baseline"));
        QVERIFY2(secret, qPrintable(catalog.accountSecret(restored)));
        const auto decoded = [&](const char *key) {
            return QString::fromUtf8(QByteArray::fromBase64(QByteArray::fromStdString(str((*secret)["data"][key]))));
        };
        QVERIFY(data->checkAccount(QStringLiteral("baseline"), QStringLiteral("mongo-base"), decoded("username"), decoded("password")));

        // Delete the backup.
        p = plan(m_admin.get(), OperationTarget::Kind::Backup, backupName, OperationAction::DeleteBackup);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        r = run(m_admin.get(), p);
        QVERIFY2(r.state == OperationRun::State::Succeeded, qPrintable(r.message));
        QVERIFY(!get(QStringLiteral("dataprotection.kubeblocks.io/backups"), backupName));
    }

    void missingTarget()
    {
        const OperationPlan p = plan(m_admin.get(), OperationTarget::Kind::Cluster, QStringLiteral("nope"), OperationAction::Restart);
        QCOMPARE(p.verdict, OperationPlan::Verdict::Error);
        QVERIFY2(p.reason.contains(QLatin1String("nope")), qPrintable(p.reason));
    }
};

QTEST_GUILESS_MAIN(tst_Operations)
#include "tst_operations.moc"
