#include "kubesim/prober.h"

#include "kubesim/simprocess.h"

#include <QStringList>

namespace sd::sim {

using json = nlohmann::json;

Prober::Result Prober::run(const json &probe, const SimProcess *process, const QString &podIP)
{
    const auto portOf = [&](const json &handler) {
        return process ? process->env().portNumber(handler.value("port", json())) : handler.value("port", json()).is_number_integer()
                                                                                        ? handler["port"].get<int>()
                                                                                        : 0;
    };
    const auto refused = [&](int port) {
        return QStringLiteral("dial tcp %1:%2: connect: connection refused").arg(podIP).arg(port);
    };
    if (probe.contains("httpGet")) {
        const json h = probe["httpGet"];
        const int port = portOf(h);
        const QString path = QString::fromStdString(h.value("path", std::string("/")));
        const QString scheme = QString::fromStdString(h.value("scheme", std::string("HTTP"))).toLower();
        const QString url = QStringLiteral("%1://%2:%3%4").arg(scheme, podIP).arg(port).arg(path);
        if (!process || !process->listens(port))
            return {false, QStringLiteral("Get \"%1\": %2").arg(url, refused(port))};
        HttpExchange request;
        request.path = path.toUtf8();
        for (const auto &hdr : h.value("httpHeaders", json::array()))
            request.headers.append({QByteArray::fromStdString(hdr.value("name", std::string())).toLower(),
                                    QByteArray::fromStdString(hdr.value("value", std::string()))});
        if (scheme == QStringLiteral("https"))
            return {false, QStringLiteral("Get \"%1\": http: server gave HTTP response to HTTPS client").arg(url)};
        const HttpAnswer answer = process->http(port, request);
        if (answer.kind != HttpAnswer::Answered)
            return {false, QStringLiteral("Get \"%1\": %2").arg(url, answer.error)};
        if (answer.status >= 200 && answer.status < 400)
            return {true, {}};
        return {false, QStringLiteral("HTTP probe failed with statuscode: %1").arg(answer.status)};
    }
    if (probe.contains("tcpSocket")) {
        const int port = portOf(probe["tcpSocket"]);
        if (process && process->listens(port))
            return {true, {}};
        return {false, refused(port)};
    }
    if (probe.contains("grpc")) {
        const int port = probe["grpc"].value("port", 0);
        if (process && process->listens(port))
            return {true, {}};
        return {false, QStringLiteral("timeout: failed to connect service \"%1:%2\" within 1s: context deadline exceeded").arg(podIP).arg(port)};
    }
    if (probe.contains("exec")) {
        QStringList command;
        for (const auto &c : probe["exec"].value("command", json::array()))
            command.append(c.is_string() ? QString::fromStdString(c.get<std::string>()) : QString());
        if (!process)
            return {false, QStringLiteral("rpc error: code = Unknown desc = container not running")};
        const ExecAnswer answer = process->exec(command);
        if (answer.exitCode == 0)
            return {true, {}};
        return {false, QString::fromUtf8(answer.output).trimmed()};
    }
    return {true, {}};
}

} // namespace sd::sim
