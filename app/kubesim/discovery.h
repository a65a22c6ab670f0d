#pragma once

#include "kubesim/resourcetype.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace sd::sim {

// Discovery and OpenAPI documents built from the served resource types (pure functions).
namespace discovery {

// apidiscovery.k8s.io APIGroupDiscoveryList for /api (core == true) or /apis; `version` is "v2" or "v2beta1".
nlohmann::json aggregated(const std::vector<ResourceType> &types, bool core, const char *version);
nlohmann::json apiVersions(const QString &serverAddress);
nlohmann::json apiGroupList(const std::vector<ResourceType> &types);
// APIGroup for /apis/<group>; null when the group is not served.
nlohmann::json apiGroup(const std::vector<ResourceType> &types, const QString &group);
// APIResourceList for /api/v1 or /apis/<g>/<v>; null when the group/version is not served.
nlohmann::json apiResourceList(const std::vector<ResourceType> &types, const QString &groupVersion);

// /openapi/v3 index: {"paths": {"api/v1": {"serverRelativeURL": "/openapi/v3/api/v1?hash=…"}, …}}.
nlohmann::json openApiV3Index(const std::vector<ResourceType> &types);
// /openapi/v3/<api/v1|apis/g/v>: paths with a PATCH operation per kind carrying
// x-kubernetes-group-version-kind and a fieldValidation parameter (what kubectl's verifier looks for).
nlohmann::json openApiV3Document(const std::vector<ResourceType> &types, const QString &groupVersion);

} // namespace discovery
} // namespace sd::sim
