#include "kubesim/kubelet.h"

#include "kubesim/controllermanager.h"
#include "kubesim/logbook.h"
#include "kubesim/metricsregistry.h"
#include "kubesim/scheduler.h"
#include "kubesim/objects.h"
#include "kubesim/processtable.h"
#include "kubesim/prober.h"
#include "kubesim/quantity.h"
#include "kubesim/simprocess.h"
#include "kubesim/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace sd::sim {

using json = nlohmann::json;
using objects::str;
using objects::kPods;
using objects::kNodes;
using objects::kClaims;
using objects::kVolumes;

namespace {

QString hexDigest(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// "nginx:1.25" → "docker.io/library/nginx:1.25", as containerd reports images.
QString normalizedImage(const QString &image)
{
    QString out = image;
    const QString first = image.section(QLatin1Char('/'), 0, 0);
    const bool hasRegistry = image.contains(QLatin1Char('/'))
                             && (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QStringLiteral("localhost"));
    if (!hasRegistry)
        out = (image.contains(QLatin1Char('/')) ? QStringLiteral("docker.io/") : QStringLiteral("docker.io/library/")) + image;
    if (!out.section(QLatin1Char('/'), -1).contains(QLatin1Char(':')) && !out.contains(QLatin1Char('@')))
        out += QStringLiteral(":latest");
    return out;
}

// Bytes per usage sample the memory-growth knob adds to `container` (0: none).
qint64 memoryGrowth(const json &pod, const QString &container)
{
    const QString knob = str(pod["metadata"].value("annotations", json::object()), Kubelet::memoryGrowthAnnotation);
    for (const QString &entry : knob.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (entry.section(QLatin1Char('='), 0, 0).trimmed() != container)
            continue;
        const QString amount = entry.section(QLatin1Char('='), 1).trimmed();
        return amount.isEmpty() ? qint64(16) << 20 : quantity::bytes(amount).value_or(qint64(16) << 20);
    }
    return 0;
}

QString qosClass(const json &pod)
{
    bool any = false;
    bool guaranteed = true;
    for (const auto &c : pod["spec"].value("containers", json::array())) {
        const json res = c.value("resources", json::object());
        const json req = res.value("requests", json::object());
        const json lim = res.value("limits", json::object());
        any = any || !req.empty() || !lim.empty();
        for (const char *r : {"cpu", "memory"}) {
            const QString l = str(lim, r);
            const QString q = str(req, r).isEmpty() ? l : str(req, r);
            if (l.isEmpty() || q != l)
                guaranteed = false;
        }
    }
    return !any ? QStringLiteral("BestEffort") : guaranteed ? QStringLiteral("Guaranteed") : QStringLiteral("Burstable");
}

QString nodeInternalIp(const json &node)
{
    for (const auto &a : node.value("status", json::object()).value("addresses", json::array())) {
        if (str(a, "type") == QStringLiteral("InternalIP"))
            return str(a, "address");
    }
    return {};
}
} // namespace

QString Kubelet::pullError(const QString &image)
{
    // The simulated registries: the images Stackdeck deploys (OpenIM, KubeBlocks engines, common
    // bases, and the MinIO image KubeBlocks' addon uses) under any version-like tag. Anything else is "not found", as a typo would be.
    static const QStringList namespaces = {QStringLiteral("library"), QStringLiteral("openim"), QStringLiteral("openimsdk"),
                                           QStringLiteral("apecloud"), QStringLiteral("bitnami"), QStringLiteral("minio"), QStringLiteral("coollabsio"),
                                           QStringLiteral("coredns"), QStringLiteral("kubeblocks"), QStringLiteral("rancher")};
    static const QRegularExpression tag(QStringLiteral(
        R"(^(latest|stable|alpine|v?\d+(\.\d+)*([-._+][0-9A-Za-z._-]+)?|release-v[0-9.]+|[0-9a-f]{7,40})$)"));
    const QString full = normalizedImage(image);
    const QString reference = full.section(QLatin1Char('@'), 0, 0);
    const QString repository = reference.section(QLatin1Char(':'), 0, -2);
    const QString version = full.contains(QLatin1Char('@')) ? QStringLiteral("latest") : reference.section(QLatin1Char(':'), -1);
    const QStringList path = repository.split(QLatin1Char('/'));
    const QString ns = path.size() >= 3 ? path[path.size() - 2] : QString();
    const bool knownRepository = namespaces.contains(ns) || path.size() == 2
                                 || repository.startsWith(QStringLiteral("registry.k8s.io/"));
    if (!knownRepository)
        return QStringLiteral("Failed to pull image \"%1\": rpc error: code = Unknown desc = failed to pull and unpack image "
                              "\"%2\": failed to resolve reference \"%2\": pull access denied, repository does not exist or "
                              "may require authorization: server message: insufficient_scope: authorization failed")
            .arg(image, full);
    if (!tag.match(version).hasMatch())
        return QStringLiteral("Failed to pull image \"%1\": rpc error: code = NotFound desc = failed to pull and unpack image "
                              "\"%2\": failed to resolve reference \"%2\": %2: not found")
            .arg(image, full);
    return {};
}

Kubelet::Kubelet(ControllerManager *manager) : Controller(manager) { m_clock.start(); }

qint64 Kubelet::dueIn(qint64 simulatedMs) const { return nowMs() + manager()->realMs(simulatedMs); }

qint64 Kubelet::deadline(qint64 simulatedMs) const { return nowMs() + manager()->realMs(simulatedMs) * 9 / 10; }

void Kubelet::startProcess(const json &pod, const json &spec, PodRun &run, ContainerRun &c)
{
    const QString ns = objects::ns(pod);
    const QString podName = objects::name(pod);
    const QString cname = str(spec, "name");
    c.process = SimProcess::create(ContainerEnv::resolve(manager()->store(), pod, spec, run.podIP));
    const SimProcess::Startup startup = c.process->start({manager()->store(), manager()->data()});
    if (!startup.lines.isEmpty())
        manager()->logs()->append(ns, podName, cname, startup.lines);
    c.up = false;
    c.oomKilled = false;
    c.memoryBytes = 0;
    c.exitCode = startup.exitCode;
    c.upAtMs = deadline(startup.durationMs);
    enqueueAfter(startup.durationMs, ns, podName);
    if (ProcessTable *table = manager()->processes())
        table->put(ns, podName, cname, c.process);
    const auto schedule = [&](const char *kind, ContainerRun::Probe &probe) {
        probe = {};
        const json spec2 = spec.value(kind, json());
        if (!spec2.is_object())
            return;
        const qint64 delay = qint64(Prober::initialDelaySeconds(spec2)) * 1000;
        probe.dueMs = deadline(delay);
        enqueueAfter(delay, ns, podName);
    };
    schedule("readinessProbe", c.readiness);
    schedule("livenessProbe", c.liveness);
    // Without a readiness probe a container is ready as soon as it has started.
    c.ready = c.readiness.dueMs < 0;
}

bool Kubelet::runProcess(const json &pod, const json &spec, PodRun &run, ContainerRun &c)
{
    if (!c.process)
        return true;  // adopted from the scenario: nothing simulated behind it
    const QString ns = objects::ns(pod);
    const QString podName = objects::name(pod);
    const QString cname = str(spec, "name");
    const QString nodeName = str(pod["spec"], "nodeName");
    const QString fieldPath = QStringLiteral("spec.containers{%1}").arg(cname);
    EventRecorder &events = manager()->events();
    if (!c.up && nowMs() >= c.upAtMs) {
        if (c.exitCode != 0) {
            exitContainer(pod, run, cname, c, c.exitCode, QStringLiteral("Error"), {});
            return false;
        }
        c.up = true;
        c.process->markUp();
    }
    if (c.oomKilled) {
        exitContainer(pod, run, cname, c, 137, QStringLiteral("OOMKilled"), {});
        return false;
    }
    const auto due = [&](ContainerRun::Probe &probe, const json &p) {
        if (probe.dueMs < 0 || nowMs() < probe.dueMs)
            return false;
        const qint64 period = qint64(Prober::periodSeconds(p)) * 1000;
        probe.dueMs = deadline(period);
        enqueueAfter(period, ns, podName);
        return true;
    };
    const json liveness = spec.value("livenessProbe", json());
    if (due(c.liveness, liveness)) {
        const Prober::Result r = Prober::run(liveness, c.process.get(), run.podIP);
        if (r.success) {
            c.liveness.failures = 0;
        } else {
            events.record(pod, EventRecorder::Warning, QStringLiteral("Unhealthy"), QStringLiteral("Liveness probe failed: %1").arg(r.message),
                          QStringLiteral("kubelet"), nodeName, fieldPath);
            if (++c.liveness.failures >= Prober::failureThreshold(liveness)) {
                events.record(pod, EventRecorder::Normal, QStringLiteral("Killing"),
                              QStringLiteral("Container %1 failed liveness probe, will be restarted").arg(cname),
                              QStringLiteral("kubelet"), nodeName, fieldPath);
                // SIGTERM, then SIGKILL after the grace period: what a process that ignores SIGTERM shows.
                exitContainer(pod, run, cname, c, 137, QStringLiteral("Error"), {});
                return false;
            }
        }
    }
    const json readiness = spec.value("readinessProbe", json());
    if (due(c.readiness, readiness)) {
        const Prober::Result r = Prober::run(readiness, c.process.get(), run.podIP);
        if (r.success) {
            c.readiness.failures = 0;
            if (++c.readiness.successes >= Prober::successThreshold(readiness))
                c.ready = true;
        } else {
            c.readiness.successes = 0;
            events.record(pod, EventRecorder::Warning, QStringLiteral("Unhealthy"),
                          QStringLiteral("Readiness probe failed: %1").arg(r.message), QStringLiteral("kubelet"), nodeName, fieldPath);
            if (++c.readiness.failures >= Prober::failureThreshold(readiness))
                c.ready = false;
        }
    }
    return true;
}

void Kubelet::exitContainer(const json &pod, PodRun &run, const QString &cname, ContainerRun &c, int exitCode,
                            const QString &reason, const QList<QByteArray> &lines)
{
    const QString ns = objects::ns(pod);
    const QString podName = objects::name(pod);
    if (!lines.isEmpty())
        manager()->logs()->append(ns, podName, cname, lines);
    if (ProcessTable *table = manager()->processes())
        table->remove(ns, podName, cname);
    c.process.reset();
    c.up = false;
    c.oomKilled = false;
    c.memoryBytes = 0;
    c.readiness = {};
    c.liveness = {};
    ++c.failures;
    ++c.restartCount;
    const qint64 backoff = std::min<qint64>(10000LL << std::min(c.failures - 1, 5), 300000);
    c.lastState = {{"terminated",
                    {{"exitCode", exitCode}, {"reason", reason.toStdString()}, {"startedAt", c.startedAt.toStdString()},
                     {"finishedAt", objects::nowText().toStdString()},
                     {"containerID", (QStringLiteral("containerd://") + hexDigest(run.uid + cname + QString::number(c.restartCount - 1))).toStdString()}}}};
    c.stage = ContainerRun::CrashBackOff;
    c.ready = false;
    c.waitingReason = QStringLiteral("CrashLoopBackOff");
    c.waitingMessage = QStringLiteral("back-off %1s restarting failed container=%2 pod=%3_%4(%5)")
                           .arg(backoff / 1000)
                           .arg(cname, podName, ns, run.uid);
    c.dueMs = dueIn(backoff);
    manager()->events().record(pod, EventRecorder::Warning, QStringLiteral("BackOff"),
                               QStringLiteral("Back-off restarting failed container %1 in pod %2_%3(%4)").arg(cname, podName, ns, run.uid),
                               QStringLiteral("kubelet"), str(pod["spec"], "nodeName"), QStringLiteral("spec.containers{%1}").arg(cname));
    enqueueAfter(backoff, ns, podName);
}

void Kubelet::observe(const WatchEvent &event)
{
    const json &obj = *event.object;
    if (event.resource == kPods) {
        if (event.type == WatchEvent::Deleted) {
            m_pods.remove(objects::ns(obj) + QLatin1Char('/') + objects::name(obj));
            manager()->metrics()->removePod(objects::ns(obj), objects::name(obj));
            if (ProcessTable *table = manager()->processes())
                table->removePod(objects::ns(obj), objects::name(obj));
            return;
        }
        if (!str(obj["spec"], "nodeName").isEmpty())
            enqueue(objects::ns(obj), objects::name(obj));
        return;
    }
    static const QStringList mounted = {QStringLiteral("/configmaps"), QStringLiteral("/secrets"),
                                        QStringLiteral("/persistentvolumeclaims")};
    if (!mounted.contains(event.resource))
        return;
    // A volume source appeared or changed: pods of that namespace still creating may now start.
    for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
        if (it.key().section(QLatin1Char('/'), 0, 0) == objects::ns(obj))
            enqueue(objects::ns(obj), it.key().section(QLatin1Char('/'), 1));
    }
}

