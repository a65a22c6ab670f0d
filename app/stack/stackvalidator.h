#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"
#include "stack/stackissue.h"

namespace sd {

// Checks a stack before anything is generated or sent: names (DNS labels, KubeBlocks cluster
// names <= 15 characters), references (profile, registry, catalog components and engines,
// edges to existing nodes that the catalog allows, datastores each component needs), engine
// rules (topologies, replica counts), resources (requests <= limits), ports (NodePorts unique
// and in range) and IMENV_ overrides (only keys the generated config files have, never the
// variables Stackdeck wires to Secrets). Issues carry the stack file position of the node.
// Holds references to the catalogs. Thread-safe.
class StackValidator
{
public:
    explicit StackValidator(const OpenImCatalog &openim = OpenImCatalog::builtIn(),
                            const KubeBlocksCatalog &kubeblocks = KubeBlocksCatalog::builtIn());

    StackIssues validate(const Stack &stack) const;

    static bool isDnsLabel(const QString &name, int maxLength = 63);
    static bool isDnsSubdomain(const QString &name);

private:
    const OpenImCatalog &m_openim;
    const KubeBlocksCatalog &m_kubeblocks;
};

} // namespace sd
