#include "deploy/designdrift.h"

#include "deploy/kubeobject.h"
#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"

#include <algorithm>

namespace sd {

using Json = nlohmann::json;

namespace {

bool startsWith(const std::string &text, const char *prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// True when `element` has every key/value of `key` (a "k:" entry's associative key).
bool matchesKey(const Json &element, const Json &key)
{
    if (!element.is_object() || !key.is_object())
        return false;
    for (auto it = key.begin(); it != key.end(); ++it) {
        if (!element.contains(it.key()) || element[it.key()] != it.value())
            return false;
    }
    return true;
}

// What compares: neither server bookkeeping nor the identity (which managedFields never list).
Json comparable(const Json &object)
{
    Json out = ManifestDiff::normalized(object);
    out.erase("apiVersion");
    out.erase("kind");
    if (out.contains("metadata") && out["metadata"].is_object()) {
        out["metadata"].erase("name");
        out["metadata"].erase("namespace");
        if (out["metadata"].empty())
            out.erase("metadata");
    }
    return out;
}

const Json *byName(const std::vector<Json> &objects, const QString &name)
{
    const auto it = std::find_if(objects.cbegin(), objects.cend(),
                                 [&](const Json &o) { return KubeObject::name(o) == name; });
    return it == objects.cend() ? nullptr : &*it;
}

// `desired` with what the server added inside `live` (defaults) where `desired` says nothing.
Json overlay(const Json &desired, const Json &live)
{
    if (desired.is_object() && live.is_object()) {
        Json out = desired;
        for (auto it = live.begin(); it != live.end(); ++it)
            out[it.key()] = desired.contains(it.key()) ? overlay(desired[it.key()], it.value()) : it.value();
        return out;
    }
    if (desired.is_array() && live.is_array() && desired.size() == live.size()) {
        Json out = Json::array();
        for (size_t i = 0; i < desired.size(); ++i)
            out.push_back(overlay(desired[i], live[i]));
        return out;
    }
    return desired;
}

// `desired` made comparable with the live object's owned part: inside a value stackdeck owns as a
// whole (an atomic list or map, a leaf of fieldsV1), fields the server defaulted are not drift.
// Elsewhere the owned fields are listed one by one, so a default is never among them.
Json align(const Json &desired, const Json &live, const Json &fields)
{
    if (!fields.is_object() || fields.empty())
        return overlay(desired, live);
    if (desired.is_object() && live.is_object()) {
        Json out = desired;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!startsWith(it.key(), "f:"))
                continue;
            const std::string name = it.key().substr(2);
            if (desired.contains(name) && live.contains(name))
                out[name] = align(desired[name], live[name], it.value());
        }
        return out;
    }
    if (desired.is_array() && live.is_array()) {
        Json out = desired;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!startsWith(it.key(), "k:"))
                continue;
            const Json key = Json::parse(it.key().substr(2), nullptr, false);
            for (size_t i = 0; i < desired.size(); ++i) {
                if (!matchesKey(desired[i], key))
                    continue;
                for (const Json &element : live) {
                    if (matchesKey(element, key))
                        out[i] = align(desired[i], element, it.value());
                }
            }
        }
        return out;
    }
    return desired;
}

QString engineOf(const Json &cluster)
{
    const Json spec = cluster.value("spec", Json::object());
    const QString clusterDef = QString::fromStdString(spec.value("clusterDef", std::string()));
    QString componentDef;
    if (spec.contains("componentSpecs") && spec["componentSpecs"].is_array() && !spec["componentSpecs"].empty())
        componentDef = QString::fromStdString(spec["componentSpecs"][0].value("componentDef", std::string()));
    for (const KbEngineSpec &engine : KubeBlocksCatalog::builtIn().engines()) {
        if (!clusterDef.isEmpty() && clusterDef == engine.clusterDef)
            return engine.id;
        if (clusterDef.isEmpty() && !engine.componentDef.isEmpty() && componentDef.startsWith(engine.componentDef))
            return engine.id;
    }
    return {};
}

} // namespace

