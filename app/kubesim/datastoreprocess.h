#pragma once

#include "kubesim/simprocess.h"

namespace sd::sim {

// The server process of a datastore engine KubeBlocks runs (or anyone runs from the same images):
// MySQL, Redis, Redis Sentinel, MongoDB, Kafka, the Kafka exporter and MinIO. Each writes its own
// startup lines, listens on its declared ports, speaks its own protocol there (an HTTP request to a
// database port gets what Go's HTTP client would make of the answer), serves Prometheus text on
// exporter ports and MinIO's health and metrics paths, and answers its client's ping in exec probes.
// Credentials are checked by the clients (OpenImProcess), against DataRegistry. Thread-safety as SimProcess.
class DatastoreProcess final : public SimProcess
{
public:
    enum class Engine { MySql, Redis, RedisSentinel, MongoDb, Kafka, KafkaExporter, MinIO };

    DatastoreProcess(ContainerEnv env, Engine engine);

    // The engine an image runs, if it is one of the above.
    static std::optional<Engine> engineFor(const ContainerEnv &env);

    Startup start(const ProcessWorld &world) override;
    QString kind() const override;

protected:
    HttpAnswer serve(int port, const HttpExchange &request) const override;
    std::optional<ExecAnswer> execCommand(const QStringList &argv) const override;

private:
    QByteArray exporterMetrics() const;
    QByteArray minioMetrics() const;

    Engine m_engine;
};

} // namespace sd::sim
