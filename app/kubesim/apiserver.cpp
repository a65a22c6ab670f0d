#include "kubesim/apiserver.h"

#include "kubesim/discovery.h"
#include "kubesim/execsession.h"
#include "kubesim/httpconnection.h"
#include "kubesim/httpserver.h"
#include "kubesim/logbook.h"
#include "kubesim/logstream.h"
#include "kubesim/patch.h"
#include "kubesim/protobuf.h"
#include "kubesim/selectors.h"
#include "kubesim/store.h"
#include "kubesim/tables.h"
#include "kubesim/validation.h"
#include "kubesim/watchstream.h"
#include "kubesim/yamljson.h"
#include "schema/validator.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <QUuid>

namespace sd::sim {

using json = nlohmann::json;

struct ApiServer::Context
{
    QPointer<HttpConnection> conn;
    HttpRequest req;
    UserInfo user;
    QStringList segments;
    const ResourceType *type = nullptr;  // points at typeCopy: m_types may be rebuilt while handling
    ResourceType typeCopy;
    QString ns;
    QString name;
    QString sub;
    QString verb;
    bool table = false;
    IncludeObject include = IncludeObject::Metadata;
    bool dryRun = false;
    HeaderList headers;  // Warning headers collected while handling
    std::function<json(const json &)> transform;  // /scale answers a Scale, not the object
};

namespace {
constexpr const char *kKubeVersion = "v1.30.0";

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

std::string s(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QString qs(const json &j, const char *key) { return QString::fromStdString(s(j, key)); }

QString metaName(const json &obj) { return qs(obj.value("metadata", json::object()), "name"); }
QString metaNamespace(const json &obj) { return qs(obj.value("metadata", json::object()), "namespace"); }

json statusJson(int code, const QString &reason, const QString &message, const json &details = nullptr)
{
    json st = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", json::object()}, {"status", "Failure"},
               {"message", message.toStdString()}, {"reason", reason.toStdString()}, {"code", code}};
    if (!details.is_null())
        st["details"] = details;
    return st;
}

json resourceDetails(const ResourceType &type, const QString &name)
{
    json d = {{"name", name.toStdString()}, {"kind", type.plural.toStdString()}};
    if (!type.group.isEmpty())
        d["group"] = type.group.toStdString();
    return d;
}

QString randomSuffix(QRandomGenerator &rng, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet - 1))]));
    return out;
}

// The media type parameters of each Accept entry, in the client's order.
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

// The aggregated discovery version the client prefers ("v2", "v2beta1"), or empty for legacy.
QByteArray aggregatedVersion(const QByteArray &accept)
{
    for (const auto &e : acceptEntries(accept)) {
        if (e.value("as") == "APIGroupDiscoveryList" && e.value("g") == "apidiscovery.k8s.io"
            && (e.value("v") == "v2" || e.value("v") == "v2beta1"))
            return e.value("v");
        if (e.value("") == "application/json" && !e.contains("as"))
            return {};
    }
    return {};
}

QString userAgentManager(const HttpRequest &req)
{
    QString ua = QString::fromUtf8(req.header("user-agent"));
    const qsizetype slash = ua.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        ua = ua.left(slash);
    return ua.left(128);
}

// Keeps managedFields in step with a non-apply write: the writer owns what it changed, the others
// lose those fields.
void trackUpdate(json &updated, const json *old, const QString &manager, const QString &apiVersion, bool status)
{
    json entries = old ? old->value("metadata", json::object()).value("managedFields", json::array()) : json::array();
    const FieldSet newFields = fieldSetOf(updated, status);
    FieldSet changed;
    if (!old) {
        changed = newFields;
    } else {
        const FieldSet oldFields = fieldSetOf(*old, status);
        for (const FieldPath &p : newFields) {
            bool found = false;
            const json before = valueAt(*old, p, &found);
            if (!found || before != valueAt(updated, p))
                changed.insert(p);
        }
        for (const FieldPath &p : oldFields) {
            if (!newFields.count(p))
                changed.insert(p);
        }
    }
    json out = json::array();
    FieldSet mine;
    const std::string mgr = manager.toStdString();
    const std::string sub = status ? "status" : "";
    for (const auto &e : entries) {
        if (!e.is_object())
            continue;
        FieldSet set = fieldSetFromJson(e.value("fieldsV1", json::object()));
        const bool same = s(e, "manager") == mgr && s(e, "operation") == "Update" && s(e, "subresource") == sub;
        for (const FieldPath &p : changed)
            set.erase(p);
        if (same) {
            for (const FieldPath &p : set)
                mine.insert(p);
            continue;
        }
        if (set.empty())
            continue;
        json kept = e;
        kept["fieldsV1"] = fieldSetToJson(set);
        out.push_back(kept);
    }
    for (const FieldPath &p : changed) {
        if (newFields.count(p))
            mine.insert(p);
    }
    if (!mine.empty()) {
        json entry = {{"manager", mgr}, {"operation", "Update"}, {"apiVersion", apiVersion.toStdString()},
                      {"time", nowText().toStdString()}, {"fieldsType", "FieldsV1"}, {"fieldsV1", fieldSetToJson(mine)}};
        if (status)
            entry["subresource"] = "status";
        out.push_back(entry);
    }
    updated["metadata"]["managedFields"] = out;
}
} // namespace

ApiServer::ApiServer(Store *store, LogBook *logs, const TlsMaterial &tls, QObject *parent)
    : QObject(parent), m_store(store), m_logs(logs), m_http(new HttpServer(tls, this)), m_tls(tls), m_authorizer(store)
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

void ApiServer::handleNonResource(Context &ctx)
{
    const QString path = QLatin1Char('/') + ctx.segments.join(QLatin1Char('/'));
    RequestAttributes attrs;
    attrs.resourceRequest = false;
    attrs.verb = ctx.req.method == "GET" ? QStringLiteral("get") : QString::fromLatin1(ctx.req.method).toLower();
    attrs.path = path;
    if (!m_authorizer.allowed(ctx.user, attrs)) {
        sendError(ctx.conn, 403, QStringLiteral("Forbidden"),
                  QStringLiteral("forbidden: User \"%1\" cannot get path \"%2\"").arg(ctx.user.name, path));
        return;
    }
    if (ctx.req.method != "GET") {
        sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("the server does not allow this method on the requested resource"));
        return;
    }
    const QByteArray accept = ctx.req.header("accept");
    if (path == QStringLiteral("/version")) {
        sendJson(ctx, 200, {{"major", "1"}, {"minor", "30"}, {"gitVersion", kKubeVersion},
                            {"gitCommit", "0000000000000000000000000000000000000000"}, {"gitTreeState", "clean"},
                            {"buildDate", "2026-11-26T00:00:00Z"}, {"goVersion", "go1.22.0"}, {"compiler", "gc"},
                            {"platform", "linux/amd64"}});
        return;
    }
    if (path == QStringLiteral("/api") || path == QStringLiteral("/apis")) {
        const bool core = path == QStringLiteral("/api");
        const QByteArray version = aggregatedVersion(accept);
        if (!version.isEmpty()) {
            ctx.conn->respond(200,
                              "application/json;g=apidiscovery.k8s.io;v=" + version + ";as=APIGroupDiscoveryList",
                              QByteArray::fromStdString(discovery::aggregated(m_types, core, version.constData()).dump()),
                              {{"Vary", "Accept"}});
            return;
        }
        const QString address = QStringLiteral("127.0.0.1:%1").arg(port());
        sendJson(ctx, 200, core ? discovery::apiVersions(address) : discovery::apiGroupList(m_types));
        return;
    }
    if (ctx.segments.value(0) == QStringLiteral("api") && ctx.segments.size() == 2) {
        const json doc = discovery::apiResourceList(m_types, ctx.segments[1]);
        if (!doc.is_null()) {
            sendJson(ctx, 200, doc);
            return;
        }
    }
    if (ctx.segments.value(0) == QStringLiteral("apis") && ctx.segments.size() == 2) {
        const json doc = discovery::apiGroup(m_types, ctx.segments[1]);
        if (!doc.is_null()) {
            sendJson(ctx, 200, doc);
            return;
        }
    }
    if (ctx.segments.value(0) == QStringLiteral("apis") && ctx.segments.size() == 3) {
        const json doc = discovery::apiResourceList(m_types, ctx.segments[1] + QLatin1Char('/') + ctx.segments[2]);
        if (!doc.is_null()) {
            sendJson(ctx, 200, doc);
            return;
        }
    }
    if (path == QStringLiteral("/openapi/v2")) {
        if (accept.contains("protobuf")) {
            // An empty body is a valid empty openapi_v2.Document; kubectl then uses its compiled-in types.
            // The media type must not contain '@' (Go's mime parser rejects it).
            ctx.conn->respond(200, "application/com.github.proto-openapi.spec.v2.v1.0+protobuf", QByteArray());
        } else {
            sendJson(ctx, 200, {{"swagger", "2.0"}, {"info", {{"title", "Kubernetes"}, {"version", kKubeVersion}}},
                                {"paths", json::object()}, {"definitions", json::object()}});
        }
        return;
    }
    if (path == QStringLiteral("/openapi/v3")) {
        sendJson(ctx, 200, discovery::openApiV3Index(m_types));
        return;
    }
    if (path.startsWith(QStringLiteral("/openapi/v3/"))) {
        QStringList rest = ctx.segments.mid(2);
        QString gv;
        if (rest.value(0) == QStringLiteral("api") && rest.size() == 2)
            gv = rest[1];
        else if (rest.value(0) == QStringLiteral("apis") && rest.size() == 3)
            gv = rest[1] + QLatin1Char('/') + rest[2];
        bool served = false;
        for (const ResourceType &t : m_types)
            served = served || t.groupVersion() == gv;
        if (served) {
            sendJson(ctx, 200, discovery::openApiV3Document(m_types, gv));
            return;
        }
    }
    sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("the server could not find the requested resource"),
              json{{"causes", {{{"reason", "UnexpectedServerResponse"}, {"message", "404 page not found"}}}}});
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
        sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("the server does not allow this method on the requested resource"));
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
        sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("the server does not allow this method on the requested resource"),
                  resourceDetails(*ctx.type, ctx.name));
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
    if (ctx.sub == QStringLiteral("portforward") || ctx.sub.startsWith(QStringLiteral("proxy"))) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("%1 is not supported by kubesim").arg(ctx.type->plural + QLatin1Char('/') + ctx.sub));
        return;
    }
    if (ctx.sub == QStringLiteral("scale")) {
        doScale(ctx);
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
        doUpdate(ctx);
    else if (ctx.verb == QStringLiteral("patch") && item)
        doPatch(ctx);
    else if (ctx.verb == QStringLiteral("delete"))
        doDelete(ctx);
    else if (ctx.verb == QStringLiteral("deletecollection"))
        doDeleteCollection(ctx);
    else
        sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("the server does not allow this method on the requested resource"));
}

