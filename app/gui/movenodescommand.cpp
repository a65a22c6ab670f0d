#include "gui/movenodescommand.h"

#include "common/tr.h"
#include "topology/topologymodel.h"

#include <QSet>

namespace sd {

MoveNodesCommand::MoveNodesCommand(TopologyModel *model,
                                   QHash<QString, QPointF> from,
                                   QHash<QString, QPointF> to,
                                   bool mergeable)
    : m_model(model)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_mergeable(mergeable)
{
    setText(Tr::tr("Move %n node(s)", nullptr, int(m_to.size())));
}

void MoveNodesCommand::undo()
{
    m_model->setPositions(m_from);
}

void MoveNodesCommand::redo()
{
    m_model->setPositions(m_to);
}

int MoveNodesCommand::id() const
{
    return m_mergeable ? 0x5d01 : -1;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveNodesCommand *>(other);
    const auto keys = [](const QHash<QString, QPointF> &h) {
        return QSet<QString>(h.keyBegin(), h.keyEnd());
    };
    if (!next->m_mergeable || keys(next->m_to) != keys(m_to))
        return false;
    m_to = next->m_to;
    return true;
}

} // namespace sd
