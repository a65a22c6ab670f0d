#pragma once

#include "deploy/manifestdiff.h"
#include "stack/capacitycheck.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sd {

// What applying a stack would do to one object.
struct PlanItem
{
    enum class Action { Create, Change, Unchanged, Delete };

    Action action = Action::Create;
    QString apiVersion;
    QString kind;
    QString ns;
    QString name;
    QString node;               // stack node (component or datastore) it belongs to; "" for shared objects
    QList<FieldChange> changes; // Change only
    QString note;               // translated; why an object is left alone, created without a dry run, ...
    QByteArray yaml;            // the object as it would be (Create) or is (Delete); Secret values hidden
};

// A message about the plan as a whole: validation, capacity, server answers.
struct PlanMessage
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Warning;
    QString message; // translated, complete sentence
};

// The result of planning a stack against a cluster (see Planner): plain data the plan dialog and
// stackdeck-cli render. Value type.
struct Plan
{
    QString stackName;
    QString ns;
    QString server; // the API server URL planned against
    QList<PlanItem> items;
    QList<PlanMessage> messages;
    std::optional<CapacityVerdict> capacity;

    // An error (invalid stack, rejected object, not enough capacity) forbids applying.
    bool blocked() const;
    int count(PlanItem::Action action) const;
    bool hasChanges() const;
    // "2 to create, 1 to change, 30 unchanged, 0 to delete" (translated).
    QString summary() const;
    QJsonObject toJson() const;

    static QString actionId(PlanItem::Action action);   // create | change | unchanged | delete
    static QString actionText(PlanItem::Action action); // translated
    static QString severityId(PlanMessage::Severity severity);
};

} // namespace sd

Q_DECLARE_METATYPE(sd::Plan)
