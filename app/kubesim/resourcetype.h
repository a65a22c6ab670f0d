#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace sd::sim {

// What the API server knows about one served resource (a group/version/plural). Value type.
struct ResourceType
{
    QString group;  // "" for core
    QString version;
    QString kind;
    QString plural;
    QString singular;
    bool namespaced = true;
    QStringList shortNames;
    QStringList categories;
    QStringList verbs;         // get list watch create update patch delete deletecollection
    QStringList subresources;  // status scale log exec attach portforward proxy
    bool custom = false;       // served from a CustomResourceDefinition
    nlohmann::json printerColumns = nlohmann::json::array();  // CRD additionalPrinterColumns
    nlohmann::json schema;                                    // CRD openAPIV3Schema (null for built-ins)
    nlohmann::json scaleSpec;                                 // CRD subresources.scale

    QString groupVersion() const { return group.isEmpty() ? version : group + QLatin1Char('/') + version; }
    QString listKind() const { return kind + QStringLiteral("List"); }
    // Storage identity: versions of one group/plural share their objects.
    QString storageKey() const { return group + QLatin1Char('/') + plural; }
    // "deployments.apps", "pods": how real servers name a resource in messages.
    QString qualifiedName() const { return group.isEmpty() ? plural : plural + QLatin1Char('.') + group; }
    bool hasVerb(const QString &verb) const { return verbs.contains(verb); }
    bool hasSubresource(const QString &sub) const { return subresources.contains(sub); }
};

// The built-in resources kubesim serves (core, apps, discovery, networking, storage, rbac,
// apiextensions, authorization, metrics), in discovery order.
std::vector<ResourceType> builtinResourceTypes();

// Kubernetes version ordering: higher is preferred (GA > beta > alpha, then by number); 0 if not kube-like.
int versionPriority(const QString &version);

// The served resource types of a CustomResourceDefinition (one per served version, storage version
// first); empty when the CRD is malformed.
std::vector<ResourceType> resourceTypesFromCrd(const nlohmann::json &crd);

} // namespace sd::sim
