#pragma once

#include "ops/operationplan.h"
#include "ops/operationrun.h"
#include "ops/targetfacts.h"

#include "ui_operationdialog.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <optional>

class QPushButton;

namespace sd {

class FactsLoader;
class KubeClient;
class OperationPlanner;

// One Day-2 operation from the GUI: the inputs it takes (choices read from the cluster: components,
// versions, pods, backup methods, revisions), the plan (what will be sent, checked by a server dry
// run) refreshed as the inputs change, Run, then the progress (phase, progress details, events)
// to the result. Run is enabled only for a ready plan; the reason shows otherwise. "Cancel
// operation" only where KubeBlocks can cancel. Closing the dialog stops following, never the
// operation. GUI thread only; the client must outlive the dialog.
class OperationDialog final : public QDialog
{
    Q_OBJECT
public:
    OperationDialog(KubeClient *client, const OperationTarget &target, OperationAction action,
                    QWidget *parent = nullptr);
    ~OperationDialog() override;

    // Facts already read (the menu that opened the dialog): no second read.
    void setFacts(const TargetFacts &facts);
    const std::optional<OperationPlan> &plan() const { return m_plan; }
    OperationRun *run() const { return m_run; }
    bool isRunEnabled() const;
    OperationRequest request() const;

signals:
    void planned(const sd::OperationPlan &plan);
    void runFinished(sd::OperationRun::State outcome);

private:
    void showFacts(const TargetFacts &facts);
    void showComponentChoices(const TargetFacts &facts, const QString &component);
    void schedulePlan();
    void showPlan(const OperationPlan &plan);
    void startRun();
    void showProgress(const OperationProgress &progress);
    void showResult(OperationRun::State outcome, const QString &message);
    void setRowVisible(QWidget *field, bool visible);

    Ui::OperationDialog m_ui;
    KubeClient *m_client; // not owned
    OperationTarget m_target;
    OperationAction m_action;
    FactsLoader *m_loader;       // owned (child)
    OperationPlanner *m_planner; // owned (child)
    QPointer<OperationRun> m_run; // owned (child) once started
    std::optional<TargetFacts> m_facts;
    std::optional<OperationPlan> m_plan;
    QTimer m_debounce;
    QPushButton *m_runButton = nullptr;    // owned by the button box
    QPushButton *m_cancelButton = nullptr; // owned by the button box
};

} // namespace sd