void ApiServer::doGet(Context &ctx)
{
    const auto obj = m_store->get(ctx.type->storageKey(), ctx.ns, ctx.name);
    if (!obj) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(ctx.type->qualifiedName(), ctx.name),
                  resourceDetails(*ctx.type, ctx.name));
        return;
    }
    sendObject(ctx, 200, decorate(*ctx.type, *obj));
}

void ApiServer::doList(Context &ctx)
{
    QString error;
    const auto labels = LabelSelector::parse(ctx.req.query(u"labelSelector"), &error);
    const auto fields = labels ? FieldSelector::parse(ctx.req.query(u"fieldSelector"), &error) : std::nullopt;
    if (!labels || !fields) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return;
    }
    const Store::List list = m_store->list(ctx.type->storageKey(), ctx.ns);
    const qint64 limit = ctx.req.query(u"limit").toLongLong();
    QString startAfter;
    if (const QString token = ctx.req.query(u"continue"); !token.isEmpty()) {
        const json t = json::parse(QByteArray::fromBase64(token.toLatin1()).toStdString(), nullptr, false);
        const quint64 rv = t.is_object() ? QString::fromStdString(s(t, "rv")).toULongLong() : 0;
        if (!t.is_object() || rv < m_store->oldestRetainedVersion()) {
            sendError(ctx.conn, 410, QStringLiteral("Expired"),
                      QStringLiteral("The provided continue parameter is too old to display a consistent list result. "
                                     "You can start a new list without the continue parameter."));
            return;
        }
        startAfter = qs(t, "start");
    }
    // Selected objects (indices into the list: shared, not copied) and the continue token of a limited page.
    std::vector<size_t> selected;
    QString next;
    qint64 remaining = 0;
    for (size_t i = 0; i < list.items.size(); ++i) {
        const json &obj = *list.items[i];
        const json &meta = obj["metadata"];
        const QString key = objectKey(qs(meta, "namespace"), qs(meta, "name"));
        if (!startAfter.isEmpty() && key <= startAfter)
            continue;
        if (!labels->matches(meta.value("labels", json::object())) || !fields->matches(obj))
            continue;
        if (limit > 0 && qint64(selected.size()) >= limit) {
            ++remaining;
            continue;
        }
        selected.push_back(i);
        if (limit > 0 && qint64(selected.size()) == limit)
            next = key;
    }
    json meta = {{"resourceVersion", std::to_string(list.resourceVersion)}};
    if (remaining > 0) {
        const std::string token = json{{"rv", std::to_string(list.resourceVersion)}, {"start", next.toStdString()}}.dump();
        meta["continue"] = QByteArray::fromStdString(token).toBase64().toStdString();
        meta["remainingItemCount"] = remaining;
    }
    const std::string apiVersion = ctx.type->groupVersion().toStdString();
    const std::string kind = ctx.type->kind.toStdString();
    auto needsDecoration = [&](const json &obj) {
        return obj.value("apiVersion", std::string()) != apiVersion || obj.value("kind", std::string()) != kind;
    };
    if (ctx.table) {
        std::vector<json> decorated;
        std::vector<const json *> rowObjects;
        decorated.reserve(selected.size());
        for (size_t i : selected) {
            const json &obj = *list.items[i];
            if (needsDecoration(obj)) {
                decorated.push_back(decorate(*ctx.type, obj));
                rowObjects.push_back(&decorated.back());
            } else {
                rowObjects.push_back(&obj);
            }
        }
        json table = makeTable(*ctx.type, rowObjects, ctx.include);
        table["metadata"] = meta;
        sendJson(ctx, 200, table);
        return;
    }
    // Lists concatenate the store's per-object encodings: no copy or re-encoding of the object trees.
    const QByteArray head = QByteArray::fromStdString("{\"kind\":" + json(ctx.type->listKind().toStdString()).dump()
                                                      + ",\"apiVersion\":" + json(apiVersion).dump()
                                                      + ",\"metadata\":" + meta.dump() + ",\"items\":[");
    qsizetype size = head.size() + 2;
    for (size_t i : selected)
        size += qsizetype(list.encoded[i]->size()) + 1;
    QByteArray body;
    body.reserve(size);
    body += head;
    bool first = true;
    for (size_t i : selected) {
        if (!first)
            body += ',';
        first = false;
        if (needsDecoration(*list.items[i]))
            body += QByteArray::fromStdString(decorate(*ctx.type, *list.items[i]).dump());
        else
            body.append(list.encoded[i]->data(), qsizetype(list.encoded[i]->size()));
    }
    body += "]}";
    if (ctx.conn)
        ctx.conn->respond(200, "application/json", body, ctx.headers);
}

void ApiServer::doWatch(Context &ctx)
{
    QString error;
    const auto labels = LabelSelector::parse(ctx.req.query(u"labelSelector"), &error);
    const auto fields = labels ? FieldSelector::parse(ctx.req.query(u"fieldSelector"), &error) : std::nullopt;
    if (!labels || !fields) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return;
    }
    if (ctx.req.queryBool(u"sendInitialEvents")) {
        // Watch-list is optional; rejecting it makes client-go fall back to list + watch.
        sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                  QStringLiteral("sendInitialEvents is not supported by this server"));
        return;
    }
    WatchStream::Options options;
    options.ns = ctx.ns;
    options.labels = *labels;
    options.fields = *fields;
    options.table = ctx.table;
    options.include = ctx.include;
    options.bookmarks = ctx.req.queryBool(u"allowWatchBookmarks");
    options.timeoutSeconds = ctx.req.query(u"timeoutSeconds").toInt();
    const ResourceType type = *ctx.type;
    auto *stream = new WatchStream(ctx.conn, type, options,
                                   [this, type](const json &o) { return decorate(type, o); }, this);
    m_watches.append(stream);

    const QString rvText = ctx.req.query(u"resourceVersion");
    const quint64 current = m_store->resourceVersion();
    if (m_failNextWatches > 0) {
        --m_failNextWatches;
        stream->start({}, {}, current);
        stream->fail(statusJson(410, QStringLiteral("Expired"),
                                QStringLiteral("too old resource version: %1 (%2)").arg(rvText).arg(current)));
        return;
    }
    if (rvText.isEmpty() || rvText == QStringLiteral("0")) {
        const Store::List list = m_store->list(type.storageKey(), ctx.ns);
        // Changes made by other threads between the list and now arrive later through onStoreChanged;
        // the stream skips versions it has already passed.
        stream->start(list.items, m_store->eventsSince(type.storageKey(), list.resourceVersion).value_or(std::vector<WatchEvent>{}),
                      list.resourceVersion);
        return;
    }
    bool ok = false;
    const quint64 rv = rvText.toULongLong(&ok);
    auto events = ok ? m_store->eventsSince(type.storageKey(), rv) : std::nullopt;
    if (!events) {
        stream->start({}, {}, current);
        stream->fail(statusJson(410, QStringLiteral("Expired"),
                                QStringLiteral("too old resource version: %1 (%2)").arg(rvText).arg(current)));
        return;
    }
    stream->start({}, *events, rv);
}

namespace {
QString invalidMessage(const ResourceType &type, const QString &name, const std::vector<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    const QString kind = type.group.isEmpty() ? type.kind : type.kind + QLatin1Char('.') + type.group;
    const QString joined = parts.size() == 1 ? parts[0] : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    return QStringLiteral("%1 \"%2\" is invalid: %3").arg(kind, name, joined);
}

json invalidDetails(const ResourceType &type, const QString &name, const std::vector<FieldError> &errors)
{
    json causes = json::array();
    for (const FieldError &e : errors)
        causes.push_back({{"reason", e.reason.toStdString()}, {"message", e.message.toStdString()},
                          {"field", e.field.toStdString()}});
    json d = {{"name", name.toStdString()}, {"kind", type.kind.toStdString()}, {"causes", causes}};
    if (!type.group.isEmpty())
        d["group"] = type.group.toStdString();
    return d;
}

const std::set<std::string> &knownMetadataFields()
{
    static const std::set<std::string> fields = {
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
        "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations",
        "ownerReferences", "finalizers", "managedFields"};
    return fields;
}

bool hasStatusSubresource(const ResourceType &type) { return type.hasSubresource(QStringLiteral("status")); }

// A custom resource against its CRD's openAPIV3Schema; applies the schema's defaults to `object`.
std::vector<FieldError> validateCustom(const ResourceType &type, json &object)
{
    std::vector<FieldError> out;
    if (!type.custom || !type.schema.is_object())
        return out;
    const schema::Validator::Result checked = schema::Validator(type.schema).validate(object, true);
    for (const schema::Issue &i : checked.issues)
        out.push_back({i.reason, i.field, i.message});
    object = checked.value;
    return out;
}
} // namespace

