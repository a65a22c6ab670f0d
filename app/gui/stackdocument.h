#pragma once

#include "stack/stack.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace sd {

// The stack being designed: its content, where it is saved, and the undoable edits made to it.
// Every design edit (canvas palette, connections, deletes, forms) replaces the whole stack value
// through edit(), so undo and redo are exact and one mechanism serves every edit kind; a stack
// is a few dozen entries, so the snapshots cost next to nothing. GUI thread only.
class StackDocument final : public QObject
{
    Q_OBJECT
public:
    // `undoStack` is not owned and must outlive the document.
    explicit StackDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    const std::optional<Stack> &stack() const { return m_stack; }
    bool isOpen() const { return m_stack.has_value(); }
    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }

    // Starts over with `stack` (opened from `path`); clears the undo history.
    void open(const Stack &stack, const QString &path);
    // Replaces the stack with `after` as one undoable step named `text`. Returns false (and does
    // nothing) when no stack is open or `after` equals the current stack.
    bool edit(const Stack &after, const QString &text);
    // Changes the stack without an undo step of its own: what undo commands call (forms push
    // ChangeStackCommands that apply through it), and canvas positions written back on save.
    // Starts an untitled stack when none is open.
    void update(const Stack &stack);

signals:
    // The stack's content changed: edit, undo, redo, open or update.
    void changed();

private:
    void replace(const Stack &stack);

    QUndoStack *m_undoStack; // not owned
    std::optional<Stack> m_stack;
    QString m_path;
};

} // namespace sd
