#include "deploy/plan.h"

#include "common/tr.h"

#include <QJsonArray>

namespace sd {

bool Plan::blocked() const
{
    for (const PlanMessage &m : messages) {
        if (m.severity == PlanMessage::Severity::Error)
            return true;
    }
    return false;
}

int Plan::count(PlanItem::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [action](const PlanItem &i) { return i.action == action; }));
}

bool Plan::hasChanges() const
{
    return count(PlanItem::Action::Create) + count(PlanItem::Action::Change) + count(PlanItem::Action::Delete) > 0;
}

QString Plan::summary() const
{
    return Tr::tr("%1 to create, %2 to change, %3 unchanged, %4 to delete")
        .arg(count(PlanItem::Action::Create))
        .arg(count(PlanItem::Action::Change))
        .arg(count(PlanItem::Action::Unchanged))
        .arg(count(PlanItem::Action::Delete));
}

QString Plan::actionId(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return QStringLiteral("create");
    case PlanItem::Action::Change:
        return QStringLiteral("change");
    case PlanItem::Action::Unchanged:
        return QStringLiteral("unchanged");
    case PlanItem::Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString Plan::actionText(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return Tr::tr("create", "plan action");
    case PlanItem::Action::Change:
        return Tr::tr("change", "plan action");
    case PlanItem::Action::Unchanged:
        return Tr::tr("unchanged", "plan action");
    case PlanItem::Action::Delete:
        return Tr::tr("delete", "plan action");
    }
    return {};
}

QString Plan::severityId(PlanMessage::Severity severity)
{
    switch (severity) {
    case PlanMessage::Severity::Error:
        return QStringLiteral("error");
    case PlanMessage::Severity::Warning:
        return QStringLiteral("warning");
    case PlanMessage::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QJsonObject Plan::toJson() const
{
    QJsonArray objects;
    for (const PlanItem &item : items) {
        QJsonObject o{{QStringLiteral("action"), actionId(item.action)},
                      {QStringLiteral("apiVersion"), item.apiVersion},
                      {QStringLiteral("kind"), item.kind},
                      {QStringLiteral("namespace"), item.ns},
                      {QStringLiteral("name"), item.name}};
        if (!item.node.isEmpty())
            o.insert(QStringLiteral("node"), item.node);
        if (!item.note.isEmpty())
            o.insert(QStringLiteral("note"), item.note);
        if (item.action == PlanItem::Action::Change) {
            QJsonArray changes;
            for (const FieldChange &c : item.changes) {
                QJsonObject change{{QStringLiteral("path"), c.path}};
                if (!c.added)
                    change.insert(QStringLiteral("before"), c.before);
                if (!c.removed)
                    change.insert(QStringLiteral("after"), c.after);
                changes.append(change);
            }
            o.insert(QStringLiteral("changes"), changes);
        }
        objects.append(o);
    }
    QJsonArray msgs;
    for (const PlanMessage &m : messages)
        msgs.append(QJsonObject{{QStringLiteral("severity"), severityId(m.severity)},
                                {QStringLiteral("message"), m.message}});
    QJsonObject out{{QStringLiteral("stack"), stackName},
                    {QStringLiteral("namespace"), ns},
                    {QStringLiteral("server"), server},
                    {QStringLiteral("blocked"), blocked()},
                    {QStringLiteral("summary"),
                     QJsonObject{{QStringLiteral("create"), count(PlanItem::Action::Create)},
                                 {QStringLiteral("change"), count(PlanItem::Action::Change)},
                                 {QStringLiteral("unchanged"), count(PlanItem::Action::Unchanged)},
                                 {QStringLiteral("delete"), count(PlanItem::Action::Delete)}}},
                    {QStringLiteral("objects"), objects},
                    {QStringLiteral("messages"), msgs}};
    if (capacity) {
        static const char *levels[] = {"fits", "tight", "doesNotFit"};
        out.insert(QStringLiteral("capacity"),
                   QJsonObject{{QStringLiteral("level"), QLatin1String(levels[int(capacity->level)])},
                               {QStringLiteral("requestedCpu"), capacity->requested.cpu.toString()},
                               {QStringLiteral("requestedMemory"), capacity->requested.memory.toString()},
                               {QStringLiteral("freeCpu"), capacity->free.cpu.toString()},
                               {QStringLiteral("freeMemory"), capacity->free.memory.toString()},
                               {QStringLiteral("message"), capacity->message}});
    }
    return out;
}

} // namespace sd
