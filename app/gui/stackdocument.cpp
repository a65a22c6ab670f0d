#include "gui/stackdocument.h"

#include "gui/forms/changestackcommand.h"

#include <QPointer>

#include <QUndoStack>

namespace sd {

StackDocument::StackDocument(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{}

void StackDocument::open(const Stack &stack, const QString &path)
{
    m_undoStack->clear();
    m_path = path;
    replace(stack);
}

bool StackDocument::edit(const Stack &after, const QString &text)
{
    if (!m_stack || *m_stack == after)
        return false;
    const QPointer<StackDocument> self(this);
    auto apply = [self](const Stack &stack) {
        if (self)
            self->replace(stack);
    };
    m_undoStack->push(new ChangeStackCommand(apply, *m_stack, after, text)); // push() runs redo()
    return true;
}

void StackDocument::update(const Stack &stack)
{
    replace(stack);
}

void StackDocument::replace(const Stack &stack)
{
    m_stack = stack;
    emit changed();
}

} // namespace sd
