#include "deploy/kubeobject.h"

#include "kube/discovery.h"
#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"

#include <QJsonDocument>

namespace sd {

namespace {
QString str(const nlohmann::json &object, const char *key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

const nlohmann::json &metadata(const nlohmann::json &object)
{
    static const nlohmann::json empty = nlohmann::json::object();
    if (!object.is_object())
        return empty;
    const auto it = object.find("metadata");
    return it != object.end() && it->is_object() ? *it : empty;
}
} // namespace

nlohmann::json KubeObject::fromQt(const QJsonObject &object)
{
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return nlohmann::json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
}

QJsonObject KubeObject::toQt(const nlohmann::json &object)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(object.dump())).object();
}

nlohmann::json KubeObject::fromOrdered(const nlohmann::ordered_json &object)
{
    return nlohmann::json(object); // converts node by node, no text round trip
}

QString KubeObject::apiVersion(const nlohmann::json &object)
{
    return str(object, "apiVersion");
}

QString KubeObject::kind(const nlohmann::json &object)
{
    return str(object, "kind");
}

QString KubeObject::name(const nlohmann::json &object)
{
    return str(metadata(object), "name");
}

QString KubeObject::ns(const nlohmann::json &object)
{
    return str(metadata(object), "namespace");
}

QString KubeObject::label(const nlohmann::json &object, const char *key)
{
    const auto &md = metadata(object);
    const auto it = md.find("labels");
    return it != md.end() ? str(*it, key) : QString();
}

QString KubeObject::annotation(const nlohmann::json &object, const char *key)
{
    const auto &md = metadata(object);
    const auto it = md.find("annotations");
    return it != md.end() ? str(*it, key) : QString();
}

QString KubeObject::key(const QString &kind, const QString &ns, const QString &name)
{
    return QStringLiteral("%1/%2/%3").arg(kind, ns, name);
}

QString KubeObject::key(const nlohmann::json &object)
{
    return key(kind(object), ns(object), name(object));
}

QString KubeObject::display(const nlohmann::json &object)
{
    return QStringLiteral("%1 %2").arg(kind(object), name(object));
}

std::optional<ApiResource> KubeObject::resourceFor(const Discovery &discovery, const QString &apiVersion,
                                                   const QString &kind)
{
    const QString group = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(QLatin1Char('/'), 0, 0)
                                                                : QString();
    const QString version = apiVersion.section(QLatin1Char('/'), -1);
    auto found = discovery.find(kind, group, version);
    // find() falls back to other groups for bare kinds: insist on the one asked for.
    if (found && (found->group != group || found->kind != kind))
        return std::nullopt;
    return found;
}

QList<KubeObject::KindRef> KubeObject::namespacedKinds()
{
    return {
        {QStringLiteral("v1"), QStringLiteral("ServiceAccount")},
        {QStringLiteral("rbac.authorization.k8s.io/v1"), QStringLiteral("Role")},
        {QStringLiteral("rbac.authorization.k8s.io/v1"), QStringLiteral("RoleBinding")},
        {KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster")},
        {QStringLiteral("v1"), QStringLiteral("Secret")},
        {QStringLiteral("v1"), QStringLiteral("ConfigMap")},
        {QStringLiteral("v1"), QStringLiteral("Service")},
        {QStringLiteral("networking.k8s.io/v1"), QStringLiteral("Ingress")},
        {QStringLiteral("apps/v1"), QStringLiteral("Deployment")},
    };
}

QString KubeObject::stackSelector(const QString &stackName)
{
    return QStringLiteral("app.kubernetes.io/managed-by=%1,app.kubernetes.io/part-of=%2")
        .arg(QLatin1String(ManifestGenerator::kManagedBy), stackName);
}

bool KubeObject::belongsTo(const nlohmann::json &object, const QString &stackName)
{
    return label(object, "app.kubernetes.io/managed-by") == QLatin1String(ManifestGenerator::kManagedBy)
           && label(object, "app.kubernetes.io/part-of") == stackName;
}

} // namespace sd
