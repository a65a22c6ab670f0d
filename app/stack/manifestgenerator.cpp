#include "stack/manifestgenerator.h"

#include "stack/openimconfigrenderer.h"
#include "stack/yamlwriter.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace sd {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &v)
{
    return v.toStdString();
}

Json metadata(const QString &name, const QString &ns, const Json &labels)
{
    Json md;
    md["name"] = s(name);
    if (!ns.isEmpty())
        md["namespace"] = s(ns);
    md["labels"] = labels;
    return md;
}

Json resources(const ResourceSpec &r)
{
    Json out;
    out["requests"]["cpu"] = s(r.cpuRequest.toString());
    out["requests"]["memory"] = s(r.memoryRequest.toString());
    out["limits"]["cpu"] = s(r.cpuLimit.toString());
    out["limits"]["memory"] = s(r.memoryLimit.toString());
    return out;
}

Json secretEnv(const QString &name, const QString &secret, const QString &key)
{
    Json env;
    env["name"] = s(name);
    env["valueFrom"]["secretKeyRef"]["name"] = s(secret);
    env["valueFrom"]["secretKeyRef"]["key"] = s(key);
    return env;
}

Json plainEnv(const QString &name, const QString &value)
{
    Json env;
    env["name"] = s(name);
    env["value"] = s(value);
    return env;
}

Json servicePort(const OpenImPort &p)
{
    Json port;
    port["name"] = s(p.name);
    port["port"] = p.port;
    port["targetPort"] = s(p.name);
    port["protocol"] = "TCP";
    return port;
}

Json volumeClaim(const QString &name, const Quantity &size, const QString &storageClass)
{
    Json vct;
    vct["name"] = s(name);
    vct["spec"]["accessModes"] = Json::array({"ReadWriteOnce"});
    if (!storageClass.isEmpty())
        vct["spec"]["storageClassName"] = s(storageClass);
    vct["spec"]["resources"]["requests"]["storage"] = s(size.toString());
    return vct;
}

} // namespace

ManifestGenerator::ManifestGenerator(const OpenImCatalog &openim,
                                     const KubeBlocksCatalog &kubeblocks)
    : m_openim(openim)
    , m_kubeblocks(kubeblocks)
{}

Json ManifestGenerator::labels(const Stack &stack, const QString &component)
{
    Json l;
    l["app.kubernetes.io/managed-by"] = kManagedBy;
    l["app.kubernetes.io/part-of"] = s(stack.name);
    if (!component.isEmpty())
        l["app.kubernetes.io/component"] = s(component);
    return l;
}

QString ManifestGenerator::image(const Stack &stack, const ComponentSpec &c) const
{
    const OpenImComponentSpec *spec = m_openim.component(c.name);
    const OpenImProfileSpec *profile = m_openim.profile(stack.profile.release);
    QString tag = c.tag;
    if (tag.isEmpty())
        tag = !stack.profile.imageTag.isEmpty()                         ? stack.profile.imageTag
              : profile && spec && spec->group == QLatin1String("chat") ? profile->chatTag
              : profile                                                 ? profile->serverTag
                                                                        : QString();
    QString repository = c.image;
    if (repository.isEmpty() && spec) {
        const RegistrySpec *registry = m_openim.registry(stack.profile.registry);
        repository = QStringLiteral("%1/%2").arg(
            registry ? registry->prefix : QStringLiteral("docker.io/openim"), spec->image);
    }
    return QStringLiteral("%1:%2").arg(repository, tag);
}

QString ManifestGenerator::externalServiceName(const OpenImComponentSpec &component)
{
    return component.exposable.isEmpty() ? QString()
                                         : QStringLiteral("%1-external").arg(component.id);
}

