#include "monitor/stackhealth.h"

#include "common/tr.h"
#include "stack/quantity.h"

#include <QJsonArray>

namespace sd {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString label(const QJsonObject &o, const char *key)
{
    return obj(obj(o, "metadata"), "labels").value(QLatin1String(key)).toString();
}

qint64 milli(const QJsonValue &v)
{
    const auto q = Quantity::parse(v.toString());
    return q ? q->milliValue() : 0;
}

int rank(HealthState s)
{
    switch (s) {
    case HealthState::Healthy: return 1;
    case HealthState::Unknown: return 0;
    case HealthState::Progressing: return 2;
    case HealthState::Degraded: return 3;
    case HealthState::Down: return 4;
    }
    return 0;
}

void addMetrics(PodHealth *pod, const QHash<QString, QJsonObject> &metrics)
{
    const auto it = metrics.constFind(pod->name);
    if (it == metrics.constEnd())
        return;
    qint64 cpu = 0, mem = 0;
    for (const QJsonValue &c : it->value(QLatin1String("containers")).toArray()) {
        const QJsonObject usage = obj(c.toObject(), "usage");
        cpu += milli(usage.value(QLatin1String("cpu")));
        mem += milli(usage.value(QLatin1String("memory"))) / 1000;
    }
    pod->cpuMilli = cpu;
    pod->memoryBytes = mem;
}

const QStringList kBadWaiting = {QStringLiteral("CrashLoopBackOff"), QStringLiteral("ImagePullBackOff"),
                                 QStringLiteral("ErrImagePull"), QStringLiteral("CreateContainerConfigError"),
                                 QStringLiteral("InvalidImageName"), QStringLiteral("RunContainerError")};

} // namespace

