#pragma once

#include "stack/stack.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace sd {

class AddedClusters;
class CanvasController;
class ClusterSession;
class CanvasView;
class EmptyStateWidget;
struct ExecTrustRequest;
class LanguageManager;
class OperationsController;
class LogsDock;
class HealthDock;
class EventsDock;
class PropertiesDock;
class Selection;
class StackDocument;
class StackForms;
struct StackHealth;
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

    // Opens a stack file onto the canvas; on failure shows why (file:line:column) and keeps
    // what was open. Returns whether the stack was opened.
    bool openStack(const QString &path);
    // Writes the open stack, canvas positions included, to `path` (empty: where it came from).
    bool saveStack(const QString &path = {});
    const std::optional<Stack> &stack() const;
    StackDocument *document() const { return m_document; }
    // Opens the datastore, component and stack settings forms (menus, canvas drag and drop).
    StackForms *forms() const { return m_forms; }
    // The canvas as a PNG or SVG file (by extension), as drawn now.
    bool exportImage(const QString &path);

    // Connects to a kubeconfig context (empty path: kubectl's default files; empty context: the
    // current-context; empty namespace: the context's). Problems are shown to the user; returns
    // whether connecting started.
    bool connectToCluster(const QString &kubeconfig, const QString &context, const QString &ns);
    ClusterSession *session() const { return m_session; }

    // Shown in the status bar and on the canvas; empty context = not connected.
    void setConnection(const QString &context, const QString &namespaceName);

    // Opens a log tab for a canvas node (an OpenIM component or a datastore Cluster).
    void openLogs(const QString &nodeId);
    LogsDock *logsDock() const { return m_logs; }
    HealthDock *healthDock() const { return m_health; }
    EventsDock *eventsDock() const { return m_events; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // A dock whose content is `content`, or an empty-state placeholder when null.
    QDockWidget *addPanel(const QString &objectName, Qt::DockWidgetArea area, QWidget *content = nullptr);
    void setupDocks();
    void connectMonitoring();
    void updateMonitoredNodes();
    void setupActions();
    void setupMenus();
    void retranslate();
    void showAbout();
    void showConnectDialog();
    void showPrerequisites();
    void updateConnectionState();
    bool trustExecPlugin(const ExecTrustRequest &request);
    void updateTitle();
    void showError(const QString &title, const QString &text, const QString &details = {});
    void stackChanged();
    void applyLiveHealth(const StackHealth &health);
    void confirmDelete(const QStringList &ids);

    LanguageManager *m_languages; // not owned
    QUndoStack *m_undoStack;      // owned (child), every design edit goes through it
    Selection *m_selection;       // owned (child), the application-wide selection
    TopologyModel *m_topology;    // owned (child)
    StackDocument *m_document;    // owned (child), the stack being designed
    std::unique_ptr<StackHealth> m_liveHealth; // the cluster's last reported state
    QSet<QString> m_liveNodes;    // nodes the cluster has objects for
    CanvasController *m_canvasController; // owned (child)
    ClusterSession *m_session;    // owned (child)
    AddedClusters *m_addedClusters; // owned (child); holds session-only tokens for the app's lifetime
    StackForms *m_forms;          // owned (child)
    CanvasView *m_canvas = nullptr;
    PropertiesDock *m_properties = nullptr;
    OperationsController *m_operations = nullptr; // owned (child)
    LogsDock *m_logs = nullptr;
    HealthDock *m_health = nullptr;
    EventsDock *m_events = nullptr;
    QLabel *m_healthLabel = nullptr;
    QHash<QString, QDockWidget *> m_docks;
    QHash<QString, EmptyStateWidget *> m_emptyStates;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QMenu *> m_menus;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QByteArray m_defaultState;
    QString m_context;
    QString m_namespace;
    QString m_kubeconfigPath;
};

} // namespace sd
