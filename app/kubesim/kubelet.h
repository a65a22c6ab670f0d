#pragma once

#include "kubesim/controller.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <map>

namespace sd::sim {

// The kubelets of all simulated nodes: drives each bound pod through Pending (ContainerCreating:
// volumes mounted, images pulled) → Running → Ready, writing status as the real kubelet does
// (phase, conditions, containerStatuses, startTime, podIP, hostIP, qosClass) and its events
// (Pulling, Pulled, Created, Started, FailedMount). Init containers run to completion first. Pods
// marked for deletion are stopped and removed after their (simulated, capped) grace period. Pods
// already Running when the cluster starts are adopted as they are.
class Kubelet final : public Controller
{
    Q_OBJECT
public:
    explicit Kubelet(ControllerManager *manager);

    void observe(const WatchEvent &event) override;
    void resync() override;

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    struct ContainerRun
    {
        enum Stage { Waiting, Pulling, Running, Completed };
        Stage stage = Waiting;
        qint64 dueMs = 0;       // when the current stage ends (manager clock)
        qint64 readyAtMs = -1;  // when the readiness probe first succeeds; -1: not yet known
        QString startedAt;
        int restartCount = 0;
        bool ready = false;
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

    QElapsedTimer m_clock;
    QHash<QString, PodRun> m_pods;        // "ns/name" -> run
    QHash<QString, int> m_nextIp;         // node -> next host octet
    QSet<QString> m_images;               // "node|image" already present
};

} // namespace sd::sim