bool ApiServer::validateForWrite(Context &ctx, json &object, bool creating, bool checkContent)
{
    const ResourceType &type = *ctx.type;
    if (!object.is_object()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("the request body must be a JSON object"));
        return false;
    }
    const QString apiVersion = qs(object, "apiVersion");
    const QString kind = qs(object, "kind");
    if (!kind.isEmpty() && kind != type.kind) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the kind in the data (%1) does not match the expected kind (%2)").arg(kind, type.kind));
        return false;
    }
    const QString expectedGroup = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(u'/', 0, 0) : QString();
    if (!apiVersion.isEmpty() && (expectedGroup != type.group || !findType(type.group, apiVersion.section(u'/', -1), type.plural))) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                      .arg(apiVersion, type.groupVersion()));
        return false;
    }
    if (!object.contains("metadata") || !object["metadata"].is_object())
        object["metadata"] = json::object();
    json &meta = object["metadata"];
    const QString bodyNs = qs(meta, "namespace");
    if (type.namespaced) {
        if (!bodyNs.isEmpty() && bodyNs != ctx.ns) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the namespace of the provided object does not match the namespace sent on the "
                                     "request"));
            return false;
        }
        meta["namespace"] = ctx.ns.toStdString();
    } else {
        meta.erase("namespace");
    }
    if (!ctx.name.isEmpty() && !creating && metaName(object) != ctx.name) {
        if (metaName(object).isEmpty()) {
            meta["name"] = ctx.name.toStdString();
        } else {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                          .arg(metaName(object), ctx.name));
            return false;
        }
    }
    // Unknown metadata fields: the part of strict decoding every kind shares.
    QStringList unknown;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!knownMetadataFields().count(it.key()))
            unknown.append(QStringLiteral("unknown field \"metadata.%1\"").arg(QString::fromStdString(it.key())));
    }
    const QString validation = ctx.req.query(u"fieldValidation");
    if (!unknown.isEmpty()) {
        if (validation == QStringLiteral("Strict")) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("strict decoding error: ") + unknown.join(QStringLiteral(", ")));
            return false;
        }
        for (const QString &u : std::as_const(unknown)) {
            meta.erase(u.section(u'.', 1).chopped(1).toStdString());
            if (validation != QStringLiteral("Ignore"))
                ctx.headers.emplaceBack("Warning", "299 - \"" + u.toUtf8().replace('"', "\\\"") + '"');
        }
    }
    if (type.custom && type.schema.is_object()) {
        // Unknown fields of custom resources: pruned, and rejected or reported per fieldValidation.
        const schema::Validator::Result checked = schema::Validator(type.schema).validate(object, false);
        QStringList fields;
        for (const QString &f : checked.unknownFields)
            fields.append(QStringLiteral("unknown field \"%1\"").arg(f));
        if (!fields.isEmpty() && validation == QStringLiteral("Strict")) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("strict decoding error: ") + fields.join(QStringLiteral(", ")));
            return false;
        }
        if (validation != QStringLiteral("Ignore")) {
            for (const QString &f : std::as_const(fields))
                ctx.headers.emplaceBack("Warning", "299 - \"" + f.toUtf8().replace('"', "\\\"") + '"');
        }
        object = checked.value;
    }
    std::vector<FieldError> errors = checkContent ? validateObject(type, object) : std::vector<FieldError>();
    if (checkContent && errors.empty())
        errors = validateCustom(type, object);
    if (!errors.empty()) {
        sendError(ctx.conn, 422, QStringLiteral("Invalid"), invalidMessage(type, metaName(object), errors),
                  invalidDetails(type, metaName(object), errors));
        return false;
    }
    return true;
}

void ApiServer::applyDefaults(const ResourceType &type, json &object) const
{
    const QString &k = type.kind;
    auto defaultContainers = [](json &podSpec) {
        for (const char *list : {"initContainers", "containers"}) {
            if (!podSpec.contains(list) || !podSpec[list].is_array())
                continue;
            for (auto &c : podSpec[list]) {
                if (!c.is_object())
                    continue;
                const std::string image = c.value("image", std::string());
                const bool latest = image.find(':') == std::string::npos || image.size() < 7
                                    || image.substr(image.size() - 7) == ":latest";
                if (!c.contains("imagePullPolicy"))
                    c["imagePullPolicy"] = latest ? "Always" : "IfNotPresent";
                if (!c.contains("terminationMessagePath"))
                    c["terminationMessagePath"] = "/dev/termination-log";
                if (!c.contains("terminationMessagePolicy"))
                    c["terminationMessagePolicy"] = "File";
                if (!c.contains("resources"))
                    c["resources"] = json::object();
                if (c.contains("ports") && c["ports"].is_array()) {
                    for (auto &p : c["ports"]) {
                        if (p.is_object() && !p.contains("protocol"))
                            p["protocol"] = "TCP";
                    }
                }
            }
        }
        if (!podSpec.contains("restartPolicy"))
            podSpec["restartPolicy"] = "Always";
        if (!podSpec.contains("dnsPolicy"))
            podSpec["dnsPolicy"] = "ClusterFirst";
        if (!podSpec.contains("terminationGracePeriodSeconds"))
            podSpec["terminationGracePeriodSeconds"] = 30;
        if (!podSpec.contains("schedulerName"))
            podSpec["schedulerName"] = "default-scheduler";
        if (!podSpec.contains("securityContext"))
            podSpec["securityContext"] = json::object();
    };
    if (k == QStringLiteral("Pod")) {
        defaultContainers(object["spec"]);
        if (!object["spec"].contains("serviceAccountName"))
            object["spec"]["serviceAccountName"] = "default";
        if (!object.contains("status"))
            object["status"] = {{"phase", "Pending"}, {"qosClass", "BestEffort"}};
    } else if (k == QStringLiteral("Deployment") || k == QStringLiteral("StatefulSet") || k == QStringLiteral("ReplicaSet")) {
        json &spec = object["spec"];
        if (!spec.contains("replicas"))
            spec["replicas"] = 1;
        if (!spec.contains("revisionHistoryLimit") && k != QStringLiteral("ReplicaSet"))
            spec["revisionHistoryLimit"] = 10;
        if (k == QStringLiteral("Deployment")) {
            if (!spec.contains("strategy") || !spec["strategy"].is_object() || !spec["strategy"].contains("type"))
                spec["strategy"] = {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxUnavailable", "25%"}, {"maxSurge", "25%"}}}};
            if (!spec.contains("progressDeadlineSeconds"))
                spec["progressDeadlineSeconds"] = 600;
        }
        if (k == QStringLiteral("StatefulSet")) {
            if (!spec.contains("podManagementPolicy"))
                spec["podManagementPolicy"] = "OrderedReady";
            if (!spec.contains("updateStrategy"))
                spec["updateStrategy"] = {{"type", "RollingUpdate"}, {"rollingUpdate", {{"partition", 0}}}};
        }
        if (spec.contains("template") && spec["template"].is_object())
            defaultContainers(spec["template"]["spec"]);
        if (!object.contains("status"))
            object["status"] = json::object();
    } else if (k == QStringLiteral("Service")) {
        json &spec = object["spec"];
        if (!spec.contains("type"))
            spec["type"] = "ClusterIP";
        if (!spec.contains("sessionAffinity"))
            spec["sessionAffinity"] = "None";
        if (spec.value("type", std::string()) != "ExternalName" && !spec.contains("clusterIP")) {
            // Allocation happens in finishCreate (it needs a counter); mark it here.
            spec["clusterIP"] = "";
        }
        if (spec.contains("ports") && spec["ports"].is_array()) {
            for (auto &p : spec["ports"]) {
                if (!p.is_object())
                    continue;
                if (!p.contains("protocol"))
                    p["protocol"] = "TCP";
                if (!p.contains("targetPort") && p.contains("port"))
                    p["targetPort"] = p["port"];
            }
        }
        if (!object.contains("status"))
            object["status"] = {{"loadBalancer", json::object()}};
    } else if (k == QStringLiteral("Namespace")) {
        object["metadata"]["labels"]["kubernetes.io/metadata.name"] = object["metadata"]["name"];
        if (!object.contains("spec"))
            object["spec"] = {{"finalizers", {"kubernetes"}}};
        object["status"] = {{"phase", "Active"}};
    } else if (k == QStringLiteral("Secret")) {
        if (object.contains("stringData") && object["stringData"].is_object()) {
            for (auto it = object["stringData"].begin(); it != object["stringData"].end(); ++it) {
                const std::string v = it->is_string() ? it->get<std::string>() : it->dump();
                object["data"][it.key()] = QByteArray::fromStdString(v).toBase64().toStdString();
            }
            object.erase("stringData");
        }
        if (!object.contains("type"))
            object["type"] = "Opaque";
    } else if (k == QStringLiteral("PersistentVolumeClaim")) {
        if (!object.contains("status"))
            object["status"] = {{"phase", "Pending"}};
        if (!object["spec"].contains("volumeMode"))
            object["spec"]["volumeMode"] = "Filesystem";
    } else if (k == QStringLiteral("CustomResourceDefinition")) {
        const json names = object["spec"].value("names", json::object());
        json accepted = names;
        if (!accepted.contains("singular") && accepted.contains("kind"))
            accepted["singular"] = QString::fromStdString(accepted["kind"].get<std::string>()).toLower().toStdString();
        if (!accepted.contains("listKind") && accepted.contains("kind"))
            accepted["listKind"] = accepted["kind"].get<std::string>() + "List";
        json storedVersions = json::array();
        for (const auto &v : object["spec"].value("versions", json::array())) {
            if (v.value("storage", false))
                storedVersions.push_back(v.value("name", std::string()));
        }
        const std::string now = nowText().toStdString();
        object["status"] = {{"acceptedNames", accepted},
                            {"storedVersions", storedVersions},
                            {"conditions",
                             {{{"type", "NamesAccepted"}, {"status", "True"}, {"reason", "NoConflicts"},
                               {"message", "no conflicts found"}, {"lastTransitionTime", now}},
                              {{"type", "Established"}, {"status", "True"}, {"reason", "InitialNamesAccepted"},
                               {"message", "the initial names have been accepted"}, {"lastTransitionTime", now}}}}};
    }
}

std::optional<json> ApiServer::readBody(Context &ctx)
{
    const QByteArray contentType = ctx.req.header("content-type").split(';').value(0).trimmed();
    QString error;
    std::optional<json> parsed;
    if (contentType == "application/vnd.kubernetes.protobuf") {
        parsed = decodeKubernetesProtobuf(ctx.req.body, &error);
    } else if (contentType.isEmpty() || contentType == "application/json" || contentType == "application/yaml"
               || contentType == "*/*") {
        parsed = parseJsonOrYaml(ctx.req.body, &error);
    } else {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json, application/yaml, application/vnd.kubernetes.protobuf"));
        return std::nullopt;
    }
    if (!parsed) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the object provided is unrecognized or malformed: %1").arg(error));
    }
    return parsed;
}

