#pragma once

#include "kube/logstream.h"
#include "monitor/logtarget.h"

#include <QWidget>

class QStackedWidget;
class QTabWidget;

namespace sd {

class EmptyStateWidget;
class KubeClient;
class LogTab;

// The Logs dock: one tab per opened target (a pod, a component, a datastore Cluster). Tabs keep
// their lines across reconnects: a new client restarts their streams, a lost one ends them.
// GUI thread only.
class LogsDock final : public QWidget
{
    Q_OBJECT
public:
    explicit LogsDock(QWidget *parent = nullptr);
    ~LogsDock() override;

    // The client new tabs stream through (not owned; nullptr when disconnected). Must be called
    // before a client is destroyed (ClusterSession::clientAboutToBeDropped).
    void setClient(KubeClient *client);
    KubeClient *client() const { return m_client; }

    // Opens (or raises) the tab for `target`. Returns the tab; nullptr when not connected.
    LogTab *openLogs(const LogTarget &target);
    int tabCount() const;
    LogTab *tab(int index) const;
    LogTab *currentTab() const;
    EmptyStateWidget *emptyState() const { return m_empty; }

    // Defaults for new tabs.
    void setDefaultOptions(const LogOptions &options) { m_defaults = options; }
    void setCapacity(qint64 lines) { m_capacity = lines; }

private:
    void updateEmpty();

    KubeClient *m_client = nullptr; // not owned
    LogOptions m_defaults;
    qint64 m_capacity = 1'000'000;
    QStackedWidget *m_stack;  // owned (child)
    QTabWidget *m_tabs;       // owned (child)
    EmptyStateWidget *m_empty; // owned (child)
};

} // namespace sd
