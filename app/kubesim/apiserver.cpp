#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/httpconnection.h"
#include "kubesim/httpserver.h"
#include "kubesim/logstream.h"
#include "kubesim/store.h"
#include "kubesim/tables.h"
#include "kubesim/watchstream.h"

#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace sd::sim {

QList<QMap<QByteArray, QByteArray>> acceptEntries(const QByteArray &accept)
{
    QList<QMap<QByteArray, QByteArray>> out;
    for (const QByteArray &entry : accept.split(',')) {
        QMap<QByteArray, QByteArray> params;
        const QList<QByteArray> parts = entry.split(';');
        params.insert("", parts.value(0).trimmed());
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq > 0)
                params.insert(p.left(eq).trimmed(), p.mid(eq + 1).trimmed());
        }
        out.append(params);
    }
    return out;
}

namespace {
bool wantsTable(const QByteArray &accept)
{
    for (const auto &e : acceptEntries(accept)) {
        if (e.value("as") == "Table" && e.value("g") == "meta.k8s.io")
            return true;
        if (e.value("") == "application/json" && !e.contains("as"))
            return false;
    }
    return false;
}

} // namespace

ApiServer::ApiServer(Store *store, LogBook *logs, MetricsRegistry *metrics, const TlsMaterial &tls, QObject *parent)
    : QObject(parent), m_store(store), m_logs(logs), m_metrics(metrics), m_http(new HttpServer(tls, this)), m_tls(tls), m_authorizer(store)
{
    connect(m_http, &HttpServer::requestReceived, this, &ApiServer::onRequest);
    connect(m_store, &Store::changed, this, &ApiServer::onStoreChanged);
    rebuildTypes();
}

ApiServer::~ApiServer() = default;

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    return m_http->listen(address, port, error);
}

quint16 ApiServer::port() const { return m_http->port(); }

void ApiServer::close()
{
    for (const auto &w : std::as_const(m_watches)) {
        if (w)
            w->finish();
    }
    m_http->close();
}

void ApiServer::addToken(const QString &token, const UserInfo &user) { m_tokens.insert(token, user); }

void ApiServer::dropWatches()
{
    const auto watches = m_watches;
    m_watches.clear();
    for (const auto &w : watches) {
        if (w)
            w->drop();
    }
}

void ApiServer::setErrorShares(double throttled, double serverErrors)
{
    m_throttleShare = std::clamp(throttled, 0.0, 1.0);
    m_serverErrorShare = std::clamp(serverErrors, 0.0, 1.0);
}

void ApiServer::cutLogStreams()
{
    const auto streams = m_logStreams;
    m_logStreams.clear();
    for (const auto &l : streams) {
        if (auto *stream = qobject_cast<LogStream *>(l.data()))
            stream->cut();
    }
}

void ApiServer::rebuildTypes()
{
    m_types = builtinResourceTypes();
    for (const JsonPtr &crd : m_store->list(QStringLiteral("apiextensions.k8s.io/customresourcedefinitions")).items) {
        if (!crd->value("metadata", json::object()).contains("deletionTimestamp")) {
            for (ResourceType &t : resourceTypesFromCrd(*crd))
                m_types.push_back(std::move(t));
        }
    }
}

const ResourceType *ApiServer::findType(const QString &group, const QString &version, const QString &plural) const
{
    for (const ResourceType &t : m_types) {
        if (t.group == group && t.version == version && t.plural == plural)
            return &t;
    }
    return nullptr;
}

const ResourceType *ApiServer::typeForStorage(const QString &storageKey) const
{
    for (const ResourceType &t : m_types) {
        if (t.storageKey() == storageKey)
            return &t;
    }
    return nullptr;
}

void ApiServer::onStoreChanged(const WatchEvent &event)
{
    // Deletions by controllers (pods the kubelet removed, ReplicaSets pruned) can complete a
    // foreground deletion or orphan dependents: the garbage collector looks again, once per turn.
    if (event.type == WatchEvent::Deleted && !m_gcScheduled) {
        m_gcScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_gcScheduled = false;
            collectGarbage();
        });
    }
    if (event.resource == QStringLiteral("apiextensions.k8s.io/customresourcedefinitions"))
        rebuildTypes();
    m_watches.removeAll(nullptr);
    WatchStream::SharedEncoding shared;
    for (const auto &w : std::as_const(m_watches)) {
        if (w && w->resource() == event.resource)
            w->deliver(event, &shared);
    }
}