void Kubelet::resync()
{
    if (!m_sampling) {
        m_sampling = true;
        sampleUsage();
    }
    for (const JsonPtr &pod : manager()->store()->list(kPods).items) {
        if (!str((*pod)["spec"], "nodeName").isEmpty())
            enqueue(objects::ns(*pod), objects::name(*pod));
    }
}

QString Kubelet::allocateIp(const json &node)
{
    const QString cidr = str(node.value("spec", json::object()), "podCIDR");
    const QString prefix = cidr.isEmpty() ? QStringLiteral("10.244.0") : cidr.section(QLatin1Char('.'), 0, 2);
    int &next = m_nextIp[objects::name(node)];
    if (next < 20 || next > 254)
        next = 20;  // the scenario's own pods use the addresses below
    return QStringLiteral("%1.%2").arg(prefix).arg(next++);
}

QString Kubelet::missingVolume(const json &pod) const
{
    Store *store = manager()->store();
    const QString ns = objects::ns(pod);
    for (const auto &v : pod["spec"].value("volumes", json::array())) {
        const QString volume = str(v, "name");
        if (v.contains("configMap")) {
            const QString name = str(v["configMap"], "name");
            if (!v["configMap"].value("optional", false) && !store->get(QStringLiteral("/configmaps"), ns, name))
                return QStringLiteral("MountVolume.SetUp failed for volume \"%1\" : configmap \"%2\" not found").arg(volume, name);
        }
        if (v.contains("secret")) {
            const QString name = str(v["secret"], "secretName");
            if (!v["secret"].value("optional", false) && !store->get(QStringLiteral("/secrets"), ns, name))
                return QStringLiteral("MountVolume.SetUp failed for volume \"%1\" : secret \"%2\" not found").arg(volume, name);
        }
    }
    return {};
}

