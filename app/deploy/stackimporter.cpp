#include "deploy/stackimporter.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "deploy/yamldocuments.h"
#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/stackvalidator.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace sd {

namespace {

using Json = nlohmann::json;

QString str(const Json &o, std::initializer_list<const char *> path)
{
    const Json *cur = &o;
    for (const char *p : path) {
        if (!cur->is_object() || !cur->contains(p))
            return {};
        cur = &(*cur)[p];
    }
    if (cur->is_string())
        return QString::fromStdString(cur->get<std::string>());
    if (cur->is_number())
        return QString::fromStdString(cur->dump());
    return {};
}

const Json &at(const Json &o, std::initializer_list<const char *> path)
{
    static const Json null;
    const Json *cur = &o;
    for (const char *p : path) {
        if (!cur->is_object() || !cur->contains(p))
            return null;
        cur = &(*cur)[p];
    }
    return *cur;
}

// "docker.io/openim/openim-api:v3.8.3" -> {"docker.io/openim/openim-api", "v3.8.3"}
std::pair<QString, QString> splitImage(QString image)
{
    QString tag;
    const int at = int(image.indexOf(QLatin1Char('@')));
    if (at >= 0)
        image = image.left(at);
    const int slash = int(image.lastIndexOf(QLatin1Char('/')));
    const int colon = int(image.lastIndexOf(QLatin1Char(':')));
    if (colon > slash) {
        tag = image.mid(colon + 1);
        image = image.left(colon);
    }
    // Docker Hub short forms: "redis" -> docker.io/library/redis, "openim/x" -> docker.io/openim/x.
    const QString first = image.section(QLatin1Char('/'), 0, 0);
    if (!image.contains(QLatin1Char('/')))
        image = QStringLiteral("docker.io/library/") + image;
    else if (!first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':')) && first != QLatin1String("localhost"))
        image = QStringLiteral("docker.io/") + image;
    return {image, tag};
}

QString imageName(const QString &repository)
{
    return repository.section(QLatin1Char('/'), -1);
}

const Json &firstContainer(const Json &workload)
{
    const Json &containers = at(workload, {"spec", "template", "spec", "containers"});
    static const Json null;
    return containers.is_array() && !containers.empty() ? containers[0] : null;
}

// Datastore engines recognised by the image name of a hand-made StatefulSet.
QString engineForImage(const QString &name)
{
    if (name == QLatin1String("mongo") || name == QLatin1String("mongodb"))
        return QStringLiteral("mongodb");
    if (name == QLatin1String("redis"))
        return QStringLiteral("redis");
    if (name == QLatin1String("kafka"))
        return QStringLiteral("kafka");
    if (name == QLatin1String("minio"))
        return QStringLiteral("minio");
    if (name == QLatin1String("mysql"))
        return QStringLiteral("mysql");
    return {};
}

std::optional<Quantity> quantity(const Json &value)
{
    if (value.is_string())
        return Quantity::parse(QString::fromStdString(value.get<std::string>()));
    if (value.is_number())
        return Quantity::parse(QString::fromStdString(value.dump()));
    return std::nullopt;
}

bool readResources(const Json &resources, ResourceSpec *out)
{
    const auto cpuReq = quantity(at(resources, {"requests", "cpu"}));
    const auto memReq = quantity(at(resources, {"requests", "memory"}));
    const auto cpuLim = quantity(at(resources, {"limits", "cpu"}));
    const auto memLim = quantity(at(resources, {"limits", "memory"}));
    if (!cpuReq && !memReq && !cpuLim && !memLim)
        return false;
    out->cpuRequest = cpuReq.value_or(cpuLim.value_or(out->cpuRequest));
    out->memoryRequest = memReq.value_or(memLim.value_or(out->memoryRequest));
    out->cpuLimit = cpuLim.value_or(std::max(out->cpuLimit, out->cpuRequest));
    out->memoryLimit = memLim.value_or(std::max(out->memoryLimit, out->memoryRequest));
    return true;
}

int clampReplicas(int replicas, const KbComponentSpec &c)
{
    int r = std::clamp(replicas, c.minReplicas, std::max(c.minReplicas, c.maxReplicas));
    if (c.replicaRule == QLatin1String("odd") && r % 2 == 0)
        r = r + 1 <= c.maxReplicas ? r + 1 : r - 1;
    if (c.replicaRule == QLatin1String("even") && r % 2 == 1)
        r = r + 1 <= c.maxReplicas ? r + 1 : r - 1;
    return std::max(r, c.minReplicas);
}

