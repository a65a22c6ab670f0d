#include "kubesim/authorizer.h"

#include "kubesim/store.h"

namespace sd::sim {

namespace {
using json = nlohmann::json;

bool listHas(const json &list, const QString &value)
{
    if (!list.is_array())
        return false;
    const std::string v = value.toStdString();
    for (const auto &e : list) {
        if (e.is_string() && (e.get<std::string>() == "*" || e.get<std::string>() == v))
            return true;
    }
    return false;
}

bool subjectMatches(const json &subject, const UserInfo &user, const QString &bindingNs)
{
    const std::string kind = subject.value("kind", std::string());
    const QString name = QString::fromStdString(subject.value("name", std::string()));
    if (kind == "User")
        return name == user.name;
    if (kind == "Group")
        return user.groups.contains(name);
    if (kind == "ServiceAccount") {
        QString ns = QString::fromStdString(subject.value("namespace", std::string()));
        if (ns.isEmpty())
            ns = bindingNs;
        return user.name == QStringLiteral("system:serviceaccount:%1:%2").arg(ns, name);
    }
    return false;
}

bool ruleAllows(const json &rule, const RequestAttributes &a)
{
    if (!listHas(rule.value("verbs", json()), a.verb))
        return false;
    if (!a.resourceRequest) {
        for (const auto &url : rule.value("nonResourceURLs", json::array())) {
            if (!url.is_string())
                continue;
            const QString u = QString::fromStdString(url.get<std::string>());
            if (u == a.path || (u.endsWith(QLatin1Char('*')) && a.path.startsWith(u.chopped(1))))
                return true;
        }
        return false;
    }
    if (!listHas(rule.value("apiGroups", json()), a.group))
        return false;
    const QString combined = a.subresource.isEmpty() ? a.resource : a.resource + QLatin1Char('/') + a.subresource;
    const json resources = rule.value("resources", json());
    bool resourceOk = listHas(resources, combined);
    if (!resourceOk && !a.subresource.isEmpty())
        resourceOk = listHas(resources, QStringLiteral("*/") + a.subresource);
    if (!resourceOk)
        return false;
    const json names = rule.value("resourceNames", json::array());
    return !names.is_array() || names.empty() || listHas(names, a.name);
}
} // namespace

std::vector<json> Authorizer::boundRules(const UserInfo &user, const QString &ns) const
{
    std::vector<json> rules;
    auto roleRules = [&](const json &roleRef, const QString &bindingNs) {
        const std::string kind = roleRef.value("kind", std::string());
        const QString name = QString::fromStdString(roleRef.value("name", std::string()));
        std::optional<json> role = kind == "ClusterRole"
                                       ? m_store->get(QStringLiteral("rbac.authorization.k8s.io/clusterroles"), {}, name)
                                       : m_store->get(QStringLiteral("rbac.authorization.k8s.io/roles"), bindingNs, name);
        if (!role)
            return;
        for (const auto &r : role->value("rules", json::array()))
            rules.push_back(r);
    };
    for (const JsonPtr &b : m_store->list(QStringLiteral("rbac.authorization.k8s.io/clusterrolebindings")).items) {
        for (const auto &s : b->value("subjects", json::array())) {
            if (subjectMatches(s, user, {})) {
                roleRules(b->value("roleRef", json::object()), {});
                break;
            }
        }
    }
    if (!ns.isEmpty()) {
        for (const JsonPtr &b : m_store->list(QStringLiteral("rbac.authorization.k8s.io/rolebindings"), ns).items) {
            for (const auto &s : b->value("subjects", json::array())) {
                if (subjectMatches(s, user, ns)) {
                    roleRules(b->value("roleRef", json::object()), ns);
                    break;
                }
            }
        }
    }
    return rules;
}

bool Authorizer::allowed(const UserInfo &user, const RequestAttributes &a) const
{
    if (user.groups.contains(QStringLiteral("system:masters")))
        return true;
    if (!a.resourceRequest) {
        static const QStringList publicPrefixes = {QStringLiteral("/api"), QStringLiteral("/apis"),
                                                   QStringLiteral("/version"), QStringLiteral("/openapi"),
                                                   QStringLiteral("/healthz"), QStringLiteral("/livez"),
                                                   QStringLiteral("/readyz")};
        for (const QString &p : publicPrefixes) {
            if (a.path == p || a.path.startsWith(p + QLatin1Char('/')))
                return true;
        }
    } else if (a.group == QStringLiteral("authorization.k8s.io") && a.verb == QStringLiteral("create")
               && a.resource.startsWith(QStringLiteral("selfsubject"))) {
        return true;
    }
    for (const json &rule : boundRules(user, a.ns)) {
        if (ruleAllows(rule, a))
            return true;
    }
    return false;
}

json Authorizer::rulesFor(const UserInfo &user, const QString &ns) const
{
    json resourceRules = json::array();
    json nonResourceRules = json::array();
    if (user.groups.contains(QStringLiteral("system:masters"))) {
        resourceRules.push_back({{"verbs", {"*"}}, {"apiGroups", {"*"}}, {"resources", {"*"}}});
        nonResourceRules.push_back({{"verbs", {"*"}}, {"nonResourceURLs", {"*"}}});
    }
    resourceRules.push_back({{"verbs", {"create"}},
                             {"apiGroups", {"authorization.k8s.io"}},
                             {"resources", {"selfsubjectaccessreviews", "selfsubjectrulesreviews"}}});
    nonResourceRules.push_back({{"verbs", {"get"}},
                                {"nonResourceURLs", {"/api", "/api/*", "/apis", "/apis/*", "/version", "/openapi/*",
                                                     "/healthz", "/livez", "/readyz"}}});
    for (const json &rule : boundRules(user, ns)) {
        if (rule.contains("nonResourceURLs"))
            nonResourceRules.push_back(rule);
        else
            resourceRules.push_back(rule);
    }
    return {{"resourceRules", resourceRules}, {"nonResourceRules", nonResourceRules}, {"incomplete", false}};
}

} // namespace sd::sim
