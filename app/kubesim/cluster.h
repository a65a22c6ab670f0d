#pragma once

#include "kubesim/authorizer.h"
#include "kubesim/execsession.h"
#include "kubesim/simoptions.h"
#include "kubesim/tlsmaterial.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

class QThread;

namespace sd::sim {

class ApiServer;
class DataRegistry;
class KubeBlocks;
class ControllerManager;
class LogBook;
class MetricsRegistry;
class ProcessTable;
class Store;
struct WatchEvent;

// A simulated Kubernetes cluster for tests, benchmarks and `stackdeck --demo`: an HTTPS API server
// (kubectl 1.27–1.33 and the official Python client accept it) on its own thread, its object store,
// container logs and fault knobs.
//
// Usage:
//     sd::sim::Cluster cluster;
//     cluster.loadScenario(QStringLiteral("kubeblocks"));
//     if (!cluster.start()) qFatal("%s", qPrintable(cluster.errorString()));
//     cluster.writeKubeconfig(dir.filePath("kubeconfig"));
//
// Threading: construct, start and destroy on one thread (any thread with or without an event loop);
// all other methods are thread-safe and may be called while the server runs. The server thread is
// owned and joined by the destructor (stop()).
class Cluster final : public QObject
{
    Q_OBJECT
public:
    explicit Cluster(QObject *parent = nullptr);
    ~Cluster() override;

    // Behaviour knobs (time scale, seed, nodes, log rate); call before loadScenario() and start().
    void setOptions(const SimOptions &options);
    const SimOptions &options() const { return m_options; }
    // Changes the simulated speed of a running cluster (controllers and KubeBlocks), e.g. fast while
    // a demo sets itself up, then real time.
    void setTimeScale(double scale);
    // Holds log traffic and churn (SimOptions::logRate, churnRate) while paused.
    void setLoadPaused(bool paused);

    // Names of the built-in scenarios: "empty" (namespaces, three Ready nodes, DNS, default
    // StorageClass, RBAC with a `view` ClusterRole), "kubeblocks" (plus the KubeBlocks CRDs and
    // kb-system) and "scale:N" (plus N running pods in Deployments spread across namespaces).
    // The "openim" scenario deploys a stack with the deploy engine, so it lives outside this
    // library (app/demo).
    static QStringList scenarioNames();
    // Adds the scenario's objects to the store. False with errorString() for an unknown name.
    bool loadScenario(const QString &name);
    // KubeBlocks addons the "kubeblocks" scenario installs disabled (call before loadScenario()).
    void setDisabledAddons(const QStringList &addons) { m_disabledAddons = addons; }

    // Extra DNS names or IPs for the server certificate (call before start()).
    void setServerNames(const QStringList &names) { m_serverNames = names; }

    // Generates TLS material, listens and runs the API server on its own thread, and the controllers
    // (scheduler, kubelets, workload controllers) on another. Port 0 picks a free
    // port. False with errorString() on failure.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    QString errorString() const { return m_error; }

    // https://127.0.0.1:<port>
    QUrl url() const;
    QByteArray caCertificate() const;

    // Credentials (valid after start()): admin (system:masters) by token or client certificate, and
    // a read-only `viewer` token bound to the `view` ClusterRole.
    QString adminToken() const { return m_adminToken; }
    QString viewerToken() const { return m_viewerToken; }
    PemPair adminClientCertificate() const { return m_adminCert; }
    // Registers another bearer token (RBAC applies through bindings naming `user` or `groups`);
    // may be called before start().
    QString addToken(const QString &user, const QStringList &groups = {});
    // A client certificate for `user`/`groups`, signed by the cluster CA.
    PemPair issueClientCertificate(const QString &user, const QStringList &groups) const;

    // A kubeconfig with contexts `kubesim` (admin token, current), `kubesim-cert` (admin client
    // certificate) and `kubesim-viewer`; all PEM material inline (*-data fields). Mode 0600.
    bool writeKubeconfig(const QString &path, const QString &defaultNamespace = QStringLiteral("default"));

    // The object store (thread-safe): the controllers of part 2 read and write through it.
    Store *store() const { return m_store.get(); }
    LogBook *logs() const { return m_logs.get(); }
    // Simulated datastore contents and accounts (thread-safe): KubeBlocks backups/restores and workload traffic.
    DataRegistry *data() const { return m_data.get(); }
    // The simulated KubeBlocks operator (runs from start() to stop()): time scale and datastore chaos.
    KubeBlocks *kubeBlocks() const { return m_kubeBlocks.get(); }

    // ---- knobs for tests ----
    void appendLog(const QString &ns, const QString &pod, const QString &container, const QList<QByteArray> &lines);
    void restartContainerLog(const QString &ns, const QString &pod, const QString &container);
    // Exec handlers (tried newest first, before the built-in commands); may be added before start().
    void addExecHandler(const ExecHandler &handler);
    void dropWatches();
    // The next `count` watch requests answer a single 410 Expired ERROR event.
    void failNextWatches(int count);
    void setLatency(int milliseconds);
    // Shares (0..1) of API requests answered 429 + Retry-After: 1, and 503.
    void setErrorShares(double throttled, double serverErrors);
    void cutLogStreams();
    // Graceful pod deletion delay (simulated; default 1000 ms, capped by the pod's grace period).
    void setPodTerminationDelay(int milliseconds);
    // ---- chaos (the demo's Chaos menu; see chaos.h) ----
    bool killPod(const QString &ns, const QString &pod);
    bool crashLoopContainer(const QString &ns, const QString &pod, const QString &container, bool on = true);
    bool cordonNode(const QString &node, bool cordoned = true);
    // Any chaos action as one request (chaos.h: the same routing as POST /kubesim/v1/chaos).
    // False with `error` for a bad request or a missing target.
    bool chaos(const nlohmann::json &request, QString *error = nullptr);

    // Every change the store ever recorded, oldest first: the truth to count client events against.
    std::vector<WatchEvent> eventLog() const;

private:
    template<typename F> void onServer(F &&fn) const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<LogBook> m_logs;
    std::unique_ptr<MetricsRegistry> m_metrics;
    std::unique_ptr<ProcessTable> m_processes;
    std::unique_ptr<DataRegistry> m_data;
    std::unique_ptr<KubeBlocks> m_kubeBlocks;
    std::optional<TlsMaterial> m_tls;
    QThread *m_thread = nullptr;  // owned; joined in stop()
    ApiServer *m_api = nullptr;   // lives on m_thread; deleted there
    QThread *m_controllerThread = nullptr;      // owned; joined in stop()
    ControllerManager *m_controllers = nullptr; // lives on m_controllerThread; deleted there
    SimOptions m_options;
    bool m_loadPaused = false;
    QList<ExecHandler> m_execHandlers;
    QList<std::pair<QString, UserInfo>> m_extraTokens;
    QStringList m_serverNames;
    QStringList m_disabledAddons;
    QString m_error;
    QString m_adminToken;
    QString m_viewerToken;
    PemPair m_adminCert;
    quint16 m_port = 0;
    QHostAddress m_address;
};

} // namespace sd::sim