bool selects(const Json &selector, const Json &labels)
{
    if (!selector.is_object() || selector.empty() || !labels.is_object())
        return false;
    for (auto it = selector.begin(); it != selector.end(); ++it) {
        if (!labels.contains(it.key()) || labels[it.key()] != it.value())
            return false;
    }
    return true;
}

struct Importer
{
    const OpenImCatalog &openim = OpenImCatalog::builtIn();
    const KubeBlocksCatalog &kb = KubeBlocksCatalog::builtIn();
    StackImporter::Result result;
    Stack stack;
    QString registry;
    std::vector<std::pair<QString, Json>> podLabels; // component -> pod template labels
    std::map<QString, Json> claims;                  // PVC name -> object

    void addComponent(const Json &workload, const OpenImComponentSpec &spec, const QString &repository, const QString &tag)
    {
        const QString what = KubeObject::display(workload);
        if (stack.component(spec.id)) {
            result.unmapped.append(Tr::tr("%1: a second workload for component %2; only the first is kept.").arg(what, spec.id));
            return;
        }
        ComponentSpec c;
        c.name = spec.id;
        c.replicas = int(at(workload, {"spec", "replicas"}).is_number_integer() ? at(workload, {"spec", "replicas"}).get<int>() : 1);
        if (spec.maxReplicas > 0 && c.replicas > spec.maxReplicas) {
            result.unmapped.append(Tr::tr("%1: %2 replicas reduced to %3 (it must not run twice).")
                                       .arg(what).arg(c.replicas).arg(spec.maxReplicas));
            c.replicas = spec.maxReplicas;
        }
        c.replicas = std::max(c.replicas, 1);
        c.resources = spec.resources;
        if (!readResources(firstContainer(workload).value("resources", Json::object()), &c.resources))
            result.unmapped.append(Tr::tr("%1: no resources set; the catalog's sizes are used.").arg(what));
        // Known registry prefix: the profile's registry; anything else: the image as it is.
        bool known = false;
        for (const RegistrySpec &r : openim.registries()) {
            if (repository == r.prefix + QLatin1Char('/') + spec.image) {
                known = true;
                if (registry.isEmpty())
                    registry = r.id;
                else if (registry != r.id)
                    c.image = repository;
            }
        }
        if (!known)
            c.image = repository;
        const OpenImProfileSpec *profile = openim.profiles().isEmpty() ? nullptr : &openim.profiles().first();
        const QString defaultTag = profile ? (spec.group == QLatin1String("chat") ? profile->chatTag : profile->serverTag) : QString();
        if (!tag.isEmpty() && tag != defaultTag)
            c.tag = tag;
        const Json &env = firstContainer(workload).value("env", Json::array());
        if (env.is_array() && !env.empty())
            result.unmapped.append(Tr::tr("%1: %n environment variable(s) not imported; Stackdeck generates the "
                                          "configuration and wires credentials itself.", nullptr, int(env.size()))
                                       .arg(what));
        stack.components.append(c);
        podLabels.emplace_back(spec.id, at(workload, {"spec", "template", "metadata", "labels"}));
        result.mapped.append(Tr::tr("%1 → component %2").arg(what, spec.id));
    }

    QString datastoreName(const QString &engine) const
    {
        return QStringLiteral("%1-cluster").arg(engine);
    }

    void addDatastore(DatastoreSpec d, const QString &what)
    {
        for (const DatastoreSpec &existing : stack.datastores) {
            if (existing.engine == d.engine) {
                result.unmapped.append(Tr::tr("%1: a second %2 datastore; OpenIM uses one, only the first is kept.").arg(what, d.engine));
                return;
            }
        }
        stack.datastores.append(d);
    }

