#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace sd {

class TopologyModel;

// Moves canvas nodes; undo puts them back. Consecutive keyboard nudges of the same nodes merge
// into one step, so Ctrl+Z after ten arrow presses undoes them all.
class MoveNodesCommand final : public QUndoCommand
{
public:
    MoveNodesCommand(TopologyModel *model, // not owned, outlives the undo stack's commands
                     QHash<QString, QPointF> from,
                     QHash<QString, QPointF> to,
                     bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyModel *m_model;
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
    bool m_mergeable;
};

} // namespace sd
