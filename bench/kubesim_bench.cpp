// kubesim benchmark (the HTTP-layer spike of issue 3 and the API budgets): raw TLS clients against an
// in-process kubesim, so the numbers measure the server (QSslServer + http-parser + our framing).
//   1. 100 concurrent TLS watch streams receiving 1000 events/s
//   2. LIST of 10k pods of >= 5 KB each (with managedFields), JSON and Table
//   3. a 1M-line log read to the end over one chunked response
//   4. a websocket exec upgrade (v5.channel.k8s.io) with its channel frames
// Prints one line per measurement; BENCHMARKS.md records a run.
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <vector>

namespace {
using json = nlohmann::json;

// One HTTP/1.1 request over TLS; counts body bytes and newline-terminated lines of a (chunked) body.
class RawClient : public QObject
{
public:
    RawClient(const sd::sim::Cluster &cluster, const QByteArray &request) : m_request(request)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({QSslCertificate(cluster.caCertificate(), QSsl::Pem)});
        m_socket.setSslConfiguration(config);
        connect(&m_socket, &QSslSocket::encrypted, this, [this] { m_socket.write(m_request); });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { onRead(); });
        connect(&m_socket, &QSslSocket::disconnected, this, [this] { m_closed = true; });
        m_socket.connectToHostEncrypted(cluster.url().host(), quint16(cluster.url().port()));
    }
    qint64 bodyBytes() const { return m_bodyBytes; }
    qint64 lines() const { return m_lines; }
    bool headersDone() const { return m_headersDone; }
    bool finished() const { return m_finished || m_closed; }
    QByteArray head() const { return m_head; }
    QByteArray raw() const { return m_raw; }
    void keepRaw() { m_keepRaw = true; }
    std::vector<qint64> latenciesMs;  // for watch events carrying a send timestamp

private:
    void onRead()
    {
        const QByteArray data = m_socket.readAll();
        if (m_keepRaw)
            m_raw += data;
        if (!m_headersDone) {
            m_head += data;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_headersDone = true;
            const QByteArray rest = m_head.mid(end + 4);
            m_head.truncate(end);
            consume(rest);
            return;
        }
        consume(data);
    }
    // Counts newlines in the body (chunk-size lines included: a rough count) and watch latencies.
    void consume(const QByteArray &data)
    {
        m_bodyBytes += data.size();
        for (char c : data) {
            if (c == '\n')
                ++m_lines;
        }
        if (data.endsWith("0\r\n\r\n"))
            m_finished = true;
        if (m_watch) {
            // Complete event lines only: a read may end in the middle of one.
            m_pending += data;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            qsizetype lineEnd = 0;
            qsizetype start = 0;
            while ((lineEnd = m_pending.indexOf('\n', start)) >= 0) {
                const qsizetype at = m_pending.indexOf("\"sent\":\"", start);
                if (at >= 0 && at < lineEnd) {
                    const qsizetype valueEnd = m_pending.indexOf('"', at + 8);
                    latenciesMs.push_back(now - m_pending.mid(at + 8, valueEnd - at - 8).toLongLong());
                }
                start = lineEnd + 1;
            }
            m_pending.remove(0, start);
        }
    }

public:
    bool m_watch = false;

private:
    QSslSocket m_socket;
    QByteArray m_request;
    QByteArray m_head;
    QByteArray m_raw;
    QByteArray m_pending;
    bool m_headersDone = false;
    bool m_finished = false;
    bool m_closed = false;
    bool m_keepRaw = false;
    qint64 m_bodyBytes = 0;
    qint64 m_lines = 0;
};