Json ManifestGenerator::cluster(const Stack &stack, const DatastoreSpec &d) const
{
    const KbEngineSpec *engine = m_kubeblocks.engine(d.engine);
    Json c;
    c["apiVersion"] = s(m_kubeblocks.apiVersion());
    c["kind"] = "Cluster";
    c["metadata"] = metadata(d.name, stack.ns, labels(stack, d.name));
    c["spec"]["terminationPolicy"] = s(d.terminationPolicy);
    const QString topologyId = d.topology.isEmpty() ? engine->defaultTopology : d.topology;
    if (!engine->clusterDef.isEmpty()) {
        c["spec"]["clusterDef"] = s(engine->clusterDef);
        c["spec"]["topology"] = s(topologyId);
    }
    const KbTopologySpec *topology = engine->topology(topologyId);
    const DatastoreBinding *binding = m_openim.binding(d.engine);
    Json specs = Json::array();
    for (const QString &name : topology ? topology->components : QStringList()) {
        const KbComponentSpec *comp = engine->component(name);
        if (!comp)
            continue;
        const bool isData = comp->role == QLatin1String("data");
        Json spec;
        spec["name"] = s(name);
        if (engine->clusterDef.isEmpty())
            spec["componentDef"] = s(engine->componentDef);
        spec["serviceVersion"] = s(d.version);
        spec["replicas"] = isData ? d.replicas : comp->defaultReplicas;
        if (isData && binding && !binding->clusterEnv.isEmpty()) {
            Json env = Json::array();
            for (const NameValue &nv : binding->clusterEnv)
                env.push_back(plainEnv(nv.name, nv.value));
            spec["env"] = env;
        }
        spec["resources"] = resources(isData ? d.resources : comp->defaultResources);
        Json vcts = Json::array();
        for (const KbVolumeSpec &v : comp->volumes) {
            // Volumes without a catalog size (the data volume) take the stack's storage size.
            const Quantity size = v.defaultSize.isEmpty()
                                      ? d.storageSize
                                      : Quantity::parse(v.defaultSize).value_or(d.storageSize);
            vcts.push_back(volumeClaim(v.name, size, d.storageClass));
        }
        spec["volumeClaimTemplates"] = vcts;
        if (!d.exporter)
            spec["disableExporter"] = true;
        specs.push_back(spec);
    }
    c["spec"]["componentSpecs"] = specs;
    if (d.backup) {
        // KubeBlocks turns this into the BackupSchedule of the data component's BackupPolicy.
        Json backup;
        backup["enabled"] = d.backup->enabled;
        backup["method"] = s(d.backup->method);
        backup["cronExpression"] = s(d.backup->cron);
        backup["retentionPeriod"] = s(d.backup->retention);
        if (!d.backup->repo.isEmpty())
            backup["repoName"] = s(d.backup->repo);
        c["spec"]["backup"] = backup;
    }
    return c;
}

