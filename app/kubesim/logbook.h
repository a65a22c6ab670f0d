#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <map>
#include <mutex>
#include <vector>

namespace sd::sim {

// Container logs of the simulated cluster: the current instance's lines and the previous instance's
// (what `kubectl logs --previous` reads). Thread-safe; signals are emitted after the lock is released,
// on the writer's thread.
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
    // Up to `maxCount` lines from index `from` of the current (or previous) instance.
    std::vector<Line> lines(const QString &ns, const QString &pod, const QString &container, bool previous = false,
                            size_t from = 0, size_t maxCount = SIZE_MAX) const;
    // Index of the first line at or after `time` (binary search: lines are appended in time order).
    size_t indexAt(const QString &ns, const QString &pod, const QString &container, bool previous,
                   const QDateTime &time) const;
    size_t lineCount(const QString &ns, const QString &pod, const QString &container, bool previous) const;
    bool hasPrevious(const QString &ns, const QString &pod, const QString &container) const;
    // The container restarted: current lines become the previous instance; followers' streams end.
    void restart(const QString &ns, const QString &pod, const QString &container);
    void removePod(const QString &ns, const QString &pod);

signals:
    void appended(const QString &key);
    // The instance behind `key` ended (restart or pod removal): follow streams must close.
    void ended(const QString &key);

private:
    struct Container
    {
        std::vector<Line> current;
        std::vector<Line> previous;
        bool restarted = false;
    };
    mutable std::mutex m_mutex;
    std::map<QString, Container> m_containers;
};

} // namespace sd::sim
