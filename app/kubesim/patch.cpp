#include "kubesim/patch.h"

#include <functional>
#include <stdexcept>

namespace sd::sim {

namespace {
using json = nlohmann::json;

bool matchesKey(const json &element, const json &other, const std::vector<std::string> &keys)
{
    if (!element.is_object() || !other.is_object())
        return false;
    for (const std::string &k : keys) {
        auto a = element.find(k);
        auto b = other.find(k);
        if (a == element.end() || b == other.end() || *a != *b)
            return false;
    }
    return true;
}

json mergeList(const std::string &field, const json &original, const json &patch, const json &order);

json mergeMap(const json &original, const json &patch)
{
    if (!patch.is_object())
        return patch;
    json result = original.is_object() ? original : json::object();
    if (auto p = patch.find("$patch"); p != patch.end()) {
        if (*p == "replace") {
            json replaced = patch;
            replaced.erase("$patch");
            return replaced;
        }
        if (*p == "delete")
            return nullptr;
        throw std::invalid_argument("unknown patch type: " + p->dump());
    }
    if (auto rk = patch.find("$retainKeys"); rk != patch.end()) {
        if (!rk->is_array())
            throw std::invalid_argument("$retainKeys must be a list");
        for (auto it = result.begin(); it != result.end();) {
            if (std::find(rk->begin(), rk->end(), json(it.key())) == rk->end())
                it = result.erase(it);
            else
                ++it;
        }
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const std::string &key = it.key();
        if (key == "$retainKeys" || key.rfind("$setElementOrder/", 0) == 0)
            continue;
        if (key.rfind("$deleteFromPrimitiveList/", 0) == 0) {
            const std::string field = key.substr(25);
            if (result.contains(field) && result[field].is_array() && it->is_array()) {
                json kept = json::array();
                for (const auto &v : result[field]) {
                    if (std::find(it->begin(), it->end(), v) == it->end())
                        kept.push_back(v);
                }
                result[field] = kept;
            }
            continue;
        }
        if (it->is_null()) {
            result.erase(key);
            continue;
        }
        const json current = result.contains(key) ? result[key] : json();
        if (it->is_object()) {
            json merged = mergeMap(current, *it);
            if (merged.is_null())
                result.erase(key);
            else
                result[key] = merged;
        } else if (it->is_array()) {
            const json order = patch.value("$setElementOrder/" + key, json());
            result[key] = mergeList(key, current, *it, order);
        } else {
            result[key] = *it;
        }
    }
    // Order-only directives for lists the patch did not otherwise touch.
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key().rfind("$setElementOrder/", 0) == 0) {
            const std::string field = it.key().substr(17);
            if (!patch.contains(field) && result.contains(field))
                result[field] = mergeList(field, result[field], json::array(), *it);
        }
    }
    return result;
}

json mergeList(const std::string &field, const json &original, const json &patch, const json &order)
{
    const ListStrategy strategy = listStrategy(field, patch.empty() ? original : patch);
    for (const auto &e : patch) {
        if (e.is_object() && e.value("$patch", std::string()) == "replace") {
            json replaced = json::array();
            for (const auto &x : patch) {
                if (!(x.is_object() && x.contains("$patch")))
                    replaced.push_back(x);
            }
            return replaced;
        }
    }
    if (strategy.kind == ListStrategy::Atomic)
        return patch;
    json result = original.is_array() ? original : json::array();
    if (strategy.kind == ListStrategy::Set) {
        for (const auto &e : patch) {
            if (std::find(result.begin(), result.end(), e) == result.end())
                result.push_back(e);
        }
    } else {
        for (const auto &e : patch) {
            auto match = std::find_if(result.begin(), result.end(),
                                      [&](const json &x) { return matchesKey(x, e, strategy.keys); });
            const bool remove = e.is_object() && e.value("$patch", std::string()) == "delete";
            if (remove) {
                if (match != result.end())
                    result.erase(match);
            } else if (match != result.end()) {
                *match = mergeMap(*match, e);
            } else {
                json added = e;
                if (added.is_object())
                    added.erase("$patch");
                result.push_back(added);
            }
        }
    }
    if (order.is_array() && !order.empty()) {
        json sorted = json::array();
        std::vector<bool> used(result.size(), false);
        for (const auto &o : order) {
            for (size_t i = 0; i < result.size(); ++i) {
                const bool same = strategy.kind == ListStrategy::Set ? result[i] == o
                                                                    : matchesKey(result[i], o, strategy.keys);
                if (!used[i] && same) {
                    sorted.push_back(result[i]);
                    used[i] = true;
                    break;
                }
            }
        }
        for (size_t i = 0; i < result.size(); ++i) {
            if (!used[i])
                sorted.push_back(result[i]);
        }
        result = sorted;
    }
    return result;
}

