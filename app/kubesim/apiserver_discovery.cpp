#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/discovery.h"
#include "kubesim/httpconnection.h"

namespace sd::sim {

namespace {
constexpr const char *kKubeVersion = "v1.30.0";

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
} // namespace

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

} // namespace sd::sim
