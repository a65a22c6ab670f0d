#include "kubesim/kbclustercontroller.h"
#include "kubesim/kbclustercontroller_p.h"

#include "kubesim/dataregistry.h"
#include "kubesim/kbhelpers.h"
#include "kubesim/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace sd::sim {

using namespace KbHelpers;
using namespace kbcluster;
namespace cat = KbCatalog;

namespace {
QString mountPath(const QString &kind, const QString &volume)
{
    if (kind == QLatin1String("mysql"))
        return QStringLiteral("/var/lib/mysql");
    if (kind == QLatin1String("mongodb"))
        return QStringLiteral("/data/mongodb");
    if (kind == QLatin1String("kafka"))
        return volume == QLatin1String("metadata") ? QStringLiteral("/bitnami/kafka/metadata") : QStringLiteral("/bitnami/kafka");
    return QStringLiteral("/data");
}

QString randomPassword(QRandomGenerator &rng, int length)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

json componentLabels(const json &cluster, const QString &comp)
{
    return {{"app.kubernetes.io/instance", cluster["metadata"]["name"]},
            {"app.kubernetes.io/managed-by", "kubeblocks"},
            {"apps.kubeblocks.io/component-name", s(comp)}};
}

// KubeBlocks' cluster phase from its components' phases (same precedence as the real controller).
QString composeClusterPhase(const QStringList &phases)
{
    bool allCreating = true, allWorking = true, starting = false, stopping = false, allStopped = true, allFailed = true,
         anyFailed = false, allRunningOrStopped = true;
    for (const QString &p : phases) {
        allCreating = allCreating && (p == QLatin1String("Creating") || p.isEmpty());
        allRunningOrStopped = allRunningOrStopped && (p == QLatin1String("Running") || p == QLatin1String("Stopped"));
        allWorking = allWorking && (p == QLatin1String("Creating") || p == QLatin1String("Running") || p == QLatin1String("Updating"));
        starting = starting || p == QLatin1String("Starting");
        stopping = stopping || p == QLatin1String("Stopping");
        allStopped = allStopped && p == QLatin1String("Stopped");
        allFailed = allFailed && p == QLatin1String("Failed");
        anyFailed = anyFailed || p == QLatin1String("Failed");
    }
    if (allStopped)
        return QStringLiteral("Stopped");
    if (allRunningOrStopped)
        return QStringLiteral("Running");
    if (allCreating)
        return QStringLiteral("Creating");
    if (allWorking || starting)
        return QStringLiteral("Updating");
    if (stopping)
        return QStringLiteral("Stopping");
    if (allFailed)
        return QStringLiteral("Failed");
    if (anyFailed)
        return QStringLiteral("Abnormal");
    return {};
}

std::string revisionOf(const json &spec, const QString &compDef, const QString &version)
{
    json basis = {{"compDef", s(compDef)}, {"serviceVersion", s(version)},
                  {"resources", spec.value("resources", json::object())}, {"env", spec.value("env", json::array())},
                  {"restart", spec.value("annotations", json::object()).value(restartAnnotation, std::string())}};
    return QCryptographicHash::hash(QByteArray::fromStdString(basis.dump()), QCryptographicHash::Sha1).toHex().left(10).toStdString();
}

std::string storageOf(const json &vct)
{
    const json r = vct.value("spec", json::object()).value("resources", json::object()).value("requests", json::object());
    const json st = r.value("storage", json());
    return st.is_string() ? st.get<std::string>() : st.is_number() ? st.dump() : std::string("1Gi");
}
} // namespace

KbClusterController::KbClusterController(Store *store, DataRegistry *data) : m_store(store), m_data(data)
{
    m_simStartMs = QDateTime::currentMSecsSinceEpoch();
}

qint64 KbClusterController::simNowMs() const
{
    return qint64(double(QDateTime::currentMSecsSinceEpoch() - m_simStartMs) * m_timeScale);
}

QString KbClusterController::allocateClusterIp()
{
    const int n = m_nextIp++;
    return QStringLiteral("10.96.%1.%2").arg(100 + n / 250).arg(n % 250 + 2);
}

bool KbClusterController::warnOnce(const json &object, const QString &reason, const QString &message)
{
    const QString key = q(object["metadata"]["uid"]) + reason + message;
    if (m_warned.count(key))
        return false;
    m_warned.insert(key);
    recordEvent(m_store, object, "Warning", reason, message, component);
    return true;
}

void KbClusterController::reconcile()
{
    for (const auto &c : m_store->list(QString::fromLatin1(clusters)).items)
        guarded(*c, [&] { reconcileCluster(*c); });
}

