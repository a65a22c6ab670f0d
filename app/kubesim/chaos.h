#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace sd::sim {

class KubeBlocks;
class Store;

// Faults a demo or a test injects into the simulated cluster, through the store like any
// controller. Thread-safe as the Store is. Each returns false when the object does not exist.
namespace chaos {

// The pod is killed at once (no grace period); its controller, if any, replaces it.
bool killPod(Store *store, const QString &ns, const QString &pod);
// `container` exits shortly after every start (CrashLoopBackOff) until called with on = false.
bool crashLoop(Store *store, const QString &ns, const QString &pod, const QString &container, bool on = true);
// Marks the node unschedulable (spec.unschedulable and the node.kubernetes.io/unschedulable taint),
// as `kubectl cordon` does; running pods stay.
bool cordon(Store *store, const QString &node, bool cordoned = true);

// One chaos request, as `POST /kubesim/v1/chaos` and the demo's Chaos menu send it:
//   {"action": "killPod", "namespace", "pod"}
//   {"action": "crashLoop", "namespace", "pod", "container", "undo": false}
//   {"action": "cordon", "node", "undo": false}
//   {"action": "failPrimary", "namespace", "cluster", "component" (optional)}
//   {"action": "failCluster" | "recoverCluster" | "fillVolume" | "clearVolume", "namespace", "cluster"}
// Datastore actions go to the KubeBlocks operator (null: refused). The result carries the HTTP
// status to answer: 200 with the answer, 400 for a bad request, 404 when the target is missing.
struct Result
{
    int status = 200;
    nlohmann::json answer;
    QString error;
};
Result run(Store *store, KubeBlocks *kubeBlocks, const nlohmann::json &request);
QStringList actions();

} // namespace chaos
} // namespace sd::sim
