#pragma once

#include "deploy/manifestdiff.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

#include <vector>

namespace sd {

// An object found in the stack's namespace that is no node of the stack.
struct UnmanagedObject
{
    QString name;
    QString kind;   // "Deployment" or "Cluster" (untranslated)
    QString engine; // KubeBlocks engine id of a Cluster when known, else ""
    friend bool operator==(const UnmanagedObject &, const UnmanagedObject &) = default;
};

// How the cluster differs from the design (see DesignDrift::evaluate). Value type.
struct DriftReport
{
    QString stackName;
    QSet<QString> live;     // stack nodes whose Deployment or Cluster exists
    QSet<QString> modified; // live nodes whose fields owned by "stackdeck" differ from the design
    QHash<QString, QList<FieldChange>> changes; // per modified node: live (owned part) -> design
    QList<UnmanagedObject> unmanaged;           // by name
};

// Compares a stack with the Deployments and KubeBlocks Clusters in its namespace, without the
// network: the pure half of drift detection (DriftReader lists the objects).
//
// "Modified" is what a new apply would change in the fields the last apply set: the live object
// is cut down to the fields its managedFields entry of fieldManager "stackdeck" (operation
// Apply) owns, and compared with what ManifestGenerator makes of the stack now. A field the
// stack sets that someone else took over (kubectl edit, scale) is no longer stackdeck's and so
// shows up as a difference, as does a stack edit not applied yet. Server defaults are not
// stackdeck's fields, or sit inside a value it owns as a whole (an atomic list), and so never
// count. Existing Clusters (DatastoreSpec::existing) are live
// or not, never modified. "Unmanaged" is everything else of those kinds in the namespace.
// Stateless; thread-safe (runs off the GUI thread).
class DesignDrift
{
public:
    static DriftReport evaluate(const Stack &stack, const std::vector<nlohmann::json> &deployments,
                                const std::vector<nlohmann::json> &clusters);
    // `object` cut down to the fields listed in a managedFields fieldsV1 tree ("f:", "k:",
    // "v:", "i:" and "." entries, as the API server writes them).
    static nlohmann::json project(const nlohmann::json &object, const nlohmann::json &fieldsV1);
    // The fieldsV1 tree of `manager`'s Apply entry in the object's managedFields; null if none.
    static nlohmann::json appliedFields(const nlohmann::json &object, const std::string &manager);
};

} // namespace sd

Q_DECLARE_METATYPE(sd::DriftReport)
