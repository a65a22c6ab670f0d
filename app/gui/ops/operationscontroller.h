#pragma once

#include "ops/operation.h"
#include "ops/targetfacts.h"

#include <QObject>
#include <QPointer>

class QPoint;
class QToolButton;
class QWidget;

namespace sd {

class BackupsView;
class KubeClient;
class Selection;
struct Stack;

// Where the GUI's Day-2 operations meet: the canvas node context menu, the Operations button of the
// properties area (following the selection) and the Backups view all open OperationDialogs
// through it. A datastore node is its KubeBlocks Cluster, a component node its Deployment, both
// named like the node in the stack's namespace. GUI thread only.
class OperationsController final : public QObject
{
    Q_OBJECT
public:
    // `selection` is not owned and must outlive the controller; dialogs are parented to `window`.
    OperationsController(Selection *selection, QWidget *window);

    // The connected client (nullptr when disconnected; not owned) and the open stack (may be null;
    // not owned; call again when it changes).
    void setClient(KubeClient *client, const QString &ns);
    void setStack(const Stack *stack);

    // The target of a canvas node; nullopt for nodes without one (external clients, no stack).
    std::optional<OperationTarget> targetOf(const QString &nodeId) const;
    // Pops up the operations of a node at a global position (canvas context menu).
    void showMenu(const QString &nodeId, const QPoint &globalPos);
    // Opens the dialog of one operation; `facts` when already read.
    void openOperation(const OperationTarget &target, OperationAction action, const TargetFacts *facts = nullptr);

    // A button for the properties area whose menu holds the selected node's operations.
    QToolButton *createPropertiesButton(QWidget *parent);
    BackupsView *backupsView() const { return m_backups; }

signals:
    // "Edit on the Cluster…" of a component's menu: the host opens the Day-2 component edit.
    void editComponentRequested(const QString &component);

private:
    void updateButton();

    Selection *m_selection; // not owned
    QWidget *m_window;      // not owned
    QPointer<KubeClient> m_client;
    QString m_ns;
    const Stack *m_stack = nullptr; // not owned
    QPointer<QToolButton> m_button;
    BackupsView *m_backups; // owned by m_window once placed; created here
};

} // namespace sd
