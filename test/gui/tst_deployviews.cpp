// The plan dialog and the apply progress view (offscreen), fed by the deploy engine against the
// simulated cluster.
#include "deploy/deployengine.h"
#include "deploy/plan.h"
#include "gui/deploy/applyprogressview.h"
#include "gui/deploy/applystackdialog.h"
#include "gui/deploy/plandialog.h"
#include "stack/stackfile.h"
#include "../support/simconnection.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace sd;

class tst_DeployViews : public QObject
{
    Q_OBJECT

    SimConnection m_sim;
    Stack m_stack;

    static QStringList topLevelTexts(QTreeWidget *tree, int column)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out.append(tree->topLevelItem(i)->text(column));
        return out;
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

    void planDialogShowsFieldChanges()
    {
        Plan plan;
        plan.stackName = QStringLiteral("dev");
        plan.ns = QStringLiteral("dev");
        PlanItem change;
        change.action = PlanItem::Action::Change;
        change.kind = QStringLiteral("Deployment");
        change.name = QStringLiteral("openim-api");
        change.changes.append({QStringLiteral("spec.replicas"), QStringLiteral("1"), QStringLiteral("3")});
        PlanItem same;
        same.action = PlanItem::Action::Unchanged;
        same.kind = QStringLiteral("ConfigMap");
        same.name = QStringLiteral("openim-config");
        PlanItem gone;
        gone.action = PlanItem::Action::Delete;
        gone.kind = QStringLiteral("Deployment");
        gone.name = QStringLiteral("openim-crontask");
        gone.yaml = "kind: Deployment\n";
        plan.items = {change, same, gone};
        plan.messages.append({PlanMessage::Severity::Warning, QStringLiteral("Capacity is tight")});

        PlanDialog dialog;
        dialog.setPlan(plan);
        QTreeWidget *tree = dialog.objectTree();
        // Unchanged objects are hidden until asked for.
        QCOMPARE(topLevelTexts(tree, 1), (QStringList{"Deployment openim-api", "Deployment openim-crontask"}));
        QTreeWidgetItem *api = tree->topLevelItem(0);
        QCOMPARE(api->childCount(), 1);
        QCOMPARE(api->child(0)->text(1), QStringLiteral("spec.replicas"));
        QVERIFY(api->child(0)->text(2).contains(QLatin1String("1")) && api->child(0)->text(2).contains(QLatin1String("3")));
        QCOMPARE(tree->topLevelItem(1)->text(0), Plan::actionText(PlanItem::Action::Delete));
        dialog.findChild<QCheckBox *>(QStringLiteral("showUnchangedCheck"))->setChecked(true);
        QCOMPARE(tree->topLevelItemCount(), 3);
        QVERIFY(dialog.isApplyEnabled());
        QCOMPARE(dialog.findChild<QListWidget *>(QStringLiteral("messageList"))->count(), 1);

        plan.messages.append({PlanMessage::Severity::Error, QStringLiteral("Not enough capacity")});
        dialog.setPlan(plan);
        QVERIFY(!dialog.isApplyEnabled());
    }

    void planDialogPlansAgainstTheCluster()
    {
        Stack stack = m_stack;
        stack.ns = QStringLiteral("views-plan");
        PlanDialog dialog;
        QSignalSpy ready(&dialog, &PlanDialog::planReady);
        dialog.startPlanning(m_sim.client(), stack);
        QVERIFY(!dialog.isApplyEnabled());
        QVERIFY(ready.wait(60000));
        QVERIFY(dialog.isApplyEnabled());
        QVERIFY(topLevelTexts(dialog.objectTree(), 1).contains(QStringLiteral("Deployment openim-api")));
        dialog.objectTree()->setCurrentItem(dialog.objectTree()->topLevelItem(0));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("yamlEdit"))->toPlainText().isEmpty());
    }

    // Without controllers the first datastore never becomes Running: the view shows the wait's
    // explanation, then the failure; Retry is offered, Cancel stops a running retry.
    void progressViewFollowsTheEngine()
    {
        Stack stack = m_stack;
        stack.ns = QStringLiteral("views-apply");
        DeployEngine engine(m_sim.client());
        DeployOptions options;
        options.pollIntervalMs = 50;
        options.timeoutMs = 800;
        options.verify = false;
        engine.setOptions(options);
        ApplyProgressView view;
        QSignalSpy finished(&view, &ApplyProgressView::finished);
        view.run(&engine, stack);
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<DeployEngine::Outcome>(), DeployEngine::Outcome::Failed);
        QTreeWidget *tree = view.stepTree();
        QCOMPARE(tree->topLevelItemCount(), int(engine.steps().size()));
        int failed = -1;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(1) == DeployStep::stateText(DeployStep::State::Failed))
                failed = i;
        }
        QVERIFY(failed > 0);
        QVERIFY(tree->topLevelItem(failed)->text(0).contains(QLatin1String("mongodb-cluster")));
        QVERIFY(tree->topLevelItem(failed)->text(3).contains(QLatin1String("no phase reported yet")));
        QCOMPARE(tree->topLevelItem(0)->text(1), DeployStep::stateText(DeployStep::State::Succeeded));
        auto *retry = view.findChild<QPushButton *>(QStringLiteral("retryButton"));
        auto *cancel = view.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(retry->isEnabled());
        QVERIFY(!cancel->isEnabled());

        options.timeoutMs = 60000;
        engine.setOptions(options);
        retry->click();
        QVERIFY(view.isRunning());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(engine.steps().size() > 4 && engine.steps().at(4).state == DeployStep::State::Waiting, 30000);
        cancel->click();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).value<DeployEngine::Outcome>(), DeployEngine::Outcome::Cancelled);
        QVERIFY(retry->isEnabled());
    }

    void closingTheApplyWindowCancels()
    {
        Stack stack = m_stack;
        stack.ns = QStringLiteral("views-close");
        ApplyStackDialog dialog(m_sim.client(), stack);
        dialog.start();
        QVERIFY(dialog.engine()->isRunning());
        dialog.reject();
        QVERIFY(!dialog.engine()->isRunning());
    }
};

QTEST_MAIN(tst_DeployViews)
#include "tst_deployviews.moc"
