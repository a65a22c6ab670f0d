#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>

class QUndoStack;

namespace sd {

class Selection;
class TopologyModel;

// What the QML canvas calls when the user clicks, drags or types: selection through the
// application-wide Selection, undoable moves through the undo stack. The canvas draws the model
// and never changes it directly. GUI thread only.
class CanvasController final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *topology READ topologyObject CONSTANT)
    Q_PROPERTY(QObject *canvasStyle READ canvasStyle CONSTANT)
    Q_PROPERTY(bool dragging READ isDragging NOTIFY dragChanged)
    Q_PROPERTY(QPointF dragOffset READ dragOffset NOTIFY dragChanged)

public:
    // None of the arguments is owned; all must outlive the controller.
    CanvasController(TopologyModel *model, Selection *selection, QUndoStack *undoStack,
                     QObject *parent = nullptr);

    QObject *topologyObject() const;
    QObject *canvasStyle() const { return m_style; }
    bool isDragging() const { return m_dragging; }
    QPointF dragOffset() const { return m_dragOffset; }

    // `modifiers` are Qt::KeyboardModifiers: Ctrl or Shift add to / toggle in the selection.
    Q_INVOKABLE void click(const QString &id, int modifiers);
    Q_INVOKABLE void clickBackground(int modifiers);
    Q_INVOKABLE void selectInRect(const QRectF &sceneRect, int modifiers);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void activate(const QString &id);
    // A drag of node `id` by (dx, dy) scene units; the whole selection follows. Finishing it
    // is one undoable move.
    Q_INVOKABLE void drag(const QString &id, qreal dx, qreal dy, bool finished);
    Q_INVOKABLE void moveSelection(qreal dx, qreal dy); // keyboard nudge, merged in undo
    Q_INVOKABLE void relayout();

signals:
    void dragChanged();
    void activated(const QString &id); // double-click or Enter: open the node's logs

private:
    void move(const QStringList &ids, QPointF delta, bool mergeable);

    TopologyModel *m_model;    // not owned
    Selection *m_selection;    // not owned
    QUndoStack *m_undoStack;   // not owned
    QObject *m_style;          // owned (child)
    bool m_dragging = false;
    QPointF m_dragOffset;
};

} // namespace sd
