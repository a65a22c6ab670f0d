#include "kubesim/scenario.h"

#include "kubesim/kbinstall.h"
#include "kubesim/logbook.h"
#include "kubesim/objects.h"
#include "kubesim/quantity.h"
#include "kubesim/store.h"
#include "schema/yamljson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

namespace sd::sim::Scenario {

namespace {
using json = nlohmann::json;

std::string now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); }

json readyCondition(const char *type) { return {{"type", type}, {"status", "True"}, {"lastTransitionTime", now()}}; }

json node(int index, const SimOptions &options)
{
    const std::string name = "kubesim-node-" + std::to_string(index);
    json labels = {{"kubernetes.io/hostname", name}, {"kubernetes.io/os", "linux"}, {"kubernetes.io/arch", "amd64"},
                   {"topology.kubernetes.io/zone", "zone-" + std::string(1, char('a' + index - 1))}};
    if (index == 1)
        labels["node-role.kubernetes.io/control-plane"] = "";
    const json capacity = {{"cpu", quantity::formatCpu(options.nodeCpuMillis).toStdString()},
                           {"memory", quantity::formatMemory(options.nodeMemoryBytes).toStdString()},
                           {"pods", std::to_string(options.nodePods)}, {"ephemeral-storage", "200Gi"}};
    return {{"apiVersion", "v1"},
            {"kind", "Node"},
            {"metadata", {{"name", name}, {"labels", labels}}},
            {"spec", {{"podCIDR", "10.244." + std::to_string(index) + ".0/24"}}},
            {"status",
             {{"capacity", capacity},
              {"allocatable", capacity},
              {"conditions",
               {{{"type", "MemoryPressure"}, {"status", "False"}, {"reason", "KubeletHasSufficientMemory"}},
                {{"type", "DiskPressure"}, {"status", "False"}, {"reason", "KubeletHasNoDiskPressure"}},
                {{"type", "PIDPressure"}, {"status", "False"}, {"reason", "KubeletHasSufficientPID"}},
                {{"type", "Ready"}, {"status", "True"}, {"reason", "KubeletReady"},
                 {"message", "kubelet is posting ready status"}}}},
              {"addresses",
               {{{"type", "InternalIP"}, {"address", "172.18.0." + std::to_string(index + 1)}},
                {{"type", "Hostname"}, {"address", name}}}},
              {"nodeInfo",
               {{"kubeletVersion", "v1.30.0"}, {"kubeProxyVersion", "v1.30.0"}, {"operatingSystem", "linux"},
                {"architecture", "amd64"}, {"containerRuntimeVersion", "containerd://1.7.0"},
                {"osImage", "Debian GNU/Linux 12 (bookworm)"}, {"kernelVersion", "6.1.0"}}}}}};
}

json runningPod(const std::string &ns, const std::string &name, const json &labels, const std::string &container,
                const std::string &image, int nodeIndex, const json &owner, int ipSuffix)
{
    json pod = {{"apiVersion", "v1"},
                {"kind", "Pod"},
                {"metadata", {{"name", name}, {"namespace", ns}, {"labels", labels}}},
                {"spec",
                 {{"containers", {{{"name", container}, {"image", image}, {"imagePullPolicy", "IfNotPresent"}}}},
                  {"nodeName", "kubesim-node-" + std::to_string(nodeIndex)},
                  {"restartPolicy", "Always"},
                  {"terminationGracePeriodSeconds", 30},
                  {"serviceAccountName", "default"}}},
                {"status",
                 {{"phase", "Running"},
                  {"hostIP", "172.18.0." + std::to_string(nodeIndex + 1)},
                  {"podIP", "10.244." + std::to_string(nodeIndex) + "." + std::to_string(ipSuffix)},
                  {"startTime", now()},
                  {"conditions", {readyCondition("Initialized"), readyCondition("Ready"), readyCondition("ContainersReady"),
                                  readyCondition("PodScheduled")}},
                  {"containerStatuses",
                   {{{"name", container}, {"image", image}, {"imageID", image}, {"ready", true}, {"started", true},
                     {"restartCount", 0}, {"state", {{"running", {{"startedAt", now()}}}}}}}}}}};
    if (!owner.is_null())
        pod["metadata"]["ownerReferences"] = json::array({owner});
    return pod;
}

