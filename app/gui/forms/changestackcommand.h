#pragma once

#include "stack/stack.h"

#include <QUndoCommand>

#include <functional>

namespace sd {

// One form edit of the stack (a datastore or component added or changed, the stack settings
// changed): redo sets the stack after the edit, undo the one before. Whole stacks are kept
// because they are small and it makes undo exact whatever the form touched.
class ChangeStackCommand final : public QUndoCommand
{
public:
    // `apply` puts a stack in place (the main window's document); it must stay valid for the
    // command's lifetime. `text` is the translated undo text ("Add datastore redis-cluster").
    using Apply = std::function<void(const Stack &stack)>;
    ChangeStackCommand(Apply apply, Stack before, Stack after, const QString &text);

    void undo() override;
    void redo() override;

    const Stack &before() const { return m_before; }
    const Stack &after() const { return m_after; }

private:
    Apply m_apply;
    Stack m_before;
    Stack m_after;
};

} // namespace sd
