#include "deploy/deployengine.h"
#include "deploy/kubeobject.h"
#include "deploy/manifestdiff.h"
#include "deploy/planner.h"
#include "deploy/statusreader.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "stack/kubeblockscatalog.h"
#include "stack/stackfile.h"
#include "../support/simconnection.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace sd;
using Json = nlohmann::json;

// Stands in for the controllers kubesim does not have (yet): KubeBlocks (Cluster phase Running,
// account Secrets) and the Deployment controller (all replicas available). Test-only; reacts to
// store changes on the test's thread. Can be paused to exercise waits, cancel and timeouts.
class FakeControllers : public QObject
{
    Q_OBJECT
public:
    FakeControllers(sim::Store *store, const Stack &stack)
        : m_store(store)
    {
        for (const DatastoreSpec &d : stack.datastores)
            m_accounts[d.name] = KubeBlocksCatalog::builtIn().accountSecret(d);
        connect(store, &sim::Store::changed, this, &FakeControllers::onChanged);
    }
    bool paused = false;

    void reconcileAll()
    {
        for (const char *key : {"apps.kubeblocks.io/clusters", "apps/deployments"}) {
            for (const sim::JsonPtr &o : m_store->list(QLatin1String(key)).items) {
                sim::WatchEvent e;
                e.resource = QLatin1String(key);
                e.object = o;
                onChanged(e);
            }
        }
    }

private:
    void onChanged(const sim::WatchEvent &event)
    {
        if (paused || event.type == sim::WatchEvent::Deleted)
            return;
        const Json &o = *event.object;
        const QString ns = QString::fromStdString(o["metadata"].value("namespace", std::string()));
        const QString name = QString::fromStdString(o["metadata"].value("name", std::string()));
        if (event.resource == QLatin1String("apps.kubeblocks.io/clusters")) {
            m_store->mutate(event.resource, ns, name, [](std::optional<Json> &cur) {
                if (!cur)
                    return sim::Store::Action::Keep;
                const qint64 generation = (*cur)["metadata"].value("generation", 1);
                Json status = {{"phase", "Running"}, {"observedGeneration", generation}};
                if (cur->value("status", Json::object()) == status)
                    return sim::Store::Action::Keep;
                (*cur)["status"] = status;
                return sim::Store::Action::Write;
            });
            const QString account = m_accounts.value(name);
            if (!account.isEmpty() && !m_store->get(QStringLiteral("/secrets"), ns, account)) {
                sim::Scenario::add(m_store, QStringLiteral("/secrets"),
                                   {{"apiVersion", "v1"},
                                    {"kind", "Secret"},
                                    {"metadata", {{"name", account.toStdString()}, {"namespace", ns.toStdString()},
                                                  {"labels", {{"app.kubernetes.io/managed-by", "kubeblocks"},
                                                              {"app.kubernetes.io/instance", name.toStdString()}}}}},
                                    {"data", {{"username", "cm9vdA=="}, {"password", "cHc="}}}});
            }
        } else if (event.resource == QLatin1String("apps/deployments")) {
            m_store->mutate(event.resource, ns, name, [](std::optional<Json> &cur) {
                if (!cur)
                    return sim::Store::Action::Keep;
                const qint64 replicas = (*cur)["spec"].value("replicas", 1);
                Json status = {{"observedGeneration", (*cur)["metadata"].value("generation", 1)},
                               {"replicas", replicas}, {"updatedReplicas", replicas},
                               {"readyReplicas", replicas}, {"availableReplicas", replicas}};
                if (cur->value("status", Json::object()) == status)
                    return sim::Store::Action::Keep;
                (*cur)["status"] = status;
                return sim::Store::Action::Write;
            });
        }
    }

    sim::Store *m_store;
    QHash<QString, QString> m_accounts;
};

class tst_DeployEngine : public QObject
{
    Q_OBJECT

    SimConnection m_sim;
    Stack m_stack;

    Stack stackIn(const QString &ns) const
    {
        Stack s = m_stack;
        s.ns = ns;
        return s;
    }

    Plan plan(const Stack &stack)
    {
        Planner planner(m_sim.client());
        QSignalSpy spy(&planner, &Planner::finished);
        planner.start(stack);
        if (spy.isEmpty() && !spy.wait(60000))
            return {};
        return spy.at(0).at(0).value<Plan>();
    }

    static DeployOptions fastOptions()
    {
        DeployOptions o;
        o.pollIntervalMs = 50;
        o.timeoutMs = 30000;
        o.verify = false; // kubesim serves no services/proxy (yet)
        return o;
    }

