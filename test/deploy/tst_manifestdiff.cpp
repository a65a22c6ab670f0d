#include "deploy/manifestdiff.h"

#include <QTest>

using namespace sd;
using Json = nlohmann::json;

class tst_ManifestDiff : public QObject
{
    Q_OBJECT

    static Json deployment()
    {
        return Json::parse(R"({
          "apiVersion": "apps/v1", "kind": "Deployment",
          "metadata": {"name": "openim-api", "namespace": "ns", "uid": "1", "resourceVersion": "17", "generation": 3,
                       "creationTimestamp": "2026-01-01T00:00:00Z",
                       "managedFields": [{"manager": "stackdeck", "operation": "Apply"}],
                       "labels": {"app.kubernetes.io/part-of": "dev"}},
          "spec": {"replicas": 1,
                   "template": {"spec": {"containers": [
                       {"name": "openim-api", "image": "openim/openim-api:v3.8.3",
                        "env": [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}]},
                       {"name": "sidecar", "image": "busybox"}]}}},
          "status": {"replicas": 1, "readyReplicas": 1}})");
    }

private slots:
    void bookkeepingIsIgnored()
    {
        Json live = deployment();
        Json after = deployment();
        after["metadata"]["resourceVersion"] = "18";
        after["metadata"]["generation"] = 4;
        after["metadata"]["managedFields"] = Json::array();
        after["status"] = Json::object();
        QVERIFY(ManifestDiff::diff(live, after).isEmpty());
        const Json n = ManifestDiff::normalized(live);
        QVERIFY(!n.contains("status"));
        QVERIFY(!n["metadata"].contains("managedFields"));
        QVERIFY(!n["metadata"].contains("uid"));
        QVERIFY(n["metadata"]["labels"]["app.kubernetes.io/part-of"] == "dev");
    }

    void fieldsAreReportedByPath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("scalar") << "/spec/replicas" << "3" << "spec.replicas" << "1" << "3";
        QTest::newRow("named container") << "/spec/template/spec/containers/0/image" << "\"openim/openim-api:v3.9\""
                                         << "spec.template.spec.containers[name=openim-api].image"
                                         << "openim/openim-api:v3.8.3" << "openim/openim-api:v3.9";
        QTest::newRow("named env entry") << "/spec/template/spec/containers/0/env/1/value" << "\"7\""
                                         << "spec.template.spec.containers[name=openim-api].env[name=B].value" << "2" << "7";
        QTest::newRow("label added") << "/metadata/labels/team" << "\"im\"" << "metadata.labels.team" << "" << "im";
    }
    void fieldsAreReportedByPath()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, path);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const Json live = deployment();
        Json changed = live;
        changed[Json::json_pointer(pointer.toStdString())] = Json::parse(value.toStdString());
        const QList<FieldChange> changes = ManifestDiff::diff(live, changed);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path, path);
        QCOMPARE(changes[0].before, before);
        QCOMPARE(changes[0].after, after);
        QCOMPARE(changes[0].added, before.isEmpty());
    }

    void namedListsMatchByNameNotPosition()
    {
        const Json live = deployment();
        Json reordered = live;
        auto &containers = reordered["spec"]["template"]["spec"]["containers"];
        std::swap(containers[0], containers[1]);
        QVERIFY(ManifestDiff::diff(live, reordered).isEmpty());
        containers.erase(0); // the sidecar goes
        const auto changes = ManifestDiff::diff(live, reordered);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path, QStringLiteral("spec.template.spec.containers[name=sidecar]"));
        QVERIFY(changes[0].removed);
    }

    void unnamedListsOfDifferentLengthAreOneChange()
    {
        const Json a = Json::parse(R"({"kind": "Role", "rules": [{"verbs": ["get"]}]})");
        const Json b = Json::parse(R"({"kind": "Role", "rules": [{"verbs": ["get"]}, {"verbs": ["list"]}]})");
        const auto changes = ManifestDiff::diff(a, b);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].path, QStringLiteral("rules"));
    }

    void secretValuesAreNeverShown()
    {
        const Json a = Json::parse(R"({"kind": "Secret", "data": {"share-secret": "c2VjcmV0MQ=="}})");
        const Json b = Json::parse(R"({"kind": "Secret", "data": {"share-secret": "c2VjcmV0Mg==", "new": "eA=="}})");
        const auto changes = ManifestDiff::diff(a, b);
        QCOMPARE(changes.size(), 2);
        for (const FieldChange &c : changes) {
            QVERIFY(!c.before.contains(QLatin1String("c2Vj")));
            QVERIFY(!c.after.contains(QLatin1String("c2Vj")));
            QCOMPARE(c.after, QLatin1String(ManifestDiff::kHidden));
        }
        const Json masked = ManifestDiff::masked(b);
        QVERIFY(masked["data"]["share-secret"] == ManifestDiff::kHidden);
        QVERIFY(ManifestDiff::masked(deployment()) == deployment());
    }
};

QTEST_GUILESS_MAIN(tst_ManifestDiff)
#include "tst_manifestdiff.moc"
