#include "stack/capacitycheck.h"

#include "common/tr.h"

#include <algorithm>

namespace sd {

ResourceTotals CapacityCheck::stackRequests(const Stack &stack, const KubeBlocksCatalog &kubeblocks)
{
    ResourceTotals total{Quantity::fromMilli(0),
                         Quantity::fromMilli(0, Quantity::Format::BinarySI)};
    for (const ComponentSpec &c : stack.components) {
        total.cpu = total.cpu + c.resources.cpuRequest * c.replicas;
        total.memory = total.memory + c.resources.memoryRequest * c.replicas;
    }
    for (const DatastoreSpec &d : stack.datastores) {
        const KbEngineSpec *engine = kubeblocks.engine(d.engine);
        if (!engine)
            continue;
        const KbTopologySpec *topology
            = engine->topology(d.topology.isEmpty() ? engine->defaultTopology : d.topology);
        for (const QString &name : topology ? topology->components : QStringList()) {
            const KbComponentSpec *comp = engine->component(name);
            if (!comp)
                continue;
            const bool isData = comp->role == QLatin1String("data");
            const ResourceSpec &r = isData ? d.resources : comp->defaultResources;
            const int replicas = isData ? d.replicas : comp->defaultReplicas;
            total.cpu = total.cpu + r.cpuRequest * replicas;
            total.memory = total.memory + r.memoryRequest * replicas;
        }
    }
    return total;
}

CapacityVerdict CapacityCheck::evaluate(const ResourceTotals &requested,
                                        const ResourceTotals &allocatable,
                                        const ResourceTotals &alreadyRequested,
                                        double tightRatio)
{
    CapacityVerdict v;
    v.requested = requested;
    v.free.cpu = Quantity::fromMilli(
        std::max<qint64>(0, allocatable.cpu.milliValue() - alreadyRequested.cpu.milliValue()));
    v.free.memory = Quantity::fromMilli(
        std::max<qint64>(0, allocatable.memory.milliValue() - alreadyRequested.memory.milliValue()),
        Quantity::Format::BinarySI);
    const bool cpuShort = requested.cpu > v.free.cpu;
    const bool memShort = requested.memory > v.free.memory;
    const auto over = [tightRatio](const Quantity &need, const Quantity &have) {
        return double(need.milliValue()) > tightRatio * double(have.milliValue());
    };
    const QString numbers
        = Tr::tr("the stack requests %1 CPU and %2 memory; the cluster has %3 CPU and %4 memory "
                 "free (%5 CPU and %6 allocatable, %7 CPU and %8 already requested).")
              .arg(requested.cpu.toString(),
                   requested.memory.toString(),
                   v.free.cpu.toString(),
                   v.free.memory.toString(),
                   allocatable.cpu.toString(),
                   allocatable.memory.toString(),
                   alreadyRequested.cpu.toString(),
                   alreadyRequested.memory.toString());
    if (cpuShort || memShort) {
        v.level = CapacityVerdict::Level::DoesNotFit;
        v.message = Tr::tr("Not enough capacity: %1").arg(numbers);
    } else if (over(requested.cpu, v.free.cpu) || over(requested.memory, v.free.memory)) {
        v.level = CapacityVerdict::Level::Tight;
        v.message = Tr::tr("Capacity is tight: %1").arg(numbers);
    } else {
        v.level = CapacityVerdict::Level::Fits;
        v.message = Tr::tr("Capacity is sufficient: %1").arg(numbers);
    }
    return v;
}

} // namespace sd
