#pragma once

#include "ui_propertiesdock.h"

#include <QWidget>

namespace sd {

class EmptyStateWidget;
class KubeClient;
class LiveObjectsView;
class Selection;
struct Stack;

// The Properties dock: what the application-wide selection points at, from the stack (its
// settings, how the datastore is reached, what the node calls and who calls it) and the objects
// Stackdeck generates for it, and (YAML tab) the live objects behind it, editable through a
// server-side apply with a diff first. Follows the selection and the language by itself.
class PropertiesDock final : public QWidget
{
    Q_OBJECT
public:
    // `selection` is not owned and must outlive the dock.
    explicit PropertiesDock(Selection *selection, QWidget *parent = nullptr);

    // The stack the selection refers to; nullptr when none is open. Not owned; the caller
    // calls this again whenever the stack changes or goes away.
    void setStack(const Stack *stack);
    // The cluster the YAML tab reads the live objects from; not owned, nullptr when disconnected.
    void setClient(KubeClient *client);
    LiveObjectsView *liveObjects() const { return m_live; }
    QString shownNode() const { return m_node; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void addRow(const QString &property, const QString &value);

    Ui::PropertiesDock m_ui;
    EmptyStateWidget *m_empty; // owned (child)
    LiveObjectsView *m_live;   // owned (child of the tabs)
    Selection *m_selection;    // not owned
    const Stack *m_stack = nullptr; // not owned
    QString m_node;
};

} // namespace sd
