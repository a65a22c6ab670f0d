#pragma once

#include "stack/quantity.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// The in-memory form of a stack file (see stackfile.h for the YAML schema). Plain values:
// copy freely, no thread affinity. Empty strings mean "use the catalog/profile default" where a
// field is optional; the file writer omits them, so load -> save is stable.

struct SourceLocation
{
    int line = 0; // 1-based; 0 when the value did not come from a file
    int column = 0;
};

struct SecretKeyRef
{
    QString name;
    QString key;
    friend bool operator==(const SecretKeyRef &, const SecretKeyRef &) = default;
};

// A credential the user owns: either a reference to an existing Secret key, or a marker asking
// Stackdeck to generate a strong value once and keep it (see SecretKeeper).
struct SecretSource
{
    enum class Kind { Generate, Reference };
    Kind kind = Kind::Generate;
    SecretKeyRef ref; // Reference only
    friend bool operator==(const SecretSource &, const SecretSource &) = default;
};

struct AdminUser
{
    QString userID;
    QString nickname;
    friend bool operator==(const AdminUser &, const AdminUser &) = default;
};

struct CanvasPosition
{
    bool isSet = false;
    double x = 0;
    double y = 0;
    friend bool operator==(const CanvasPosition &, const CanvasPosition &) = default;
};

struct ResourceSpec
{
    Quantity cpuRequest;
    Quantity memoryRequest;
    Quantity cpuLimit;
    Quantity memoryLimit;
    friend bool operator==(const ResourceSpec &, const ResourceSpec &) = default;
};

struct Profile
{
    QString release;  // catalog profile id, e.g. "openim-3.8" (config schema + image tags)
    QString registry; // catalog registry id: dockerhub | ghcr | aliyun
    QString imageTag; // empty: the release's server tag
    QStringList imagePullSecrets;
    bool chat = false; // deploy OpenIM Chat (chat-api, admin-api, chat-rpc, admin-rpc) too
    friend bool operator==(const Profile &, const Profile &) = default;
};

struct PushSettings
{
    QString provider = QStringLiteral("none"); // none | getui | fcm | jpush
    // Credential name (provider specific, see OpenImSettings::pushCredentialNames) -> Secret key.
    QList<QPair<QString, SecretKeyRef>> credentials;
    friend bool operator==(const PushSettings &, const PushSettings &) = default;
};

struct OpenImSettings
{
    SecretSource secret;          // share.yml secret (also chat's openIM.secret)
    QList<AdminUser> adminUsers;  // share.yml imAdminUser
    QString minioExternalAddress; // URL clients use for files (presigned URLs)
    PushSettings push;
    int logLevel = 3;     // log.yml remainLogLevel (0..6)
    bool logJson = false; // log.yml isJson

    // Credentials each push provider needs, in file order.
    static QStringList pushProviders();
    static QStringList pushCredentialNames(const QString &provider);
    friend bool operator==(const OpenImSettings &, const OpenImSettings &) = default;
};

// Scheduled backups of a datastore: written to the Cluster's spec.backup, from which KubeBlocks
// keeps the BackupSchedule of the data component's BackupPolicy.
struct BackupScheduleSpec
{
    bool enabled = true;
    QString cron;   // five fields, UTC (see CronExpression)
    QString method; // one of the engine's backup methods (KbEngineSpec::backupMethods)
    QString retention = QStringLiteral("7d"); // KubeBlocks duration: 30m, 12h, 7d, 6mo, 1y
    QString repo;   // BackupRepo; empty: the cluster's default repo
    friend bool operator==(const BackupScheduleSpec &, const BackupScheduleSpec &) = default;
};

struct DatastoreSpec
{
    QString name;     // KubeBlocks Cluster name (<= 15 characters)
    QString engine;   // mongodb | redis | kafka | minio | mysql
    QString version;  // serviceVersion
    QString topology; // empty for engines without a ClusterDefinition (minio)
    int replicas = 1; // replicas of the data component
    ResourceSpec resources;
    Quantity storageSize;
    QString storageClass;      // empty: KubeBlocks' / the cluster's default class
    QString terminationPolicy; // DoNotTerminate | Delete | WipeOut
    bool exporter = true;      // KubeBlocks' metrics exporter (false: disableExporter)
    // A Cluster already on the cluster (made outside this stack, e.g. shared by several stacks):
    // the stack wires components to it and waits for it, but never creates, changes or deletes
    // it. Only name and engine count then.
    bool existing = false;
    std::optional<BackupScheduleSpec> backup; // none: no scheduled backups
    CanvasPosition canvas;
    SourceLocation location;
    friend bool operator==(const DatastoreSpec &a, const DatastoreSpec &b)
    {
        return a.name == b.name && a.engine == b.engine && a.version == b.version
               && a.topology == b.topology && a.replicas == b.replicas && a.resources == b.resources
               && a.storageSize == b.storageSize && a.storageClass == b.storageClass
               && a.terminationPolicy == b.terminationPolicy && a.exporter == b.exporter
               && a.existing == b.existing && a.backup == b.backup && a.canvas == b.canvas;
    }
};

struct Exposure
{
    QString type = QStringLiteral("ClusterIP"); // ClusterIP | NodePort | LoadBalancer | Ingress
    int nodePort = 0;                           // NodePort only; 0 lets Kubernetes choose
    QString host;         // Ingress only: the host name clients use (HTTP and WebSocket ports)
    QString ingressClass; // Ingress only; empty: the cluster's default IngressClass
    friend bool operator==(const Exposure &, const Exposure &) = default;
};

struct ComponentSpec
{
    QString name;  // catalog component id, e.g. "openim-rpc-user"
    QString image; // empty: <registry prefix>/<catalog image>
    QString tag;   // empty: the profile's tag
    int replicas = 1;
    ResourceSpec resources;
    QList<QPair<QString, QString>> env; // extra env (IMENV_* overrides), in file order
    Exposure exposure;
    CanvasPosition canvas;
    SourceLocation location;
    friend bool operator==(const ComponentSpec &a, const ComponentSpec &b)
    {
        return a.name == b.name && a.image == b.image && a.tag == b.tag && a.replicas == b.replicas
               && a.resources == b.resources && a.env == b.env && a.exposure == b.exposure
               && a.canvas == b.canvas;
    }
};

struct Edge
{
    QString from;
    QString to;
    SourceLocation location;
    friend bool operator==(const Edge &a, const Edge &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

struct Stack
{
    static constexpr int kSchemaVersion = 1;
    QString fileName; // where it was loaded from (for messages); not part of the content
    QString name;
    QString ns;
    Profile profile;
    OpenImSettings openim;
    QList<DatastoreSpec> datastores;
    QList<ComponentSpec> components;
    QList<Edge> edges;

    const DatastoreSpec *datastore(const QString &name) const;
    const ComponentSpec *component(const QString &name) const;

    friend bool operator==(const Stack &a, const Stack &b)
    {
        return a.name == b.name && a.ns == b.ns && a.profile == b.profile && a.openim == b.openim
               && a.datastores == b.datastores && a.components == b.components
               && a.edges == b.edges;
    }
};

} // namespace sd
