#include "stack/openimconfigrenderer.h"

#include <QStringList>

namespace sd {

namespace {

using Json = nlohmann::ordered_json;

void setPath(Json &root, const QString &dotted, Json value)
{
    Json *node = &root;
    const QStringList parts = dotted.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size() - 1; ++i)
        node = &(*node)[parts[i].toStdString()];
    (*node)[parts.last().toStdString()] = std::move(value);
}

Json stringList(const QStringList &list)
{
    Json out = Json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

void collectEnv(const QString &base, const Json &node, QSet<QString> &out)
{
    if (!node.is_object())
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = base + QLatin1Char('_') + QString::fromStdString(it.key()).toUpper();
        out.insert(name);
        collectEnv(name, it.value(), out);
    }
}

} // namespace

OpenImConfigRenderer::OpenImConfigRenderer(const OpenImCatalog &openim,
                                           const KubeBlocksCatalog &kubeblocks)
    : m_openim(openim)
    , m_kubeblocks(kubeblocks)
{}

QString
OpenImConfigRenderer::envName(const QString &prefix, const QString &file, const QString &keyPath)
{
    QString stem = file;
    if (stem.endsWith(QLatin1String(".yml")))
        stem.chop(4);
    stem.replace(QLatin1Char('-'), QLatin1Char('_'));
    QString key = keyPath;
    key.replace(QLatin1Char('.'), QLatin1Char('_'));
    return (prefix + stem + QLatin1Char('_') + key).toUpper();
}

QSet<QString> OpenImConfigRenderer::envNames(const QString &prefix,
                                             const nlohmann::ordered_json &files)
{
    QSet<QString> out;
    if (!files.is_object())
        return out;
    for (auto it = files.begin(); it != files.end(); ++it) {
        QString stem = QString::fromStdString(it.key());
        if (stem.endsWith(QLatin1String(".yml")))
            stem.chop(4);
        stem.replace(QLatin1Char('-'), QLatin1Char('_'));
        collectEnv((prefix + stem).toUpper(), it.value(), out);
    }
    return out;
}

QString OpenImConfigRenderer::pushCredentialKey(const QString &provider, const QString &credential)
{
    if (provider == QLatin1String("fcm"))
        return {};
    return QStringLiteral("%1.%2").arg(provider, credential);
}

nlohmann::ordered_json OpenImConfigRenderer::render(const Stack &stack,
                                                    const QString &groupId) const
{
    const OpenImProfileSpec *profile = m_openim.profile(stack.profile.release);
    const ConfigGroupSpec *group = profile ? profile->group(groupId) : nullptr;
    if (!group)
        return nullptr;
    Json files = m_openim.configDefaults(*group);
    if (!files.is_object())
        return nullptr;
    const auto has = [&files](const char *file) {
        return files.contains(file);
    };

    if (has("discovery.yml")) {
        Json &discovery = files["discovery.yml"];
        setPath(discovery, QStringLiteral("kubernetes.namespace"), stack.ns.toStdString());
        Json rpcService = Json::object();
        for (const OpenImComponentSpec &c : m_openim.components()) {
            if (c.group == groupId && !c.discoveryKey.isEmpty())
                rpcService[c.discoveryKey.toStdString()] = c.service.toStdString();
        }
        discovery["rpcService"] = rpcService;
    }
    if (has("log.yml")) {
        Json &log = files["log.yml"];
        log["remainLogLevel"] = stack.openim.logLevel;
        log["isStdout"] = true; // kubectl logs shows nothing useful otherwise
        log["isJson"] = stack.openim.logJson;
    }

    for (const DatastoreSpec &d : stack.datastores) {
        const QStringList addresses = m_kubeblocks.clientAddresses(d, stack.ns);
        if (addresses.isEmpty())
            continue;
        if (d.engine == QLatin1String("mongodb") && has("mongodb.yml")) {
            Json &mongo = files["mongodb.yml"];
            mongo["address"] = stringList(addresses);
            // KubeBlocks' account is root, which lives in the admin database.
            mongo["authSource"] = "admin";
        } else if (d.engine == QLatin1String("redis") && has("redis.yml")) {
            // The -redis Service follows the primary (roleSelector), so standalone mode keeps
            // working across a sentinel failover without giving OpenIM sentinel credentials.
            files["redis.yml"]["address"] = stringList(addresses);
        } else if (d.engine == QLatin1String("kafka") && has("kafka.yml")) {
            files["kafka.yml"]["address"] = stringList(addresses);
        } else if (d.engine == QLatin1String("minio") && has("minio.yml")) {
            Json &minio = files["minio.yml"];
            minio["internalAddress"] = addresses.first().toStdString();
            const QString external = stack.openim.minioExternalAddress.isEmpty()
                                         ? QStringLiteral("http://%1").arg(addresses.first())
                                         : stack.openim.minioExternalAddress;
            minio["externalAddress"] = external.toStdString();
        }
    }

    for (const OpenImComponentSpec &c : m_openim.components()) {
        const std::string file = c.configFile.toStdString();
        if (c.group != groupId || !files.contains(file))
            continue;
        for (const OpenImPort &p : c.ports)
            setPath(files[file], p.configKey, Json::array({p.port}));
    }

    if (groupId == QLatin1String("server")) {
        QStringList ids;
        QStringList nicknames;
        for (const AdminUser &u : stack.openim.adminUsers) {
            ids.append(u.userID);
            nicknames.append(u.nickname);
        }
        Json &share = files["share.yml"];
        setPath(share, QStringLiteral("imAdminUser.userIDs"), stringList(ids));
        setPath(share, QStringLiteral("imAdminUser.nicknames"), stringList(nicknames));

        Json &push = files["openim-push.yml"];
        const QString provider = stack.openim.push.provider;
        push["enable"] = provider == QLatin1String("none") ? std::string() : provider.toStdString();
        if (provider == QLatin1String("fcm"))
            setPath(push, QStringLiteral("fcm.filePath"), kFcmFileName);
    } else if (groupId == QLatin1String("chat")) {
        // Chat talks to OpenIM through its HTTP API, as the first admin user.
        const OpenImComponentSpec *api = m_openim.component(QStringLiteral("openim-api"));
        const OpenImPort *http = api ? api->port(QStringLiteral("http")) : nullptr;
        Json &share = files["share.yml"];
        if (api && http)
            setPath(share,
                    QStringLiteral("openIM.apiURL"),
                    QStringLiteral("http://%1.%2.svc:%3")
                        .arg(api->service, stack.ns)
                        .arg(http->port)
                        .toStdString());
        if (!stack.openim.adminUsers.isEmpty())
            setPath(share,
                    QStringLiteral("openIM.adminUserID"),
                    stack.openim.adminUsers.first().userID.toStdString());
    }
    return files;
}

} // namespace sd
