#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/chaos.h"
#include "kubesim/logbook.h"
#include "kubesim/store.h"

namespace sd::sim {

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
        if (!m_store->recordsEventLog()) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the event log is off: start kubesim with --record-events"));
            return;
        }
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
    if (what == QStringLiteral("chaos")) {
        // Pods, containers and nodes directly; datastores through the KubeBlocks operator (chaos.h).
        const chaos::Result r = chaos::run(m_store, m_kubeBlocks, body);
        if (r.status != 200)
            sendError(ctx.conn, r.status, r.status == 404 ? QStringLiteral("NotFound") : QStringLiteral("BadRequest"), r.error);
        else
            sendJson(ctx, 200, r.answer);
        return;
    }
    sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("unknown kubesim admin endpoint"));
}

} // namespace sd::sim
