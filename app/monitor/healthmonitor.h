#pragma once

#include "monitor/stackhealth.h"
#include "stack/openimcatalog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;
class ResourceCache;

// Watches one namespace (Deployments, StatefulSets, Pods, KubeBlocks Clusters), polls
// metrics.k8s.io when served and runs the service checks, and keeps a StackHealth up to date
// (recomputed at most every 200 ms). The canvas colours nodes by stateOf(); the health dock
// shows health(). Transitions of the overall state (to degraded/down and back) are reported
// for notifications. Lives on the KubeClient's thread; the client must outlive it.
class HealthMonitor final : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(KubeClient *client, const QString &ns, QObject *parent = nullptr);
    ~HealthMonitor() override;

    void start();
    QString namespaceName() const { return m_namespace; }
    const StackHealth &health() const { return m_health; }
    HealthState stateOf(const QString &nodeId) const { return m_health.stateOf(nodeId); }
    bool hasSynced() const { return m_synced; }

    // Checks the user configured, run with the automatic ones (defaultChecks() for the OpenIM
    // components present in the namespace, unless switched off).
    void setServiceChecks(const QList<ServiceCheck> &checks);
    void setDefaultChecksEnabled(bool enabled);
    bool defaultChecksEnabled() const { return m_defaultsEnabled; }
    const QList<ServiceCheck> &serviceChecks() const { return m_userChecks; }
    const QList<ServiceCheck> &activeChecks() const { return m_checks; }

    // What the app checks by itself for these OpenIM components (catalog ids): HTTP GET /metrics
    // on a component's metrics port (OpenIM has no /healthz), else TCP on its probe port.
    static QList<ServiceCheck> defaultChecks(const QStringList &components,
                                             const OpenImCatalog &catalog = OpenImCatalog::builtIn());
    // Whether a proxied answer (`httpStatus` 0: no answer; `errorText` the request's error) passes
    // `check`; *message gets what to show.
    static bool evaluate(const ServiceCheck &check, int httpStatus, const QString &errorText, QString *message);
    void setPollInterval(int ms); // metrics and service checks; default 15 s

    // Recent CPU (millicores) and memory (bytes) samples of a component or datastore, oldest
    // first, at most kHistory.
    static constexpr int kHistory = 60;
    std::vector<double> cpuHistory(const QString &nodeId) const;
    std::vector<double> memoryHistory(const QString &nodeId) const;

signals:
    void healthChanged();
    // The overall state crossed between fine (healthy, progressing) and not (degraded, down).
    void overallTransition(sd::HealthState from, sd::HealthState to);

private:
    void scheduleCompute();
    void compute();
    void poll();
    void runCheck(int index);
    void applyChecks();

    KubeClient *m_client; // not owned
    QString m_namespace;
    std::vector<std::unique_ptr<ResourceCache>> m_caches; // deployments, statefulsets, pods, clusters
    std::unique_ptr<KubeRequest> m_metricsRequest;
    std::vector<std::unique_ptr<KubeRequest>> m_checkRequests;
    QList<ServiceCheck> m_userChecks;
    QList<ServiceCheck> m_checks; // defaults for m_defaultsFor, then the user's
    QStringList m_defaultsFor;    // components the default checks were made for
    bool m_defaultsEnabled = true;
    QList<ServiceCheckResult> m_checkResults;
    QList<QJsonObject> m_podMetrics;
    bool m_metricsAvailable = false;
    bool m_newMetrics = false; // a poll answered since the last sample
    QTimer m_computeTimer;
    QTimer m_pollTimer;
    StackHealth m_health;
    bool m_synced = false;
    struct Samples
    {
        std::deque<double> cpu, memory;
    };
    QHash<QString, Samples> m_history;
};

} // namespace sd