std::vector<KbClusterController::Resolved> KbClusterController::resolve(const json &cluster, QString *error,
                                                                        bool *preCheck) const
{
    std::vector<Resolved> out;
    const json spec = cluster.value("spec", json::object());
    const json specs = spec.value("componentSpecs", json::array());
    const QString clusterDef = q(spec.value("clusterDef", json()));
    QString topologyName = q(spec.value("topology", json()));
    if (preCheck)
        *preCheck = true;
    const cat::Topology *topology = nullptr;
    const cat::ClusterDef *cd = nullptr;
    if (!clusterDef.isEmpty()) {
        cd = cat::clusterDef(clusterDef);
        if (!cd || !m_store->get(QStringLiteral("apps.kubeblocks.io/clusterdefinitions"), {}, clusterDef)) {
            *error = QStringLiteral("ClusterDefinition.apps.kubeblocks.io \"%1\" not found").arg(clusterDef);
            return {};
        }
        for (const cat::Topology &t : cd->topologies) {
            if ((topologyName.isEmpty() && t.isDefault) || t.name == topologyName)
                topology = &t;
        }
        if (!topology) {
            *error = QStringLiteral("specified cluster topology not found: %1").arg(topologyName);
            return {};
        }
        for (const json &cs : specs) {
            const QString name = q(cs.value("name", json()));
            if (std::none_of(topology->components.begin(), topology->components.end(),
                             [&](const cat::TopologyComponent &tc) { return tc.name == name; })) {
                *error = QStringLiteral("component %1 not defined in topology %2").arg(name, topology->name);
                return {};
            }
        }
    } else {
        const bool allDefs = !specs.empty() && std::all_of(specs.begin(), specs.end(), [](const json &cs) {
            return !q(cs.value("componentDef", json())).isEmpty();
        });
        if (!allDefs || !topologyName.isEmpty()) {
            *error = QStringLiteral("cluster API validate error, clusterDef: %1, topology: %2, comps: %3")
                         .arg(clusterDef, topologyName)
                         .arg(specs.size());
            return {};
        }
    }
    if (preCheck)
        *preCheck = false;
    for (const json &cs : specs) {
        Resolved r;
        r.name = q(cs.value("name", json()));
        r.spec = cs;
        QString pattern = q(cs.value("componentDef", json()));
        if (pattern.isEmpty() && topology) {
            for (const cat::TopologyComponent &tc : topology->components) {
                if (tc.name == r.name)
                    pattern = tc.compDef;
            }
        }
        // Definitions installed (enabled addons only) that the pattern selects.
        std::vector<const cat::ComponentDef *> candidates;
        for (const cat::ComponentDef &d : cat::componentDefs()) {
            if (cat::compDefMatches(pattern, d.name)
                && m_store->get(QStringLiteral("apps.kubeblocks.io/componentdefinitions"), {}, d.name))
                candidates.push_back(&d);
        }
        if (candidates.empty()) {
            *error = QStringLiteral("no component definition found for the specified name: %1").arg(pattern);
            return {};
        }
        QString version = q(cs.value("serviceVersion", json()));
        if (version.isEmpty()) {
            for (const cat::ComponentDef *d : candidates) {
                for (const QString &v : d->serviceVersions) {
                    if (version.isEmpty() || cat::compareVersions(v, version) > 0)
                        version = v;
                }
            }
        }
        for (const cat::ComponentDef *d : candidates) {
            if (d->serviceVersions.contains(version) && (!r.def || d->name > r.def->name))
                r.def = d;
        }
        if (!r.def) {
            *error = QStringLiteral("no matched component definition found with componentDef \"%1\" and serviceVersion \"%2\"")
                         .arg(pattern, version);
            return {};
        }
        r.serviceVersion = version;
        out.push_back(r);
    }
    // Redis replication: sentinel is provisioned before the data pods, as the topology orders it.
    std::stable_sort(out.begin(), out.end(), [](const Resolved &a, const Resolved &b) {
        return a.def->serviceKind == QLatin1String("redis-sentinel") && b.def->serviceKind != QLatin1String("redis-sentinel");
    });
    return out;
}

