#include "kubesim/kbinstall.h"

#include "kubesim/kbcatalog.h"
#include "kubesim/logbook.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"

#include <QDateTime>

#include <set>

namespace sd::sim::KbInstall {

namespace {
using json = nlohmann::json;
namespace cat = KbCatalog;

std::string s(const QString &text) { return text.toStdString(); }
std::string now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); }

json helmLabels(const QString &addon)
{
    return {{"app.kubernetes.io/instance", "kb-addon-" + s(addon)},
            {"app.kubernetes.io/managed-by", "Helm"},
            {"app.kubernetes.io/name", s(addon)},
            {"app.kubernetes.io/version", cat::addonVersion},
            {"helm.sh/chart", s(addon) + "-" + cat::addonVersion}};
}

json available() { return {{"phase", "Available"}, {"observedGeneration", 1}}; }

json ports(const QList<cat::Port> &list)
{
    json out = json::array();
    for (const cat::Port &p : list)
        out.push_back({{"name", s(p.name)}, {"port", p.port}, {"targetPort", s(p.name)}});
    return out;
}

void addComponentDefinition(Store *store, const cat::ComponentDef &d)
{
    json services = json::array();
    for (const cat::ServiceDef &sv : d.services) {
        json one = {{"name", s(sv.name)}, {"spec", {{"ports", ports(sv.ports)}}}};
        if (!sv.serviceName.isEmpty())
            one["serviceName"] = s(sv.serviceName);
        if (!sv.roleSelector.isEmpty())
            one["roleSelector"] = s(sv.roleSelector);
        if (sv.podService)
            one["podService"] = true;
        services.push_back(one);
    }
    json roles = json::array();
    for (qsizetype i = 0; i < d.roles.size(); ++i)
        roles.push_back({{"name", s(d.roles[i])}, {"updatePriority", int(d.roles.size() - i)},
                         {"participatesInQuorum", d.exclusiveLeader}});
    json accounts = json::array();
    for (qsizetype i = 0; i < d.accounts.size(); ++i)
        accounts.push_back({{"name", s(d.accounts[i])}, {"initAccount", i == 0},
                            {"passwordGenerationPolicy", {{"length", d.passwordLength}, {"numDigits", 3}, {"letterCase", "MixedCases"}}}});
    json volumes = json::array();
    for (const QString &v : d.volumes)
        volumes.push_back({{"name", s(v)}, {"needSnapshot", true}});
    json containerPorts = json::array();
    for (const cat::Port &p : d.containerPorts)
        containerPorts.push_back({{"name", s(p.name)}, {"containerPort", p.port}});
    json spec = {{"provider", "ApeCloud"},
                 {"serviceKind", s(d.serviceKind)},
                 {"serviceVersion", s(d.serviceVersions.last())},
                 {"services", services},
                 {"systemAccounts", accounts},
                 {"volumes", volumes},
                 {"replicasLimit", {{"minReplicas", d.minReplicas}, {"maxReplicas", d.maxReplicas}}},
                 {"updateStrategy", d.exclusiveLeader ? "Serial" : "BestEffortParallel"},
                 {"runtime", {{"containers", {{{"name", s(d.container)}, {"ports", containerPorts}}}}}}};
    if (!roles.empty())
        spec["roles"] = roles;
    Scenario::add(store, QStringLiteral("apps.kubeblocks.io/componentdefinitions"),
                  {{"apiVersion", "apps.kubeblocks.io/v1"},
                   {"kind", "ComponentDefinition"},
                   {"metadata", {{"name", s(d.name)}, {"labels", helmLabels(d.addon)},
                                 {"annotations", {{"apps.kubeblocks.io/immutable-hash", "kubesim"}}}}},
                   {"spec", spec},
                   {"status", available()}});
}

