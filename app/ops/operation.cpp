#include "ops/operation.h"

#include "common/tr.h"

namespace sd {

namespace {
struct ActionInfo
{
    OperationAction action;
    OperationTarget::Kind kind;
    const char *id;
    const char *title;
};

const QList<ActionInfo> &actionTable()
{
    using K = OperationTarget::Kind;
    using A = OperationAction;
    static const QList<ActionInfo> table = {
        {A::Scale, K::Cluster, "scale", QT_TRANSLATE_NOOP("Stackdeck", "Scale replicas…")},
        {A::VerticalScale, K::Cluster, "vscale", QT_TRANSLATE_NOOP("Stackdeck", "Change CPU and memory…")},
        {A::ExpandVolume, K::Cluster, "expand", QT_TRANSLATE_NOOP("Stackdeck", "Expand volume…")},
        {A::Upgrade, K::Cluster, "upgrade", QT_TRANSLATE_NOOP("Stackdeck", "Upgrade version…")},
        {A::Restart, K::Cluster, "restart", QT_TRANSLATE_NOOP("Stackdeck", "Restart…")},
        {A::Stop, K::Cluster, "stop", QT_TRANSLATE_NOOP("Stackdeck", "Stop…")},
        {A::Start, K::Cluster, "start", QT_TRANSLATE_NOOP("Stackdeck", "Start…")},
        {A::Switchover, K::Cluster, "switchover", QT_TRANSLATE_NOOP("Stackdeck", "Switch over primary…")},
        {A::Backup, K::Cluster, "backup", QT_TRANSLATE_NOOP("Stackdeck", "Back up now…")},
        {A::Restore, K::Backup, "restore", QT_TRANSLATE_NOOP("Stackdeck", "Restore into a new cluster…")},
        {A::DeleteBackup, K::Backup, "delete", QT_TRANSLATE_NOOP("Stackdeck", "Delete backup…")},
        {A::Scale, K::Deployment, "scale", QT_TRANSLATE_NOOP("Stackdeck", "Scale replicas…")},
        {A::RolloutRestart, K::Deployment, "restart", QT_TRANSLATE_NOOP("Stackdeck", "Rollout restart…")},
        {A::SetImage, K::Deployment, "image", QT_TRANSLATE_NOOP("Stackdeck", "Change image tag…")},
        {A::Rollback, K::Deployment, "rollback", QT_TRANSLATE_NOOP("Stackdeck", "Roll back…")},
    };
    return table;
}
} // namespace

std::optional<OperationTarget> OperationTarget::parse(const QString &text, const QString &ns, QString *error)
{
    const QString kind = text.section(QLatin1Char('/'), 0, 0).toLower();
    const QString name = text.section(QLatin1Char('/'), 1);
    OperationTarget t;
    t.ns = ns;
    t.name = name;
    if (kind == QLatin1String("cluster") || kind == QLatin1String("clusters"))
        t.kind = Kind::Cluster;
    else if (kind == QLatin1String("deployment") || kind == QLatin1String("deployments") || kind == QLatin1String("deploy"))
        t.kind = Kind::Deployment;
    else if (kind == QLatin1String("backup") || kind == QLatin1String("backups"))
        t.kind = Kind::Backup;
    else {
        *error = Tr::tr("Unknown target \"%1\"; use cluster/NAME, deployment/NAME or backup/NAME.").arg(text);
        return std::nullopt;
    }
    if (name.isEmpty() || name.contains(QLatin1Char('/'))) {
        *error = Tr::tr("Target \"%1\" needs a name, e.g. cluster/mysql.").arg(text);
        return std::nullopt;
    }
    return t;
}

QString OperationTarget::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Cluster:
        return QStringLiteral("Cluster");
    case Kind::Deployment:
        return QStringLiteral("Deployment");
    case Kind::Backup:
        return QStringLiteral("Backup");
    }
    return {};
}

QString OperationTarget::display() const
{
    return QStringLiteral("%1 %2/%3").arg(kindName(kind), ns, name);
}

QList<OperationAction> Operation::actionsFor(OperationTarget::Kind kind)
{
    QList<OperationAction> out;
    for (const ActionInfo &i : actionTable()) {
        if (i.kind == kind)
            out.append(i.action);
    }
    return out;
}

QString Operation::id(OperationAction action)
{
    for (const ActionInfo &i : actionTable()) {
        if (i.action == action)
            return QLatin1String(i.id);
    }
    return {};
}

std::optional<OperationAction> Operation::fromId(OperationTarget::Kind kind, const QString &id)
{
    for (const ActionInfo &i : actionTable()) {
        if (i.kind == kind && id == QLatin1String(i.id))
            return i.action;
    }
    return std::nullopt;
}

QString Operation::title(OperationAction action)
{
    for (const ActionInfo &i : actionTable()) {
        if (i.action == action)
            return Tr::tr(i.title);
    }
    return {};
}

bool Operation::cancellable(OperationTarget::Kind kind, OperationAction action)
{
    return kind == OperationTarget::Kind::Cluster
           && (action == OperationAction::VerticalScale || action == OperationAction::Scale);
}

bool Operation::disruptive(OperationAction action)
{
    switch (action) {
    case OperationAction::Stop:
    case OperationAction::Restart:
    case OperationAction::Switchover:
    case OperationAction::DeleteBackup:
    case OperationAction::Rollback:
    case OperationAction::Upgrade:
        return true;
    default:
        return false;
    }
}

} // namespace sd
