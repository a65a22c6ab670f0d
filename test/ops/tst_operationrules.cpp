// The operation rules as pure functions of hand-made facts: availability with its reasons (engine
// limits, StorageClass, versions, roles, permissions, history) and the exact request each plan sends.
#include "ops/operationrules.h"

#include <QTest>

using namespace sd;
using json = nlohmann::json;
using Verdict = OperationPlan::Verdict;

namespace {
json pod(const char *name, const char *component, const char *role)
{
    json p = {{"metadata", {{"name", name}, {"labels", {{"app.kubernetes.io/instance", "db"}, {"apps.kubeblocks.io/component-name", component}}}}}};
    if (*role)
        p["metadata"]["labels"]["kubeblocks.io/role"] = role;
    return p;
}

TargetFacts clusterFacts(const char *componentDef, const char *component, int replicas)
{
    TargetFacts f;
    f.target = {OperationTarget::Kind::Cluster, QStringLiteral("demo"), QStringLiteral("db")};
    f.object = json{{"apiVersion", "apps.kubeblocks.io/v1"},
                    {"kind", "Cluster"},
                    {"metadata", {{"name", "db"}, {"namespace", "demo"}}},
                    {"spec", {{"componentSpecs", json::array({{{"name", component}, {"componentDef", componentDef},
                                                               {"serviceVersion", "6.0.27"}, {"replicas", replicas},
                                                               {"volumeClaimTemplates", json::array({{{"name", "data"},
                                                                   {"spec", {{"resources", {{"requests", {{"storage", "20Gi"}}}}}}}}})}}})}}},
                    {"status", {{"phase", "Running"}}}};
    f.storageClasses.push_back({{"metadata", {{"name", "standard"}, {"annotations", {{"storageclass.kubernetes.io/is-default-class", "true"}}}}},
                                {"allowVolumeExpansion", true}});
    f.componentVersions.push_back({{"metadata", {{"name", "mongodb"}}}, {"status", {{"serviceVersions", "5.0.29,6.0.27,7.0.28"}}}});
    f.backupPolicies.push_back({{"metadata", {{"name", "db-mongodb-backup-policy"}}},
                                {"spec", {{"backupMethods", json::array({{{"name", "volume-snapshot"}, {"snapshotVolumes", true}},
                                                                         {{"name", "datafile"}, {"snapshotVolumes", false}}})}}}});
    return f;
}

TargetFacts mongoFacts()
{
    TargetFacts f = clusterFacts("mongodb", "mongodb", 3);
    f.pods = {pod("db-mongodb-0", "mongodb", "primary"), pod("db-mongodb-1", "mongodb", "secondary"),
              pod("db-mongodb-2", "mongodb", "secondary")};
    return f;
}

TargetFacts deploymentFacts()
{
    TargetFacts f;
    f.target = {OperationTarget::Kind::Deployment, QStringLiteral("demo"), QStringLiteral("api")};
    const json templ = {{"metadata", {{"labels", {{"app", "api"}}}}},
                        {"spec", {{"containers", json::array({{{"name", "api"}, {"image", "registry:5000/openim/api:v3.8.0"}}})}}}};
    f.object = json{{"apiVersion", "apps/v1"},
                    {"kind", "Deployment"},
                    {"metadata", {{"name", "api"}, {"namespace", "demo"}, {"uid", "u1"}, {"annotations", {{"deployment.kubernetes.io/revision", "2"}}}}},
                    {"spec", {{"replicas", 2}, {"template", templ}}}};
    json old = templ;
    old["spec"]["containers"][0]["image"] = "registry:5000/openim/api:v3.7.0";
    old["metadata"]["labels"]["pod-template-hash"] = "abc";
    f.replicaSets.push_back({{"metadata", {{"name", "api-abc"}, {"annotations", {{"deployment.kubernetes.io/revision", "1"}}},
                                           {"ownerReferences", json::array({{{"kind", "Deployment"}, {"name", "api"}, {"uid", "u1"}}})}}},
                             {"spec", {{"template", old}}}});
    return f;
}
} // namespace