void addComponentVersion(Store *store, const QString &name, const QString &addon)
{
    json rules = json::array();
    json releases = json::array();
    QStringList all;
    for (const cat::ComponentDef &d : cat::componentDefs()) {
        if (d.versionsFrom != name)
            continue;
        json rel = json::array();
        for (const QString &v : d.serviceVersions) {
            rel.push_back(s(v));
            all.append(v);
            releases.push_back({{"name", s(v)}, {"serviceVersion", s(v)},
                                {"images", {{s(d.container), s(d.image + QLatin1Char(':') + v)}}}});
        }
        rules.push_back({{"compDefs", {s(d.name.left(d.name.size() - int(strlen(cat::addonVersion)) - 1))}}, {"releases", rel}});
    }
    std::sort(all.begin(), all.end(), [](const QString &a, const QString &b) { return cat::compareVersions(a, b) < 0; });
    all.removeDuplicates();
    json status = available();
    status["serviceVersions"] = s(all.join(QLatin1Char(',')));
    Scenario::add(store, QStringLiteral("apps.kubeblocks.io/componentversions"),
                  {{"apiVersion", "apps.kubeblocks.io/v1"},
                   {"kind", "ComponentVersion"},
                   {"metadata", {{"name", s(name)}, {"labels", helmLabels(addon)}}},
                   {"spec", {{"compatibilityRules", rules}, {"releases", releases}}},
                   {"status", status}});
}

void addClusterDefinition(Store *store, const cat::ClusterDef &cd)
{
    json topologies = json::array();
    QStringList names;
    for (const cat::Topology &t : cd.topologies) {
        json comps = json::array();
        for (const cat::TopologyComponent &c : t.components)
            comps.push_back({{"name", s(c.name)}, {"compDef", s(c.compDef)}});
        json one = {{"name", s(t.name)}, {"components", comps}};
        if (t.isDefault)
            one["default"] = true;
        topologies.push_back(one);
        names.append(t.name);
    }
    json status = available();
    status["topologies"] = s(names.join(QLatin1Char(',')));
    Scenario::add(store, QStringLiteral("apps.kubeblocks.io/clusterdefinitions"),
                  {{"apiVersion", "apps.kubeblocks.io/v1"},
                   {"kind", "ClusterDefinition"},
                   {"metadata", {{"name", s(cd.name)}, {"labels", helmLabels(cd.addon)}}},
                   {"spec", {{"topologies", topologies}}},
                   {"status", status}});
}

void addActionSet(Store *store, const QString &addon, const QString &method)
{
    Scenario::add(store, QStringLiteral("dataprotection.kubeblocks.io/actionsets"),
                  {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                   {"kind", "ActionSet"},
                   {"metadata", {{"name", s(addon + QLatin1Char('-') + method)}, {"labels", helmLabels(addon)}}},
                   {"spec", {{"backupType", "Full"},
                             {"backup", {{"backupData", {{"image", "apecloud/datasafed"}, {"runOnTargetPodNode", true}}}}},
                             {"restore", {{"prepareData", {{"image", "apecloud/datasafed"}}}}}}},
                   {"status", available()}});
}

void addAddon(Store *store, const cat::Addon &a, bool enabled)
{
    json status = {{"phase", enabled ? "Enabled" : "Disabled"}, {"observedGeneration", 1}};
    if (enabled)
        status["conditions"] = {{{"type", "Succeed"}, {"status", "True"}, {"reason", "InstallationSucceeded"},
                                 {"message", "install addon " + s(a.name) + " succeeded"}, {"lastTransitionTime", now()}}};
    Scenario::add(store, QStringLiteral("extensions.kubeblocks.io/addons"),
                  {{"apiVersion", "extensions.kubeblocks.io/v1alpha1"},
                   {"kind", "Addon"},
                   {"metadata", {{"name", s(a.name)},
                                 {"labels", {{"addon.kubeblocks.io/version", cat::addonVersion},
                                             {"addon.kubeblocks.io/provider", "apecloud"},
                                             {"addon.kubeblocks.io/name", s(a.name)}}}}},
                   {"spec", {{"type", "Helm"},
                             {"version", cat::addonVersion},
                             {"provider", "apecloud"},
                             {"description", s(a.description)},
                             {"defaultInstallValues", {{{"enabled", a.autoInstalled}}}},
                             {"install", {{"enabled", enabled}}},
                             {"helm", {{"chartLocationURL", "https://jihulab.com/api/v4/projects/150246/packages/helm/stable/charts/"
                                                              + s(a.name) + "-" + cat::addonVersion + ".tgz"}}}}},
                   {"status", status}});
}