void Kubelet::reconcile(const QString &ns, const QString &name)
{
    Store *store = manager()->store();
    const QString key = ns + QLatin1Char('/') + name;
    const auto pod = store->get(kPods, ns, name);
    if (!pod) {
        m_pods.remove(key);
        return;
    }
    const QString nodeName = str((*pod)["spec"], "nodeName");
    if (nodeName.isEmpty())
        return;
    const json node = store->get(kNodes, {}, nodeName).value_or(json::object());
    PodRun &run = m_pods[key];
    const bool fresh = run.uid != objects::uid(*pod);
    if (fresh) {
        run = PodRun{};
        run.uid = objects::uid(*pod);
    }
    if ((*pod)["metadata"].contains("deletionTimestamp")) {
        terminate(*pod, run);
        return;
    }
    const json status = pod->value("status", json::object());
    if (fresh && !str(status, "phase").isEmpty() && str(status, "phase") != QStringLiteral("Pending")) {
        // Adopted: already running when the cluster started (scenario objects).
        run.podIP = str(status, "podIP");
        run.startTime = str(status, "startTime");
        for (const auto &cs : status.value("containerStatuses", json::array())) {
            ContainerRun c;
            c.stage = ContainerRun::Running;
            c.ready = cs.value("ready", false);
            c.restartCount = cs.value("restartCount", 0);
            c.startedAt = str(cs.value("state", json::object()).value("running", json::object()), "startedAt");
            run.main[str(cs, "name")] = c;
        }
        return;
    }
    if (run.startTime.isEmpty())
        run.startTime = objects::nowText();
    advance(*pod, run, node);
    writeStatus(*pod, run, node);
}

