#pragma once

#include "deploy/manifestdiff.h"
#include "kube/apiresource.h"
#include "ops/operation.h"

#include <nlohmann/json.hpp>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace sd {

// Exactly what an operation will send, decided before it runs: one request (create an OpsRequest,
// Backup or Cluster; server-side apply or update a Deployment; delete a Backup) and, for changes
// to existing objects, the field changes a server-side dry run showed. A plan whose verdict is not
// Ready says why and is never run. Value type.
struct OperationPlan
{
    enum class Verdict {
        Ready,
        Invalid,     // the inputs or the target's state do not allow it now (reason says which)
        Unsupported, // the engine, topology or StorageClass cannot do it
        Denied,      // RBAC: the caller may not (reason from the SelfSubjectAccessReview)
        Error,       // the cluster could not be read or rejected the dry run
    };
    enum class Method { Create, Apply, Update, Delete };

    Verdict verdict = Verdict::Error;
    QString reason;
    OperationRequest request;
    QString summary;          // one translated sentence: what will happen
    Method method = Method::Create;
    ApiResource type;
    QString ns;
    QString name;             // Apply/Update/Delete; Create: empty when the body has generateName
    nlohmann::json body;      // Create/Apply/Update
    nlohmann::json live;      // Apply/Update: the object before
    // Server-side apply drops the fields a manager owned but no longer sends, so each kind of
    // change has a manager of its own that always sends the same fields ("stackdeck-ops-scale").
    QString fieldManager = QStringLiteral("stackdeck-ops");
    bool createNamespace = false; // Restore into a namespace that does not exist yet
    bool dryRun = false;          // the server accepted a dry run of the request
    QList<FieldChange> changes;   // Apply/Update: from the dry run

    bool ready() const { return verdict == Verdict::Ready; }
    static QString verdictId(Verdict verdict); // "ready", "invalid", ...
    static QString methodId(Method method);    // "create", "apply", "update", "delete"
    // The request as text for review: the object as YAML for a create, the field changes and the
    // applied manifest for a change, the object's name for a delete.
    QString text() const;
    QJsonObject toJson() const;
    static OperationPlan refused(const OperationRequest &request, Verdict verdict, const QString &reason);
};

} // namespace sd

Q_DECLARE_METATYPE(sd::OperationPlan)
