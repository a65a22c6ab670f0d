#include "stack/openimcatalog.h"

#include "common/tr.h"
#include "stack/catalogjson.h"

#include <QtGlobal>

#include <algorithm>
#include <stdexcept>

namespace sd {

using namespace Internal;

namespace {

PortProtocol protocolFrom(const QString &s)
{
    if (s == QLatin1String("http"))
        return PortProtocol::Http;
    if (s == QLatin1String("websocket"))
        return PortProtocol::WebSocket;
    if (s == QLatin1String("grpc"))
        return PortProtocol::Grpc;
    if (s == QLatin1String("metrics"))
        return PortProtocol::Metrics;
    throw std::invalid_argument("unknown port protocol " + s.toStdString());
}

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    const auto it
        = std::find_if(list.cbegin(), list.cend(), [&](const T &t) { return t.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const OpenImPort *OpenImComponentSpec::port(const QString &n) const
{
    const auto it = std::find_if(
        ports.cbegin(), ports.cend(), [&](const OpenImPort &p) { return p.name == n; });
    return it == ports.cend() ? nullptr : &*it;
}

const OpenImPort *OpenImComponentSpec::portFor(PortProtocol protocol) const
{
    const auto it = std::find_if(
        ports.cbegin(), ports.cend(), [&](const OpenImPort &p) { return p.protocol == protocol; });
    return it == ports.cend() ? nullptr : &*it;
}

const OpenImCatalog &OpenImCatalog::builtIn()
{
    static const std::unique_ptr<OpenImCatalog> catalog = [] {
        QString error;
        auto c = fromJson(readResource(QStringLiteral(":/stackdeck/catalog/openim.json")), &error);
        // The built-in catalog is part of the program; a broken one is a build defect.
        if (!c)
            qFatal("built-in OpenIM catalog: %s", qPrintable(error));
        return c;
    }();
    return *catalog;
}

std::unique_ptr<OpenImCatalog> OpenImCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto catalog = std::make_unique<OpenImCatalog>();
    try {
        const auto root
            = nlohmann::ordered_json::parse(json.constData(), json.constData() + json.size());
        if (root.at("catalogVersion").get<int>() != 1)
            throw std::invalid_argument("unsupported catalogVersion");
        for (const auto &p : root.at("profiles")) {
            OpenImProfileSpec profile;
            profile.id = jsonString(p, "id");
            profile.displayName = jsonString(p, "displayName");
            profile.configSchema = jsonString(p, "configSchema");
            profile.serverTag = jsonString(p, "serverTag");
            profile.chatTag = jsonString(p, "chatTag");
            profile.configPath = jsonString(p, "configPath");
            for (const auto &g : p.at("groups")) {
                ConfigGroupSpec group;
                group.id = jsonString(g, "id");
                group.configMap = jsonString(g, "configMap");
                group.configDefaultsPath = jsonString(g, "configDefaults");
                group.upstreamConfigDir = jsonString(g, "upstreamConfigDir");
                group.envPrefix = jsonString(g, "envPrefix");
                group.shareSecretKey = jsonString(g, "shareSecretKey");
                for (const auto &k : g.at("ownedKeys"))
                    group.ownedKeys.append({jsonString(k, "configFile"),
                                            jsonString(k, "key"),
                                            jsonString(k, "secretKey")});
                profile.groups.append(group);
            }
            if (!profile.group(QStringLiteral("server")))
                throw std::invalid_argument("profile " + profile.id.toStdString()
                                            + " has no server group");
            catalog->m_profiles.append(profile);
        }
        for (const auto &r : root.at("registries"))
            catalog->m_registries.append(
                {jsonString(r, "id"), jsonString(r, "displayName"), jsonString(r, "prefix")});
        catalog->m_sharedConfigFiles = jsonStrings(root, "sharedConfigFiles");
        for (const auto &b : root.at("datastoreBindings")) {
            DatastoreBinding binding;
            binding.engine = jsonString(b, "engine");
            binding.configFile = jsonString(b, "configFile");
            for (const auto &e : b.at("env"))
                binding.env.append({jsonString(e, "configKey"), jsonString(e, "secretKey")});
            for (const auto &e : b.at("clusterEnv"))
                binding.clusterEnv.append({jsonString(e, "name"), jsonString(e, "value")});
            catalog->m_bindings.append(binding);
        }
        for (const auto &c : root.at("components")) {
            OpenImComponentSpec spec;
            spec.id = jsonString(c, "id");
            spec.group = jsonString(c, "group");
            spec.image = jsonString(c, "image");
            spec.configFile = jsonString(c, "configFile");
            spec.service = jsonString(c, "service");
            spec.discoveryKey = jsonString(c, "discoveryKey");
            for (const auto &p : c.at("ports"))
                spec.ports.append({jsonString(p, "name"),
                                   p.at("port").get<int>(),
                                   protocolFrom(jsonString(p, "protocol")),
                                   jsonString(p, "configKey")});
            spec.probePort = jsonString(c, "probePort");
            spec.exposable = jsonStrings(c, "exposable");
            spec.calls = jsonStrings(c, "calls");
            spec.datastores = jsonStrings(c, "datastores");
            spec.startTier = c.at("startTier").get<int>();
            spec.defaultReplicas = c.at("defaultReplicas").get<int>();
            spec.maxReplicas = c.at("maxReplicas").get<int>();
            spec.optional = c.at("optional").get<bool>();
            spec.resources = jsonResources(c.at("resources"));
            catalog->m_components.append(spec);
        }
    } catch (const std::exception &e) {
        if (error)
            *error = Tr::tr("Invalid OpenIM catalog: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    return catalog;
}

const OpenImProfileSpec *OpenImCatalog::profile(const QString &id) const
{
    return findById(m_profiles, id);
}

const RegistrySpec *OpenImCatalog::registry(const QString &id) const
{
    return findById(m_registries, id);
}

const OpenImComponentSpec *OpenImCatalog::component(const QString &id) const
{
    return findById(m_components, id);
}

const DatastoreBinding *OpenImCatalog::binding(const QString &engine) const
{
    const auto it = std::find_if(m_bindings.cbegin(),
                                 m_bindings.cend(),
                                 [&](const DatastoreBinding &b) { return b.engine == engine; });
    return it == m_bindings.cend() ? nullptr : &*it;
}

nlohmann::ordered_json OpenImCatalog::configDefaults(const ConfigGroupSpec &group) const
{
    const QByteArray json = readResource(group.configDefaultsPath);
    const auto root = nlohmann::ordered_json::parse(
        json.constData(), json.constData() + json.size(), nullptr, false);
    if (root.is_discarded() || !root.contains("files") || !root.at("files").is_object())
        return nullptr;
    return root.at("files");
}

const ConfigGroupSpec *OpenImProfileSpec::group(const QString &groupId) const
{
    return findById(groups, groupId);
}

} // namespace sd
