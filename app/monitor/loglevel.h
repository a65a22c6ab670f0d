#pragma once

#include <QtGlobal>

namespace sd {

// Severity of a log line as far as its format tells; Unknown when it does not.
enum class LogLevel : quint8 { Unknown, Debug, Info, Warning, Error, Fatal };

// Bit i set: lines of level i pass (see LogQuery::levels).
constexpr quint8 levelBit(LogLevel level)
{
    return quint8(1u << quint8(level));
}
constexpr quint8 kAllLevels = 0x3f;

} // namespace sd
