#pragma once

#include <QString>

#include <optional>

namespace sd::sim {

// Resource quantities as the scheduler and kubelet need them: CPU in millicores, memory in bytes.
namespace quantity {

// "500m", "1", "0.25", "2k" → millicores; nullopt when not a quantity.
std::optional<qint64> cpuMillis(const QString &text);
// "128Mi", "1Gi", "1G", "1e9", "500" → bytes; nullopt when not a quantity.
std::optional<qint64> bytes(const QString &text);
// 1500 → "1500m", 2000 → "2".
QString formatCpu(qint64 millis);
// Bytes as the largest exact binary suffix: 8589934592 → "8Gi", else "Ki" rounded.
QString formatMemory(qint64 bytes);

} // namespace quantity
} // namespace sd::sim
