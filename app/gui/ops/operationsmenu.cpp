#include "gui/ops/operationsmenu.h"

#include "ops/factsloader.h"
#include "ops/operationrules.h"

namespace sd {

OperationsMenu::OperationsMenu(KubeClient *client, const OperationTarget &target, QWidget *parent)
    : QMenu(parent)
    , m_target(target)
    , m_loader(new FactsLoader(client, this))
{
    setObjectName(QStringLiteral("menu.operations"));
    setTitle(tr("&Operations"));
    setToolTipsVisible(true);
    for (OperationAction a : Operation::actionsFor(target.kind)) {
        QAction *action = addAction(Operation::title(a));
        action->setObjectName(QStringLiteral("op.%1").arg(Operation::id(a)));
        action->setEnabled(false);
        action->setToolTip(tr("Checking what %1 allows…").arg(target.display()));
        connect(action, &QAction::triggered, this, [this, a] {
            if (m_facts)
                emit operationRequested(m_target, a, *m_facts);
        });
        m_actions.insert(int(a), action);
    }
    connect(m_loader, &FactsLoader::finished, this, &OperationsMenu::applyFacts);
    m_loader->load(target);
}

QAction *OperationsMenu::actionFor(OperationAction action) const
{
    return m_actions.value(int(action));
}

void OperationsMenu::applyFacts(const TargetFacts &facts)
{
    m_facts = facts;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const Availability a = OperationRules::availability(facts, OperationAction(it.key()));
        it.value()->setEnabled(a.available());
        it.value()->setToolTip(a.reason);
    }
    emit factsLoaded();
}

} // namespace sd
