#pragma once

#include "kubesim/resourcetype.h"

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace sd::sim {

// How much of each object a Table row carries (the includeObject query parameter).
enum class IncludeObject { None, Metadata, Object };

// A meta.k8s.io/v1 Table for `kubectl get`: per-kind columns like the real server's printers
// (CRD additionalPrinterColumns for custom resources) with human-readable ages.
nlohmann::json makeTable(const ResourceType &type, const std::vector<const nlohmann::json *> &objects,
                         IncludeObject include, const QDateTime &now = QDateTime::currentDateTimeUtc());

// "45s", "5m30s", "3h", "2d4h": the apimachinery HumanDuration format.
QString humanDuration(qint64 seconds);

// Evaluates a CRD printer column JSONPath of the simple form ".status.phase" / ".spec.x[0].y".
nlohmann::json evaluateSimpleJsonPath(const nlohmann::json &object, const QString &path);

} // namespace sd::sim