void ApiServer::doCreate(Context &ctx)
{
    auto parsed = readBody(ctx);
    if (!parsed)
        return;
    json object = std::move(*parsed);
    if (object.is_object() && object.contains("metadata") && object["metadata"].is_object()) {
        json &meta = object["metadata"];
        if (s(meta, "name").empty() && !s(meta, "generateName").empty())
            meta["name"] = s(meta, "generateName") + randomSuffix(m_random, 5).toStdString();
    }
    if (!validateForWrite(ctx, object, true))
        return;
    finishCreate(ctx, std::move(object), QStringLiteral("Update"));
}

void ApiServer::finishCreate(Context &ctx, json object, const QString &operation)
{
    const ResourceType &type = *ctx.type;
    if (type.namespaced && !m_store->get(QStringLiteral("/namespaces"), {}, ctx.ns)) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("namespaces \"%1\" not found").arg(ctx.ns),
                  json{{"name", ctx.ns.toStdString()}, {"kind", "namespaces"}});
        return;
    }
    if (type.namespaced) {
        const auto ns = m_store->get(QStringLiteral("/namespaces"), {}, ctx.ns);
        if (ns && ns->value("metadata", json::object()).contains("deletionTimestamp")) {
            sendError(ctx.conn, 403, QStringLiteral("Forbidden"),
                      QStringLiteral("%1 \"%2\" is forbidden: unable to create new content in namespace %3 because it "
                                     "is being terminated")
                          .arg(type.qualifiedName(), metaName(object), ctx.ns));
            return;
        }
    }
    const QString name = metaName(object);
    json &meta = object["metadata"];
    meta["uid"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    meta["creationTimestamp"] = nowText().toStdString();
    meta.erase("resourceVersion");
    meta.erase("deletionTimestamp");
    meta.erase("deletionGracePeriodSeconds");
    if (operation != QStringLiteral("Apply"))
        meta.erase("managedFields");
    object["apiVersion"] = type.groupVersion().toStdString();
    object["kind"] = type.kind.toStdString();
    if (object.contains("spec") || type.custom)
        meta["generation"] = 1;
    // With a status subresource, status is written through /status only (a real server drops it here).
    if (type.custom && hasStatusSubresource(type))
        object.erase("status");
    applyDefaults(type, object);
    if (type.kind == QStringLiteral("Service") && object["spec"].value("clusterIP", std::string("x")).empty()) {
        const quint32 n = m_nextClusterIp++;
        object["spec"]["clusterIP"] = QStringLiteral("10.96.%1.%2").arg(n / 250).arg(n % 250 + 1).toStdString();
        object["spec"]["clusterIPs"] = json::array({object["spec"]["clusterIP"]});
    }
    if (operation == QStringLiteral("Update")) {
        QString manager = ctx.req.query(u"fieldManager");
        if (manager.isEmpty())
            manager = userAgentManager(ctx.req);
        trackUpdate(object, nullptr, manager, type.groupVersion(), false);
    }
    if (ctx.dryRun) {
        if (m_store->get(type.storageKey(), ctx.ns, name)) {
            sendError(ctx.conn, 409, QStringLiteral("AlreadyExists"),
                      QStringLiteral("%1 \"%2\" already exists").arg(type.qualifiedName(), name),
                      resourceDetails(type, name));
            return;
        }
        sendObject(ctx, 201, decorate(type, object));
        return;
    }
    bool exists = false;
    const auto stored = m_store->mutate(type.storageKey(), type.namespaced ? ctx.ns : QString(), name,
                                        [&](std::optional<json> &current) {
                                            if (current) {
                                                exists = true;
                                                return Store::Action::Keep;
                                            }
                                            current = std::move(object);
                                            return Store::Action::Write;
                                        });
    if (exists) {
        sendError(ctx.conn, 409, QStringLiteral("AlreadyExists"),
                  QStringLiteral("%1 \"%2\" already exists").arg(type.qualifiedName(), name), resourceDetails(type, name));
        return;
    }
    sendObject(ctx, 201, decorate(type, *stored));
}

void ApiServer::doUpdate(Context &ctx)
{
    auto parsed = readBody(ctx);
    if (!parsed)
        return;
    json object = std::move(*parsed);
    if (!validateForWrite(ctx, object, false))
        return;
    const auto live = m_store->get(ctx.type->storageKey(), ctx.ns, ctx.name);
    if (!live) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(ctx.type->qualifiedName(), ctx.name),
                  resourceDetails(*ctx.type, ctx.name));
        return;
    }
    commitUpdate(ctx, *live, std::move(object), ctx.sub == QStringLiteral("status"), QStringLiteral("Update"), 200);
}

void ApiServer::commitUpdate(Context &ctx, const json &live, json updated, bool statusOnly, const QString &operation,
                             int successCode)
{
    const ResourceType &type = *ctx.type;
    const std::string liveRv = s(live["metadata"], "resourceVersion");
    const std::string wantedRv = s(updated.value("metadata", json::object()), "resourceVersion");
    if (!wantedRv.empty() && wantedRv != liveRv) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
                                 "your changes to the latest version and try again")
                      .arg(type.qualifiedName(), ctx.name),
                  resourceDetails(type, ctx.name));
        return;
    }
    json &meta = updated["metadata"];
    const json &liveMeta = live["metadata"];
    for (const char *field : {"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"}) {
        if (liveMeta.contains(field))
            meta[field] = liveMeta[field];
        else
            meta.erase(field);
    }
    if (type.namespaced)
        meta["namespace"] = ctx.ns.toStdString();
    meta["name"] = ctx.name.toStdString();
    updated["apiVersion"] = type.groupVersion().toStdString();
    updated["kind"] = type.kind.toStdString();
    if (statusOnly) {
        json merged = live;
        merged["status"] = updated.value("status", json::object());
        merged["metadata"]["managedFields"] = liveMeta.value("managedFields", json::array());
        updated = merged;
    } else if (hasStatusSubresource(type)) {
        if (live.contains("status"))
            updated["status"] = live["status"];
        else
            updated.erase("status");
    }
    if (!statusOnly) {
        if (type.kind == QStringLiteral("Namespace"))
            updated["metadata"]["labels"]["kubernetes.io/metadata.name"] = ctx.name.toStdString();
        if (type.kind == QStringLiteral("Secret") && updated.contains("stringData"))
            applyDefaults(type, updated);
        const bool specChanged = updated.value("spec", json()) != live.value("spec", json())
                                 || (type.custom && [&] {
                                        json a = updated, b = live;
                                        for (json *j : {&a, &b}) {
                                            j->erase("metadata");
                                            j->erase("status");
                                        }
                                        return a != b;
                                    }());
        if (specChanged && liveMeta.contains("generation"))
            meta["generation"] = liveMeta["generation"].get<qint64>() + 1;
        if (type.kind == QStringLiteral("Service") && updated["spec"].value("clusterIP", std::string()).empty()
            && live["spec"].contains("clusterIP")) {
            updated["spec"]["clusterIP"] = live["spec"]["clusterIP"];
            if (live["spec"].contains("clusterIPs"))
                updated["spec"]["clusterIPs"] = live["spec"]["clusterIPs"];
        }
    }
    if (operation == QStringLiteral("Update")) {
        QString manager = ctx.req.query(u"fieldManager");
        if (manager.isEmpty())
            manager = userAgentManager(ctx.req);
        trackUpdate(updated, &live, manager, type.groupVersion(), statusOnly);
    }
    std::vector<FieldError> errors = validateObject(type, updated);
    if (errors.empty())
        errors = validateCustom(type, updated);
    if (!errors.empty()) {
        sendError(ctx.conn, 422, QStringLiteral("Invalid"), invalidMessage(type, ctx.name, errors),
                  invalidDetails(type, ctx.name, errors));
        return;
    }
    if (ctx.dryRun) {
        sendObject(ctx, successCode, decorate(type, updated));
        return;
    }
    bool conflict = false;
    bool unchanged = false;
    const auto stored = m_store->mutate(type.storageKey(), type.namespaced ? ctx.ns : QString(), ctx.name,
                                        [&](std::optional<json> &current) {
                                            if (!current || s((*current)["metadata"], "resourceVersion") != liveRv) {
                                                conflict = true;
                                                return Store::Action::Keep;
                                            }
                                            json a = *current, b = updated;
                                            a["metadata"].erase("resourceVersion");
                                            b["metadata"].erase("resourceVersion");
                                            a["metadata"].erase("managedFields");
                                            b["metadata"].erase("managedFields");
                                            if (a == b) {
                                                // No-op writes keep the resourceVersion, like the real server.
                                                unchanged = true;
                                                return Store::Action::Keep;
                                            }
                                            current = std::move(updated);
                                            return Store::Action::Write;
                                        });
    if (conflict) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
                                 "your changes to the latest version and try again")
                      .arg(type.qualifiedName(), ctx.name),
                  resourceDetails(type, ctx.name));
        return;
    }
    Q_UNUSED(unchanged);
    sendObject(ctx, successCode, decorate(type, *stored));
    finalizeIfReady(type, ctx.ns, ctx.name);
}

