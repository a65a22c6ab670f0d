// Drift between a stack's design and the cluster, without a cluster: the managedFields
// projection, "modified since deploy" from the fields fieldManager "stackdeck" owns, and objects
// in the namespace that are no node of the stack ("unmanaged").
#include "deploy/designdrift.h"
#include "deploy/kubeobject.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"

#include <QTest>

using namespace sd;
using Json = nlohmann::json;

namespace {

// The fieldsV1 tree the API server records for an apply of `object`: every field, lists of
// named objects by their name key, other lists as sets of values.
Json fieldsOf(const Json &object)
{
    Json out = Json::object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Json &v = it.value();
        if (v.is_object() && !v.empty()) {
            out["f:" + it.key()] = fieldsOf(v);
        } else if (v.is_array() && !v.empty()) {
            Json items = Json::object();
            for (const Json &e : v) {
                if (e.is_object() && e.contains("name"))
                    items["k:" + Json{{"name", e["name"]}}.dump()] = fieldsOf(e);
                else
                    items["v:" + e.dump()] = Json::object();
            }
            out["f:" + it.key()] = items;
        } else {
            out["f:" + it.key()] = Json::object();
        }
    }
    return out;
}

// `desired` as the cluster keeps it after an apply by "stackdeck": with its managedFields and
// a server default stackdeck never sent.
Json applied(const Json &desired)
{
    Json live = desired;
    Json owned = desired;
    owned.erase("apiVersion");
    owned.erase("kind");
    owned["metadata"].erase("name");
    owned["metadata"].erase("namespace");
    live["metadata"]["managedFields"] = Json::array(
        {Json{{"manager", "stackdeck"}, {"operation", "Apply"}, {"fieldsType", "FieldsV1"}, {"fieldsV1", fieldsOf(owned)}}});
    live["metadata"]["uid"] = "1234";
    live["metadata"]["resourceVersion"] = "42";
    if (live["kind"] == "Deployment")
        live["spec"]["progressDeadlineSeconds"] = 600; // defaulted by the server
    live["status"] = {{"observedGeneration", 1}};
    return live;
}

Stack devStack()
{
    Stack s = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
    s.ns = QStringLiteral("drift");
    return s;
}

// The stack's Deployments and Clusters as an apply of `stack` leaves them.
void liveObjects(const Stack &stack, std::vector<Json> *deployments, std::vector<Json> *clusters)
{
    for (const auto &o : ManifestGenerator().generate(stack).objects) {
        const Json object = KubeObject::fromOrdered(o);
        if (KubeObject::kind(object) == QLatin1String("Deployment"))
            deployments->push_back(applied(object));
        else if (KubeObject::kind(object) == QLatin1String("Cluster"))
            clusters->push_back(applied(object));
    }
}

} // namespace