json ApiServer::decorate(const ResourceType &type, const json &object) const
{
    json out = object;
    out["apiVersion"] = type.groupVersion().toStdString();
    out["kind"] = type.kind.toStdString();
    return out;
}


void ApiServer::sendError(HttpConnection *connection, int code, const QString &reason, const QString &message,
                          const json &details, const HeaderList &extra)
{
    if (!connection)
        return;
    connection->respond(code, "application/json",
                        QByteArray::fromStdString(statusJson(code, reason, message, details).dump()), extra);
}

void ApiServer::sendJson(Context &ctx, int code, const json &body)
{
    if (ctx.conn)
        ctx.conn->respond(code, "application/json", QByteArray::fromStdString(body.dump()), ctx.headers);
}

void ApiServer::sendObject(Context &ctx, int code, const json &object)
{
    if (ctx.transform) {
        sendJson(ctx, code, ctx.transform(object));
        return;
    }
    if (ctx.table && ctx.type && object.value("kind", std::string()) != "Status") {
        json table = makeTable(*ctx.type, {&object}, ctx.include);
        table["metadata"]["resourceVersion"] = object["metadata"].value("resourceVersion", std::string());
        sendJson(ctx, code, table);
        return;
    }
    sendJson(ctx, code, object);
}

void ApiServer::sendNotFound(Context &ctx)
{
    sendError(ctx.conn, 404, QStringLiteral("NotFound"),
              QStringLiteral("%1 \"%2\" not found").arg(ctx.type->qualifiedName(), ctx.name),
              resourceDetails(*ctx.type, ctx.name));
}

void ApiServer::sendMethodNotAllowed(Context &ctx, const json &details)
{
    sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
              QStringLiteral("the server does not allow this method on the requested resource"), details);
}

void ApiServer::guaranteedUpdate(Context &ctx, void (ApiServer::*handler)(Context &))
{
    constexpr int kAttempts = 50;
    for (int attempt = 1;; ++attempt) {
        Context tryCtx = ctx;
        if (ctx.type == &ctx.typeCopy)
            tryCtx.type = &tryCtx.typeCopy;
        (this->*handler)(tryCtx);
        if (!tryCtx.lostRace)
            return;
        if (tryCtx.rvPrecondition || attempt == kAttempts) {
            sendModifiedConflict(tryCtx);
            return;
        }
    }
}

void ApiServer::sendModifiedConflict(Context &ctx)
{
    sendError(ctx.conn, 409, QStringLiteral("Conflict"),
              QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
                             "your changes to the latest version and try again")
                  .arg(ctx.type->qualifiedName(), ctx.name),
              resourceDetails(*ctx.type, ctx.name));
}

std::optional<ApiServer::Selectors> ApiServer::readSelectors(Context &ctx)
{
    QString error;
    const auto labels = LabelSelector::parse(ctx.req.query(u"labelSelector"), &error);
    const auto fields = labels ? FieldSelector::parse(ctx.req.query(u"fieldSelector"), &error) : std::nullopt;
    if (!labels || !fields) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return std::nullopt;
    }
    return Selectors{*labels, *fields};
}

bool ApiServer::authenticate(HttpConnection *connection, const HttpRequest &request, UserInfo *user) const
{
    const QByteArray auth = request.header("authorization");
    if (auth.startsWith("Bearer ")) {
        auto it = m_tokens.constFind(QString::fromUtf8(auth.mid(7).trimmed()));
        if (it == m_tokens.cend())
            return false;
        *user = *it;
    } else {
        const QSslCertificate cert = connection->socket()->peerCertificate();
        if (cert.isNull() || !m_tls.verifyClient(cert.toDer()))
            return false;
        user->name = cert.subjectInfo(QSslCertificate::CommonName).value(0);
        user->groups = cert.subjectInfo(QSslCertificate::Organization);
    }
    if (!user->groups.contains(QStringLiteral("system:authenticated")))
        user->groups.append(QStringLiteral("system:authenticated"));
    return true;
}