    void addCluster(const Json &cluster)
    {
        const QString what = KubeObject::display(cluster);
        QString engineId = str(cluster, {"spec", "clusterDef"});
        const Json &specs = at(cluster, {"spec", "componentSpecs"});
        if (engineId.isEmpty() && specs.is_array() && !specs.empty()) {
            const QString def = str(specs[0], {"componentDef"});
            for (const KbEngineSpec &e : kb.engines()) {
                if (!e.componentDef.isEmpty() && def.startsWith(e.componentDef))
                    engineId = e.id;
            }
        }
        const KbEngineSpec *engine = kb.engine(engineId);
        if (!engine) {
            result.unmapped.append(Tr::tr("%1: engine \"%2\" is not one OpenIM uses.").arg(what, engineId));
            return;
        }
        DatastoreSpec d;
        d.name = KubeObject::name(cluster);
        d.engine = engine->id;
        d.topology = engine->clusterDef.isEmpty() ? QString() : str(cluster, {"spec", "topology"});
        if (!engine->clusterDef.isEmpty() && d.topology.isEmpty())
            d.topology = engine->defaultTopology;
        d.terminationPolicy = str(cluster, {"spec", "terminationPolicy"});
        const KbComponentSpec *data = engine->dataComponent();
        d.version = engine->defaultVersion;
        d.storageSize = engine->defaultStorage;
        if (data)
            d.resources = data->defaultResources;
        for (const Json &spec : specs.is_array() ? specs : Json::array()) {
            if (!data || str(spec, {"name"}) != data->name)
                continue;
            if (!str(spec, {"serviceVersion"}).isEmpty())
                d.version = str(spec, {"serviceVersion"});
            if (spec.value("replicas", Json()).is_number_integer())
                d.replicas = spec["replicas"].get<int>();
            readResources(spec.value("resources", Json::object()), &d.resources);
            for (const Json &vct : spec.value("volumeClaimTemplates", Json::array())) {
                if (str(vct, {"name"}) == QLatin1String("data")) {
                    if (const auto q = quantity(at(vct, {"spec", "resources", "requests", "storage"})))
                        d.storageSize = *q;
                    d.storageClass = str(vct, {"spec", "storageClassName"});
                }
            }
        }
        addDatastore(d, what);
        result.mapped.append(Tr::tr("%1 → datastore %2 (%3)").arg(what, d.name, d.engine));
    }

    void addWorkloadDatastore(const Json &workload, const QString &engineId, const QString &tag)
    {
        const QString what = KubeObject::display(workload);
        const KbEngineSpec *engine = kb.engine(engineId);
        const KbComponentSpec *data = engine ? engine->dataComponent() : nullptr;
        if (!engine || !data) {
            result.unmapped.append(Tr::tr("%1: no KubeBlocks engine for it.").arg(what));
            return;
        }
        DatastoreSpec d;
        d.name = datastoreName(engineId);
        d.engine = engineId;
        d.topology = engine->defaultTopology;
        d.version = engine->defaultVersion;
        d.terminationPolicy = engine->defaultTerminationPolicy;
        d.storageSize = engine->defaultStorage;
        d.resources = data->defaultResources;
        const int replicas = at(workload, {"spec", "replicas"}).is_number_integer() ? at(workload, {"spec", "replicas"}).get<int>() : 1;
        d.replicas = clampReplicas(replicas, *data);
        readResources(firstContainer(workload).value("resources", Json::object()), &d.resources);
        // Storage: a volumeClaimTemplate, or a PersistentVolumeClaim a pod volume names.
        for (const Json &vct : at(workload, {"spec", "volumeClaimTemplates"}).is_array() ? at(workload, {"spec", "volumeClaimTemplates"}) : Json::array()) {
            if (const auto q = quantity(at(vct, {"spec", "resources", "requests", "storage"}))) {
                d.storageSize = *q;
                break;
            }
        }
        for (const Json &v : at(workload, {"spec", "template", "spec", "volumes"}).is_array() ? at(workload, {"spec", "template", "spec", "volumes"}) : Json::array()) {
            const QString claim = str(v, {"persistentVolumeClaim", "claimName"});
            const auto it = claims.find(claim);
            if (it != claims.end()) {
                if (const auto q = quantity(at(it->second, {"spec", "resources", "requests", "storage"})))
                    d.storageSize = *q;
            }
        }
        QString note = Tr::tr("%1 (image tag %2) → KubeBlocks datastore %3 (%4 %5, %n replica(s)); its data is not migrated.",
                              nullptr, d.replicas)
                           .arg(what, tag.isEmpty() ? Tr::tr("none") : tag, d.name, d.engine, d.version);
        if (d.replicas != replicas)
            note += QLatin1Char(' ') + Tr::tr("Replicas changed from %1 to fit the engine's rules.").arg(replicas);
        addDatastore(d, what);
        result.mapped.append(note);
    }

