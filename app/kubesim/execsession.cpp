#include "kubesim/execsession.h"

#include "kubesim/httpconnection.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace sd::sim {

ExecSession::ExecSession(HttpConnection *connection, const QByteArray &protocol, ExecRequest request, bool wantsStdin,
                         std::function<ExecResult(const ExecRequest &)> run, QObject *parent)
    : QObject(parent), m_connection(connection), m_protocol(protocol), m_request(std::move(request)),
      m_wantsStdin(wantsStdin), m_run(std::move(run))
{
    connect(connection, &HttpConnection::closed, this, [this] {
        m_done = true;
        deleteLater();
    });
    connect(connection, &HttpConnection::webSocketMessage, this, &ExecSession::onMessage);
}

void ExecSession::start()
{
    if (!m_wantsStdin)
        runAndFinish();
}

void ExecSession::onMessage(quint8 opcode, const QByteArray &payload)
{
    if (m_done)
        return;
    if (opcode == HttpConnection::Close) {
        runAndFinish();
        return;
    }
    if (payload.isEmpty())
        return;
    const quint8 channel = quint8(payload[0]);
    if (channel == 0) {
        m_request.stdinData += payload.mid(1);
    } else if (channel == 255 && payload.size() >= 2 && payload[1] == 0) {
        // v5: the client closed its stdin.
        runAndFinish();
    }
}

void ExecSession::runAndFinish()
{
    if (m_done || !m_connection)
        return;
    m_done = true;
    const ExecResult result = m_run(m_request);
    // Large outputs go out in frames of at most 32 KiB, like the kubelet's copy buffers.
    auto sendChannel = [this](char channel, const QByteArray &data) {
        for (qsizetype pos = 0; pos < data.size(); pos += 32 * 1024)
            m_connection->sendFrame(HttpConnection::Binary, QByteArray(1, channel) + data.mid(pos, 32 * 1024));
    };
    sendChannel(1, result.stdoutData);
    sendChannel(2, result.stderrData);
    nlohmann::json status = {{"metadata", nlohmann::json::object()}, {"status", "Success"}};
    if (result.exitCode != 0) {
        status = {{"metadata", nlohmann::json::object()},
                  {"status", "Failure"},
                  {"message", QStringLiteral("command terminated with non-zero exit code: exit status %1")
                                  .arg(result.exitCode)
                                  .toStdString()},
                  {"reason", "NonZeroExitCode"},
                  {"details", {{"causes", {{{"reason", "ExitCode"}, {"message", std::to_string(result.exitCode)}}}}}}};
    }
    m_connection->sendFrame(HttpConnection::Binary, QByteArray(1, 3) + QByteArray::fromStdString(status.dump()));
    m_connection->closeWebSocket(1000);
    deleteLater();
}

ExecResult ExecSession::builtinCommand(const ExecRequest &request)
{
    ExecResult r;
    QStringList argv = request.command;
    if (argv.size() >= 3 && (argv[0] == QStringLiteral("sh") || argv[0] == QStringLiteral("/bin/sh")
                             || argv[0] == QStringLiteral("bash") || argv[0] == QStringLiteral("/bin/bash"))
        && argv[1] == QStringLiteral("-c")) {
        argv = argv[2].split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const QString cmd = argv.value(0).section(u'/', -1);
    const QStringList args = argv.mid(1);
    if (cmd == QStringLiteral("echo")) {
        r.stdoutData = args.join(QLatin1Char(' ')).toUtf8() + '\n';
    } else if (cmd == QStringLiteral("cat") && args.isEmpty()) {
        r.stdoutData = request.stdinData;
    } else if (cmd == QStringLiteral("hostname")) {
        r.stdoutData = request.pod.toUtf8() + '\n';
    } else if (cmd == QStringLiteral("pwd")) {
        r.stdoutData = "/\n";
    } else if (cmd == QStringLiteral("env")) {
        r.stdoutData = QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=%1\n"
                                      "KUBERNETES_SERVICE_HOST=10.96.0.1\nKUBERNETES_SERVICE_PORT=443\n")
                           .arg(request.pod)
                           .toUtf8();
    } else if (cmd == QStringLiteral("ls")) {
        r.stdoutData = "bin\ndev\netc\nhome\nproc\nroot\nsys\ntmp\nusr\nvar\n";
    } else if (cmd == QStringLiteral("date")) {
        r.stdoutData = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toUtf8() + '\n';
    } else if (cmd == QStringLiteral("true") || cmd == QStringLiteral("sleep")) {
        r.exitCode = 0;
    } else if (cmd == QStringLiteral("false")) {
        r.exitCode = 1;
    } else if (cmd == QStringLiteral("exit")) {
        r.exitCode = args.value(0).toInt();
    } else {
        r.stderrData = QStringLiteral("sh: %1: not found\n").arg(cmd).toUtf8();
        r.exitCode = 127;
    }
    return r;
}

} // namespace sd::sim
