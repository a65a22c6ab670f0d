#include "kubesim/datastoreprocess.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <cmath>

namespace sd::sim {

namespace {
QByteArray counter(const char *name, const char *help, const QByteArray &labels, double value)
{
    return QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + labels + ' '
           + QByteArray::number(value, 'f', 0) + '\n';
}

QByteArray gauge(const char *name, const char *help, const QByteArray &labels, double value)
{
    return QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + labels + ' '
           + QByteArray::number(value, 'g', 10) + '\n';
}

HttpAnswer notHttp(const QString &error)
{
    HttpAnswer a;
    a.kind = HttpAnswer::NotHttp;
    a.error = error;
    return a;
}
} // namespace

DatastoreProcess::DatastoreProcess(ContainerEnv env, Engine engine) : SimProcess(std::move(env)), m_engine(engine) {}

std::optional<DatastoreProcess::Engine> DatastoreProcess::engineFor(const ContainerEnv &env)
{
    const QString image = env.imageName();
    const bool sentinel = env.container.contains(QStringLiteral("sentinel"))
                          || (env.command + env.args).join(QLatin1Char(' ')).contains(QStringLiteral("sentinel"));
    if (image == QStringLiteral("redis-sentinel") || (image == QStringLiteral("redis") && sentinel))
        return Engine::RedisSentinel;
    if (image == QStringLiteral("redis"))
        return Engine::Redis;
    if (image == QStringLiteral("mysql"))
        return Engine::MySql;
    if (image == QStringLiteral("mongo") || image == QStringLiteral("mongodb"))
        return Engine::MongoDb;
    if (image == QStringLiteral("kafka-exporter"))
        return Engine::KafkaExporter;
    if (image == QStringLiteral("kafka"))
        return Engine::Kafka;
    if (image == QStringLiteral("minio"))
        return Engine::MinIO;
    return std::nullopt;
}

QString DatastoreProcess::kind() const
{
    switch (m_engine) {
    case Engine::MySql: return QStringLiteral("mysql");
    case Engine::Redis: return QStringLiteral("redis");
    case Engine::RedisSentinel: return QStringLiteral("redis-sentinel");
    case Engine::MongoDb: return QStringLiteral("mongodb");
    case Engine::Kafka: return QStringLiteral("kafka");
    case Engine::KafkaExporter: return QStringLiteral("kafka-exporter");
    case Engine::MinIO: return QStringLiteral("minio");
    }
    return {};
}

SimProcess::Startup DatastoreProcess::start(const ProcessWorld &world)
{
    SimProcess::start(world);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray version = m_env.imageTag().toUtf8();
    const QByteArray ip = m_env.podIP.toUtf8();
    const int port = m_env.ports.isEmpty() ? 0 : m_env.ports.first().second;
    const QByteArray portText = QByteArray::number(port);
    Startup s;
    switch (m_engine) {
    case Engine::MongoDb: {
        const QByteArray t = now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+00:00")).toUtf8();
        s.durationMs = 4000;
        s.lines = {R"({"t":{"$date":")" + t + R"("},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"main","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"})",
                   R"({"t":{"$date":")" + t + R"("},"s":"I",  "c":"CONTROL",  "id":21951,   "ctx":"initandlisten","msg":"Options set by command line","attr":{"options":{"net":{"bindIp":"*","port":)" + portText + R"(},"replication":{"replSetName":")" + m_env.pod.section(QLatin1Char('-'), 0, -2).toUtf8() + R"("}}}})",
                   R"({"t":{"$date":")" + t + R"("},"s":"I",  "c":"NETWORK",  "id":23015,   "ctx":"listener","msg":"Listening on","attr":{"address":"0.0.0.0"}})",
                   R"({"t":{"$date":")" + t + R"("},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":)" + portText + R"(,"ssl":"off"}})"};
        break;
    }
    case Engine::Redis:
    case Engine::RedisSentinel: {
        const bool sentinel = m_engine == Engine::RedisSentinel;
        const QByteArray prefix = QByteArray("1:") + (sentinel ? "X " : "M ")
                                  + now.toString(QStringLiteral("dd MMM yyyy HH:mm:ss.zzz")).toUtf8();
        s.durationMs = 1500;
        s.lines = {"1:C " + prefix.mid(4) + " # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                   "1:C " + prefix.mid(4) + " # Redis version=" + version + ", bits=64, commit=00000000, modified=0, pid=1, just started",
                   prefix + " * Running mode=" + (sentinel ? "sentinel" : "standalone") + ", port=" + portText + ".",
                   sentinel ? prefix + " # Sentinel ID is "
                                  + QCryptographicHash::hash(m_env.pod.toUtf8(), QCryptographicHash::Sha1).toHex()
                            : prefix + " * Server initialized",
                   prefix + " * Ready to accept connections tcp"};
        break;
    }
    case Engine::MySql:
        s.durationMs = 6000;
        s.lines = {now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")).toUtf8()
                       + " 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld " + version + ") starting as process 1",
                   now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")).toUtf8()
                       + " 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '" + version
                       + "'  socket: '/var/run/mysqld/mysqld.sock'  port: " + portText + "  MySQL Community Server - GPL."};
        break;
    case Engine::Kafka: {
        const QByteArray t = "[" + now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz")).toUtf8() + "]";
        s.durationMs = 8000;
        s.lines = {t + " INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)",
                   t + " INFO [KafkaRaftServer nodeId=" + QByteArray::number(m_env.pod.section(QLatin1Char('-'), -1).toInt())
                       + "] Kafka Server started (kafka.server.KafkaRaftServer)"};
        break;
    }
    case Engine::KafkaExporter:
        s.durationMs = 1000;
        s.lines = {"I" + now.toString(QStringLiteral("MMdd HH:mm:ss.zzz000")).toUtf8() + "       1 kafka_exporter.go:792] Listening on HTTP :"
                   + portText};
        break;
    case Engine::MinIO:
        s.durationMs = 2000;
        s.lines = {"MinIO Object Storage Server", "Copyright: 2015-2026 MinIO, Inc.", "License: GNU AGPLv3 - https://www.gnu.org/licenses/agpl-3.0.html",
                   "Version: " + version, "", "API: http://" + ip + ":" + portText + "  http://127.0.0.1:" + portText,
                   "WebUI: http://" + ip + ":9001 http://127.0.0.1:9001"};
        break;
    }
    return s;
}

