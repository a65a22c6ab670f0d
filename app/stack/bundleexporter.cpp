#include "stack/bundleexporter.h"

#include "stack/manifestgenerator.h"
#include "stack/secretkeeper.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

namespace sd {

BundleExporter::Result BundleExporter::exportStack(const Stack &stack,
                                                   const Options &options,
                                                   const OpenImCatalog &openim,
                                                   const KubeBlocksCatalog &kubeblocks)
{
    Result result;
    result.issues = StackValidator(openim, kubeblocks).validate(stack);
    if (hasErrors(result.issues))
        return result;

    ManifestSet set = ManifestGenerator(openim, kubeblocks).generate(stack);
    // Owned Secrets go right after the ConfigMap, before anything that mounts or reads them.
    std::vector<nlohmann::ordered_json> objects;
    for (auto &object : set.objects) {
        const bool isConfigMap = object.value("kind", std::string()) == "ConfigMap";
        objects.push_back(std::move(object));
        if (isConfigMap && options.generateSecrets) {
            for (const OwnedSecretSpec &spec : set.ownedSecrets)
                objects.push_back(
                    SecretKeeper::manifest(spec,
                                           stack.ns,
                                           ManifestGenerator::labels(stack, QString()),
                                           SecretKeeper::reconcile(spec, {}, nullptr)));
        }
    }

    // YAML comments, not translated: the bundle is a machine artefact and stays byte-stable.
    QByteArray header = "# Stackdeck bundle for stack " + stack.name.toUtf8() + " (namespace "
                        + stack.ns.toUtf8() + "). Generated; edit the stack file instead.\n";
    if (!options.generateSecrets) {
        for (const OwnedSecretSpec &spec : set.ownedSecrets) {
            header += "# Not included: Secret " + spec.name.toUtf8() + " with key(s) "
                      + spec.keys.join(QLatin1String(", ")).toUtf8()
                      + " (Stackdeck generates it on apply; create it yourself when applying this "
                        "bundle by hand).\n";
        }
    }
    result.text = header + YamlWriter::writeDocuments(objects);
    return result;
}

BundleExporter::Result
BundleExporter::exportFile(const QString &path, const Options &options, const QString &nsOverride)
{
    StackFile::Result loaded = StackFile::load(path);
    if (!loaded.stack) {
        Result result;
        result.issues = loaded.issues;
        return result;
    }
    if (!nsOverride.isEmpty())
        loaded.stack->ns = nsOverride;
    Result result = exportStack(*loaded.stack, options);
    result.issues = loaded.issues + result.issues;
    return result;
}

} // namespace sd