void KbClusterController::reconcileCluster(const json &cluster)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString name = q(cluster["metadata"]["name"]);
    const json finalizers = cluster["metadata"].value("finalizers", json::array());
    if (!isDeleting(cluster) && std::find(finalizers.begin(), finalizers.end(), clusterFinalizer) == finalizers.end()) {
        update(m_store, QString::fromLatin1(clusters), ns, name, [](json &c) {
            c["metadata"]["finalizers"].push_back(clusterFinalizer);
            return true;
        });
    }
    if (isDeleting(cluster)) {
        deleteCluster(cluster);
        return;
    }
    const qint64 generation = cluster["metadata"].value("generation", qint64(1));

    QString error;
    bool preCheckFailed = false;
    const std::vector<Resolved> comps = resolve(cluster, &error, &preCheckFailed);
    if (comps.empty()) {
        update(m_store, QString::fromLatin1(clusters), ns, name, [&](json &c) {
            json &st = c["status"];
            json conditions = st.value("conditions", json::array());
            bool changed;
            if (preCheckFailed) {
                changed = setCondition(conditions, "ProvisioningStarted", "False", "PreCheckFailed", s(error));
            } else {
                changed = setCondition(conditions, "ProvisioningStarted", "True", "PreCheckSucceed",
                                       s(QStringLiteral("The operator has started the provisioning of Cluster: %1").arg(name)), generation);
                changed = setCondition(conditions, "ApplyResources", "False", "ApplyResourcesFailed", s(error)) || changed;
            }
            st["conditions"] = conditions;
            return changed;
        });
        warnOnce(cluster, preCheckFailed ? QStringLiteral("PreCheckFailed") : QStringLiteral("ApplyResourcesFailed"), error);
        return;
    }

    if (!m_data->exists(ns, name))
        m_data->create(ns, name);  // a restore replaces this before the data pods start (KbDataProtection)

    json componentStatuses = json::object();
    QStringList phases;
    // A Cluster restored from a backup starts its pods once the data is in place (KbDataProtection).
    bool earlierRunning = !cluster["metadata"].value("annotations", json::object()).contains("kubeblocks.io/restore-from-backup");
    for (const Resolved &c : comps) {
        json st;
        const QString phase = reconcileComponent(cluster, c, !earlierRunning, st);
        componentStatuses[s(c.name)] = st;
        phases.append(phase);
        earlierRunning = earlierRunning && st.value("provisioned", false) && phase != QLatin1String("Creating");
        componentStatuses[s(c.name)].erase("provisioned");
    }
    const QString phase = composeClusterPhase(phases);
    QString oldPhase;
    QStringList failed;
    for (auto it = componentStatuses.begin(); it != componentStatuses.end(); ++it) {
        if (it.value().value("phase", std::string()) == "Failed")
            failed.append(QString::fromStdString(it.key()));
    }
    update(m_store, QString::fromLatin1(clusters), ns, name, [&](json &c) {
        json &st = c["status"];
        const json before = st;
        oldPhase = q(st.value("phase", json()));
        if (!phase.isEmpty())
            st["phase"] = s(phase);
        st["observedGeneration"] = generation;
        st["components"] = componentStatuses;
        json conditions = st.value("conditions", json::array());
        setCondition(conditions, "ProvisioningStarted", "True", "PreCheckSucceed",
                     s(QStringLiteral("The operator has started the provisioning of Cluster: %1").arg(name)), generation);
        setCondition(conditions, "ApplyResources", "True", "ApplyResourcesSucceed", "Successfully applied for resources", generation);
        if (phase == QLatin1String("Running"))
            setCondition(conditions, "Ready", "True", "ClusterReady", s(QStringLiteral("cluster %1 is ready").arg(name)));
        else if (!failed.isEmpty())
            setCondition(conditions, "Ready", "False", "ComponentsNotReady",
                         s(QStringLiteral("cluster %1 is NOT ready, unavailable components: %2").arg(name, failed.join(QLatin1Char(',')))));
        st["conditions"] = conditions;
        st.erase("message");
        return st != before;
    });
    if (phase != oldPhase && !phase.isEmpty()) {
        if (phase == QLatin1String("Running"))
            recordEvent(m_store, cluster, "Normal", phase, QStringLiteral("Cluster: %1 is ready, current phase is Running").arg(name), component);
        else if (phase == QLatin1String("Stopped"))
            recordEvent(m_store, cluster, "Normal", phase, QStringLiteral("Cluster: %1 stopped successfully.").arg(name), component);
        else if (phase == QLatin1String("Failed") || phase == QLatin1String("Abnormal"))
            recordEvent(m_store, cluster, "Warning", phase,
                        QStringLiteral("Cluster: %1 is %2, check according to the components message").arg(name, phase), component);
    }
}

