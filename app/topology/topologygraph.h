#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace sd {

// What the canvas draws: OpenIM components and datastore clusters as nodes, their dependencies
// as edges. Plain values, cheap to copy, no thread affinity; built from the stack (design) merged
// with the cluster (live state) and handed to TopologyModel.

enum class NodeKind {
    Component, // an OpenIM Deployment
    Datastore, // a KubeBlocks Cluster
    External,  // outside the cluster: the clients that reach the entry components
};

// Layers from top to bottom; also the groups the canvas draws behind the nodes.
enum class Tier { Clients, Entry, Services, Messaging, Datastores };

enum class Health { Unknown, Ready, Progressing, Degraded, Failed };

// How the node relates to the design and the cluster.
enum class DesignState {
    Designed,  // in the stack, not on the cluster
    Deployed,  // in the stack and on the cluster, as designed
    Modified,  // in the stack and on the cluster, but the stack changed since
    Unmanaged, // on the cluster, not in the stack
};

enum class EdgeKind { Grpc, Http, WebSocket, Datastore };

struct NodeStatus
{
    Health health = Health::Unknown;
    int readyReplicas = 0;
    int desiredReplicas = 0;
    int restarts = 0;
    QString phase;       // KubeBlocks Cluster phase or the workload's rollout state
    QStringList roles;   // "pod-name=primary", for datastores
    QString message;     // the reason behind a bad state, e.g. "CrashLoopBackOff"
    friend bool operator==(const NodeStatus &, const NodeStatus &) = default;
};

struct TopologyNode
{
    QString id;       // unique: component name ("openim-api") or Cluster name ("mongodb")
    NodeKind kind = NodeKind::Component;
    QString type;     // catalog id: "openim-api", "mongodb", ...
    QString label;    // what the node shows
    Tier tier = Tier::Services;
    DesignState design = DesignState::Designed;
    NodeStatus status;
    QPointF position; // top-left in canvas coordinates
    bool placed = false; // position is meaningful (saved, dragged or laid out)
    friend bool operator==(const TopologyNode &, const TopologyNode &) = default;
};

struct TopologyEdge
{
    QString from;
    QString to;
    EdgeKind kind = EdgeKind::Grpc;
    QString id() const { return from + QLatin1String("->") + to; }
    friend bool operator==(const TopologyEdge &, const TopologyEdge &) = default;
};

struct TopologyGraph
{
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;

    int indexOf(const QString &id) const;
    const TopologyNode *node(const QString &id) const;
    TopologyNode *node(const QString &id);
};

// Every node is drawn with the same size; layout and edge routing rely on it.
inline constexpr QSizeF kNodeSize{176.0, 64.0};

QString toString(Health health);      // "ready", "progressing", ... (stable ids for QML and tests)
QString toString(EdgeKind kind);      // "grpc", "http", "websocket", "datastore"
QString toString(DesignState state);  // "designed", "deployed", "modified", "unmanaged"
QString toString(Tier tier);          // "entry", "services", "messaging", "datastores"

} // namespace sd