void ApiServer::doPatch(Context &ctx)
{
    const ResourceType &type = *ctx.type;
    const QByteArray contentType = ctx.req.header("content-type").split(';').value(0).trimmed();
    const bool apply = contentType == "application/apply-patch+yaml";
    const bool strategic = contentType == "application/strategic-merge-patch+json";
    const bool merge = contentType == "application/merge-patch+json";
    const bool jsonPatch = contentType == "application/json-patch+json";
    if (!apply && !strategic && !merge && !jsonPatch) {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json-patch+json, application/merge-patch+json, "
                                 "application/apply-patch+yaml%1")
                      .arg(type.custom ? QString() : QStringLiteral(", application/strategic-merge-patch+json")));
        return;
    }
    if (strategic && type.custom) {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"));
        return;
    }
    const bool force = ctx.req.queryBool(u"force");
    if (ctx.req.query(u"force").size() && !apply) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("force is only supported for apply patches"));
        return;
    }
    QString error;
    std::optional<json> patch;
    if (apply) {
        patch = parseJsonOrYaml(ctx.req.body, &error);
    } else {
        try {
            patch = json::parse(ctx.req.body.toStdString());
        } catch (const json::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    }
    if (!patch) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("error decoding patch: %1").arg(error));
        return;
    }
    const auto live = m_store->get(type.storageKey(), ctx.ns, ctx.name);
    if (apply) {
        doApply(ctx, live, std::move(*patch), force);
        return;
    }
    if (!live) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(type.qualifiedName(), ctx.name), resourceDetails(type, ctx.name));
        return;
    }
    json patched;
    try {
        const json current = decorate(type, *live);
        if (jsonPatch) {
            patched = current.patch(*patch);
        } else if (merge) {
            if (!patch->is_object())
                throw std::invalid_argument("a merge patch must be a JSON object");
            patched = current;
            patched.merge_patch(*patch);
        } else {
            patched = strategicMerge(current, *patch);
        }
    } catch (const std::exception &e) {
        sendError(ctx.conn, jsonPatch ? 422 : 400, jsonPatch ? QStringLiteral("Invalid") : QStringLiteral("BadRequest"),
                  QStringLiteral("the server rejected our request due to an error in our request: %1")
                      .arg(QString::fromUtf8(e.what())));
        return;
    }
    if (!validateForWrite(ctx, patched, false))
        return;
    // A patch carries a resourceVersion precondition only when it sets one explicitly.
    const std::string patchRv = patch->is_object() ? s(patch->value("metadata", json::object()), "resourceVersion") : "";
    if (patchRv.empty())
        patched["metadata"]["resourceVersion"] = (*live)["metadata"]["resourceVersion"];
    commitUpdate(ctx, *live, std::move(patched), ctx.sub == QStringLiteral("status"), QStringLiteral("Update"), 200);
}

void ApiServer::doApply(Context &ctx, const std::optional<json> &live, json applied, bool force)
{
    const ResourceType &type = *ctx.type;
    const QString manager = ctx.req.query(u"fieldManager");
    if (manager.isEmpty()) {
        sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                  QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for "
                                 "apply patch"),
                  json{{"kind", "PatchOptions"}, {"group", "meta.k8s.io"},
                       {"causes", {{{"reason", "FieldValueRequired"}, {"message", "Required value: is required for apply patch"},
                                    {"field", "fieldManager"}}}}});
        return;
    }
    if (!applied.is_object() || s(applied, "apiVersion").empty() || s(applied, "kind").empty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("apply patches must carry apiVersion and kind"));
        return;
    }
    // An apply configuration may be partial: the merged object is validated in commitUpdate.
    if (!validateForWrite(ctx, applied, false, false))
        return;
    const bool statusOnly = ctx.sub == QStringLiteral("status");
    const FieldSet appliedFields = fieldSetOf(applied, statusOnly);
    json applyEntry = {{"manager", manager.toStdString()}, {"operation", "Apply"},
                       {"apiVersion", type.groupVersion().toStdString()}, {"time", nowText().toStdString()},
                       {"fieldsType", "FieldsV1"}, {"fieldsV1", fieldSetToJson(appliedFields)}};
    if (statusOnly)
        applyEntry["subresource"] = "status";
    if (!live) {
        if (statusOnly) {
            sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                      QStringLiteral("%1 \"%2\" not found").arg(type.qualifiedName(), ctx.name),
                      resourceDetails(type, ctx.name));
            return;
        }
        if (metaName(applied).isEmpty())
            applied["metadata"]["name"] = ctx.name.toStdString();
        std::vector<FieldError> errors = validateObject(type, applied);
        if (errors.empty())
            errors = validateCustom(type, applied);
        if (!errors.empty()) {
            sendError(ctx.conn, 422, QStringLiteral("Invalid"), invalidMessage(type, metaName(applied), errors),
                      invalidDetails(type, metaName(applied), errors));
            return;
        }
        applied["metadata"]["managedFields"] = json::array({applyEntry});
        finishCreate(ctx, std::move(applied), QStringLiteral("Apply"));
        return;
    }
    const json current = decorate(type, *live);
    const json entries = current["metadata"].value("managedFields", json::array());
    struct Conflict
    {
        std::string manager;
        FieldPath path;
    };
    std::vector<Conflict> conflicts;
    for (const auto &e : entries) {
        if (s(e, "manager") == manager.toStdString() && s(e, "operation") == "Apply")
            continue;
        for (const FieldPath &p : fieldSetFromJson(e.value("fieldsV1", json::object()))) {
            // List element markers (k:/v:) state membership, not a value: they never conflict.
            if (!appliedFields.count(p) || p.back().rfind("f:", 0) != 0)
                continue;
            bool found = false;
            const json liveValue = valueAt(current, p, &found);
            if (found && liveValue != valueAt(applied, p))
                conflicts.push_back({s(e, "manager"), p});
        }
    }
    if (!conflicts.empty() && !force) {
        json causes = json::array();
        QStringList lines;
        for (const Conflict &c : conflicts) {
            const QString text = QStringLiteral("conflict with \"%1\" using %2")
                                     .arg(QString::fromStdString(c.manager), type.groupVersion());
            causes.push_back({{"reason", "FieldManagerConflict"}, {"message", text.toStdString()},
                              {"field", fieldPathText(c.path).toStdString()}});
            lines.append(fieldPathText(c.path));
        }
        QString message;
        if (conflicts.size() == 1) {
            message = QStringLiteral("Apply failed with 1 conflict: conflict with \"%1\" using %2: %3")
                          .arg(QString::fromStdString(conflicts[0].manager), type.groupVersion(), lines[0]);
        } else {
            message = QStringLiteral("Apply failed with %1 conflicts: conflicts with \"%2\" using %3:\n- %4")
                          .arg(conflicts.size())
                          .arg(QString::fromStdString(conflicts[0].manager), type.groupVersion(),
                               lines.join(QStringLiteral("\n- ")));
        }
        sendError(ctx.conn, 409, QStringLiteral("Conflict"), message, json{{"causes", causes}});
        return;
    }
    json others = json::array();
    FieldSet previous;
    FieldSet ownedByOthers;
    for (const auto &e : entries) {
        FieldSet set = fieldSetFromJson(e.value("fieldsV1", json::object()));
        if (s(e, "manager") == manager.toStdString() && s(e, "operation") == "Apply") {
            previous = set;
            continue;
        }
        if (force) {
            for (const Conflict &c : conflicts) {
                if (c.manager == s(e, "manager"))
                    set.erase(c.path);
            }
        }
        if (set.empty())
            continue;
        ownedByOthers.insert(set.begin(), set.end());
        json kept = e;
        kept["fieldsV1"] = fieldSetToJson(set);
        others.push_back(kept);
    }
    json merged = current;
    for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
        if (!appliedFields.count(*it) && !ownedByOthers.count(*it))
            removeAt(merged, *it);
    }
    json appliedBody = applied;
    appliedBody["metadata"].erase("managedFields");
    appliedBody["metadata"].erase("resourceVersion");
    merged = applyMerge(merged, appliedBody);
    others.push_back(applyEntry);
    merged["metadata"]["managedFields"] = others;
    merged["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"];
    commitUpdate(ctx, *live, std::move(merged), statusOnly, QStringLiteral("Apply"), 200);
}

namespace {
struct DeleteOptions
{
    std::optional<qint64> gracePeriod;
    QString propagation;
    std::string preconditionUid;
    std::string preconditionRv;
    QString error;
};

DeleteOptions parseDeleteOptions(const HttpRequest &req)
{
    DeleteOptions o;
    if (!req.body.trimmed().isEmpty()) {
        const json body = json::parse(req.body.toStdString(), nullptr, false);
        if (!body.is_object()) {
            o.error = QStringLiteral("the body of the request is not valid DeleteOptions");
            return o;
        }
        if (body.contains("gracePeriodSeconds") && body["gracePeriodSeconds"].is_number_integer())
            o.gracePeriod = body["gracePeriodSeconds"].get<qint64>();
        o.propagation = qs(body, "propagationPolicy");
        if (o.propagation.isEmpty() && body.contains("orphanDependents") && body["orphanDependents"].is_boolean())
            o.propagation = body["orphanDependents"].get<bool>() ? QStringLiteral("Orphan") : QStringLiteral("Background");
        const json pre = body.value("preconditions", json::object());
        o.preconditionUid = s(pre, "uid");
        o.preconditionRv = s(pre, "resourceVersion");
    }
    if (const QString g = req.query(u"gracePeriodSeconds"); !g.isEmpty())
        o.gracePeriod = g.toLongLong();
    if (const QString p = req.query(u"propagationPolicy"); !p.isEmpty())
        o.propagation = p;
    if (o.propagation.isEmpty())
        o.propagation = QStringLiteral("Background");
    static const QStringList policies = {QStringLiteral("Background"), QStringLiteral("Foreground"), QStringLiteral("Orphan")};
    if (!policies.contains(o.propagation))
        o.error = QStringLiteral("DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"%1\": "
                                 "supported values: \"Foreground\", \"Background\", \"Orphan\"")
                      .arg(o.propagation);
    return o;
}

bool hasFinalizer(const json &obj, const char *name)
{
    const json f = obj["metadata"].value("finalizers", json::array());
    return f.is_array() && std::find(f.begin(), f.end(), json(name)) != f.end();
}
} // namespace

