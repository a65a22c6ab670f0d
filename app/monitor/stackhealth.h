#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sd {

// How a component, a datastore or the whole stack is doing, best to worst.
enum class HealthState { Unknown, Healthy, Progressing, Degraded, Down };

struct PodHealth
{
    QString name;
    QString phase;          // Pending, Running, Succeeded, Failed
    bool ready = false;
    int restarts = 0;
    QString reason;         // why it is not fine now: CrashLoopBackOff, ImagePullBackOff, …
    QString lastRestartReason; // why the last instance ended: OOMKilled, Error, …
    QString role;           // KubeBlocks role label (primary, secondary, leader…)
    QString component;      // KubeBlocks component name, or the OpenIM component
    QDateTime created;
    qint64 cpuMilli = -1;   // -1: no metrics
    qint64 memoryBytes = -1;
    qint64 cpuRequestMilli = 0, cpuLimitMilli = 0, memoryRequestBytes = 0, memoryLimitBytes = 0;
};

// An OpenIM component: its Deployment (or StatefulSet) and pods.
struct ComponentHealth
{
    QString name;           // the component (canvas node id)
    QString kind;           // Deployment | StatefulSet
    int desired = 0, ready = 0, available = 0, updated = 0;
    int restarts = 0;       // over all pods
    QDateTime created;
    QString lastRestartReason;
    bool rolloutInProgress = false;
    QString rollout;        // "2 of 3 updated" while a rollout runs
    HealthState state = HealthState::Unknown;
    QString message;        // why it is not Healthy
    QList<PodHealth> pods;
    qint64 cpuMilli = -1, memoryBytes = -1; // sums over pods with metrics
    qint64 cpuRequestMilli = 0, cpuLimitMilli = 0, memoryRequestBytes = 0, memoryLimitBytes = 0;
};

// A KubeBlocks datastore Cluster.
struct DatastoreHealth
{
    QString name;           // the Cluster (canvas node id)
    QString phase;          // Cluster .status.phase
    QList<std::pair<QString, QString>> components; // name, phase
    QList<PodHealth> pods;
    HealthState state = HealthState::Unknown;
    QString message;
    qint64 cpuMilli = -1, memoryBytes = -1;
};

// A service reached through the API server's services proxy: Http passes on a 2xx/3xx answer;
// Tcp passes when the proxy reached the port at all (any answer, or a non-HTTP peer).
struct ServiceCheck
{
    enum class Kind { Http, Tcp };
    QString name;     // shown, e.g. "openim-api metrics"
    QString service;  // Service name
    QString port;     // port number or name
    QString path;     // e.g. "/metrics" (Tcp: "/")
    QString component; // the node it belongs to (may be empty)
    Kind kind = Kind::Http;
    bool operator==(const ServiceCheck &) const = default;
};

struct ServiceCheckResult
{
    ServiceCheck check;
    bool ok = false;
    int httpStatus = 0;
    int latencyMs = -1;
    QString message;
    QDateTime checkedAt;
};

struct HealthInputs;

// Everything the health dock shows and the canvas colours by. Value type.
struct StackHealth
{
    QList<ComponentHealth> components;
    QList<DatastoreHealth> datastores;
    QList<ServiceCheckResult> checks;
    HealthState overall = HealthState::Unknown;
    QString summary;        // one line for the status bar
    bool metricsAvailable = false;

    const ComponentHealth *component(const QString &name) const;
    const DatastoreHealth *datastore(const QString &name) const;
    // The state of a canvas node (component or datastore Cluster); Unknown when not found.
    HealthState stateOf(const QString &nodeId) const;

    // Pure: the same inputs give the same health. Components are the Deployments and
    // StatefulSets labelled app.kubernetes.io/managed-by=stackdeck (named by
    // app.kubernetes.io/component); their pods carry the same component label. Datastores are
    // the Clusters; their pods are labelled app.kubernetes.io/instance=<cluster> and carry
    // kubeblocks.io/role.
    static StackHealth compute(const HealthInputs &inputs);
    static PodHealth podHealth(const QJsonObject &pod);
    static QString stateText(HealthState state);
    // The worse of two states.
    static HealthState worse(HealthState a, HealthState b);
};

// The raw objects health is computed from (as the API server sends them).
struct HealthInputs
{
    QList<QJsonObject> deployments;
    QList<QJsonObject> statefulSets;
    QList<QJsonObject> pods;
    QList<QJsonObject> clusters;    // apps.kubeblocks.io Cluster
    QList<QJsonObject> podMetrics;  // metrics.k8s.io PodMetrics; empty when not served
    bool metricsAvailable = false;
    QList<ServiceCheckResult> checks;
    QDateTime now;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::HealthState)
