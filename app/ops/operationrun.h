#pragma once

#include "ops/operationplan.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <utility>

namespace sd {

class KubeClient;
class WatchStream;
struct KubeResponse;

// What a running operation reports: the phase of the object it made (OpsRequest, Backup, restored
// Cluster) or of the rollout, its progress and the events about it. Value type.
struct OperationProgress
{
    QString object;        // "OpsRequest demo/mysql-cluster-restart-x7k2q"
    QString phase;         // OpsRequest/Backup/Cluster phase; "Rolling" for Deployments
    QString progress;      // "1/3" when known
    QStringList details;   // per object: "Pod/mysql-0: Succeed"
    QStringList conditions; // "Validated=True: OpsRequest: … is validated"
    QStringList events;    // newest last: "Normal HorizontalScalingStarted: …"
};

// Submits an OperationPlan and follows it to the end: watches the object it made (or the rolled
// Deployment, or the deleted Backup) with a WatchStream on its name, reading its events on each
// change, until a final phase, the timeout or cancel(). Like an informer, it reads the object once
// after submitting and again whenever the watch ends (then watches anew from what it read); while
// the watch runs, a slow read (kFallbackPollMs) covers a watch that is silently stuck.
// finished() exactly once after start(). Destroying the run stops following; what was submitted
// goes on in the cluster. Lives on the client's thread; the KubeClient must outlive it.
class OperationRun final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Submitting, Running, Cancelling, Succeeded, Failed, Cancelled, TimedOut };
    Q_ENUM(State)

    OperationRun(KubeClient *client, const OperationPlan &plan, QObject *parent = nullptr);

    // The read right after submitting and after a watch ends; while watching, reads come every
    // kFallbackPollMs at most.
    void setPollInterval(int ms) { m_pollMs = ms; }
    static constexpr int kFallbackPollMs = 15'000;
    void setTimeout(qint64 ms) { m_timeoutMs = ms; } // 0: no timeout
    void start();
    // KubeBlocks cancels Horizontal/VerticalScaling (the Cluster goes back to how it was); other
    // operations cannot be cancelled once submitted.
    bool canCancel() const;
    void cancel();

    const OperationPlan &plan() const { return m_plan; }
    State state() const { return m_state; }
    const OperationProgress &progress() const { return m_progress; }
    QString createdName() const { return m_createdName; }
    QString message() const { return m_message; }
    static QString stateId(State state); // "succeeded", …
    static QString stateText(State state); // translated
    static bool isFinal(State state);

signals:
    void stateChanged(sd::OperationRun::State state);
    void progressed(const sd::OperationProgress &progress);
    void finished(sd::OperationRun::State outcome, const QString &message);

private:
    void submit();
    void onSubmitted(const KubeResponse &response);
    void poll();
    void onObject(const KubeResponse &response);
    void onState(const nlohmann::json &object);
    void onGone();
    void startWatch(const QString &resourceVersion);
    void readEvents();
    void evaluateOps(const nlohmann::json &object);
    void evaluateBackup(const nlohmann::json &object);
    void evaluateRestore(const nlohmann::json &object);
    void evaluateDeployment(const nlohmann::json &object);
    void setState(State state);
    void finish(State outcome, const QString &message);
    // The object reached a final phase: finish once its events are read.
    void conclude(State outcome, const QString &message);
    void schedulePoll();

    KubeClient *m_client; // not owned
    OperationPlan m_plan;
    ApiResource m_trackType;
    QString m_createdName;
    qint64 m_generation = 0;
    State m_state = State::Idle;
    OperationProgress m_progress;
    QString m_message;
    QSet<QString> m_seenEvents;
    QPointer<QObject> m_work; // owns the requests in flight and the watch
    QPointer<WatchStream> m_watch; // child of m_work while it runs
    QTimer m_pollTimer;
    QTimer m_timeoutTimer;
    int m_pollMs = 1000;
    qint64 m_timeoutMs = 600'000;
    bool m_cancelSent = false;
    std::optional<std::pair<State, QString>> m_outcome;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::OperationProgress)
