// A Day-2 edit of a running OpenIM component against the simulated cluster (controllers on): the
// component form opens on the deployed component, a new memory limit and env variable go through
// the server-side dry run into the plan dialog's diff, Apply writes them under the deploy engine's
// field manager, the Deployment's pods roll to the new template, and the edited stack is handed
// back so design and cluster agree.
#include "deploy/kubeobject.h"
#include "deploy/plan.h"
#include "gui/deploy/plandialog.h"
#include "gui/forms/componentform.h"
#include "gui/ops/componentedit.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"
#include "kubesim/simoptions.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"
#include "../support/kindtype.h"
#include "../support/responseof.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using Json = nlohmann::json;

class tst_ComponentEdit : public QObject
{
    Q_OBJECT

    sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<KubeClient> m_client;
    Stack m_stack;

    static KubeResponse wait(KubeRequest *request)
    {
        std::unique_ptr<KubeRequest> owned(request);
        return responseOf(request);
    }
    // The api's pods: name → the memory limit of its container.
    QHash<QString, QString> apiPods()
    {
        ListOptions options;
        options.labelSelector = QStringLiteral("app.kubernetes.io/name=openim-api");
        const KubeResponse r = wait(m_client->list(ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")), m_stack.ns, options));
        QHash<QString, QString> out;
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
            const QJsonObject pod = v.toObject();
            if (pod.value(QLatin1String("metadata")).toObject().contains(QLatin1String("deletionTimestamp")))
                continue;
            const QJsonObject container = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray().first().toObject();
            out.insert(pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                       container.value(QLatin1String("resources")).toObject().value(QLatin1String("limits")).toObject()
                           .value(QLatin1String("memory")).toString());
        }
        return out;
    }

    // A pod of the api that was not there `before` runs with the memory limit `limit`: the
    // Deployment rolled to the new template. (Old pods stay until new ones are ready, and without
    // datastores the api never gets ready here.)
    bool rolled(const QHash<QString, QString> &before, const QString &limit)
    {
        const QHash<QString, QString> now = apiPods();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (!before.contains(it.key()) && it.value() == limit)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions options;
        options.timeScale = 20;
        m_cluster.setOptions(options);
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(kubeconfig));
        QString error;
        const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), QStringLiteral("kubesim"), &error);
        QVERIFY2(connection, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*connection);

        m_stack = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
        m_stack.ns = QStringLiteral("dayedit");
        ApplyOptions apply;
        apply.force = true;
        const KubeResponse ns = wait(m_client->apply(ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false), {},
                                                     m_stack.ns, QStringLiteral(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"dayedit"}})").toUtf8(), apply));
        QVERIFY2(ns.ok(), qPrintable(ns.error.text()));
        // The api as the deploy engine left it: its objects, applied as "stackdeck".
        for (const auto &o : ManifestGenerator().generate(m_stack).objects) {
            const Json object = KubeObject::fromOrdered(o);
            if (KubeObject::label(object, "app.kubernetes.io/component") != QLatin1String("openim-api")
                || KubeObject::kind(object) == QLatin1String("Secret"))
                continue;
            const KubeResponse r = wait(m_client->apply(typeOfPlainKind(KubeObject::apiVersion(object), KubeObject::kind(object)), m_stack.ns,
                                                        KubeObject::name(object), QByteArray::fromStdString(object.dump()), apply));
            QVERIFY2(r.ok(), qPrintable(KubeObject::display(object) + QLatin1String(": ") + r.error.text()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!apiPods().isEmpty(), 30000);
    }

    void editsMemoryAndEnvOfTheRunningDeployment()
    {
        const QHash<QString, QString> before = apiPods();
        QWidget window;
        auto *edit = new ComponentEdit(m_client.get(), m_stack, QStringLiteral("openim-api"), &window);
        QSignalSpy applied(edit, &ComponentEdit::applied);
        QSignalSpy failed(edit, &ComponentEdit::failed);
        QSignalSpy finished(edit, &ComponentEdit::finished);
        QVERIFY(edit->start());
        ComponentForm *form = edit->form();
        QVERIFY(form);
        QVERIFY(form->isVisible());
        form->findChild<QLineEdit *>(QStringLiteral("memoryLimitEdit"))->setText(QStringLiteral("768Mi"));
        form->findChild<QPushButton *>(QStringLiteral("addEnvButton"))->click();
        auto *env = form->findChild<QTableWidget *>(QStringLiteral("envTable"));
        const int row = env->rowCount() - 1;
        env->item(row, 0)->setText(QStringLiteral("IMENV_LOG_REMAINLOGLEVEL"));
        env->item(row, 1)->setText(QStringLiteral("5"));
        QVERIFY2(form->canAccept(), qPrintable(form->fieldError(QStringLiteral("general"))));
        form->accept();

        QTRY_VERIFY_WITH_TIMEOUT(edit->planDialog() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        PlanDialog *plan = edit->planDialog();
        QTRY_VERIFY_WITH_TIMEOUT(plan->isVisible(), 5000);
        QVERIFY(plan->plan());
        QStringList paths;
        for (const PlanItem &item : plan->plan()->items) {
            QCOMPARE(item.node, QStringLiteral("openim-api"));
            if (item.kind == QLatin1String("Deployment")) {
                QCOMPARE(item.action, PlanItem::Action::Change);
                for (const FieldChange &c : item.changes)
                    paths << c.path;
            } else {
                QCOMPARE(item.action, PlanItem::Action::Unchanged); // only the Deployment changes
            }
        }
        QVERIFY2(paths.contains(QStringLiteral("spec.template.spec.containers[0].resources.limits.memory"))
                     || std::any_of(paths.cbegin(), paths.cend(), [](const QString &p) { return p.contains(QLatin1String("limits.memory")); }),
                 qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY2(std::any_of(paths.cbegin(), paths.cend(), [](const QString &p) { return p.contains(QLatin1String("env")); }),
                 qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY(plan->isApplyEnabled());
        plan->accept();
        QVERIFY(applied.wait(20000) || applied.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(5000));

        // The stack handed back has the edit; the Deployment on the cluster has it too.
        const Stack after = applied.first().at(1).value<Stack>();
        const ComponentSpec *api = after.component(QStringLiteral("openim-api"));
        QCOMPARE(api->resources.memoryLimit.toString(), QStringLiteral("768Mi"));
        QVERIFY(api->env.contains(qMakePair(QStringLiteral("IMENV_LOG_REMAINLOGLEVEL"), QStringLiteral("5"))));
        QCOMPARE(applied.first().at(0).value<Stack>(), m_stack);
        const KubeResponse deployment = wait(m_client->get(typeOfPlainKind(QStringLiteral("apps/v1"), QStringLiteral("Deployment")), m_stack.ns,
                                                           QStringLiteral("openim-api")));
        QVERIFY(deployment.ok());
        const Json live = KubeObject::fromQt(deployment.object());
        const Json container = live["spec"]["template"]["spec"]["containers"][0];
        QCOMPARE(container["resources"]["limits"]["memory"].get<std::string>(), std::string("768Mi"));
        bool hasEnv = false;
        for (const Json &e : container["env"])
            hasEnv = hasEnv || (e.value("name", std::string()) == "IMENV_LOG_REMAINLOGLEVEL" && e.value("value", std::string()) == "5");
        QVERIFY(hasEnv);
        // Written by the deploy engine's field manager, so the next deploy owns these fields.
        bool byStackdeck = false;
        for (const Json &m : live["metadata"]["managedFields"])
            byStackdeck = byStackdeck || (m.value("manager", std::string()) == "stackdeck" && m.value("operation", std::string()) == "Apply");
        QVERIFY(byStackdeck);

        // The pods roll: a new one with the new limit comes up beside the old ones.
        QTRY_VERIFY_WITH_TIMEOUT(rolled(before, QStringLiteral("768Mi")), 60000);
    }

    void cancellingChangesNothing()
    {
        QWidget window;
        auto *edit = new ComponentEdit(m_client.get(), m_stack, QStringLiteral("openim-api"), &window);
        QSignalSpy applied(edit, &ComponentEdit::applied);
        QSignalSpy finished(edit, &ComponentEdit::finished);
        QVERIFY(edit->start());
        edit->form()->findChild<QLineEdit *>(QStringLiteral("memoryLimitEdit"))->setText(QStringLiteral("1Gi"));
        edit->form()->done(QDialog::Rejected); // no discard prompt: straight out
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(applied.count(), 0);
        QVERIFY(!ComponentEdit(m_client.get(), m_stack, QStringLiteral("no-such-component"), &window).start());
    }
};

QTEST_MAIN(tst_ComponentEdit)
#include "tst_componentedit.moc"