json ownerRef(const json &owner)
{
    return {{"apiVersion", owner["apiVersion"]}, {"kind", owner["kind"]}, {"name", owner["metadata"]["name"]},
            {"uid", owner["metadata"]["uid"]}, {"controller", true}, {"blockOwnerDeletion", true}};
}

json rule(std::initializer_list<const char *> groups, std::initializer_list<const char *> resources,
          std::initializer_list<const char *> verbs)
{
    json g = json::array(), r = json::array(), v = json::array();
    for (const char *x : groups)
        g.push_back(x);
    for (const char *x : resources)
        r.push_back(x);
    for (const char *x : verbs)
        v.push_back(x);
    return {{"apiGroups", g}, {"resources", r}, {"verbs", v}};
}

// Deployment + ReplicaSet + running pods, as a settled cluster shows them.
void addWorkload(Store *store, LogBook *logs, const std::string &ns, const std::string &name, const std::string &image,
                 int replicas, int firstNode, const std::string &containerName)
{
    const json labels = {{"app", name}};
    json deploy = add(store, QStringLiteral("apps/deployments"),
                      {{"apiVersion", "apps/v1"},
                       {"kind", "Deployment"},
                       {"metadata", {{"name", name}, {"namespace", ns}, {"labels", labels}}},
                       {"spec",
                        {{"replicas", replicas},
                         {"selector", {{"matchLabels", labels}}},
                         {"template",
                          {{"metadata", {{"labels", labels}}},
                           {"spec", {{"containers", {{{"name", containerName}, {"image", image}}}}}}}}}},
                       {"status",
                        {{"observedGeneration", 1}, {"replicas", replicas}, {"updatedReplicas", replicas},
                         {"readyReplicas", replicas}, {"availableReplicas", replicas},
                         {"conditions", {{{"type", "Available"}, {"status", "True"}, {"reason", "MinimumReplicasAvailable"}},
                                         {{"type", "Progressing"}, {"status", "True"}, {"reason", "NewReplicaSetAvailable"}}}}}}});
    const std::string rsName = name + "-5d8c7b9f4";
    json rsLabels = labels;
    rsLabels["pod-template-hash"] = "5d8c7b9f4";
    json rs = add(store, QStringLiteral("apps/replicasets"),
                  {{"apiVersion", "apps/v1"},
                   {"kind", "ReplicaSet"},
                   {"metadata", {{"name", rsName}, {"namespace", ns}, {"labels", rsLabels},
                                 {"ownerReferences", json::array({ownerRef(deploy)})}}},
                   {"spec",
                    {{"replicas", replicas},
                     {"selector", {{"matchLabels", rsLabels}}},
                     {"template", {{"metadata", {{"labels", rsLabels}}},
                                   {"spec", {{"containers", {{{"name", containerName}, {"image", image}}}}}}}}}},
                   {"status", {{"replicas", replicas}, {"readyReplicas", replicas}, {"availableReplicas", replicas},
                               {"fullyLabeledReplicas", replicas}, {"observedGeneration", 1}}}});
    static const char *suffixes[] = {"x7k2p", "m4q9z", "t2w8v", "b6n3c"};
    for (int i = 0; i < replicas; ++i) {
        const std::string podName = rsName + "-" + suffixes[i % 4];
        add(store, QStringLiteral("/pods"),
            runningPod(ns, podName, rsLabels, containerName, image, (firstNode + i - 1) % 3 + 1, ownerRef(rs), 10 + i));
        logs->append(QString::fromStdString(ns), QString::fromStdString(podName), QString::fromStdString(containerName),
                     {QByteArray("starting ") + name.c_str(), QByteArray("ready to serve requests")});
    }
}