QString KbClusterController::reconcileComponent(const json &cluster, const Resolved &c, bool waitForOthers,
                                                json &componentStatus)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    const QString fullName = clusterName + QLatin1Char('-') + c.name;
    const qint64 generation = cluster["metadata"].value("generation", qint64(1));
    const json labels = componentLabels(cluster, c.name);
    const bool stop = c.spec.value("stop", false);
    int replicas = c.spec.value("replicas", 1);

    // Component
    json compSpec = {{"terminationPolicy", cluster["spec"].value("terminationPolicy", std::string("Delete"))},
                     {"compDef", s(c.def->name)},
                     {"serviceVersion", s(c.serviceVersion)},
                     {"replicas", replicas},
                     {"resources", c.spec.value("resources", json::object())},
                     {"volumeClaimTemplates", c.spec.value("volumeClaimTemplates", json::array())},
                     {"env", c.spec.value("env", json::array())},
                     {"disableExporter", c.spec.value("disableExporter", true)}};
    if (stop)
        compSpec["stop"] = true;
    if (c.spec.contains("offlineInstances"))
        compSpec["offlineInstances"] = c.spec["offlineInstances"];
    json compLabels = labels;
    compLabels["app.kubernetes.io/name"] = s(c.def->serviceKind);
    compLabels["app.kubernetes.io/version"] = s(c.serviceVersion);
    createIfAbsent(m_store, QString::fromLatin1(components),
                   {{"apiVersion", "apps.kubeblocks.io/v1"},
                    {"kind", "Component"},
                    {"metadata", {{"name", s(fullName)}, {"namespace", s(ns)}, {"labels", compLabels},
                                  {"finalizers", {"component.kubeblocks.io/finalizer"}},
                                  {"ownerReferences", json::array({ownerRef(cluster)})}}},
                    {"spec", compSpec},
                    {"status", json::object()}});
    json comp = *update(m_store, QString::fromLatin1(components), ns, fullName, [&](json &o) {
        if (o["spec"] == compSpec)
            return false;
        o["spec"] = compSpec;
        o["metadata"]["generation"] = o["metadata"].value("generation", 1) + 1;
        return true;
    });
    const qint64 compGeneration = comp["metadata"].value("generation", qint64(1));

    // Replica limits are checked by the Component controller.
    if (!stop && (replicas < c.def->minReplicas || replicas > c.def->maxReplicas)) {
        const QString msg = QStringLiteral("replicas %1 out-of-limit [%2, %3]").arg(replicas).arg(c.def->minReplicas).arg(c.def->maxReplicas);
        update(m_store, QString::fromLatin1(components), ns, fullName, [&](json &o) {
            json before = o["status"];
            json conds = before.value("conditions", json::array());
            setCondition(conds, "ProvisioningStarted", "False", "PreCheckFailed", s(msg), compGeneration);
            o["status"]["conditions"] = conds;
            o["status"]["phase"] = before.value("phase", std::string()).empty() ? "Creating" : before.value("phase", std::string("Creating"));
            return o["status"] != before;
        });
        warnOnce(comp, QStringLiteral("PreCheckFailed"), msg);
        componentStatus = {{"phase", q(comp["status"].value("phase", json())).isEmpty() ? "Creating" : comp["status"]["phase"]},
                           {"observedGeneration", generation}, {"message", {{"Component", s(msg)}}}, {"provisioned", true}};
        return q(componentStatus["phase"]);
    }

    // Which ordinals exist: the first `replicas` not taken offline by a scale-in of named instances.
    std::vector<int> ordinals;
    const json offline = c.spec.value("offlineInstances", json::array());
    for (int ord = 0; int(ordinals.size()) < (stop ? 0 : replicas); ++ord) {
        const std::string podName = s(fullName) + "-" + std::to_string(ord);
        if (std::find(offline.begin(), offline.end(), podName) == offline.end())
            ordinals.push_back(ord);
    }
    const std::string revision = revisionOf(c.spec, c.def->name, c.serviceVersion);

    json itsLabels = labels;
    json selector = labels;
    json template_ = {{"metadata", {{"labels", labels}}},
                      {"spec", {{"containers", {{{"name", s(c.def->container)},
                                                 {"image", s(c.def->image + QLatin1Char(':') + c.serviceVersion)},
                                                 {"resources", c.spec.value("resources", json::object())}}}}}}};
    json roles = json::array();
    for (const QString &r : c.def->roles)
        roles.push_back({{"name", s(r)}, {"participatesInQuorum", c.def->exclusiveLeader}});
    json itsSpec = {{"replicas", int(ordinals.size())},
                    {"selector", {{"matchLabels", selector}}},
                    {"template", template_},
                    {"podManagementPolicy", "Parallel"},
                    {"updateStrategy", {{"type", "RollingUpdate"}}},
                    {"roles", roles}};
    if (!offline.empty())
        itsSpec["offlineInstances"] = offline;
    const bool newInstanceSet = !m_store->get(QString::fromLatin1(instanceSets), ns, fullName).has_value();
    if (newInstanceSet && (waitForOthers || replicas == 0)) {
        componentStatus = {{"phase", "Creating"}, {"observedGeneration", generation}, {"provisioned", false}};
        return QStringLiteral("Creating");
    }
    createIfAbsent(m_store, QString::fromLatin1(instanceSets),
                   {{"apiVersion", "workloads.kubeblocks.io/v1"},
                    {"kind", "InstanceSet"},
                    {"metadata", {{"name", s(fullName)}, {"namespace", s(ns)}, {"labels", itsLabels},
                                  {"annotations", json::object()},
                                  {"ownerReferences", json::array({ownerRef(comp)})}}},
                    {"spec", itsSpec},
                    {"status", json::object()}});
    json its = *update(m_store, QString::fromLatin1(instanceSets), ns, fullName, [&](json &o) {
        if (o["spec"] == itsSpec)
            return false;
        o["spec"] = itsSpec;
        o["metadata"]["generation"] = o["metadata"].value("generation", 1) + 1;
        return true;
    });

    ensureSecrets(cluster, comp, c);
    ensureServices(cluster, comp, c, ordinals);
    ensurePvcs(cluster, c, its, ordinals);

    // Pods: create missing ordinals, remove surplus ones (highest first), roll outdated ones.
    std::vector<json> pods;
    for (const auto &p : m_store->list(QString::fromLatin1(KbHelpers::pods), ns).items) {
        const json lbl = (*p)["metadata"].value("labels", json::object());
        if (lbl.value("app.kubernetes.io/instance", std::string()) == s(clusterName)
            && lbl.value("apps.kubeblocks.io/component-name", std::string()) == s(c.name))
            pods.push_back(*p);
    }
    for (const json &p : pods) {
        const int ord = ordinalOf(q(p["metadata"]["name"]));
        if (std::find(ordinals.begin(), ordinals.end(), ord) == ordinals.end()) {
            deletePod(m_store, ns, q(p["metadata"]["name"]));
            m_failedPods.erase(ns + QLatin1Char('/') + q(p["metadata"]["name"]));
            if (!stop) {
                for (const QString &v : c.def->volumes)
                    remove(m_store, QString::fromLatin1(pvcs), ns, v + QLatin1Char('-') + q(p["metadata"]["name"]));
            }
        }
    }
    // Surplus pods still terminating keep the component Updating/Stopping until the kubelet removed them.
    const auto surplus = std::erase_if(pods, [&](const json &p) {
        return std::find(ordinals.begin(), ordinals.end(), ordinalOf(q(p["metadata"]["name"]))) == ordinals.end();
    });
    for (int ord : ordinals) {
        const std::string podName = s(fullName) + "-" + std::to_string(ord);
        if (std::none_of(pods.begin(), pods.end(), [&](const json &p) { return p["metadata"]["name"] == podName; })) {
            json pod = podFor(cluster, c, its, ord, revision);
            createIfAbsent(m_store, QString::fromLatin1(KbHelpers::pods), pod);
            if (auto stored = m_store->get(QString::fromLatin1(KbHelpers::pods), ns, QString::fromStdString(podName)))
                pods.push_back(*stored);
        }
    }
    applyFailures(pods);
    assignRoles(cluster, c, pods);

    const std::string revisionLabel = s(fullName) + "-" + revision;
    int ready = 0, updated = 0, failedPods = 0;
    bool leader = c.def->roles.isEmpty() || !c.def->exclusiveLeader;
    for (const json &p : pods) {
        const json lbl = p["metadata"].value("labels", json::object());
        if (podReady(p))
            ++ready;
        if (podFailed(p) || m_failedPods.count(ns + QLatin1Char('/') + q(p["metadata"]["name"])))
            ++failedPods;
        if (lbl.value("controller-revision-hash", std::string()) == revisionLabel)
            ++updated;
        if (c.def->exclusiveLeader && !c.def->roles.isEmpty() && podReady(p)
            && lbl.value(roleLabel, std::string()) == s(c.def->roles.first()))
            leader = true;
    }
    // Rolling update, one pod at a time while all others are ready: secondaries first, the leader last.
    if (updated < int(pods.size()) && ready == int(pods.size())) {
        std::vector<json> outdated;
        for (const json &p : pods) {
            if (p["metadata"].value("labels", json::object()).value("controller-revision-hash", std::string()) != revisionLabel)
                outdated.push_back(p);
        }
        std::sort(outdated.begin(), outdated.end(), [&](const json &a, const json &b) {
            const bool la = !c.def->roles.isEmpty() && a["metadata"]["labels"].value(roleLabel, std::string()) == s(c.def->roles.first());
            const bool lb = !c.def->roles.isEmpty() && b["metadata"]["labels"].value(roleLabel, std::string()) == s(c.def->roles.first());
            if (la != lb)
                return lb;
            return ordinalOf(q(a["metadata"]["name"])) > ordinalOf(q(b["metadata"]["name"]));
        });
        deletePod(m_store, ns, q(outdated.front()["metadata"]["name"]));
    }

    // PVC sizes follow the templates (the CSI resizer finishes after a moment).
    bool resizing = false;
    for (const json &vct : c.spec.value("volumeClaimTemplates", json::array())) {
        for (int ord : ordinals) {
            const QString pvcName = q(vct["name"]) + QLatin1Char('-') + fullName + QLatin1Char('-') + QString::number(ord);
            const auto pvc = m_store->get(QString::fromLatin1(pvcs), ns, pvcName);
            if (!pvc)
                continue;
            const std::string want = storageOf(vct);
            const std::string have = (*pvc)["spec"]["resources"]["requests"].value("storage", std::string());
            const std::string capacity = (*pvc).value("status", json::object()).value("capacity", json::object()).value("storage", std::string());
            if (have != want) {
                update(m_store, QString::fromLatin1(pvcs), ns, pvcName, [&](json &o) {
                    o["spec"]["resources"]["requests"]["storage"] = want;
                    return true;
                });
                resizing = true;
            } else if ((*pvc)["status"].value("phase", std::string()) == "Bound" && capacity != want) {
                resizing = true;
                const QString key = ns + QLatin1Char('/') + pvcName;
                if (!m_leaderLostAt.count(QStringLiteral("resize:") + key))
                    m_leaderLostAt[QStringLiteral("resize:") + key] = simNowMs();
                if (simNowMs() - m_leaderLostAt[QStringLiteral("resize:") + key] >= switchoverMs) {
                    m_leaderLostAt.erase(QStringLiteral("resize:") + key);
                    update(m_store, QString::fromLatin1(pvcs), ns, pvcName, [&](json &o) {
                        o["status"]["capacity"]["storage"] = want;
                        o["status"].erase("conditions");
                        return true;
                    });
                }
            }
        }
    }

    // Phase, like the Component controller reports it.
    const QString previous = q(comp["status"].value("phase", json()));
    QString phase;
    const bool allReady = ready == int(ordinals.size()) && int(pods.size()) == int(ordinals.size());
    if (stop)
        phase = pods.empty() && surplus == 0 ? QStringLiteral("Stopped") : QStringLiteral("Stopping");
    else if (failedPods > 0)
        phase = QStringLiteral("Failed");
    else if (allReady && leader && updated == int(pods.size()) && !resizing && surplus == 0)
        phase = QStringLiteral("Running");
    else if (previous.isEmpty() || previous == QLatin1String("Creating"))
        phase = QStringLiteral("Creating");
    else if (previous == QLatin1String("Stopped") || previous == QLatin1String("Starting"))
        phase = QStringLiteral("Starting");
    else
        phase = QStringLiteral("Updating");

    json members = json::array();
    for (const json &p : pods) {
        json m = {{"podName", p["metadata"]["name"]}, {"ready", podReady(p)}};
        const std::string role = p["metadata"].value("labels", json::object()).value(roleLabel, std::string());
        if (!role.empty())
            m["role"] = {{"name", role}, {"isLeader", !c.def->roles.isEmpty() && role == s(c.def->roles.first()) && c.def->exclusiveLeader}};
        members.push_back(m);
    }
    update(m_store, QString::fromLatin1(instanceSets), ns, fullName, [&](json &o) {
        const json before = o["status"];
        o["status"] = {{"observedGeneration", o["metadata"].value("generation", 1)},
                       {"replicas", int(pods.size())},
                       {"readyReplicas", ready},
                       {"availableReplicas", ready},
                       {"updatedReplicas", updated},
                       {"currentRevision", revisionLabel},
                       {"updateRevision", revisionLabel},
                       {"membersStatus", members}};
        return o["status"] != before;
    });
    update(m_store, QString::fromLatin1(components), ns, fullName, [&](json &o) {
        const json before = o["status"];
        o["status"]["phase"] = s(phase);
        o["status"]["observedGeneration"] = compGeneration;
        json conds = o["status"].value("conditions", json::array());
        setCondition(conds, "ProvisioningStarted", "True", "PreCheckSucceed", "The operator has started the provisioning of Component", compGeneration);
        setCondition(conds, "Available", phase == QLatin1String("Running") ? "True" : "False",
                     phase == QLatin1String("Running") ? "Available" : "Unavailable",
                     phase == QLatin1String("Running") ? "the component is available" : "the component is not available");
        o["status"]["conditions"] = conds;
        if (phase == QLatin1String("Failed"))
            o["status"]["message"] = {{"InstanceSet/" + s(fullName), "pod failed"}};
        else
            o["status"].erase("message");
        return o["status"] != before;
    });
    componentStatus = {{"phase", s(phase)}, {"observedGeneration", generation}, {"upToDate", updated == int(pods.size())},
                       {"provisioned", true}};
    if (phase == QLatin1String("Failed"))
        componentStatus["message"] = {{"InstanceSet/" + s(fullName), "pod failed"}};
    return phase;
}