QByteArray get(const sd::sim::Cluster &cluster, const QByteArray &path, const QByteArray &accept = "application/json",
               const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: " + cluster.url().host().toLatin1() + "\r\nAuthorization: Bearer "
           + cluster.adminToken().toLatin1() + "\r\nAccept: " + accept + "\r\n" + extra + "\r\n";
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

json bigPod(int i)
{
    json env = json::array();
    for (int e = 0; e < 64; ++e)
        env.push_back({{"name", "SETTING_" + std::to_string(e)}, {"value", "value-for-setting-" + std::to_string(e) + "-of-pod"}});
    json managed = {{"manager", "kube-controller-manager"}, {"operation", "Update"}, {"apiVersion", "v1"},
                    {"time", "2026-11-26T00:00:00Z"}, {"fieldsType", "FieldsV1"},
                    {"fieldsV1", {{"f:metadata", {{"f:labels", {{"f:app", json::object()}, {"f:pod-template-hash", json::object()}}}}},
                                  {"f:spec", {{"f:containers", {{"k:{\"name\":\"app\"}", {{".", json::object()}, {"f:image", json::object()}, {"f:env", json::object()}}}}}}}}}};
    const std::string name = "pod-" + std::to_string(i);
    return {{"apiVersion", "v1"}, {"kind", "Pod"},
            {"metadata", {{"name", name}, {"namespace", "bench"}, {"uid", "uid-" + std::to_string(i)},
                          {"creationTimestamp", "2026-11-26T00:00:00Z"},
                          {"labels", {{"app", "bench"}, {"pod-template-hash", "abc123"}}},
                          {"managedFields", json::array({managed, managed})}}},
            {"spec", {{"nodeName", "kubesim-node-1"}, {"containers", {{{"name", "app"}, {"image", "registry.example/app:1.0"}, {"env", env}}}}}},
            {"status", {{"phase", "Running"}, {"podIP", "10.244.1.1"},
                        {"containerStatuses", {{{"name", "app"}, {"ready", true}, {"restartCount", 0},
                                                {"state", {{"running", {{"startedAt", "2026-11-26T00:00:00Z"}}}}}}}}}}};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Optional argument: comma-separated phases to run (watch,list,log,exec); default all.
    const QStringList phases = argc > 1 ? QString::fromLocal8Bit(argv[1]).split(QLatin1Char(','))
                                        : QStringList{QStringLiteral("watch"), QStringLiteral("list"), QStringLiteral("log"),
                                                      QStringLiteral("exec")};
    sd::sim::Cluster cluster;
    cluster.loadScenario(QStringLiteral("empty"));
    cluster.store()->put(QStringLiteral("/namespaces"),
                         {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "bench"}, {"uid", "ns-bench"}}}});
    if (!cluster.start()) {
        std::fprintf(stderr, "cannot start: %s\n", qPrintable(cluster.errorString()));
        return 1;
    }

    // 1. 100 watchers, 1000 events/s for 5 s.
    if (phases.contains(QStringLiteral("watch"))) {
        constexpr int watchers = 100;
        constexpr int rate = 1000;
        constexpr int seconds = 5;
        std::vector<std::unique_ptr<RawClient>> clients;
        QElapsedTimer connectTimer;
        connectTimer.start();
        for (int i = 0; i < watchers; ++i) {
            clients.push_back(std::make_unique<RawClient>(cluster, get(cluster, "/api/v1/namespaces/bench/configmaps?watch=true")));
            clients.back()->m_watch = true;
        }
        const bool allUp = waitUntil([&] {
            for (const auto &c : clients) {
                if (!c->headersDone())
                    return false;
            }
            return true;
        }, 30'000);
        const qint64 connectMs = connectTimer.elapsed();
        QElapsedTimer t;
        t.start();
        int sent = 0;
        while (sent < rate * seconds) {
            const qint64 due = t.elapsed() * rate / 1000;
            for (; sent < due && sent < rate * seconds; ++sent) {
                cluster.store()->put(QStringLiteral("/configmaps"),
                                     {{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                                      {"metadata", {{"name", "cm-" + std::to_string(sent % 50)}, {"namespace", "bench"}}},
                                      {"data", {{"sent", std::to_string(QDateTime::currentMSecsSinceEpoch())}}}});
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        }
        const qint64 produceMs = t.elapsed();
        waitUntil([&] {
            for (const auto &c : clients) {
                if (c->latenciesMs.size() < size_t(rate * seconds))
                    return false;
            }
            return true;
        }, 60'000);
        const qint64 drainMs = t.elapsed();
        std::vector<qint64> all;
        qint64 received = 0;
        for (const auto &c : clients) {
            received += qint64(c->latenciesMs.size());
            all.insert(all.end(), c->latenciesMs.begin(), c->latenciesMs.end());
        }
        std::sort(all.begin(), all.end());
        auto pct = [&](double p) { return all.empty() ? -1 : all[size_t(p * double(all.size() - 1))]; };
        std::printf("watch: %d TLS watchers up=%s in %lld ms; %d events at %d/s produced in %lld ms; delivered %lld/%lld "
                    "in %lld ms; latency p50=%lld ms p99=%lld ms max=%lld ms\n",
                    watchers, allUp ? "all" : "NOT ALL", connectMs, rate * seconds, rate, produceMs, received,
                    qint64(watchers) * rate * seconds, drainMs, pct(0.5), pct(0.99), all.empty() ? -1 : all.back());
        cluster.dropWatches();
    }

    // 2. LIST 10k pods of >= 5 KB.
    if (phases.contains(QStringLiteral("list"))) {
        const int pods = 10'000;
        std::printf("pod size: %zu bytes\n", bigPod(0).dump().size());
        for (int i = 0; i < pods; ++i)
            cluster.store()->put(QStringLiteral("/pods"), bigPod(i));
        for (const QByteArray &accept : {QByteArray("application/json"),
                                         QByteArray("application/json;as=Table;v=v1;g=meta.k8s.io,application/json")}) {
            QElapsedTimer t;
            t.start();
            RawClient c(cluster, get(cluster, "/api/v1/namespaces/bench/pods", accept));
            waitUntil([&] {
                const qsizetype at = c.head().indexOf("Content-Length: ");
                return c.headersDone() && at >= 0 && c.bodyBytes() >= c.head().mid(at + 16).split('\r').value(0).toLongLong();
            }, 120'000);
            std::printf("list: 10k pods (%s) %lld bytes in %lld ms\n", accept.contains("Table") ? "Table" : "JSON",
                        c.bodyBytes(), t.elapsed());
            if (qEnvironmentVariableIsSet("BENCH_CURL")) {
                QProcess curl;
                curl.start(QStringLiteral("curl"), {QStringLiteral("-sk"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{time_starttransfer} %{time_total} %{size_download}"), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + cluster.adminToken(), QStringLiteral("-H"), QStringLiteral("Accept: ") + QString::fromLatin1(accept), cluster.url().toString() + QStringLiteral("/api/v1/namespaces/bench/pods")});
                curl.waitForFinished(120000);
                std::printf("  curl: %s\n", curl.readAllStandardOutput().constData());
            }
        }
    }

    // 3. 1M-line log.
    if (phases.contains(QStringLiteral("log"))) {
        const int lines = 1'000'000;
        cluster.store()->put(QStringLiteral("/pods"), bigPod(999'999));
        QList<QByteArray> batch;
        for (int i = 0; i < lines; ++i) {
            batch.append("2026-11-26 level=info component=bench msg=\"processed request\" seq=" + QByteArray::number(i)
                         + " latency_ms=12");
            if (batch.size() == 10'000) {
                cluster.appendLog(QStringLiteral("bench"), QStringLiteral("pod-999999"), QStringLiteral("app"), batch);
                batch.clear();
            }
        }
        QElapsedTimer t;
        t.start();
        RawClient c(cluster, get(cluster, "/api/v1/namespaces/bench/pods/pod-999999/log", "*/*"));
        waitUntil([&] { return c.finished(); }, 300'000);
        const qint64 ms = t.elapsed();
        std::printf("log: %d lines, %lld body bytes (chunked) in %lld ms = %.1f MB/s, %.0f lines/s; peak RSS %lld MB\n", lines,
                    c.bodyBytes(), ms, double(c.bodyBytes()) / 1e6 / (double(ms) / 1000.0),
                    double(lines) / (double(ms) / 1000.0), peakRssKb() / 1024);
    }

    // 4. websocket exec upgrade.
    if (phases.contains(QStringLiteral("exec"))) {
        QElapsedTimer t;
        t.start();
        const QByteArray pod = QByteArray::fromStdString(
            cluster.store()->list(QStringLiteral("/pods"), QStringLiteral("kube-system")).items.at(0)->at("metadata").at("name").get<std::string>());
        RawClient c(cluster, get(cluster,
                                  "/api/v1/namespaces/kube-system/pods/" + pod
                                      + "/exec?command=echo&command=spike&stdout=true&stderr=true",
                                  "*/*",
                                  "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v5.channel.k8s.io\r\n"));
        c.keepRaw();
        waitUntil([&] { return c.finished() || c.raw().contains("Success"); }, 10'000);
        const QByteArray head = c.head();
        std::printf("exec: %s, subprotocol %s, stdout frame %s, status frame %s, %lld ms\n",
                    head.startsWith("HTTP/1.1 101") ? "101 Switching Protocols" : head.left(20).constData(),
                    head.contains("Sec-WebSocket-Protocol: v5.channel.k8s.io") ? "v5.channel.k8s.io" : "MISSING",
                    c.raw().contains(QByteArray("\x01spike\n", 7)) ? "ok" : "MISSING",
                    c.raw().contains("\"status\":\"Success\"") ? "ok" : "MISSING", t.elapsed());
    }
    cluster.stop();
    return 0;
}
