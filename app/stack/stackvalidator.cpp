#include "stack/stackvalidator.h"

#include "common/tr.h"
#include "stack/openimconfigrenderer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace sd {

namespace {

class Collector
{
public:
    explicit Collector(const QString &file)
        : m_file(file)
    {}
    StackIssues issues;

    void add(StackIssue::Severity severity, const SourceLocation &at, const QString &message)
    {
        StackIssue issue;
        issue.severity = severity;
        issue.file = m_file;
        issue.line = at.line;
        issue.column = at.line > 0 ? at.column : 0;
        issue.message = message;
        issues.append(issue);
    }
    void error(const SourceLocation &at, const QString &message)
    {
        add(StackIssue::Severity::Error, at, message);
    }
    void warning(const SourceLocation &at, const QString &message)
    {
        add(StackIssue::Severity::Warning, at, message);
    }

private:
    QString m_file;
};

void checkResources(Collector &out,
                    const SourceLocation &at,
                    const QString &node,
                    const ResourceSpec &r)
{
    if (r.cpuRequest.isZero() || r.memoryRequest.isZero())
        out.error(at, Tr::tr("%1 needs non-zero CPU and memory requests.").arg(node));
    if (r.cpuLimit < r.cpuRequest)
        out.error(at,
                  Tr::tr("%1 requests more CPU (%2) than its limit (%3).")
                      .arg(node, r.cpuRequest.toString(), r.cpuLimit.toString()));
    if (r.memoryLimit < r.memoryRequest)
        out.error(at,
                  Tr::tr("%1 requests more memory (%2) than its limit (%3).")
                      .arg(node, r.memoryRequest.toString(), r.memoryLimit.toString()));
}

} // namespace

StackValidator::StackValidator(const OpenImCatalog &openim, const KubeBlocksCatalog &kubeblocks)
    : m_openim(openim)
    , m_kubeblocks(kubeblocks)
{}

bool StackValidator::isDnsLabel(const QString &name, int maxLength)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return !name.isEmpty() && name.size() <= maxLength && re.match(name).hasMatch();
}

bool StackValidator::isDnsSubdomain(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !name.isEmpty() && name.size() <= 253 && re.match(name).hasMatch();
}