Json ManifestGenerator::deployment(const Stack &stack,
                                   const ComponentSpec &c,
                                   const OpenImComponentSpec &spec,
                                   const std::string &configHash) const
{
    const OpenImProfileSpec *profile = m_openim.profile(stack.profile.release);
    const ConfigGroupSpec *group = profile->group(spec.group);
    const QString imageRef = image(stack, c);
    Json podLabels = labels(stack, c.name);
    podLabels["app.kubernetes.io/name"] = s(c.name);
    podLabels["app.kubernetes.io/instance"] = s(stack.name);
    Json objectLabels = podLabels;
    objectLabels["app.kubernetes.io/version"] = s(imageRef.section(QLatin1Char(':'), -1));
    Json selector;
    selector["app.kubernetes.io/name"] = s(c.name);
    selector["app.kubernetes.io/instance"] = s(stack.name);

    Json env = Json::array();
    env.push_back(plainEnv(QStringLiteral("CONFIG_PATH"), profile->configPath));
    const QString prefix = group->envPrefix;
    const SecretSource &secret = stack.openim.secret;
    const bool generated = secret.kind == SecretSource::Kind::Generate;
    env.push_back(secretEnv(
        OpenImConfigRenderer::envName(prefix, QStringLiteral("share.yml"), group->shareSecretKey),
        generated ? QLatin1String(kOwnedSecretName) : secret.ref.name,
        generated ? QLatin1String(kShareSecretKey) : secret.ref.key));
    for (const OwnedConfigKey &owned : group->ownedKeys)
        env.push_back(secretEnv(OpenImConfigRenderer::envName(prefix, owned.configFile, owned.key),
                                QLatin1String(kOwnedSecretName),
                                owned.secretKey));
    for (const QString &engine : spec.datastores) {
        const DatastoreBinding *binding = m_openim.binding(engine);
        const auto ds = std::find_if(stack.datastores.cbegin(),
                                     stack.datastores.cend(),
                                     [&](const DatastoreSpec &d) { return d.engine == engine; });
        if (!binding || ds == stack.datastores.cend())
            continue;
        const QString account = m_kubeblocks.accountSecret(*ds);
        if (account.isEmpty())
            continue;
        for (const SecretEnvBinding &b : binding->env)
            env.push_back(
                secretEnv(OpenImConfigRenderer::envName(prefix, binding->configFile, b.configKey),
                          account,
                          b.secretKey));
    }
    const bool isPush = spec.id == QLatin1String("openim-push");
    QString fcmSecret;
    QString fcmKey;
    if (isPush) {
        for (const auto &[credential, ref] : stack.openim.push.credentials) {
            const QString key
                = OpenImConfigRenderer::pushCredentialKey(stack.openim.push.provider, credential);
            if (key.isEmpty()) {
                fcmSecret = ref.name;
                fcmKey = ref.key;
                continue;
            }
            env.push_back(secretEnv(
                OpenImConfigRenderer::envName(prefix, spec.configFile, key), ref.name, ref.key));
        }
    }
    for (const auto &[name, value] : c.env)
        env.push_back(plainEnv(name, value));

    Json container;
    container["name"] = s(c.name);
    container["image"] = s(imageRef);
    container["imagePullPolicy"] = "IfNotPresent";
    container["env"] = env;
    if (!spec.ports.isEmpty()) {
        Json ports = Json::array();
        for (const OpenImPort &p : spec.ports) {
            Json port;
            port["name"] = s(p.name);
            port["containerPort"] = p.port;
            port["protocol"] = "TCP";
            ports.push_back(port);
        }
        container["ports"] = ports;
    }
    container["resources"] = resources(c.resources);
    // OpenIM has no health endpoint; a listening main port is the honest signal (openim.md §5).
    if (!spec.probePort.isEmpty()) {
        Json readiness;
        readiness["tcpSocket"]["port"] = s(spec.probePort);
        readiness["initialDelaySeconds"] = 5;
        readiness["periodSeconds"] = 10;
        readiness["failureThreshold"] = 3;
        Json liveness;
        liveness["tcpSocket"]["port"] = s(spec.probePort);
        liveness["initialDelaySeconds"] = 30;
        liveness["periodSeconds"] = 20;
        liveness["failureThreshold"] = 6;
        container["readinessProbe"] = readiness;
        container["livenessProbe"] = liveness;
    }
    Json mount;
    mount["name"] = "config";
    mount["mountPath"] = s(profile->configPath);
    mount["readOnly"] = true;
    container["volumeMounts"] = Json::array({mount});

    Json volume;
    volume["name"] = "config";
    if (fcmSecret.isEmpty()) {
        volume["configMap"]["name"] = s(group->configMap);
    } else {
        // fcm.filePath is relative to the config directory, so the credentials file joins the
        // ConfigMap in one projected volume (a subPath mount inside a ConfigMap volume is fragile).
        Json cm;
        cm["configMap"]["name"] = s(group->configMap);
        Json sec;
        sec["secret"]["name"] = s(fcmSecret);
        Json item;
        item["key"] = s(fcmKey);
        item["path"] = OpenImConfigRenderer::kFcmFileName;
        sec["secret"]["items"] = Json::array({item});
        volume["projected"]["sources"] = Json::array({cm, sec});
    }

    Json podSpec;
    podSpec["serviceAccountName"] = kServiceAccountName;
    if (!stack.profile.imagePullSecrets.isEmpty()) {
        Json secrets = Json::array();
        for (const QString &name : stack.profile.imagePullSecrets)
            secrets.push_back(Json{{"name", s(name)}});
        podSpec["imagePullSecrets"] = secrets;
    }
    podSpec["containers"] = Json::array({container});
    podSpec["volumes"] = Json::array({volume});

    Json d;
    d["apiVersion"] = "apps/v1";
    d["kind"] = "Deployment";
    d["metadata"] = metadata(c.name, stack.ns, objectLabels);
    d["spec"]["replicas"] = c.replicas;
    d["spec"]["selector"]["matchLabels"] = selector;
    // A single-instance component (crontask: no lock in Kubernetes mode) must never overlap.
    if (spec.maxReplicas == 1)
        d["spec"]["strategy"]["type"] = "Recreate";
    d["spec"]["template"]["metadata"]["labels"] = objectLabels;
    d["spec"]["template"]["metadata"]["annotations"][kConfigHashAnnotation] = configHash;
    d["spec"]["template"]["spec"] = podSpec;
    return d;
}