void Kubelet::advance(const json &pod, PodRun &run, const json &node)
{
    const QString ns = objects::ns(pod);
    const QString podName = objects::name(pod);
    const QString nodeName = objects::name(node);
    EventRecorder &events = manager()->events();
    if (const QString missing = missingVolume(pod); !missing.isEmpty()) {
        events.record(pod, EventRecorder::Warning, QStringLiteral("FailedMount"), missing, QStringLiteral("kubelet"), nodeName);
        enqueueAfter(30000, ns, podName);  // the kubelet retries mounts on its own
        return;
    }
    if (run.podIP.isEmpty())
        run.podIP = allocateIp(node);

    // One step of one container; returns true when the container has reached `target`.
    auto step = [&](const json &spec, ContainerRun &c, bool init) {
        const QString cname = str(spec, "name");
        const QString image = str(spec, "image");
        const QString fieldPath = QStringLiteral("spec.%1{%2}").arg(init ? QStringLiteral("initContainers")
                                                                         : QStringLiteral("containers"), cname);
        const QString cacheKey = nodeName + QLatin1Char('|') + image;
        if (c.stage == ContainerRun::CrashBackOff || c.stage == ContainerRun::PullBackOff) {
            if (nowMs() < c.dueMs)
                return false;
            if (c.stage == ContainerRun::CrashBackOff) {
                // Restart in place: the previous instance's log becomes `--previous`.
                manager()->logs()->restart(ns, podName, cname);
                c.stage = ContainerRun::Pulling;
                c.dueMs = nowMs();
            } else {
                c.stage = ContainerRun::Waiting;
            }
        }
        if (c.stage == ContainerRun::Waiting) {
            const bool present = m_images.contains(cacheKey) && str(spec, "imagePullPolicy") != QStringLiteral("Always");
            qint64 pullMs = 300;
            if (!present) {
                pullMs = 800 + manager()->random().bounded(2400);
                events.record(pod, EventRecorder::Normal, QStringLiteral("Pulling"),
                              QStringLiteral("Pulling image \"%1\"").arg(image), QStringLiteral("kubelet"), nodeName, fieldPath);
            }
            c.stage = ContainerRun::Pulling;
            c.dueMs = dueIn(pullMs);
            enqueueAfter(pullMs, ns, podName);
            return false;
        }
        if (c.stage == ContainerRun::Pulling) {
            if (nowMs() < c.dueMs) {
                return false;
            }
            if (const QString error = pullError(image); !error.isEmpty()) {
                ++c.failures;
                const qint64 backoff = std::min<qint64>(10000LL << std::min(c.failures - 1, 5), 300000);
                events.record(pod, EventRecorder::Warning, QStringLiteral("Failed"), error, QStringLiteral("kubelet"), nodeName, fieldPath);
                events.record(pod, EventRecorder::Warning, QStringLiteral("Failed"), QStringLiteral("Error: ErrImagePull"),
                              QStringLiteral("kubelet"), nodeName, fieldPath);
                if (c.failures > 1) {
                    events.record(pod, EventRecorder::Normal, QStringLiteral("BackOff"),
                                  QStringLiteral("Back-off pulling image \"%1\"").arg(image), QStringLiteral("kubelet"), nodeName, fieldPath);
                    events.record(pod, EventRecorder::Warning, QStringLiteral("Failed"), QStringLiteral("Error: ImagePullBackOff"),
                                  QStringLiteral("kubelet"), nodeName, fieldPath);
                }
                c.waitingReason = c.failures > 1 ? QStringLiteral("ImagePullBackOff") : QStringLiteral("ErrImagePull");
                c.waitingMessage = c.failures > 1 ? QStringLiteral("Back-off pulling image \"%1\"").arg(image) : error;
                c.stage = ContainerRun::PullBackOff;
                c.dueMs = dueIn(backoff);
                enqueueAfter(backoff, ns, podName);
                return false;
            }
            c.waitingReason.clear();
            c.waitingMessage.clear();
            if (m_images.contains(cacheKey)) {
                events.record(pod, EventRecorder::Normal, QStringLiteral("Pulled"),
                              QStringLiteral("Container image \"%1\" already present on machine").arg(image),
                              QStringLiteral("kubelet"), nodeName, fieldPath);
            } else {
                const double secs = 0.8 + manager()->random().bounded(2.4);
                events.record(pod, EventRecorder::Normal, QStringLiteral("Pulled"),
                              QStringLiteral("Successfully pulled image \"%1\" in %2s (%2s including waiting). Image size: %3 bytes.")
                                  .arg(image, QString::number(secs, 'f', 3))
                                  .arg(20000000 + manager()->random().bounded(180000000)),
                              QStringLiteral("kubelet"), nodeName, fieldPath);
                m_images.insert(cacheKey);
            }
            events.record(pod, EventRecorder::Normal, QStringLiteral("Created"), QStringLiteral("Created container %1").arg(cname),
                          QStringLiteral("kubelet"), nodeName, fieldPath);
            events.record(pod, EventRecorder::Normal, QStringLiteral("Started"), QStringLiteral("Started container %1").arg(cname),
                          QStringLiteral("kubelet"), nodeName, fieldPath);
            c.stage = ContainerRun::Running;
            c.startedAt = objects::nowText();
            if (init) {
                c.dueMs = dueIn(1000);  // init work
                enqueueAfter(1000, ns, podName);
                return false;
            }
            startProcess(pod, spec, run, c);
        }
        if (c.stage == ContainerRun::Running && init) {
            if (nowMs() < c.dueMs)
                return false;
            c.stage = ContainerRun::Completed;
            return true;
        }
        const QStringList crashing = str(pod["metadata"].value("annotations", json::object()), crashLoopAnnotation)
                                         .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (c.stage == ContainerRun::Running && crashing.contains(cname)) {
            const QDateTime started = QDateTime::fromString(c.startedAt, Qt::ISODate);
            const qint64 ranMs = started.isValid() ? started.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
            const qint64 crashAfter = 1500;  // simulated: the process fails right after starting
            if (double(ranMs) * manager()->options().timeScale < double(crashAfter)) {
                enqueueAfter(crashAfter, ns, podName);
            } else {
                exitContainer(pod, run, cname, c, 1, QStringLiteral("Error"),
                              {QByteArray("fatal: exiting after an unrecoverable error (exit status 1)")});
                return false;
            }
        }
        if (c.stage == ContainerRun::Running && !runProcess(pod, spec, run, c))
            return false;
        return c.stage == ContainerRun::Running || c.stage == ContainerRun::Completed;
    };

    for (const auto &spec : pod["spec"].value("initContainers", json::array())) {
        if (!step(spec, run.init[str(spec, "name")], true))
            return;  // init containers run one after another
    }
    for (const auto &spec : pod["spec"].value("containers", json::array()))
        step(spec, run.main[str(spec, "name")], false);
}