void ApiServer::doDelete(Context &ctx)
{
    const ResourceType &type = *ctx.type;
    const DeleteOptions options = parseDeleteOptions(ctx.req);
    if (!options.error.isEmpty()) {
        sendError(ctx.conn, options.error.contains(QStringLiteral("invalid")) ? 422 : 400,
                  options.error.contains(QStringLiteral("invalid")) ? QStringLiteral("Invalid") : QStringLiteral("BadRequest"),
                  options.error);
        return;
    }
    const auto live = m_store->get(type.storageKey(), ctx.ns, ctx.name);
    if (!live) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(type.qualifiedName(), ctx.name), resourceDetails(type, ctx.name));
        return;
    }
    const json &meta = (*live)["metadata"];
    if (!options.preconditionUid.empty() && options.preconditionUid != s(meta, "uid")) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: UID in precondition: %3, "
                                 "UID in object meta: %4")
                      .arg(type.qualifiedName(), ctx.name, QString::fromStdString(options.preconditionUid), qs(meta, "uid")),
                  resourceDetails(type, ctx.name));
        return;
    }
    if (!options.preconditionRv.empty() && options.preconditionRv != s(meta, "resourceVersion")) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: ResourceVersion in "
                                 "precondition: %3, ResourceVersion in object meta: %4")
                      .arg(type.qualifiedName(), ctx.name, QString::fromStdString(options.preconditionRv),
                           qs(meta, "resourceVersion")),
                  resourceDetails(type, ctx.name));
        return;
    }
    qint64 grace = 0;
    if (type.kind == QStringLiteral("Pod")) {
        grace = options.gracePeriod.value_or((*live)["spec"].value("terminationGracePeriodSeconds", qint64(30)));
        if (s((*live)["spec"], "nodeName").empty())
            grace = 0;  // never scheduled: nothing to stop
    }
    json marked = *live;
    json &m = marked["metadata"];
    if (options.propagation == QStringLiteral("Foreground") && !hasFinalizer(marked, "foregroundDeletion"))
        m["finalizers"].push_back("foregroundDeletion");
    const bool finalizers = m.contains("finalizers") && m["finalizers"].is_array() && !m["finalizers"].empty();
    if (options.propagation == QStringLiteral("Orphan") && !ctx.dryRun) {
        const std::string uid = s(meta, "uid");
        QTimer::singleShot(0, this, [this, uid] {
            QSet<QString> seen;
            for (const ResourceType &t : m_types) {
                if (seen.contains(t.storageKey()))
                    continue;
                seen.insert(t.storageKey());
                for (const JsonPtr &obj : m_store->list(t.storageKey()).items) {
                    const json refs = (*obj)["metadata"].value("ownerReferences", json::array());
                    json kept = json::array();
                    for (const auto &r : refs) {
                        if (s(r, "uid") != uid)
                            kept.push_back(r);
                    }
                    if (kept.size() == refs.size())
                        continue;
                    m_store->mutate(t.storageKey(), metaNamespace(*obj), metaName(*obj), [&](std::optional<json> &cur) {
                        if (!cur)
                            return Store::Action::Keep;
                        if (kept.empty())
                            (*cur)["metadata"].erase("ownerReferences");
                        else
                            (*cur)["metadata"]["ownerReferences"] = kept;
                        return Store::Action::Write;
                    });
                }
            }
        });
    }
    if (finalizers || grace > 0) {
        if (!m.contains("deletionTimestamp")) {
            m["deletionTimestamp"] = QDateTime::currentDateTimeUtc().addSecs(grace).toString(Qt::ISODate).toStdString();
            m["deletionGracePeriodSeconds"] = grace;
        }
        if (ctx.dryRun) {
            sendObject(ctx, 200, decorate(type, marked));
            return;
        }
        const auto stored = m_store->put(type.storageKey(), marked);
        sendObject(ctx, options.propagation == QStringLiteral("Foreground") ? 202 : 200, decorate(type, stored));
        if (grace > 0) {
            const QString uid = qs(meta, "uid");
            const ResourceType t = type;
            const QString ns = ctx.ns;
            const QString name = ctx.name;
            QTimer::singleShot(int(std::min<qint64>(grace * 1000, m_podTerminationMs)), this, [this, t, ns, name, uid] {
                const auto pod = m_store->get(t.storageKey(), ns, name);
                if (!pod || qs((*pod)["metadata"], "uid") != uid)
                    return;
                m_terminatedPods.insert(uid);
                finalizeIfReady(t, ns, name);
            });
        }
        if (options.propagation == QStringLiteral("Foreground"))
            QTimer::singleShot(0, this, &ApiServer::collectGarbage);
        return;
    }
    if (ctx.dryRun) {
        if (type.custom)
            sendObject(ctx, 200, decorate(type, *live));
        else
            sendJson(ctx, 200, {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", json::object()}, {"status", "Success"},
                                {"details", {{"name", ctx.name.toStdString()}, {"group", type.group.toStdString()},
                                             {"kind", type.plural.toStdString()}, {"uid", s(meta, "uid")}}}});
        return;
    }
    removeNow(type, ctx.ns, ctx.name, options.propagation);
    if (type.custom) {
        sendObject(ctx, 200, decorate(type, *live));
    } else {
        sendJson(ctx, 200, {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", json::object()}, {"status", "Success"},
                            {"details", {{"name", ctx.name.toStdString()}, {"group", type.group.toStdString()},
                                         {"kind", type.plural.toStdString()}, {"uid", s(meta, "uid")}}}});
    }
}

void ApiServer::doDeleteCollection(Context &ctx)
{
    QString error;
    const auto labels = LabelSelector::parse(ctx.req.query(u"labelSelector"), &error);
    const auto fields = labels ? FieldSelector::parse(ctx.req.query(u"fieldSelector"), &error) : std::nullopt;
    if (!labels || !fields) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return;
    }
    json items = json::array();
    for (const JsonPtr &obj : m_store->list(ctx.type->storageKey(), ctx.ns).items) {
        if (!labels->matches((*obj)["metadata"].value("labels", json::object())) || !fields->matches(*obj))
            continue;
        items.push_back(decorate(*ctx.type, *obj));
        if (!ctx.dryRun)
            removeNow(*ctx.type, metaNamespace(*obj), metaName(*obj), QStringLiteral("Background"));
    }
    sendJson(ctx, 200, {{"kind", ctx.type->listKind().toStdString()}, {"apiVersion", ctx.type->groupVersion().toStdString()},
                        {"metadata", {{"resourceVersion", std::to_string(m_store->resourceVersion())}}}, {"items", items}});
}

void ApiServer::removeNow(const ResourceType &type, const QString &ns, const QString &name, const QString &propagation)
{
    if (!m_store->remove(type.storageKey(), type.namespaced ? ns : QString(), name))
        return;
    if (type.kind == QStringLiteral("Pod"))
        m_logs->removePod(ns, name);
    if (type.kind == QStringLiteral("CustomResourceDefinition")) {
        // The CRD's custom resources go with it (the real server's customresourcecleanup finalizer).
        const QString storageKey = name.section(QLatin1Char('.'), 1) + QLatin1Char('/') + name.section(QLatin1Char('.'), 0, 0);
        for (const JsonPtr &obj : m_store->list(storageKey).items)
            m_store->remove(storageKey, metaNamespace(*obj), metaName(*obj));
    }
    if (type.kind == QStringLiteral("Namespace")) {
        QSet<QString> seen;
        const std::vector<ResourceType> types = m_types;
        for (const ResourceType &t : types) {
            if (!t.namespaced || seen.contains(t.storageKey()) || t.group == QStringLiteral("metrics.k8s.io"))
                continue;
            seen.insert(t.storageKey());
            for (const JsonPtr &obj : m_store->list(t.storageKey(), name).items)
                removeNow(t, name, metaName(*obj), QStringLiteral("Background"));
        }
    }
    if (propagation != QStringLiteral("Orphan"))
        QTimer::singleShot(0, this, &ApiServer::collectGarbage);
}

void ApiServer::finalizeIfReady(const ResourceType &type, const QString &ns, const QString &name)
{
    const auto obj = m_store->get(type.storageKey(), type.namespaced ? ns : QString(), name);
    if (!obj)
        return;
    const json &meta = (*obj)["metadata"];
    if (!meta.contains("deletionTimestamp"))
        return;
    const json finalizers = meta.value("finalizers", json::array());
    if (finalizers.is_array() && !finalizers.empty())
        return;
    if (type.kind == QStringLiteral("Pod") && !s((*obj)["spec"], "nodeName").empty()
        && meta.value("deletionGracePeriodSeconds", 0) > 0 && !m_terminatedPods.contains(qs(meta, "uid")))
        return;
    m_terminatedPods.remove(qs(meta, "uid"));
    removeNow(type, ns, name, QStringLiteral("Background"));
}

