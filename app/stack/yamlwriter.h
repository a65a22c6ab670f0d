#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <string>
#include <vector>

namespace sd {

// Deterministic YAML text from JSON trees (yaml-cpp's emitter underneath): keys keep the
// insertion order of nlohmann::ordered_json, two-space indentation, block style except for
// empty collections, strings quoted whenever a YAML 1.1 or 1.2 reader would otherwise take them
// for a number, a boolean or null ("1", "on", "8.0"). Multi-line strings become literal blocks.
class YamlWriter
{
public:
    static QByteArray write(const nlohmann::ordered_json &document);
    // Documents joined with "---" lines: a multi-document bundle for kubectl apply -f.
    static QByteArray writeDocuments(const std::vector<nlohmann::ordered_json> &documents);
    // True when the plain scalar would not read back as this string.
    static bool needsQuotes(const std::string &text);
};

} // namespace sd