void Kubelet::writeStatus(const json &pod, const PodRun &run, const json &node)
{
    auto containerStatus = [&](const json &spec, const ContainerRun &c, bool init, bool initialized) {
        const QString cname = str(spec, "name");
        const QString image = str(spec, "image");
        json cs = {{"name", cname.toStdString()}, {"image", normalizedImage(image).toStdString()}, {"imageID", ""},
                   {"ready", c.ready}, {"restartCount", c.restartCount}, {"started", c.stage == ContainerRun::Running},
                   {"lastState", c.lastState}};
        if (c.stage == ContainerRun::Running || c.stage == ContainerRun::Completed) {
            const QString image2 = normalizedImage(image);
            cs["imageID"] = (image2.section(QLatin1Char(':'), 0, -2) + QStringLiteral("@sha256:") + hexDigest(image)).toStdString();
            cs["containerID"] = (QStringLiteral("containerd://") + hexDigest(run.uid + cname + QString::number(c.restartCount))).toStdString();
        }
        if (c.stage == ContainerRun::Running) {
            cs["state"] = {{"running", {{"startedAt", c.startedAt.toStdString()}}}};
        } else if (c.stage == ContainerRun::Completed) {
            cs["started"] = false;
            cs["state"] = {{"terminated", {{"exitCode", 0}, {"reason", "Completed"}, {"startedAt", c.startedAt.toStdString()},
                                            {"finishedAt", objects::nowText().toStdString()},
                                            {"containerID", cs["containerID"]}}}};
        } else {
            const char *reason = (!init && !initialized) ? "PodInitializing" : "ContainerCreating";
            cs["state"] = {{"waiting", {{"reason", reason}}}};
            if (!c.waitingReason.isEmpty())
                cs["state"]["waiting"] = {{"reason", c.waitingReason.toStdString()}, {"message", c.waitingMessage.toStdString()}};
        }
        return cs;
    };
    bool initialized = true;
    QStringList incompleteInit;
    json initStatuses = json::array();
    for (const auto &spec : pod["spec"].value("initContainers", json::array())) {
        const ContainerRun c = run.init.count(str(spec, "name")) ? run.init.at(str(spec, "name")) : ContainerRun{};
        if (c.stage != ContainerRun::Completed) {
            initialized = false;
            incompleteInit.append(str(spec, "name"));
        }
        initStatuses.push_back(containerStatus(spec, c, true, true));
    }
    json statuses = json::array();
    QStringList unready;
    bool allRunning = true;
    for (const auto &spec : pod["spec"].value("containers", json::array())) {
        const ContainerRun c = run.main.count(str(spec, "name")) ? run.main.at(str(spec, "name")) : ContainerRun{};
        if (!c.ready)
            unready.append(str(spec, "name"));
        if (c.stage != ContainerRun::Running)
            allRunning = false;
        statuses.push_back(containerStatus(spec, c, false, initialized));
    }
    const QString hostIp = nodeInternalIp(node);
    const QString qos = qosClass(pod);
    objects::update(manager()->store(), kPods, objects::ns(pod), objects::name(pod), [&](json &p) {
        if (objects::uid(p) != run.uid || p["metadata"].contains("deletionTimestamp"))
            return;
        json &st = p["status"];
        st["phase"] = allRunning && initialized ? "Running" : "Pending";
        st["hostIP"] = hostIp.toStdString();
        st["hostIPs"] = json::array({{{"ip", hostIp.toStdString()}}});
        if (!run.podIP.isEmpty()) {
            st["podIP"] = run.podIP.toStdString();
            st["podIPs"] = json::array({{{"ip", run.podIP.toStdString()}}});
        }
        st["startTime"] = run.startTime.toStdString();
        st["qosClass"] = qos.toStdString();
        objects::setCondition(st, QStringLiteral("PodReadyToStartContainers"), run.podIP.isEmpty() ? QStringLiteral("False")
                                                                                                    : QStringLiteral("True"));
        if (initialized)
            objects::setCondition(st, QStringLiteral("Initialized"), QStringLiteral("True"));
        else
            objects::setCondition(st, QStringLiteral("Initialized"), QStringLiteral("False"),
                                  QStringLiteral("ContainersNotInitialized"),
                                  QStringLiteral("containers with incomplete status: [%1]").arg(incompleteInit.join(QLatin1Char(' '))));
        for (const char *type : {"Ready", "ContainersReady"}) {
            if (unready.isEmpty())
                objects::setCondition(st, QLatin1String(type), QStringLiteral("True"));
            else
                objects::setCondition(st, QLatin1String(type), QStringLiteral("False"), QStringLiteral("ContainersNotReady"),
                                      QStringLiteral("containers with unready status: [%1]").arg(unready.join(QLatin1Char(' '))));
        }
        objects::setCondition(st, QStringLiteral("PodScheduled"), QStringLiteral("True"));
        if (!initStatuses.empty())
            st["initContainerStatuses"] = initStatuses;
        st["containerStatuses"] = statuses;
    });
}

