#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/execsession.h"
#include "kubesim/httpconnection.h"
#include "kubesim/logbook.h"
#include "kubesim/logstream.h"
#include "kubesim/metricsregistry.h"
#include "kubesim/quantity.h"
#include "kubesim/store.h"

namespace sd::sim {

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
        sendNotFound(ctx);
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
    ctx.rvPrecondition = !wantedRv.empty();
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

std::optional<std::pair<json, QString>> ApiServer::podContainer(Context &ctx)
{
    auto pod = m_store->get(QStringLiteral("/pods"), ctx.ns, ctx.name);
    if (!pod) {
        sendNotFound(ctx);
        return std::nullopt;
    }
    QString error;
    QString container = resolveContainer(*pod, ctx.req.query(u"container"), &error);
    if (container.isEmpty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), error);
        return std::nullopt;
    }
    return std::pair{std::move(*pod), std::move(container)};
}

void ApiServer::doLog(Context &ctx)
{
    const auto target = podContainer(ctx);
    if (!target)
        return;
    const auto &[pod, container] = *target;
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
        if (const QString reason = waitingReason(pod, container); !reason.isEmpty()) {
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
    const auto target = podContainer(ctx);
    if (!target)
        return;
    const auto &[pod, container] = *target;
    if (const QString reason = waitingReason(pod, container); !reason.isEmpty()) {
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
        sendMethodNotAllowed(ctx);
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
    // What the kubelets sampled (MetricsRegistry): usage moves with each workload's load.
    auto metricsFor = [&](const json &obj) -> json {
        json m = {{"kind", ctx.type->kind.toStdString()}, {"apiVersion", "metrics.k8s.io/v1beta1"},
                  {"metadata", {{"name", obj["metadata"].value("name", "")}, {"creationTimestamp", now.toStdString()}}},
                  {"timestamp", now.toStdString()}, {"window", "15s"}};
        auto usage = [](const MetricsRegistry::Usage &u) {
            return json{{"cpu", quantity::formatCpu(u.cpuMillis).toStdString()},
                        {"memory", QStringLiteral("%1Ki").arg(u.memoryBytes / 1024).toStdString()}};
        };
        if (pods) {
            m["metadata"]["namespace"] = obj["metadata"].value("namespace", "");
            json containers = json::array();
            for (const auto &c : m_metrics->pod(metaNamespace(obj), metaName(obj)))
                containers.push_back({{"name", c.container.toStdString()}, {"usage", usage(c.usage)}});
            m["containers"] = containers;
        } else {
            m["usage"] = usage(m_metrics->node(metaName(obj)));
        }
        return m;
    };
    const QString source = pods ? QStringLiteral("/pods") : QStringLiteral("/nodes");
    auto running = [&](const json &obj) { return !pods || !m_metrics->pod(metaNamespace(obj), metaName(obj)).empty(); };
    if (!ctx.name.isEmpty()) {
        const auto obj = m_store->get(source, ctx.ns, ctx.name);
        if (!obj || !running(*obj)) {
            sendNotFound(ctx);
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

} // namespace sd::sim