// The operator Deployments as helm leaves them once settled: Deployment, ReplicaSet and a Ready pod.
void addOperator(Store *store, LogBook *logs, const std::string &name, const std::string &component, int node)
{
    const std::string image = std::string("docker.io/apecloud/") + name + ":" + cat::addonVersion;
    const json selector = {{"app.kubernetes.io/name", name == "kubeblocks" ? "kubeblocks" : name},
                           {"app.kubernetes.io/instance", "kubeblocks"}};
    json labels = selector;
    labels["app.kubernetes.io/component"] = component;
    labels["app.kubernetes.io/version"] = cat::addonVersion;
    labels["helm.sh/chart"] = std::string("kubeblocks-") + cat::addonVersion;
    labels["app.kubernetes.io/managed-by"] = "Helm";
    const json podTemplate = {{"metadata", {{"labels", selector}}},
                              {"spec", {{"serviceAccountName", "kubeblocks"},
                                        {"containers", {{{"name", "manager"}, {"image", image},
                                                         {"ports", {{{"name", "webhook-server"}, {"containerPort", 9443}},
                                                                    {{"name", "health"}, {"containerPort", 8081}}}}}}}}}};
    json deploy = Scenario::add(store, QStringLiteral("apps/deployments"),
                                {{"apiVersion", "apps/v1"},
                                 {"kind", "Deployment"},
                                 {"metadata", {{"name", name}, {"namespace", "kb-system"}, {"labels", labels},
                                               {"annotations", {{"meta.helm.sh/release-name", "kubeblocks"},
                                                                {"meta.helm.sh/release-namespace", "kb-system"}}}}},
                                 {"spec", {{"replicas", 1}, {"selector", {{"matchLabels", selector}}}, {"template", podTemplate}}},
                                 {"status", {{"observedGeneration", 1}, {"replicas", 1}, {"updatedReplicas", 1}, {"readyReplicas", 1},
                                             {"availableReplicas", 1},
                                             {"conditions", {{{"type", "Available"}, {"status", "True"}, {"reason", "MinimumReplicasAvailable"}},
                                                             {{"type", "Progressing"}, {"status", "True"}, {"reason", "NewReplicaSetAvailable"}}}}}}});
    const std::string hash = name == "kubeblocks" ? "7c9d6b5f8" : "5b8f47c6d";
    json rsLabels = selector;
    rsLabels["pod-template-hash"] = hash;
    json rsTemplate = podTemplate;
    rsTemplate["metadata"]["labels"] = rsLabels;
    const auto owner = [](const json &o) {
        return json{{"apiVersion", o["apiVersion"]}, {"kind", o["kind"]}, {"name", o["metadata"]["name"]},
                    {"uid", o["metadata"]["uid"]}, {"controller", true}, {"blockOwnerDeletion", true}};
    };
    json rs = Scenario::add(store, QStringLiteral("apps/replicasets"),
                            {{"apiVersion", "apps/v1"},
                             {"kind", "ReplicaSet"},
                             {"metadata", {{"name", name + "-" + hash}, {"namespace", "kb-system"}, {"labels", rsLabels},
                                           {"annotations", {{"deployment.kubernetes.io/revision", "1"}}},
                                           {"ownerReferences", json::array({owner(deploy)})}}},
                             {"spec", {{"replicas", 1}, {"selector", {{"matchLabels", rsLabels}}}, {"template", rsTemplate}}},
                             {"status", {{"replicas", 1}, {"readyReplicas", 1}, {"availableReplicas", 1},
                                         {"fullyLabeledReplicas", 1}, {"observedGeneration", 1}}}});
    const std::string podName = name + "-" + hash + (name == "kubeblocks" ? "-q8x2n" : "-w4k7m");
    const json ready = {{"status", "True"}, {"lastTransitionTime", now()}};
    json conditions = json::array();
    for (const char *type : {"Initialized", "Ready", "ContainersReady", "PodScheduled"}) {
        json c = ready;
        c["type"] = type;
        conditions.push_back(c);
    }
    json podSpec = rsTemplate["spec"];
    podSpec["nodeName"] = "kubesim-node-" + std::to_string(node);
    podSpec["restartPolicy"] = "Always";
    podSpec["terminationGracePeriodSeconds"] = 30;
    Scenario::add(store, QStringLiteral("/pods"),
                  {{"apiVersion", "v1"},
                   {"kind", "Pod"},
                   {"metadata", {{"name", podName}, {"namespace", "kb-system"}, {"labels", rsLabels},
                                 {"ownerReferences", json::array({owner(rs)})}}},
                   {"spec", podSpec},
                   {"status", {{"phase", "Running"},
                               {"hostIP", "172.18.0." + std::to_string(node + 1)},
                               {"podIP", "10.244." + std::to_string(node) + ".20"},
                               {"startTime", now()},
                               {"conditions", conditions},
                               {"containerStatuses", {{{"name", "manager"}, {"image", image}, {"imageID", image}, {"ready", true},
                                                       {"started", true}, {"restartCount", 0},
                                                       {"state", {{"running", {{"startedAt", now()}}}}}}}}}}});
    logs->append(QStringLiteral("kb-system"), QString::fromStdString(podName), QStringLiteral("manager"),
                 {QByteArray("starting manager"), QByteArray("Starting workers")});
}
} // namespace

