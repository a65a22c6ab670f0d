// The Deploy OpenIM wizard: offline design from a sizing preset, editing datastores and
// components in their forms, review, finish as one undo step; against the simulated cluster the
// prerequisite checks gate the first page until their fix is applied.
#include "deploy/deployengine.h"
#include "gui/clustersession.h"
#include "gui/deploy/applyprogressview.h"
#include "gui/deploy/planview.h"
#include "gui/forms/componentform.h"
#include "gui/forms/datastoreform.h"
#include "gui/forms/deploywizard.h"
#include "gui/forms/stackforms.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kube/kubeclient.h"
#include "kubesim/cluster.h"
#include "kubesim/simoptions.h"
#include "topology/topologymodel.h"
#include "../support/responseof.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sd;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

KubeResponse send(KubeClient *client, const QByteArray &method, const QString &path,
                  const QJsonObject &body, const QByteArray &contentType)
{
    KubeRequestSpec spec;
    spec.method = method;
    spec.path = path;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = contentType;
    spec.idempotent = false;
    std::unique_ptr<KubeRequest> request(client->request(spec));
    return responseOf(request.get());
}

const QString kAddons = QStringLiteral("/apis/extensions.kubeblocks.io/v1alpha1/addons");

bool setAddonPhase(KubeClient *client, const QString &name, const QString &phase)
{
    return send(client, "PATCH", kAddons + QLatin1Char('/') + name + QStringLiteral("/status"),
                QJsonObject{{QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), phase}}}},
                "application/merge-patch+json")
        .ok();
}

bool addAddon(KubeClient *client, const QString &name, const QString &phase)
{
    const QJsonObject addon{
        {QStringLiteral("apiVersion"), QStringLiteral("extensions.kubeblocks.io/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("Addon")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}}},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Helm")},
                                             {QStringLiteral("version"), QStringLiteral("1.0.2")},
                                             {QStringLiteral("defaultInstallValues"),
                                              QJsonArray{QJsonObject{{QStringLiteral("enabled"), true}}}}}}};
    // A scenario that already installs the addon keeps it (409); only its phase is set here.
    const KubeResponse created = send(client, "POST", kAddons, addon, "application/json");
    return (created.ok() || created.httpStatus == 409) && setAddonPhase(client, name, phase);
}
} // namespace