void Kubelet::terminate(const json &pod, PodRun &run)
{
    if (run.terminating)
        return;
    run.terminating = true;
    // The processes stop on SIGTERM: nothing answers probes or proxy requests any more.
    if (ProcessTable *table = manager()->processes())
        table->removePod(objects::ns(pod), objects::name(pod));
    const QString ns = objects::ns(pod);
    const QString name = objects::name(pod);
    const QString uid = objects::uid(pod);
    for (const auto &spec : pod["spec"].value("containers", json::array()))
        manager()->events().record(pod, EventRecorder::Normal, QStringLiteral("Killing"),
                                   QStringLiteral("Stopping container %1").arg(str(spec, "name")), QStringLiteral("kubelet"),
                                   str(pod["spec"], "nodeName"),
                                   QStringLiteral("spec.containers{%1}").arg(str(spec, "name")));
    // Processes stop quickly on SIGTERM; the grace period only caps it.
    const qint64 grace = pod["metadata"].value("deletionGracePeriodSeconds", qint64(30));
    const qint64 simulated = std::min<qint64>(grace * 1000, 2000);
    manager()->after(simulated, this, [this, ns, name, uid] {
        Store *store = manager()->store();
        const auto current = store->get(kPods, ns, name);
        if (!current || objects::uid(*current) != uid)
            return;
        const json finalizers = (*current)["metadata"].value("finalizers", json::array());
        if (finalizers.is_array() && !finalizers.empty())
            return;  // whoever owns the finalizer removes it; the API server then deletes the pod
        store->remove(kPods, ns, name);
        manager()->logs()->removePod(ns, name);
    });
}