class tst_OperationRules : public QObject
{
    Q_OBJECT
private slots:
    void targetParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::newRow("cluster") << "cluster/mysql" << true << int(OperationTarget::Kind::Cluster);
        QTest::newRow("deploy") << "deploy/openim-api" << true << int(OperationTarget::Kind::Deployment);
        QTest::newRow("backups") << "backups/b1" << true << int(OperationTarget::Kind::Backup);
        QTest::newRow("no name") << "cluster/" << false << 0;
        QTest::newRow("unknown kind") << "pod/x" << false << 0;
        QTest::newRow("nested") << "cluster/a/b" << false << 0;
    }
    void targetParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QString error;
        const auto t = OperationTarget::parse(text, QStringLiteral("demo"), &error);
        QCOMPARE(bool(t), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (t)
            QCOMPARE(int(t->kind), kind);
    }

    void actionIdsRoundTrip()
    {
        for (auto kind : {OperationTarget::Kind::Cluster, OperationTarget::Kind::Deployment, OperationTarget::Kind::Backup}) {
            for (OperationAction a : Operation::actionsFor(kind)) {
                QCOMPARE(Operation::fromId(kind, Operation::id(a)), std::optional<OperationAction>(a));
                QVERIFY(!Operation::title(a).isEmpty());
            }
        }
        QVERIFY(!Operation::fromId(OperationTarget::Kind::Backup, QStringLiteral("scale")));
    }

    void engineAndChoices()
    {
        const TargetFacts f = mongoFacts();
        QCOMPARE(OperationRules::engine(f), QStringLiteral("mongodb"));
        QCOMPARE(OperationRules::mainComponent(f), QStringLiteral("mongodb"));
        QCOMPARE(OperationRules::primary(f, QStringLiteral("mongodb")), QStringLiteral("db-mongodb-0"));
        QCOMPARE(OperationRules::switchoverCandidates(f, QStringLiteral("mongodb")),
                 QStringList({QStringLiteral("db-mongodb-1"), QStringLiteral("db-mongodb-2")}));
        // Copying methods first; the snapshot method needs CSI support, so it comes last.
        QCOMPARE(OperationRules::backupMethods(f, QStringLiteral("mongodb")),
                 QStringList({QStringLiteral("datafile"), QStringLiteral("volume-snapshot")}));
        QCOMPARE(OperationRules::storageClass(f, QStringLiteral("mongodb")), QStringLiteral("standard"));
        QCOMPARE(OperationRules::offeredVersions(f, QStringLiteral("mongodb")).size(), 3);
    }

    void availability_data()
    {
        QTest::addColumn<int>("which"); // 0 mongo, 1 mysql, 2 kafka
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("reasonPart");
        using A = OperationAction;
        QTest::newRow("mongo scale") << 0 << "" << int(A::Scale) << int(Verdict::Ready) << "";
        QTest::newRow("mysql scale fixed") << 1 << "" << int(A::Scale) << int(Verdict::Unsupported) << "exactly 2 replica";
        QTest::newRow("kafka no switchover") << 2 << "" << int(A::Switchover) << int(Verdict::Unsupported) << "primary role";
        QTest::newRow("kafka no backup") << 2 << "" << int(A::Backup) << int(Verdict::Unsupported) << "BackupPolicy";
        QTest::newRow("sc no expansion") << 0 << "sc" << int(A::ExpandVolume) << int(Verdict::Unsupported) << "StorageClass standard does not allow";
        QTest::newRow("no other version") << 0 << "versions" << int(A::Upgrade) << int(Verdict::Unsupported) << "no other version";
        QTest::newRow("ops denied") << 0 << "deny-ops" << int(A::Restart) << int(Verdict::Denied) << "OpsRequest";
        QTest::newRow("backup allowed when ops denied") << 0 << "deny-ops" << int(A::Backup) << int(Verdict::Ready) << "";
        QTest::newRow("stopped") << 0 << "stopped" << int(A::Restart) << int(Verdict::Invalid) << "start it first";
        QTest::newRow("start running") << 0 << "" << int(A::Start) << int(Verdict::Invalid) << "only a stopped cluster";
        QTest::newRow("start stopped") << 0 << "stopped" << int(A::Start) << int(Verdict::Ready) << "";
    }
    void availability()
    {
        QFETCH(int, which);
        QFETCH(QString, change);
        QFETCH(int, action);
        QFETCH(int, verdict);
        QFETCH(QString, reasonPart);
        TargetFacts f = which == 0 ? mongoFacts()
                      : which == 1 ? clusterFacts("mysql-8.0", "mysql", 2)
                                   : clusterFacts("kafka-combine", "kafka-combine", 1);
        if (which == 2)
            f.pods = {pod("db-kafka-combine-0", "kafka-combine", "")};
        if (change == QLatin1String("sc"))
            f.storageClasses[0]["allowVolumeExpansion"] = false;
        if (change == QLatin1String("versions"))
            f.componentVersions[0]["status"]["serviceVersions"] = "6.0.27";
        if (change == QLatin1String("deny-ops"))
            f.permissions.insert(TargetFacts::permissionKey(QStringLiteral("create"), QStringLiteral("operations.kubeblocks.io"),
                                                            QStringLiteral("opsrequests")),
                                 Permission{false, QStringLiteral("RBAC: no rule")});
        if (change == QLatin1String("stopped"))
            (*f.object)["status"]["phase"] = "Stopped";
        const Availability a = OperationRules::availability(f, OperationAction(action));
        QVERIFY2(int(a.verdict) == verdict, qPrintable(a.reason));
        QVERIFY2(a.reason.contains(reasonPart), qPrintable(a.reason));
    }

    void clusterPlans_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("param");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("expected"); // JSON pointer=value, or a part of the reason
        using A = OperationAction;
        QTest::newRow("scale out") << int(A::Scale) << "5" << int(Verdict::Ready) << "/spec/horizontalScaling/0/scaleOut/replicaChanges=2";
        QTest::newRow("scale in") << int(A::Scale) << "1" << int(Verdict::Ready) << "/spec/horizontalScaling/0/scaleIn/replicaChanges=2";
        QTest::newRow("scale same") << int(A::Scale) << "3" << int(Verdict::Invalid) << "already has 3";
        QTest::newRow("scale too many") << int(A::Scale) << "17" << int(Verdict::Invalid) << "1 to 16";
        QTest::newRow("vscale") << int(A::VerticalScale) << "2" << int(Verdict::Ready) << "/spec/verticalScaling/0/limits/cpu=\"2\"";
        QTest::newRow("vscale bad") << int(A::VerticalScale) << "lots" << int(Verdict::Invalid) << "not a valid cpu";
        QTest::newRow("expand") << int(A::ExpandVolume) << "30Gi" << int(Verdict::Ready) << "/spec/volumeExpansion/0/volumeClaimTemplates/0/storage=\"30Gi\"";
        QTest::newRow("shrink") << int(A::ExpandVolume) << "10Gi" << int(Verdict::Invalid) << "only grow";
        QTest::newRow("upgrade") << int(A::Upgrade) << "7.0.28" << int(Verdict::Ready) << "/spec/upgrade/components/0/serviceVersion=\"7.0.28\"";
        QTest::newRow("upgrade unknown") << int(A::Upgrade) << "9.9.9" << int(Verdict::Invalid) << "not offered";
        QTest::newRow("switchover to") << int(A::Switchover) << "db-mongodb-2" << int(Verdict::Ready) << "/spec/switchover/0/candidateName=\"db-mongodb-2\"";
        QTest::newRow("switchover from") << int(A::Switchover) << "" << int(Verdict::Ready) << "/spec/switchover/0/instanceName=\"db-mongodb-0\"";
        QTest::newRow("switchover to primary") << int(A::Switchover) << "db-mongodb-0" << int(Verdict::Invalid) << "already the primary";
        QTest::newRow("backup") << int(A::Backup) << "" << int(Verdict::Ready) << "/spec/backupMethod=\"datafile\"";
        QTest::newRow("backup method") << int(A::Backup) << "dump" << int(Verdict::Invalid) << "not in the BackupPolicy";
        QTest::newRow("restart all") << int(A::Restart) << "" << int(Verdict::Ready) << "/spec/restart/0/componentName=\"mongodb\"";
        QTest::newRow("stop") << int(A::Stop) << "" << int(Verdict::Ready) << "/spec/type=\"Stop\"";
    }
    void clusterPlans()
    {
        QFETCH(int, action);
        QFETCH(QString, param);
        QFETCH(int, verdict);
        QFETCH(QString, expected);
        OperationRequest r;
        r.target = {OperationTarget::Kind::Cluster, QStringLiteral("demo"), QStringLiteral("db")};
        r.action = OperationAction(action);
        r.params.replicas = param.toInt();
        r.params.cpu = param;
        r.params.storage = param;
        r.params.version = param;
        r.params.candidate = param;
        r.params.backupMethod = param;
        const OperationPlan p = OperationRules::plan(mongoFacts(), r);
        QVERIFY2(int(p.verdict) == verdict, qPrintable(p.reason));
        if (!p.ready()) {
            QVERIFY2(p.reason.contains(expected), qPrintable(p.reason));
            return;
        }
        QVERIFY(!p.summary.isEmpty());
        const std::string pointer = expected.section(QLatin1Char('='), 0, 0).toStdString();
        const json value = json::parse(expected.section(QLatin1Char('='), 1).toStdString());
        QVERIFY2(p.body.contains(json::json_pointer(pointer)) && p.body[json::json_pointer(pointer)] == value, p.body.dump().c_str());
        QCOMPARE(p.method, OperationPlan::Method::Create);
        if (r.action != OperationAction::Backup) {
            QVERIFY2(p.body["kind"] == json("OpsRequest"), p.body.dump().c_str());
            QVERIFY2(p.body["spec"]["clusterName"] == json("db"), p.body.dump().c_str());
            QVERIFY(p.text().contains(QLatin1String("kind: OpsRequest")));
        }
    }

    void deploymentPlans()
    {
        const TargetFacts f = deploymentFacts();
        OperationRequest r;
        r.target = f.target;
        r.action = OperationAction::SetImage;
        r.params.imageTag = QStringLiteral("v3.8.1");
        OperationPlan p = OperationRules::plan(f, r);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QCOMPARE(p.method, OperationPlan::Method::Apply);
        // One field manager per kind of change: a later apply never drops what another one set.
        QCOMPARE(p.fieldManager, QStringLiteral("stackdeck-ops-image-api"));
        // The registry's port is not mistaken for a tag.
        QVERIFY2(p.body["spec"]["template"]["spec"]["containers"][0]["image"] == json("registry:5000/openim/api:v3.8.1"), p.body.dump().c_str());
        r.params.imageTag = QStringLiteral("v3.8.0");
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);
        r.params.imageTag = QStringLiteral("bad tag");
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);

        r.action = OperationAction::Rollback;
        p = OperationRules::plan(f, r);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QCOMPARE(p.method, OperationPlan::Method::Update);
        QVERIFY2(p.body["spec"]["template"]["spec"]["containers"][0]["image"] == json("registry:5000/openim/api:v3.7.0"), p.body.dump().c_str());
        QVERIFY(!p.body["spec"]["template"]["metadata"]["labels"].contains("pod-template-hash"));
        r.params.revision = 7;
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);

        TargetFacts noHistory = f;
        noHistory.replicaSets.clear();
        const Availability a = OperationRules::availability(noHistory, OperationAction::Rollback);
        QCOMPARE(a.verdict, Verdict::Unsupported);

        r.action = OperationAction::Scale;
        r.params.replicas = 2;
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);
        r.params.replicas = 4;
        p = OperationRules::plan(f, r);
        QVERIFY(p.ready());
        QVERIFY2(p.body["spec"] == json({{"replicas", 4}}), p.body.dump().c_str());
    }

    void restorePlan()
    {
        TargetFacts f;
        f.target = {OperationTarget::Kind::Backup, QStringLiteral("demo"), QStringLiteral("b1")};
        f.object = json{{"metadata", {{"name", "b1"}, {"labels", {{"app.kubernetes.io/instance", "db"}, {"apps.kubeblocks.io/component-name", "mongodb"}}}}},
                        {"status", {{"phase", "Completed"}}}};
        f.clusters.push_back({{"metadata", {{"name", "db"}, {"labels", {{"app.kubernetes.io/part-of", "dev"}}}}},
                              {"spec", {{"terminationPolicy", "Delete"}, {"backup", {{"enabled", true}}}}}});
        OperationRequest r;
        r.target = f.target;
        r.action = OperationAction::Restore;
        r.params.restoreName = QStringLiteral("db-copy");
        r.params.restoreNamespace = QStringLiteral("baseline");
        const OperationPlan p = OperationRules::plan(f, r);
        QVERIFY2(p.ready(), qPrintable(p.reason));
        QCOMPARE(p.ns, QStringLiteral("baseline"));
        QVERIFY2(p.body["spec"] == json({{"terminationPolicy", "Delete"}}), p.body.dump().c_str());
        QVERIFY(!p.body["metadata"]["labels"].contains("app.kubernetes.io/part-of"));
        const json from = json::parse(p.body["metadata"]["annotations"]["kubeblocks.io/restore-from-backup"].get<std::string>());
        QVERIFY2(from == json({{"mongodb", {{"name", "b1"}, {"namespace", "demo"}, {"volumeRestorePolicy", "Parallel"}}}}), p.body.dump().c_str());

        r.params.restoreName = QStringLiteral("Not_A_Name");
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);
        (*f.object)["status"]["phase"] = "Running";
        r.params.restoreName = QStringLiteral("db-copy");
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Invalid);
        (*f.object)["status"]["phase"] = "Completed";
        f.clusters.clear();
        QCOMPARE(OperationRules::plan(f, r).verdict, Verdict::Unsupported);
    }
};

QTEST_GUILESS_MAIN(tst_OperationRules)
#include "tst_operationrules.moc"
