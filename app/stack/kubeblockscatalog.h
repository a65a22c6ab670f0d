#pragma once

#include "stack/quantity.h"
#include "stack/stack.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sd {

// KubeBlocks 1.0 engines as data (app/stack/catalog/kubeblocks.json): ClusterDefinition,
// topologies and component names, defaults, naming of Services and account Secrets, and the
// serviceVersion lists to fall back on when no cluster is connected (a connected cluster's
// ComponentVersion objects are authoritative). Immutable; builtIn() is safe to share.

struct KbVolumeSpec
{
    QString name;        // VCT name ("data", "metadata")
    QString defaultSize; // "" = the datastore's storage size
};

struct KbComponentSpec
{
    QString name;             // componentSpecs[].name
    QString role;             // "data" (sized by the stack) or a helper such as "sentinel"
    QString componentVersion; // ComponentVersion object to read versions from
    QList<KbVolumeSpec> volumes;
    int minReplicas = 1;
    int maxReplicas = 1;
    QString replicaRule; // any | odd | even
    int defaultReplicas = 1;
    ResourceSpec defaultResources;
};

struct KbTopologySpec
{
    QString id; // "" for engines without a ClusterDefinition
    QStringList components;
};

struct KbEngineSpec
{
    QString id; // mongodb | redis | kafka | minio | mysql
    QString displayName;
    QString clusterDef;   // "" when the engine has none (minio)
    QString componentDef; // used when clusterDef is empty (prefix match)
    QString defaultTopology;
    QList<KbTopologySpec> topologies;
    QList<KbComponentSpec> components;
    // Client Service: <cluster>-<component>[-<serviceName>][-<ordinal> for per-pod services].
    QString clientComponent;
    QString clientServiceName;
    int clientPort = 0;
    bool clientPodService = false;
    // Account Secret <cluster>-<component>-account-<name>; empty when the engine has none in use.
    QString accountComponent;
    QString accountName;
    QString defaultVersion;
    Quantity defaultStorage;
    QString defaultTerminationPolicy;
    QStringList fallbackVersions;
    // Methods of the BackupPolicy KubeBlocks makes for the data component, the usual one first;
    // empty when the engine cannot be backed up.
    QStringList backupMethods;

    const KbTopologySpec *topology(const QString &id) const;
    const KbComponentSpec *component(const QString &name) const;
    const KbComponentSpec *dataComponent() const;
};

// The serviceVersions to offer for an engine, and where they came from.
struct EngineVersions
{
    enum class Source { Cluster, BuiltIn, NotInstalled };
    Source source = Source::BuiltIn;
    QStringList versions; // ascending
};

class KubeBlocksCatalog
{
public:
    static const KubeBlocksCatalog &builtIn();
    static std::unique_ptr<KubeBlocksCatalog> fromJson(const QByteArray &json, QString *error);

    QString apiVersion() const { return m_apiVersion; }
    int maxClusterNameLength() const { return m_maxClusterNameLength; }
    QString fallbackAddonVersion() const { return m_fallbackAddonVersion; }
    const QList<KbEngineSpec> &engines() const { return m_engines; }
    const KbEngineSpec *engine(const QString &id) const;

    // KubeBlocks 1.0 naming (pkg/constant/pattern.go), see kubeblocks.md §5.
    static QString
    serviceName(const QString &cluster, const QString &component, const QString &serviceName);
    static QString podServiceName(const QString &cluster,
                                  const QString &component,
                                  const QString &serviceName,
                                  int ordinal);
    static QString
    accountSecretName(const QString &cluster, const QString &component, const QString &account);
    static QString headlessServiceName(const QString &cluster, const QString &component);

    // host:port list OpenIM should dial for a datastore (one entry per broker for Kafka),
    // fully qualified with the namespace so they work from anywhere in the cluster.
    QStringList clientAddresses(const DatastoreSpec &datastore, const QString &ns) const;
    // The account Secret holding the credentials, or "" when the engine needs none.
    QString accountSecret(const DatastoreSpec &datastore) const;

    // Versions one ComponentVersion object offers: .status.serviceVersions (comma-separated)
    // once the controller filled it, else .spec.releases[].serviceVersion; unique, ascending.
    static QStringList serviceVersions(const QJsonObject &componentVersion);
    // Versions for an engine's data component. clusterObjects: the cluster's ComponentVersion
    // objects by name when connected (nullopt when not): Cluster when the engine's object is
    // there and Available, NotInstalled when it is missing or unavailable; BuiltIn offline.
    EngineVersions versions(const QString &engine,
                            const std::optional<QHash<QString, QJsonObject>> &clusterObjects) const;

private:
    QString m_apiVersion;
    int m_maxClusterNameLength = 15;
    QString m_fallbackAddonVersion;
    QList<KbEngineSpec> m_engines;
};

} // namespace sd
