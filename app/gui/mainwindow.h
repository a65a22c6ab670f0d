#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace sd {

class CanvasController;
class CanvasView;
class EmptyStateWidget;
class LanguageManager;
class Selection;
class TopologyModel;

// The main window: the topology canvas in the middle, docks around it, every action created in
// setupActions(). Dock and action object names are stable because saveState() keys on them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `languages` is not owned and must outlive the window.
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    CanvasView *canvas() const { return m_canvas; }
    TopologyModel *topology() const { return m_topology; }
    Selection *selection() const { return m_selection; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QDockWidget *dock(const QString &objectName) const;
    QAction *action(const QString &objectName) const;

    // Window geometry and dock layout in QSettings; restore returns false when nothing was saved.
    void saveLayout() const;
    bool restoreLayout();
    void resetLayout();

    // Shown in the status bar and on the canvas; empty context = not connected.
    void setConnection(const QString &context, const QString &namespaceName);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPanel(const QString &objectName, Qt::DockWidgetArea area);
    void setupDocks();
    void setupActions();
    void setupMenus();
    void retranslate();
    void showAbout();

    LanguageManager *m_languages; // not owned
    QUndoStack *m_undoStack;      // owned (child), every design edit goes through it
    Selection *m_selection;       // owned (child), the application-wide selection
    TopologyModel *m_topology;    // owned (child)
    CanvasController *m_canvasController; // owned (child)
    CanvasView *m_canvas = nullptr;
    QHash<QString, QDockWidget *> m_docks;
    QHash<QString, EmptyStateWidget *> m_emptyStates;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QMenu *> m_menus;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QByteArray m_defaultState;
    QString m_context;
    QString m_namespace;
};

} // namespace sd