const std::set<std::string> &ignoredMetadata()
{
    static const std::set<std::string> fields = {"name", "namespace", "uid", "resourceVersion", "generation",
                                                 "creationTimestamp", "managedFields", "selfLink",
                                                 "deletionTimestamp", "deletionGracePeriodSeconds", "generateName"};
    return fields;
}

void collect(const json &node, FieldPath &prefix, FieldSet &out, const std::string &field)
{
    if (node.is_object() && !node.empty()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            prefix.push_back("f:" + it.key());
            collect(*it, prefix, out, it.key());
            prefix.pop_back();
        }
        return;
    }
    if (node.is_array() && !node.empty()) {
        const ListStrategy s = listStrategy(field, node);
        if (s.kind == ListStrategy::Keyed) {
            for (const auto &e : node) {
                json key = json::object();
                for (const std::string &k : s.keys)
                    key[k] = e.value(k, json());
                prefix.push_back("k:" + key.dump());
                out.insert(prefix);  // the element itself ("." in FieldsV1)
                collect(e, prefix, out, std::string());
                prefix.pop_back();
            }
            return;
        }
        if (s.kind == ListStrategy::Set) {
            for (const auto &e : node) {
                prefix.push_back("v:" + e.dump());
                out.insert(prefix);
                prefix.pop_back();
            }
            return;
        }
    }
    out.insert(prefix);
}

std::string keyFieldsText(const std::string &component)
{
    // k:{"name":"web"} -> [name="web"]
    const json key = json::parse(component.substr(2), nullptr, false);
    std::string out = "[";
    bool first = true;
    for (auto it = key.begin(); key.is_object() && it != key.end(); ++it) {
        if (!first)
            out += ",";
        first = false;
        out += it.key() + "=" + it->dump();
    }
    return out + "]";
}
} // namespace

ListStrategy listStrategy(const std::string &field, const json &elements)
{
    static const std::set<std::string> byName = {"containers", "initContainers", "ephemeralContainers", "env",
                                                 "volumes", "imagePullSecrets", "volumeClaimTemplates"};
    if (byName.count(field))
        return {ListStrategy::Keyed, {"name"}};
    if (field == "volumeMounts")
        return {ListStrategy::Keyed, {"mountPath"}};
    if (field == "volumeDevices")
        return {ListStrategy::Keyed, {"devicePath"}};
    if (field == "conditions")
        return {ListStrategy::Keyed, {"type"}};
    if (field == "ownerReferences")
        return {ListStrategy::Keyed, {"uid"}};
    if (field == "hostAliases")
        return {ListStrategy::Keyed, {"ip"}};
    if (field == "finalizers")
        return {ListStrategy::Set, {}};
    if (field == "ports") {
        bool container = false;
        for (const auto &e : elements)
            container = container || (e.is_object() && e.contains("containerPort"));
        return {ListStrategy::Keyed, {container ? "containerPort" : "port"}};
    }
    return {};
}

json strategicMerge(const json &original, const json &patch)
{
    if (!patch.is_object())
        throw std::invalid_argument("a strategic merge patch must be a JSON object");
    return mergeMap(original, patch);
}

FieldSet fieldSetOf(const json &object, bool includeStatus)
{
    FieldSet out;
    if (!object.is_object())
        return out;
    FieldPath prefix;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string &key = it.key();
        if (key == "apiVersion" || key == "kind" || (key == "status" && !includeStatus))
            continue;
        prefix.push_back("f:" + key);
        if (key == "metadata" && it->is_object()) {
            for (auto m = it->begin(); m != it->end(); ++m) {
                if (ignoredMetadata().count(m.key()))
                    continue;
                prefix.push_back("f:" + m.key());
                collect(*m, prefix, out, m.key());
                prefix.pop_back();
            }
        } else {
            collect(*it, prefix, out, key);
        }
        prefix.pop_back();
    }
    return out;
}

FieldSet fieldSetFromJson(const json &fieldsV1)
{
    FieldSet out;
    std::function<void(const json &, FieldPath &)> walk = [&](const json &node, FieldPath &prefix) {
        if (!node.is_object())
            return;
        bool hasChild = false;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() == ".") {
                out.insert(prefix);
                continue;
            }
            hasChild = true;
            prefix.push_back(it.key());
            walk(*it, prefix);
            prefix.pop_back();
        }
        if (!hasChild && !prefix.empty())
            out.insert(prefix);
    };
    FieldPath prefix;
    walk(fieldsV1, prefix);
    return out;
}

json fieldSetToJson(const FieldSet &set)
{
    json out = json::object();
    for (const FieldPath &path : set) {
        json *node = &out;
        for (const std::string &c : path)
            node = &(*node)[c];
        if (!path.empty() && path.back().rfind("k:", 0) == 0)
            (*node)["."] = json::object();
        else if (node->is_null())
            *node = json::object();
    }
    // Keyed elements with children also carry "." (the element itself).
    return out;
}