void loadEmpty(Store *store, LogBook *logs, const SimOptions &options)
{
    for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease"}) {
        add(store, QStringLiteral("/namespaces"),
            {{"apiVersion", "v1"},
             {"kind", "Namespace"},
             {"metadata", {{"name", ns}, {"labels", {{"kubernetes.io/metadata.name", ns}}}}},
             {"spec", {{"finalizers", {"kubernetes"}}}},
             {"status", {{"phase", "Active"}}}});
        add(store, QStringLiteral("/serviceaccounts"),
            {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", {{"name", "default"}, {"namespace", ns}}}});
    }
    for (int i = 1; i <= options.nodeCount; ++i)
        add(store, QStringLiteral("/nodes"), node(i, options));
    // metrics-server's aggregated API, served by kubesim itself (usage sampled by the kubelets).
    add(store, QStringLiteral("apiregistration.k8s.io/apiservices"),
        {{"apiVersion", "apiregistration.k8s.io/v1"},
         {"kind", "APIService"},
         {"metadata", {{"name", "v1beta1.metrics.k8s.io"}, {"labels", {{"k8s-app", "metrics-server"}}}}},
         {"spec", {{"group", "metrics.k8s.io"}, {"version", "v1beta1"}, {"groupPriorityMinimum", 100},
                   {"versionPriority", 100}, {"insecureSkipTLSVerify", true},
                   {"service", {{"name", "metrics-server"}, {"namespace", "kube-system"}, {"port", 443}}}}},
         {"status", {{"conditions", {{{"type", "Available"}, {"status", "True"}, {"reason", "Passed"},
                                      {"message", "all checks passed"}, {"lastTransitionTime", now()}}}}}}});
    add(store, QStringLiteral("storage.k8s.io/storageclasses"),
        {{"apiVersion", "storage.k8s.io/v1"},
         {"kind", "StorageClass"},
         {"metadata", {{"name", "standard"}, {"annotations", {{"storageclass.kubernetes.io/is-default-class", "true"}}}}},
         {"provisioner", "rancher.io/local-path"},
         {"reclaimPolicy", "Delete"},
         {"volumeBindingMode", "WaitForFirstConsumer"},
         {"allowVolumeExpansion", true}});
    add(store, QStringLiteral("/services"),
        {{"apiVersion", "v1"},
         {"kind", "Service"},
         {"metadata", {{"name", "kubernetes"}, {"namespace", "default"}, {"labels", {{"component", "apiserver"}, {"provider", "kubernetes"}}}}},
         {"spec", {{"type", "ClusterIP"}, {"clusterIP", "10.96.0.1"}, {"clusterIPs", {"10.96.0.1"}}, {"sessionAffinity", "None"},
                   {"ports", {{{"name", "https"}, {"port", 443}, {"protocol", "TCP"}, {"targetPort", 6443}}}}}},
         {"status", {{"loadBalancer", json::object()}}}});
    add(store, QStringLiteral("/services"),
        {{"apiVersion", "v1"},
         {"kind", "Service"},
         {"metadata", {{"name", "kube-dns"}, {"namespace", "kube-system"}, {"labels", {{"k8s-app", "kube-dns"}}}}},
         {"spec", {{"type", "ClusterIP"}, {"clusterIP", "10.96.0.10"}, {"clusterIPs", {"10.96.0.10"}}, {"sessionAffinity", "None"},
                   {"selector", {{"k8s-app", "kube-dns"}}},
                   {"ports", {{{"name", "dns"}, {"port", 53}, {"protocol", "UDP"}, {"targetPort", 53}},
                              {{"name", "dns-tcp"}, {"port", 53}, {"protocol", "TCP"}, {"targetPort", 53}},
                              {{"name", "metrics"}, {"port", 9153}, {"protocol", "TCP"}, {"targetPort", 9153}}}}}},
         {"status", {{"loadBalancer", json::object()}}}});
    addWorkload(store, logs, "kube-system", "coredns", "registry.k8s.io/coredns/coredns:v1.11.1", 2, 1, "coredns");

    const json readVerbs = {"get", "list", "watch"};
    json view = {{"apiVersion", "rbac.authorization.k8s.io/v1"},
                 {"kind", "ClusterRole"},
                 {"metadata", {{"name", "view"}, {"labels", {{"kubernetes.io/bootstrapping", "rbac-defaults"}}}}},
                 {"rules",
                  {rule({""}, {"configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods",
                               "pods/log", "pods/status", "replicationcontrollers", "services", "services/status",
                               "serviceaccounts", "events", "namespaces", "namespaces/status", "nodes", "persistentvolumes"},
                        {"get", "list", "watch"}),
                   rule({"apps"}, {"deployments", "deployments/scale", "deployments/status", "replicasets",
                                   "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale",
                                   "statefulsets/status", "daemonsets"},
                        {"get", "list", "watch"}),
                   rule({"discovery.k8s.io"}, {"endpointslices"}, {"get", "list", "watch"}),
                   rule({"networking.k8s.io"}, {"ingresses", "ingresses/status"}, {"get", "list", "watch"}),
                   rule({"storage.k8s.io"}, {"storageclasses"}, {"get", "list", "watch"}),
                   rule({"apiextensions.k8s.io"}, {"customresourcedefinitions"}, {"get", "list", "watch"}),
                   rule({"metrics.k8s.io"}, {"pods", "nodes"}, {"get", "list", "watch"}),
                   rule({"apps.kubeblocks.io", "dataprotection.kubeblocks.io", "operations.kubeblocks.io",
                         "extensions.kubeblocks.io"},
                        {"*"}, {"get", "list", "watch"})}}};
    add(store, QStringLiteral("rbac.authorization.k8s.io/clusterroles"), view);
    add(store, QStringLiteral("rbac.authorization.k8s.io/clusterroles"),
        {{"apiVersion", "rbac.authorization.k8s.io/v1"},
         {"kind", "ClusterRole"},
         {"metadata", {{"name", "cluster-admin"}, {"labels", {{"kubernetes.io/bootstrapping", "rbac-defaults"}}}}},
         {"rules", {rule({"*"}, {"*"}, {"*"}), {{"nonResourceURLs", {"*"}}, {"verbs", {"*"}}}}}});
    add(store, QStringLiteral("rbac.authorization.k8s.io/clusterrolebindings"),
        {{"apiVersion", "rbac.authorization.k8s.io/v1"},
         {"kind", "ClusterRoleBinding"},
         {"metadata", {{"name", "cluster-admin"}}},
         {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", "cluster-admin"}}},
         {"subjects", {{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "Group"}, {"name", "system:masters"}}}}});
    add(store, QStringLiteral("rbac.authorization.k8s.io/clusterrolebindings"),
        {{"apiVersion", "rbac.authorization.k8s.io/v1"},
         {"kind", "ClusterRoleBinding"},
         {"metadata", {{"name", "kubesim-viewer"}}},
         {"roleRef", {{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "ClusterRole"}, {"name", "view"}}},
         {"subjects", {{{"apiGroup", "rbac.authorization.k8s.io"}, {"kind", "User"}, {"name", "viewer"}}}}});
}

// Deployments of five running replicas across namespaces load-1 … load-K (at most 50 pods each),
// as a settled cluster shows them: the controllers adopt them as they are.
void loadScale(Store *store, int pods, const SimOptions &options)
{
    QRandomGenerator rng(quint32(options.seed ^ (options.seed >> 32)));
    const int namespaces = std::clamp((pods + 49) / 50, 1, 20);
    const int nodes = std::max(1, options.nodeCount);
    for (int n = 1; n <= namespaces; ++n) {
        const std::string ns = "load-" + std::to_string(n);
        add(store, QStringLiteral("/namespaces"),
            {{"apiVersion", "v1"},
             {"kind", "Namespace"},
             {"metadata", {{"name", ns}, {"labels", {{"kubernetes.io/metadata.name", ns}}}}},
             {"spec", {{"finalizers", {"kubernetes"}}}},
             {"status", {{"phase", "Active"}}}});
        add(store, QStringLiteral("/serviceaccounts"),
            {{"apiVersion", "v1"}, {"kind", "ServiceAccount"}, {"metadata", {{"name", "default"}, {"namespace", ns}}}});
    }
    const std::string image = "docker.io/library/nginx:1.25";
    for (int first = 0, d = 0; first < pods; first += 5, ++d) {
        const int replicas = std::min(5, pods - first);
        const std::string ns = "load-" + std::to_string(d % namespaces + 1);
        const std::string name = "web-" + std::to_string(d / namespaces + 1);
        const std::string hash = objects::randomSuffix(rng).toStdString() + "f4";
        const json labels = {{"app", name}};
        json rsLabels = labels;
        rsLabels["pod-template-hash"] = hash;
        const json podSpec = {{"containers", {{{"name", "web"}, {"image", image}}}}};
        json deploy = add(store, QStringLiteral("apps/deployments"),
                          {{"apiVersion", "apps/v1"},
                           {"kind", "Deployment"},
                           {"metadata", {{"name", name}, {"namespace", ns}, {"labels", labels}}},
                           {"spec", {{"replicas", replicas}, {"selector", {{"matchLabels", labels}}},
                                     {"template", {{"metadata", {{"labels", labels}}}, {"spec", podSpec}}}}},
                           {"status", {{"observedGeneration", 1}, {"replicas", replicas}, {"updatedReplicas", replicas},
                                       {"readyReplicas", replicas}, {"availableReplicas", replicas},
                                       {"conditions", {{{"type", "Available"}, {"status", "True"}, {"reason", "MinimumReplicasAvailable"}},
                                                       {{"type", "Progressing"}, {"status", "True"}, {"reason", "NewReplicaSetAvailable"}}}}}}});
        json rs = add(store, QStringLiteral("apps/replicasets"),
                      {{"apiVersion", "apps/v1"},
                       {"kind", "ReplicaSet"},
                       {"metadata", {{"name", name + "-" + hash}, {"namespace", ns}, {"labels", rsLabels},
                                     {"annotations", {{"deployment.kubernetes.io/revision", "1"}}},
                                     {"ownerReferences", json::array({ownerRef(deploy)})}}},
                       {"spec", {{"replicas", replicas}, {"selector", {{"matchLabels", rsLabels}}},
                                 {"template", {{"metadata", {{"labels", rsLabels}}}, {"spec", podSpec}}}}},
                       {"status", {{"replicas", replicas}, {"readyReplicas", replicas}, {"availableReplicas", replicas},
                                   {"fullyLabeledReplicas", replicas}, {"observedGeneration", 1}}}});
        for (int i = 0; i < replicas; ++i) {
            const int index = first + i;
            const int node = index % nodes + 1;
            json pod = runningPod(ns, name + "-" + hash + "-" + objects::randomSuffix(rng).toStdString(), rsLabels, "web", image,
                                  node, ownerRef(rs), 0);
            // Unique addresses for any N (the scenario's pods sit outside the kubelets' ranges).
            pod["status"]["podIP"] = "10.200." + std::to_string(index / 250 % 256) + "." + std::to_string(index % 250 + 2);
            add(store, QStringLiteral("/pods"), pod);
        }
    }
}

} // namespace

