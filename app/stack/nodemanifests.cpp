#include "stack/nodemanifests.h"

#include "stack/manifestgenerator.h"
#include "stack/yamlwriter.h"

namespace sd {

QByteArray nodeManifestsYaml(const Stack &stack, const QString &node)
{
    const std::string id = node.toStdString();
    std::vector<nlohmann::ordered_json> mine;
    for (const nlohmann::ordered_json &object : ManifestGenerator().generate(stack).objects) {
        const auto &metadata = object.value("metadata", nlohmann::ordered_json::object());
        const auto &labels = metadata.value("labels", nlohmann::ordered_json::object());
        if (labels.value("app.kubernetes.io/component", std::string()) == id
            || metadata.value("name", std::string()) == id) {
            mine.push_back(object);
        }
    }
    return YamlWriter::writeDocuments(mine);
}

} // namespace sd
