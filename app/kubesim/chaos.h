#pragma once

#include <QString>

namespace sd::sim {

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

} // namespace chaos
} // namespace sd::sim