    void readConfigMap(const Json &cm)
    {
        const QString what = KubeObject::display(cm);
        const Json &data = cm.value("data", Json::object());
        if (!data.is_object() || !data.contains("share.yml")) {
            result.unmapped.append(Tr::tr("%1: not OpenIM's configuration; Stackdeck generates its own.").arg(what));
            return;
        }
        try {
            const YAML::Node share = YAML::Load(data["share.yml"].get<std::string>());
            QStringList ids;
            QStringList names;
            if (share["imAdminUser"] && share["imAdminUser"]["userIDs"]) {
                for (const auto &n : share["imAdminUser"]["userIDs"])
                    ids.append(QString::fromStdString(n.as<std::string>()));
                if (share["imAdminUser"]["nicknames"]) {
                    for (const auto &n : share["imAdminUser"]["nicknames"])
                        names.append(QString::fromStdString(n.as<std::string>()));
                }
            } else if (share["imAdminUserID"]) {
                for (const auto &n : share["imAdminUserID"])
                    ids.append(QString::fromStdString(n.as<std::string>()));
            }
            for (int i = 0; i < ids.size(); ++i)
                stack.openim.adminUsers.append({ids[i], names.value(i, ids[i])});
            if (data.contains("log.yml")) {
                const YAML::Node log = YAML::Load(data["log.yml"].get<std::string>());
                if (log["remainLogLevel"])
                    stack.openim.logLevel = std::clamp(log["remainLogLevel"].as<int>(), 0, 6);
                if (log["isJson"])
                    stack.openim.logJson = log["isJson"].as<bool>();
            }
            if (data.contains("minio.yml")) {
                const YAML::Node minio = YAML::Load(data["minio.yml"].get<std::string>());
                if (minio["externalAddress"])
                    stack.openim.minioExternalAddress = QString::fromStdString(minio["externalAddress"].as<std::string>());
            }
        } catch (const YAML::Exception &e) {
            result.unmapped.append(Tr::tr("%1: unreadable configuration: %2").arg(what, QString::fromStdString(e.msg)));
            return;
        }
        result.mapped.append(Tr::tr("%1 → admin users, log settings and MinIO's external address; the shared "
                                    "secret is not imported (Stackdeck generates a new one).")
                                 .arg(what));
    }

    void readService(const Json &svc)
    {
        const QString what = KubeObject::display(svc);
        const QString type = str(svc, {"spec", "type"});
        const Json &selector = at(svc, {"spec", "selector"});
        for (const auto &[component, labels] : podLabels) {
            if (!selects(selector, labels))
                continue;
            if (type == QLatin1String("NodePort") || type == QLatin1String("LoadBalancer")) {
                const OpenImComponentSpec *spec = openim.component(component);
                if (spec && !spec->exposable.isEmpty()) {
                    for (ComponentSpec &c : stack.components) {
                        if (c.name != component)
                            continue;
                        c.exposure.type = type;
                        const Json &ports = at(svc, {"spec", "ports"});
                        if (type == QLatin1String("NodePort") && ports.is_array()) {
                            for (const Json &p : ports) {
                                const OpenImPort *first = spec->port(spec->exposable.first());
                                if (first && p.value("port", 0) == first->port && p.value("nodePort", 0) > 0)
                                    c.exposure.nodePort = p["nodePort"].get<int>();
                            }
                        }
                    }
                    result.mapped.append(Tr::tr("%1 → exposure %2 of %3").arg(what, type, component));
                    return;
                }
            }
            result.mapped.append(Tr::tr("%1 → generated by Stackdeck for %2 (valid port names, gRPC first)").arg(what, component));
            return;
        }
        result.unmapped.append(Tr::tr("%1: selects nothing Stackdeck imported.").arg(what));
    }

