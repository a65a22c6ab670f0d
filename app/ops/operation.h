#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

// What a Day-2 operation acts on: a KubeBlocks Cluster (datastore), a Deployment (OpenIM
// component) or a dataprotection Backup. Value type.
struct OperationTarget
{
    enum class Kind { Cluster, Deployment, Backup };
    Kind kind = Kind::Cluster;
    QString ns;
    QString name;

    // "cluster/NAME", "deployment/NAME", "backup/NAME" (also the plural and "deploy"). nullopt
    // with a translated *error for anything else.
    static std::optional<OperationTarget> parse(const QString &text, const QString &ns, QString *error);
    static QString kindName(Kind kind); // "Cluster", "Deployment", "Backup" (untranslated kinds)
    QString display() const;            // "Cluster demo/mysql"
    friend bool operator==(const OperationTarget &, const OperationTarget &) = default;
};

enum class OperationAction {
    // Cluster (OpsRequest unless noted)
    Scale,
    VerticalScale,
    ExpandVolume,
    Upgrade,
    Restart,
    Stop,
    Start,
    Switchover,
    Backup,       // a Backup object
    // Backup
    Restore,      // a new Cluster restored from the backup
    DeleteBackup,
    // Deployment (server-side apply, or an update for rollback)
    RolloutRestart,
    SetImage,
    Rollback,
};

// The inputs an action takes; each action reads only its own fields.
struct OperationParams
{
    QString component;        // KubeBlocks component or container; empty: the main one
    int replicas = -1;        // Scale
    QString cpu;              // VerticalScale, requests = limits
    QString memory;
    QString storage;          // ExpandVolume
    QString volume;           // ExpandVolume: volumeClaimTemplate, empty: the first
    QString version;          // Upgrade: serviceVersion
    QString candidate;        // Switchover: the pod to become primary, empty: KubeBlocks picks
    QString backupMethod;     // Backup, empty: the policy's first non-snapshot method
    QString restoreName;      // Restore: the new Cluster
    QString restoreNamespace; // Restore, empty: the backup's namespace
    QString imageTag;         // SetImage
    int revision = 0;         // Rollback, 0: the previous revision
};

struct OperationRequest
{
    OperationTarget target;
    OperationAction action = OperationAction::Restart;
    OperationParams params;
};

// The catalogue of actions: stable ids (the CLI's words), titles and which target kind takes
// which action. Stateless.
class Operation
{
public:
    static QList<OperationAction> actionsFor(OperationTarget::Kind kind);
    static QString id(OperationAction action); // "scale", "vscale", "expand", ...
    static std::optional<OperationAction> fromId(OperationTarget::Kind kind, const QString &id);
    static QString title(OperationAction action); // translated, for menus and dialogs
    // Whether a started run can be cancelled: KubeBlocks cancels Horizontal/VerticalScaling
    // OpsRequests only; nothing else can be undone half-way.
    static bool cancellable(OperationTarget::Kind kind, OperationAction action);
    // True for actions that change data or availability enough to ask for confirmation.
    static bool disruptive(OperationAction action);
};

} // namespace sd