    // Runs apply or destroy to the end; returns the outcome.
    DeployEngine::Outcome run(DeployEngine &engine, const Stack &stack, bool destroy = false, QString *message = nullptr)
    {
        QSignalSpy spy(&engine, &DeployEngine::finished);
        destroy ? engine.destroy(stack) : engine.apply(stack);
        if (spy.isEmpty() && !spy.wait(120000))
            return DeployEngine::Outcome::Failed;
        if (message)
            *message = spy.at(0).at(1).toString();
        return spy.at(0).at(0).value<DeployEngine::Outcome>();
    }

    // Everything the stack made in a namespace, without server bookkeeping (uids, versions,
    // times, allocated cluster IPs) and without generated secret values (only their keys).
    Json snapshot(const QString &ns) const
    {
        Json out = Json::object();
        for (const char *key : {"/serviceaccounts", "rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/rolebindings",
                                "apps.kubeblocks.io/clusters", "/secrets", "/configmaps", "/services", "apps/deployments"}) {
            for (const sim::JsonPtr &o : m_sim.store()->list(QLatin1String(key), ns).items) {
                Json n = *o;
                // generation/observedGeneration: kubesim (as of this writing) counts a no-op
                // apply of a custom resource as a spec change when the CRD schema defaults a
                // field inside a list item the apply replaces (podUpdatePolicy in
                // componentSpecs), so those counters differ by the number of applies. The
                // plan after an apply (applyPlanRerunChangeDestroy) shows the spec unchanged.
                for (const char *f : {"uid", "resourceVersion", "creationTimestamp", "managedFields", "generation"})
                    n["metadata"].erase(f);
                if (n.contains("status"))
                    n["status"].erase("observedGeneration");
                if (n.contains("spec")) {
                    n["spec"].erase("clusterIP");
                    n["spec"].erase("clusterIPs");
                }
                if (n["kind"] == "Secret" && n.contains("data")) {
                    for (auto it = n["data"].begin(); it != n["data"].end(); ++it)
                        it.value() = "x";
                }
                out[std::string(key) + "/" + n["metadata"]["name"].get<std::string>()] = n;
            }
        }
        const auto nsObject = m_sim.store()->get(QStringLiteral("/namespaces"), {}, ns);
        out["namespace"] = nsObject ? (*nsObject)["metadata"].value("labels", Json::object()) : Json();
        return out;
    }

    static QString differences(const Json &a, const Json &b)
    {
        QStringList out;
        for (const FieldChange &c : ManifestDiff::diff(a, b))
            out.append(QStringLiteral("%1: %2 -> %3").arg(c.path, c.before.left(200), c.after.left(200)));
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        // The API server alone (envtest style): the tests write controller statuses themselves.
        QString error;
        QVERIFY2(m_sim.start(QStringLiteral("kubeblocks"), SimConnection::apiServerOnly(), QStringLiteral("default"), &error),
                 qPrintable(error));
        const auto loaded = StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"));
        QVERIFY(loaded.stack);
        m_stack = *loaded.stack;
    }

    void planOnAnEmptyClusterCreatesEverything()
    {
        const Plan p = plan(stackIn(QStringLiteral("plan-empty")));
        QVERIFY2(!p.blocked(), qPrintable(p.messages.isEmpty() ? QString() : p.messages.first().message));
        QVERIFY(p.count(PlanItem::Action::Create) > 20);
        QCOMPARE(p.count(PlanItem::Action::Change) + p.count(PlanItem::Action::Delete), 0);
        QVERIFY(p.capacity);
        QCOMPARE(p.capacity->level, CapacityVerdict::Level::Fits);
        bool sawSecret = false;
        for (const PlanItem &i : p.items) {
            if (i.kind == QLatin1String("Secret")) {
                sawSecret = true;
                QVERIFY(i.note.contains(QLatin1String("share-secret")));
            }
        }
        QVERIFY(sawSecret);
    }

