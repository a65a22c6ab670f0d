#pragma once

#include <QString>

#include <optional>

namespace sd::cli {

// A command-line duration in milliseconds: "90s", "10m", "1h30m", "45" (seconds); nullopt when
// malformed or zero.
std::optional<qint64> parseDurationMs(const QString &text);

} // namespace sd::cli