void Kubelet::sampleUsage()
{
    Store *store = manager()->store();
    QRandomGenerator &rng = manager()->random();
    for (auto it = m_pods.begin(); it != m_pods.end(); ++it) {
        const QString ns = it.key().section(QLatin1Char('/'), 0, 0);
        const QString name = it.key().section(QLatin1Char('/'), 1);
        const auto pod = store->get(kPods, ns, name);
        if (!pod || it->terminating)
            continue;
        const QString node = str((*pod)["spec"], "nodeName");
        for (const auto &spec : (*pod)["spec"].value("containers", json::array())) {
            const auto c = it->main.find(str(spec, "name"));
            if (c == it->main.end() || c->second.stage != ContainerRun::Running)
                continue;
            ContainerRun &run = c->second;
            json one = json::object();
            one["spec"]["containers"] = json::array({spec});
            const Scheduler::Requests requests = Scheduler::podRequests(one);
            const qint64 cpuBase = requests.cpuMillis > 0 ? requests.cpuMillis : 50;
            const qint64 memoryBase = requests.memoryBytes > 0 ? requests.memoryBytes : (qint64(96) << 20);
            run.level = std::clamp(run.level + (rng.generateDouble() - 0.5) * 0.12, 0.05, 0.95);
            if (run.memoryBytes == 0)
                run.memoryBytes = qint64(double(memoryBase) * (0.35 + rng.generateDouble() * 0.1));
            const qint64 growth = memoryGrowth(*pod, c->first);
            if (growth > 0) {
                // The test knob: a leak that eventually outgrows the limit.
                run.memoryBytes += growth;
                const qint64 limit = quantity::bytes(str(spec.value("resources", json::object()).value("limits", json::object()), "memory"))
                                         .value_or(0);
                if (limit > 0 && run.memoryBytes > limit && run.up) {
                    run.oomKilled = true;
                    enqueue(ns, name);
                }
            } else {
                // Memory creeps up as caches fill, up to about 80 % of the base.
                run.memoryBytes = std::min<qint64>(run.memoryBytes + qint64(rng.bounded(256)) * 1024, memoryBase * 8 / 10);
            }
            manager()->metrics()->set(ns, name, node, c->first,
                                      {std::max<qint64>(1, qint64(double(cpuBase) * run.level)), run.memoryBytes});
        }
    }
    manager()->after(15000, this, [this] { sampleUsage(); });
}

} // namespace sd::sim
