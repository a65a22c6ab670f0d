#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace sd::sim {

// How a list field merges: replaced as a whole (atomic), merged by key fields, or as a set of scalars.
struct ListStrategy
{
    enum Kind { Atomic, Keyed, Set } kind = Atomic;
    std::vector<std::string> keys;
};

// The merge strategy of list field `field` of the built-in kinds (containers/env/volumes by name,
// volumeMounts by mountPath, ports by containerPort or port, conditions by type, finalizers as a set).
// `elements` disambiguates ports. Custom resources use Atomic everywhere except where their schema
// says x-kubernetes-list-type: map/set (resolved by the caller).
ListStrategy listStrategy(const std::string &field, const nlohmann::json &elements);

// Strategic merge patch (application/strategic-merge-patch+json) with the directives kubectl sends:
// null deletes, $patch: replace|delete, $retainKeys, $setElementOrder/<list>, $deleteFromPrimitiveList/<list>.
// Throws std::invalid_argument on malformed directives.
nlohmann::json strategicMerge(const nlohmann::json &original, const nlohmann::json &patch);

// A leaf path in FieldsV1 notation: {"f:spec", "f:containers", "k:{\"name\":\"web\"}", "f:image"}.
using FieldPath = std::vector<std::string>;
using FieldSet = std::set<FieldPath>;

// Leaf field paths of an object as managedFields track them (metadata.name/namespace/uid/… and status
// excluded unless `includeStatus`).
FieldSet fieldSetOf(const nlohmann::json &object, bool includeStatus = false);
FieldSet fieldSetFromJson(const nlohmann::json &fieldsV1);
nlohmann::json fieldSetToJson(const FieldSet &set);
// ".spec.replicas", ".spec.containers[name=\"web\"].image": how conflicts name their fields.
QString fieldPathText(const FieldPath &path);

// The value at `path` in `object` (null json and `found` false when absent).
nlohmann::json valueAt(const nlohmann::json &object, const FieldPath &path, bool *found = nullptr);
// Removes the field at `path` (no-op when absent).
void removeAt(nlohmann::json &object, const FieldPath &path);
// Deep merge for server-side apply: maps merge, keyed lists merge per key, other lists and scalars
// are replaced by the applied value.
nlohmann::json applyMerge(const nlohmann::json &live, const nlohmann::json &applied);

} // namespace sd::sim
