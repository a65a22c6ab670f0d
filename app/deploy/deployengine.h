#pragma once

#include "deploy/deploystep.h"
#include "kube/apiresource.h"
#include "stack/manifestgenerator.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;
struct KubeResponse;

struct DeployOptions
{
    int timeoutMs = 10 * 60 * 1000; // every wait (one Cluster, one tier's rollout, verify, a deletion)
    int pollIntervalMs = 1000;
    // Reachability checks through the API server's services/proxy, including the api's
    // admin-token call. Off only for clusters without the proxy subresource.
    bool verify = true;
};

// Applies or destroys a stack on a cluster, step by step.
//
// Apply: Namespace -> RBAC -> KubeBlocks Clusters -> wait for each Cluster to be Running and its
// account Secret -> owned Secrets (SecretKeeper: generated once, never regenerated) and
// ConfigMaps -> OpenIM components tier by tier (Services + Deployments, then wait for their
// rollout) -> verify (HTTP through services/proxy to each component, the api's admin-token call) ->
// prune (objects with the stack's labels the stack no longer generates). Every write is a
// server-side apply with fieldManager "stackdeck" (forced: the stack is the source of truth for
// what it generates), so a rerun after an interruption or a failure converges on the same state.
// A Namespace that exists and was not made by Stackdeck is used but never taken over.
//
// Destroy works from the labels on the live objects, not from the stack file, so nothing is
// orphaned: Deployments -> Services/ConfigMaps/Secrets -> Clusters (refusing the whole destroy up
// front when any has terminationPolicy DoNotTerminate; KubeBlocks honours Delete and WipeOut) ->
// RBAC -> the Namespace when Stackdeck made it. Each deletion is waited for.
//
// Progress: stepsReset() when a run starts (the list of steps is known then), stepChanged(i) on
// every change including the elapsed time during waits, finished() once per run unless a new run
// starts first. cancel() stops at once (requests in flight are aborted) and may be called from
// any slot, including one connected to stepChanged(). A finished engine may run again (retry).
// Lives on the KubeClient's thread; the client must outlive it.
class DeployEngine final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    explicit DeployEngine(KubeClient *client, QObject *parent = nullptr);
    ~DeployEngine() override;

    void setOptions(const DeployOptions &options) { m_options = options; }
    const DeployOptions &options() const { return m_options; }

    void apply(const Stack &stack);
    void destroy(const Stack &stack);
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<DeployStep> &steps() const { return m_steps; }
    static QString outcomeId(Outcome outcome); // succeeded | failed | cancelled

signals:
    void stepsReset();
    void stepChanged(int index);
    void finished(sd::DeployEngine::Outcome outcome, const QString &message);

private:
    struct Probe
    {
        bool done = false;
        QString message; // what is being waited for
        QString failure; // non-empty: give up now
    };
    using ProbeCallback = std::function<void(const Probe &)>;
    using ProbeFn = std::function<void(ProbeCallback)>;
    using Done = std::function<void(const QString &error)>;

    void begin(const Stack &stack);
    void addStep(const QString &id, const QString &title, std::function<void()> action);
    void startFirstStep();
    void runStep(int index);
    void stepSucceeded(const QString &message = {});
    void stepSkipped(const QString &message);
    void finishStep(const QString &message, DeployStep::State state); // and go on with the next
    void stepFailed(const QString &message);
    void setMessage(const QString &message, DeployStep::State state);
    void finish(Outcome outcome, const QString &message);
    void waitFor(ProbeFn probe);
    void poll();

    void send(KubeRequest *request, std::function<void(const KubeResponse &)> handler);
    std::optional<ApiResource> typeOf(const nlohmann::json &object) const;
    std::optional<ApiResource> typeOf(const QString &apiVersion, const QString &kind) const;
    void applyObjects(std::vector<nlohmann::json> objects, Done done);
    void latestEvent(const QString &objectPrefix, std::function<void(const QString &)> callback);
    void listStackObjects(const QList<QPair<QString, QString>> &kinds,
                          std::function<void(const std::vector<nlohmann::json> &, const QString &)> callback);
    void deleteObjects(std::vector<nlohmann::json> objects, Done done);
    void waitGone(const QList<QPair<QString, QString>> &kinds);

    // apply steps
    void prepare();
    void applyNamespace();
    void applyRbac();
    void applyClusters();
    void waitCluster(const DatastoreSpec &datastore);
    void applyConfig();
    void applyOwnedSecret(int index, Done done);
    void startTier(const QStringList &components);
    void verify();
    void prune();
    // destroy steps
    void inventory();
    void destroyKinds(const QList<QPair<QString, QString>> &kinds);
    void destroyNamespace();

    std::vector<nlohmann::json> generated(const QString &kind, const QString &component = {}) const;

    KubeClient *m_client; // not owned
    DeployOptions m_options;
    Stack m_stack;
    ManifestSet m_set;
    // m_set's objects converted once: each step looks them up, and converting them all again per
    // lookup (dump and parse) cost 20-35 ms of GUI thread per step with the dev stack.
    std::vector<nlohmann::json> m_objects;
    QList<DeployStep> m_steps;
    QList<std::function<void()>> m_actions;
    int m_current = -1;
    bool m_running = false;
    quint64 m_generation = 0;
    QPointer<QObject> m_work; // parent of requests in flight
    QElapsedTimer m_stepClock;
    QElapsedTimer m_waitClock;
    QTimer m_pollTimer;
    ProbeFn m_probe;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::DeployEngine::Outcome)
