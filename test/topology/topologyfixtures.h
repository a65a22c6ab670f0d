#pragma once

#include "topology/topologygraph.h"

// A small OpenIM-shaped graph: the api on top, three services, two datastores.
inline sd::TopologyGraph smallOpenImGraph()
{
    using namespace sd;
    auto node = [](const char *id, NodeKind kind, Tier tier) {
        TopologyNode n;
        n.id = QString::fromLatin1(id);
        n.kind = kind;
        n.type = n.id;
        n.label = n.id;
        n.tier = tier;
        return n;
    };
    TopologyGraph g;
    g.nodes = {node("openim-api", NodeKind::Component, Tier::Entry),
               node("openim-rpc-auth", NodeKind::Component, Tier::Services),
               node("openim-rpc-user", NodeKind::Component, Tier::Services),
               node("openim-rpc-msg", NodeKind::Component, Tier::Services),
               node("mongodb", NodeKind::Datastore, Tier::Datastores),
               node("redis", NodeKind::Datastore, Tier::Datastores)};
    auto edge = [](const char *from, const char *to, EdgeKind kind) {
        return TopologyEdge{QString::fromLatin1(from), QString::fromLatin1(to), kind};
    };
    g.edges = {edge("openim-api", "openim-rpc-auth", EdgeKind::Grpc),
               edge("openim-api", "openim-rpc-user", EdgeKind::Grpc),
               edge("openim-api", "openim-rpc-msg", EdgeKind::Grpc),
               edge("openim-rpc-msg", "openim-rpc-user", EdgeKind::Grpc), // same tier
               edge("openim-rpc-user", "openim-rpc-msg", EdgeKind::Grpc), // and a cycle
               edge("openim-rpc-auth", "redis", EdgeKind::Datastore),
               edge("openim-rpc-user", "mongodb", EdgeKind::Datastore),
               edge("openim-rpc-msg", "mongodb", EdgeKind::Datastore),
               edge("openim-rpc-msg", "redis", EdgeKind::Datastore)};
    return g;
}