json KbClusterController::podFor(const json &cluster, const Resolved &c, const json &instanceSet, int ordinal,
                                 const std::string &revision) const
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    const QString fullName = clusterName + QLatin1Char('-') + c.name;
    const QString podName = fullName + QLatin1Char('-') + QString::number(ordinal);
    json labels = componentLabels(cluster, c.name);
    labels["app.kubernetes.io/name"] = s(c.def->serviceKind);
    labels["app.kubernetes.io/component"] = s(c.def->name.left(c.def->name.size() - int(strlen(cat::addonVersion)) - 1));
    labels["app.kubernetes.io/version"] = s(c.serviceVersion);
    labels["apps.kubeblocks.io/cluster-uid"] = cluster["metadata"]["uid"];
    labels["apps.kubeblocks.io/pod-name"] = s(podName);
    labels["workloads.kubeblocks.io/instance"] = s(fullName);
    labels["workloads.kubeblocks.io/managed-by"] = "InstanceSet";
    labels["controller-revision-hash"] = s(fullName) + "-" + revision;
    json ports = json::array();
    for (const cat::Port &p : c.def->containerPorts)
        ports.push_back({{"name", s(p.name)}, {"containerPort", p.port}, {"protocol", "TCP"}});
    json mounts = json::array(), volumes = json::array();
    for (const json &vct : c.spec.value("volumeClaimTemplates", json::array())) {
        const QString v = q(vct["name"]);
        mounts.push_back({{"name", s(v)}, {"mountPath", s(mountPath(c.def->serviceKind, v))}});
        volumes.push_back({{"name", s(v)}, {"persistentVolumeClaim", {{"claimName", s(v + QLatin1Char('-') + podName)}}}});
    }
    json env = c.spec.value("env", json::array());
    env.push_back({{"name", "KB_CLUSTER_NAME"}, {"value", s(clusterName)}});
    env.push_back({{"name", "KB_COMP_NAME"}, {"value", s(c.name)}});
    env.push_back({{"name", "KB_POD_NAME"}, {"valueFrom", {{"fieldRef", {{"fieldPath", "metadata.name"}}}}}});
    if (!c.def->accounts.isEmpty()) {
        const std::string secret = s(fullName) + "-account-" + s(c.def->accounts.first());
        env.push_back({{"name", "KB_ACCOUNT_USERNAME"}, {"valueFrom", {{"secretKeyRef", {{"name", secret}, {"key", "username"}}}}}});
        env.push_back({{"name", "KB_ACCOUNT_PASSWORD"}, {"valueFrom", {{"secretKeyRef", {{"name", secret}, {"key", "password"}}}}}});
    }
    json container = {{"name", s(c.def->container)},
                      {"image", s(c.def->image + QLatin1Char(':') + c.serviceVersion)},
                      {"imagePullPolicy", "IfNotPresent"},
                      {"ports", ports},
                      {"env", env},
                      {"resources", c.spec.value("resources", json::object())},
                      {"volumeMounts", mounts}};
    json annotations = json::object();
    const std::string restart = c.spec.value("annotations", json::object()).value(restartAnnotation, std::string());
    if (!restart.empty())
        annotations[restartAnnotation] = restart;
    return {{"apiVersion", "v1"},
            {"kind", "Pod"},
            {"metadata", {{"name", s(podName)}, {"namespace", s(ns)}, {"labels", labels}, {"annotations", annotations},
                          {"ownerReferences", json::array({ownerRef(instanceSet)})}}},
            {"spec", {{"containers", {container}},
                      {"volumes", volumes},
                      {"hostname", s(podName)},
                      {"subdomain", s(fullName) + "-headless"},
                      {"serviceAccountName", "kb-" + s(clusterName)},
                      {"restartPolicy", "Always"},
                      {"terminationGracePeriodSeconds", 30},
                      {"schedulerName", "default-scheduler"},
                      {"dnsPolicy", "ClusterFirst"}}},
            {"status", {{"phase", "Pending"}, {"qosClass", "Guaranteed"}}}};
}

