#include "kubesim/discovery.h"

#include <QCryptographicHash>

namespace sd::sim::discovery {

namespace {
using json = nlohmann::json;

json strings(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

std::vector<QString> groupsInOrder(const std::vector<ResourceType> &types)
{
    std::vector<QString> groups;
    for (const ResourceType &t : types) {
        if (!t.group.isEmpty() && std::find(groups.begin(), groups.end(), t.group) == groups.end())
            groups.push_back(t.group);
    }
    return groups;
}

std::vector<QString> versionsOf(const std::vector<ResourceType> &types, const QString &group)
{
    std::vector<QString> versions;
    for (const ResourceType &t : types) {
        if (t.group == group && std::find(versions.begin(), versions.end(), t.version) == versions.end())
            versions.push_back(t.version);
    }
    std::stable_sort(versions.begin(), versions.end(),
                     [](const QString &a, const QString &b) { return versionPriority(a) > versionPriority(b); });
    return versions;
}

QStringList subresourceVerbs(const QString &sub)
{
    if (sub == QStringLiteral("status") || sub == QStringLiteral("scale"))
        return {QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    if (sub == QStringLiteral("log"))
        return {QStringLiteral("get")};
    if (sub == QStringLiteral("exec") || sub == QStringLiteral("attach") || sub == QStringLiteral("portforward"))
        return {QStringLiteral("create"), QStringLiteral("get")};
    return {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("patch"),
            QStringLiteral("update")};
}

json subresourceKind(const ResourceType &t, const QString &sub)
{
    if (sub == QStringLiteral("scale"))
        return {{"group", "autoscaling"}, {"version", "v1"}, {"kind", "Scale"}};
    if (sub == QStringLiteral("status"))
        return {{"group", ""}, {"version", ""}, {"kind", t.kind.toStdString()}};
    if (sub == QStringLiteral("exec") || sub == QStringLiteral("attach"))
        return {{"group", ""}, {"version", ""}, {"kind", "PodExecOptions"}};
    if (sub == QStringLiteral("portforward"))
        return {{"group", ""}, {"version", ""}, {"kind", "PodPortForwardOptions"}};
    if (sub == QStringLiteral("proxy"))
        return {{"group", ""}, {"version", ""}, {"kind", (t.kind + QStringLiteral("ProxyOptions")).toStdString()}};
    return {{"group", ""}, {"version", ""}, {"kind", t.kind.toStdString()}};
}

json aggregatedResource(const ResourceType &t)
{
    json r = {{"resource", t.plural.toStdString()},
              {"responseKind", {{"group", ""}, {"version", ""}, {"kind", t.kind.toStdString()}}},
              {"scope", t.namespaced ? "Namespaced" : "Cluster"},
              {"singularResource", t.singular.toStdString()},
              {"verbs", strings(t.verbs)}};
    if (!t.shortNames.isEmpty())
        r["shortNames"] = strings(t.shortNames);
    if (!t.categories.isEmpty())
        r["categories"] = strings(t.categories);
    if (!t.subresources.isEmpty()) {
        json subs = json::array();
        for (const QString &sub : t.subresources)
            subs.push_back({{"subresource", sub.toStdString()}, {"responseKind", subresourceKind(t, sub)},
                            {"verbs", strings(subresourceVerbs(sub))}});
        r["subresources"] = subs;
    }
    return r;
}

json aggregatedGroup(const std::vector<ResourceType> &types, const QString &group)
{
    json versions = json::array();
    for (const QString &v : versionsOf(types, group)) {
        json resources = json::array();
        for (const ResourceType &t : types) {
            if (t.group == group && t.version == v)
                resources.push_back(aggregatedResource(t));
        }
        versions.push_back({{"version", v.toStdString()}, {"resources", resources}, {"freshness", "Current"}});
    }
    json meta = json::object();
    if (!group.isEmpty())
        meta["name"] = group.toStdString();
    return {{"metadata", meta}, {"versions", versions}};
}

json groupJson(const std::vector<ResourceType> &types, const QString &group)
{
    json versions = json::array();
    for (const QString &v : versionsOf(types, group))
        versions.push_back({{"groupVersion", (group + QLatin1Char('/') + v).toStdString()}, {"version", v.toStdString()}});
    if (versions.empty())
        return nullptr;
    return {{"name", group.toStdString()}, {"versions", versions}, {"preferredVersion", versions[0]}};
}

QString hashOf(const json &doc)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(doc.dump()), QCryptographicHash::Sha512)
                                   .toHex()
                                   .toUpper());
}
} // namespace

json aggregated(const std::vector<ResourceType> &types, bool core, const char *version)
{
    json items = json::array();
    if (core) {
        items.push_back(aggregatedGroup(types, QString()));
    } else {
        for (const QString &g : groupsInOrder(types))
            items.push_back(aggregatedGroup(types, g));
    }
    return {{"kind", "APIGroupDiscoveryList"},
            {"apiVersion", std::string("apidiscovery.k8s.io/") + version},
            {"metadata", json::object()},
            {"items", items}};
}

json apiVersions(const QString &serverAddress)
{
    return {{"kind", "APIVersions"},
            {"versions", {"v1"}},
            {"serverAddressByClientCIDRs", {{{"clientCIDR", "0.0.0.0/0"}, {"serverAddress", serverAddress.toStdString()}}}}};
}