void ApiServer::collectGarbage()
{
    // Owners that still exist, and owners being deleted in the foreground (their dependents go first).
    QSet<QString> uids;
    QSet<QString> foreground;
    std::vector<std::pair<ResourceType, JsonPtr>> all;
    QSet<QString> seen;
    const std::vector<ResourceType> types = m_types;
    for (const ResourceType &t : types) {
        if (seen.contains(t.storageKey()) || t.group == QStringLiteral("metrics.k8s.io"))
            continue;
        seen.insert(t.storageKey());
        for (const JsonPtr &obj : m_store->list(t.storageKey()).items) {
            const json &meta = (*obj)["metadata"];
            uids.insert(qs(meta, "uid"));
            if (meta.contains("deletionTimestamp") && hasFinalizer(*obj, "foregroundDeletion"))
                foreground.insert(qs(meta, "uid"));
            all.emplace_back(t, obj);
        }
    }
    QSet<QString> ownersWithDependents;
    bool changed = false;
    for (const auto &[t, obj] : all) {
        const json refs = (*obj)["metadata"].value("ownerReferences", json::array());
        if (!refs.is_array() || refs.empty())
            continue;
        bool anyAlive = false;
        bool foregroundOwner = false;
        for (const auto &r : refs) {
            const QString uid = qs(r, "uid");
            if (uids.contains(uid) && !foreground.contains(uid))
                anyAlive = true;
            if (foreground.contains(uid)) {
                foregroundOwner = true;
                ownersWithDependents.insert(uid);
            }
        }
        if (!anyAlive && !(*obj)["metadata"].contains("deletionTimestamp")) {
            const QString ns = metaNamespace(*obj);
            const QString name = metaName(*obj);
            if (foregroundOwner) {
                // Foreground cascades: dependents are themselves deleted in the foreground.
                m_store->mutate(t.storageKey(), ns, name, [](std::optional<json> &cur) {
                    if (!cur)
                        return Store::Action::Keep;
                    json &m = (*cur)["metadata"];
                    m["deletionTimestamp"] = nowText().toStdString();
                    m["deletionGracePeriodSeconds"] = 0;
                    if (!hasFinalizer(*cur, "foregroundDeletion"))
                        m["finalizers"].push_back("foregroundDeletion");
                    return Store::Action::Write;
                });
            } else {
                removeNow(t, ns, name, QStringLiteral("Background"));
            }
            changed = true;
        }
    }
    // Foreground owners whose dependents are all gone lose their finalizer and disappear.
    for (const auto &[t, obj] : all) {
        const QString uid = qs((*obj)["metadata"], "uid");
        if (!foreground.contains(uid) || ownersWithDependents.contains(uid))
            continue;
        const QString ns = metaNamespace(*obj);
        const QString name = metaName(*obj);
        m_store->mutate(t.storageKey(), ns, name, [](std::optional<json> &cur) {
            if (!cur)
                return Store::Action::Keep;
            json kept = json::array();
            for (const auto &f : (*cur)["metadata"].value("finalizers", json::array())) {
                if (f != "foregroundDeletion")
                    kept.push_back(f);
            }
            (*cur)["metadata"]["finalizers"] = kept;
            if (kept.empty())
                (*cur)["metadata"].erase("finalizers");
            return Store::Action::Write;
        });
        finalizeIfReady(t, ns, name);
        changed = true;
    }
    if (changed)
        QTimer::singleShot(0, this, &ApiServer::collectGarbage);
}

namespace {
void setSimplePath(json &object, const QString &path, const json &value)
{
    json *node = &object;
    const QStringList parts = path.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        node = &(*node)[p.toStdString()];
    *node = value;
}

QString selectorString(const json &selector)
{
    QStringList out;
    const json ml = selector.value("matchLabels", json::object());
    for (auto it = ml.begin(); ml.is_object() && it != ml.end(); ++it)
        out.append(QString::fromStdString(it.key() + "=" + (it->is_string() ? it->get<std::string>() : it->dump())));
    return out.join(QLatin1Char(','));
}
} // namespace

void ApiServer::doScale(Context &ctx)
{
    const ResourceType type = *ctx.type;
    const auto live = m_store->get(type.storageKey(), ctx.ns, ctx.name);
    if (!live) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                  QStringLiteral("%1 \"%2\" not found").arg(type.qualifiedName(), ctx.name), resourceDetails(type, ctx.name));
        return;
    }
    QString specPath = QStringLiteral(".spec.replicas");
    QString statusPath = QStringLiteral(".status.replicas");
    QString selectorPath;
    if (type.custom) {
        specPath = QString::fromStdString(type.scaleSpec.value("specReplicasPath", std::string(".spec.replicas")));
        statusPath = QString::fromStdString(type.scaleSpec.value("statusReplicasPath", std::string(".status.replicas")));
        selectorPath = QString::fromStdString(type.scaleSpec.value("labelSelectorPath", std::string()));
    }
    auto toScale = [type, specPath, statusPath, selectorPath](const json &obj) {
        const json meta = obj["metadata"];
        json scale = {{"kind", "Scale"}, {"apiVersion", "autoscaling/v1"},
                      {"metadata", {{"name", meta.value("name", "")}, {"uid", meta.value("uid", "")},
                                    {"resourceVersion", meta.value("resourceVersion", "")},
                                    {"creationTimestamp", meta.value("creationTimestamp", "")}}},
                      {"spec", {{"replicas", evaluateSimpleJsonPath(obj, specPath).is_number() ? evaluateSimpleJsonPath(obj, specPath) : json(0)}}},
                      {"status", {{"replicas", evaluateSimpleJsonPath(obj, statusPath).is_number() ? evaluateSimpleJsonPath(obj, statusPath) : json(0)}}}};
        if (meta.contains("namespace"))
            scale["metadata"]["namespace"] = meta["namespace"];
        const json selector = selectorPath.isEmpty() ? json(selectorString(obj["spec"].value("selector", json::object())).toStdString())
                                                     : evaluateSimpleJsonPath(obj, selectorPath);
        if (selector.is_string() && !selector.get<std::string>().empty())
            scale["status"]["selector"] = selector;
        return scale;
    };
    const json current = toScale(decorate(type, *live));
    if (ctx.req.method == "GET") {
        sendJson(ctx, 200, current);
        return;
    }
    json wanted;
    try {
        const QByteArray contentType = ctx.req.header("content-type").split(';').value(0).trimmed();
        const json body = json::parse(ctx.req.body.toStdString());
        if (ctx.req.method == "PUT") {
            wanted = body;
        } else if (contentType == "application/json-patch+json") {
            wanted = current.patch(body);
        } else {
            wanted = current;
            wanted.merge_patch(body);
        }
    } catch (const std::exception &e) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QString::fromUtf8(e.what()));
        return;
    }
    const json replicas = wanted.value("spec", json::object()).value("replicas", json());
    if (!replicas.is_number_integer() || replicas.get<qint64>() < 0) {
        sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                  QStringLiteral("Scale.autoscaling \"%1\" is invalid: spec.replicas: Invalid value: %2: must be greater "
                                 "than or equal to 0")
                      .arg(ctx.name, QString::fromStdString(replicas.dump())));
        return;
    }
    json updated = decorate(type, *live);
    setSimplePath(updated, specPath, replicas);
    const std::string wantedRv = s(wanted.value("metadata", json::object()), "resourceVersion");
    if (!wantedRv.empty())
        updated["metadata"]["resourceVersion"] = wantedRv;
    ctx.transform = toScale;
    ctx.sub.clear();
    commitUpdate(ctx, *live, std::move(updated), false, QStringLiteral("Update"), 200);
}

namespace {
// Picks the container a pods/log or pods/exec request addresses, or explains why it cannot.
QString resolveContainer(const json &pod, const QString &requested, QString *error)
{
    QStringList names;
    for (const char *list : {"containers", "initContainers"}) {
        for (const auto &c : pod["spec"].value(list, json::array()))
            names.append(qs(c, "name"));
    }
    const QString podName = metaName(pod);
    if (requested.isEmpty()) {
        const QString annotated = qs(pod["metadata"].value("annotations", json::object()),
                                     "kubectl.kubernetes.io/default-container");
        if (!annotated.isEmpty() && names.contains(annotated))
            return annotated;
        const json containers = pod["spec"].value("containers", json::array());
        if (containers.size() == 1)
            return qs(containers[0], "name");
        *error = QStringLiteral("a container name must be specified for pod %1, choose one of: [%2]")
                     .arg(podName, names.join(QLatin1Char(' ')));
        return {};
    }
    if (!names.contains(requested)) {
        *error = QStringLiteral("container %1 is not valid for pod %2").arg(requested, podName);
        return {};
    }
    return requested;
}

// Why a container cannot serve logs/exec yet ("ContainerCreating"), or empty when it can.
QString waitingReason(const json &pod, const QString &container)
{
    const json status = pod.value("status", json::object());
    for (const char *list : {"containerStatuses", "initContainerStatuses"}) {
        for (const auto &cs : status.value(list, json::array())) {
            if (qs(cs, "name") != container)
                continue;
            const json state = cs.value("state", json::object());
            if (state.contains("waiting"))
                return qs(state["waiting"], "reason").isEmpty() ? QStringLiteral("ContainerCreating")
                                                                : qs(state["waiting"], "reason");
            return {};
        }
    }
    return qs(status, "phase") == QStringLiteral("Pending") || qs(status, "phase").isEmpty()
               ? QStringLiteral("ContainerCreating")
               : QString();
}
} // namespace

void ApiServer::doLog(Context &ctx)
{
    const auto pod = m_store->get(QStringLiteral("/pods"), ctx.ns, ctx.name);
    if (!pod) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(ctx.name),
                  resourceDetails(*ctx.type, ctx.name));
        return;
    }
    QString error;
    const QString container = resolveContainer(*pod, ctx.req.query(u"container"), &error);
    if (container.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return;
    }
    LogStream::Options o;
    o.follow = ctx.req.queryBool(u"follow");
    o.previous = ctx.req.queryBool(u"previous");
    o.timestamps = ctx.req.queryBool(u"timestamps");
    const QString sinceSeconds = ctx.req.query(u"sinceSeconds");
    const QString sinceTime = ctx.req.query(u"sinceTime");
    if (!sinceSeconds.isEmpty() && !sinceTime.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("at most one of `sinceTime` or `sinceSeconds` may be specified"));
        return;
    }
    if (!sinceSeconds.isEmpty()) {
        const qint64 secs = sinceSeconds.toLongLong();
        if (secs < 1) {
            sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                      QStringLiteral("PodLogOptions \"%1\" is invalid: sinceSeconds: Invalid value: %2: must be greater "
                                     "than 0")
                          .arg(ctx.name, sinceSeconds));
            return;
        }
        o.since = QDateTime::currentDateTimeUtc().addSecs(-secs);
    } else if (!sinceTime.isEmpty()) {
        // The real server parses RFC3339 with whole seconds: fractions are dropped.
        QDateTime t = QDateTime::fromString(sinceTime, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(sinceTime, Qt::ISODate);
        if (!t.isValid()) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("parsing time \"%1\" as RFC3339: cannot parse").arg(sinceTime));
            return;
        }
        t = t.toUTC();
        t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
        o.since = t;
    }
    if (const QString tail = ctx.req.query(u"tailLines"); !tail.isEmpty())
        o.tailLines = tail.toLongLong();
    if (const QString limit = ctx.req.query(u"limitBytes"); !limit.isEmpty())
        o.limitBytes = limit.toLongLong();
    if (o.previous && !m_logs->hasPrevious(ctx.ns, ctx.name, container)) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found").arg(container, ctx.name));
        return;
    }
    if (!o.previous) {
        if (const QString reason = waitingReason(*pod, container); !reason.isEmpty()) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("container \"%1\" in pod \"%2\" is waiting to start: %3").arg(container, ctx.name, reason));
            return;
        }
    }
    auto *stream = new LogStream(ctx.conn, m_logs, ctx.ns, ctx.name, container, o, this);
    m_logStreams.append(stream);
    m_logStreams.removeAll(nullptr);
    stream->start();
}