HttpAnswer DatastoreProcess::serve(int port, const HttpExchange &request) const
{
    const QByteArray path = request.route();
    QString portName;
    for (const auto &[name, number] : m_env.ports) {
        if (number == port)
            portName = name;
    }
    if (portName == QStringLiteral("kbagent"))
        return HttpAnswer::text(404, "404 page not found\n");
    if (portName.contains(QStringLiteral("metrics")) || m_engine == Engine::KafkaExporter)
        return path == "/metrics" ? HttpAnswer::text(200, exporterMetrics()) : HttpAnswer::text(404, "404 page not found\n");
    switch (m_engine) {
    case Engine::MongoDb:
        return HttpAnswer::text(200, "It looks like you are trying to access MongoDB over HTTP on the native driver port.\n");
    case Engine::MySql:
        return notHttp(QStringLiteral("net/http: HTTP/1.x transport connection broken: malformed HTTP response \"J\\x00\\x00\\x00\\n%1\\x00\"")
                           .arg(m_env.imageTag()));
    case Engine::Redis:
    case Engine::RedisSentinel:
    case Engine::Kafka:
        // Redis drops what looks like HTTP (a cross-protocol attack); Kafka reads "GET " as a frame size.
        return notHttp(QStringLiteral("EOF"));
    case Engine::MinIO:
        if (portName == QStringLiteral("console"))
            return HttpAnswer{HttpAnswer::Answered, 200, "text/html", "<!doctype html><html><head><title>MinIO Console</title></head></html>", {}};
        if (path == "/minio/health/live" || path == "/minio/health/ready" || path == "/minio/health/cluster")
            return HttpAnswer::text(200, {});
        if (path == "/minio/v2/metrics/cluster" || path == "/minio/v2/metrics/node")
            return HttpAnswer::text(200, minioMetrics());
        return HttpAnswer{HttpAnswer::Answered, 403, "application/xml",
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied.</Message>"
                          "<Resource>" + path + "</Resource></Error>", {}};
    case Engine::KafkaExporter:
        break;
    }
    return HttpAnswer::text(404, "404 page not found\n");
}

