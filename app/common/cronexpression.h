#pragma once

#include <QDateTime>
#include <QString>

#include <bitset>
#include <optional>

namespace sd {

// A five-field cron expression as Kubernetes CronJobs and KubeBlocks' BackupSchedules read it
// (minute hour day-of-month month day-of-week, times in UTC): numbers, "*", "?", ranges "a-b",
// steps "*/n" and "a-b/n", lists "a,b", month and weekday names (JAN, MON) and the descriptors
// @yearly @annually @monthly @weekly @daily @midnight @hourly. As in cron, when both day fields
// are restricted a day matching either one counts.
// Plain value; safe from any thread.
class CronExpression
{
public:
    // nullopt and a translated *error (naming the bad field) when text is not a valid expression.
    static std::optional<CronExpression> parse(const QString &text, QString *error = nullptr);

    // The first matching minute strictly after `after` (seconds dropped), in UTC; invalid when
    // nothing matches within five years (e.g. "0 0 31 2 *").
    QDateTime next(const QDateTime &after) const;
    QString text() const { return m_text; }

private:
    CronExpression() = default;
    bool matchesDay(const QDate &date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months;      // 1..12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_anyDayOfMonth = false;  // the field was "*" or "?": only the weekday decides
    bool m_anyDayOfWeek = false;
};

} // namespace sd
