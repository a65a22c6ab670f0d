#include "gui/editstackcommand.h"

#include "gui/stackdocument.h"

namespace sd {

EditStackCommand::EditStackCommand(StackDocument *document, Stack before, Stack after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditStackCommand::undo()
{
    if (m_document)
        m_document->replace(m_before);
}

void EditStackCommand::redo()
{
    if (m_document)
        m_document->replace(m_after);
}

} // namespace sd
