#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/secretkeeper.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

#include <vector>

namespace sd {

// The Kubernetes objects a stack consists of.
struct ManifestSet
{
    // Apply order: Namespace, ServiceAccount, Role, RoleBinding, KubeBlocks Clusters, ConfigMap,
    // Services, Deployments (components by start tier).
    std::vector<nlohmann::ordered_json> objects;
    // Secrets Stackdeck owns. They carry generated values, so they are not in `objects`:
    // the deploy step creates them through SecretKeeper (create once, never regenerate) and the
    // bundle exporter includes them only when asked to.
    QList<OwnedSecretSpec> ownedSecrets;
};

// Turns a (validated) stack into manifests. Deterministic: the same stack gives byte-identical
// YAML, keys in a fixed order. Credentials reach pods only through secretKeyRef (KubeBlocks 1.0
// account Secrets or the stack's own). Labels app.kubernetes.io/managed-by=stackdeck,
// part-of=<stack> and component=<node> mark everything it makes.
// Invalid input (unknown components or engines) is skipped, never a crash: run StackValidator
// first to get messages. Holds references to the catalogs, which must outlive it. Thread-safe.
class ManifestGenerator
{
public:
    explicit ManifestGenerator(const OpenImCatalog &openim = OpenImCatalog::builtIn(),
                               const KubeBlocksCatalog &kubeblocks = KubeBlocksCatalog::builtIn());

    ManifestSet generate(const Stack &stack) const;

    static constexpr const char *kManagedBy = "stackdeck";
    static constexpr const char *kServiceAccountName = "openim";
    static constexpr const char *kRoleName = "openim-discovery";
    static constexpr const char *kOwnedSecretName = "openim-secret";
    static constexpr const char *kShareSecretKey = "share-secret";
    static constexpr const char *kConfigHashAnnotation = "stackdeck.io/config-hash";

    // Labels on every object of a stack node (component or datastore).
    static nlohmann::ordered_json labels(const Stack &stack, const QString &component);
    // The image reference a component runs.
    QString image(const Stack &stack, const ComponentSpec &component) const;
    // Name of the Service that exposes a component outside the cluster ("" when not exposed).
    static QString externalServiceName(const OpenImComponentSpec &component);

private:
    nlohmann::ordered_json cluster(const Stack &stack, const DatastoreSpec &d) const;
    nlohmann::ordered_json deployment(const Stack &stack,
                                      const ComponentSpec &c,
                                      const OpenImComponentSpec &spec,
                                      const std::string &configHash) const;

    const OpenImCatalog &m_openim;
    const KubeBlocksCatalog &m_kubeblocks;
};

} // namespace sd
