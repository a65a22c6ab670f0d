#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace sd {

// Kubernetes manifests as JSON: every document of a (multi-document) YAML or JSON text, parsed by
// schema/yamljson.h, with each `kind: List` unpacked into its items. Stateless; thread-safe.
class YamlDocuments
{
public:
    // nullopt with a message naming the line on malformed input.
    static std::optional<std::vector<nlohmann::json>> parse(const QByteArray &text, QString *error);
};

} // namespace sd
