#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/quantity.h"
#include "stack/stack.h"

#include <QString>

namespace sd {

// CPU and memory, as requests or capacity.
struct ResourceTotals
{
    Quantity cpu;
    Quantity memory;
    friend bool operator==(const ResourceTotals &, const ResourceTotals &) = default;
};

struct CapacityVerdict
{
    enum class Level { Fits, Tight, DoesNotFit };
    Level level = Level::Fits;
    ResourceTotals requested; // what the stack asks for
    ResourceTotals free;      // allocatable minus what is already requested
    QString message;          // translated, with the numbers
};

// Capacity arithmetic before an apply: pure functions on numbers, no cluster access. The caller
// sums node allocatable and the requests of pods already running; this compares.
class CapacityCheck
{
public:
    // Sum of requests x replicas over the stack's components and datastores (including helper
    // components such as Redis sentinels, at their catalog sizes).
    static ResourceTotals stackRequests(const Stack &stack,
                                        const KubeBlocksCatalog &kubeblocks
                                        = KubeBlocksCatalog::builtIn());
    // Tight when the stack would use more than tightRatio of what is free.
    static CapacityVerdict evaluate(const ResourceTotals &requested,
                                    const ResourceTotals &allocatable,
                                    const ResourceTotals &alreadyRequested,
                                    double tightRatio = 0.85);
};

} // namespace sd
