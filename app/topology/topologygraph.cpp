#include "topology/topologygraph.h"

namespace sd {

int TopologyGraph::indexOf(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == id)
            return i;
    }
    return -1;
}

const TopologyNode *TopologyGraph::node(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

TopologyNode *TopologyGraph::node(const QString &id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &nodes[i];
}

QString toString(Health health)
{
    switch (health) {
    case Health::Ready: return QStringLiteral("ready");
    case Health::Progressing: return QStringLiteral("progressing");
    case Health::Degraded: return QStringLiteral("degraded");
    case Health::Failed: return QStringLiteral("failed");
    case Health::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString toString(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Grpc: return QStringLiteral("grpc");
    case EdgeKind::Http: return QStringLiteral("http");
    case EdgeKind::WebSocket: return QStringLiteral("websocket");
    case EdgeKind::Datastore: break;
    }
    return QStringLiteral("datastore");
}

QString toString(DesignState state)
{
    switch (state) {
    case DesignState::Designed: return QStringLiteral("designed");
    case DesignState::Deployed: return QStringLiteral("deployed");
    case DesignState::Modified: return QStringLiteral("modified");
    case DesignState::Unmanaged: break;
    }
    return QStringLiteral("unmanaged");
}

QString toString(Tier tier)
{
    switch (tier) {
    case Tier::Clients: return QStringLiteral("clients");
    case Tier::Entry: return QStringLiteral("entry");
    case Tier::Services: return QStringLiteral("services");
    case Tier::Messaging: return QStringLiteral("messaging");
    case Tier::Datastores: break;
    }
    return QStringLiteral("datastores");
}

} // namespace sd