    void applyPlanRerunChangeDestroy()
    {
        const Stack stack = stackIn(QStringLiteral("deploy-main"));
        FakeControllers controllers(m_sim.store(), stack);
        DeployEngine engine(m_sim.client());
        engine.setOptions(fastOptions());
        QString message;
        QCOMPARE(run(engine, stack, false, &message), DeployEngine::Outcome::Succeeded);
        for (const DeployStep &s : engine.steps())
            QVERIFY2(s.state == DeployStep::State::Succeeded, qPrintable(s.id + QLatin1Char(' ') + s.message));

        // The server-side dry run of an unchanged stack changes nothing.
        Plan p = plan(stack);
        QVERIFY(!p.blocked());
        for (const PlanItem &i : p.items) {
            QString changes;
            for (const FieldChange &c : i.changes)
                changes += c.path + QLatin1Char(' ');
            QVERIFY2(i.action == PlanItem::Action::Unchanged, qPrintable(i.kind + QLatin1Char(' ') + i.name + QLatin1String(": ") + changes));
        }

        // Generated values survive a rerun.
        const auto secretBefore = m_sim.store()->get(QStringLiteral("/secrets"), stack.ns, QStringLiteral("openim-secret"));
        QVERIFY(secretBefore);
        const Json before = snapshot(stack.ns);
        QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
        const auto secretAfter = m_sim.store()->get(QStringLiteral("/secrets"), stack.ns, QStringLiteral("openim-secret"));
        QVERIFY((*secretBefore)["data"] == (*secretAfter)["data"]);
        QVERIFY2(snapshot(stack.ns) == before, qPrintable(differences(before, snapshot(stack.ns))));

        // A changed stack: one field changed, one component gone.
        Stack changed = stack;
        for (ComponentSpec &c : changed.components) {
            if (c.name == QLatin1String("openim-api"))
                c.replicas = 3;
        }
        changed.components.removeIf([](const ComponentSpec &c) { return c.name == QLatin1String("openim-crontask"); });
        changed.edges.removeIf([](const Edge &e) { return e.from == QLatin1String("openim-crontask"); });
        p = plan(changed);
        QVERIFY2(!p.blocked(), qPrintable(p.messages.value(0).message));
        QStringList changedNames;
        QStringList deleted;
        for (const PlanItem &i : p.items) {
            if (i.action == PlanItem::Action::Change)
                changedNames.append(i.kind + QLatin1Char('/') + i.name);
            if (i.action == PlanItem::Action::Delete)
                deleted.append(i.kind + QLatin1Char('/') + i.name);
            if (i.kind == QLatin1String("Deployment") && i.name == QLatin1String("openim-api")) {
                QCOMPARE(i.action, PlanItem::Action::Change);
                QCOMPARE(i.changes.size(), 1);
                QCOMPARE(i.changes[0].path, QStringLiteral("spec.replicas"));
                QCOMPARE(i.changes[0].before, QStringLiteral("1"));
                QCOMPARE(i.changes[0].after, QStringLiteral("3"));
            }
        }
        QCOMPARE(deleted, QStringList{QStringLiteral("Deployment/openim-crontask")});
        QVERIFY2(changedNames.contains(QStringLiteral("Deployment/openim-api")), qPrintable(changedNames.join(',')));
        QCOMPARE(run(engine, changed), DeployEngine::Outcome::Succeeded);
        QVERIFY(!m_sim.store()->get(QStringLiteral("apps/deployments"), stack.ns, QStringLiteral("openim-crontask")));
        QCOMPARE((*m_sim.store()->get(QStringLiteral("apps/deployments"), stack.ns, QStringLiteral("openim-api")))["spec"]["replicas"].get<int>(), 3);

        // Status from the live objects.
        StatusReader reader(m_sim.client());
        QSignalSpy statusSpy(&reader, &StatusReader::finished);
        reader.read(changed);
        QVERIFY(statusSpy.wait(20000));
        const StackStatus status = statusSpy.at(0).at(0).value<StackStatus>();
        QVERIFY2(status.allReady(), qPrintable(QJsonDocument(status.toJson()).toJson()));
        QCOMPARE(status.nodes.size(), changed.components.size() + changed.datastores.size());

        // Destroy removes everything the stack made, the namespace included.
        QCOMPARE(run(engine, changed, true, &message), DeployEngine::Outcome::Succeeded);
        QVERIFY(snapshot(stack.ns).size() == 1); // only the "namespace" entry, now null
        QVERIFY(!m_sim.store()->get(QStringLiteral("/namespaces"), {}, stack.ns));
    }

