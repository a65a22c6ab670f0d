#pragma once

#include "kube/apiresource.h"
#include "kube/clusterconnection.h"
#include "kube/exectrust.h"
#include "kube/kuberequest.h"
#include "kube/ratelimiter.h"
#include "kube/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <vector>

namespace sd {

class Authenticator;
class Discovery;
class KubeStream;
struct Credentials;

struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 0;              // 0: no pagination
    QString continueToken;
    QString resourceVersion;    // "" most recent; "0" any (served from cache)
};

struct WriteOptions
{
    bool dryRun = false;                            // dryRun=All: validated, nothing stored
    QString fieldManager = QStringLiteral("stackdeck");
};

struct DeleteOptions
{
    bool dryRun = false;
    QString propagationPolicy = QStringLiteral("Background"); // Foreground | Background | Orphan
    int gracePeriodSeconds = -1;                               // -1: the object's default
};

struct ApplyOptions
{
    bool dryRun = false;
    bool force = false;                              // take over fields other managers own
    QString fieldManager = QStringLiteral("stackdeck");
};

struct KubeClientOptions
{
    RetryPolicy retry;
    double qps = 50.0;
    int burst = 100;
    int requestTimeoutMs = 30'000;
    int streamsPerConnectionPool = 5; // QNetworkAccessManager opens at most 6 connections per host
    QByteArray userAgent;             // default: stackdeck/<version>
};

// A connection to one cluster as one user. Hands out KubeRequest and KubeStream objects (which
// must not outlive it). Ordinary requests share one QNetworkAccessManager; long-lived streams
// (watches, log follows) use a separate pool of managers, at most streamsPerConnectionPool
// streams each, so they never take the connections ordinary requests need. Lives on one thread
// (normally the GUI thread); network I/O runs in Qt's HTTP threads and JSON decoding in the
// global thread pool.
class KubeClient final : public QObject
{
    Q_OBJECT
public:
    KubeClient(const ClusterConnection &connection, ExecTrustPolicy trust = {},
               const KubeClientOptions &options = {}, QObject *parent = nullptr);
    ~KubeClient() override;

    const ClusterConnection &connection() const { return m_connection; }
    const KubeClientOptions &options() const { return m_options; }
    Authenticator *authenticator() const { return m_auth.get(); }
    Discovery *discovery() const { return m_discovery.get(); }

    // Any request. The caller (or parent) owns the result.
    KubeRequest *request(const KubeRequestSpec &spec, QObject *parent = nullptr);

    KubeRequest *version(QObject *parent = nullptr);
    KubeRequest *get(const ApiResource &type, const QString &ns, const QString &name,
                     QObject *parent = nullptr);
    KubeRequest *list(const ApiResource &type, const QString &ns, const ListOptions &options = {},
                      QObject *parent = nullptr);
    KubeRequest *create(const ApiResource &type, const QString &ns, const QJsonObject &object,
                        const WriteOptions &options = {}, QObject *parent = nullptr);
    // PUT; the object's metadata.resourceVersion makes a stale update fail with 409 Conflict.
    KubeRequest *update(const ApiResource &type, const QString &ns, const QJsonObject &object,
                        const WriteOptions &options = {}, QObject *parent = nullptr);
    KubeRequest *remove(const ApiResource &type, const QString &ns, const QString &name,
                        const DeleteOptions &options = {}, QObject *parent = nullptr);
    KubeRequest *mergePatch(const ApiResource &type, const QString &ns, const QString &name,
                            const QJsonObject &patch, const WriteOptions &options = {},
                            QObject *parent = nullptr);
    // Server-side apply (application/apply-patch+yaml); manifest is YAML or JSON. A 409 carries
    // the conflicting field paths in KubeError::conflictFields().
    KubeRequest *apply(const ApiResource &type, const QString &ns, const QString &name,
                       const QByteArray &manifest, const ApplyOptions &options = {},
                       QObject *parent = nullptr);
    // SelfSubjectAccessReview; read the answer with accessAllowed().
    KubeRequest *accessReview(const QString &verb, const QString &group, const QString &resource,
                              const QString &ns = {}, const QString &name = {},
                              const QString &subresource = {}, QObject *parent = nullptr);
    static bool accessAllowed(const KubeResponse &response, QString *reason = nullptr);

    // A long-lived streaming GET on its own connection (watch, log follow).
    KubeStream *stream(const KubeRequestSpec &spec, int idleTimeoutMs, QObject *parent = nullptr);

    // Internal, for KubeRequest/KubeStream.
    QNetworkRequest buildNetworkRequest(const KubeRequestSpec &spec, const Credentials &credentials) const;
    QNetworkAccessManager *requestManager() const { return m_nam.get(); }
    QNetworkAccessManager *acquireStreamManager();
    void releaseStreamManager(QNetworkAccessManager *nam);
    qint64 reserveRateLimit();
    void credentialsChanged();

private:
    KubeRequest *send(KubeRequestSpec spec, QObject *parent);
    std::unique_ptr<QNetworkAccessManager> createManager();

    ClusterConnection m_connection;
    KubeClientOptions m_options;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    struct StreamManager
    {
        std::unique_ptr<QNetworkAccessManager> nam;
        int streams = 0;
    };
    std::vector<StreamManager> m_streamManagers;
    RateLimiter m_rateLimiter;
    QElapsedTimer m_clock;
};

} // namespace sd