class tst_DesignDrift : public QObject
{
    Q_OBJECT
private slots:
    void projectKeepsOnlyOwnedFields()
    {
        const Json object = Json::parse(R"({
            "metadata": {"name": "a", "labels": {"x": "1", "y": "2"}},
            "spec": {"replicas": 2, "paused": false,
                     "containers": [{"name": "api", "image": "i:1", "args": ["--a"]}, {"name": "side", "image": "s"}],
                     "finalizers": ["one", "two"], "ports": [10, 20]}})");
        Json fields;
        fields["f:metadata"]["f:labels"]["f:x"] = Json::object();
        fields["f:spec"]["f:replicas"] = Json::object();
        fields["f:spec"]["f:containers"]["k:" + Json{{"name", "api"}}.dump()] = {{".", Json::object()}, {"f:image", Json::object()}};
        fields["f:spec"]["f:finalizers"]["v:\"two\""] = Json::object();
        fields["f:spec"]["f:ports"]["i:1"] = Json::object();
        const Json expected = Json::parse(R"({
            "metadata": {"labels": {"x": "1"}},
            "spec": {"replicas": 2, "containers": [{"name": "api", "image": "i:1"}],
                     "finalizers": ["two"], "ports": [20]}})");
        QCOMPARE(QString::fromStdString(DesignDrift::project(object, fields).dump()), QString::fromStdString(expected.dump()));
        QVERIFY(DesignDrift::appliedFields(object, "stackdeck").is_null());
    }

    void asAppliedIsNotModified()
    {
        const Stack stack = devStack();
        std::vector<Json> deployments, clusters;
        liveObjects(stack, &deployments, &clusters);
        const DriftReport r = DesignDrift::evaluate(stack, deployments, clusters);
        QCOMPARE(r.stackName, stack.name);
        QCOMPARE(r.live.size(), qsizetype(stack.components.size() + stack.datastores.size()));
        QVERIFY2(r.modified.isEmpty(), qPrintable(QStringList(r.modified.values()).join(QLatin1Char(','))));
        QVERIFY(r.unmanaged.isEmpty());
    }

    // A CRD list without list-type keys is owned as a whole: what the server defaults inside its
    // items is not drift, a changed value inside is.
    void defaultsInsideAtomicListsAreNotDrift()
    {
        const Stack stack = devStack();
        std::vector<Json> deployments, clusters;
        liveObjects(stack, &deployments, &clusters);
        for (Json &c : clusters) {
            c["metadata"]["managedFields"][0]["fieldsV1"]["f:spec"]["f:componentSpecs"] = Json::object();
            for (Json &item : c["spec"]["componentSpecs"])
                item["podUpdatePolicy"] = "PreferInPlace";
        }
        DriftReport r = DesignDrift::evaluate(stack, deployments, clusters);
        QVERIFY2(r.modified.isEmpty(), qPrintable(QStringList(r.modified.values()).join(QLatin1Char(','))));

        Stack edited = stack;
        for (DatastoreSpec &d : edited.datastores) {
            if (d.name == QLatin1String("kafka-cluster")) // more brokers would change every component's config
                d.storageSize = *Quantity::parse(QStringLiteral("9Gi"));
        }
        r = DesignDrift::evaluate(edited, deployments, clusters);
        QCOMPARE(r.modified, (QSet<QString>{QStringLiteral("kafka-cluster")}));
    }

    void designEditsAndTakenFieldsAreModified()
    {
        const Stack stack = devStack();
        std::vector<Json> deployments, clusters;
        liveObjects(stack, &deployments, &clusters);

        // An edit not applied yet.
        Stack edited = stack;
        for (ComponentSpec &c : edited.components) {
            if (c.name == QLatin1String("openim-api"))
                c.replicas = 3;
        }
        DriftReport r = DesignDrift::evaluate(edited, deployments, clusters);
        QCOMPARE(r.modified, (QSet<QString>{QStringLiteral("openim-api")}));
        QCOMPARE(r.changes.value(QStringLiteral("openim-api")).size(), qsizetype(1));
        QCOMPARE(r.changes.value(QStringLiteral("openim-api")).first().path, QStringLiteral("spec.replicas"));

        // `kubectl edit` of a datastore: the field moved to another manager.
        for (Json &c : clusters) {
            if (KubeObject::name(c) != QLatin1String("redis-cluster"))
                continue;
            Json &owned = c["metadata"]["managedFields"][0]["fieldsV1"];
            owned["f:spec"].erase("f:terminationPolicy");
            c["spec"]["terminationPolicy"] = "WipeOut";
            c["metadata"]["managedFields"].push_back(
                {{"manager", "kubectl-edit"}, {"operation", "Update"}, {"fieldsV1", {{"f:spec", {{"f:terminationPolicy", Json::object()}}}}}});
        }
        r = DesignDrift::evaluate(stack, deployments, clusters);
        QCOMPARE(r.modified, (QSet<QString>{QStringLiteral("redis-cluster")}));
        QCOMPARE(r.changes.value(QStringLiteral("redis-cluster")).first().path, QStringLiteral("spec.terminationPolicy"));
    }

    void unmanagedAndExisting()
    {
        Stack stack = devStack();
        std::vector<Json> deployments, clusters;
        liveObjects(stack, &deployments, &clusters);
        deployments.push_back(Json::parse(R"({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "legacy-admin", "namespace": "drift"}, "spec": {"replicas": 1}})"));
        // A MySQL Cluster made with kbcli, and a MongoDB one the stack uses as it is.
        clusters.push_back(Json::parse(R"({"apiVersion": "apps.kubeblocks.io/v1", "kind": "Cluster",
            "metadata": {"name": "old-mysql", "namespace": "drift"},
            "spec": {"clusterDef": "mysql", "componentSpecs": [{"name": "mysql"}]}})"));
        clusters.push_back(Json::parse(R"({"apiVersion": "apps.kubeblocks.io/v1", "kind": "Cluster",
            "metadata": {"name": "shared-mongo", "namespace": "drift"}, "spec": {"clusterDef": "mongodb"}})"));
        stack.datastores.removeIf([](const DatastoreSpec &d) { return d.engine == QLatin1String("mongodb"); });
        DatastoreSpec shared;
        shared.name = QStringLiteral("shared-mongo");
        shared.engine = QStringLiteral("mongodb");
        shared.existing = true;
        stack.datastores.append(shared);

        const DriftReport r = DesignDrift::evaluate(stack, deployments, clusters);
        const QList<UnmanagedObject> expected{
            {QStringLiteral("legacy-admin"), QStringLiteral("Deployment"), QString()},
            {QStringLiteral("mongodb-cluster"), QStringLiteral("Cluster"), QStringLiteral("mongodb")},
            {QStringLiteral("old-mysql"), QStringLiteral("Cluster"), QStringLiteral("mysql")},
        };
        QCOMPARE(r.unmanaged, expected);
        QVERIFY(r.live.contains(QStringLiteral("shared-mongo")));
        QVERIFY(!r.modified.contains(QStringLiteral("shared-mongo")));
    }
};

QTEST_GUILESS_MAIN(tst_DesignDrift)
#include "tst_designdrift.moc"