void KbClusterController::ensureSecrets(const json &cluster, const json &comp, const Resolved &c)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    for (const QString &account : c.def->accounts) {
        const QString name = clusterName + QLatin1Char('-') + c.name + QStringLiteral("-account-")
                             + QString(account).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (m_store->get(QString::fromLatin1(secrets), ns, name))
            continue;
        const QString password = randomPassword(m_random, c.def->passwordLength);
        json labels = componentLabels(cluster, c.name);
        labels["apps.kubeblocks.io/system-account"] = s(account);
        createIfAbsent(m_store, QString::fromLatin1(secrets),
                       {{"apiVersion", "v1"},
                        {"kind", "Secret"},
                        {"metadata", {{"name", s(name)}, {"namespace", s(ns)}, {"labels", labels},
                                      {"ownerReferences", json::array({ownerRef(comp)})}}},
                        {"type", "Opaque"},
                        {"data", {{"username", account.toUtf8().toBase64().toStdString()},
                                  {"password", password.toUtf8().toBase64().toStdString()}}}});
        m_data->setAccount(ns, clusterName, account, password, c.name);
    }
}

void KbClusterController::ensureServices(const json &cluster, const json &comp, const Resolved &c,
                                         const std::vector<int> &ordinals)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString fullName = q(cluster["metadata"]["name"]) + QLatin1Char('-') + c.name;
    const json labels = componentLabels(cluster, c.name);
    const auto makeService = [&](const QString &name, const json &ports, json selector, bool headless) {
        if (m_store->get(QString::fromLatin1(services), ns, name))
            return;
        json spec = {{"type", "ClusterIP"}, {"ports", ports}, {"selector", selector}, {"sessionAffinity", "None"},
                     {"ipFamilies", {"IPv4"}}, {"ipFamilyPolicy", "SingleStack"}, {"internalTrafficPolicy", "Cluster"}};
        if (headless) {
            spec["clusterIP"] = "None";
            spec["clusterIPs"] = {"None"};
            spec["publishNotReadyAddresses"] = true;
        } else {
            const std::string ip = s(allocateClusterIp());
            spec["clusterIP"] = ip;
            spec["clusterIPs"] = {ip};
        }
        createIfAbsent(m_store, QString::fromLatin1(services),
                       {{"apiVersion", "v1"},
                        {"kind", "Service"},
                        {"metadata", {{"name", s(name)}, {"namespace", s(ns)}, {"labels", labels},
                                      {"ownerReferences", json::array({ownerRef(comp)})}}},
                        {"spec", spec},
                        {"status", {{"loadBalancer", json::object()}}}});
    };
    json headlessPorts = json::array();
    for (const cat::Port &p : c.def->containerPorts)
        headlessPorts.push_back({{"name", s(p.name)}, {"port", p.port}, {"protocol", "TCP"}, {"targetPort", s(p.name)}});
    makeService(fullName + QStringLiteral("-headless"), headlessPorts, labels, true);
    for (const cat::ServiceDef &sv : c.def->services) {
        json ports = json::array();
        for (const cat::Port &p : sv.ports)
            ports.push_back({{"name", s(p.name)}, {"port", p.port}, {"protocol", "TCP"},
                             {"targetPort", sv.podService ? json(p.port) : json(s(p.name))}});
        json selector = labels;
        if (!sv.roleSelector.isEmpty())
            selector[roleLabel] = s(sv.roleSelector);
        const QString base = sv.serviceName.isEmpty() ? fullName : fullName + QLatin1Char('-') + sv.serviceName;
        if (sv.podService) {
            for (int ord : ordinals) {
                json podSelector = selector;
                podSelector["apps.kubeblocks.io/pod-name"] = s(fullName) + "-" + std::to_string(ord);
                makeService(base + QLatin1Char('-') + QString::number(ord), ports, podSelector, false);
            }
        } else {
            makeService(base, ports, selector, false);
        }
    }
}