QByteArray DatastoreProcess::exporterMetrics() const
{
    const double up = uptimeSeconds();
    QByteArray out = baseMetrics();
    if (m_engine == Engine::KafkaExporter) {
        out += gauge("kafka_brokers", "Number of Brokers in the Kafka Cluster.", {}, 1);
        for (const char *topic : {"toRedis", "toMongo", "toPush", "toOfflinePush"}) {
            out += gauge("kafka_topic_partitions", "Number of partitions for this Topic", QByteArray("{topic=\"") + topic + "\"}", 8);
            out += gauge("kafka_topic_partition_current_offset", "Current Offset of a Broker at Topic/Partition",
                         QByteArray("{partition=\"0\",topic=\"") + topic + "\"}", std::floor(up * 3.5));
        }
        out += gauge("kafka_consumergroup_lag", "Current Approximate Lag of a ConsumerGroup at Topic/Partition",
                     "{consumergroup=\"mongo\",partition=\"0\",topic=\"toMongo\"}", std::fmod(std::floor(up), 7));
        return out;
    }
    out += counter("kafka_server_brokertopicmetrics_messagesin_total", "Attribute exposed for management",
                   {}, std::floor(up * 14));
    out += counter("kafka_server_brokertopicmetrics_bytesin_total", "Attribute exposed for management", {}, std::floor(up * 14 * 612));
    out += gauge("kafka_controller_kafkacontroller_activecontrollercount", "Attribute exposed for management", {}, 1);
    out += gauge("kafka_server_replicamanager_underreplicatedpartitions", "Attribute exposed for management", {}, 0);
    return out;
}

QByteArray DatastoreProcess::minioMetrics() const
{
    const double up = uptimeSeconds();
    QByteArray out;
    out += gauge("minio_cluster_capacity_usable_total_bytes", "Total cluster usable storage capacity", "{server=\"127.0.0.1:9000\"}",
                 20.0 * 1024 * 1024 * 1024);
    out += gauge("minio_cluster_nodes_online_total", "Total number of MinIO nodes online", "{server=\"127.0.0.1:9000\"}", 1);
    out += counter("minio_s3_requests_total", "Total number of S3 requests", "{api=\"putobject\",server=\"127.0.0.1:9000\"}",
                   std::floor(up / 2));
    out += counter("minio_s3_requests_total", "Total number of S3 requests", "{api=\"getobject\",server=\"127.0.0.1:9000\"}",
                   std::floor(up * 1.5));
    return out;
}

std::optional<ExecAnswer> DatastoreProcess::execCommand(const QStringList &argv) const
{
    const QString program = argv.first().section(QLatin1Char('/'), -1);
    const QString all = argv.join(QLatin1Char(' ')).toLower();
    if (program == QStringLiteral("redis-cli"))
        return ExecAnswer{0, all.contains(QStringLiteral("ping")) ? QByteArray("PONG\n") : QByteArray("OK\n")};
    if (program == QStringLiteral("mysqladmin") && all.contains(QStringLiteral("ping")))
        return ExecAnswer{0, "mysqld is alive\n"};
    if (program == QStringLiteral("mongosh") || program == QStringLiteral("mongo"))
        return ExecAnswer{0, "{ ok: 1 }\n"};
    return std::nullopt;
}

} // namespace sd::sim