StackIssues StackValidator::validate(const Stack &stack) const
{
    Collector out(stack.fileName);
    const SourceLocation top;

    if (!isDnsLabel(stack.name))
        out.error(
            top,
            Tr::tr("The stack name \"%1\" must be a DNS label: lowercase letters, digits and '-', "
                   "at most 63 characters.")
                .arg(stack.name));
    if (!isDnsLabel(stack.ns))
        out.error(
            top,
            Tr::tr("The namespace \"%1\" must be a DNS label: lowercase letters, digits and '-', "
                   "at most 63 characters.")
                .arg(stack.ns));

    const OpenImProfileSpec *profile = m_openim.profile(stack.profile.release);
    if (!profile) {
        QStringList known;
        for (const auto &p : m_openim.profiles())
            known.append(p.id);
        out.error(top,
                  Tr::tr("Unknown OpenIM release \"%1\"; this Stackdeck knows: %2.")
                      .arg(stack.profile.release, known.join(QStringLiteral(", "))));
    }
    if (!m_openim.registry(stack.profile.registry))
        out.error(top, Tr::tr("Unknown image registry \"%1\".").arg(stack.profile.registry));
    for (const QString &s : stack.profile.imagePullSecrets) {
        if (!isDnsSubdomain(s))
            out.error(top,
                      Tr::tr("imagePullSecrets entry \"%1\" is not a valid Secret name.").arg(s));
    }

    // OpenIM settings
    const SecretSource &secret = stack.openim.secret;
    if (secret.kind == SecretSource::Kind::Reference
        && (!isDnsSubdomain(secret.ref.name) || secret.ref.key.isEmpty()))
        out.error(
            top,
            Tr::tr(
                "openim.secret refers to Secret \"%1\" key \"%2\", which is not a valid reference.")
                .arg(secret.ref.name, secret.ref.key));
    QSet<QString> adminIds;
    for (const AdminUser &u : stack.openim.adminUsers) {
        if (u.userID.isEmpty())
            out.error(top, Tr::tr("An admin user has an empty userID."));
        if (adminIds.contains(u.userID))
            out.error(top, Tr::tr("Admin user \"%1\" is listed twice.").arg(u.userID));
        adminIds.insert(u.userID);
    }
    for (const auto &[name, ref] : stack.openim.push.credentials) {
        if (!isDnsSubdomain(ref.name) || ref.key.isEmpty())
            out.error(top,
                      Tr::tr("Push credential \"%1\" refers to Secret \"%2\" key \"%3\", which is "
                             "not a valid "
                             "reference.")
                          .arg(name, ref.name, ref.key));
    }
    if (!stack.openim.minioExternalAddress.isEmpty()) {
        const QUrl url(stack.openim.minioExternalAddress, QUrl::StrictMode);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            out.error(top,
                      Tr::tr("openim.minioExternalAddress \"%1\" must be an http:// or https:// "
                             "URL that clients "
                             "can reach.")
                          .arg(stack.openim.minioExternalAddress));
    }

    // Datastores
    QSet<QString> nodeNames;
    QHash<QString, const DatastoreSpec *> byEngine;
    for (const DatastoreSpec &d : stack.datastores) {
        const QString node = Tr::tr("Datastore \"%1\"").arg(d.name);
        const int maxName = m_kubeblocks.maxClusterNameLength();
        if (!isDnsLabel(d.name, maxName) || !d.name.front().isLetter())
            out.error(
                d.location,
                Tr::tr(
                    "Datastore name \"%1\" must start with a letter, use lowercase letters, digits "
                    "and '-', and be at most %2 characters (KubeBlocks appends to it).")
                    .arg(d.name)
                    .arg(maxName));
        if (nodeNames.contains(d.name))
            out.error(d.location,
                      Tr::tr("The name \"%1\" is used by more than one node.").arg(d.name));
        nodeNames.insert(d.name);

        const KbEngineSpec *engine = m_kubeblocks.engine(d.engine);
        if (!engine) {
            QStringList known;
            for (const auto &e : m_kubeblocks.engines())
                known.append(e.id);
            out.error(d.location,
                      Tr::tr("%1 uses unknown engine \"%2\"; expected one of: %3.")
                          .arg(node, d.engine, known.join(QStringLiteral(", "))));
            continue;
        }
        if (byEngine.contains(d.engine) && m_openim.binding(d.engine))
            out.error(d.location,
                      Tr::tr("%1: OpenIM connects to one %2 only, and \"%3\" is already one.")
                          .arg(node, engine->displayName, byEngine.value(d.engine)->name));
        byEngine.insert(d.engine, &d);
        if (!m_openim.binding(d.engine))
            out.warning(
                d.location,
                Tr::tr("%1: OpenIM 3.8 does not use %2; the cluster will be created but nothing "
                       "connects to it.")
                    .arg(node, engine->displayName));
        if (d.existing) // made outside the stack: its settings are not the stack's to check
            continue;
        if (d.backup) {
            if (engine->backupMethods.isEmpty())
                out.error(d.location,
                          Tr::tr("%1: KubeBlocks cannot back up %2; remove its backup schedule.")
                              .arg(node, engine->displayName));
            else if (!engine->backupMethods.contains(d.backup->method))
                out.error(d.location,
                          Tr::tr("%1: %2 has no backup method \"%3\"; choose one of: %4.")
                              .arg(node,
                                   engine->displayName,
                                   d.backup->method,
                                   engine->backupMethods.join(QStringLiteral(", "))));
        }

        const QString topologyId = d.topology.isEmpty() ? engine->defaultTopology : d.topology;
        if (!engine->topology(topologyId)) {
            QStringList known;
            for (const auto &t : engine->topologies)
                known.append(t.id.isEmpty() ? Tr::tr("(none)") : t.id);
            out.error(
                d.location,
                Tr::tr("%1: %2 has no topology \"%3\"; expected: %4.")
                    .arg(node, engine->displayName, d.topology, known.join(QStringLiteral(", "))));
        }
        if (!d.version.isEmpty() && !engine->fallbackVersions.contains(d.version))
            out.warning(
                d.location,
                Tr::tr("%1: version %2 is not in the built-in %3 list for KubeBlocks addon %4; "
                       "the cluster's ComponentVersion decides whether it exists.")
                    .arg(
                        node, d.version, engine->displayName, m_kubeblocks.fallbackAddonVersion()));
        if (d.version.isEmpty())
            out.error(d.location, Tr::tr("%1 needs a version.").arg(node));

        const KbComponentSpec *data = engine->dataComponent();
        const bool outOfRange = d.replicas < data->minReplicas || d.replicas > data->maxReplicas;
        if (outOfRange)
            out.error(d.location,
                      Tr::tr("%1: %2 needs %3 to %4 replicas, not %5.")
                          .arg(node, engine->displayName)
                          .arg(data->minReplicas)
                          .arg(data->maxReplicas)
                          .arg(d.replicas));
        else if (data->replicaRule == QLatin1String("odd") && d.replicas % 2 == 0)
            out.error(d.location,
                      Tr::tr("%1: %2 needs an odd number of replicas (a KRaft quorum), not %3.")
                          .arg(node, engine->displayName)
                          .arg(d.replicas));
        else if (data->replicaRule == QLatin1String("even") && d.replicas % 2 != 0)
            out.error(d.location,
                      Tr::tr("%1: %2 needs an even number of replicas (erasure coding), not %3.")
                          .arg(node, engine->displayName)
                          .arg(d.replicas));
        if (d.engine == QLatin1String("redis") && topologyId == QLatin1String("replication")
            && d.replicas < 2)
            out.warning(d.location,
                        Tr::tr("%1: Redis replication with one replica has no standby.").arg(node));
        checkResources(out, d.location, node, d.resources);
        if (d.storageSize.isZero())
            out.error(d.location, Tr::tr("%1 needs a storage size.").arg(node));
        if (!d.storageClass.isEmpty() && !isDnsSubdomain(d.storageClass))
            out.error(
                d.location,
                Tr::tr("%1: \"%2\" is not a valid StorageClass name.").arg(node, d.storageClass));
    }
    if (stack.openim.minioExternalAddress.isEmpty() && byEngine.contains(QStringLiteral("minio")))
        out.warning(top,
                    Tr::tr("openim.minioExternalAddress is empty: file URLs will point at the "
                           "in-cluster MinIO "
                           "Service, which clients outside the cluster cannot reach."));

    // Components
    // Per config group: the env names its files accept, and those Stackdeck wires to Secrets.
    QHash<QString, QSet<QString>> envAllowed;
    QHash<QString, QSet<QString>> wired;
    if (profile) {
        const OpenImConfigRenderer renderer(m_openim, m_kubeblocks);
        for (const ConfigGroupSpec &g : profile->groups) {
            envAllowed.insert(
                g.id, OpenImConfigRenderer::envNames(g.envPrefix, renderer.render(stack, g.id)));
            QSet<QString> w{QStringLiteral("CONFIG_PATH"),
                            OpenImConfigRenderer::envName(
                                g.envPrefix, QStringLiteral("share.yml"), g.shareSecretKey)};
            for (const OwnedConfigKey &owned : g.ownedKeys)
                w.insert(OpenImConfigRenderer::envName(g.envPrefix, owned.configFile, owned.key));
            for (const DatastoreBinding &b : m_openim.datastoreBindings()) {
                for (const SecretEnvBinding &e : b.env)
                    w.insert(OpenImConfigRenderer::envName(g.envPrefix, b.configFile, e.configKey));
            }
            for (const QString &provider : OpenImSettings::pushProviders()) {
                for (const QString &credential : OpenImSettings::pushCredentialNames(provider)) {
                    const QString key
                        = OpenImConfigRenderer::pushCredentialKey(provider, credential);
                    if (!key.isEmpty())
                        w.insert(OpenImConfigRenderer::envName(
                            g.envPrefix, QStringLiteral("openim-push.yml"), key));
                }
            }
            // Keys Stackdeck derives from the stack: overriding them would desynchronise the
            // config from the Services, Deployments and datastores it generates.
            for (const OpenImComponentSpec &c : m_openim.components()) {
                if (c.group != g.id)
                    continue;
                for (const OpenImPort &p : c.ports)
                    w.insert(OpenImConfigRenderer::envName(g.envPrefix, c.configFile, p.configKey));
            }
            for (const auto &[file, key] : {std::pair{"mongodb.yml", "address"},
                                            std::pair{"redis.yml", "address"},
                                            std::pair{"kafka.yml", "address"},
                                            std::pair{"minio.yml", "internalAddress"},
                                            std::pair{"discovery.yml", "enable"},
                                            std::pair{"discovery.yml", "kubernetes.namespace"},
                                            std::pair{"discovery.yml", "rpcService"},
                                            std::pair{"log.yml", "isStdout"}})
                w.insert(OpenImConfigRenderer::envName(
                    g.envPrefix, QLatin1String(file), QLatin1String(key)));
            wired.insert(g.id, w);
        }
        if (stack.profile.chat && !profile->group(QStringLiteral("chat")))
            out.error(top,
                      Tr::tr("OpenIM release \"%1\" has no Chat configuration in this Stackdeck.")
                          .arg(profile->id));
    }
    QHash<int, QString> nodePorts;
    QHash<QString, QString> ingressHosts; // host -> component
    for (const ComponentSpec &c : stack.components) {
        const QString node = Tr::tr("Component \"%1\"").arg(c.name);
        if (nodeNames.contains(c.name))
            out.error(c.location,
                      Tr::tr("The name \"%1\" is used by more than one node.").arg(c.name));
        nodeNames.insert(c.name);
        const OpenImComponentSpec *spec = m_openim.component(c.name);
        if (!spec) {
            out.error(c.location,
                      Tr::tr("%1 is not an OpenIM component this Stackdeck knows.").arg(node));
            continue;
        }
        if (spec->group == QLatin1String("chat") && !stack.profile.chat) {
            out.error(c.location,
                      Tr::tr("%1 belongs to OpenIM Chat; set \"chat: true\" in the profile to "
                             "deploy it.")
                          .arg(node));
            continue;
        }
        if (spec->maxReplicas > 0 && c.replicas > spec->maxReplicas)
            out.error(c.location,
                      Tr::tr("%1 runs at most %n replica(s): it has no lock in Kubernetes mode.",
                             nullptr,
                             spec->maxReplicas)
                          .arg(node));
        checkResources(out, c.location, node, c.resources);
        if (!c.image.isEmpty()
            && (c.image.contains(QLatin1Char('@'))
                || c.image.section(QLatin1Char('/'), -1).contains(QLatin1Char(':'))))
            out.error(c.location,
                      Tr::tr("%1: put the tag in \"tag\", not in \"image\".").arg(node));
        const ConfigGroupSpec *group = profile ? profile->group(spec->group) : nullptr;
        for (const auto &[name, value] : c.env) {
            Q_UNUSED(value)
            if (!group)
                break;
            if (wired.value(group->id).contains(name))
                out.error(
                    c.location,
                    Tr::tr("%1: Stackdeck sets %2 (from a Secret or from the stack itself); it "
                           "cannot be overridden.")
                        .arg(node, name));
            else if (name.startsWith(group->envPrefix)
                     && !envAllowed.value(group->id).contains(name))
                out.error(
                    c.location,
                    Tr::tr("%1: %2 matches no key in the generated config files, so OpenIM would "
                           "ignore it.")
                        .arg(node, name));
        }
        if (c.exposure.type != QLatin1String("ClusterIP")) {
            if (spec->exposable.isEmpty())
                out.error(
                    c.location,
                    Tr::tr("%1 has no port that can be exposed outside the cluster.").arg(node));
            if (c.exposure.nodePort != 0 && c.exposure.type != QLatin1String("NodePort"))
                out.error(c.location,
                          Tr::tr("%1: nodePort only applies to exposure type NodePort.").arg(node));
        }
        if (c.exposure.type == QLatin1String("Ingress")) {
            // An Ingress routes HTTP: the api's REST port and the gateway's WebSocket port.
            const bool routable = !spec->exposable.isEmpty()
                                  && std::all_of(spec->exposable.cbegin(), spec->exposable.cend(), [&](const QString &p) {
                                         const OpenImPort *port = spec->port(p);
                                         return port && (port->protocol == PortProtocol::Http
                                                         || port->protocol == PortProtocol::WebSocket);
                                     });
            if (!spec->exposable.isEmpty() && !routable)
                out.error(c.location, Tr::tr("%1 has no HTTP or WebSocket port an Ingress can route to.").arg(node));
            if (c.exposure.host.isEmpty())
                out.error(c.location, Tr::tr("%1: exposure type Ingress needs a host name.").arg(node));
            else if (!isDnsSubdomain(c.exposure.host))
                out.error(c.location, Tr::tr("%1: “%2” is not a host name such as im.example.com.").arg(node, c.exposure.host));
            else if (ingressHosts.contains(c.exposure.host))
                out.error(c.location, Tr::tr("%1: host %2 is already used by %3.")
                                          .arg(node, c.exposure.host, ingressHosts.value(c.exposure.host)));
            ingressHosts.insert(c.exposure.host, c.name);
            if (!c.exposure.ingressClass.isEmpty() && !isDnsSubdomain(c.exposure.ingressClass))
                out.error(c.location, Tr::tr("%1: “%2” is not an IngressClass name.").arg(node, c.exposure.ingressClass));
        } else if (!c.exposure.host.isEmpty() || !c.exposure.ingressClass.isEmpty()) {
            out.error(c.location, Tr::tr("%1: host and ingressClass only apply to exposure type Ingress.").arg(node));
        }
        if (c.exposure.nodePort != 0) {
            if (c.exposure.nodePort < 30000 || c.exposure.nodePort > 32767)
                out.warning(
                    c.location,
                    Tr::tr("%1: nodePort %2 is outside Kubernetes' default range 30000-32767.")
                        .arg(node)
                        .arg(c.exposure.nodePort));
            if (nodePorts.contains(c.exposure.nodePort))
                out.error(c.location,
                          Tr::tr("%1: nodePort %2 is already used by %3.")
                              .arg(node)
                              .arg(c.exposure.nodePort)
                              .arg(nodePorts.value(c.exposure.nodePort)));
            nodePorts.insert(c.exposure.nodePort, c.name);
        }
    }
    for (const OpenImComponentSpec &spec : m_openim.components()) {
        const bool needed = spec.group == QLatin1String("server")
                                ? !spec.optional
                                : spec.group == QLatin1String("chat") && stack.profile.chat;
        if (needed && !stack.component(spec.id))
            out.error(top,
                      Tr::tr("The stack lacks component \"%1\", which OpenIM needs.").arg(spec.id));
    }

    // Edges
    QSet<QPair<QString, QString>> edges;
    for (const Edge &e : stack.edges) {
        const ComponentSpec *from = stack.component(e.from);
        const bool toComponent = stack.component(e.to) != nullptr;
        const DatastoreSpec *toDatastore = stack.datastore(e.to);
        if (!from) {
            out.error(e.location,
                      stack.datastore(e.from)
                          ? Tr::tr("Edge from \"%1\": edges start at a component, not a datastore.")
                                .arg(e.from)
                          : Tr::tr("Edge from \"%1\": no such component.").arg(e.from));
            continue;
        }
        if (!toComponent && !toDatastore) {
            out.error(e.location,
                      Tr::tr("Edge to \"%1\": no such component or datastore.").arg(e.to));
            continue;
        }
        if (edges.contains({e.from, e.to}))
            out.warning(e.location, Tr::tr("Edge %1 -> %2 is listed twice.").arg(e.from, e.to));
        edges.insert({e.from, e.to});
        const OpenImComponentSpec *spec = m_openim.component(e.from);
        if (!spec)
            continue;
        if (toComponent && !spec->calls.contains(e.to))
            out.error(e.location, Tr::tr("Edge %1 -> %2: %1 never calls %2.").arg(e.from, e.to));
        if (toDatastore && !spec->datastores.contains(toDatastore->engine))
            out.error(e.location,
                      Tr::tr("Edge %1 -> %2: %1 does not use %3.")
                          .arg(e.from, e.to, toDatastore->engine));
    }
    for (const ComponentSpec &c : stack.components) {
        const OpenImComponentSpec *spec = m_openim.component(c.name);
        if (!spec || (spec->group == QLatin1String("chat") && !stack.profile.chat))
            continue;
        for (const QString &engine : spec->datastores) {
            const DatastoreSpec *d = byEngine.value(engine);
            if (!d)
                out.error(c.location,
                          Tr::tr("Component \"%1\" needs a %2 datastore and the stack has none.")
                              .arg(c.name, engine));
            else if (!edges.contains({c.name, d->name}))
                out.error(c.location,
                          Tr::tr("Component \"%1\" uses %2: add the edge %1 -> %3.")
                              .arg(c.name, engine, d->name));
        }
        for (const QString &callee : spec->calls) {
            if (stack.component(callee) && !edges.contains({c.name, callee}))
                out.warning(
                    c.location,
                    Tr::tr("Component \"%1\" calls \"%2\"; the edge is missing from the canvas.")
                        .arg(c.name, callee));
        }
    }
    return out.issues;
}

} // namespace sd
