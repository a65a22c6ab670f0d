#pragma once

#include "kubesim/controller.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <map>
#include <memory>

namespace sd::sim {

class SimProcess;

// The kubelets of all simulated nodes: drives each bound pod through Pending (ContainerCreating:
// volumes mounted, images pulled) → Running → Ready, writing status as the real kubelet does
// (phase, conditions, containerStatuses, startTime, podIP, hostIP, qosClass) and its events
// (Pulling, Pulled, Created, Started, FailedMount). Init containers run to completion first. Pods
// marked for deletion are stopped and removed after their (simulated, capped) grace period. Pods
// already Running when the cluster starts are adopted as they are. Images the simulated registries
// do not know fail with ErrImagePull → ImagePullBackOff; containers that exit (the pod annotation
// kubesim.stackdeck.io/crash-loop names them: the chaos knob) restart with CrashLoopBackOff, a
// doubling back-off (10 s … 5 min), restartCount, lastState and the previous instance's logs.
// Each started container runs a SimProcess chosen from its image (published in the ProcessTable for
// the API server's proxy): its startup decides whether it listens or exits (exit code, log lines),
// readiness comes from the pod's readinessProbe answered by that process (initialDelaySeconds,
// periodSeconds, success/failure thresholds in simulated time; no probe: ready once started),
// livenessProbe failures restart the container (Unhealthy and Killing events), and a container whose
// memory outgrows its limit (the knob kubesim.stackdeck.io/memory-growth: "<container>[=<quantity per
// 15 s>],…") is OOMKilled (exit code 137).
class Kubelet final : public Controller
{
    Q_OBJECT
public:
    explicit Kubelet(ControllerManager *manager);

    void observe(const WatchEvent &event) override;

    // The pod annotation naming containers (comma-separated) that exit shortly after each start.
    static constexpr const char *crashLoopAnnotation = "kubesim.stackdeck.io/crash-loop";
    // The pod annotation naming containers whose memory grows each usage sample (default 16Mi).
    static constexpr const char *memoryGrowthAnnotation = "kubesim.stackdeck.io/memory-growth";
    // Whether the simulated registries serve `image`, else the pull error message.
    static QString pullError(const QString &image);
    void resync() override;

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    struct ContainerRun
    {
        enum Stage { Waiting, Pulling, Running, Completed, CrashBackOff, PullBackOff };
        Stage stage = Waiting;
        qint64 dueMs = 0;       // when the current stage ends (manager clock)
        QString startedAt;
        int restartCount = 0;
        bool ready = false;
        int failures = 0;               // consecutive crashes or failed pulls: the back-off doubles
        QString waitingReason;          // CrashLoopBackOff, ErrImagePull, ImagePullBackOff
        QString waitingMessage;
        nlohmann::json lastState = nlohmann::json::object();
        double level = 0.3;  // share of the container's request in use (random walk)
        qint64 memoryBytes = 0;
        // The process of the current instance and its startup.
        std::shared_ptr<SimProcess> process;
        qint64 upAtMs = -1;   // when the startup ends (manager clock)
        int exitCode = 0;     // non-zero: the startup ends in this exit
        bool up = false;
        bool oomKilled = false;
        struct Probe
        {
            qint64 dueMs = -1;  // next run (manager clock); -1: no such probe
            int successes = 0;
            int failures = 0;
        };
        Probe readiness;
        Probe liveness;
    };
    struct PodRun
    {
        QString uid;
        QString podIP;
        QString startTime;
        bool terminating = false;
        std::map<QString, ContainerRun> init;
        std::map<QString, ContainerRun> main;
    };

    qint64 nowMs() const { return m_clock.elapsed(); }
    // Simulated ms from now, as a manager-clock deadline.
    qint64 dueIn(qint64 simulatedMs) const;
    QString allocateIp(const nlohmann::json &node);
    // Names of configMap/secret volumes and PVCs the pod needs that are missing or not yet Bound.
    QString missingVolume(const nlohmann::json &pod) const;
    void advance(const nlohmann::json &pod, PodRun &run, const nlohmann::json &node);
    void writeStatus(const nlohmann::json &pod, const PodRun &run, const nlohmann::json &node);
    void terminate(const nlohmann::json &pod, PodRun &run);
    // Starts the container's process (the "Started" moment): startup lines, probe schedule.
    void startProcess(const nlohmann::json &pod, const nlohmann::json &spec, PodRun &run, ContainerRun &c);
    // Startup end, OOM and probes of a running container; false when it exited.
    bool runProcess(const nlohmann::json &pod, const nlohmann::json &spec, PodRun &run, ContainerRun &c);
    // The container's process ended: lastState, restartCount, CrashLoopBackOff with the doubling back-off.
    void exitContainer(const nlohmann::json &pod, PodRun &run, const QString &container, ContainerRun &c, int exitCode,
                       const QString &reason, const QList<QByteArray> &lines);
    // A manager-clock deadline a little before `simulatedMs` from now, so that a timer set for
    // `simulatedMs` (which may fire slightly early) always finds it due.
    qint64 deadline(qint64 simulatedMs) const;
    // Usage of every running container for metrics.k8s.io, every 15 simulated seconds.
    void sampleUsage();

    QElapsedTimer m_clock;
    bool m_sampling = false;
    QHash<QString, PodRun> m_pods;        // "ns/name" -> run
    QHash<QString, int> m_nextIp;         // node -> next host octet
    QSet<QString> m_images;               // "node|image" already present
};

} // namespace sd::sim
