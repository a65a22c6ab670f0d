#pragma once

#include "stack/stack.h"

#include <QPointer>
#include <QUndoCommand>

namespace sd {

class StackDocument;

// One design edit: the stack before and after. Undo and redo swap the whole value (see
// StackDocument). Does nothing once the document is gone.
class EditStackCommand final : public QUndoCommand
{
public:
    EditStackCommand(StackDocument *document, Stack before, Stack after, const QString &text);

    void undo() override;
    void redo() override;

private:
    QPointer<StackDocument> m_document;
    Stack m_before;
    Stack m_after;
};

} // namespace sd