void install(Store *store, LogBook *logs, const QStringList &disabledAddons)
{
    for (json crd : Scenario::kubeBlocksCrds())
        Scenario::add(store, QStringLiteral("apiextensions.k8s.io/customresourcedefinitions"), std::move(crd));
    Scenario::add(store, QStringLiteral("/namespaces"),
                  {{"apiVersion", "v1"},
                   {"kind", "Namespace"},
                   {"metadata", {{"name", "kb-system"}, {"labels", {{"kubernetes.io/metadata.name", "kb-system"}}}}},
                   {"spec", {{"finalizers", {"kubernetes"}}}},
                   {"status", {{"phase", "Active"}}}});
    Scenario::add(store, QStringLiteral("/serviceaccounts"),
                  {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", {{"name", "kubeblocks"}, {"namespace", "kb-system"}}}});
    addOperator(store, logs, "kubeblocks", "apps", 2);
    addOperator(store, logs, "kubeblocks-dataprotection", "dataprotection", 3);

    std::set<QString> enabled;
    for (const cat::Addon &a : cat::addons()) {
        const bool on = !disabledAddons.contains(a.name);
        addAddon(store, a, on);
        if (on)
            enabled.insert(a.name);
    }
    for (const cat::ClusterDef &cd : cat::clusterDefs()) {
        if (enabled.count(cd.addon))
            addClusterDefinition(store, cd);
    }
    std::set<QString> versions;
    std::set<QString> actionSets;
    for (const cat::ComponentDef &d : cat::componentDefs()) {
        if (!enabled.count(d.addon))
            continue;
        addComponentDefinition(store, d);
        if (versions.insert(d.versionsFrom).second)
            addComponentVersion(store, d.versionsFrom, d.addon);
        if (!d.backupMethod.isEmpty() && actionSets.insert(d.addon).second)
            addActionSet(store, d.addon, d.backupMethod);
    }
}

} // namespace sd::sim::KbInstall