void KbClusterController::ensurePvcs(const json &cluster, const Resolved &c, const json &instanceSet,
                                     const std::vector<int> &ordinals)
{
    Q_UNUSED(instanceSet)
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString fullName = q(cluster["metadata"]["name"]) + QLatin1Char('-') + c.name;
    for (const json &vct : c.spec.value("volumeClaimTemplates", json::array())) {
        const QString v = q(vct["name"]);
        for (int ord : ordinals) {
            const QString name = v + QLatin1Char('-') + fullName + QLatin1Char('-') + QString::number(ord);
            json labels = componentLabels(cluster, c.name);
            labels["apps.kubeblocks.io/vct-name"] = s(v);
            labels["kubeblocks.io/volume-type"] = s(v);
            labels["apps.kubeblocks.io/pod-name"] = s(fullName) + "-" + std::to_string(ord);
            json spec = vct.value("spec", json::object());
            // KubeBlocks treats "" like an absent class: the cluster's default StorageClass.
            if (q(spec.value("storageClassName", json())).isEmpty()) {
                QString def;
                for (const auto &sc : m_store->list(QStringLiteral("storage.k8s.io/storageclasses")).items) {
                    if ((*sc)["metadata"].value("annotations", json::object()).value("storageclass.kubernetes.io/is-default-class", std::string()) == "true")
                        def = q((*sc)["metadata"]["name"]);
                }
                if (def.isEmpty())
                    spec.erase("storageClassName");
                else
                    spec["storageClassName"] = s(def);
            }
            if (!spec.contains("accessModes"))
                spec["accessModes"] = {"ReadWriteOnce"};
            spec["volumeMode"] = spec.value("volumeMode", std::string("Filesystem"));
            createIfAbsent(m_store, QString::fromLatin1(pvcs),
                           {{"apiVersion", "v1"},
                            {"kind", "PersistentVolumeClaim"},
                            {"metadata", {{"name", s(name)}, {"namespace", s(ns)}, {"labels", labels},
                                          {"finalizers", {"kubernetes.io/pvc-protection"}}}},
                            {"spec", spec},
                            {"status", {{"phase", "Pending"}}}});
        }
    }
}