Json DesignDrift::project(const Json &object, const Json &fields)
{
    if (!fields.is_object() || fields.empty())
        return object; // a leaf: the whole value is owned
    if (object.is_object()) {
        Json out = Json::object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!startsWith(it.key(), "f:"))
                continue;
            const std::string name = it.key().substr(2);
            if (object.contains(name))
                out[name] = project(object[name], it.value());
        }
        return out;
    }
    if (object.is_array()) {
        Json out = Json::array();
        for (size_t i = 0; i < object.size(); ++i) {
            const Json &element = object[i];
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const std::string &key = it.key();
                bool owned = false;
                if (startsWith(key, "k:"))
                    owned = matchesKey(element, Json::parse(key.substr(2), nullptr, false));
                else if (startsWith(key, "v:"))
                    owned = element == Json::parse(key.substr(2), nullptr, false);
                else if (startsWith(key, "i:"))
                    owned = key.substr(2) == std::to_string(i);
                if (owned) {
                    Json projected = project(element, it.value());
                    // The associative key identifies the item even where fieldsV1 leaves it out.
                    if (startsWith(key, "k:") && projected.is_object()) {
                        const Json k = Json::parse(key.substr(2), nullptr, false);
                        for (auto kv = k.begin(); k.is_object() && kv != k.end(); ++kv)
                            projected[kv.key()] = kv.value();
                    }
                    out.push_back(std::move(projected));
                    break;
                }
            }
        }
        return out;
    }
    return object;
}

Json DesignDrift::appliedFields(const Json &object, const std::string &manager)
{
    const Json metadata = object.value("metadata", Json::object());
    if (!metadata.contains("managedFields") || !metadata["managedFields"].is_array())
        return nullptr;
    for (const Json &entry : metadata["managedFields"]) {
        if (entry.value("manager", std::string()) == manager && entry.value("operation", std::string()) == "Apply"
            && entry.value("subresource", std::string()).empty())
            return entry.value("fieldsV1", Json::object());
    }
    return nullptr;
}

DriftReport DesignDrift::evaluate(const Stack &stack, const std::vector<Json> &deployments,
                                  const std::vector<Json> &clusters)
{
    DriftReport report;
    report.stackName = stack.name;
    QHash<QString, Json> desired; // node -> its Deployment or Cluster as generated now
    for (const nlohmann::ordered_json &ordered : ManifestGenerator().generate(stack).objects) {
        const Json object = KubeObject::fromOrdered(ordered);
        const QString kind = KubeObject::kind(object);
        if (kind == QLatin1String("Deployment") || kind == QLatin1String("Cluster"))
            desired.insert(KubeObject::name(object), object);
    }
    QSet<QString> nodes;
    auto check = [&](const QString &name, const std::vector<Json> &live, bool existing) {
        nodes.insert(name);
        const Json *object = byName(live, name);
        if (!object)
            return;
        report.live.insert(name);
        if (existing || !desired.contains(name))
            return;
        const Json owned = appliedFields(*object, ManifestGenerator::kManagedBy);
        const Json projected = owned.is_null() ? Json::object() : project(*object, owned);
        const Json expected = owned.is_null() ? desired.value(name) : align(desired.value(name), *object, owned);
        const QList<FieldChange> changes = ManifestDiff::diff(comparable(projected), comparable(expected));
        if (!changes.isEmpty()) {
            report.modified.insert(name);
            report.changes.insert(name, changes);
        }
    };
    for (const DatastoreSpec &d : stack.datastores)
        check(d.name, clusters, d.existing);
    for (const ComponentSpec &c : stack.components)
        check(c.name, deployments, false);

    for (const Json &d : deployments) {
        if (!nodes.contains(KubeObject::name(d)))
            report.unmanaged.append({KubeObject::name(d), QStringLiteral("Deployment"), {}});
    }
    for (const Json &c : clusters) {
        if (!nodes.contains(KubeObject::name(c)))
            report.unmanaged.append({KubeObject::name(c), QStringLiteral("Cluster"), engineOf(c)});
    }
    std::sort(report.unmanaged.begin(), report.unmanaged.end(),
              [](const UnmanagedObject &a, const UnmanagedObject &b) { return a.name < b.name; });
    return report;
}

} // namespace sd
