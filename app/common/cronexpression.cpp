#include "common/cronexpression.h"

#include "common/tr.h"

#include <QStringList>

namespace sd {

namespace {

struct Field
{
    int min;
    int max;
    QStringList names; // index i names value min + i
};

QString fieldName(int index)
{
    switch (index) {
    case 0:
        return Tr::tr("minute");
    case 1:
        return Tr::tr("hour");
    case 2:
        return Tr::tr("day of month");
    case 3:
        return Tr::tr("month");
    default:
        return Tr::tr("day of week");
    }
}

std::optional<int> value(const QString &text, const Field &f)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (ok)
        return v;
    const qsizetype i = f.names.indexOf(text.toUpper());
    if (i >= 0)
        return f.min + int(i);
    return std::nullopt;
}

// One field into a bit per allowed value; the message says what is wrong with it.
using Bits = std::bitset<64>;

bool parseField(const QString &text, const Field &f, Bits &bits, QString *message)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(QLatin1Char('/')); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1) {
                *message = Tr::tr("\"%1\" is not a valid step.").arg(part.mid(slash + 1));
                return false;
            }
            range = part.left(slash);
        }
        int lo = f.min;
        int hi = f.max;
        if (range != QLatin1String("*") && range != QLatin1String("?")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            const auto a = value(dash >= 0 ? range.left(dash) : range, f);
            const auto b = dash >= 0 ? value(range.mid(dash + 1), f) : a;
            if (!a || !b) {
                *message = Tr::tr("\"%1\" is not a number or a name.").arg(range);
                return false;
            }
            lo = *a;
            // "5/15" means from 5 to the end, stepping by 15.
            hi = dash < 0 && step > 1 ? f.max : *b;
            if (lo < f.min || hi > f.max || lo > hi) {
                *message = Tr::tr("\"%1\" is outside %2-%3.").arg(range).arg(f.min).arg(f.max);
                return false;
            }
        }
        for (int v = lo; v <= hi; v += step)
            bits.set(size_t(v));
    }
    return true;
}

} // namespace

std::optional<CronExpression> CronExpression::parse(const QString &input, QString *error)
{
    const QString text = input.simplified();
    QString fields = text;
    static const QList<QPair<QString, QString>> descriptors{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")}};
    if (text.startsWith(QLatin1Char('@'))) {
        fields.clear();
        for (const auto &[name, expansion] : descriptors) {
            if (text == name)
                fields = expansion;
        }
        if (fields.isEmpty()) {
            if (error)
                *error = Tr::tr("Unknown cron descriptor \"%1\"; use @hourly, @daily, @weekly, "
                                "@monthly or @yearly, or five fields.")
                             .arg(text);
            return std::nullopt;
        }
    }
    const QStringList parts = fields.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 5) {
        if (error)
            *error = Tr::tr("\"%1\" is not a cron expression: it needs five fields (minute hour "
                            "day-of-month month day-of-week), found %n.",
                            nullptr,
                            int(parts.size()))
                         .arg(text);
        return std::nullopt;
    }
    static const QStringList months{QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                    QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                    QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                    QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    static const QStringList weekdays{QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                                      QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                                      QStringLiteral("SAT")};
    const Field spec[5] = {{0, 59, {}}, {0, 23, {}}, {1, 31, {}}, {1, 12, months}, {0, 6, weekdays}};
    Bits bits[5];
    for (int i = 0; i < 5; ++i) {
        QString message;
        if (!parseField(parts[i], spec[i], bits[i], &message)) {
            if (error)
                *error = Tr::tr("Cron expression \"%1\": the %2 field is wrong: %3")
                             .arg(text, fieldName(i), message);
            return std::nullopt;
        }
    }
    CronExpression cron;
    cron.m_text = text;
    cron.m_minutes = std::bitset<60>(bits[0].to_ullong());
    cron.m_hours = std::bitset<24>(bits[1].to_ullong());
    cron.m_daysOfMonth = std::bitset<32>(bits[2].to_ullong());
    cron.m_months = std::bitset<13>(bits[3].to_ullong());
    cron.m_daysOfWeek = std::bitset<7>(bits[4].to_ullong());
    const auto any = [](const QString &f) {
        return f.startsWith(QLatin1Char('*')) || f.startsWith(QLatin1Char('?'));
    };
    cron.m_anyDayOfMonth = any(parts[2]);
    cron.m_anyDayOfWeek = any(parts[4]);
    return cron;
}

bool CronExpression::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const bool dom = m_daysOfMonth.test(size_t(date.day()));
    const bool dow = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    if (m_anyDayOfMonth || m_anyDayOfWeek)
        return dom && dow;
    return dom || dow;
}

QDateTime CronExpression::next(const QDateTime &after) const
{
    const QDateTime start = after.toUTC();
    // The minute after `after`, with seconds dropped.
    QDateTime t(start.date(), QTime(start.time().hour(), start.time().minute()), Qt::UTC);
    t = t.addSecs(60);
    QDate day = t.date();
    int firstMinuteOfDay = t.time().hour() * 60 + t.time().minute();
    for (int i = 0; i < 5 * 366 + 1; ++i, day = day.addDays(1), firstMinuteOfDay = 0) {
        if (!matchesDay(day))
            continue;
        for (int m = firstMinuteOfDay; m < 24 * 60; ++m) {
            if (m_hours.test(size_t(m / 60)) && m_minutes.test(size_t(m % 60)))
                return QDateTime(day, QTime(m / 60, m % 60), Qt::UTC);
        }
    }
    return {};
}

} // namespace sd
