#include "kube/logresumefilter.h"

#include <QDateTime>

namespace sd {

std::optional<LogResumeFilter::Timestamp> LogResumeFilter::parseTimestamp(QByteArrayView t)
{
    // YYYY-MM-DDTHH:MM:SS
    if (t.size() < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't')
        || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    auto num = [&](qsizetype pos, qsizetype len, int *out) {
        int v = 0;
        for (qsizetype i = pos; i < pos + len; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return false;
            v = v * 10 + (t[i] - '0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, s;
    if (!num(0, 4, &y) || !num(5, 2, &mo) || !num(8, 2, &d) || !num(11, 2, &h)
        || !num(14, 2, &mi) || !num(17, 2, &s))
        return std::nullopt;
    qsizetype pos = 19;
    qint32 nanos = 0;
    if (pos < t.size() && t[pos] == '.') {
        ++pos;
        int digits = 0;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') {
            if (digits < 9) {
                nanos = nanos * 10 + (t[pos] - '0');
                ++digits;
            }
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 9; ++digits)
            nanos *= 10;
    }
    int offsetSecs = 0;
    if (pos < t.size() && (t[pos] == 'Z' || t[pos] == 'z')) {
        ++pos;
    } else if (pos + 6 <= t.size() && (t[pos] == '+' || t[pos] == '-') && t[pos + 3] == ':') {
        int oh, om;
        if (!num(pos + 1, 2, &oh) || !num(pos + 4, 2, &om))
            return std::nullopt;
        offsetSecs = (oh * 3600 + om * 60) * (t[pos] == '-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != t.size())
        return std::nullopt;
    // Plain calendar arithmetic (days from civil, proleptic Gregorian): QDateTime costs
    // microseconds per call, and every line of a log follow passes here.
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + (mo == 2 && leap ? 1 : 0) || h > 23 || mi > 59
        || s > 59)
        return std::nullopt;
    const int yy = y - (mo <= 2 ? 1 : 0);
    const int era = yy / 400;
    const int yoe = yy - era * 400;
    const int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = qint64(era) * 146097 + doe - 719468;
    const qint64 secs = days * 86400 + h * 3600 + mi * 60 + s - offsetSecs;
    return Timestamp{secs, nanos};
}

std::optional<LogResumeFilter::Timestamp> LogResumeFilter::splitLine(const QByteArray &line,
                                                                     QByteArray *text)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView stamp = space < 0 ? QByteArrayView(line) : QByteArrayView(line).first(space);
    const auto ts = parseTimestamp(stamp);
    if (!ts)
        return std::nullopt;
    if (text)
        *text = space < 0 ? QByteArray() : line.mid(space + 1);
    return ts;
}

void LogResumeFilter::remember(const Timestamp &ts, const QByteArray &line)
{
    if (!m_last || m_last->seconds != ts.seconds)
        m_lastSecond.clear();
    m_last = ts;
    m_lastSecond.append(line); // shared, not copied; counted only when a resume needs it
}

bool LogResumeFilter::accept(const QByteArray &line)
{
    const auto ts = splitLine(line, nullptr);
    if (!ts)
        return true; // nothing to compare with; never hide what we cannot place
    if (m_resuming && m_last) {
        if (*ts <= *m_last) {
            auto it = m_replay.find(line);
            if (it != m_replay.end() && it.value() > 0) {
                --it.value();
                return false; // seen before the drop
            }
            if (ts->seconds < m_last->seconds)
                return false; // older than anything the server should replay
        } else {
            m_resuming = false;
            m_replay.clear();
        }
    }
    remember(*ts, line);
    return true;
}

QString LogResumeFilter::beginResume()
{
    if (!m_last)
        return {};
    m_resuming = true;
    m_replay.clear();
    for (const QByteArray &line : std::as_const(m_lastSecond))
        ++m_replay[line];
    return QDateTime::fromSecsSinceEpoch(m_last->seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace sd