QString fieldPathText(const FieldPath &path)
{
    std::string out;
    for (const std::string &c : path) {
        if (c.rfind("f:", 0) == 0)
            out += "." + c.substr(2);
        else if (c.rfind("k:", 0) == 0)
            out += keyFieldsText(c);
        else if (c.rfind("v:", 0) == 0)
            out += "[=" + c.substr(2) + "]";
    }
    return QString::fromStdString(out);
}

json valueAt(const json &object, const FieldPath &path, bool *found)
{
    const json *node = &object;
    auto fail = [&] {
        if (found)
            *found = false;
        return json();
    };
    for (const std::string &c : path) {
        if (c.rfind("f:", 0) == 0) {
            if (!node->is_object())
                return fail();
            auto it = node->find(c.substr(2));
            if (it == node->end())
                return fail();
            node = &*it;
        } else if (c.rfind("k:", 0) == 0) {
            const json key = json::parse(c.substr(2), nullptr, false);
            if (!node->is_array())
                return fail();
            const json *match = nullptr;
            for (const auto &e : *node) {
                bool ok = e.is_object();
                for (auto k = key.begin(); ok && key.is_object() && k != key.end(); ++k)
                    ok = e.value(k.key(), json()) == *k;
                if (ok) {
                    match = &e;
                    break;
                }
            }
            if (!match)
                return fail();
            node = match;
        } else if (c.rfind("v:", 0) == 0) {
            const json v = json::parse(c.substr(2), nullptr, false);
            if (!node->is_array() || std::find(node->begin(), node->end(), v) == node->end())
                return fail();
            if (found)
                *found = true;
            return v;
        }
    }
    if (found)
        *found = true;
    return *node;
}

void removeAt(json &object, const FieldPath &path)
{
    if (path.empty())
        return;
    json *node = &object;
    for (size_t i = 0; i + 1 < path.size(); ++i) {
        const std::string &c = path[i];
        if (c.rfind("f:", 0) == 0) {
            if (!node->is_object() || !node->contains(c.substr(2)))
                return;
            node = &(*node)[c.substr(2)];
        } else if (c.rfind("k:", 0) == 0) {
            const json key = json::parse(c.substr(2), nullptr, false);
            if (!node->is_array())
                return;
            json *match = nullptr;
            for (auto &e : *node) {
                bool ok = e.is_object();
                for (auto k = key.begin(); ok && key.is_object() && k != key.end(); ++k)
                    ok = e.value(k.key(), json()) == *k;
                if (ok) {
                    match = &e;
                    break;
                }
            }
            if (!match)
                return;
            node = match;
        } else {
            return;
        }
    }
    const std::string &last = path.back();
    if (last.rfind("f:", 0) == 0 && node->is_object()) {
        node->erase(last.substr(2));
    } else if (last.rfind("k:", 0) == 0 && node->is_array()) {
        const json key = json::parse(last.substr(2), nullptr, false);
        for (auto it = node->begin(); it != node->end(); ++it) {
            bool ok = it->is_object();
            for (auto k = key.begin(); ok && key.is_object() && k != key.end(); ++k)
                ok = it->value(k.key(), json()) == *k;
            if (ok) {
                node->erase(it);
                break;
            }
        }
    } else if (last.rfind("v:", 0) == 0 && node->is_array()) {
        const json v = json::parse(last.substr(2), nullptr, false);
        auto it = std::find(node->begin(), node->end(), v);
        if (it != node->end())
            node->erase(it);
    }
}

json applyMerge(const json &live, const json &applied)
{
    if (!applied.is_object() || !live.is_object())
        return applied;
    json result = live;
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        const std::string &key = it.key();
        if (!result.contains(key) || it->is_null()) {
            result[key] = *it;
            continue;
        }
        if (it->is_object()) {
            result[key] = applyMerge(result[key], *it);
        } else if (it->is_array()) {
            const ListStrategy s = listStrategy(key, *it);
            if (s.kind == ListStrategy::Atomic || !result[key].is_array()) {
                result[key] = *it;
            } else if (s.kind == ListStrategy::Set) {
                for (const auto &e : *it) {
                    if (std::find(result[key].begin(), result[key].end(), e) == result[key].end())
                        result[key].push_back(e);
                }
            } else {
                for (const auto &e : *it) {
                    auto match = std::find_if(result[key].begin(), result[key].end(),
                                              [&](const json &x) { return matchesKey(x, e, s.keys); });
                    if (match != result[key].end())
                        *match = applyMerge(*match, e);
                    else
                        result[key].push_back(e);
                }
            }
        } else {
            result[key] = *it;
        }
    }
    return result;
}

} // namespace sd::sim
