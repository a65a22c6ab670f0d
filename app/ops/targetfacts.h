#pragma once

#include "ops/operation.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace sd {

// The answer of one SelfSubjectAccessReview.
struct Permission
{
    bool allowed = false;
    QString reason; // the authorizer's reason, or why the review failed
};

// What the cluster says about an operation's target, read once before planning: the object itself
// and what the rules need (pods and their roles, versions offered, volumes and StorageClasses,
// backup policies, ReplicaSet history) plus the caller's permissions. Lists the caller may not read
// stay empty; `notes` says so. Value type.
struct TargetFacts
{
    OperationTarget target;
    std::optional<nlohmann::json> object; // the target; nullopt when it could not be read
    QString error;                         // why the target could not be read
    std::vector<nlohmann::json> pods;
    std::vector<nlohmann::json> pvcs;
    std::vector<nlohmann::json> storageClasses;
    std::vector<nlohmann::json> componentVersions;
    std::vector<nlohmann::json> backupPolicies;
    std::vector<nlohmann::json> replicaSets; // owned by the Deployment
    std::vector<nlohmann::json> clusters;    // Backup: the Clusters of its namespace (the source)
    QHash<QString, Permission> permissions;  // key: permissionKey()
    QStringList notes;

    static QString permissionKey(const QString &verb, const QString &group, const QString &resource);
    // Unknown (not reviewed) counts as allowed: the server has the last word.
    Permission permission(const QString &verb, const QString &group, const QString &resource) const;
};

} // namespace sd
