#include "kubesim/objects.h"

#include "kubesim/store.h"

#include <QDateTime>
#include <QUuid>

namespace sd::sim::objects {

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QString str(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

QString name(const json &object) { return str(object.value("metadata", json::object()), "name"); }
QString ns(const json &object) { return str(object.value("metadata", json::object()), "namespace"); }
QString uid(const json &object) { return str(object.value("metadata", json::object()), "uid"); }

json labels(const json &object)
{
    const json l = object.value("metadata", json::object()).value("labels", json::object());
    return l.is_object() ? l : json::object();
}

QString randomSuffix(QRandomGenerator &rng)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (int i = 0; i < 5; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet - 1))]));
    return out;
}

json ownerReference(const json &owner)
{
    return {{"apiVersion", owner.value("apiVersion", "")}, {"kind", owner.value("kind", "")},
            {"name", owner["metadata"].value("name", "")}, {"uid", owner["metadata"].value("uid", "")},
            {"controller", true}, {"blockOwnerDeletion", true}};
}

QString controllerUid(const json &object)
{
    for (const auto &ref : object.value("metadata", json::object()).value("ownerReferences", json::array())) {
        if (ref.is_object() && ref.value("controller", false))
            return str(ref, "uid");
    }
    return {};
}

std::optional<json> create(Store *store, const QString &resource, json object)
{
    json &meta = object["metadata"];
    meta["uid"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    meta["creationTimestamp"] = nowText().toStdString();
    if (object.contains("spec"))
        meta["generation"] = 1;
    const QString n = str(meta, "name");
    const QString space = str(meta, "namespace");
    bool taken = false;
    auto stored = store->mutate(resource, space, n, [&](std::optional<json> &current) {
        if (current) {
            taken = true;
            return Store::Action::Keep;
        }
        current = std::move(object);
        return Store::Action::Write;
    });
    if (taken)
        return std::nullopt;
    return stored;
}

std::optional<json> update(Store *store, const QString &resource, const QString &ns, const QString &name,
                           const std::function<void(json &)> &edit)
{
    return store->mutate(resource, ns, name, [&](std::optional<json> &current) {
        if (!current)
            return Store::Action::Keep;
        json edited = *current;
        edit(edited);
        if (edited == *current)
            return Store::Action::Keep;
        const bool specChanged = edited.value("spec", json()) != current->value("spec", json());
        if (specChanged && edited["metadata"].contains("generation"))
            edited["metadata"]["generation"] = edited["metadata"]["generation"].get<qint64>() + 1;
        current = std::move(edited);
        return Store::Action::Write;
    });
}

void markDeleted(Store *store, const QString &resource, const QString &ns, const QString &name, int graceSeconds)
{
    update(store, resource, ns, name, [&](json &o) {
        if (o["metadata"].contains("deletionTimestamp"))
            return;
        o["metadata"]["deletionTimestamp"] =
            QDateTime::currentDateTimeUtc().addSecs(graceSeconds).toString(Qt::ISODate).toStdString();
        o["metadata"]["deletionGracePeriodSeconds"] = graceSeconds;
    });
}

void setCondition(json &status, const QString &type, const QString &value, const QString &reason,
                  const QString &message, bool withProbeTime)
{
    if (!status.contains("conditions") || !status["conditions"].is_array())
        status["conditions"] = json::array();
    json *found = nullptr;
    for (auto &c : status["conditions"]) {
        if (str(c, "type") == type)
            found = &c;
    }
    if (!found) {
        status["conditions"].push_back({{"type", type.toStdString()}});
        found = &status["conditions"].back();
    }
    json &c = *found;
    if (str(c, "status") != value || !c.contains("lastTransitionTime"))
        c["lastTransitionTime"] = nowText().toStdString();
    c["status"] = value.toStdString();
    if (withProbeTime)
        c["lastProbeTime"] = nullptr;
    if (reason.isEmpty())
        c.erase("reason");
    else
        c["reason"] = reason.toStdString();
    if (message.isEmpty())
        c.erase("message");
    else
        c["message"] = message.toStdString();
}

std::optional<json> condition(const json &status, const QString &type)
{
    for (const auto &c : status.value("conditions", json::array())) {
        if (str(c, "type") == type)
            return c;
    }
    return std::nullopt;
}

} // namespace sd::sim::objects
