#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace sd::sim {

// Parses a request body that may be JSON or YAML (YAML 1.2 core schema for plain scalars: null,
// booleans, integers and floats; everything quoted stays a string). Multi-document YAML gives all
// documents. nullopt with `error` on malformed input.
std::optional<std::vector<nlohmann::json>> parseJsonOrYamlDocuments(const QByteArray &data, QString *error = nullptr);
std::optional<nlohmann::json> parseJsonOrYaml(const QByteArray &data, QString *error = nullptr);

} // namespace sd::sim
