#pragma once

#include "ops/operation.h"
#include "ops/targetfacts.h"

#include <QMenu>

#include <optional>

namespace sd {

class FactsLoader;
class KubeClient;

// The Day-2 operations of one target as menu entries (canvas node context menu, properties dock).
// Entries start disabled ("checking…") and follow the target's facts once read: each is enabled,
// or disabled with the reason (permission, engine, state) as its tooltip. Triggering one emits
// operationRequested() with the facts, so the dialog need not read them again. GUI thread only;
// the client must outlive the menu.
class OperationsMenu final : public QMenu
{
    Q_OBJECT
public:
    OperationsMenu(KubeClient *client, const OperationTarget &target, QWidget *parent = nullptr);

    const OperationTarget &target() const { return m_target; }
    const std::optional<TargetFacts> &facts() const { return m_facts; }
    QAction *actionFor(OperationAction action) const;

signals:
    void factsLoaded();
    void operationRequested(const sd::OperationTarget &target, sd::OperationAction action,
                            const sd::TargetFacts &facts);

private:
    void applyFacts(const TargetFacts &facts);

    OperationTarget m_target;
    FactsLoader *m_loader; // owned (child)
    std::optional<TargetFacts> m_facts;
    QHash<int, QAction *> m_actions; // OperationAction → entry (children)
};

} // namespace sd