const ComponentHealth *StackHealth::component(const QString &name) const
{
    for (const ComponentHealth &c : components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

const DatastoreHealth *StackHealth::datastore(const QString &name) const
{
    for (const DatastoreHealth &d : datastores) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

HealthState StackHealth::stateOf(const QString &nodeId) const
{
    if (const ComponentHealth *c = component(nodeId))
        return c->state;
    if (const DatastoreHealth *d = datastore(nodeId))
        return d->state;
    return HealthState::Unknown;
}

HealthState StackHealth::worse(HealthState a, HealthState b)
{
    return rank(a) >= rank(b) ? a : b;
}

QString StackHealth::stateText(HealthState state)
{
    switch (state) {
    case HealthState::Unknown: return Tr::tr("unknown", "health state");
    case HealthState::Healthy: return Tr::tr("healthy", "health state");
    case HealthState::Progressing: return Tr::tr("progressing", "health state");
    case HealthState::Degraded: return Tr::tr("degraded", "health state");
    case HealthState::Down: return Tr::tr("down", "health state");
    }
    return {};
}

PodHealth StackHealth::podHealth(const QJsonObject &pod)
{
    PodHealth p;
    const QJsonObject md = obj(pod, "metadata");
    const QJsonObject status = obj(pod, "status");
    p.name = str(md, "name");
    p.phase = str(status, "phase");
    p.created = QDateTime::fromString(str(md, "creationTimestamp"), Qt::ISODate);
    p.role = label(pod, "kubeblocks.io/role");
    p.component = label(pod, "apps.kubeblocks.io/component-name");
    if (p.component.isEmpty())
        p.component = label(pod, "app.kubernetes.io/component");
    for (const QJsonValue &v : status.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = v.toObject();
        if (str(c, "type") == QLatin1String("Ready"))
            p.ready = str(c, "status") == QLatin1String("True");
    }
    bool anyStatus = false;
    bool allReady = true;
    for (const QJsonValue &v : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject cs = v.toObject();
        anyStatus = true;
        allReady &= cs.value(QLatin1String("ready")).toBool();
        p.restarts += cs.value(QLatin1String("restartCount")).toInt();
        const QString waiting = str(obj(obj(cs, "state"), "waiting"), "reason");
        if (!waiting.isEmpty() && (p.reason.isEmpty() || kBadWaiting.contains(waiting)))
            p.reason = waiting;
        const QString terminated = str(obj(obj(cs, "state"), "terminated"), "reason");
        if (!terminated.isEmpty() && p.reason.isEmpty())
            p.reason = terminated;
        const QString last = str(obj(obj(cs, "lastState"), "terminated"), "reason");
        if (!last.isEmpty())
            p.lastRestartReason = last;
    }
    // Without a Ready condition (some simulators, old objects) the containers decide.
    if (!status.contains(QLatin1String("conditions")) && anyStatus)
        p.ready = allReady && p.phase == QLatin1String("Running");
    if (!md.value(QLatin1String("deletionTimestamp")).isUndefined() && p.reason.isEmpty())
        p.reason = QStringLiteral("Terminating");
    for (const QJsonValue &v : obj(pod, "spec").value(QLatin1String("containers")).toArray()) {
        const QJsonObject res = obj(v.toObject(), "resources");
        p.cpuRequestMilli += milli(obj(res, "requests").value(QLatin1String("cpu")));
        p.cpuLimitMilli += milli(obj(res, "limits").value(QLatin1String("cpu")));
        p.memoryRequestBytes += milli(obj(res, "requests").value(QLatin1String("memory"))) / 1000;
        p.memoryLimitBytes += milli(obj(res, "limits").value(QLatin1String("memory"))) / 1000;
    }
    return p;
}

StackHealth StackHealth::compute(const HealthInputs &in)
{
    StackHealth h;
    h.metricsAvailable = in.metricsAvailable;
    QHash<QString, QJsonObject> metrics;
    for (const QJsonObject &m : in.podMetrics)
        metrics.insert(str(obj(m, "metadata"), "name"), m);

    // Pods by owner: OpenIM component label, or KubeBlocks instance.
    QHash<QString, QList<PodHealth>> componentPods;
    QHash<QString, QList<PodHealth>> clusterPods;
    for (const QJsonObject &pod : in.pods) {
        PodHealth p = podHealth(pod);
        addMetrics(&p, metrics);
        if (label(pod, "app.kubernetes.io/managed-by") == QLatin1String("kubeblocks")) {
            clusterPods[label(pod, "app.kubernetes.io/instance")].append(p);
        } else if (label(pod, "app.kubernetes.io/managed-by") == QLatin1String("stackdeck")) {
            const QString c = label(pod, "app.kubernetes.io/component");
            componentPods[c.isEmpty() ? label(pod, "app.kubernetes.io/name") : c].append(p);
        }
    }

    auto workload = [&](const QJsonObject &w, const QString &kind) {
        if (label(w, "app.kubernetes.io/managed-by") != QLatin1String("stackdeck"))
            return;
        ComponentHealth c;
        const QJsonObject md = obj(w, "metadata");
        const QJsonObject spec = obj(w, "spec");
        const QJsonObject status = obj(w, "status");
        c.name = label(w, "app.kubernetes.io/component");
        if (c.name.isEmpty())
            c.name = str(md, "name");
        c.kind = kind;
        c.desired = spec.value(QLatin1String("replicas")).toInt(1);
        c.ready = status.value(QLatin1String("readyReplicas")).toInt();
        c.available = kind == QLatin1String("Deployment") ? status.value(QLatin1String("availableReplicas")).toInt()
                                                           : c.ready;
        c.updated = status.value(QLatin1String("updatedReplicas")).toInt();
        c.created = QDateTime::fromString(str(md, "creationTimestamp"), Qt::ISODate);
        c.pods = componentPods.value(c.name);
        std::sort(c.pods.begin(), c.pods.end(), [](const PodHealth &a, const PodHealth &b) { return a.name < b.name; });
        QString badReason;
        for (const PodHealth &p : std::as_const(c.pods)) {
            c.restarts += p.restarts;
            if (!p.lastRestartReason.isEmpty())
                c.lastRestartReason = p.lastRestartReason;
            if (kBadWaiting.contains(p.reason))
                badReason = p.reason;
            if (p.cpuMilli >= 0) {
                c.cpuMilli = std::max<qint64>(c.cpuMilli, 0) + p.cpuMilli;
                c.memoryBytes = std::max<qint64>(c.memoryBytes, 0) + p.memoryBytes;
            }
            c.cpuRequestMilli += p.cpuRequestMilli;
            c.cpuLimitMilli += p.cpuLimitMilli;
            c.memoryRequestBytes += p.memoryRequestBytes;
            c.memoryLimitBytes += p.memoryLimitBytes;
        }
        const qint64 generation = md.value(QLatin1String("generation")).toInteger(0);
        const qint64 observed = status.value(QLatin1String("observedGeneration")).toInteger(generation);
        c.rolloutInProgress = observed < generation || (c.desired > 0 && c.updated < c.desired);
        if (c.rolloutInProgress)
            c.rollout = Tr::tr("%1 of %n updated", nullptr, c.desired).arg(c.updated);
        if (c.desired == 0) {
            c.state = HealthState::Healthy;
            c.message = Tr::tr("scaled to zero");
        } else if (c.ready == 0) {
            c.state = HealthState::Down;
            c.message = badReason.isEmpty() ? Tr::tr("no pod is ready") : badReason;
        } else if (!badReason.isEmpty()) {
            c.state = HealthState::Degraded;
            c.message = badReason;
        } else if (c.ready < c.desired) {
            c.state = c.rolloutInProgress ? HealthState::Progressing : HealthState::Degraded;
            c.message = Tr::tr("%1 of %n ready", nullptr, c.desired).arg(c.ready);
        } else if (c.rolloutInProgress) {
            c.state = HealthState::Progressing;
            c.message = c.rollout;
        } else {
            c.state = HealthState::Healthy;
        }
        h.components.append(c);
    };
    for (const QJsonObject &d : in.deployments)
        workload(d, QStringLiteral("Deployment"));
    for (const QJsonObject &s : in.statefulSets)
        workload(s, QStringLiteral("StatefulSet"));
    std::sort(h.components.begin(), h.components.end(),
              [](const ComponentHealth &a, const ComponentHealth &b) { return a.name < b.name; });

    for (const QJsonObject &cluster : in.clusters) {
        DatastoreHealth d;
        d.name = str(obj(cluster, "metadata"), "name");
        const QJsonObject status = obj(cluster, "status");
        d.phase = str(status, "phase");
        const QJsonObject comps = obj(status, "components");
        bool allRunning = !comps.isEmpty();
        for (auto it = comps.begin(); it != comps.end(); ++it) {
            const QString phase = str(it.value().toObject(), "phase");
            d.components.append({it.key(), phase});
            allRunning &= phase == QLatin1String("Running");
        }
        d.pods = clusterPods.value(d.name);
        std::sort(d.pods.begin(), d.pods.end(), [](const PodHealth &a, const PodHealth &b) { return a.name < b.name; });
        int readyPods = 0;
        for (const PodHealth &p : std::as_const(d.pods)) {
            readyPods += p.ready ? 1 : 0;
            if (p.cpuMilli >= 0) {
                d.cpuMilli = std::max<qint64>(d.cpuMilli, 0) + p.cpuMilli;
                d.memoryBytes = std::max<qint64>(d.memoryBytes, 0) + p.memoryBytes;
            }
        }
        if (d.phase == QLatin1String("Running") && (allRunning || comps.isEmpty())) {
            d.state = HealthState::Healthy;
            if (!d.pods.isEmpty() && readyPods < d.pods.size()) {
                d.state = HealthState::Degraded;
                d.message = Tr::tr("%1 of %n pod(s) ready", nullptr, int(d.pods.size())).arg(readyPods);
            }
        } else if (d.phase == QLatin1String("Failed") || d.phase == QLatin1String("Stopped")) {
            d.state = HealthState::Down;
            d.message = d.phase;
        } else if (d.phase == QLatin1String("Abnormal")) {
            d.state = HealthState::Degraded;
            d.message = d.phase;
        } else {
            d.state = HealthState::Progressing;
            d.message = d.phase.isEmpty() ? Tr::tr("not reconciled yet") : d.phase;
        }
        h.datastores.append(d);
    }
    std::sort(h.datastores.begin(), h.datastores.end(),
              [](const DatastoreHealth &a, const DatastoreHealth &b) { return a.name < b.name; });

    h.checks = in.checks;
    HealthState overall = HealthState::Unknown;
    int bad = 0;
    for (const ComponentHealth &c : std::as_const(h.components)) {
        overall = StackHealth::worse(overall, c.state);
        bad += (c.state == HealthState::Degraded || c.state == HealthState::Down) ? 1 : 0;
    }
    for (const DatastoreHealth &d : std::as_const(h.datastores)) {
        overall = StackHealth::worse(overall, d.state);
        bad += (d.state == HealthState::Degraded || d.state == HealthState::Down) ? 1 : 0;
    }
    for (const ServiceCheckResult &r : std::as_const(h.checks)) {
        if (!r.ok) {
            overall = StackHealth::worse(overall, HealthState::Degraded);
            ++bad;
        }
    }
    h.overall = overall;
    const int total = int(h.components.size() + h.datastores.size());
    h.summary = total == 0 ? Tr::tr("No stack workloads found")
                : bad == 0 ? Tr::tr("Stack %1: %n workload(s)", nullptr, total).arg(StackHealth::stateText(overall))
                           : Tr::tr("Stack %1: %2 of %n workload(s) need attention", nullptr, total)
                                 .arg(StackHealth::stateText(overall))
                                 .arg(bad);
    return h;
}

} // namespace sd
