#pragma once

#include "kubesim/authorizer.h"
#include "kubesim/execsession.h"
#include "kubesim/httprequest.h"
#include "kubesim/resourcetype.h"
#include "kubesim/tlsmaterial.h"

#include <QHash>
#include <QSet>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace sd::sim {

class KubeBlocks;

class HttpConnection;
class HttpServer;
class LogBook;
class MetricsRegistry;
class ProcessTable;
class Store;
class WatchStream;
struct WatchEvent;

// The simulated kube-apiserver: authentication, RBAC, discovery, OpenAPI, CRUD with patch and
// server-side apply, watch, pods/log and pods/exec, driven by HttpServer requests. Internal to
// kubesim (the public face is Cluster). Lives on the cluster's server thread; all methods must be
// called there (Cluster marshals knob calls with QMetaObject::invokeMethod).
class ApiServer final : public QObject
{
    Q_OBJECT
public:
    ApiServer(Store *store, LogBook *logs, MetricsRegistry *metrics, const TlsMaterial &tls, QObject *parent = nullptr);
    ~ApiServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();

    void addToken(const QString &token, const UserInfo &user);
    // The container processes services/pods proxy requests reach (null: every proxy answers 503).
    void setProcesses(const ProcessTable *processes) { m_processes = processes; }
    // Exec handlers are tried newest first; the built-in commands answer when none does.
    void addExecHandler(const ExecHandler &handler) { m_execHandlers.prepend(handler); }
    // The operator the admin endpoint's datastore chaos goes to (not owned; may be null).
    void setKubeBlocks(KubeBlocks *kubeBlocks) { m_kubeBlocks = kubeBlocks; }

    // Fault knobs (see Cluster).
    void dropWatches();
    void failNextWatches(int count) { m_failNextWatches = count; }
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    void setErrorShares(double throttled, double serverErrors);
    void cutLogStreams();
    // How long a graceful pod deletion takes before the object goes away (seconds are simulated, not real).
    void setPodTerminationMs(int milliseconds) { m_podTerminationMs = milliseconds; }

    const std::vector<ResourceType> &resourceTypes() const { return m_types; }

private:
    struct Context;

    void onRequest(HttpConnection *connection, const HttpRequest &request);
    void dispatch(HttpConnection *connection, const HttpRequest &request);
    bool authenticate(HttpConnection *connection, const HttpRequest &request, UserInfo *user) const;
    void handleNonResource(Context &ctx);
    void handleResource(Context &ctx);
    void handleAdmin(Context &ctx);

    // Answers shared by several handlers, worded as the real server words them.
    void sendNotFound(Context &ctx);
    void sendMethodNotAllowed(Context &ctx, const nlohmann::json &details = nullptr);
    void sendModifiedConflict(Context &ctx);
    // The request's labelSelector and fieldSelector; answers 400 itself when either is malformed.
    struct Selectors;
    std::optional<Selectors> readSelectors(Context &ctx);
    // Built-in validation plus the CRD schema (applying its defaults); answers 422 itself.
    bool checkContent(Context &ctx, nlohmann::json &object, const QString &name);
    // The pod and container a log or exec request addresses; answers 404/400 itself.
    std::optional<std::pair<nlohmann::json, QString>> podContainer(Context &ctx);

    // The request body as JSON (JSON, YAML or Kubernetes protobuf); answers 400/415 itself on failure.
    std::optional<nlohmann::json> readBody(Context &ctx);
    void doGet(Context &ctx);
    void doList(Context &ctx);
    void doWatch(Context &ctx);
    void doCreate(Context &ctx);
    void doUpdate(Context &ctx);
    void doPatch(Context &ctx);
    void doApply(Context &ctx, const std::optional<nlohmann::json> &live, nlohmann::json applied, bool force);
    void doDelete(Context &ctx);
    void doDeleteCollection(Context &ctx);
    void doScale(Context &ctx);
    void doLog(Context &ctx);
    void doExec(Context &ctx);
    void doReview(Context &ctx);
    void doMetrics(Context &ctx);
    void doProxy(Context &ctx);
    // Runs a read-modify-write handler like the real server's GuaranteedUpdate: a write without the
    // client's resourceVersion precondition that lost a race with a controller is recomputed on the
    // newer object instead of answering 409.
    void guaranteedUpdate(Context &ctx, void (ApiServer::*handler)(Context &));

    // Shared write path of update/patch/apply: validates, keeps server-owned fields, bumps generation,
    // tracks managedFields, writes (unless dry run) and answers.
    void commitUpdate(Context &ctx, const nlohmann::json &live, nlohmann::json updated, bool statusOnly,
                      const QString &operation, int successCode);
    void finishCreate(Context &ctx, nlohmann::json object, const QString &operation);
    bool validateForWrite(Context &ctx, nlohmann::json &object, bool creating, bool checkContent = true);
    void applyDefaults(const ResourceType &type, nlohmann::json &object) const;
    // Removes an object now and garbage-collects its dependents per `propagation`.
    void removeNow(const ResourceType &type, const QString &ns, const QString &name, const QString &propagation);
    void collectGarbage();
    void finalizeIfReady(const ResourceType &type, const QString &ns, const QString &name);

    void onStoreChanged(const WatchEvent &event);
    void rebuildTypes();

    const ResourceType *findType(const QString &group, const QString &version, const QString &plural) const;
    const ResourceType *typeForStorage(const QString &storageKey) const;
    nlohmann::json decorate(const ResourceType &type, const nlohmann::json &object) const;
    void sendJson(Context &ctx, int code, const nlohmann::json &body);
    void sendObject(Context &ctx, int code, const nlohmann::json &object);
    void sendError(HttpConnection *connection, int code, const QString &reason, const QString &message,
                   const nlohmann::json &details = nullptr, const HeaderList &extra = {});

    Store *m_store;    // not owned (Cluster)
    LogBook *m_logs;   // not owned (Cluster)
    KubeBlocks *m_kubeBlocks = nullptr;  // not owned (Cluster)
    MetricsRegistry *m_metrics;  // not owned (Cluster)
    const ProcessTable *m_processes = nullptr;  // not owned (Cluster)
    HttpServer *m_http;  // owned (child)
    TlsMaterial m_tls;
    Authorizer m_authorizer;
    QHash<QString, UserInfo> m_tokens;
    std::vector<ResourceType> m_types;
    QList<QPointer<WatchStream>> m_watches;
    QList<QPointer<QObject>> m_logStreams;

    int m_failNextWatches = 0;
    int m_latencyMs = 0;
    double m_throttleShare = 0;
    double m_serverErrorShare = 0;
    int m_podTerminationMs = 1000;
    QList<ExecHandler> m_execHandlers;
    QSet<QString> m_terminatedPods;  // uids of pods whose (simulated) grace period has passed
    QRandomGenerator m_random{20261126};
    quint32 m_nextClusterIp = 10;
    bool m_gcScheduled = false;
};

} // namespace sd::sim
