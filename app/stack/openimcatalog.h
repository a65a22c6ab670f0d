#pragma once

#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sd {

// What Stackdeck knows about OpenIM, read from data (app/stack/catalog/openim.json and the
// per-schema config defaults, compiled in as Qt resources) rather than written as code branches.
// Immutable after construction; builtIn() is created once and is safe to share between threads.

enum class PortProtocol { Http, WebSocket, Grpc, Metrics };

struct OpenImPort
{
    QString name; // Service/container port name: lowercase DNS label ("grpc", "ws", "http")
    int port = 0;
    PortProtocol protocol = PortProtocol::Grpc;
    QString configKey; // dotted key in the component's config file that lists this port
};

struct OpenImComponentSpec
{
    QString id;              // Deployment name and stack component name, e.g. "openim-rpc-user"
    QString group;           // "server" or "chat"
    QString image;           // image repository name under the registry prefix
    QString configFile;      // the component's own config file
    QString service;         // Service name ("" for crontask); RPCs: what discovery.yml points at
    QString discoveryKey;    // key under discovery.yml rpcService ("" if callers do not dial it)
    QList<OpenImPort> ports; // gRPC first when present: kuberesolver dials the first port
    QString probePort;       // port name for tcpSocket probes, "" for none
    QStringList exposable;   // port names that may leave the cluster
    QStringList calls;       // components this one dials (gRPC, or HTTP for chat -> api)
    QStringList datastores;  // engines this one connects to
    int startTier = 0;       // start order: lower tiers first (cycles exist among RPCs)
    int defaultReplicas = 1;
    int maxReplicas = 0; // 0: no limit (crontask has no lock in Kubernetes mode: 1)
    bool optional = false;
    ResourceSpec resources;

    const OpenImPort *port(const QString &name) const;
    const OpenImPort *portFor(PortProtocol protocol) const;
};

// A key of a config file whose value Stackdeck generates once and keeps in its own Secret.
struct OwnedConfigKey
{
    QString configFile;
    QString key;       // dotted key in configFile
    QString secretKey; // key in the stack's owned Secret
};

// One set of config files mounted together: the server's, or Chat's (its own schema and prefix).
struct ConfigGroupSpec
{
    QString id;                 // "server" or "chat" (OpenImComponentSpec::group)
    QString configMap;          // ConfigMap holding the group's files
    QString configDefaultsPath; // resource with the group's config file trees
    QString upstreamConfigDir;  // folder under the OpenIM reference copies this schema follows
    QString envPrefix;          // "IMENV_" / "CHATENV_"
    QString shareSecretKey;     // dotted key in share.yml that holds OpenIM's shared secret
    QList<OwnedConfigKey> ownedKeys;
};

struct OpenImProfileSpec
{
    QString id;
    QString displayName;
    QString configSchema; // "main": discovery.enable kubernetes, CONFIG_PATH, rpcService
    QString serverTag;
    QString chatTag;
    QString configPath; // where the ConfigMap is mounted (CONFIG_PATH)
    QList<ConfigGroupSpec> groups;

    const ConfigGroupSpec *group(const QString &id) const;
};

struct RegistrySpec
{
    QString id;
    QString displayName;
    QString prefix; // e.g. "docker.io/openim"
};

struct SecretEnvBinding
{
    QString configKey; // key in the datastore's config file; the env name follows the group prefix
    QString secretKey; // key in the KubeBlocks account Secret ("username" / "password")
};

struct NameValue
{
    QString name;
    QString value;
};

struct DatastoreBinding
{
    QString engine;
    QString configFile;
    QList<SecretEnvBinding> env;
    QList<NameValue> clusterEnv; // env set on the KubeBlocks component for OpenIM's sake
};

class OpenImCatalog
{
public:
    // The catalog compiled into Stackdeck.
    static const OpenImCatalog &builtIn();
    // Parses catalog JSON; on failure returns nullptr and sets *error.
    static std::unique_ptr<OpenImCatalog> fromJson(const QByteArray &json, QString *error);

    const QList<OpenImProfileSpec> &profiles() const { return m_profiles; }
    const QList<RegistrySpec> &registries() const { return m_registries; }
    const QList<OpenImComponentSpec> &components() const { return m_components; }
    const QList<DatastoreBinding> &datastoreBindings() const { return m_bindings; }
    const QStringList &sharedConfigFiles() const { return m_sharedConfigFiles; }

    const OpenImProfileSpec *profile(const QString &id) const;
    const RegistrySpec *registry(const QString &id) const;
    const OpenImComponentSpec *component(const QString &id) const;
    const DatastoreBinding *binding(const QString &engine) const;

    // The config file trees ({"share.yml": {...}, ...}) a group starts from; null on error.
    nlohmann::ordered_json configDefaults(const ConfigGroupSpec &group) const;

private:
    QList<OpenImProfileSpec> m_profiles;
    QList<RegistrySpec> m_registries;
    QList<OpenImComponentSpec> m_components;
    QList<DatastoreBinding> m_bindings;
    QStringList m_sharedConfigFiles;
};

} // namespace sd
