#include "gui/canvasstatus.h"

#include "deploy/designdrift.h"
#include "monitor/stackhealth.h"

namespace sd {

namespace {

Health toHealth(HealthState state)
{
    switch (state) {
    case HealthState::Healthy: return Health::Ready;
    case HealthState::Progressing: return Health::Progressing;
    case HealthState::Degraded: return Health::Degraded;
    case HealthState::Down: return Health::Failed;
    case HealthState::Unknown: break;
    }
    return Health::Unknown;
}

} // namespace

NodeStatus nodeStatus(const StackHealth &health, const QString &nodeId, bool *live)
{
    NodeStatus status;
    *live = false;
    if (const ComponentHealth *c = health.component(nodeId)) {
        *live = true;
        status.health = toHealth(c->state);
        status.readyReplicas = c->ready;
        status.desiredReplicas = c->desired;
        status.restarts = c->restarts;
        status.phase = c->rollout;
        status.message = c->message;
    } else if (const DatastoreHealth *d = health.datastore(nodeId)) {
        *live = true;
        status.health = toHealth(d->state);
        status.phase = d->phase;
        status.message = d->message;
        status.desiredReplicas = int(d->pods.size());
        for (const PodHealth &pod : d->pods) {
            status.readyReplicas += pod.ready ? 1 : 0;
            status.restarts += pod.restarts;
            if (!pod.role.isEmpty())
                status.roles << QStringLiteral("%1=%2").arg(pod.name, pod.role);
        }
    }
    return status;
}

void applyDesignDrift(TopologyGraph &graph, const DriftReport &drift, const QString &stackName)
{
    if (drift.stackName != stackName)
        return;
    for (TopologyNode &node : graph.nodes) {
        if (node.kind == NodeKind::External)
            continue;
        if (node.design == DesignState::Designed && drift.live.contains(node.id))
            node.design = DesignState::Deployed;
        if (node.design == DesignState::Deployed && drift.modified.contains(node.id))
            node.design = DesignState::Modified;
    }
    for (const UnmanagedObject &object : drift.unmanaged) {
        if (graph.node(object.name))
            continue;
        TopologyNode node;
        node.id = object.name;
        node.label = object.name;
        const bool datastore = object.kind == QLatin1String("Cluster");
        node.kind = datastore ? NodeKind::Datastore : NodeKind::Component;
        node.type = datastore ? object.engine : QString();
        node.tier = datastore ? Tier::Datastores : Tier::Services;
        node.design = DesignState::Unmanaged;
        graph.nodes.append(node);
    }
}

} // namespace sd
