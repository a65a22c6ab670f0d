#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sd::sim {

class HttpConnection;

// What a simulated `kubectl exec` runs.
struct ExecRequest
{
    QString ns;
    QString pod;
    QString container;
    QStringList command;
    QByteArray stdinData;  // everything the client sent on channel 0 (empty without stdin=true)
};

struct ExecResult
{
    QByteArray stdoutData;
    QByteArray stderrData;
    int exitCode = 0;
};

// Answers an exec; nullopt lets the next handler (finally the built-in commands) try.
using ExecHandler = std::function<std::optional<ExecResult>(const ExecRequest &)>;

// A websocket exec session speaking the Kubernetes channel protocol (v4/v5.channel.k8s.io): each
// binary frame's first byte is the stream (0 stdin, 1 stdout, 2 stderr, 3 status, 4 resize, 255
// close in v5). Collects stdin when requested, runs the command once, sends output and the final
// Status on channel 3, then closes. Lives on the server thread; deletes itself when done.
class ExecSession final : public QObject
{
    Q_OBJECT
public:
    ExecSession(HttpConnection *connection, const QByteArray &protocol, ExecRequest request, bool wantsStdin,
                std::function<ExecResult(const ExecRequest &)> run, QObject *parent = nullptr);

    void start();

    // The commands every simulated container has: echo, cat, hostname, env, ls, pwd, true, false,
    // sleep, date, sh -c "exit N" / "echo …".
    static ExecResult builtinCommand(const ExecRequest &request);

private:
    void onMessage(quint8 opcode, const QByteArray &payload);
    void runAndFinish();

    QPointer<HttpConnection> m_connection;
    QByteArray m_protocol;
    ExecRequest m_request;
    bool m_wantsStdin;
    std::function<ExecResult(const ExecRequest &)> m_run;
    bool m_done = false;
};

} // namespace sd::sim
