#pragma once

#include "gui/forms/changestackcommand.h"
#include "stack/stack.h"

#include <QObject>
#include <QPointer>
#include <QPointF>

#include <functional>
#include <optional>

class QUndoStack;
class QWidget;

namespace sd {

class ClusterSession;
class ComponentEdit;
class ComponentForm;
class DatastoreForm;
class DeployWizard;
class StackSettingsPage;

// Opens the stack forms from the main window (menus, and the canvas palette's drag and drop):
// each call shows a window-modal form and returns it; accepting it pushes its edit onto the undo
// stack, which applies it through the host's `apply`. With no stack open the forms start a new
// one (newStack()). Forms see the connected cluster (addons, versions, StorageClasses, schema)
// through the session when it is connected. GUI thread only.
class StackForms final : public QObject
{
    Q_OBJECT
public:
    struct Host
    {
        std::function<std::optional<Stack>()> stack; // the open stack, if any
        ChangeStackCommand::Apply apply;             // puts a stack in place
    };
    // None of the pointers is owned; all must outlive this object.
    StackForms(QWidget *window, QUndoStack *undoStack, ClusterSession *session, Host host,
               QObject *parent = nullptr);

    DatastoreForm *addDatastore(const QString &engine = {}, std::optional<QPointF> position = {});
    DatastoreForm *editDatastore(const QString &name);
    ComponentForm *addComponent(const QString &component = {}, std::optional<QPointF> position = {});
    ComponentForm *editComponent(const QString &name);
    // A Day-2 edit of the deployed component `name` (see ComponentEdit): form, dry-run diff, apply;
    // once on the cluster, the edited stack is pushed onto the undo stack. Null when no cluster is
    // connected, no stack is open or it has no such component.
    ComponentEdit *editComponentOnCluster(const QString &name);
    StackSettingsPage *editSettings();
    // The Deploy OpenIM wizard; finishing it replaces the open stack (one undo step).
    DeployWizard *deployWizard();

    // An empty stack on the default profile, in `ns` ("openim" when empty).
    static Stack newStack(const QString &ns);

private:
    Stack currentStack() const;
    template<typename Form>
    Form *show(Form *form);

    QWidget *m_window;           // not owned
    QUndoStack *m_undoStack;     // not owned
    ClusterSession *m_session;   // not owned
    Host m_host;
};

} // namespace sd