    // Interrupting an apply after each of its steps and running it again ends in exactly the
    // state of an uninterrupted run, with nothing left behind by destroy.
    void interruptedApplyConverges()
    {
        const Stack stack = stackIn(QStringLiteral("deploy-interrupt"));
        FakeControllers controllers(m_sim.store(), stack);
        DeployEngine engine(m_sim.client());
        engine.setOptions(fastOptions());
        QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
        const Json reference = snapshot(stack.ns);
        const int steps = int(engine.steps().size());
        QVERIFY(steps >= 10);
        QCOMPARE(run(engine, stack, true), DeployEngine::Outcome::Succeeded);

        for (int stop = 0; stop < steps - 1; ++stop) {
            QMetaObject::Connection c = connect(&engine, &DeployEngine::stepChanged, &engine, [&engine, stop](int index) {
                if (index == stop && engine.steps().at(index).state == DeployStep::State::Succeeded)
                    engine.cancel();
            });
            QCOMPARE(run(engine, stack), DeployEngine::Outcome::Cancelled);
            disconnect(c);
            QCOMPARE(engine.steps().at(stop).state, DeployStep::State::Succeeded);
            QCOMPARE(engine.steps().at(stop + 1).state, DeployStep::State::Pending);
            QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
            QVERIFY2(snapshot(stack.ns) == reference, qPrintable(QStringLiteral("after stopping at %1: %2")
                                                                     .arg(engine.steps().at(stop).id, differences(reference, snapshot(stack.ns)))));
            QCOMPARE(run(engine, stack, true), DeployEngine::Outcome::Succeeded);
            QVERIFY(!m_sim.store()->get(QStringLiteral("/namespaces"), {}, stack.ns));
        }
    }

    void waitsExplainTimeOutAndCancel()
    {
        const Stack stack = stackIn(QStringLiteral("deploy-wait"));
        FakeControllers controllers(m_sim.store(), stack);
        controllers.paused = true;
        DeployEngine engine(m_sim.client());
        DeployOptions options = fastOptions();
        options.timeoutMs = 1500;
        engine.setOptions(options);
        QString message;
        QCOMPARE(run(engine, stack, false, &message), DeployEngine::Outcome::Failed);
        QVERIFY2(message.contains(QLatin1String("no phase reported yet")), qPrintable(message));
        int failed = -1;
        for (int i = 0; i < engine.steps().size(); ++i) {
            if (engine.steps()[i].state == DeployStep::State::Failed)
                failed = i;
        }
        QCOMPARE(engine.steps()[failed].id, QStringLiteral("datastore:mongodb-cluster"));
        QVERIFY(engine.steps()[failed].elapsedMs >= 1500);

        // Cancel while waiting.
        options.timeoutMs = 60000;
        engine.setOptions(options);
        QSignalSpy finished(&engine, &DeployEngine::finished);
        QMetaObject::Connection c = connect(&engine, &DeployEngine::stepChanged, &engine, [&engine](int index) {
            if (engine.steps().at(index).state == DeployStep::State::Waiting)
                engine.cancel();
        });
        engine.apply(stack);
        QVERIFY(finished.wait(20000));
        disconnect(c);
        QCOMPARE(finished.at(0).at(0).value<DeployEngine::Outcome>(), DeployEngine::Outcome::Cancelled);

        controllers.paused = false;
        controllers.reconcileAll();
        QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
        QCOMPARE(run(engine, stack, true), DeployEngine::Outcome::Succeeded);
    }

    void destroyRefusesDoNotTerminate()
    {
        Stack stack = stackIn(QStringLiteral("deploy-keep"));
        stack.datastores[0].terminationPolicy = QStringLiteral("DoNotTerminate");
        FakeControllers controllers(m_sim.store(), stack);
        DeployEngine engine(m_sim.client());
        engine.setOptions(fastOptions());
        QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
        const Json before = snapshot(stack.ns);
        QString message;
        QCOMPARE(run(engine, stack, true, &message), DeployEngine::Outcome::Failed);
        QVERIFY2(message.contains(stack.datastores[0].name) && message.contains(QLatin1String("DoNotTerminate")),
                 qPrintable(message));
        QVERIFY(snapshot(stack.ns) == before); // nothing deleted

        stack.datastores[0].terminationPolicy = QStringLiteral("Delete");
        QCOMPARE(run(engine, stack), DeployEngine::Outcome::Succeeded);
        QCOMPARE(run(engine, stack, true), DeployEngine::Outcome::Succeeded);
        QVERIFY(!m_sim.store()->get(QStringLiteral("/namespaces"), {}, stack.ns));
    }

    void invalidStackFailsBeforeAnyWrite()
    {
        Stack stack = stackIn(QStringLiteral("deploy-invalid"));
        stack.datastores[0].name = QStringLiteral("a-name-much-too-long-for-kubeblocks");
        DeployEngine engine(m_sim.client());
        engine.setOptions(fastOptions());
        QString message;
        QCOMPARE(run(engine, stack, false, &message), DeployEngine::Outcome::Failed);
        QCOMPARE(engine.steps().first().state, DeployStep::State::Failed);
        QVERIFY(!m_sim.store()->get(QStringLiteral("/namespaces"), {}, stack.ns));
        const Plan p = plan(stack);
        QVERIFY(p.blocked());
        QVERIFY(p.items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DeployEngine)
#include "tst_deployengine.moc"
