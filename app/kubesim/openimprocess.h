#pragma once

#include "kubesim/simprocess.h"

#include <nlohmann/json.hpp>

namespace sd::sim {

// An OpenIM server binary (openim-api, -msggateway, -msgtransfer, -push, -crontask, -rpc-*) as the
// v3.8.3 images run it in Kubernetes mode. start() does what the binary does before it serves: reads
// its config files from $CONFIG_PATH with IMENV_ overrides (OpenImConfig: unknown keys and bad values
// refused), checks the discovery mode, picks its ports by index, and connects to the datastores its
// main() connects to (MongoDB, Redis, Kafka, MinIO: cluster DNS, the Service's ready endpoints, the
// KubeBlocks Cluster's phase, and the credentials against the datastore's accounts). Any failure
// ends the process with exit code 255 after the zap ERROR line and the `<binary> exit -1: <error>`
// line OpenIM prints; a fixed Secret or ConfigMap is read again at the next start.
// Once up it listens on the configured ports (not the declared containerPorts: a mismatch shows as a
// failing probe), serves Prometheus text on its metrics port, and openim-api answers
// POST /auth/get_admin_token (share secret and admin user checked; errCode JSON otherwise).
// gRPC ports answer HTTP/1.1 with an HTTP/2 SETTINGS frame (what Go's HTTP client calls a malformed
// response). Thread-safety as SimProcess.
class OpenImProcess final : public SimProcess
{
public:
    explicit OpenImProcess(ContainerEnv env);

    // Whether the image is an OpenIM server binary.
    static bool handles(const ContainerEnv &env);

    Startup start(const ProcessWorld &world) override;
    QList<int> listenPorts() const override;
    QString kind() const override { return m_binary; }

protected:
    HttpAnswer serve(int port, const HttpExchange &request) const override;

private:
    struct Fatal
    {
        QString error;
        bool logReady = false;  // the logger was configured: the error also goes out as a zap line
        qint64 afterMs = 300;
    };
    // Reads one config file into m_config; false with `fatal` set.
    bool loadFile(const QString &file, Fatal *fatal);
    QString connectMongo(qint64 *elapsedMs) const;
    QString connectRedis(qint64 *elapsedMs) const;
    QString connectKafka(qint64 *elapsedMs) const;
    QString connectMinio(qint64 *elapsedMs) const;
    QByteArray zapLine(const char *level, const QString &caller, const QString &message, const nlohmann::ordered_json &fields) const;
    bool logs(int level) const;
    int portAt(const QString &file, const char *section, const char *key, QString *error) const;
    HttpAnswer adminToken(const HttpExchange &request) const;
    QByteArray metrics() const;

    QString m_binary;
    QString m_version;
    int m_index = 0;
    nlohmann::json m_config = nlohmann::json::object();  // file → decoded content
    QList<int> m_ports;
    int m_httpPort = 0;
    int m_wsPort = 0;
    int m_metricsPort = 0;
};

} // namespace sd::sim
