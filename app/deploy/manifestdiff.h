#pragma once

#include <nlohmann/json.hpp>

#include <QList>
#include <QString>

namespace sd {

// One field that differs between the live object and what an apply would make of it.
struct FieldChange
{
    QString path;   // e.g. spec.template.spec.containers[name=openim-api].image
    QString before; // JSON text of the old value ("" when absent)
    QString after;  // JSON text of the new value ("" when absent)
    bool added = false;   // absent before
    bool removed = false; // absent after
    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// Field-by-field comparison of Kubernetes objects for the plan. Both sides are compared after
// normalized(): server bookkeeping (managedFields, resourceVersion, generation, uid,
// creationTimestamp, status) is left out, so comparing the live object with the result of a
// server-side dry-run apply shows exactly what the apply would change. Server defaults are the
// same on both sides and so never show up. Lists of named objects (containers, ports, env) are
// matched by name, not position. Secret values are never shown, only that they differ.
// Stateless; thread-safe.
class ManifestDiff
{
public:
    static nlohmann::json normalized(const nlohmann::json &object);
    static QList<FieldChange> diff(const nlohmann::json &before, const nlohmann::json &after);
    // The object with Secret data/stringData values replaced by a placeholder, for display.
    static nlohmann::json masked(const nlohmann::json &object);
    static constexpr const char *kHidden = "(hidden)";
};

} // namespace sd