void ApiServer::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (m_latencyMs <= 0) {
        dispatch(connection, request);
        return;
    }
    QPointer<HttpConnection> guard(connection);
    QTimer::singleShot(m_latencyMs, this, [this, guard, request] {
        if (guard)
            dispatch(guard, request);
    });
}

void ApiServer::dispatch(HttpConnection *connection, const HttpRequest &request)
{
    Context ctx;
    ctx.conn = connection;
    ctx.req = request;
    for (const QByteArray &seg : request.path.split('/')) {
        if (!seg.isEmpty())
            ctx.segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(seg)));
    }
    const QString path = QLatin1Char('/') + ctx.segments.join(QLatin1Char('/'));
    static const QStringList health = {QStringLiteral("/healthz"), QStringLiteral("/livez"), QStringLiteral("/readyz")};
    if (health.contains(path) && request.method == "GET") {
        connection->respond(200, "text/plain; charset=utf-8", "ok");
        return;
    }
    if (!authenticate(connection, request, &ctx.user)) {
        sendError(connection, 401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"));
        return;
    }
    const bool admin = ctx.segments.value(0) == QStringLiteral("kubesim");
    if (!admin && (m_throttleShare > 0 || m_serverErrorShare > 0)) {
        const double roll = m_random.generateDouble();
        if (roll < m_throttleShare) {
            sendError(connection, 429, QStringLiteral("TooManyRequests"),
                      QStringLiteral("Too many requests, please try again later."),
                      json{{"causes", {{{"reason", "TooManyRequests"}, {"message", "Too many requests"}}}},
                           {"retryAfterSeconds", 1}},
                      {{"Retry-After", "1"}});
            return;
        }
        if (roll < m_throttleShare + m_serverErrorShare) {
            sendError(connection, 503, QStringLiteral("ServiceUnavailable"),
                      QStringLiteral("the server is currently unable to handle the request"));
            return;
        }
    }
    ctx.table = wantsTable(request.header("accept"));
    const QString include = request.query(u"includeObject");
    if (include == QStringLiteral("Object"))
        ctx.include = IncludeObject::Object;
    else if (include == QStringLiteral("None"))
        ctx.include = IncludeObject::None;
    ctx.dryRun = request.queryAll(u"dryRun").contains(QStringLiteral("All"));

    if (admin) {
        handleAdmin(ctx);
        return;
    }
    const QString root = ctx.segments.value(0);
    const bool resourcePath = (root == QStringLiteral("api") && ctx.segments.size() > 2)
                              || (root == QStringLiteral("apis") && ctx.segments.size() > 3);
    if (resourcePath)
        handleResource(ctx);
    else
        handleNonResource(ctx);
}