json apiGroupList(const std::vector<ResourceType> &types)
{
    json groups = json::array();
    for (const QString &g : groupsInOrder(types))
        groups.push_back(groupJson(types, g));
    return {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", groups}};
}

json apiGroup(const std::vector<ResourceType> &types, const QString &group)
{
    json g = groupJson(types, group);
    if (g.is_null())
        return g;
    g["kind"] = "APIGroup";
    g["apiVersion"] = "v1";
    return g;
}

json apiResourceList(const std::vector<ResourceType> &types, const QString &groupVersion)
{
    json resources = json::array();
    for (const ResourceType &t : types) {
        if (t.groupVersion() != groupVersion)
            continue;
        json r = {{"name", t.plural.toStdString()},     {"singularName", t.singular.toStdString()},
                  {"namespaced", t.namespaced},         {"kind", t.kind.toStdString()},
                  {"verbs", strings(t.verbs)}};
        if (!t.shortNames.isEmpty())
            r["shortNames"] = strings(t.shortNames);
        if (!t.categories.isEmpty())
            r["categories"] = strings(t.categories);
        resources.push_back(r);
        for (const QString &sub : t.subresources) {
            const json kind = subresourceKind(t, sub);
            json s = {{"name", (t.plural + QLatin1Char('/') + sub).toStdString()},
                      {"singularName", ""},
                      {"namespaced", t.namespaced},
                      {"kind", kind["kind"]},
                      {"verbs", strings(subresourceVerbs(sub))}};
            if (!kind["group"].get<std::string>().empty()) {
                s["group"] = kind["group"];
                s["version"] = kind["version"];
            }
            resources.push_back(s);
        }
    }
    if (resources.empty())
        return nullptr;
    return {{"kind", "APIResourceList"}, {"apiVersion", "v1"}, {"groupVersion", groupVersion.toStdString()},
            {"resources", resources}};
}

json openApiV3Index(const std::vector<ResourceType> &types)
{
    json paths = json::object();
    std::vector<QString> gvs;
    for (const ResourceType &t : types) {
        if (std::find(gvs.begin(), gvs.end(), t.groupVersion()) == gvs.end())
            gvs.push_back(t.groupVersion());
    }
    for (const QString &gv : gvs) {
        const QString path = gv.contains(QLatin1Char('/')) ? QStringLiteral("apis/") + gv : QStringLiteral("api/") + gv;
        paths[path.toStdString()] = {
            {"serverRelativeURL",
             (QStringLiteral("/openapi/v3/") + path + QStringLiteral("?hash=") + hashOf(openApiV3Document(types, gv)))
                 .toStdString()}};
    }
    return {{"paths", paths}};
}

json openApiV3Document(const std::vector<ResourceType> &types, const QString &groupVersion)
{
    json paths = json::object();
    json schemas = json::object();
    for (const ResourceType &t : types) {
        if (t.groupVersion() != groupVersion)
            continue;
        const QString prefix = t.group.isEmpty() ? QStringLiteral("/api/") + t.version
                                                 : QStringLiteral("/apis/") + t.groupVersion();
        const QString path = prefix + (t.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/"))
                             + t.plural + QStringLiteral("/{name}");
        const json gvk = {{"group", t.group.toStdString()}, {"version", t.version.toStdString()},
                          {"kind", t.kind.toStdString()}};
        const json params = json::array(
            {{{"name", "dryRun"}, {"in", "query"}, {"schema", {{"type", "string"}, {"uniqueItems", true}}}},
             {{"name", "fieldManager"}, {"in", "query"}, {"schema", {{"type", "string"}, {"uniqueItems", true}}}},
             {{"name", "fieldValidation"}, {"in", "query"}, {"schema", {{"type", "string"}, {"uniqueItems", true}}}},
             {{"name", "force"}, {"in", "query"}, {"schema", {{"type", "boolean"}, {"uniqueItems", true}}}}});
        const std::string schemaName = (t.group.isEmpty() ? QStringLiteral("io.k8s.api.core.") : t.group + QLatin1Char('.'))
                                           .toStdString()
                                       + t.version.toStdString() + "." + t.kind.toStdString();
        json op = {{"operationId", ("patch" + t.kind).toStdString()},
                   {"x-kubernetes-action", "patch"},
                   {"x-kubernetes-group-version-kind", gvk},
                   {"parameters", params},
                   {"responses", {{"200", {{"description", "OK"}}}}}};
        paths[path.toStdString()] = {{"patch", op}};
        // Only custom resources carry a schema: for built-in kinds kubectl then computes strategic merge
        // patches from its compiled-in types, which know every patch strategy and merge key.
        if (t.custom && t.schema.is_object()) {
            json schema = t.schema;
            schema["x-kubernetes-group-version-kind"] = json::array({gvk});
            schemas[schemaName] = schema;
        }
    }
    return {{"openapi", "3.0.0"},
            {"info", {{"title", "Kubernetes"}, {"version", "v1.30.0"}}},
            {"paths", paths},
            {"components", {{"schemas", schemas}}}};
}

} // namespace sd::sim::discovery
