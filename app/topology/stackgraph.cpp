#include "topology/stackgraph.h"

#include "common/tr.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"

namespace sd {

namespace {

// Short labels: the "openim-" prefix is on every server component and says nothing on the canvas.
QString shortLabel(const QString &name)
{
    return name.startsWith(QLatin1String("openim-")) ? name.mid(7) : name;
}

Tier tierOf(const OpenImComponentSpec *spec)
{
    if (!spec)
        return Tier::Services;
    if (!spec->exposable.isEmpty())
        return Tier::Entry;
    // Kafka consumers nobody dials (msgtransfer) sit between the services and the datastores.
    if (spec->datastores.contains(QLatin1String("kafka")) && spec->discoveryKey.isEmpty())
        return Tier::Messaging;
    return Tier::Services;
}

EdgeKind kindOf(const OpenImComponentSpec *callee)
{
    if (!callee)
        return EdgeKind::Datastore;
    return callee->portFor(PortProtocol::Grpc) ? EdgeKind::Grpc : EdgeKind::Http;
}

} // namespace

TopologyGraph graphFromStack(const Stack &stack, const OpenImCatalog &catalog)
{
    TopologyGraph graph;
    QList<TopologyEdge> entryEdges;
    for (const ComponentSpec &component : stack.components) {
        const OpenImComponentSpec *spec = catalog.component(component.name);
        TopologyNode node;
        node.id = component.name;
        node.kind = NodeKind::Component;
        node.type = component.name;
        node.label = shortLabel(component.name);
        node.tier = tierOf(spec);
        node.status.desiredReplicas = component.replicas;
        node.position = QPointF(component.canvas.x, component.canvas.y);
        node.placed = component.canvas.isSet;
        graph.nodes << node;
        if (spec && spec->portFor(PortProtocol::WebSocket))
            entryEdges << TopologyEdge{QLatin1String(kClientsNodeId), node.id, EdgeKind::WebSocket};
        else if (spec && !spec->exposable.isEmpty())
            entryEdges << TopologyEdge{QLatin1String(kClientsNodeId), node.id, EdgeKind::Http};
    }
    for (const DatastoreSpec &datastore : stack.datastores) {
        TopologyNode node;
        node.id = datastore.name;
        node.kind = NodeKind::Datastore;
        node.type = datastore.engine;
        node.label = datastore.name;
        node.tier = Tier::Datastores;
        node.status.desiredReplicas = datastore.replicas;
        node.position = QPointF(datastore.canvas.x, datastore.canvas.y);
        node.placed = datastore.canvas.isSet;
        graph.nodes << node;
    }
    if (!entryEdges.isEmpty()) {
        TopologyNode clients;
        clients.id = QLatin1String(kClientsNodeId);
        clients.kind = NodeKind::External;
        clients.type = clients.id;
        clients.label = Tr::tr("Clients");
        clients.tier = Tier::Clients;
        clients.design = DesignState::Deployed; // nothing to deploy: no "not deployed" tag
        clients.status.health = Health::Ready;
        graph.nodes.prepend(clients);
        graph.edges << entryEdges;
    }
    for (const Edge &edge : stack.edges) {
        const bool toDatastore = stack.datastore(edge.to) != nullptr;
        graph.edges << TopologyEdge{edge.from, edge.to,
                                    toDatastore ? EdgeKind::Datastore
                                                : kindOf(catalog.component(edge.to))};
    }
    return graph;
}

} // namespace sd
