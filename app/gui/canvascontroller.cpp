#include "gui/canvascontroller.h"

#include "gui/movenodescommand.h"
#include "gui/selection.h"
#include "topology/canvasstyle.h"
#include "topology/nodelistmodel.h"
#include "topology/topologymodel.h"

#include <QUndoStack>

namespace sd {

CanvasController::CanvasController(TopologyModel *model, Selection *selection,
                                   QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_selection(selection)
    , m_undoStack(undoStack)
    , m_style(new CanvasStyle(this))
{
    connect(m_selection, &Selection::changed, this, [this](const QStringList &ids) {
        m_model->nodes()->setSelection(QSet<QString>(ids.cbegin(), ids.cend()));
    });
}

QObject *CanvasController::topologyObject() const
{
    return m_model;
}

void CanvasController::click(const QString &id, int modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier))
        m_selection->toggle(id);
    else
        m_selection->set({id});
}

void CanvasController::clickBackground(int modifiers)
{
    if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
        m_selection->clear();
}

void CanvasController::selectInRect(const QRectF &sceneRect, int modifiers)
{
    QStringList ids;
    if (modifiers & (Qt::ControlModifier | Qt::ShiftModifier))
        ids = m_selection->ids();
    const QRectF area = sceneRect.normalized();
    for (const TopologyNode &node : m_model->nodes()->nodes()) {
        if (node.placed && area.intersects(QRectF(node.position, kNodeSize)))
            ids << node.id;
    }
    m_selection->set(ids);
}

void CanvasController::selectAll()
{
    QStringList ids;
    for (const TopologyNode &node : m_model->nodes()->nodes())
        ids << node.id;
    m_selection->set(ids);
}

void CanvasController::activate(const QString &id)
{
    m_selection->set({id});
    emit activated(id);
}

void CanvasController::drag(const QString &id, qreal dx, qreal dy, bool finished)
{
    if (!m_selection->contains(id))
        m_selection->set({id}); // dragging an unselected node drags just that node
    if (finished) {
        m_dragging = false;
        m_dragOffset = {};
        emit dragChanged();
        if (!qFuzzyIsNull(dx) || !qFuzzyIsNull(dy))
            move(m_selection->ids(), QPointF(dx, dy), false);
        return;
    }
    m_dragging = true;
    m_dragOffset = QPointF(dx, dy);
    emit dragChanged();
}

void CanvasController::moveSelection(qreal dx, qreal dy)
{
    move(m_selection->ids(), QPointF(dx, dy), true);
}

void CanvasController::relayout()
{
    m_model->relayout();
}

void CanvasController::move(const QStringList &ids, QPointF delta, bool mergeable)
{
    QHash<QString, QPointF> from;
    QHash<QString, QPointF> to;
    const NodeListModel *nodes = m_model->nodes();
    for (const QString &id : ids) {
        const int row = nodes->rowOf(id);
        if (row < 0)
            continue;
        const QPointF position = nodes->nodes().at(row).position;
        from.insert(id, position);
        to.insert(id, position + delta);
    }
    if (!to.isEmpty())
        m_undoStack->push(new MoveNodesCommand(m_model, from, to, mergeable));
}

} // namespace sd
