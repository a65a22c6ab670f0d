#include "kube/retrypolicy.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace sd {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    // 501 Not Implemented will not change by retrying.
    return httpStatus == 0 || httpStatus == 429 || (httpStatus >= 500 && httpStatus != 501);
}

int RetryPolicy::delayMs(int attempt, int retryAfterMs, double jitter01) const
{
    if (retryAfterMs >= 0)
        return std::min(retryAfterMs, maxRetryAfterMs);
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 exp = std::min<qint64>(qint64(baseDelayMs) << shift, maxDelayMs);
    return int(double(exp) * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
}

int RetryPolicy::parseRetryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : int(std::min<qint64>(secs, 24 * 3600) * 1000);
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v).chopped(4),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(utc), 0, 24 * 3600 * 1000));
}

} // namespace sd
