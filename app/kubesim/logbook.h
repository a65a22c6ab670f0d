#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <deque>
#include <map>
#include <mutex>
#include <vector>

namespace sd::sim {

// Container logs of the simulated cluster: the current instance's lines and the previous instance's
// (what `kubectl logs --previous` reads). Like the kubelet's log rotation, an instance keeps only its
// newest `limitBytes` bytes; line indices stay absolute (counted from the instance's first line), so
// a follower reading by index never skips or repeats a line when old ones are dropped.
// Thread-safe; signals are emitted after the lock is released, on the writer's thread.
class LogBook final : public QObject
{
    Q_OBJECT
public:
    struct Line
    {
        QDateTime time;  // UTC
        QByteArray text; // without the trailing newline
    };

    explicit LogBook(QObject *parent = nullptr);

    static QString key(const QString &ns, const QString &pod, const QString &container);

    void append(const QString &ns, const QString &pod, const QString &container, const QList<QByteArray> &lines,
                const QDateTime &time = QDateTime::currentDateTimeUtc());
    // Lines with their own times (in order, none before the container's last line).
    void append(const QString &ns, const QString &pod, const QString &container, std::vector<Line> lines);
    // Bytes of log text an instance keeps (0: unlimited, the default); older lines are dropped.
    void setLimitBytes(qint64 bytes);
    // Up to `maxCount` lines from index `from` of the current (or previous) instance; lines dropped
    // by the size limit are skipped.
    std::vector<Line> lines(const QString &ns, const QString &pod, const QString &container, bool previous = false,
                            size_t from = 0, size_t maxCount = SIZE_MAX) const;
    // Index of the first line at or after `time` (binary search: lines are appended in time order).
    size_t indexAt(const QString &ns, const QString &pod, const QString &container, bool previous,
                   const QDateTime &time) const;
    // Index of the oldest line still kept (0 until the size limit drops lines).
    size_t firstIndex(const QString &ns, const QString &pod, const QString &container, bool previous) const;
    // Index after the last line (lines ever written to the instance, dropped ones included).
    size_t lineCount(const QString &ns, const QString &pod, const QString &container, bool previous) const;
    bool hasPrevious(const QString &ns, const QString &pod, const QString &container) const;
    // The container restarted: current lines become the previous instance; followers' streams end.
    void restart(const QString &ns, const QString &pod, const QString &container);
    void removePod(const QString &ns, const QString &pod);
    // Bytes of log text kept over all instances (memory accounting of benchmarks).
    qint64 totalBytes() const;

signals:
    void appended(const QString &key);
    // The instance behind `key` ended (restart or pod removal): follow streams must close.
    void ended(const QString &key);

private:
    struct Instance
    {
        std::deque<Line> lines;
        size_t dropped = 0;  // absolute index of lines.front()
        qint64 bytes = 0;
    };
    struct Container
    {
        Instance current;
        Instance previous;
        bool restarted = false;
    };
    void trim(Instance &instance) const;

    mutable std::mutex m_mutex;
    qint64 m_limitBytes = 0;
    std::map<QString, Container> m_containers;
};

} // namespace sd::sim