json add(Store *store, const QString &storageKey, json object)
{
    json &meta = object["metadata"];
    if (!meta.contains("uid"))
        meta["uid"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    if (!meta.contains("creationTimestamp"))
        meta["creationTimestamp"] = now();
    if (object.contains("spec") && !meta.contains("generation"))
        meta["generation"] = 1;
    return store->put(storageKey, std::move(object));
}

QStringList names() { return {QStringLiteral("empty"), QStringLiteral("kubeblocks"), QStringLiteral("scale:N")}; }

bool load(const QString &name, Store *store, LogBook *logs, QString *error, const SimOptions &options,
          const QStringList &disabledAddons)
{
    if (name == QStringLiteral("empty")) {
        loadEmpty(store, logs, options);
        return true;
    }
    if (name == QStringLiteral("kubeblocks")) {
        loadEmpty(store, logs, options);
        KbInstall::install(store, logs, disabledAddons);
        return true;
    }
    if (name.startsWith(QStringLiteral("scale:"))) {
        bool ok = false;
        const int pods = name.mid(6).toInt(&ok);
        if (!ok || pods < 1 || pods > 100000) {
            if (error)
                *error = QStringLiteral("scenario \"%1\": N in scale:N must be a number from 1 to 100000").arg(name);
            return false;
        }
        loadEmpty(store, logs, options);
        loadScale(store, pods, options);
        return true;
    }
    if (error)
        *error = QStringLiteral("unknown scenario \"%1\" (known: %2)").arg(name, names().join(QStringLiteral(", ")));
    return false;
}

std::vector<json> kubeBlocksCrds()
{
    std::vector<json> out;
    const QDir dir(QStringLiteral(":/kubesim/crds"));
    for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        if (auto doc = parseJsonOrYaml(f.readAll()))
            out.push_back(std::move(*doc));
    }
    return out;
}

} // namespace sd::sim::Scenario
