#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace sd::sim {

// Writes the log lines of one simulated container instance, in the format its image writes on a
// real cluster: OpenIM's zap console lines (ANSI colours, tab-separated, operationIDs and a JSON
// object of fields), MySQL's error log, Redis, MongoDB's structured JSON, Kafka's log4j lines,
// MinIO's JSON log, and logfmt for anything else. Contents come from a seeded generator: the n-th
// line of a generator depends only on the seed, the program and n (and the time passed in), so runs
// with one seed read alike. Traffic shape (linesFor) draws from a second generator, so contents do
// not depend on how wall-clock ticks fall. Not thread-safe; cheap to copy.
class LogGenerator
{
public:
    enum class Format { OpenIM, MySql, Redis, MongoDB, Kafka, MinIO, Generic };

    struct Line
    {
        QByteArray text;
        // Bytes the logged operation stores in the datastores the program writes to (0: a read).
        qint64 writeBytes = 0;
    };

    // The format a container writes, from its image ("docker.io/openim/openim-rpc-user:v3.8.3",
    // "apecloud/mysql:8.0.30" …) and name (Redis sentinels log as sentinels).
    static Format formatFor(const QString &image, const QString &container);
    // The OpenIM program an image runs ("openim-rpc-user"), or empty for other images.
    static QString openImProgram(const QString &image);

    LogGenerator(Format format, const QString &program, quint64 seed);

    Format format() const { return m_format; }
    // The next line at `time`: the program's start-up lines first (datastores), then traffic.
    Line next(const QDateTime &time);
    // How many lines `simulatedSeconds` more of traffic carry at `rate` lines per second.
    // burstiness 0 is steady; towards 1 traffic alternates quiet spells and bursts around the
    // same long-run rate.
    int linesFor(double simulatedSeconds, double rate, double burstiness);

private:
    Line startupLine(int index, const QDateTime &time);
    Line openIm(const QDateTime &time);
    Line mysql(const QDateTime &time);
    Line redis(const QDateTime &time);
    Line mongo(const QDateTime &time);
    Line kafka(const QDateTime &time);
    Line minio(const QDateTime &time);
    Line generic(const QDateTime &time);
    int startupCount() const;
    QByteArray operationId();
    QByteArray userId();
    QByteArray hex(int digits);
    QByteArray podIp();

    Format m_format;
    QByteArray m_program;
    QRandomGenerator m_rng;    // line contents
    QRandomGenerator m_shape;  // traffic shape
    int m_emitted = 0;
    quint64 m_counter = 0;     // connection ids, offsets, sequence numbers
    double m_carry = 0;
    double m_spellLeft = 0;    // simulated seconds left in the current quiet/normal/burst spell
    double m_factor = 1;
};

} // namespace sd::sim
