#pragma once

#include "deploy/deployengine.h"
#include "gui/forms/changestackcommand.h"
#include "kube/prerequisitechecker.h"
#include "stack/stack.h"

#include "ui_deploywizard.h"

#include <QPointer>
#include <QTimer>
#include <QWizard>

#include <memory>
#include <optional>

class QUndoCommand;

namespace sd {

class ApplyProgressView;
class ClusterFacts;
class ClusterSession;
class ComponentForm;
class DatastoreForm;
class KubeClient;
class PlanView;
class StackSettingsPage;
class StatusReader;
struct StackStatus;

// Cluster → Deploy OpenIM…: prerequisites (with the commands that fix what fails) → stack name,
// namespace, OpenIM version, registry and sizing preset → the datastores and components of the
// preset, each editable in its form → review (what StackValidator says and, when connected,
// the deploy engine's server-side dry run as a diff per object) → apply (DeployEngine in
// dependency order, followed in an ApplyProgressView: a failed step shows its reason and Retry
// reruns the apply, which converges past what is already there) → verify (every node's live
// state from StatusReader, re-read until all are ready, and the engine's service checks).
// Finish, on the review page (design only) or after verifying, hands the designed stack to the
// caller as an undo command (createCommand()), which puts it on the canvas. Cancel asks first
// once anything was edited and stops a running apply (what was applied stays; a later apply
// converges). The cluster session is not owned; without a connection the prerequisites are
// skipped, the stack is designed offline and the review page is the last.
class DeployWizard final : public QWizard
{
    Q_OBJECT
public:
    enum Page { PrerequisitesPage, ProfilePage, DatastoresPage, ComponentsPage, ReviewPage, ApplyPage, VerifyPage };
    enum class Sizing { DevTest, Production };

    explicit DeployWizard(ClusterSession *session, QWidget *parent = nullptr);
    ~DeployWizard() override;

    const Stack &stack() const { return m_stack; }
    // The designed stack replacing `before` (the open stack, or an empty one).
    std::unique_ptr<QUndoCommand> createCommand(ChangeStackCommand::Apply apply, const Stack &before) const;

    // The forms the Edit buttons open (window-modal, deleted on close); null for unknown names.
    DatastoreForm *editDatastore(const QString &name);
    ComponentForm *editComponent(const QString &name);
    StackSettingsPage *editSettings();

    const QList<CheckResult> &checkResults() const { return m_checks; }
    // Options for the apply (tests shorten the waits; clusters without services/proxy turn the
    // service checks off). Used from the next apply on.
    void setDeployOptions(const DeployOptions &options);
    PlanView *planView() const { return m_planView; }
    ApplyProgressView *progressView() const { return m_progress; }
    // The verify page read every node of the stack ready.
    bool isStackRunning() const;
    int nextId() const override;
    // A stack of `sizing` (the ready-made dev/production stacks) named `name` in `ns`.
    static Stack presetStack(Sizing sizing, const QString &name, const QString &ns);

signals:
    void checked(); // the prerequisite checks are in

public slots:
    void accept() override;
    void reject() override;

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void changeEvent(QEvent *event) override;

private:
    void reloadFacts();
    void runChecks();
    void showChecks(const QList<CheckResult> &results);
    QString profileProblem() const;
    void fillDatastores();
    void fillComponents();
    // Opens an edit form for one node of the wizard's stack; accepting it refills the page.
    template<typename Form>
    Form *openEditForm(const QString &name, void (DeployWizard::*refill)());
    void fillReview();
    void startApply();
    void readStatus();
    void showStatus(const StackStatus &status, const QString &error);
    void retranslate();

    Ui::DeployWizard m_ui;
    QPointer<ClusterSession> m_session;
    ClusterFacts *m_facts = nullptr; // owned (child); for the datastore forms
    std::unique_ptr<PrerequisiteChecker> m_checker;
    QList<CheckResult> m_checks;
    bool m_checked = false;
    Stack m_stack;
    int m_builtSizing = -1; // the preset m_stack was made from; -1 before the first
    bool m_edited = false;  // something was changed in a form
    bool m_reviewOk = false;
    bool m_finishing = false; // Finish was pressed (design only), not Next
    PlanView *m_planView = nullptr;         // owned (child of the review page)
    ApplyProgressView *m_progress = nullptr; // owned (child of the apply page)
    DeployEngine *m_engine = nullptr;        // owned (child); made for the first apply
    QPointer<KubeClient> m_engineClient;     // not owned; the client m_engine was made with
    DeployOptions m_deployOptions;
    bool m_applied = false; // the last apply succeeded
    std::unique_ptr<StatusReader> m_statusReader;
    std::unique_ptr<StackStatus> m_status; // the last live status the verify page read
    QTimer m_statusTimer; // re-reads the live status until every node is ready
};

} // namespace sd
