#include "kubesim/resourcetype.h"

#include <QRegularExpression>

namespace sd::sim {

namespace {
const QStringList kAllVerbs = {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("deletecollection"),
                               QStringLiteral("get"),    QStringLiteral("list"),   QStringLiteral("patch"),
                               QStringLiteral("update"), QStringLiteral("watch")};
const QStringList kReadVerbs = {QStringLiteral("get"), QStringLiteral("list")};
const QStringList kCreateOnly = {QStringLiteral("create")};

ResourceType make(const char *group, const char *version, const char *kind, const char *plural, bool namespaced,
                  QStringList shortNames = {}, QStringList subresources = {}, QStringList categories = {},
                  QStringList verbs = kAllVerbs)
{
    ResourceType t;
    t.group = QString::fromLatin1(group);
    t.version = QString::fromLatin1(version);
    t.kind = QString::fromLatin1(kind);
    t.plural = QString::fromLatin1(plural);
    t.singular = t.kind.toLower();
    t.namespaced = namespaced;
    t.shortNames = shortNames;
    t.subresources = subresources;
    t.categories = categories;
    t.verbs = verbs;
    return t;
}

QString str(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QStringList strList(const nlohmann::json &j, const char *key)
{
    QStringList out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array()) {
        for (const auto &v : *it) {
            if (v.is_string())
                out.append(QString::fromStdString(v.get<std::string>()));
        }
    }
    return out;
}
} // namespace

int versionPriority(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v(\\d+)(?:(alpha|beta)(\\d+))?$"));
    const auto m = re.match(version);
    if (!m.hasMatch())
        return 0;
    const int major = m.captured(1).toInt();
    const int stage = m.captured(2).isEmpty() ? 3 : m.captured(2) == QStringLiteral("beta") ? 2 : 1;
    const int minor = m.captured(3).toInt();
    return stage * 1'000'000 + major * 1000 + minor;
}

std::vector<ResourceType> builtinResourceTypes()
{
    const QStringList all = {QStringLiteral("all")};
    const QStringList status = {QStringLiteral("status")};
    const QStringList statusScale = {QStringLiteral("status"), QStringLiteral("scale")};
    return {
        make("", "v1", "Namespace", "namespaces", false, {QStringLiteral("ns")}, status),
        make("", "v1", "Node", "nodes", false, {QStringLiteral("no")}, status),
        make("", "v1", "Pod", "pods", true, {QStringLiteral("po")},
             {QStringLiteral("status"), QStringLiteral("log"), QStringLiteral("exec"), QStringLiteral("attach"),
              QStringLiteral("portforward"), QStringLiteral("proxy")},
             all),
        make("", "v1", "Service", "services", true, {QStringLiteral("svc")},
             {QStringLiteral("status"), QStringLiteral("proxy")}, all),
        make("", "v1", "Endpoints", "endpoints", true, {QStringLiteral("ep")}),
        make("", "v1", "ConfigMap", "configmaps", true, {QStringLiteral("cm")}),
        make("", "v1", "Secret", "secrets", true),
        make("", "v1", "Event", "events", true, {QStringLiteral("ev")}),
        make("", "v1", "ServiceAccount", "serviceaccounts", true, {QStringLiteral("sa")}),
        make("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims", true, {QStringLiteral("pvc")}, status),
        make("", "v1", "PersistentVolume", "persistentvolumes", false, {QStringLiteral("pv")}, status),
        make("apps", "v1", "Deployment", "deployments", true, {QStringLiteral("deploy")}, statusScale, all),
        make("apps", "v1", "ReplicaSet", "replicasets", true, {QStringLiteral("rs")}, statusScale, all),
        make("apps", "v1", "StatefulSet", "statefulsets", true, {QStringLiteral("sts")}, statusScale, all),
        make("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices", true),
        make("networking.k8s.io", "v1", "Ingress", "ingresses", true, {QStringLiteral("ing")}, status),
        make("storage.k8s.io", "v1", "StorageClass", "storageclasses", false, {QStringLiteral("sc")}),
        make("apiregistration.k8s.io", "v1", "APIService", "apiservices", false, {}, status),
        make("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", false),
        make("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false),
        make("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true),
        make("rbac.authorization.k8s.io", "v1", "Role", "roles", true),
        make("apiextensions.k8s.io", "v1", "CustomResourceDefinition", "customresourcedefinitions", false,
             {QStringLiteral("crd"), QStringLiteral("crds")}, status),
        make("authorization.k8s.io", "v1", "SelfSubjectAccessReview", "selfsubjectaccessreviews", false, {}, {}, {},
             kCreateOnly),
        make("authorization.k8s.io", "v1", "SelfSubjectRulesReview", "selfsubjectrulesreviews", false, {}, {}, {},
             kCreateOnly),
        make("metrics.k8s.io", "v1beta1", "PodMetrics", "pods", true, {}, {}, {}, kReadVerbs),
        make("metrics.k8s.io", "v1beta1", "NodeMetrics", "nodes", false, {}, {}, {}, kReadVerbs),
    };
}

std::vector<ResourceType> resourceTypesFromCrd(const nlohmann::json &crd)
{
    std::vector<ResourceType> out;
    if (!crd.is_object() || !crd.contains("spec") || !crd["spec"].is_object())
        return out;
    const auto &spec = crd["spec"];
    const auto names = spec.value("names", nlohmann::json::object());
    if (!names.is_object())
        return out;
    ResourceType base;
    base.group = str(spec, "group");
    base.kind = str(names, "kind");
    base.plural = str(names, "plural");
    base.singular = str(names, "singular");
    if (base.singular.isEmpty())
        base.singular = base.kind.toLower();
    base.namespaced = str(spec, "scope") != QStringLiteral("Cluster");
    base.shortNames = strList(names, "shortNames");
    base.categories = strList(names, "categories");
    base.verbs = kAllVerbs;
    base.custom = true;
    if (base.group.isEmpty() || base.kind.isEmpty() || base.plural.isEmpty())
        return out;
    auto versions = spec.value("versions", nlohmann::json::array());
    if (!versions.is_array())
        return out;
    // Discovery lists versions in Kubernetes version priority (v1 > v1beta1 > v1alpha1); the first is preferred.
    std::stable_sort(versions.begin(), versions.end(), [](const nlohmann::json &a, const nlohmann::json &b) {
        return versionPriority(str(a, "name")) > versionPriority(str(b, "name"));
    });
    for (const auto &v : versions) {
        if (!v.is_object() || !v.value("served", false))
            continue;
        ResourceType t = base;
        t.version = str(v, "name");
        if (t.version.isEmpty())
            continue;
        if (v.contains("schema") && v["schema"].is_object())
            t.schema = v["schema"].value("openAPIV3Schema", nlohmann::json());
        if (v.contains("additionalPrinterColumns") && v["additionalPrinterColumns"].is_array())
            t.printerColumns = v["additionalPrinterColumns"];
        if (v.contains("subresources") && v["subresources"].is_object()) {
            if (v["subresources"].contains("status"))
                t.subresources.append(QStringLiteral("status"));
            if (v["subresources"].contains("scale")) {
                t.subresources.append(QStringLiteral("scale"));
                t.scaleSpec = v["subresources"]["scale"];
            }
        }
        out.push_back(t);
    }
    return out;
}

} // namespace sd::sim
