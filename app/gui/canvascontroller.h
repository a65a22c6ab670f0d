#pragma once

#include "stack/stackeditor.h"

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QVariantList>

#include <functional>
#include <optional>

class QUndoStack;

namespace sd {

class Selection;
class StackDocument;
class TopologyModel;

// What the QML canvas calls when the user clicks, drags or types: selection through the
// application-wide Selection, undoable moves through the undo stack, design edits (palette,
// connections, deletes) through the StackDocument. The canvas draws the model and never changes
// it directly. GUI thread only.
class CanvasController final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *topology READ topologyObject CONSTANT)
    Q_PROPERTY(QObject *canvasStyle READ canvasStyle CONSTANT)
    Q_PROPERTY(bool dragging READ isDragging NOTIFY dragChanged)
    Q_PROPERTY(QPointF dragOffset READ dragOffset NOTIFY dragChanged)
    // [{type, label, datastore, enabled, reason}] for the palette; empty while no stack is open.
    Q_PROPERTY(QVariantList palette READ palette NOTIFY paletteChanged)
    Q_PROPERTY(bool editable READ isEditable NOTIFY paletteChanged)

public:
    // None of the arguments is owned; all must outlive the controller.
    CanvasController(TopologyModel *model, Selection *selection, QUndoStack *undoStack,
                     QObject *parent = nullptr);

    QObject *topologyObject() const;
    QObject *canvasStyle() const { return m_style; }
    bool isDragging() const { return m_dragging; }
    QPointF dragOffset() const { return m_dragOffset; }

    // The stack that design edits change (not owned; may be null: then nothing is editable).
    void setDocument(StackDocument *document);
    // What a palette drop does once the stack can take the node: open the node's form pre-filled
    // at `position` (scene coordinates; nullopt lets the layout place it), which adds it on
    // Accept. Without a handler the node is added at once with the catalog's defaults.
    using AddHandler = std::function<void(const QString &type, bool datastore, std::optional<QPointF> position)>;
    void setAddHandler(AddHandler handler) { m_addHandler = std::move(handler); }
    QVariantList palette() const;
    bool isEditable() const;

    // `modifiers` are Qt::KeyboardModifiers: Ctrl or Shift add to / toggle in the selection.
    Q_INVOKABLE void click(const QString &id, int modifiers);
    Q_INVOKABLE void clickBackground(int modifiers);
    Q_INVOKABLE void selectInRect(const QRectF &sceneRect, int modifiers);
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void activate(const QString &id);
    // Right click on a node: selects it (unless it is part of the selection) and asks for its
    // context menu at the global position.
    Q_INVOKABLE void requestContextMenu(const QString &id, qreal globalX, qreal globalY);
    // A drag of node `id` by (dx, dy) scene units; the whole selection follows. Finishing it
    // is one undoable move.
    Q_INVOKABLE void drag(const QString &id, qreal dx, qreal dy, bool finished);
    Q_INVOKABLE void moveSelection(qreal dx, qreal dy); // keyboard nudge, merged in undo
    Q_INVOKABLE void relayout();

    // Design edits. Refusals are reported through refused(reason), never silently dropped.
    // Adds a palette entry (engine or component id) with its top-left at scene (x, y); NaN
    // coordinates let the incremental layout place it. With an AddHandler, hands it the entry
    // instead (after refusing what the stack cannot take).
    Q_INVOKABLE void addNode(const QString &type, qreal x, qreal y);
    // Why `from` cannot depend on `to` (empty when it can): live feedback while dragging a link.
    Q_INVOKABLE QString connectProblem(const QString &from, const QString &to) const;
    Q_INVOKABLE void connectNodes(const QString &from, const QString &to);
    // Delete key: asks the owner to confirm through deleteRequested().
    Q_INVOKABLE void requestDelete();
    // Removes nodes without asking (after the confirmation).
    void removeNodes(const QStringList &ids);
    // Copy/paste of a node's settings onto other nodes of the same engine or kind.
    Q_INVOKABLE void copySettings();
    Q_INVOKABLE void pasteSettings();
    bool canPaste() const { return !m_copiedFrom.isEmpty(); }

signals:
    void dragChanged();
    void paletteChanged();
    void activated(const QString &id); // double-click or Enter: open the node's logs
    void contextMenuRequested(const QString &id, const QPoint &globalPos);
    void refused(const QString &reason);
    void deleteRequested(const QStringList &ids);

private:
    void move(const QStringList &ids, QPointF delta, bool mergeable);
    QStringList selectedStackNodes() const; // the selection without the clients node

    TopologyModel *m_model;    // not owned
    Selection *m_selection;    // not owned
    QUndoStack *m_undoStack;   // not owned
    QPointer<StackDocument> m_document; // not owned
    StackEditor m_editor;
    AddHandler m_addHandler;
    QString m_copiedFrom;      // node whose settings Ctrl+C copied
    QObject *m_style;          // owned (child)
    bool m_dragging = false;
    QPointF m_dragOffset;
};

} // namespace sd
