#pragma once

#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd::Internal {

// Small readers shared by the catalog parsers. They throw nlohmann::json::exception on
// missing keys or wrong types; the catalogs turn that into one error message.
QString jsonString(const nlohmann::ordered_json &j, const char *key);
QStringList jsonStrings(const nlohmann::ordered_json &j, const char *key);
ResourceSpec jsonResources(const nlohmann::ordered_json &j);
QByteArray readResource(const QString &path);

} // namespace sd::Internal
