#pragma once

#include "kube/apiresource.h"

namespace sd {

// The API types operations read and write. KubeBlocks' paths are fixed by its CRDs (1.0), so they
// are spelled out instead of waiting for discovery. Stateless.
class OpsResources
{
public:
    static ApiResource clusters();
    static ApiResource opsRequests();
    static ApiResource backups();
    static ApiResource backupPolicies();
    static ApiResource restores();
    static ApiResource componentVersions();
    static ApiResource deployments();
    static ApiResource replicaSets();
    static ApiResource storageClasses();
    static ApiResource pods();
    static ApiResource pvcs();
    static ApiResource events();
    static ApiResource namespaces();
};

} // namespace sd