ManifestSet ManifestGenerator::generate(const Stack &stack) const
{
    ManifestSet set;
    const OpenImProfileSpec *profile = m_openim.profile(stack.profile.release);
    const Json stackLabels = labels(stack, QString());

    Json ns;
    ns["apiVersion"] = "v1";
    ns["kind"] = "Namespace";
    ns["metadata"] = metadata(stack.ns, QString(), stackLabels);
    set.objects.push_back(ns);

    Json sa;
    sa["apiVersion"] = "v1";
    sa["kind"] = "ServiceAccount";
    sa["metadata"] = metadata(QLatin1String(kServiceAccountName), stack.ns, stackLabels);
    set.objects.push_back(sa);

    // What OpenIM's Kubernetes discovery reads (openim.md §3): Services and Endpoints (GetConns),
    // EndpointSlices (kuberesolver) and Pods (self lookup), in this namespace only.
    Json role;
    role["apiVersion"] = "rbac.authorization.k8s.io/v1";
    role["kind"] = "Role";
    role["metadata"] = metadata(QLatin1String(kRoleName), stack.ns, stackLabels);
    const Json verbs = Json::array({"get", "list", "watch"});
    Json core;
    core["apiGroups"] = Json::array({""});
    core["resources"] = Json::array({"services", "endpoints", "pods"});
    core["verbs"] = verbs;
    Json slices;
    slices["apiGroups"] = Json::array({"discovery.k8s.io"});
    slices["resources"] = Json::array({"endpointslices"});
    slices["verbs"] = verbs;
    role["rules"] = Json::array({core, slices});
    set.objects.push_back(role);

    Json binding;
    binding["apiVersion"] = "rbac.authorization.k8s.io/v1";
    binding["kind"] = "RoleBinding";
    binding["metadata"] = metadata(QLatin1String(kRoleName), stack.ns, stackLabels);
    binding["roleRef"]["apiGroup"] = "rbac.authorization.k8s.io";
    binding["roleRef"]["kind"] = "Role";
    binding["roleRef"]["name"] = kRoleName;
    Json subject;
    subject["kind"] = "ServiceAccount";
    subject["name"] = kServiceAccountName;
    subject["namespace"] = s(stack.ns);
    binding["subjects"] = Json::array({subject});
    set.objects.push_back(binding);

    for (const DatastoreSpec &d : stack.datastores) {
        if (m_kubeblocks.engine(d.engine) && !d.existing) // existing Clusters are not the stack's
            set.objects.push_back(cluster(stack, d));
    }

    if (!profile)
        return set;

    // One ConfigMap per config group (Chat has its own schema and file names).
    const OpenImConfigRenderer renderer(m_openim, m_kubeblocks);
    QHash<QString, std::string> configHashes;
    QStringList ownedKeys;
    if (stack.openim.secret.kind == SecretSource::Kind::Generate)
        ownedKeys.append(QLatin1String(kShareSecretKey));
    for (const ConfigGroupSpec &group : profile->groups) {
        if (group.id == QLatin1String("chat") && !stack.profile.chat)
            continue;
        const Json files = renderer.render(stack, group.id);
        Json data = Json::object();
        if (files.is_object()) {
            for (auto it = files.begin(); it != files.end(); ++it)
                data[it.key()] = YamlWriter::write(it.value()).toStdString();
        }
        Json cm;
        cm["apiVersion"] = "v1";
        cm["kind"] = "ConfigMap";
        cm["metadata"] = metadata(group.configMap, stack.ns, stackLabels);
        cm["data"] = data;
        set.objects.push_back(cm);
        // Pods restart when their configuration changes (a ConfigMap edit alone does not).
        configHashes.insert(group.id,
                            QCryptographicHash::hash(QByteArray::fromStdString(data.dump()),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .toStdString());
        for (const OwnedConfigKey &owned : group.ownedKeys)
            ownedKeys.append(owned.secretKey);
    }
    if (!ownedKeys.isEmpty())
        set.ownedSecrets.append({QLatin1String(kOwnedSecretName), ownedKeys, 32});

    // Components in start order (tier, then catalog order), independent of file order.
    QList<std::pair<const ComponentSpec *, const OpenImComponentSpec *>> ordered;
    for (const OpenImComponentSpec &spec : m_openim.components()) {
        const ComponentSpec *c = stack.component(spec.id);
        if (c && configHashes.contains(spec.group))
            ordered.append({c, &spec});
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.second->startTier < b.second->startTier;
    });

    for (const auto &[c, spec] : ordered) {
        Json selector;
        selector["app.kubernetes.io/name"] = s(c->name);
        selector["app.kubernetes.io/instance"] = s(stack.name);
        if (!spec->service.isEmpty() && !spec->ports.isEmpty()) {
            Json svc;
            svc["apiVersion"] = "v1";
            svc["kind"] = "Service";
            svc["metadata"] = metadata(spec->service, stack.ns, labels(stack, c->name));
            svc["spec"]["type"] = "ClusterIP";
            svc["spec"]["selector"] = selector;
            Json ports = Json::array();
            for (const OpenImPort &p : spec->ports)
                ports.push_back(servicePort(p));
            svc["spec"]["ports"] = ports;
            set.objects.push_back(svc);
        }
        // An Ingress routes the host to the exposable ports of the (internal) discovery Service.
        if (c->exposure.type == QLatin1String("Ingress") && !spec->exposable.isEmpty() && !spec->service.isEmpty()) {
            Json ing;
            ing["apiVersion"] = "networking.k8s.io/v1";
            ing["kind"] = "Ingress";
            ing["metadata"] = metadata(spec->service, stack.ns, labels(stack, c->name));
            if (!c->exposure.ingressClass.isEmpty())
                ing["spec"]["ingressClassName"] = s(c->exposure.ingressClass);
            Json paths = Json::array();
            for (const QString &name : spec->exposable) {
                Json backend;
                backend["service"]["name"] = s(spec->service);
                backend["service"]["port"]["name"] = s(name);
                paths.push_back(Json{{"path", "/"}, {"pathType", "Prefix"}, {"backend", backend}});
            }
            Json rule;
            rule["host"] = s(c->exposure.host);
            rule["http"]["paths"] = paths;
            ing["spec"]["rules"] = Json::array({rule});
            set.objects.push_back(ing);
        }
        // Exposure gets its own Service so the discovery Service keeps gRPC first and internal.
        else if (c->exposure.type != QLatin1String("ClusterIP") && !spec->exposable.isEmpty()) {
            Json svc;
            svc["apiVersion"] = "v1";
            svc["kind"] = "Service";
            svc["metadata"]
                = metadata(externalServiceName(*spec), stack.ns, labels(stack, c->name));
            svc["spec"]["type"] = s(c->exposure.type);
            svc["spec"]["selector"] = selector;
            Json ports = Json::array();
            for (const QString &name : spec->exposable) {
                Json port = servicePort(*spec->port(name));
                if (c->exposure.type == QLatin1String("NodePort") && c->exposure.nodePort != 0
                    && ports.empty())
                    port["nodePort"] = c->exposure.nodePort;
                ports.push_back(port);
            }
            svc["spec"]["ports"] = ports;
            set.objects.push_back(svc);
        }
    }
    for (const auto &[c, spec] : ordered)
        set.objects.push_back(deployment(stack, *c, *spec, configHashes.value(spec->group)));
    return set;
}

} // namespace sd