void ApiServer::doExec(Context &ctx)
{
    if (!ctx.req.upgrade || !ctx.req.header("upgrade").toLower().contains("websocket")) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("kubesim serves %1 over websockets (v5.channel.k8s.io, v4.channel.k8s.io) only; SPDY "
                                 "is not supported: use kubectl 1.30 or newer")
                      .arg(ctx.sub));
        return;
    }
    const auto pod = m_store->get(QStringLiteral("/pods"), ctx.ns, ctx.name);
    if (!pod) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(ctx.name),
                  resourceDetails(*ctx.type, ctx.name));
        return;
    }
    QString error;
    const QString container = resolveContainer(*pod, ctx.req.query(u"container"), &error);
    if (container.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return;
    }
    if (const QString reason = waitingReason(*pod, container); !reason.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("unable to upgrade connection: container not found (\"%1\")").arg(container));
        return;
    }
    QByteArray protocol;
    for (const QByteArray &p : ctx.req.header("sec-websocket-protocol").split(',')) {
        const QByteArray t = p.trimmed();
        if (t == "v5.channel.k8s.io" || t == "v4.channel.k8s.io") {
            protocol = t;
            break;
        }
    }
    if (protocol.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("unable to upgrade connection: no supported stream protocol (want v5.channel.k8s.io or "
                                 "v4.channel.k8s.io)"));
        return;
    }
    const QStringList command = ctx.req.queryAll(u"command");
    if (command.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("you must specify at least 1 command"));
        return;
    }
    if (!ctx.conn->acceptWebSocket(ctx.req, protocol))
        return;
    ExecRequest request{ctx.ns, ctx.name, container, command, {}};
    const QList<ExecHandler> handlers = m_execHandlers;
    auto *session = new ExecSession(ctx.conn, protocol, request, ctx.req.queryBool(u"stdin"),
                                    [handlers](const ExecRequest &r) {
                                        for (const ExecHandler &h : handlers) {
                                            if (auto result = h(r))
                                                return *result;
                                        }
                                        return ExecSession::builtinCommand(r);
                                    },
                                    this);
    session->start();
}

void ApiServer::doReview(Context &ctx)
{
    if (ctx.verb != QStringLiteral("create") || !ctx.name.isEmpty()) {
        sendError(ctx.conn, 405, QStringLiteral("MethodNotAllowed"),
                  QStringLiteral("the server does not allow this method on the requested resource"));
        return;
    }
    const auto parsed = readBody(ctx);
    if (!parsed)
        return;
    const json body = *parsed;
    if (!body.is_object()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("the request body must be a JSON object"));
        return;
    }
    json review = body;
    review["apiVersion"] = "authorization.k8s.io/v1";
    review["kind"] = ctx.type->kind.toStdString();
    review["metadata"] = {{"creationTimestamp", nullptr}};
    const json spec = body.value("spec", json::object());
    if (ctx.type->plural == QStringLiteral("selfsubjectrulesreviews")) {
        review["status"] = m_authorizer.rulesFor(ctx.user, qs(spec, "namespace"));
    } else {
        RequestAttributes a;
        if (spec.contains("nonResourceAttributes")) {
            const json n = spec["nonResourceAttributes"];
            a.resourceRequest = false;
            a.verb = qs(n, "verb");
            a.path = qs(n, "path");
        } else {
            const json r = spec.value("resourceAttributes", json::object());
            a = {qs(r, "verb"), qs(r, "group"), qs(r, "resource"), qs(r, "subresource"), qs(r, "namespace"), qs(r, "name"), {}, true};
        }
        const bool allowed = m_authorizer.allowed(ctx.user, a);
        review["status"] = {{"allowed", allowed}};
        if (allowed && !ctx.user.groups.contains(QStringLiteral("system:masters")))
            review["status"]["reason"] = "allowed by RBAC";
    }
    sendJson(ctx, 201, review);
}

void ApiServer::doMetrics(Context &ctx)
{
    const bool pods = ctx.type->kind == QStringLiteral("PodMetrics");
    const QString now = nowText();
    auto metricsFor = [&](const json &obj) -> json {
        json m = {{"kind", ctx.type->kind.toStdString()}, {"apiVersion", "metrics.k8s.io/v1beta1"},
                  {"metadata", {{"name", obj["metadata"].value("name", "")}, {"creationTimestamp", now.toStdString()}}},
                  {"timestamp", now.toStdString()}, {"window", "10s"}};
        // Deterministic small usage derived from the name, so tables are stable between runs.
        const uint seed = qHash(metaName(obj));
        if (pods) {
            m["metadata"]["namespace"] = obj["metadata"].value("namespace", "");
            json containers = json::array();
            for (const auto &c : obj["spec"].value("containers", json::array()))
                containers.push_back({{"name", c.value("name", "")},
                                      {"usage", {{"cpu", std::to_string(1 + seed % 50) + "m"},
                                                 {"memory", std::to_string(16 + seed % 200) + "Mi"}}}});
            m["containers"] = containers;
        } else {
            m["usage"] = {{"cpu", std::to_string(100 + seed % 400) + "m"}, {"memory", std::to_string(1024 + seed % 2048) + "Mi"}};
        }
        return m;
    };
    const QString source = pods ? QStringLiteral("/pods") : QStringLiteral("/nodes");
    auto running = [&](const json &obj) { return !pods || qs(obj.value("status", json::object()), "phase") == QStringLiteral("Running"); };
    if (!ctx.name.isEmpty()) {
        const auto obj = m_store->get(source, ctx.ns, ctx.name);
        if (!obj || !running(*obj)) {
            sendError(ctx.conn, 404, QStringLiteral("NotFound"),
                      QStringLiteral("%1 \"%2\" not found").arg(ctx.type->qualifiedName(), ctx.name),
                      resourceDetails(*ctx.type, ctx.name));
            return;
        }
        sendJson(ctx, 200, metricsFor(*obj));
        return;
    }
    json items = json::array();
    for (const JsonPtr &obj : m_store->list(source, ctx.ns).items) {
        if (running(*obj))
            items.push_back(metricsFor(*obj));
    }
    sendJson(ctx, 200, {{"kind", (ctx.type->kind + QStringLiteral("List")).toStdString()},
                        {"apiVersion", "metrics.k8s.io/v1beta1"}, {"metadata", json::object()}, {"items", items}});
}

void ApiServer::handleAdmin(Context &ctx)
{
    // /kubesim/v1/{events,logs,faults}: the test knobs over HTTP, for clients outside the process.
    if (!ctx.user.groups.contains(QStringLiteral("system:masters"))) {
        sendError(ctx.conn, 403, QStringLiteral("Forbidden"),
                  QStringLiteral("forbidden: User \"%1\" cannot use the kubesim admin endpoint").arg(ctx.user.name));
        return;
    }
    const QString what = ctx.segments.size() == 3 && ctx.segments[1] == QStringLiteral("v1") ? ctx.segments[2] : QString();
    if (what == QStringLiteral("events") && ctx.req.method == "GET") {
        json items = json::array();
        for (const WatchEvent &e : m_store->eventLog()) {
            const json &meta = (*e.object)["metadata"];
            items.push_back({{"resourceVersion", std::to_string(e.resourceVersion)}, {"type", WatchEvent::typeName(e.type)},
                             {"resource", e.resource.toStdString()}, {"namespace", meta.value("namespace", "")},
                             {"name", meta.value("name", "")}});
        }
        sendJson(ctx, 200, {{"items", items}});
        return;
    }
    const json body = json::parse(ctx.req.body.toStdString(), nullptr, false);
    if (ctx.req.method != "POST" || !body.is_object()) {
        sendError(ctx.conn, what.isEmpty() ? 404 : 400, what.isEmpty() ? QStringLiteral("NotFound") : QStringLiteral("BadRequest"),
                  what.isEmpty() ? QStringLiteral("unknown kubesim admin endpoint")
                                 : QStringLiteral("POST a JSON object to this endpoint"));
        return;
    }
    if (what == QStringLiteral("logs")) {
        QList<QByteArray> lines;
        for (const auto &l : body.value("lines", json::array()))
            lines.append(QByteArray::fromStdString(l.is_string() ? l.get<std::string>() : l.dump()));
        m_logs->append(qs(body, "namespace"), qs(body, "pod"), qs(body, "container"), lines);
        sendJson(ctx, 200, {{"appended", lines.size()}});
        return;
    }
    if (what == QStringLiteral("faults")) {
        if (body.value("dropWatches", false))
            dropWatches();
        if (body.value("cutLogStreams", false))
            cutLogStreams();
        if (body.contains("failNextWatches"))
            m_failNextWatches = body.value("failNextWatches", 0);
        if (body.contains("latencyMs"))
            m_latencyMs = body.value("latencyMs", 0);
        if (body.contains("throttleShare") || body.contains("serverErrorShare"))
            setErrorShares(body.value("throttleShare", m_throttleShare), body.value("serverErrorShare", m_serverErrorShare));
        sendJson(ctx, 200, {{"failNextWatches", m_failNextWatches}, {"latencyMs", m_latencyMs},
                            {"throttleShare", m_throttleShare}, {"serverErrorShare", m_serverErrorShare}});
        return;
    }
    sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("unknown kubesim admin endpoint"));
}

} // namespace sd::sim