    void run(const std::vector<Json> &objects, const QString &stackName, const QString &ns)
    {
        stack.name = stackName;
        stack.ns = ns;
        stack.profile.release = openim.profiles().isEmpty() ? QString() : openim.profiles().first().id;
        stack.openim.secret.kind = SecretSource::Kind::Generate;
        for (const Json &o : objects) {
            if (KubeObject::kind(o) == QLatin1String("PersistentVolumeClaim"))
                claims[KubeObject::name(o)] = o;
        }
        // Workloads first: Services are matched against the pods they select.
        std::vector<const Json *> later;
        for (const Json &o : objects) {
            const QString kind = KubeObject::kind(o);
            const QString what = KubeObject::display(o);
            if (!o.is_object() || kind.isEmpty()) {
                result.unmapped.append(Tr::tr("A document without a kind."));
                continue;
            }
            if (stack.ns.isEmpty() && !KubeObject::ns(o).isEmpty())
                stack.ns = KubeObject::ns(o);
            if (kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet")) {
                const auto [repository, tag] = splitImage(str(firstContainer(o), {"image"}));
                const QString name = imageName(repository);
                const OpenImComponentSpec *spec = nullptr;
                for (const OpenImComponentSpec &s : openim.components()) {
                    if (s.image == name)
                        spec = &s;
                }
                if (spec) {
                    addComponent(o, *spec, repository, tag);
                } else if (const QString engine = engineForImage(name); !engine.isEmpty()) {
                    addWorkloadDatastore(o, engine, tag);
                } else {
                    result.unmapped.append(Tr::tr("%1: image %2 is neither an OpenIM component nor a datastore.")
                                               .arg(what, repository));
                }
            } else if (kind == QLatin1String("Cluster") && KubeObject::apiVersion(o).startsWith(QLatin1String("apps.kubeblocks.io/"))) {
                addCluster(o);
            } else if (kind == QLatin1String("Namespace")) {
                if (stack.ns.isEmpty())
                    stack.ns = KubeObject::name(o);
                result.mapped.append(Tr::tr("%1 → the stack's namespace").arg(what));
            } else {
                later.push_back(&o);
            }
        }
        for (const Json *o : later) {
            const QString kind = KubeObject::kind(*o);
            const QString what = KubeObject::display(*o);
            if (kind == QLatin1String("Service"))
                readService(*o);
            else if (kind == QLatin1String("ConfigMap"))
                readConfigMap(*o);
            else if (kind == QLatin1String("Secret"))
                result.unmapped.append(Tr::tr("%1: credentials are never copied into a stack; KubeBlocks and "
                                              "Stackdeck create their own.").arg(what));
            else if (kind == QLatin1String("PersistentVolumeClaim") || kind == QLatin1String("PersistentVolume"))
                result.unmapped.append(Tr::tr("%1: storage is created by KubeBlocks; the size was used where a "
                                              "workload referred to it.").arg(what));
            else if (kind.contains(QLatin1String("Role")) || kind == QLatin1String("ServiceAccount"))
                result.unmapped.append(Tr::tr("%1: Stackdeck generates the RBAC OpenIM's discovery needs.").arg(what));
            else
                result.unmapped.append(Tr::tr("%1: no stack equivalent.").arg(what));
        }
        if (stack.components.isEmpty() && stack.datastores.isEmpty())
            return;
        if (stack.ns.isEmpty())
            stack.ns = QStringLiteral("openim");
        stack.profile.registry = registry.isEmpty() ? QStringLiteral("dockerhub") : registry;
        if (stack.openim.adminUsers.isEmpty())
            stack.openim.adminUsers.append({QStringLiteral("imAdmin"), QStringLiteral("superAdmin")});
        // Edges from the catalog's wiring between the nodes found (catalog order: deterministic).
        for (const OpenImComponentSpec &spec : openim.components()) {
            if (!stack.component(spec.id))
                continue;
            for (const QString &callee : spec.calls) {
                if (stack.component(callee))
                    stack.edges.append({spec.id, callee, {}});
            }
            for (const QString &engine : spec.datastores) {
                for (const DatastoreSpec &d : stack.datastores) {
                    if (d.engine == engine)
                        stack.edges.append({spec.id, d.name, {}});
                }
            }
        }
        result.issues = StackValidator().validate(stack);
        result.stack = stack;
    }
};

} // namespace

StackImporter::Result StackImporter::fromObjects(const std::vector<Json> &objects, const QString &stackName,
                                                 const QString &ns)
{
    Importer importer;
    importer.run(objects, stackName, ns);
    return importer.result;
}

StackImporter::Result StackImporter::fromPath(const QString &path, const QString &stackName, const QString &ns)
{
    QStringList files;
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator it(path, {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
    } else {
        files.append(path);
    }
    std::vector<Json> objects;
    StackIssues unreadable;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            unreadable.append({StackIssue::Severity::Error, file, 0, 0, Tr::tr("Cannot read the file: %1").arg(f.errorString())});
            continue;
        }
        QString error;
        const auto docs = YamlDocuments::parse(f.readAll(), &error);
        if (!docs) {
            unreadable.append({StackIssue::Severity::Error, file, 0, 0, Tr::tr("Not valid YAML: %1").arg(error)});
            continue;
        }
        objects.insert(objects.end(), docs->begin(), docs->end());
    }
    Result result = fromObjects(objects, stackName, ns);
    result.issues = unreadable + result.issues;
    return result;
}

bool StackImporter::looksLikeOpenIm(const Json &object)
{
    const QString image = imageName(splitImage(str(firstContainer(object), {"image"})).first);
    for (const OpenImComponentSpec &s : OpenImCatalog::builtIn().components()) {
        if (s.image == image)
            return true;
    }
    if (!engineForImage(image).isEmpty())
        return true;
    const QString partOf = KubeObject::label(object, "app.kubernetes.io/part-of");
    const QString app = KubeObject::label(object, "app");
    return partOf.contains(QLatin1String("openim"), Qt::CaseInsensitive)
           || app.contains(QLatin1String("openim"), Qt::CaseInsensitive)
           || app.endsWith(QLatin1String("-rpc-server"));
}

} // namespace sd
