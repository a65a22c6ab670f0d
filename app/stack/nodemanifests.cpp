#include "stack/nodemanifests.h"

#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"
#include "stack/yamlwriter.h"

namespace sd {

namespace {

std::vector<nlohmann::ordered_json> nodeObjects(const Stack &stack, const QString &node)
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
    return mine;
}

} // namespace

QByteArray nodeManifestsYaml(const Stack &stack, const QString &node)
{
    return YamlWriter::writeDocuments(nodeObjects(stack, node));
}

QStringList nodeObjectNames(const Stack &stack, const QString &node)
{
    QStringList names;
    for (const nlohmann::ordered_json &object : nodeObjects(stack, node)) {
        names << QStringLiteral("%1 %2").arg(QString::fromStdString(object.value("kind", std::string())),
                                             QString::fromStdString(object["metadata"].value("name", std::string())));
    }
    return names;
}

QList<NodeObjectRef> nodeObjectRefs(const Stack &stack, const QString &node)
{
    QList<NodeObjectRef> refs;
    if (const DatastoreSpec *d = stack.datastore(node); d && d->existing) {
        refs.append({KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster"), d->name});
        return refs;
    }
    for (const nlohmann::ordered_json &object : nodeObjects(stack, node)) {
        refs.append({QString::fromStdString(object.value("apiVersion", std::string())),
                     QString::fromStdString(object.value("kind", std::string())),
                     QString::fromStdString(object["metadata"].value("name", std::string()))});
    }
    return refs;
}

} // namespace sd
