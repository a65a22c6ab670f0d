#include "stack/kubeblockscatalog.h"

#include "common/tr.h"
#include "stack/catalogjson.h"

#include <QJsonArray>
#include <QVersionNumber>
#include <QtGlobal>

#include <algorithm>
#include <stdexcept>

namespace sd {

using namespace Internal;

const KbTopologySpec *KbEngineSpec::topology(const QString &topologyId) const
{
    const auto it = std::find_if(topologies.cbegin(),
                                 topologies.cend(),
                                 [&](const KbTopologySpec &t) { return t.id == topologyId; });
    return it == topologies.cend() ? nullptr : &*it;
}

const KbComponentSpec *KbEngineSpec::component(const QString &n) const
{
    const auto it = std::find_if(components.cbegin(),
                                 components.cend(),
                                 [&](const KbComponentSpec &c) { return c.name == n; });
    return it == components.cend() ? nullptr : &*it;
}

const KbComponentSpec *KbEngineSpec::dataComponent() const
{
    const auto it
        = std::find_if(components.cbegin(), components.cend(), [](const KbComponentSpec &c) {
              return c.role == QLatin1String("data");
          });
    return it == components.cend() ? nullptr : &*it;
}

const KubeBlocksCatalog &KubeBlocksCatalog::builtIn()
{
    static const std::unique_ptr<KubeBlocksCatalog> catalog = [] {
        QString error;
        auto c
            = fromJson(readResource(QStringLiteral(":/stackdeck/catalog/kubeblocks.json")), &error);
        if (!c)
            qFatal("built-in KubeBlocks catalog: %s", qPrintable(error));
        return c;
    }();
    return *catalog;
}

std::unique_ptr<KubeBlocksCatalog> KubeBlocksCatalog::fromJson(const QByteArray &json,
                                                               QString *error)
{
    auto catalog = std::make_unique<KubeBlocksCatalog>();
    try {
        const auto root
            = nlohmann::ordered_json::parse(json.constData(), json.constData() + json.size());
        if (root.at("catalogVersion").get<int>() != 1)
            throw std::invalid_argument("unsupported catalogVersion");
        catalog->m_apiVersion = jsonString(root, "apiVersion");
        catalog->m_maxClusterNameLength = root.at("maxClusterNameLength").get<int>();
        catalog->m_fallbackAddonVersion = jsonString(root, "fallbackAddonVersion");
        for (const auto &e : root.at("engines")) {
            KbEngineSpec engine;
            engine.id = jsonString(e, "id");
            engine.displayName = jsonString(e, "displayName");
            engine.clusterDef = jsonString(e, "clusterDef");
            engine.componentDef = jsonString(e, "componentDef");
            engine.defaultTopology = jsonString(e, "defaultTopology");
            for (const auto &t : e.at("topologies"))
                engine.topologies.append({jsonString(t, "id"), jsonStrings(t, "components")});
            for (const auto &c : e.at("components")) {
                KbComponentSpec comp;
                comp.name = jsonString(c, "name");
                comp.role = jsonString(c, "role");
                comp.componentVersion = jsonString(c, "componentVersion");
                for (const auto &v : c.at("volumes"))
                    comp.volumes.append({jsonString(v, "name"), jsonString(v, "defaultSize")});
                const auto &replicas = c.at("replicas");
                comp.minReplicas = replicas.at("min").get<int>();
                comp.maxReplicas = replicas.at("max").get<int>();
                comp.replicaRule = jsonString(replicas, "rule");
                comp.defaultReplicas = c.at("defaults").at("replicas").get<int>();
                comp.defaultResources = jsonResources(c.at("defaults"));
                engine.components.append(comp);
            }
            const auto &client = e.at("client");
            engine.clientComponent = jsonString(client, "component");
            engine.clientServiceName = jsonString(client, "serviceName");
            engine.clientPort = client.at("port").get<int>();
            engine.clientPodService = client.at("podService").get<bool>();
            engine.accountComponent = jsonString(e.at("account"), "component");
            engine.accountName = jsonString(e.at("account"), "name");
            const auto &defaults = e.at("defaults");
            engine.defaultVersion = jsonString(defaults, "version");
            const auto storage = Quantity::parse(jsonString(defaults, "storage"));
            if (!storage)
                throw std::invalid_argument("bad default storage for " + engine.id.toStdString());
            engine.defaultStorage = *storage;
            engine.defaultTerminationPolicy = jsonString(defaults, "terminationPolicy");
            engine.fallbackVersions = jsonStrings(e, "fallbackVersions");
            engine.backupMethods = jsonStrings(e, "backupMethods");
            if (!engine.dataComponent() || !engine.component(engine.clientComponent))
                throw std::invalid_argument("engine " + engine.id.toStdString()
                                            + " lacks its data/client component");
            catalog->m_engines.append(engine);
        }
    } catch (const std::exception &e) {
        if (error)
            *error = Tr::tr("Invalid KubeBlocks catalog: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return catalog;
}

const KbEngineSpec *KubeBlocksCatalog::engine(const QString &id) const
{
    const auto it = std::find_if(
        m_engines.cbegin(), m_engines.cend(), [&](const KbEngineSpec &e) { return e.id == id; });
    return it == m_engines.cend() ? nullptr : &*it;
}

QString
KubeBlocksCatalog::serviceName(const QString &cluster, const QString &component, const QString &svc)
{
    if (svc.isEmpty())
        return QStringLiteral("%1-%2").arg(cluster, component);
    return QStringLiteral("%1-%2-%3").arg(cluster, component, svc);
}

QString KubeBlocksCatalog::podServiceName(const QString &cluster,
                                          const QString &component,
                                          const QString &svc,
                                          int ordinal)
{
    return QStringLiteral("%1-%2").arg(serviceName(cluster, component, svc)).arg(ordinal);
}

QString KubeBlocksCatalog::accountSecretName(const QString &cluster,
                                             const QString &component,
                                             const QString &account)
{
    QString name = account;
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    return QStringLiteral("%1-%2-account-%3").arg(cluster, component, name);
}

QString KubeBlocksCatalog::headlessServiceName(const QString &cluster, const QString &component)
{
    return QStringLiteral("%1-%2-headless").arg(cluster, component);
}

QStringList KubeBlocksCatalog::clientAddresses(const DatastoreSpec &d, const QString &ns) const
{
    const KbEngineSpec *e = engine(d.engine);
    if (!e)
        return {};
    const auto address = [&](const QString &service) {
        return QStringLiteral("%1.%2.svc:%3").arg(service, ns).arg(e->clientPort);
    };
    if (!e->clientPodService)
        return {address(serviceName(d.name, e->clientComponent, e->clientServiceName))};
    QStringList out;
    for (int i = 0; i < d.replicas; ++i)
        out.append(address(podServiceName(d.name, e->clientComponent, e->clientServiceName, i)));
    return out;
}

QString KubeBlocksCatalog::accountSecret(const DatastoreSpec &d) const
{
    const KbEngineSpec *e = engine(d.engine);
    if (!e || e->accountName.isEmpty())
        return {};
    return accountSecretName(d.name, e->accountComponent, e->accountName);
}

} // namespace sd

namespace sd {

QStringList KubeBlocksCatalog::serviceVersions(const QJsonObject &componentVersion)
{
    QStringList versions;
    const QString fromStatus = componentVersion.value(QLatin1String("status"))
                                   .toObject()
                                   .value(QLatin1String("serviceVersions"))
                                   .toString();
    if (!fromStatus.isEmpty()) {
        for (const QString &v : fromStatus.split(QLatin1Char(','), Qt::SkipEmptyParts))
            versions.append(v.trimmed());
    } else {
        const QJsonArray releases = componentVersion.value(QLatin1String("spec"))
                                        .toObject()
                                        .value(QLatin1String("releases"))
                                        .toArray();
        for (const QJsonValue &r : releases) {
            const QString v = r.toObject().value(QLatin1String("serviceVersion")).toString();
            if (!v.isEmpty())
                versions.append(v);
        }
    }
    versions.removeDuplicates();
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        const int c
            = QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
        return c != 0 ? c < 0 : a < b;
    });
    return versions;
}

EngineVersions
KubeBlocksCatalog::versions(const QString &engineId,
                            const std::optional<QHash<QString, QJsonObject>> &clusterObjects) const
{
    EngineVersions out;
    const KbEngineSpec *e = engine(engineId);
    if (!e) {
        out.source = EngineVersions::Source::NotInstalled;
        return out;
    }
    if (!clusterObjects) {
        out.versions = e->fallbackVersions;
        return out;
    }
    const auto it = clusterObjects->constFind(e->dataComponent()->componentVersion);
    const QString phase = it == clusterObjects->cend() ? QString()
                                                       : it->value(QLatin1String("status"))
                                                             .toObject()
                                                             .value(QLatin1String("phase"))
                                                             .toString();
    // An object the controller has not reconciled yet has no phase; its spec still lists releases.
    if (it == clusterObjects->cend() || (!phase.isEmpty() && phase != QLatin1String("Available"))) {
        out.source = EngineVersions::Source::NotInstalled;
        return out;
    }
    out.source = EngineVersions::Source::Cluster;
    out.versions = serviceVersions(*it);
    return out;
}

} // namespace sd
