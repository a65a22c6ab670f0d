#pragma once

#include "topology/topologygraph.h"

namespace sd {

class OpenImCatalog;
struct Stack;

// The design half of the canvas: a node per component and datastore of the stack, an edge per
// declared dependency, styled by what the callee speaks (gRPC, HTTP, data access), plus the
// clients outside the cluster and the entry points they reach (HTTP to the api, WebSocket to the
// message gateway). Positions come from the stack's canvas fields. Live state is merged later.
TopologyGraph graphFromStack(const Stack &stack, const OpenImCatalog &catalog);

// The node id of the clients outside the cluster.
inline constexpr char kClientsNodeId[] = "clients";

} // namespace sd
