#include "ops/operationrules.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "ops/opsresources.h"
#include "stack/kubeblockscatalog.h"
#include "stack/quantity.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace sd {

using json = nlohmann::json;
using Verdict = OperationPlan::Verdict;
using Kind = OperationTarget::Kind;

namespace {
constexpr const char *kComponentLabel = "apps.kubeblocks.io/component-name";
constexpr const char *kRoleLabel = "kubeblocks.io/role";
constexpr const char *kRevision = "deployment.kubernetes.io/revision";
constexpr const char *kRestoreAnnotation = "kubeblocks.io/restore-from-backup";
constexpr const char *kClusterSnapshot = "kubeblocks.io/cluster-snapshot";
constexpr const char *kOpsApiVersion = "operations.kubeblocks.io/v1alpha1";

QString str(const json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

std::string s(const QString &text) { return text.toStdString(); }

const json &at(const json &o, std::initializer_list<const char *> path)
{
    static const json null;
    const json *cur = &o;
    for (const char *key : path) {
        if (!cur->is_object())
            return null;
        const auto it = cur->find(key);
        if (it == cur->end())
            return null;
        cur = &*it;
    }
    return *cur;
}

const json &object(const TargetFacts &f)
{
    static const json empty = json::object();
    return f.object ? *f.object : empty;
}

const json *componentSpec(const TargetFacts &f, const QString &component)
{
    const json &specs = at(object(f), {"spec", "componentSpecs"});
    if (!specs.is_array())
        return nullptr;
    for (const json &cs : specs) {
        if (str(at(cs, {"name"})) == component)
            return &cs;
    }
    return nullptr;
}

const KbEngineSpec *engineSpec(const TargetFacts &f)
{
    const QString id = OperationRules::engine(f);
    return id.isEmpty() ? nullptr : KubeBlocksCatalog::builtIn().engine(id);
}

std::vector<const json *> podsOf(const TargetFacts &f, const QString &component)
{
    std::vector<const json *> out;
    for (const json &p : f.pods) {
        if (KubeObject::label(p, kComponentLabel) == component && at(p, {"metadata", "deletionTimestamp"}).is_null())
            out.push_back(&p);
    }
    std::sort(out.begin(), out.end(), [](const json *a, const json *b) { return KubeObject::name(*a) < KubeObject::name(*b); });
    return out;
}

Availability refuse(Verdict verdict, const QString &reason) { return {verdict, reason}; }

Availability denied(const TargetFacts &f, const QString &verb, const QString &group, const QString &resource,
                    const QString &kind, const QString &ns)
{
    const Permission p = f.permission(verb, group, resource);
    if (p.allowed)
        return {};
    const QString why = p.reason.isEmpty() ? Tr::tr("no RBAC rule allows it") : p.reason;
    if (verb == QLatin1String("create"))
        return refuse(Verdict::Denied, Tr::tr("You may not create %1 objects in namespace %2 (%3).").arg(kind, ns, why));
    if (verb == QLatin1String("delete"))
        return refuse(Verdict::Denied, Tr::tr("You may not delete %1 objects in namespace %2 (%3).").arg(kind, ns, why));
    return refuse(Verdict::Denied, Tr::tr("You may not change %1 objects in namespace %2 (%3).").arg(kind, ns, why));
}

std::optional<int> revisionOf(const json &o)
{
    bool ok = false;
    const int r = KubeObject::annotation(o, kRevision).toInt(&ok);
    return ok ? std::optional<int>(r) : std::nullopt;
}

std::vector<const json *> ownedReplicaSets(const TargetFacts &f)
{
    std::vector<const json *> out;
    const QString uid = str(at(object(f), {"metadata", "uid"}));
    for (const json &rs : f.replicaSets) {
        const json &owners = at(rs, {"metadata", "ownerReferences"});
        if (!owners.is_array())
            continue;
        for (const json &o : owners) {
            if (str(at(o, {"kind"})) == QLatin1String("Deployment")
                && (str(at(o, {"uid"})) == uid || (uid.isEmpty() && str(at(o, {"name"})) == f.target.name)))
                out.push_back(&rs);
        }
    }
    return out;
}

json opsRequest(const TargetFacts &f, const QString &type)
{
    const QString cluster = f.target.name;
    return {{"apiVersion", kOpsApiVersion},
            {"kind", "OpsRequest"},
            {"metadata", {{"generateName", s(QStringLiteral("%1-%2-").arg(cluster, type.toLower()))},
                          {"namespace", s(f.target.ns)},
                          {"labels", {{"app.kubernetes.io/instance", s(cluster)},
                                      {"app.kubernetes.io/managed-by", "stackdeck-ops"}}}}},
            {"spec", {{"clusterName", s(cluster)}, {"type", s(type)}}}};
}

json deploymentPatch(const TargetFacts &f)
{
    return {{"apiVersion", "apps/v1"},
            {"kind", "Deployment"},
            {"metadata", {{"name", s(f.target.name)}, {"namespace", s(f.target.ns)}}}};
}

// "registry/repo:tag" → ("registry/repo", "tag"); a port in the registry is not a tag.
std::pair<QString, QString> splitImage(const QString &image)
{
    QString rest = image.section(QLatin1Char('@'), 0, 0);
    const int slash = int(rest.lastIndexOf(QLatin1Char('/')));
    const int colon = int(rest.lastIndexOf(QLatin1Char(':')));
    if (colon > slash)
        return {rest.left(colon), rest.mid(colon + 1)};
    return {rest, QString()};
}
} // namespace

// ---------------------------------------------------------------- facts helpers

QString OperationRules::engine(const TargetFacts &facts)
{
    const json &o = object(facts);
    const QString clusterDef = str(at(o, {"spec", "clusterDef"}));
    const KubeBlocksCatalog &catalog = KubeBlocksCatalog::builtIn();
    for (const KbEngineSpec &e : catalog.engines()) {
        if (!clusterDef.isEmpty() && e.clusterDef == clusterDef)
            return e.id;
    }
    const json &specs = at(o, {"spec", "componentSpecs"});
    if (specs.is_array()) {
        for (const json &cs : specs) {
            const QString def = str(at(cs, {"componentDef"}));
            if (def.isEmpty())
                continue;
            // componentDef is a name prefix ("mysql-8.0" matches mysql-8.0-1.0.2), named after
            // the engine's component.
            for (const KbEngineSpec &e : catalog.engines()) {
                if (!e.componentDef.isEmpty() && def.startsWith(e.componentDef))
                    return e.id;
                for (const KbComponentSpec &c : e.components) {
                    if (def == c.name || def.startsWith(c.name + QLatin1Char('-')))
                        return e.id;
                }
            }
        }
    }
    return {};
}

QStringList OperationRules::components(const TargetFacts &facts)
{
    QStringList out;
    const json &specs = at(object(facts), {"spec", "componentSpecs"});
    if (specs.is_array()) {
        for (const json &cs : specs)
            out.append(str(at(cs, {"name"})));
    }
    return out;
}

QString OperationRules::mainComponent(const TargetFacts &facts)
{
    const QStringList all = components(facts);
    if (const KbEngineSpec *e = engineSpec(facts)) {
        if (const KbComponentSpec *data = e->dataComponent(); data && all.contains(data->name))
            return data->name;
    }
    return all.value(0);
}

int OperationRules::replicas(const TargetFacts &facts, const QString &component)
{
    const json *cs = componentSpec(facts, component);
    return cs && cs->contains("replicas") && (*cs)["replicas"].is_number_integer() ? (*cs)["replicas"].get<int>() : 1;
}

OperationRules::ReplicaLimits OperationRules::replicaLimits(const TargetFacts &facts, const QString &component)
{
    ReplicaLimits limits;
    if (const KbEngineSpec *e = engineSpec(facts)) {
        if (const KbComponentSpec *c = e->component(component)) {
            limits.min = c->minReplicas;
            limits.max = c->maxReplicas;
            limits.rule = c->replicaRule;
        }
    }
    return limits;
}

QString OperationRules::serviceVersion(const TargetFacts &facts, const QString &component)
{
    const json *cs = componentSpec(facts, component);
    return cs ? str(at(*cs, {"serviceVersion"})) : QString();
}

QStringList OperationRules::offeredVersions(const TargetFacts &facts, const QString &component)
{
    QString cvName = component;
    if (const KbEngineSpec *e = engineSpec(facts)) {
        if (const KbComponentSpec *c = e->component(component); c && !c->componentVersion.isEmpty())
            cvName = c->componentVersion;
    }
    for (const json &cv : facts.componentVersions) {
        if (KubeObject::name(cv) == cvName)
            return KubeBlocksCatalog::serviceVersions(KubeObject::toQt(cv));
    }
    return {};
}

QString OperationRules::storage(const TargetFacts &facts, const QString &component, const QString &volume)
{
    const json *cs = componentSpec(facts, component);
    if (!cs || !cs->contains("volumeClaimTemplates"))
        return {};
    for (const json &vct : (*cs)["volumeClaimTemplates"]) {
        if (volume.isEmpty() || str(at(vct, {"name"})) == volume)
            return str(at(vct, {"spec", "resources", "requests", "storage"}));
    }
    return {};
}

QString OperationRules::storageClass(const TargetFacts &facts, const QString &component)
{
    if (const json *cs = componentSpec(facts, component); cs && cs->contains("volumeClaimTemplates")) {
        for (const json &vct : (*cs)["volumeClaimTemplates"]) {
            const QString sc = str(at(vct, {"spec", "storageClassName"}));
            if (!sc.isEmpty())
                return sc;
        }
    }
    for (const json &pvc : facts.pvcs) {
        if (KubeObject::label(pvc, kComponentLabel) == component) {
            const QString sc = str(at(pvc, {"spec", "storageClassName"}));
            if (!sc.isEmpty())
                return sc;
        }
    }
    for (const json &sc : facts.storageClasses) {
        if (KubeObject::annotation(sc, "storageclass.kubernetes.io/is-default-class") == QLatin1String("true"))
            return KubeObject::name(sc);
    }
    return {};
}

QString OperationRules::primary(const TargetFacts &facts, const QString &component)
{
    for (const json *p : podsOf(facts, component)) {
        const QString role = KubeObject::label(*p, kRoleLabel);
        if (role == QLatin1String("primary") || role == QLatin1String("leader"))
            return KubeObject::name(*p);
    }
    return {};
}

QStringList OperationRules::switchoverCandidates(const TargetFacts &facts, const QString &component)
{
    const QString current = primary(facts, component);
    QStringList out;
    for (const json *p : podsOf(facts, component)) {
        if (KubeObject::name(*p) != current && !KubeObject::label(*p, kRoleLabel).isEmpty())
            out.append(KubeObject::name(*p));
    }
    return out;
}

QStringList OperationRules::backupMethods(const TargetFacts &facts, const QString &component)
{
    const QString policy = QStringLiteral("%1-%2-backup-policy").arg(facts.target.name, component);
    QStringList out;
    for (const json &bp : facts.backupPolicies) {
        if (KubeObject::name(bp) != policy)
            continue;
        const json &methods = at(bp, {"spec", "backupMethods"});
        if (!methods.is_array())
            continue;
        // Methods that copy data first; volume snapshots need CSI support the cluster may lack.
        for (const json &m : methods) {
            if (!at(m, {"snapshotVolumes"}).is_boolean() || !m["snapshotVolumes"].get<bool>())
                out.append(str(at(m, {"name"})));
        }
        for (const json &m : methods) {
            if (at(m, {"snapshotVolumes"}).is_boolean() && m["snapshotVolumes"].get<bool>())
                out.append(str(at(m, {"name"})));
        }
    }
    return out;
}

QString OperationRules::clusterPhase(const TargetFacts &facts)
{
    return str(at(object(facts), {"status", "phase"}));
}

QStringList OperationRules::containers(const TargetFacts &facts)
{
    QStringList out;
    const json &list = at(object(facts), {"spec", "template", "spec", "containers"});
    if (list.is_array()) {
        for (const json &c : list)
            out.append(str(at(c, {"name"})));
    }
    return out;
}

QString OperationRules::image(const TargetFacts &facts, const QString &container)
{
    const json &list = at(object(facts), {"spec", "template", "spec", "containers"});
    if (list.is_array()) {
        for (const json &c : list) {
            if (str(at(c, {"name"})) == container)
                return str(at(c, {"image"}));
        }
    }
    return {};
}

int OperationRules::currentRevision(const TargetFacts &facts)
{
    return revisionOf(object(facts)).value_or(0);
}

QList<int> OperationRules::revisions(const TargetFacts &facts)
{
    QList<int> out;
    for (const json *rs : ownedReplicaSets(facts)) {
        if (const auto r = revisionOf(*rs))
            out.append(*r);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString OperationRules::backupPhase(const TargetFacts &facts)
{
    return str(at(object(facts), {"status", "phase"}));
}

QString OperationRules::sourceCluster(const TargetFacts &facts)
{
    return KubeObject::label(object(facts), "app.kubernetes.io/instance");
}

bool OperationRules::isDnsLabel(const QString &name, int maxLength)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return !name.isEmpty() && name.size() <= maxLength && re.match(name).hasMatch();
}

// ---------------------------------------------------------------- availability

Availability OperationRules::availability(const TargetFacts &facts, OperationAction action)
{
    if (!facts.object)
        return refuse(Verdict::Error, facts.error.isEmpty() ? Tr::tr("The target could not be read.") : facts.error);
    if (!Operation::actionsFor(facts.target.kind).contains(action))
        return refuse(Verdict::Unsupported, Tr::tr("%1 does not apply to a %2.")
                                                .arg(Operation::id(action), OperationTarget::kindName(facts.target.kind)));
    const QString ns = facts.target.ns;
    if (facts.target.kind == Kind::Deployment) {
        const bool update = action == OperationAction::Rollback;
        const Availability perm = denied(facts, update ? QStringLiteral("update") : QStringLiteral("patch"),
                                         QStringLiteral("apps"), QStringLiteral("deployments"), QStringLiteral("Deployment"), ns);
        if (!perm.available())
            return perm;
        if (action == OperationAction::Rollback) {
            const int current = currentRevision(facts);
            const QList<int> all = revisions(facts);
            if (std::none_of(all.begin(), all.end(), [&](int r) { return r != current; }))
                return refuse(Verdict::Unsupported, Tr::tr("Deployment %1 has no earlier revision in its ReplicaSet history.")
                                                        .arg(facts.target.name));
        }
        if (action == OperationAction::SetImage && containers(facts).isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("Deployment %1 has no containers.").arg(facts.target.name));
        return {};
    }
    if (facts.target.kind == Kind::Backup) {
        if (action == OperationAction::DeleteBackup) {
            return denied(facts, QStringLiteral("delete"), QStringLiteral("dataprotection.kubeblocks.io"),
                          QStringLiteral("backups"), QStringLiteral("Backup"), ns);
        }
        const Availability perm = denied(facts, QStringLiteral("create"), QStringLiteral("apps.kubeblocks.io"),
                                         QStringLiteral("clusters"), QStringLiteral("Cluster"), ns);
        if (!perm.available())
            return perm;
        const QString phase = backupPhase(facts);
        if (phase != QLatin1String("Completed"))
            return refuse(Verdict::Invalid, Tr::tr("Backup %1 is %2; only a completed backup can be restored.")
                                                .arg(facts.target.name, phase.isEmpty() ? Tr::tr("new") : phase));
        const bool snapshot = !KubeObject::annotation(object(facts), kClusterSnapshot).isEmpty();
        const QString source = sourceCluster(facts);
        const bool sourceThere = std::any_of(facts.clusters.begin(), facts.clusters.end(),
                                             [&](const json &c) { return KubeObject::name(c) == source; });
        if (!snapshot && !sourceThere)
            return refuse(Verdict::Unsupported, Tr::tr("The backup does not record its Cluster's spec and Cluster %1 is gone; "
                                                       "there is nothing to restore into.")
                                                    .arg(source.isEmpty() ? Tr::tr("(unknown)") : source));
        return {};
    }

    // Cluster
    const Availability perm = action == OperationAction::Backup
                                  ? denied(facts, QStringLiteral("create"), QStringLiteral("dataprotection.kubeblocks.io"),
                                           QStringLiteral("backups"), QStringLiteral("Backup"), ns)
                                  : denied(facts, QStringLiteral("create"), QStringLiteral("operations.kubeblocks.io"),
                                           QStringLiteral("opsrequests"), QStringLiteral("OpsRequest"), ns);
    if (!perm.available())
        return perm;
    const QString phase = clusterPhase(facts);
    const QString comp = mainComponent(facts);
    const QString engineName = engineSpec(facts) ? engineSpec(facts)->displayName : Tr::tr("this engine");
    const bool stopped = phase == QLatin1String("Stopped") || phase == QLatin1String("Stopping");
    switch (action) {
    case OperationAction::Start:
        if (phase != QLatin1String("Stopped") && phase != QLatin1String("Failed") && phase != QLatin1String("Abnormal"))
            return refuse(Verdict::Invalid, Tr::tr("Cluster %1 is %2; only a stopped cluster can be started.")
                                                .arg(facts.target.name, phase));
        return {};
    case OperationAction::Stop:
        if (stopped)
            return refuse(Verdict::Invalid, Tr::tr("Cluster %1 is already stopped.").arg(facts.target.name));
        return {};
    default:
        break;
    }
    if (stopped)
        return refuse(Verdict::Invalid, Tr::tr("Cluster %1 is stopped; start it first.").arg(facts.target.name));
    switch (action) {
    case OperationAction::Scale: {
        const ReplicaLimits limits = replicaLimits(facts, comp);
        if (limits.max > 0 && limits.min == limits.max)
            return refuse(Verdict::Unsupported, Tr::tr("%1 runs component %2 with exactly %n replica(s); it cannot be scaled.",
                                                       nullptr, limits.max)
                                                    .arg(engineName, comp));
        return {};
    }
    case OperationAction::ExpandVolume: {
        if (storage(facts, comp).isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("Component %1 has no volumes to expand.").arg(comp));
        const QString sc = storageClass(facts, comp);
        for (const json &c : facts.storageClasses) {
            if (KubeObject::name(c) != sc)
                continue;
            if (!at(c, {"allowVolumeExpansion"}).is_boolean() || !c["allowVolumeExpansion"].get<bool>())
                return refuse(Verdict::Unsupported,
                              Tr::tr("StorageClass %1 does not allow volume expansion (allowVolumeExpansion is not true).").arg(sc));
        }
        return {};
    }
    case OperationAction::Upgrade: {
        const QString current = serviceVersion(facts, comp);
        QStringList offered = offeredVersions(facts, comp);
        offered.removeAll(current);
        if (offered.isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("The cluster's ComponentVersions offer no other version of %1 than %2.")
                                                    .arg(comp, current.isEmpty() ? Tr::tr("the current one") : current));
        return {};
    }
    case OperationAction::Switchover: {
        if (primary(facts, comp).isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("No pod of component %1 holds a primary role: %2 has no switchover in this topology.")
                                                    .arg(comp, engineName));
        if (switchoverCandidates(facts, comp).isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("Component %1 has no second replica to take over.").arg(comp));
        if (phase != QLatin1String("Running"))
            return refuse(Verdict::Invalid, Tr::tr("Cluster %1 is %2; a switchover needs it Running.").arg(facts.target.name, phase));
        return {};
    }
    case OperationAction::Backup:
        if (backupMethods(facts, comp).isEmpty())
            return refuse(Verdict::Unsupported, Tr::tr("No BackupPolicy covers component %1: %2 has no backup method here.")
                                                    .arg(comp, engineName));
        return {};
    default:
        return {};
    }
}

// ---------------------------------------------------------------- plans

OperationPlan OperationRules::plan(const TargetFacts &facts, const OperationRequest &request, const QDateTime &now)
{
    const Availability a = availability(facts, request.action);
    if (!a.available())
        return OperationPlan::refused(request, a.verdict, a.reason);
    const OperationParams &p = request.params;
    const auto invalid = [&](const QString &reason) { return OperationPlan::refused(request, Verdict::Invalid, reason); };
    OperationPlan plan;
    plan.verdict = Verdict::Ready;
    plan.request = request;
    plan.ns = facts.target.ns;
    plan.name = facts.target.name;
    const QString target = facts.target.name;

    if (facts.target.kind == Kind::Cluster) {
        const QString comp = p.component.isEmpty() ? mainComponent(facts) : p.component;
        if (!components(facts).contains(comp))
            return invalid(Tr::tr("Cluster %1 has no component %2 (it has: %3).").arg(target, comp, components(facts).join(QStringLiteral(", "))));
        plan.method = OperationPlan::Method::Create;
        plan.type = OpsResources::opsRequests();
        plan.name.clear();
        switch (request.action) {
        case OperationAction::Scale: {
            const int current = replicas(facts, comp);
            const ReplicaLimits limits = replicaLimits(facts, comp);
            if (p.replicas < 0)
                return invalid(Tr::tr("Give the number of replicas."));
            if (p.replicas < qMax(1, limits.min) || (limits.max > 0 && p.replicas > limits.max))
                return invalid(Tr::tr("Component %1 takes %2 to %3 replicas.").arg(comp).arg(qMax(1, limits.min)).arg(limits.max > 0 ? limits.max : 99));
            if (limits.rule == QLatin1String("odd") && p.replicas % 2 == 0)
                return invalid(Tr::tr("Component %1 needs an odd number of replicas (a voting quorum).").arg(comp));
            if (limits.rule == QLatin1String("even") && p.replicas % 2 != 0)
                return invalid(Tr::tr("Component %1 needs an even number of replicas.").arg(comp));
            if (p.replicas == current)
                return invalid(Tr::tr("Component %1 already has %n replica(s).", nullptr, current).arg(comp));
            plan.body = opsRequest(facts, QStringLiteral("HorizontalScaling"));
            json entry = {{"componentName", s(comp)}};
            if (p.replicas > current)
                entry["scaleOut"] = {{"replicaChanges", p.replicas - current}};
            else
                entry["scaleIn"] = {{"replicaChanges", current - p.replicas}};
            plan.body["spec"]["horizontalScaling"] = json::array({entry});
            plan.summary = Tr::tr("Scale component %1 of Cluster %2 from %3 to %4 replicas.").arg(comp, target).arg(current).arg(p.replicas);
            break;
        }
        case OperationAction::VerticalScale: {
            if (p.cpu.isEmpty() && p.memory.isEmpty())
                return invalid(Tr::tr("Give a CPU amount, a memory amount or both."));
            json resources = json::object();
            for (const auto &[field, value] : {std::pair{"cpu", p.cpu}, std::pair{"memory", p.memory}}) {
                if (value.isEmpty())
                    continue;
                const auto q = Quantity::parse(value);
                if (!q || q->isZero())
                    return invalid(Tr::tr("\"%1\" is not a valid %2 quantity.").arg(value, QLatin1String(field)));
                resources[field] = s(value);
            }
            plan.body = opsRequest(facts, QStringLiteral("VerticalScaling"));
            plan.body["spec"]["verticalScaling"] = json::array({{{"componentName", s(comp)}, {"requests", resources}, {"limits", resources}}});
            plan.summary = Tr::tr("Set CPU %1 and memory %2 (requests and limits) on component %3 of Cluster %4; its pods restart one by one.")
                               .arg(p.cpu.isEmpty() ? Tr::tr("unchanged") : p.cpu, p.memory.isEmpty() ? Tr::tr("unchanged") : p.memory, comp, target);
            break;
        }
        case OperationAction::ExpandVolume: {
            const json *cs = componentSpec(facts, comp);
            QString volume = p.volume;
            if (volume.isEmpty() && cs && cs->contains("volumeClaimTemplates") && !(*cs)["volumeClaimTemplates"].empty())
                volume = str(at((*cs)["volumeClaimTemplates"][0], {"name"}));
            const QString current = storage(facts, comp, volume);
            if (current.isEmpty())
                return invalid(Tr::tr("Component %1 has no volume %2.").arg(comp, volume));
            const auto want = Quantity::parse(p.storage);
            if (!want)
                return invalid(Tr::tr("\"%1\" is not a valid storage size.").arg(p.storage));
            const auto have = Quantity::parse(current);
            if (have && *want <= *have)
                return invalid(Tr::tr("Volumes can only grow: %1 is not more than the current %2.").arg(p.storage, current));
            plan.body = opsRequest(facts, QStringLiteral("VolumeExpansion"));
            plan.body["spec"]["volumeExpansion"] = json::array(
                {{{"componentName", s(comp)}, {"volumeClaimTemplates", json::array({{{"name", s(volume)}, {"storage", s(p.storage)}}})}}});
            plan.summary = Tr::tr("Expand volume %1 of component %2 of Cluster %3 from %4 to %5 (StorageClass %6).")
                               .arg(volume, comp, target, current, p.storage, storageClass(facts, comp));
            break;
        }
        case OperationAction::Upgrade: {
            const QString current = serviceVersion(facts, comp);
            const QStringList offered = offeredVersions(facts, comp);
            if (p.version.isEmpty())
                return invalid(Tr::tr("Choose a version: %1.").arg(offered.join(QStringLiteral(", "))));
            if (p.version == current)
                return invalid(Tr::tr("Component %1 already runs %2.").arg(comp, current));
            if (!offered.contains(p.version))
                return invalid(Tr::tr("Version %1 is not offered by the cluster's ComponentVersion; choose one of: %2.")
                                   .arg(p.version, offered.join(QStringLiteral(", "))));
            plan.body = opsRequest(facts, QStringLiteral("Upgrade"));
            plan.body["spec"]["upgrade"] = {{"components", json::array({{{"componentName", s(comp)}, {"serviceVersion", s(p.version)}}})}};
            plan.summary = Tr::tr("Upgrade component %1 of Cluster %2 from %3 to %4; its pods restart one by one.")
                               .arg(comp, target, current.isEmpty() ? Tr::tr("the default version") : current, p.version);
            break;
        }
        case OperationAction::Restart: {
            plan.body = opsRequest(facts, QStringLiteral("Restart"));
            json list = json::array();
            const QStringList which = p.component.isEmpty() ? components(facts) : QStringList{comp};
            for (const QString &c : which)
                list.push_back({{"componentName", s(c)}});
            plan.body["spec"]["restart"] = list;
            plan.summary = Tr::tr("Restart %1 of Cluster %2, one pod at a time.").arg(which.join(QStringLiteral(", ")), target);
            break;
        }
        case OperationAction::Stop:
            plan.body = opsRequest(facts, QStringLiteral("Stop"));
            plan.summary = Tr::tr("Stop Cluster %1: its pods go away, its volumes stay.").arg(target);
            break;
        case OperationAction::Start:
            plan.body = opsRequest(facts, QStringLiteral("Start"));
            plan.summary = Tr::tr("Start Cluster %1 again.").arg(target);
            break;
        case OperationAction::Switchover: {
            const QString current = primary(facts, comp);
            if (current.isEmpty())
                return OperationPlan::refused(request, Verdict::Unsupported, Tr::tr("No pod of component %1 holds a primary role.").arg(comp));
            const QStringList candidates = switchoverCandidates(facts, comp);
            if (!p.candidate.isEmpty() && !candidates.contains(p.candidate))
                return invalid(p.candidate == current ? Tr::tr("%1 is already the primary.").arg(current)
                                                      : Tr::tr("%1 is not a replica of component %2; candidates: %3.")
                                                            .arg(p.candidate, comp, candidates.join(QStringLiteral(", "))));
            plan.body = opsRequest(facts, QStringLiteral("Switchover"));
            json entry = {{"componentName", s(comp)}, {"instanceName", s(current)}};
            if (!p.candidate.isEmpty())
                entry["candidateName"] = s(p.candidate);
            plan.body["spec"]["switchover"] = json::array({entry});
            plan.summary = p.candidate.isEmpty()
                               ? Tr::tr("Move the primary role of component %1 away from %2; KubeBlocks picks the new primary.").arg(comp, current)
                               : Tr::tr("Move the primary role of component %1 from %2 to %3.").arg(comp, current, p.candidate);
            break;
        }
        case OperationAction::Backup: {
            const QStringList methods = backupMethods(facts, comp);
            const QString method = p.backupMethod.isEmpty() ? methods.value(0) : p.backupMethod;
            if (!methods.contains(method))
                return invalid(Tr::tr("Backup method %1 is not in the BackupPolicy; choose one of: %2.").arg(method, methods.join(QStringLiteral(", "))));
            plan.type = OpsResources::backups();
            const QString name = QStringLiteral("%1-%2").arg(target, now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
            plan.name = name;
            plan.body = {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                         {"kind", "Backup"},
                         {"metadata", {{"name", s(name)}, {"namespace", s(facts.target.ns)},
                                       {"labels", {{"app.kubernetes.io/instance", s(target)},
                                                   {"app.kubernetes.io/managed-by", "stackdeck-ops"}}}}},
                         {"spec", {{"backupPolicyName", s(QStringLiteral("%1-%2-backup-policy").arg(target, comp))},
                                   {"backupMethod", s(method)},
                                   {"deletionPolicy", "Delete"}}}};
            plan.summary = Tr::tr("Back up component %1 of Cluster %2 now with method %3 into Backup %4.").arg(comp, target, method, name);
            break;
        }
        default:
            return invalid(Tr::tr("%1 does not apply to a Cluster.").arg(Operation::id(request.action)));
        }
        return plan;
    }

    if (facts.target.kind == Kind::Backup) {
        if (request.action == OperationAction::DeleteBackup) {
            plan.method = OperationPlan::Method::Delete;
            plan.type = OpsResources::backups();
            plan.summary = Tr::tr("Delete Backup %1 and its data in the backup repository.").arg(target);
            return plan;
        }
        const QString ns = p.restoreNamespace.isEmpty() ? facts.target.ns : p.restoreNamespace;
        const int maxName = KubeBlocksCatalog::builtIn().maxClusterNameLength();
        if (!isDnsLabel(p.restoreName, maxName))
            return invalid(Tr::tr("The new cluster's name must be lowercase letters, digits and '-', at most %1 characters.").arg(maxName));
        if (!isDnsLabel(ns))
            return invalid(Tr::tr("\"%1\" is not a valid namespace name.").arg(ns));
        const QString source = sourceCluster(facts);
        if (ns == facts.target.ns && p.restoreName == source)
            return invalid(Tr::tr("Restore into a new cluster, not into %1 itself.").arg(source));
        json sourceSpec;
        json sourceLabels = json::object();
        const QString snapshot = KubeObject::annotation(object(facts), kClusterSnapshot);
        if (!snapshot.isEmpty()) {
            const json parsed = json::parse(snapshot.toStdString(), nullptr, false);
            if (parsed.is_object())
                sourceSpec = parsed.value("spec", json());
        }
        for (const json &c : facts.clusters) {
            if (KubeObject::name(c) == source && sourceSpec.is_null()) {
                sourceSpec = at(c, {"spec"});
                sourceLabels = at(c, {"metadata", "labels"}).is_object() ? c["metadata"]["labels"] : json::object();
            }
        }
        if (!sourceSpec.is_object())
            return OperationPlan::refused(request, Verdict::Unsupported, Tr::tr("The spec of Cluster %1 is not known.").arg(source));
        const QString comp = KubeObject::label(object(facts), kComponentLabel);
        // The stack's labels stay with the stack that owns the source; the copy is its own.
        for (const char *key : {"app.kubernetes.io/managed-by", "app.kubernetes.io/part-of", "app.kubernetes.io/instance"})
            sourceLabels.erase(key);
        sourceLabels["app.kubernetes.io/managed-by"] = "stackdeck-ops";
        const json restoreFrom = {{s(comp), {{"name", s(target)}, {"namespace", s(facts.target.ns)}, {"volumeRestorePolicy", "Parallel"}}}};
        plan.method = OperationPlan::Method::Create;
        plan.type = OpsResources::clusters();
        plan.ns = ns;
        plan.name = p.restoreName;
        plan.body = {{"apiVersion", s(KubeBlocksCatalog::builtIn().apiVersion())},
                     {"kind", "Cluster"},
                     {"metadata", {{"name", s(p.restoreName)}, {"namespace", s(ns)}, {"labels", sourceLabels},
                                   {"annotations", {{kRestoreAnnotation, restoreFrom.dump()}}}}},
                     {"spec", sourceSpec}};
        // Scheduled backups of the source are not copied: a restored baseline is not backed up by itself.
        plan.body["spec"].erase("backup");
        plan.summary = Tr::tr("Create Cluster %1 in namespace %2 like %3 and restore Backup %4 into component %5.")
                           .arg(p.restoreName, ns, source, target, comp);
        return plan;
    }

    // Deployment
    const json &live = object(facts);
    plan.live = live;
    plan.type = OpsResources::deployments();
    plan.method = OperationPlan::Method::Apply;
    plan.body = deploymentPatch(facts);
    switch (request.action) {
    case OperationAction::Scale: {
        const int current = at(live, {"spec", "replicas"}).is_number_integer() ? live["spec"]["replicas"].get<int>() : 1;
        if (p.replicas < 0)
            return invalid(Tr::tr("Give the number of replicas."));
        if (p.replicas == current)
            return invalid(Tr::tr("Deployment %1 already has %n replica(s).", nullptr, current).arg(target));
        plan.body["spec"]["replicas"] = p.replicas;
        plan.fieldManager = QStringLiteral("stackdeck-ops-scale");
        plan.summary = Tr::tr("Scale Deployment %1 from %2 to %3 replicas.").arg(target).arg(current).arg(p.replicas);
        break;
    }
    case OperationAction::RolloutRestart:
        plan.body["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] =
            s(now.toUTC().toString(Qt::ISODate));
        plan.fieldManager = QStringLiteral("stackdeck-ops-restart");
        plan.summary = Tr::tr("Restart the pods of Deployment %1 with a rolling update.").arg(target);
        break;
    case OperationAction::SetImage: {
        const QString container = p.component.isEmpty() ? containers(facts).value(0) : p.component;
        const QString current = image(facts, container);
        if (current.isEmpty())
            return invalid(Tr::tr("Deployment %1 has no container %2 (it has: %3).").arg(target, container, containers(facts).join(QStringLiteral(", "))));
        static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        if (!tagRe.match(p.imageTag).hasMatch())
            return invalid(Tr::tr("\"%1\" is not a valid image tag.").arg(p.imageTag));
        const QString next = QStringLiteral("%1:%2").arg(splitImage(current).first, p.imageTag);
        if (next == current)
            return invalid(Tr::tr("Container %1 already runs %2.").arg(container, current));
        plan.body["spec"]["template"]["spec"]["containers"] = json::array({{{"name", s(container)}, {"image", s(next)}}});
        plan.fieldManager = QStringLiteral("stackdeck-ops-image-%1").arg(container);
        plan.summary = Tr::tr("Roll Deployment %1 to image %2 (container %3, was %4).").arg(target, next, container, current);
        break;
    }
    case OperationAction::Rollback: {
        const int current = currentRevision(facts);
        int wanted = p.revision;
        if (wanted == 0) {
            for (int r : revisions(facts)) {
                if (r < current)
                    wanted = r;
            }
        }
        const json *from = nullptr;
        for (const json *rs : ownedReplicaSets(facts)) {
            if (revisionOf(*rs) == wanted)
                from = rs;
        }
        if (!from || wanted == current) {
            QStringList offered;
            for (int r : revisions(facts)) {
                if (r != current)
                    offered.append(QString::number(r));
            }
            return invalid(wanted == current && wanted != 0 ? Tr::tr("Revision %1 is the current one.").arg(wanted)
                                                            : Tr::tr("No revision %1 in the ReplicaSet history; choose one of: %2.")
                                                                  .arg(wanted).arg(offered.join(QStringLiteral(", "))));
        }
        // What `kubectl rollout undo` does: the Deployment's template becomes the ReplicaSet's,
        // without the hash label the controller adds.
        json templ = at(*from, {"spec", "template"});
        if (templ.contains("metadata") && templ["metadata"].contains("labels"))
            templ["metadata"]["labels"].erase("pod-template-hash");
        plan.method = OperationPlan::Method::Update;
        plan.body = live;
        plan.body.erase("status");
        plan.body["metadata"].erase("managedFields");
        plan.body["spec"]["template"] = templ;
        plan.summary = Tr::tr("Roll Deployment %1 back from revision %2 to revision %3.").arg(target).arg(current).arg(wanted);
        break;
    }
    default:
        return invalid(Tr::tr("%1 does not apply to a Deployment.").arg(Operation::id(request.action)));
    }
    return plan;
}

} // namespace sd
