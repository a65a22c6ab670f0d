#pragma once

#include <QRandomGenerator>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace sd::sim {

class Store;

// Small helpers the controllers share for reading and writing API objects in the store the way the
// API server would (server-set metadata, no-op writes skipped). Thread-safe as the Store is.
namespace objects {

using json = nlohmann::json;

// Storage keys ("group/plural") of the resources the controllers read and write.
inline const QString kPods = QStringLiteral("/pods");
inline const QString kNodes = QStringLiteral("/nodes");
inline const QString kClaims = QStringLiteral("/persistentvolumeclaims");
inline const QString kVolumes = QStringLiteral("/persistentvolumes");
inline const QString kConfigMaps = QStringLiteral("/configmaps");
inline const QString kSecrets = QStringLiteral("/secrets");
inline const QString kServices = QStringLiteral("/services");
inline const QString kEndpoints = QStringLiteral("/endpoints");
inline const QString kEndpointSlices = QStringLiteral("discovery.k8s.io/endpointslices");
inline const QString kStorageClasses = QStringLiteral("storage.k8s.io/storageclasses");
inline const QString kDeployments = QStringLiteral("apps/deployments");
inline const QString kReplicaSets = QStringLiteral("apps/replicasets");
inline const QString kStatefulSets = QStringLiteral("apps/statefulsets");

QString nowText();  // RFC 3339, UTC, whole seconds (what metav1.Time serialises)
QString str(const json &j, const char *key);
QString name(const json &object);
QString ns(const json &object);
QString uid(const json &object);
json labels(const json &object);

// Five characters of the alphabet the API server uses for generated names ("x7k2p").
QString randomSuffix(QRandomGenerator &rng);

// An ownerReference to `owner` (controller: true, blockOwnerDeletion: true).
json ownerReference(const json &owner);
// The uid of the controller ownerReference of `object`, or empty.
QString controllerUid(const json &object);

// Stores `object` (apiVersion/kind/metadata.name set) as the API server creates objects: uid,
// creationTimestamp, generation. Returns the stored object, or nullopt when the name is taken.
std::optional<json> create(Store *store, const QString &resource, json object);
// Runs `edit` on the current object and writes it only when it changed. Returns the object after
// the call (nullopt when it does not exist).
std::optional<json> update(Store *store, const QString &resource, const QString &ns, const QString &name,
                           const std::function<void(json &)> &edit);
// Marks the object for graceful deletion (deletionTimestamp), as a DELETE with a grace period does.
void markDeleted(Store *store, const QString &resource, const QString &ns, const QString &name, int graceSeconds);

// Sets condition `type` in `status.conditions`; lastTransitionTime moves only when the status changes.
void setCondition(json &status, const QString &type, const QString &value, const QString &reason = {},
                  const QString &message = {}, bool withProbeTime = false);
std::optional<json> condition(const json &status, const QString &type);

} // namespace objects
} // namespace sd::sim
