#pragma once

#include "monitor/stackhealth.h"

#include <QWidget>

#include <memory>

class QLabel;
class QToolButton;
class QTreeView;

namespace sd {

class HealthModel;
class HealthMonitor;
class KubeClient;
class KubeRequest;
class Selection;
struct LogTarget;

// The Health dock: the whole stack as a tree (components and datastore Clusters with their pods,
// service checks), the overall state on top, CPU/memory sparklines when metrics are served, a
// non-modal banner when the stack turns degraded or recovers. Rows select through the
// app-wide Selection and follow it; a row's context menu opens its logs, events or YAML.
// GUI thread only.
class HealthDock final : public QWidget
{
    Q_OBJECT
public:
    // `selection` is not owned and must outlive the dock.
    explicit HealthDock(Selection *selection, QWidget *parent = nullptr);
    ~HealthDock() override;

    // Starts watching `ns` through `client` (not owned; nullptr stops). Call with nullptr before
    // the client is destroyed.
    void setClient(KubeClient *client, const QString &ns);
    HealthMonitor *monitor() const { return m_monitor.get(); } // null when not connected
    HealthModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString bannerText() const;
    // The service checks of the watched namespace (automatic ones on/off, the user's own),
    // kept per namespace and applied at once.
    void editServiceChecks();

signals:
    void logsRequested(const sd::LogTarget &target);
    void eventsRequested(const QString &objectName);
    void overallChanged(sd::HealthState state, const QString &summary);
    // Every recomputation of the stack's health (at most every 200 ms): the canvas follows it.
    void healthUpdated(const sd::StackHealth &health);
    // Degraded or recovered: for a non-modal notification elsewhere (status bar).
    void transitioned(const QString &message);

private:
    void onHealthChanged();
    void onTransition(HealthState from, HealthState to);
    void syncFromSelection();
    void showContextMenu(const QPoint &pos);
    void showYaml(const QString &kind, const QString &name);

    Selection *m_selection; // not owned
    KubeClient *m_client = nullptr; // not owned
    QString m_namespace;
    std::unique_ptr<HealthMonitor> m_monitor;
    HealthModel *m_model;   // owned (child)
    QTreeView *m_view;      // owned (child)
    QLabel *m_overall;      // owned (child)
    QLabel *m_banner;       // owned (child)
    QToolButton *m_bannerClose; // owned (child)
    std::unique_ptr<KubeRequest> m_yamlRequest;
    bool m_syncing = false;
};

} // namespace sd
