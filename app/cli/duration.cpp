#include "cli/duration.h"

#include <QRegularExpression>

namespace sd::cli {

std::optional<qint64> parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    bool plain = false;
    const qint64 seconds = text.toLongLong(&plain);
    if (plain)
        return seconds > 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    const auto m = re.match(text);
    if (text.isEmpty() || !m.hasMatch())
        return std::nullopt;
    const qint64 ms = (m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong()) * 1000;
    return ms > 0 ? std::optional<qint64>(ms) : std::nullopt;
}

} // namespace sd::cli
