#pragma once

#include "stack/stack.h"
#include "stack/stackissue.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sd {

// Turns existing Kubernetes manifests into a stack, so teams that deployed OpenIM by hand (or
// with OpenIM's own deployment files) can switch to Stackdeck:
//  - Deployments/StatefulSets running an OpenIM image (any registry the catalog knows, or any
//    other repository with the same image name) become components: replicas, resources, image
//    and tag; a NodePort/LoadBalancer Service in front of one becomes its exposure;
//  - KubeBlocks Clusters become datastores as they are; StatefulSets/Deployments running mongo,
//    redis, kafka or minio images become KubeBlocks datastores of that engine (data is not
//    migrated: the report says so);
//  - the OpenIM ConfigMap gives the admin users, log level and MinIO's external address;
//  - edges follow the catalog's wiring between the nodes found.
// Secrets and credentials are never copied into the stack: OpenIM's secret is generated anew.
// Everything not mapped is reported with the reason. Stateless; thread-safe.
class StackImporter
{
public:
    struct Result
    {
        std::optional<Stack> stack; // unset when nothing could be mapped
        QStringList mapped;         // translated: "Deployment openim-api → component openim-api"
        QStringList unmapped;       // translated: what was left out and why
        StackIssues issues;         // the resulting stack's validation (and unreadable files)
    };

    // Objects already parsed (adopt reads them from the cluster). ns: the stack's namespace
    // ("" = from the objects, else "openim").
    static Result fromObjects(const std::vector<nlohmann::json> &objects, const QString &stackName, const QString &ns);
    // A YAML/JSON file or a folder of them (recursively, *.yaml *.yml *.json).
    static Result fromPath(const QString &path, const QString &stackName, const QString &ns);
    // Adopt: whether a live object looks like part of an OpenIM installation (by image or labels).
    static bool looksLikeOpenIm(const nlohmann::json &object);
};

} // namespace sd
