#include "kubesim/kbhelpers.h"

#include "kubesim/scenario.h"
#include "kubesim/store.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

#include <set>

namespace sd::sim::KbHelpers {

QString q(const json &value) { return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString(); }

std::string nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); }

double secondsSince(const std::string &rfc3339)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(rfc3339), Qt::ISODateWithMs);
    if (!t.isValid())
        return 0;
    return double(t.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
}

json ownerRef(const json &owner, bool controller)
{
    json ref = {{"apiVersion", owner["apiVersion"]}, {"kind", owner["kind"]}, {"name", owner["metadata"]["name"]},
                {"uid", owner["metadata"]["uid"]}};
    if (controller) {
        ref["controller"] = true;
        ref["blockOwnerDeletion"] = true;
    }
    return ref;
}

bool isDeleting(const json &object) { return object.contains("metadata") && object["metadata"].contains("deletionTimestamp"); }

bool createIfAbsent(Store *store, const QString &resource, json object)
{
    const QString ns = q(object["metadata"].value("namespace", json()));
    const QString name = q(object["metadata"]["name"]);
    if (store->get(resource, ns, name))
        return false;
    Scenario::add(store, resource, std::move(object));
    return true;
}

std::optional<json> update(Store *store, const QString &resource, const QString &ns, const QString &name,
                           const std::function<bool(json &)> &fn)
{
    return store->mutate(resource, ns, name, [&](std::optional<json> &current) {
        if (!current)
            return Store::Action::Keep;
        // Objects written by users may lack these; the controllers rely on them being objects.
        json &o = *current;
        if (!o["status"].is_object())
            o["status"] = json::object();
        for (const char *field : {"labels", "annotations"}) {
            if (!o["metadata"][field].is_object())
                o["metadata"][field] = json::object();
        }
        return fn(o) ? Store::Action::Write : Store::Action::Keep;
    });
}

void remove(Store *store, const QString &resource, const QString &ns, const QString &name)
{
    store->remove(resource, ns, name);
}

void deletePod(Store *store, const QString &ns, const QString &name)
{
    update(store, QString::fromLatin1(pods), ns, name, [](json &o) {
        if (isDeleting(o))
            return false;
        o["metadata"]["deletionTimestamp"] = nowIso();
        o["metadata"]["deletionGracePeriodSeconds"] = o["spec"].value("terminationGracePeriodSeconds", 30);
        return true;
    });
}

void recordEvent(Store *store, const json &object, const char *type, const QString &reason, const QString &message,
                 const char *component)
{
    const json &meta = object["metadata"];
    const std::string ns = meta.value("namespace", std::string("default"));
    const std::string objName = meta.value("name", std::string());
    const std::string uid = meta.value("uid", std::string());
    // Same object, reason and message: one Event whose count grows, like client-go's aggregator.
    for (const auto &e : store->list(QString::fromLatin1(events), QString::fromStdString(ns)).items) {
        const json &ev = *e;
        if (ev["involvedObject"].value("uid", std::string()) == uid && q(ev.value("reason", json())) == reason
            && q(ev.value("message", json())) == message) {
            update(store, QString::fromLatin1(events), QString::fromStdString(ns),
                   q(ev["metadata"]["name"]), [](json &cur) {
                       cur["count"] = cur.value("count", 1) + 1;
                       cur["lastTimestamp"] = nowIso();
                       return true;
                   });
            return;
        }
    }
    // Event names: the object's name and a suffix that repeats from run to run (the operator
    // records events on one thread, in a repeatable order).
    static std::atomic<quint64> sequence{0};
    quint64 h = 1469598103934665603ULL;
    for (const char ch : objName + "#" + std::to_string(++sequence)) {
        h ^= quint8(ch);
        h *= 1099511628211ULL;
    }
    const std::string name = objName + "." + QString::number(h, 16).rightJustified(16, QLatin1Char('0')).toStdString();
    json ev = {{"apiVersion", "v1"},
               {"kind", "Event"},
               {"metadata", {{"name", name}, {"namespace", ns}}},
               {"involvedObject", {{"apiVersion", object.value("apiVersion", std::string())},
                                   {"kind", object.value("kind", std::string())},
                                   {"name", objName},
                                   {"namespace", ns},
                                   {"uid", uid},
                                   {"resourceVersion", meta.value("resourceVersion", std::string())}}},
               {"reason", reason.toStdString()},
               {"message", message.toStdString()},
               {"type", type},
               {"count", 1},
               {"firstTimestamp", nowIso()},
               {"lastTimestamp", nowIso()},
               {"source", {{"component", component}}},
               {"reportingComponent", component},
               {"reportingInstance", ""}};
    Scenario::add(store, QString::fromLatin1(events), std::move(ev));
}

bool setCondition(json &conditions, const std::string &type, const std::string &status, const std::string &reason,
                  const std::string &message, qint64 observedGeneration)
{
    if (!conditions.is_array())
        conditions = json::array();
    for (json &c : conditions) {
        if (c.value("type", std::string()) != type)
            continue;
        bool changed = false;
        if (c.value("status", std::string()) != status) {
            c["status"] = status;
            c["lastTransitionTime"] = nowIso();
            changed = true;
        }
        if (c.value("reason", std::string()) != reason || c.value("message", std::string()) != message) {
            c["reason"] = reason;
            c["message"] = message;
            changed = true;
        }
        if (observedGeneration >= 0 && c.value("observedGeneration", qint64(-1)) != observedGeneration) {
            c["observedGeneration"] = observedGeneration;
            changed = true;
        }
        return changed;
    }
    json c = {{"type", type}, {"status", status}, {"reason", reason}, {"message", message}, {"lastTransitionTime", nowIso()}};
    if (observedGeneration >= 0)
        c["observedGeneration"] = observedGeneration;
    conditions.push_back(c);
    return true;
}

void guarded(const json &object, const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const json::exception &e) {
        // Once per object version: the next tick meets the same object again.
        static thread_local std::set<std::string> reported;
        const json meta = object.value("metadata", json::object());
        const std::string key = meta.value("uid", std::string()) + "|" + meta.value("resourceVersion", std::string()) + "|" + e.what();
        if (!reported.insert(key).second)
            return;
        qWarning("kubesim KubeBlocks: skipping %s %s: %s", object.value("kind", std::string("object")).c_str(),
                 object.value("metadata", json::object()).value("name", std::string()).c_str(), e.what());
    }
}

bool podReady(const json &pod)
{
    if (isDeleting(pod))
        return false;
    const json status = pod.value("status", json::object());
    if (status.value("phase", std::string()) != "Running")
        return false;
    for (const json &c : status.value("conditions", json::array())) {
        if (c.value("type", std::string()) == "Ready")
            return c.value("status", std::string()) == "True";
    }
    return false;
}

bool podFailed(const json &pod)
{
    const json status = pod.value("status", json::object());
    if (status.value("phase", std::string()) == "Failed")
        return true;
    for (const json &cs : status.value("containerStatuses", json::array())) {
        const json state = cs.value("state", json::object());
        if (state.contains("waiting")) {
            const std::string reason = state["waiting"].value("reason", std::string());
            if (reason == "CrashLoopBackOff" || reason == "ErrImagePull" || reason == "ImagePullBackOff")
                return true;
        }
        if (state.contains("terminated") && state["terminated"].value("exitCode", 0) != 0)
            return true;
    }
    return false;
}

int ordinalOf(const QString &podName)
{
    bool ok = false;
    const int n = podName.section(QLatin1Char('-'), -1).toInt(&ok);
    return ok ? n : -1;
}

} // namespace sd::sim::KbHelpers
