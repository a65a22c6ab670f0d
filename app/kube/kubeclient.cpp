#include "kube/kubeclient.h"

#include "common/version.h"
#include "kube/authenticator.h"
#include "kube/discovery.h"
#include "kube/kubestream.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sd {

namespace {
void addWriteQuery(QUrlQuery &q, bool dryRun, const QString &fieldManager)
{
    if (dryRun)
        q.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    if (!fieldManager.isEmpty())
        q.addQueryItem(QStringLiteral("fieldManager"), fieldManager);
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

KubeClient::KubeClient(const ClusterConnection &connection, ExecTrustPolicy trust,
                       const KubeClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
    , m_rateLimiter(options.qps, options.burst)
{
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = "stackdeck/" + Version::number().toLatin1();
    m_clock.start();
    m_auth = std::make_unique<Authenticator>(m_connection, std::move(trust));
    m_nam = createManager();
    m_discovery = std::make_unique<Discovery>(this);
}

KubeClient::~KubeClient()
{
    // Discovery owns requests that refer back to this client: end them first.
    m_discovery.reset();
}

std::unique_ptr<QNetworkAccessManager> KubeClient::createManager()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    if (m_connection.proxy)
        nam->setProxy(*m_connection.proxy);
    // Redirects are not followed: a redirect would carry the credentials elsewhere.
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}

QNetworkAccessManager *KubeClient::acquireStreamManager()
{
    for (auto &m : m_streamManagers) {
        if (m.streams < m_options.streamsPerConnectionPool) {
            ++m.streams;
            return m.nam.get();
        }
    }
    m_streamManagers.push_back({createManager(), 1});
    return m_streamManagers.back().nam.get();
}

void KubeClient::releaseStreamManager(QNetworkAccessManager *nam)
{
    for (auto &m : m_streamManagers) {
        if (m.nam.get() == nam) {
            --m.streams;
            return;
        }
    }
}

qint64 KubeClient::reserveRateLimit()
{
    return m_rateLimiter.reserve(m_clock.elapsed());
}

void KubeClient::credentialsChanged()
{
    // Connections are cached without regard to the client certificate they were opened with.
    m_nam->clearConnectionCache();
}

QNetworkRequest KubeClient::buildNetworkRequest(const KubeRequestSpec &spec,
                                                const Credentials &credentials) const
{
    QUrl url = m_connection.server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + spec.path);
    url.setQuery(spec.query);
    QNetworkRequest req(url);
    req.setRawHeader("User-Agent", m_options.userAgent);
    req.setRawHeader("Accept", spec.accept);
    if (!spec.contentType.isEmpty())
        req.setRawHeader("Content-Type", spec.contentType);
    for (const auto &[name, value] : spec.headers)
        req.setRawHeader(name, value);
    for (const auto &[name, value] : credentials.headers)
        req.setRawHeader(name, value);
    QSslConfiguration ssl = m_connection.sslConfiguration;
    if (!credentials.clientCertificate.isNull()) {
        ssl.setLocalCertificate(credentials.clientCertificate);
        ssl.setPrivateKey(credentials.clientKey);
    }
    req.setSslConfiguration(ssl);
    if (!m_connection.tlsServerName.isEmpty())
        req.setPeerVerifyName(m_connection.tlsServerName);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    return req;
}

KubeRequest *KubeClient::request(const KubeRequestSpec &spec, QObject *parent)
{
    KubeRequestSpec s = spec;
    if (s.timeoutMs <= 0)
        s.timeoutMs = m_options.requestTimeoutMs;
    return new KubeRequest(this, std::move(s), parent);
}

KubeRequest *KubeClient::send(KubeRequestSpec spec, QObject *parent)
{
    spec.timeoutMs = m_options.requestTimeoutMs; // the built-in verbs use the client's timeout
    return request(spec, parent);
}

KubeRequest *KubeClient::version(QObject *parent)
{
    KubeRequestSpec s;
    s.path = QStringLiteral("/version");
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::get(const ApiResource &type, const QString &ns, const QString &name,
                             QObject *parent)
{
    KubeRequestSpec s;
    s.path = type.objectPath(ns, name);
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::list(const ApiResource &type, const QString &ns,
                              const ListOptions &options, QObject *parent)
{
    KubeRequestSpec s;
    s.path = type.collectionPath(ns);
    if (!options.labelSelector.isEmpty())
        s.query.addQueryItem(QStringLiteral("labelSelector"), options.labelSelector);
    if (!options.fieldSelector.isEmpty())
        s.query.addQueryItem(QStringLiteral("fieldSelector"), options.fieldSelector);
    if (options.limit > 0)
        s.query.addQueryItem(QStringLiteral("limit"), QString::number(options.limit));
    if (!options.continueToken.isEmpty())
        s.query.addQueryItem(QStringLiteral("continue"), options.continueToken);
    if (!options.resourceVersion.isEmpty())
        s.query.addQueryItem(QStringLiteral("resourceVersion"), options.resourceVersion);
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::create(const ApiResource &type, const QString &ns,
                                const QJsonObject &object, const WriteOptions &options,
                                QObject *parent)
{
    KubeRequestSpec s;
    s.method = "POST";
    s.path = type.collectionPath(ns);
    s.contentType = "application/json";
    s.body = toJson(object);
    s.idempotent = false;
    addWriteQuery(s.query, options.dryRun, options.fieldManager);
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::update(const ApiResource &type, const QString &ns,
                                const QJsonObject &object, const WriteOptions &options,
                                QObject *parent)
{
    KubeRequestSpec s;
    s.method = "PUT";
    const QString name =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    s.path = type.objectPath(ns, name);
    s.contentType = "application/json";
    s.body = toJson(object);
    s.idempotent = false;
    addWriteQuery(s.query, options.dryRun, options.fieldManager);
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::remove(const ApiResource &type, const QString &ns, const QString &name,
                                const DeleteOptions &options, QObject *parent)
{
    KubeRequestSpec s;
    s.method = "DELETE";
    s.path = type.objectPath(ns, name);
    s.contentType = "application/json";
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("DeleteOptions")},
                     {QStringLiteral("apiVersion"), QStringLiteral("v1")}};
    if (!options.propagationPolicy.isEmpty())
        body.insert(QStringLiteral("propagationPolicy"), options.propagationPolicy);
    if (options.gracePeriodSeconds >= 0)
        body.insert(QStringLiteral("gracePeriodSeconds"), options.gracePeriodSeconds);
    if (options.dryRun)
        body.insert(QStringLiteral("dryRun"), QJsonArray{QStringLiteral("All")});
    s.body = toJson(body);
    s.idempotent = false;
    if (options.dryRun)
        s.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::mergePatch(const ApiResource &type, const QString &ns,
                                    const QString &name, const QJsonObject &patch,
                                    const WriteOptions &options, QObject *parent)
{
    KubeRequestSpec s;
    s.method = "PATCH";
    s.path = type.objectPath(ns, name);
    s.contentType = "application/merge-patch+json";
    s.body = toJson(patch);
    s.idempotent = false;
    addWriteQuery(s.query, options.dryRun, options.fieldManager);
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::apply(const ApiResource &type, const QString &ns, const QString &name,
                               const QByteArray &manifest, const ApplyOptions &options,
                               QObject *parent)
{
    KubeRequestSpec s;
    s.method = "PATCH";
    s.path = type.objectPath(ns, name);
    s.contentType = "application/apply-patch+yaml";
    s.body = manifest;
    s.idempotent = true; // applying the same manifest twice has the same result
    addWriteQuery(s.query, options.dryRun, options.fieldManager);
    if (options.force)
        s.query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    return send(std::move(s), parent);
}

KubeRequest *KubeClient::accessReview(const QString &verb, const QString &group,
                                      const QString &resource, const QString &ns,
                                      const QString &name, const QString &subresource,
                                      QObject *parent)
{
    QJsonObject attrs{{QStringLiteral("verb"), verb},
                      {QStringLiteral("group"), group},
                      {QStringLiteral("resource"), resource}};
    if (!ns.isEmpty())
        attrs.insert(QStringLiteral("namespace"), ns);
    if (!name.isEmpty())
        attrs.insert(QStringLiteral("name"), name);
    if (!subresource.isEmpty())
        attrs.insert(QStringLiteral("subresource"), subresource);
    const QJsonObject review{
        {QStringLiteral("apiVersion"), QStringLiteral("authorization.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("SelfSubjectAccessReview")},
        {QStringLiteral("spec"), QJsonObject{{QStringLiteral("resourceAttributes"), attrs}}}};
    KubeRequestSpec s;
    s.method = "POST";
    s.path = QStringLiteral("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews");
    s.contentType = "application/json";
    s.body = toJson(review);
    s.idempotent = true; // a review stores nothing
    return send(std::move(s), parent);
}

bool KubeClient::accessAllowed(const KubeResponse &response, QString *reason)
{
    if (!response.ok()) {
        if (reason)
            *reason = response.error.text();
        return false;
    }
    const QJsonObject status = response.object().value(QLatin1String("status")).toObject();
    if (reason)
        *reason = status.value(QLatin1String("reason")).toString();
    return status.value(QLatin1String("allowed")).toBool();
}

KubeStream *KubeClient::stream(const KubeRequestSpec &spec, int idleTimeoutMs, QObject *parent)
{
    KubeRequestSpec s = spec;
    if (s.timeoutMs <= 0)
        s.timeoutMs = m_options.requestTimeoutMs;
    return new KubeStream(this, std::move(s), idleTimeoutMs, parent);
}

} // namespace sd
