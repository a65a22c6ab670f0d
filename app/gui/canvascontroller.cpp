#include "gui/canvascontroller.h"

#include "gui/movenodescommand.h"
#include "gui/selection.h"
#include "gui/stackdocument.h"
#include "topology/canvasstyle.h"
#include "topology/nodelistmodel.h"
#include "topology/stackgraph.h"
#include "topology/topologymodel.h"

#include <QUndoStack>
#include <QVariantMap>

#include <cmath>

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

void CanvasController::requestContextMenu(const QString &id, qreal globalX, qreal globalY)
{
    if (!m_selection->contains(id))
        m_selection->set({id});
    emit contextMenuRequested(id, QPointF(globalX, globalY).toPoint());
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

void CanvasController::setDocument(StackDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &StackDocument::changed, this, &CanvasController::paletteChanged);
    emit paletteChanged();
}

bool CanvasController::isEditable() const
{
    return m_document && m_document->isOpen();
}

QVariantList CanvasController::palette() const
{
    QVariantList entries;
    if (!isEditable())
        return entries;
    for (const StackEditor::PaletteEntry &e : m_editor.palette(*m_document->stack())) {
        entries.append(QVariantMap{{QStringLiteral("type"), e.type},
                                   {QStringLiteral("label"), e.label},
                                   {QStringLiteral("datastore"), e.datastore},
                                   {QStringLiteral("enabled"), e.unavailableReason.isEmpty()},
                                   {QStringLiteral("reason"), e.unavailableReason}});
    }
    return entries;
}

void CanvasController::addNode(const QString &type, qreal x, qreal y)
{
    if (!isEditable())
        return;
    Stack stack = *m_document->stack();
    QString reason;
    const CanvasPosition position = qIsNaN(x) || qIsNaN(y) ? CanvasPosition{}
                                                           : CanvasPosition{true, std::round(x), std::round(y)};
    if (m_addHandler) {
        for (const StackEditor::PaletteEntry &e : m_editor.palette(stack)) {
            if (e.type != type)
                continue;
            if (!e.unavailableReason.isEmpty()) {
                emit refused(e.unavailableReason);
                return;
            }
            m_addHandler(type, e.datastore,
                         position.isSet ? std::optional<QPointF>(QPointF(position.x, position.y)) : std::nullopt);
            return;
        }
    }
    const QString name = m_editor.addNode(stack, type, position, &reason);
    if (name.isEmpty()) {
        emit refused(reason);
        return;
    }
    m_document->edit(stack, tr("Add %1").arg(name));
    m_selection->set({name});
}

QString CanvasController::connectProblem(const QString &from, const QString &to) const
{
    if (!isEditable())
        return tr("Open a stack to edit its design.");
    if (from == QLatin1String(kClientsNodeId) || to == QLatin1String(kClientsNodeId))
        return tr("Clients reach OpenIM through the entry components; that link is not part of the stack.");
    return m_editor.connectProblem(*m_document->stack(), from, to);
}

void CanvasController::connectNodes(const QString &from, const QString &to)
{
    if (const QString problem = connectProblem(from, to); !problem.isEmpty()) {
        emit refused(problem);
        return;
    }
    Stack stack = *m_document->stack();
    QString reason;
    if (!m_editor.connect(stack, from, to, &reason)) {
        emit refused(reason);
        return;
    }
    m_document->edit(stack, tr("Connect %1 to %2").arg(from, to));
}

QStringList CanvasController::selectedStackNodes() const
{
    QStringList ids = m_selection->ids();
    ids.removeAll(QLatin1String(kClientsNodeId));
    return ids;
}

void CanvasController::requestDelete()
{
    const QStringList ids = selectedStackNodes();
    if (isEditable() && !ids.isEmpty())
        emit deleteRequested(ids);
}

void CanvasController::removeNodes(const QStringList &ids)
{
    if (!isEditable())
        return;
    Stack stack = *m_document->stack();
    const QStringList removed = m_editor.remove(stack, ids);
    if (removed.isEmpty())
        return;
    m_selection->clear();
    m_document->edit(stack, removed.size() == 1 ? tr("Delete %1").arg(removed.first())
                                                : tr("Delete %n nodes", nullptr, int(removed.size())));
}

void CanvasController::copySettings()
{
    const QStringList ids = selectedStackNodes();
    if (ids.size() == 1)
        m_copiedFrom = ids.first();
    else
        emit refused(tr("Select exactly one node to copy its settings."));
}

void CanvasController::pasteSettings()
{
    if (!isEditable() || m_copiedFrom.isEmpty())
        return;
    Stack stack = *m_document->stack();
    QString reason;
    int pasted = 0;
    for (const QString &id : selectedStackNodes()) {
        if (id != m_copiedFrom && m_editor.copySettings(stack, m_copiedFrom, id, &reason))
            ++pasted;
    }
    if (pasted == 0) {
        emit refused(reason.isEmpty() ? tr("Select the nodes to paste the settings of %1 onto.").arg(m_copiedFrom)
                                      : reason);
        return;
    }
    m_document->edit(stack, tr("Paste settings of %1").arg(m_copiedFrom));
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
