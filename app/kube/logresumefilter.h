#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

namespace sd {

// Makes a resumed log follow seamless. Each line carries the kubelet's RFC 3339 timestamp
// prefix; a resume asks for sinceTime = the last line's timestamp, which the server truncates to
// whole seconds, so the lines of that last second come again. The filter remembers the lines of
// the last second it passed and drops exactly those when they are replayed (counting repeats,
// so two identical lines in one second both survive once). Pure logic.
class LogResumeFilter
{
public:
    struct Timestamp
    {
        qint64 seconds = 0; // since the epoch, UTC
        qint32 nanos = 0;
        auto operator<=>(const Timestamp &) const = default;
    };

    // Parses "2026-11-26T04:33:06.592218000Z" (any fraction length, Z or ±hh:mm).
    static std::optional<Timestamp> parseTimestamp(QByteArrayView text);
    // Splits "<timestamp> <text>"; returns nullopt when the line has no valid timestamp.
    static std::optional<Timestamp> splitLine(const QByteArray &line, QByteArray *text);

    // Whether a line (with its timestamp prefix) is new and should be shown. Call for every line
    // in arrival order.
    bool accept(const QByteArray &line);
    // Call before re-requesting: the returned sinceTime (whole seconds, RFC 3339) is what to ask
    // for; empty when no line has been seen yet (then repeat the original request).
    QString beginResume();

    bool hasSeenLines() const { return m_last.has_value(); }

private:
    void remember(const Timestamp &ts, const QByteArray &line);

    std::optional<Timestamp> m_last;
    QList<QByteArray> m_lastSecond;      // lines seen in m_last's whole second
    QHash<QByteArray, int> m_replay;     // still expected again after a resume
    bool m_resuming = false;
};

} // namespace sd
