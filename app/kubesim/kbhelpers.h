#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace sd::sim {

class Store;

// Small pieces the simulated KubeBlocks controllers share: object access in the store, Events,
// owner references and timestamps. Stateless; thread-safe as far as the Store is.
namespace KbHelpers {

using json = nlohmann::json;

inline constexpr const char *clusters = "apps.kubeblocks.io/clusters";
inline constexpr const char *components = "apps.kubeblocks.io/components";
inline constexpr const char *instanceSets = "workloads.kubeblocks.io/instancesets";
inline constexpr const char *opsRequests = "operations.kubeblocks.io/opsrequests";
inline constexpr const char *backups = "dataprotection.kubeblocks.io/backups";
inline constexpr const char *restores = "dataprotection.kubeblocks.io/restores";
inline constexpr const char *backupPolicies = "dataprotection.kubeblocks.io/backuppolicies";
inline constexpr const char *backupSchedules = "dataprotection.kubeblocks.io/backupschedules";
inline constexpr const char *backupRepos = "dataprotection.kubeblocks.io/backuprepos";
inline constexpr const char *pods = "/pods";
inline constexpr const char *pvcs = "/persistentvolumeclaims";
inline constexpr const char *services = "/services";
inline constexpr const char *secrets = "/secrets";
inline constexpr const char *events = "/events";

// Finalizer KubeBlocks puts on the objects it manages.
inline constexpr const char *clusterFinalizer = "cluster.kubeblocks.io/finalizer";

QString q(const json &value);  // string member as QString ("" when absent or not a string)
std::string nowIso();
// Seconds since an RFC 3339 timestamp (0 when unparsable).
double secondsSince(const std::string &rfc3339);

json ownerRef(const json &owner, bool controller = true);
bool isDeleting(const json &object);

// Writes a new object (server-set metadata filled in) unless one by that name exists.
// Returns true when it created it.
bool createIfAbsent(Store *store, const QString &resource, json object);
// Read-modify-write of an existing object; `fn` returns false to leave it unchanged.
std::optional<json> update(Store *store, const QString &resource, const QString &ns, const QString &name,
                           const std::function<bool(json &)> &fn);
void remove(Store *store, const QString &resource, const QString &ns, const QString &name);
// Marks a pod for graceful deletion (deletionTimestamp); the kubelet stops it and removes it.
void deletePod(Store *store, const QString &ns, const QString &name);

// A core/v1 Event about `object`, aggregated like the real recorder (same reason and message:
// count + 1, lastTimestamp moves).
void recordEvent(Store *store, const json &object, const char *type, const QString &reason, const QString &message,
                 const char *component);

// Sets (or replaces) the condition of `type` in `conditions`; lastTransitionTime moves only when the
// status changes. Returns true when anything changed.
bool setCondition(json &conditions, const std::string &type, const std::string &status, const std::string &reason,
                  const std::string &message, qint64 observedGeneration = -1);

// Runs one object's reconcile; malformed input (a JSON type error in an object a user wrote) is
// logged and skipped instead of ending the operator thread.
void guarded(const json &object, const std::function<void()> &fn);

bool podReady(const json &pod);
// A pod whose main container fails (crash loop or terminated with an error).
bool podFailed(const json &pod);
int ordinalOf(const QString &podName);

} // namespace KbHelpers
} // namespace sd::sim