void KbClusterController::deleteCluster(const json &cluster)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString name = q(cluster["metadata"]["name"]);
    const QString policy = q(cluster["spec"].value("terminationPolicy", json()));
    if (policy == QLatin1String("DoNotTerminate")) {
        warnOnce(cluster, QStringLiteral("DoNotTerminate"),
                 QStringLiteral("spec.terminationPolicy %1 is preventing deletion.").arg(policy));
        return;
    }
    const QString state = q(cluster.value("status", json::object()).value("phase", json()));
    if (state != QLatin1String("Deleting")) {
        update(m_store, QString::fromLatin1(clusters), ns, name, [](json &c) {
            c["status"]["phase"] = "Deleting";
            return true;
        });
        recordEvent(m_store, cluster, "Normal", QStringLiteral("DeletingCR"), QStringLiteral("Deleting cluster: %1").arg(name), component);
        return;  // the next pass removes what the Cluster owns
    }
    const auto owned = [&](const json &o) {
        return o["metadata"].value("labels", json::object()).value("app.kubernetes.io/instance", std::string()) == s(name);
    };
    bool remaining = false;
    for (const char *res : {KbHelpers::pods, KbHelpers::instanceSets, KbHelpers::components, KbHelpers::services,
                            KbHelpers::secrets, KbHelpers::pvcs, KbHelpers::backupPolicies, KbHelpers::backupSchedules}) {
        for (const auto &o : m_store->list(QString::fromLatin1(res), ns).items) {
            if (owned(*o)) {
                if (QLatin1String(res) == QLatin1String(KbHelpers::pods))
                    deletePod(m_store, ns, q((*o)["metadata"]["name"]));
                else
                    remove(m_store, QString::fromLatin1(res), ns, q((*o)["metadata"]["name"]));
                remaining = true;
            }
        }
    }
    if (policy == QLatin1String("WipeOut")) {
        for (const auto &b : m_store->list(QString::fromLatin1(KbHelpers::backups), ns).items) {
            if (owned(*b)) {
                m_data->dropBackup(q((*b)["metadata"]["uid"]));
                remove(m_store, QString::fromLatin1(KbHelpers::backups), ns, q((*b)["metadata"]["name"]));
            }
        }
    }
    if (remaining)
        return;
    m_data->drop(ns, name);
    for (auto it = m_failedPods.begin(); it != m_failedPods.end();)
        it = it->first.startsWith(ns + QLatin1Char('/') + name + QLatin1Char('-')) ? m_failedPods.erase(it) : std::next(it);
    m_store->mutate(QString::fromLatin1(clusters), ns, name, [](std::optional<json> &cur) {
        return cur ? Store::Action::Delete : Store::Action::Keep;
    });
}

} // namespace sd::sim
