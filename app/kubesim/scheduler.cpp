#include "kubesim/scheduler.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/quantity.h"
#include "kubesim/store.h"

#include <map>

namespace sd::sim {

using json = nlohmann::json;
using objects::str;
using objects::kPods;
using objects::kNodes;
using objects::kClaims;
using objects::kVolumes;

namespace {

bool needsScheduling(const json &pod)
{
    // Pods written straight to the store by other controllers may lack the API server's defaults.
    const QString scheduler = str(pod["spec"], "schedulerName");
    return str(pod["spec"], "nodeName").isEmpty() && !pod["metadata"].contains("deletionTimestamp")
           && (scheduler.isEmpty() || scheduler == QStringLiteral("default-scheduler"));
}

bool terminal(const json &pod)
{
    const QString phase = str(pod.value("status", json::object()), "phase");
    return phase == QStringLiteral("Succeeded") || phase == QStringLiteral("Failed");
}

struct NodeState
{
    json node;
    qint64 cpu = 0;     // allocatable
    qint64 memory = 0;
    qint64 pods = 0;
    qint64 usedCpu = 0;
    qint64 usedMemory = 0;
    qint64 usedPods = 0;
};

bool nodeReady(const json &node)
{
    const auto ready = objects::condition(node.value("status", json::object()), QStringLiteral("Ready"));
    return ready && str(*ready, "status") == QStringLiteral("True");
}

bool selectorMatches(const json &pod, const json &node)
{
    const json selector = pod["spec"].value("nodeSelector", json::object());
    const json labels = objects::labels(node);
    for (auto it = selector.begin(); selector.is_object() && it != selector.end(); ++it) {
        if (!labels.contains(it.key()) || labels[it.key()] != *it)
            return false;
    }
    return true;
}
} // namespace

Scheduler::Requests Scheduler::podRequests(const json &pod)
{
    auto of = [](const json &c) {
        const json req = c.value("resources", json::object()).value("requests", json::object());
        const json lim = c.value("resources", json::object()).value("limits", json::object());
        // Limits without requests default the requests (API server defaulting).
        auto pick = [&](const char *name) { return str(req, name).isEmpty() ? str(lim, name) : str(req, name); };
        return Requests{quantity::cpuMillis(pick("cpu")).value_or(0), quantity::bytes(pick("memory")).value_or(0)};
    };
    Requests sum;
    for (const auto &c : pod["spec"].value("containers", json::array())) {
        const Requests r = of(c);
        sum.cpuMillis += r.cpuMillis;
        sum.memoryBytes += r.memoryBytes;
    }
    for (const auto &c : pod["spec"].value("initContainers", json::array())) {
        const Requests r = of(c);
        sum.cpuMillis = std::max(sum.cpuMillis, r.cpuMillis);
        sum.memoryBytes = std::max(sum.memoryBytes, r.memoryBytes);
    }
    return sum;
}

void Scheduler::observe(const WatchEvent &event)
{
    if (event.resource == kNodes || event.resource == kClaims) {
        enqueueUnscheduled();
        return;
    }
    if (event.resource != kPods)
        return;
    const json &pod = *event.object;
    if (event.type == WatchEvent::Deleted || (event.previous && !terminal(*event.previous) && terminal(pod))) {
        enqueueUnscheduled();  // capacity freed
        return;
    }
    if (needsScheduling(pod))
        enqueue(objects::ns(pod), objects::name(pod));
}

void Scheduler::resync() { enqueueUnscheduled(); }

void Scheduler::enqueueUnscheduled()
{
    for (const JsonPtr &pod : manager()->store()->list(kPods).items) {
        if (needsScheduling(*pod))
            enqueue(objects::ns(*pod), objects::name(*pod));
    }
}

void Scheduler::reconcileAll(const std::set<Key> &keys)
{
    Store *store = manager()->store();
    std::map<QString, NodeState> nodes;
    for (const JsonPtr &n : store->list(kNodes).items) {
        NodeState s;
        s.node = *n;
        const json alloc = n->value("status", json::object()).value("allocatable", json::object());
        s.cpu = quantity::cpuMillis(str(alloc, "cpu")).value_or(0);
        s.memory = quantity::bytes(str(alloc, "memory")).value_or(0);
        s.pods = quantity::bytes(str(alloc, "pods")).value_or(110);
        nodes.emplace(objects::name(*n), std::move(s));
    }
    for (const JsonPtr &p : store->list(kPods).items) {
        const QString nodeName = str((*p)["spec"], "nodeName");
        auto it = nodes.find(nodeName);
        if (it == nodes.end() || terminal(*p))
            continue;
        const Requests r = podRequests(*p);
        it->second.usedCpu += r.cpuMillis;
        it->second.usedMemory += r.memoryBytes;
        ++it->second.usedPods;
    }
    for (const Key &key : keys) {
        const auto pod = store->get(kPods, key.first, key.second);
        if (!pod || !needsScheduling(*pod))
            continue;
        // Claims first: a missing claim makes the pod unschedulable everywhere.
        QStringList claimNames;
        QString missingClaim;
        for (const auto &v : (*pod)["spec"].value("volumes", json::array())) {
            const QString claim = str(v.value("persistentVolumeClaim", json::object()), "claimName");
            if (claim.isEmpty())
                continue;
            claimNames.append(claim);
            if (!store->get(kClaims, key.first, claim) && missingClaim.isEmpty())
                missingClaim = claim;
        }
        const Requests need = podRequests(*pod);
        std::map<QString, int> reasons;  // message -> node count
        const NodeState *best = nullptr;
        double bestScore = -1;
        for (const auto &[nodeName, n] : nodes) {
            QStringList why;
            if (!missingClaim.isEmpty())
                continue;
            if (!nodeReady(n.node))
                why.append(QStringLiteral("node(s) had untolerated taint {node.kubernetes.io/not-ready: }"));
            else if (n.node["spec"].value("unschedulable", false))
                why.append(QStringLiteral("node(s) were unschedulable"));
            else if (!selectorMatches(*pod, n.node))
                why.append(QStringLiteral("node(s) didn't match Pod's node affinity/selector"));
            else {
                if (n.usedPods + 1 > n.pods)
                    why.append(QStringLiteral("Too many pods"));
                if (n.usedCpu + need.cpuMillis > n.cpu)
                    why.append(QStringLiteral("Insufficient cpu"));
                if (n.usedMemory + need.memoryBytes > n.memory)
                    why.append(QStringLiteral("Insufficient memory"));
            }
            for (const QString &w : std::as_const(why))
                ++reasons[w];
            if (!why.isEmpty())
                continue;
            // Least allocated: the mean free share of CPU and memory after placing the pod.
            const double score = (double(n.cpu - n.usedCpu - need.cpuMillis) / std::max<qint64>(n.cpu, 1)
                                  + double(n.memory - n.usedMemory - need.memoryBytes) / std::max<qint64>(n.memory, 1))
                                 / 2;
            if (score > bestScore) {
                bestScore = score;
                best = &n;
            }
        }
        if (!best) {
            QString message;
            if (!missingClaim.isEmpty()) {
                message = QStringLiteral("0/%1 nodes are available: persistentvolumeclaim \"%2\" not found. preemption: "
                                         "0/%1 nodes are available: %1 Preemption is not helpful for scheduling.")
                              .arg(nodes.size())
                              .arg(missingClaim);
            } else {
                QStringList parts;
                for (const auto &[text, count] : reasons)
                    parts.append(QStringLiteral("%1 %2").arg(count).arg(text));
                message = QStringLiteral("0/%1 nodes are available: %2. preemption: 0/%1 nodes are available: %1 No "
                                         "preemption victims found for incoming pod.")
                              .arg(nodes.size())
                              .arg(parts.join(QStringLiteral(", ")));
            }
            const auto updated = objects::update(store, kPods, key.first, key.second, [&](json &p) {
                p["status"]["phase"] = "Pending";
                objects::setCondition(p["status"], QStringLiteral("PodScheduled"), QStringLiteral("False"),
                                      QStringLiteral("Unschedulable"), message, true);
            });
            if (updated)
                manager()->events().record(*updated, EventRecorder::Warning, QStringLiteral("FailedScheduling"), message,
                                           QStringLiteral("default-scheduler"));
            continue;
        }
        const QString nodeName = objects::name(best->node);
        // Claims waiting for their first consumer: provision on the chosen node, bind the pod when Bound.
        bool waiting = false;
        for (const QString &claim : std::as_const(claimNames)) {
            const auto pvc = store->get(kClaims, key.first, claim);
            if (!pvc || str(pvc->value("status", json::object()), "phase") == QStringLiteral("Bound"))
                continue;
            waiting = true;
            objects::update(store, kClaims, key.first, claim, [&](json &c) {
                if (!c["metadata"]["annotations"].contains("volume.kubernetes.io/selected-node"))
                    c["metadata"]["annotations"]["volume.kubernetes.io/selected-node"] = nodeName.toStdString();
            });
        }
        if (waiting)
            continue;  // requeued by the claims' changes
        NodeState &chosen = nodes[nodeName];
        chosen.usedCpu += need.cpuMillis;
        chosen.usedMemory += need.memoryBytes;
        ++chosen.usedPods;
        const auto bound = objects::update(store, kPods, key.first, key.second, [&](json &p) {
            p["spec"]["nodeName"] = nodeName.toStdString();
            objects::setCondition(p["status"], QStringLiteral("PodScheduled"), QStringLiteral("True"), {}, {}, true);
        });
        if (bound)
            manager()->events().record(*bound, EventRecorder::Normal, QStringLiteral("Scheduled"),
                                       QStringLiteral("Successfully assigned %1/%2 to %3").arg(key.first, key.second, nodeName),
                                       QStringLiteral("default-scheduler"));
    }
}

} // namespace sd::sim
