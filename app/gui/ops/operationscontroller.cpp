#include "gui/ops/operationscontroller.h"

#include "gui/ops/backupsview.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/operationsmenu.h"
#include "kube/kubeclient.h"
#include "gui/selection.h"
#include "stack/stack.h"

#include <QAction>
#include <QToolButton>

namespace sd {

OperationsController::OperationsController(Selection *selection, QWidget *window)
    : QObject(window)
    , m_selection(selection)
    , m_window(window)
    , m_backups(new BackupsView(window))
{
    connect(m_selection, &Selection::changed, this, &OperationsController::updateButton);
    connect(m_backups, &BackupsView::operationRequested, this,
            [this](const OperationTarget &target, OperationAction action) { openOperation(target, action); });
}

void OperationsController::setClient(KubeClient *client, const QString &ns)
{
    m_client = client;
    m_ns = ns;
    m_backups->setClient(client, ns);
    updateButton();
}

void OperationsController::setStack(const Stack *stack)
{
    m_stack = stack;
    if (stack)
        m_ns = stack->ns;
    updateButton();
}

std::optional<OperationTarget> OperationsController::targetOf(const QString &nodeId) const
{
    if (!m_stack || nodeId.isEmpty())
        return std::nullopt;
    if (m_stack->datastore(nodeId))
        return OperationTarget{OperationTarget::Kind::Cluster, m_stack->ns, nodeId};
    for (const ComponentSpec &c : m_stack->components) {
        if (c.name == nodeId)
            return OperationTarget{OperationTarget::Kind::Deployment, m_stack->ns, nodeId};
    }
    return std::nullopt;
}

void OperationsController::showMenu(const QString &nodeId, const QPoint &globalPos)
{
    const auto target = targetOf(nodeId);
    if (!target || !m_client)
        return;
    auto *menu = new OperationsMenu(m_client, *target, m_window);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    connect(menu, &OperationsMenu::operationRequested, this,
            [this](const OperationTarget &t, OperationAction a, const TargetFacts &facts) { openOperation(t, a, &facts); });
    if (target->kind == OperationTarget::Kind::Deployment) {
        // Resources, env and the rest of the component form, applied to the running Deployment.
        menu->addSeparator();
        QAction *edit = menu->addAction(tr("&Edit on the Cluster…"));
        edit->setObjectName(QStringLiteral("operation.editComponent"));
        edit->setToolTip(tr("Change %1 with the component form; the change is shown as a diff before it is applied.")
                             .arg(target->name));
        connect(edit, &QAction::triggered, this, [this, name = target->name] { emit editComponentRequested(name); });
    }
    menu->popup(globalPos);
}

void OperationsController::openOperation(const OperationTarget &target, OperationAction action, const TargetFacts *facts)
{
    if (!m_client)
        return;
    auto *dialog = new OperationDialog(m_client, target, action, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (facts)
        dialog->setFacts(*facts);
    // Backups come and go with these operations.
    connect(dialog, &OperationDialog::runFinished, m_backups, &BackupsView::refresh);
    dialog->show();
}

QToolButton *OperationsController::createPropertiesButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("properties.operations"));
    button->setText(tr("&Operations"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button = button;
    // The menu is made when it opens, so it shows the permissions and state of that moment.
    connect(button, &QToolButton::clicked, this, [this] {
        if (m_button)
            showMenu(m_selection->current(), m_button->mapToGlobal(QPoint(0, m_button->height())));
    });
    updateButton();
    return button;
}

void OperationsController::updateButton()
{
    if (!m_button)
        return;
    const bool single = m_selection->ids().size() == 1;
    const auto target = single ? targetOf(m_selection->current()) : std::nullopt;
    m_button->setEnabled(target && m_client);
    m_button->setToolTip(!m_client ? tr("Connect to a cluster to run operations.")
                         : !target ? tr("Select one datastore or component.")
                                   : tr("Operations on %1").arg(target->display()));
}

} // namespace sd