void ApiServer::handleResource(Context &ctx)
{
    QString group;
    QString version;
    QStringList rest;
    if (ctx.segments[0] == QStringLiteral("api")) {
        version = ctx.segments[1];
        rest = ctx.segments.mid(2);
    } else {
        group = ctx.segments[1];
        version = ctx.segments[2];
        rest = ctx.segments.mid(3);
    }
    QString plural;
    if (rest.value(0) == QStringLiteral("namespaces") && rest.size() >= 3 && rest[2] != QStringLiteral("status")
        && rest[2] != QStringLiteral("finalize")) {
        ctx.ns = rest[1];
        plural = rest[2];
        ctx.name = rest.value(3);
        ctx.sub = rest.mid(4).join(QLatin1Char('/'));
    } else {
        plural = rest[0];
        ctx.name = rest.value(1);
        ctx.sub = rest.mid(2).join(QLatin1Char('/'));
    }
    if (const ResourceType *found = findType(group, version, plural)) {
        ctx.typeCopy = *found;
        ctx.type = &ctx.typeCopy;
    }
    const bool scopeMismatch = ctx.type
                               && ((!ctx.type->namespaced && !ctx.ns.isEmpty())
                                   || (ctx.type->namespaced && ctx.ns.isEmpty() && !ctx.name.isEmpty()));
    if (!ctx.type || scopeMismatch || (!ctx.sub.isEmpty() && !ctx.type->hasSubresource(ctx.sub.section(u'/', 0, 0)))) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("the server could not find the requested resource"),
                  json{{"causes", {{{"reason", "UnexpectedServerResponse"}, {"message", "404 page not found"}}}}});
        return;
    }
    const QByteArray &m = ctx.req.method;
    const bool item = !ctx.name.isEmpty();
    if (m == "GET") {
        if (ctx.sub == QStringLiteral("exec") || ctx.sub == QStringLiteral("attach") || ctx.sub == QStringLiteral("portforward"))
            ctx.verb = QStringLiteral("create");
        else if (item)
            ctx.verb = QStringLiteral("get");
        else
            ctx.verb = ctx.req.queryBool(u"watch") ? QStringLiteral("watch") : QStringLiteral("list");
    } else if (m == "POST") {
        ctx.verb = QStringLiteral("create");
    } else if (m == "PUT") {
        ctx.verb = QStringLiteral("update");
    } else if (m == "PATCH") {
        ctx.verb = QStringLiteral("patch");
    } else if (m == "DELETE") {
        ctx.verb = item ? QStringLiteral("delete") : QStringLiteral("deletecollection");
    } else {
        sendMethodNotAllowed(ctx);
        return;
    }
    RequestAttributes attrs{ctx.verb, ctx.type->group, ctx.type->plural, ctx.sub, ctx.ns, ctx.name, {}, true};
    if (!m_authorizer.allowed(ctx.user, attrs)) {
        QString message = QStringLiteral("%1 is forbidden: User \"%2\" cannot %3 resource \"%4\" in API group \"%5\"")
                              .arg(ctx.name.isEmpty() ? ctx.type->qualifiedName()
                                                      : QStringLiteral("%1 \"%2\"").arg(ctx.type->qualifiedName(), ctx.name),
                                   ctx.user.name, ctx.verb,
                                   ctx.sub.isEmpty() ? ctx.type->plural : ctx.type->plural + QLatin1Char('/') + ctx.sub,
                                   ctx.type->group);
        message += ctx.ns.isEmpty() ? QStringLiteral(" at the cluster scope")
                                    : QStringLiteral(" in the namespace \"%1\"").arg(ctx.ns);
        sendError(ctx.conn, 403, QStringLiteral("Forbidden"), message, resourceDetails(*ctx.type, ctx.name));
        return;
    }
    const bool verbServed = ctx.type->hasVerb(ctx.verb) || !ctx.sub.isEmpty();
    if (!verbServed) {
        sendMethodNotAllowed(ctx, resourceDetails(*ctx.type, ctx.name));
        return;
    }
    if (ctx.type->group == QStringLiteral("metrics.k8s.io")) {
        doMetrics(ctx);
        return;
    }
    if (ctx.type->group == QStringLiteral("authorization.k8s.io")) {
        doReview(ctx);
        return;
    }
    if (ctx.sub == QStringLiteral("log")) {
        doLog(ctx);
        return;
    }
    if (ctx.sub == QStringLiteral("exec") || ctx.sub == QStringLiteral("attach")) {
        doExec(ctx);
        return;
    }
    if (ctx.sub == QStringLiteral("proxy") || ctx.sub.startsWith(QStringLiteral("proxy/"))) {
        doProxy(ctx);
        return;
    }
    if (ctx.sub == QStringLiteral("portforward")) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("%1 is not supported by kubesim").arg(ctx.type->plural + QLatin1Char('/') + ctx.sub));
        return;
    }
    if (ctx.sub == QStringLiteral("scale")) {
        guaranteedUpdate(ctx, &ApiServer::doScale);
        return;
    }
    if (ctx.verb == QStringLiteral("get"))
        doGet(ctx);
    else if (ctx.verb == QStringLiteral("list"))
        doList(ctx);
    else if (ctx.verb == QStringLiteral("watch"))
        doWatch(ctx);
    else if (ctx.verb == QStringLiteral("create") && !item)
        doCreate(ctx);
    else if (ctx.verb == QStringLiteral("update") && item)
        guaranteedUpdate(ctx, &ApiServer::doUpdate);
    else if (ctx.verb == QStringLiteral("patch") && item)
        guaranteedUpdate(ctx, &ApiServer::doPatch);
    else if (ctx.verb == QStringLiteral("delete"))
        doDelete(ctx);
    else if (ctx.verb == QStringLiteral("deletecollection"))
        doDeleteCollection(ctx);
    else
        sendMethodNotAllowed(ctx);
}

} // namespace sd::sim
