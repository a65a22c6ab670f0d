#pragma once

#include "gui/forms/changestackcommand.h"
#include "kube/prerequisitechecker.h"
#include "stack/stack.h"

#include "ui_deploywizard.h"

#include <QPointer>
#include <QWizard>

#include <memory>

class QUndoCommand;

namespace sd {

class ClusterFacts;
class ClusterSession;
class ComponentForm;
class DatastoreForm;
class StackSettingsPage;

// Cluster → Deploy OpenIM…: prerequisites (with the commands that fix what fails) → stack name,
// namespace, OpenIM version, registry and sizing preset → the datastores and components of the
// preset, each editable in its form → review (the objects to apply and what StackValidator
// says). Finish hands the designed stack to the caller as an undo command (createCommand()),
// which puts it on the canvas. Cancel asks first once anything was edited. The cluster session
// is not owned; without a connection the prerequisites are skipped and the stack is designed
// offline.
class DeployWizard final : public QWizard
{
    Q_OBJECT
public:
    enum Page { PrerequisitesPage, ProfilePage, DatastoresPage, ComponentsPage, ReviewPage };
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
    // A stack of `sizing` (the ready-made dev/production stacks) named `name` in `ns`.
    static Stack presetStack(Sizing sizing, const QString &name, const QString &ns);

signals:
    void checked(); // the prerequisite checks are in

public slots:
    void accept() override;
    void reject() override;

protected:
    void initializePage(int id) override;
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
};

} // namespace sd