class tst_DeployWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void offlineDesign()
    {
        MainWindow window(&m_languages);
        window.action(QStringLiteral("cluster.deployWizard"))->trigger();
        auto *wizard = window.findChild<DeployWizard *>(QStringLiteral("wizard.deploy"));
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(DeployWizard::PrerequisitesPage));
        QVERIFY(child<QLabel>(wizard, "prerequisitesSummary")->text().startsWith(QLatin1String("Not connected")));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(DeployWizard::ProfilePage));
        auto *ns = child<QLineEdit>(wizard, "namespaceEdit");
        QCOMPARE(ns->text(), QStringLiteral("openim"));
        ns->setText(QStringLiteral("Chat"));
        QCOMPARE(child<QLabel>(wizard, "profileProblems")->text(),
                 QStringLiteral("The namespace must be lowercase letters, digits and '-', starting with a letter."));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        ns->setText(QStringLiteral("im-prod"));
        auto *preset = child<QComboBox>(wizard, "presetCombo");
        preset->setCurrentIndex(1); // production
        wizard->next();

        QCOMPARE(wizard->currentId(), int(DeployWizard::DatastoresPage));
        QCOMPARE(wizard->stack().ns, QStringLiteral("im-prod"));
        auto *datastores = child<QTreeWidget>(wizard, "datastoresTree");
        QCOMPARE(datastores->topLevelItemCount(), 4);
        QCOMPARE(wizard->stack().datastore(QStringLiteral("mongodb-cluster"))->replicas, 3);
        // The datastore form, pre-filled; its edit lands in the wizard's stack.
        DatastoreForm *form = wizard->editDatastore(QStringLiteral("kafka-cluster"));
        QVERIFY(form);
        QCOMPARE(form->datastore().replicas, 3);
        child<QSpinBox>(form, "replicasSpin")->setValue(5);
        form->accept();
        QCOMPARE(wizard->stack().datastore(QStringLiteral("kafka-cluster"))->replicas, 5);
        QCOMPARE(datastores->topLevelItem(2)->text(3), QStringLiteral("5"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        QCOMPARE(wizard->currentId(), int(DeployWizard::ComponentsPage));
        QCOMPARE(child<QTreeWidget>(wizard, "componentsTree")->topLevelItemCount(), int(wizard->stack().components.size()));
        ComponentForm *component = wizard->editComponent(QStringLiteral("openim-api"));
        QVERIFY(component);
        child<QSpinBox>(component, "replicasSpin")->setValue(4);
        component->accept();
        QCOMPARE(wizard->stack().component(QStringLiteral("openim-api"))->replicas, 4);
        wizard->next();

        QCOMPARE(wizard->currentId(), int(DeployWizard::ReviewPage));
        const QString review = child<QPlainTextEdit>(wizard, "reviewEdit")->toPlainText();
        QVERIFY(review.contains(QLatin1String("name: kafka-cluster")));
        QVERIFY(child<QLabel>(wizard, "reviewSummary")->text().contains(QLatin1String("Stack openim in namespace im-prod.")));
        QVERIFY(!child<QLabel>(wizard, "reviewSummary")->text().contains(QLatin1String("Error:")));
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        // Offline the review is the last page, showing the generated objects.
        QVERIFY(wizard->button(QWizard::NextButton)->isHidden());
        QVERIFY(wizard->planView()->isHidden());
        wizard->button(QWizard::FinishButton)->click();

        // One undo step puts the whole design on the canvas.
        QVERIFY(window.stack());
        QCOMPARE(window.stack()->ns, QStringLiteral("im-prod"));
        QCOMPARE(window.stack()->datastore(QStringLiteral("kafka-cluster"))->replicas, 5);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Design stack openim"));
        QTRY_VERIFY(window.topology()->graph().node(QStringLiteral("openim-api")));

        // The next wizard on this (offline) cluster starts from these choices.
        DeployWizard again(nullptr);
        QCOMPARE(child<QLineEdit>(&again, "namespaceEdit")->text(), QStringLiteral("im-prod"));
        QCOMPARE(child<QComboBox>(&again, "presetCombo")->currentIndex(), 1);
    }

    void cancelAsksOnceEdited()
    {
        DeployWizard wizard(nullptr);
        wizard.show();
        wizard.next();
        wizard.next(); // the preset's datastores
        DatastoreForm *form = wizard.editDatastore(QStringLiteral("redis-cluster"));
        QVERIFY(form);
        child<QLineEdit>(form, "storageEdit")->setText(QStringLiteral("3Gi"));
        form->accept();
        wizard.reject();
        auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("dialog.discard"));
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(wizard.isVisible());
        wizard.reject();
        wizard.findChild<QMessageBox *>(QStringLiteral("dialog.discard"))->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!wizard.isVisible());
    }

    void prerequisitesGateTheClusterUntilFixed()
    {
        sim::Cluster cluster;
        QVERIFY(cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(cluster.writeKubeconfig(kubeconfig, QStringLiteral("openim-dev")));
        MainWindow window(&m_languages);
        QVERIFY(window.connectToCluster(kubeconfig, QStringLiteral("kubesim"), QString()));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);
        KubeClient *client = window.session()->client();
        QVERIFY(addAddon(client, QStringLiteral("mongodb"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("redis"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("kafka"), QStringLiteral("Enabled")));
        QVERIFY(addAddon(client, QStringLiteral("minio"), QStringLiteral("Disabled")));

        DeployWizard *wizard = window.forms()->deployWizard();
        QSignalSpy checked(wizard, &DeployWizard::checked);
        QVERIFY(checked.wait(30000));
        auto *tree = child<QTreeWidget>(wizard, "checksTree");
        QCOMPARE(tree->topLevelItemCount(), int(wizard->checkResults().size()));
        QTreeWidgetItem *minio = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1).contains(QLatin1String("minio")))
                minio = tree->topLevelItem(i);
        }
        QVERIFY(minio);
        QVERIFY(minio->text(0).contains(QLatin1String("Failed")));
        tree->setCurrentItem(minio);
        QCOMPARE(child<QPlainTextEdit>(wizard, "fixEdit")->toPlainText(), QStringLiteral("kbcli addon enable minio"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // The fix, then Check Again.
        QVERIFY(setAddonPhase(client, QStringLiteral("minio"), QStringLiteral("Enabled")));
        child<QAbstractButton>(wizard, "recheckButton")->click();
        QVERIFY(checked.wait(30000));
        for (const CheckResult &r : wizard->checkResults()) {
            if (r.id == QLatin1String("addon-minio"))
                QCOMPARE(r.status, CheckResult::Status::Pass);
        }
        // Checks this simulated cluster cannot pass yet can be overridden to design the stack.
        if (!PrerequisiteChecker::allRequiredPassed(wizard->checkResults())) {
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            child<QAbstractButton>(wizard, "ignoreChecksCheck")->click();
        }
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();
        QCOMPARE(child<QLineEdit>(wizard, "namespaceEdit")->text(), QStringLiteral("openim-dev"));
        wizard->next();
        // Every engine of the dev preset is enabled on the cluster now.
        auto *datastores = child<QTreeWidget>(wizard, "datastoresTree");
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        for (int i = 0; i < datastores->topLevelItemCount(); ++i)
            QVERIFY(datastores->topLevelItem(i)->text(5).isEmpty());
        wizard->close();
    }

    // Connected, end to end: the review is the server-side dry run; a too-short wait fails the
    // apply at the step that waits, with its reason and Retry; the retry converges, verify reads
    // every node ready, and Finish puts the stack on the canvas.
    void appliesVerifiesAndRetriesOnTheSimulatedCluster()
    {
        sim::Cluster cluster;
        sim::SimOptions options;
        options.timeScale = 10;
        cluster.setOptions(options);
        QVERIFY(cluster.loadScenario(QStringLiteral("kubeblocks")));
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig-apply"));
        QVERIFY(cluster.writeKubeconfig(kubeconfig, QStringLiteral("wizard-apply")));
        MainWindow window(&m_languages);
        QVERIFY(window.connectToCluster(kubeconfig, QStringLiteral("kubesim"), QString()));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->state(), ClusterSession::State::Connected, 20000);

        DeployWizard *wizard = window.forms()->deployWizard();
        QSignalSpy checked(wizard, &DeployWizard::checked);
        QVERIFY(checked.wait(30000));
        if (!PrerequisiteChecker::allRequiredPassed(wizard->checkResults()))
            child<QAbstractButton>(wizard, "ignoreChecksCheck")->click();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DeployWizard::ProfilePage));
        child<QComboBox>(wizard, "presetCombo")->setCurrentIndex(0); // dev/test
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DeployWizard::ComponentsPage));
        wizard->next();

        // Review: the dry run against the cluster, everything to create.
        QCOMPARE(wizard->currentId(), int(DeployWizard::ReviewPage));
        PlanView *plan = wizard->planView();
        QVERIFY(!plan->isHidden());
        QVERIFY(child<QPlainTextEdit>(wizard, "reviewEdit")->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(plan->plan().has_value(), 60000);
        QVERIFY2(plan->canApply(), qPrintable(plan->plan()->messages.isEmpty() ? QString() : plan->plan()->messages.first().message));
        QVERIFY(plan->plan()->count(PlanItem::Action::Create) > 20);
        bool listsApi = false;
        for (int i = 0; i < plan->objectTree()->topLevelItemCount(); ++i)
            listsApi = listsApi || plan->objectTree()->topLevelItem(i)->text(1) == QLatin1String("Deployment openim-api");
        QVERIFY(listsApi);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Apply >"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isHidden()); // design only

        // A wait far too short for a datastore or a rollout: the apply fails at that step.
        DeployOptions hurried;
        hurried.pollIntervalMs = 50;
        hurried.timeoutMs = 200;
        hurried.verify = false; // kubesim serves no services/proxy
        wizard->setDeployOptions(hurried);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(DeployWizard::ApplyPage));
        ApplyProgressView *progress = wizard->progressView();
        QSignalSpy finished(progress, &ApplyProgressView::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<DeployEngine::Outcome>(), DeployEngine::Outcome::Failed);
        QVERIFY(child<QLabel>(progress, "outcomeLabel")->text().startsWith(QLatin1String("Failed: ")));
        QTreeWidgetItem *failedStep = progress->stepTree()->currentItem();
        QVERIFY(failedStep);
        QCOMPARE(failedStep->text(1), DeployStep::stateText(DeployStep::State::Failed));
        QVERIFY(!failedStep->text(3).isEmpty()); // the reason: what was still awaited
        QVERIFY(!child<QPlainTextEdit>(progress, "messageEdit")->toPlainText().isEmpty());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *retry = child<QAbstractButton>(progress, "retryButton");
        QVERIFY(retry->isEnabled());

        // Retry with patience: it converges past what is already there and succeeds.
        DeployOptions patient = hurried;
        patient.timeoutMs = 150000;
        wizard->setDeployOptions(patient);
        retry->click();
        QVERIFY(finished.wait(170000));
        QCOMPARE(finished.at(1).at(0).value<DeployEngine::Outcome>(), DeployEngine::Outcome::Succeeded);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->next();

        // Verify: every node ready, read from the cluster.
        QCOMPARE(wizard->currentId(), int(DeployWizard::VerifyPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
        QVERIFY(wizard->isStackRunning());
        const Stack designed = wizard->stack();
        QCOMPARE(child<QTreeWidget>(wizard, "verifyTree")->topLevelItemCount(),
                 int(designed.datastores.size() + designed.components.size()));
        QVERIFY(child<QLabel>(wizard, "verifySummary")->text().contains(QLatin1String("is running")));
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(window.stack());
        QCOMPARE(window.stack()->ns, wizard->stack().ns);
        QTRY_VERIFY(window.topology()->graph().node(QStringLiteral("openim-api")));
    }

private:
    QTemporaryDir m_dir;
    LanguageManager m_languages;
};

QTEST_MAIN(tst_DeployWizard)
#include "tst_deploywizard.moc"
