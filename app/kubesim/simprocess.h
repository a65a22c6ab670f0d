#pragma once

#include "kubesim/containerenv.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace sd::sim {

class DataRegistry;
class Store;

// What a simulated process can reach outside itself: the cluster's objects (Services, Endpoints,
// KubeBlocks Clusters) and the datastores' accounts. Both are thread-safe and outlive every process.
struct ProcessWorld
{
    const Store *store = nullptr;
    const DataRegistry *data = nullptr;
};

// One HTTP request to a process port (from a probe or the API server's proxy).
struct HttpExchange
{
    QByteArray method = "GET";
    QByteArray path = "/";   // with the query string
    QList<std::pair<QByteArray, QByteArray>> headers;  // names lower-case
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    // The path without the query string.
    QByteArray route() const { return path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')); }
};

// How a port answered: an HTTP response, a refused connection, or bytes that are not HTTP (a gRPC or
// database port; `error` is what Go's HTTP client reports, e.g. "EOF").
struct HttpAnswer
{
    enum Kind { Answered, Refused, NotHttp };
    Kind kind = Answered;
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
    QString error;

    static HttpAnswer text(int status, const QByteArray &body);
    static HttpAnswer json(int status, const QByteArray &body);
};

struct ExecAnswer
{
    int exitCode = 0;
    QByteArray output;
};

// The simulated process of one running container, chosen from its image (create()): OpenIM server
// components, KubeBlocks datastore engines, or this generic process, which listens on every declared
// port, answers common health paths and /metrics over HTTP, and runs a few shell commands for exec probes.
//
// Lifecycle (kubelet thread): create() → start() (startup outcome, decided at once) → markUp() once the
// simulated startup time has passed (the process listens from then on) → dropped when the container
// ends. Threading: after start(), http(), exec(), listens() and the const accessors are thread-safe
// (the API server's proxy calls them on its own thread); a process never changes after start() apart
// from its up flag and atomic counters.
class SimProcess
{
public:
    explicit SimProcess(ContainerEnv env);
    virtual ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    static std::shared_ptr<SimProcess> create(const ContainerEnv &env);

    struct Startup
    {
        qint64 durationMs = 1000;  // simulated time until the process listens, or exits
        int exitCode = 0;          // non-zero: the process exits with it after durationMs
        QList<QByteArray> lines;   // what it writes to stdout/stderr while starting
    };
    // Reads its configuration and connects to what it needs. Called once, on the kubelet's thread.
    virtual Startup start(const ProcessWorld &world);

    void markUp() { m_up = true; }
    bool isUp() const { return m_up; }
    // Ports the process listens on once up (the generic process: every declared port).
    virtual QList<int> listenPorts() const;
    bool listens(int port) const { return m_up && listenPorts().contains(port); }

    // A request to `port`: Refused unless the process is up and listens there.
    HttpAnswer http(int port, const HttpExchange &request) const;
    ExecAnswer exec(const QStringList &command) const;

    const ContainerEnv &env() const { return m_env; }
    // A short name for logs and metrics ("openim-api", "mongodb", "generic").
    virtual QString kind() const { return QStringLiteral("generic"); }

protected:
    virtual HttpAnswer serve(int port, const HttpExchange &request) const;
    // Engine-specific commands (redis-cli, mysqladmin…); nullopt lets the generic shell answer.
    virtual std::optional<ExecAnswer> execCommand(const QStringList &argv) const;
    // Prometheus text with the Go/process collectors every exporter has, moving with uptime.
    QByteArray baseMetrics() const;
    double uptimeSeconds() const;
    QString ipPort(int port) const;

    ContainerEnv m_env;
    ProcessWorld m_world;
    QElapsedTimer m_clock;
    mutable std::atomic<quint64> m_requests{0};

private:
    ExecAnswer shell(const QString &script) const;
    ExecAnswer simpleCommand(const QStringList &argv) const;
    bool hasFile(const QString &path) const;

    std::atomic<bool> m_up{false};
    QStringList m_touched;  // files the container's own command creates (`touch /tmp/healthy`)
};

} // namespace sd::sim
