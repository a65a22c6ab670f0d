#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace sd {

// Why a text did not parse; line and column are 1-based (0 when the parser gave none). The message
// is the parser's own (English): callers that show it to users put it into a translated sentence.
struct ParseError
{
    int line = 0;
    int column = 0;
    QString message;

    QString text() const; // "line L, column C: message" (or the message alone)
};

// Kubernetes objects from a text that may be JSON or YAML (YAML 1.2 core schema for plain scalars:
// null, booleans, integers and floats; everything quoted stays a string). Multi-document YAML gives
// every non-empty document. nullopt with `error` on malformed input. Stateless; thread-safe.
std::optional<std::vector<nlohmann::json>> parseJsonOrYamlDocuments(const QByteArray &data, ParseError *error = nullptr);
// Exactly one object (a request body, a CRD file).
std::optional<nlohmann::json> parseJsonOrYaml(const QByteArray &data, ParseError *error = nullptr);

} // namespace sd
