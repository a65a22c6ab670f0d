// services/proxy and pods/proxy: HTTP requests relayed to the simulated process behind a ready
// endpoint (or the named pod), answered the way kube-apiserver's proxy answers them.

#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/objects.h"
#include "kubesim/processtable.h"
#include "kubesim/simprocess.h"
#include "kubesim/store.h"

#include <QRandomGenerator>

namespace sd::sim {

namespace {

// "[scheme:]name[:port]" as net.SplitSchemeNamePort splits it; false when malformed.
bool splitSchemeNamePort(const QString &id, QString *scheme, QString *name, QString *port)
{
    const QStringList parts = id.split(QLatin1Char(':'));
    if (parts.size() == 1) {
        *name = parts[0];
    } else if (parts.size() == 2) {
        *name = parts[0];
        *port = parts[1];
    } else if (parts.size() == 3) {
        *scheme = parts[0];
        *name = parts[1];
        *port = parts[2];
    } else {
        return false;
    }
    return !name->isEmpty() && (scheme->isEmpty() || *scheme == QStringLiteral("http") || *scheme == QStringLiteral("https"));
}

} // namespace

void ApiServer::doProxy(Context &ctx)
{
    const bool service = ctx.type->plural == QStringLiteral("services");
    QString scheme;
    QString name;
    QString portText;
    if (!splitSchemeNamePort(ctx.name, &scheme, &name, &portText)) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("invalid request \"%1\"").arg(ctx.name));
        return;
    }
    // The path after ".../NAME/proxy", as sent (trailing slashes and encoding kept), plus the query.
    QByteArray path;
    const QList<QByteArray> raw = ctx.req.path.split('/');
    for (qsizetype i = 0; i + 1 < raw.size(); ++i) {
        if (raw[i + 1] == "proxy" && QString::fromUtf8(QByteArray::fromPercentEncoding(raw[i])) == ctx.name) {
            path = raw.mid(i + 2).join('/');
            break;
        }
    }
    path.prepend('/');
    if (!ctx.req.rawQuery.isEmpty())
        path += '?' + ctx.req.rawQuery;

    const auto unavailable = [&](const QString &message) {
        sendError(ctx.conn, 503, QStringLiteral("ServiceUnavailable"), message);
    };
    QString podName;
    QString podIP;
    int port = 0;
    if (service) {
        const auto svc = m_store->get(objects::kServices, ctx.ns, name);
        if (!svc) {
            sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("services \"%1\" not found").arg(name),
                      json{{"name", name.toStdString()}, {"kind", "services"}});
            return;
        }
        // A port number names the Service port with that number; endpoints are matched by port name.
        QString portName = portText;
        bool numeric = false;
        const int number = portText.toInt(&numeric);
        bool found = portText.isEmpty();
        for (const auto &p : svc->value("spec", json::object()).value("ports", json::array())) {
            if ((numeric && p.value("port", 0) == number) || (!numeric && qs(p, "name") == portText)) {
                portName = qs(p, "name");
                found = true;
            }
        }
        if (!found) {
            unavailable(QStringLiteral("no service port %1 found for service \"%2\"").arg(portText, name));
            return;
        }
        QList<std::pair<json, int>> ready;
        const auto endpoints = m_store->get(objects::kEndpoints, ctx.ns, name);
        for (const auto &subset : endpoints ? endpoints->value("subsets", json::array()) : json::array()) {
            for (const auto &p : subset.value("ports", json::array())) {
                if (qs(p, "name") != portName)
                    continue;
                for (const auto &a : subset.value("addresses", json::array()))
                    ready.append({a, p.value("port", 0)});
            }
        }
        if (ready.isEmpty()) {
            unavailable(QStringLiteral("no endpoints available for service \"%1\"").arg(ctx.name));
            return;
        }
        const auto &[address, targetPort] = ready.at(int(QRandomGenerator::global()->bounded(ready.size())));
        podName = qs(address.value("targetRef", json::object()), "name");
        podIP = qs(address, "ip");
        port = targetPort;
    } else {
        const auto pod = m_store->get(objects::kPods, ctx.ns, name);
        if (!pod) {
            sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(name),
                      json{{"name", name.toStdString()}, {"kind", "pods"}});
            return;
        }
        podName = name;
        podIP = qs(pod->value("status", json::object()), "podIP");
        if (podIP.isEmpty()) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("address not allowed"));
            return;
        }
        port = portText.isEmpty() ? 80 : portText.toInt();
        if (port <= 0) {
            // Pod proxies take numbers; a named port is not resolved by the API server.
            unavailable(QStringLiteral("error trying to reach service: dial tcp: lookup %1: no such host").arg(podIP + QLatin1Char(':') + portText));
            return;
        }
    }
    const auto process = m_processes ? m_processes->listener(ctx.ns, podName, port) : nullptr;
    HttpAnswer answer;
    if (!process) {
        answer.kind = HttpAnswer::Refused;
        answer.error = QStringLiteral("dial tcp %1:%2: connect: connection refused").arg(podIP).arg(port);
    } else if (scheme == QStringLiteral("https")) {
        answer.kind = process->listens(port) ? HttpAnswer::NotHttp : HttpAnswer::Refused;
        answer.error = process->listens(port) ? QStringLiteral("tls: first record does not look like a TLS handshake")
                                              : QStringLiteral("dial tcp %1:%2: connect: connection refused").arg(podIP).arg(port);
    } else {
        HttpExchange request;
        request.method = ctx.req.method;
        request.path = path;
        request.headers = ctx.req.headers;
        request.body = ctx.req.body;
        answer = process->http(port, request);
    }
    if (answer.kind != HttpAnswer::Answered) {
        unavailable(QStringLiteral("error trying to reach service: %1").arg(answer.error));
        return;
    }
    if (ctx.conn)
        ctx.conn->respond(answer.status, answer.contentType, answer.body);
}

} // namespace sd::sim
