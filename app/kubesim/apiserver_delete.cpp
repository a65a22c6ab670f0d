#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/logbook.h"
#include "kubesim/selectors.h"
#include "kubesim/store.h"

#include <QDateTime>
#include <QTimer>

namespace sd::sim {

namespace {
struct DeleteOptions
{
    std::optional<qint64> gracePeriod;
    QString propagation;
    std::string preconditionUid;
    std::string preconditionRv;
    QString error;
};

DeleteOptions parseDeleteOptions(const HttpRequest &req)
{
    DeleteOptions o;
    if (!req.body.trimmed().isEmpty()) {
        const json body = json::parse(req.body.toStdString(), nullptr, false);
        if (!body.is_object()) {
            o.error = QStringLiteral("the body of the request is not valid DeleteOptions");
            return o;
        }
        if (body.contains("gracePeriodSeconds") && body["gracePeriodSeconds"].is_number_integer())
            o.gracePeriod = body["gracePeriodSeconds"].get<qint64>();
        o.propagation = qs(body, "propagationPolicy");
        if (o.propagation.isEmpty() && body.contains("orphanDependents") && body["orphanDependents"].is_boolean())
            o.propagation = body["orphanDependents"].get<bool>() ? QStringLiteral("Orphan") : QStringLiteral("Background");
        const json pre = body.value("preconditions", json::object());
        o.preconditionUid = s(pre, "uid");
        o.preconditionRv = s(pre, "resourceVersion");
    }
    if (const QString g = req.query(u"gracePeriodSeconds"); !g.isEmpty())
        o.gracePeriod = g.toLongLong();
    if (const QString p = req.query(u"propagationPolicy"); !p.isEmpty())
        o.propagation = p;
    if (o.propagation.isEmpty())
        o.propagation = QStringLiteral("Background");
    static const QStringList policies = {QStringLiteral("Background"), QStringLiteral("Foreground"), QStringLiteral("Orphan")};
    if (!policies.contains(o.propagation))
        o.error = QStringLiteral("DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"%1\": "
                                 "supported values: \"Foreground\", \"Background\", \"Orphan\"")
                      .arg(o.propagation);
    return o;
}

bool hasFinalizer(const json &obj, const char *name)
{
    const json f = obj["metadata"].value("finalizers", json::array());
    return f.is_array() && std::find(f.begin(), f.end(), json(name)) != f.end();
}
} // namespace

void ApiServer::doDelete(Context &ctx)
{
    const ResourceType &type = *ctx.type;
    const DeleteOptions options = parseDeleteOptions(ctx.req);
    if (!options.error.isEmpty()) {
        sendError(ctx.conn, options.error.contains(QStringLiteral("invalid")) ? 422 : 400,
                  options.error.contains(QStringLiteral("invalid")) ? QStringLiteral("Invalid") : QStringLiteral("BadRequest"),
                  options.error);
        return;
    }
    const auto live = m_store->get(type.storageKey(), ctx.ns, ctx.name);
    if (!live) {
        sendNotFound(ctx);
        return;
    }
    const json &meta = (*live)["metadata"];
    if (!options.preconditionUid.empty() && options.preconditionUid != s(meta, "uid")) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: UID in precondition: %3, "
                                 "UID in object meta: %4")
                      .arg(type.qualifiedName(), ctx.name, QString::fromStdString(options.preconditionUid), qs(meta, "uid")),
                  resourceDetails(type, ctx.name));
        return;
    }
    if (!options.preconditionRv.empty() && options.preconditionRv != s(meta, "resourceVersion")) {
        sendError(ctx.conn, 409, QStringLiteral("Conflict"),
                  QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": Precondition failed: ResourceVersion in "
                                 "precondition: %3, ResourceVersion in object meta: %4")
                      .arg(type.qualifiedName(), ctx.name, QString::fromStdString(options.preconditionRv),
                           qs(meta, "resourceVersion")),
                  resourceDetails(type, ctx.name));
        return;
    }
    qint64 grace = 0;
    if (type.kind == QStringLiteral("Pod")) {
        grace = options.gracePeriod.value_or((*live)["spec"].value("terminationGracePeriodSeconds", qint64(30)));
        if (s((*live)["spec"], "nodeName").empty())
            grace = 0;  // never scheduled: nothing to stop
    }
    json marked = *live;
    json &m = marked["metadata"];
    if (options.propagation == QStringLiteral("Foreground") && !hasFinalizer(marked, "foregroundDeletion"))
        m["finalizers"].push_back("foregroundDeletion");
    const bool finalizers = m.contains("finalizers") && m["finalizers"].is_array() && !m["finalizers"].empty();
    if (options.propagation == QStringLiteral("Orphan") && !ctx.dryRun) {
        const std::string uid = s(meta, "uid");
        QTimer::singleShot(0, this, [this, uid] {
            QSet<QString> seen;
            for (const ResourceType &t : m_types) {
                if (seen.contains(t.storageKey()))
                    continue;
                seen.insert(t.storageKey());
                for (const JsonPtr &obj : m_store->list(t.storageKey()).items) {
                    const json refs = (*obj)["metadata"].value("ownerReferences", json::array());
                    json kept = json::array();
                    for (const auto &r : refs) {
                        if (s(r, "uid") != uid)
                            kept.push_back(r);
                    }
                    if (kept.size() == refs.size())
                        continue;
                    m_store->mutate(t.storageKey(), metaNamespace(*obj), metaName(*obj), [&](std::optional<json> &cur) {
                        if (!cur)
                            return Store::Action::Keep;
                        if (kept.empty())
                            (*cur)["metadata"].erase("ownerReferences");
                        else
                            (*cur)["metadata"]["ownerReferences"] = kept;
                        return Store::Action::Write;
                    });
                }
            }
        });
    }
    if (finalizers || grace > 0) {
        if (!m.contains("deletionTimestamp")) {
            m["deletionTimestamp"] = QDateTime::currentDateTimeUtc().addSecs(grace).toString(Qt::ISODate).toStdString();
            m["deletionGracePeriodSeconds"] = grace;
        }
        if (ctx.dryRun) {
            sendObject(ctx, 200, decorate(type, marked));
            return;
        }
        const auto stored = m_store->put(type.storageKey(), marked);
        sendObject(ctx, options.propagation == QStringLiteral("Foreground") ? 202 : 200, decorate(type, stored));
        if (grace > 0) {
            const QString uid = qs(meta, "uid");
            const ResourceType t = type;
            const QString ns = ctx.ns;
            const QString name = ctx.name;
            QTimer::singleShot(int(std::min<qint64>(grace * 1000, m_podTerminationMs)), this, [this, t, ns, name, uid] {
                const auto pod = m_store->get(t.storageKey(), ns, name);
                if (!pod || qs((*pod)["metadata"], "uid") != uid)
                    return;
                m_terminatedPods.insert(uid);
                finalizeIfReady(t, ns, name);
            });
        }
        if (options.propagation == QStringLiteral("Foreground"))
            QTimer::singleShot(0, this, &ApiServer::collectGarbage);
        return;
    }
    if (!ctx.dryRun)
        removeNow(type, ctx.ns, ctx.name, options.propagation);
    // Built-in kinds answer a Success Status, custom resources the deleted object.
    if (type.custom) {
        sendObject(ctx, 200, decorate(type, *live));
    } else {
        sendJson(ctx, 200, {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", json::object()}, {"status", "Success"},
                            {"details", {{"name", ctx.name.toStdString()}, {"group", type.group.toStdString()},
                                         {"kind", type.plural.toStdString()}, {"uid", s(meta, "uid")}}}});
    }
}

void ApiServer::doDeleteCollection(Context &ctx)
{
    const auto selectors = readSelectors(ctx);
    if (!selectors)
        return;
    const LabelSelector &labels = selectors->labels;
    const FieldSelector &fields = selectors->fields;
    json items = json::array();
    for (const JsonPtr &obj : m_store->list(ctx.type->storageKey(), ctx.ns).items) {
        if (!labels.matches((*obj)["metadata"].value("labels", json::object())) || !fields.matches(*obj))
            continue;
        items.push_back(decorate(*ctx.type, *obj));
        if (!ctx.dryRun)
            removeNow(*ctx.type, metaNamespace(*obj), metaName(*obj), QStringLiteral("Background"));
    }
    sendJson(ctx, 200, {{"kind", ctx.type->listKind().toStdString()}, {"apiVersion", ctx.type->groupVersion().toStdString()},
                        {"metadata", {{"resourceVersion", std::to_string(m_store->resourceVersion())}}}, {"items", items}});
}

void ApiServer::removeNow(const ResourceType &type, const QString &ns, const QString &name, const QString &propagation)
{
    if (!m_store->remove(type.storageKey(), type.namespaced ? ns : QString(), name))
        return;
    if (type.kind == QStringLiteral("Pod"))
        m_logs->removePod(ns, name);
    if (type.kind == QStringLiteral("CustomResourceDefinition")) {
        // The CRD's custom resources go with it (the real server's customresourcecleanup finalizer).
        const QString storageKey = name.section(QLatin1Char('.'), 1) + QLatin1Char('/') + name.section(QLatin1Char('.'), 0, 0);
        for (const JsonPtr &obj : m_store->list(storageKey).items)
            m_store->remove(storageKey, metaNamespace(*obj), metaName(*obj));
    }
    if (type.kind == QStringLiteral("Namespace")) {
        QSet<QString> seen;
        const std::vector<ResourceType> types = m_types;
        for (const ResourceType &t : types) {
            if (!t.namespaced || seen.contains(t.storageKey()) || t.group == QStringLiteral("metrics.k8s.io"))
                continue;
            seen.insert(t.storageKey());
            for (const JsonPtr &obj : m_store->list(t.storageKey(), name).items)
                removeNow(t, name, metaName(*obj), QStringLiteral("Background"));
        }
    }
    if (propagation != QStringLiteral("Orphan"))
        QTimer::singleShot(0, this, &ApiServer::collectGarbage);
}

void ApiServer::finalizeIfReady(const ResourceType &type, const QString &ns, const QString &name)
{
    const auto obj = m_store->get(type.storageKey(), type.namespaced ? ns : QString(), name);
    if (!obj)
        return;
    const json &meta = (*obj)["metadata"];
    if (!meta.contains("deletionTimestamp"))
        return;
    const json finalizers = meta.value("finalizers", json::array());
    if (finalizers.is_array() && !finalizers.empty())
        return;
    if (type.kind == QStringLiteral("Pod") && !s((*obj)["spec"], "nodeName").empty()
        && meta.value("deletionGracePeriodSeconds", 0) > 0 && !m_terminatedPods.contains(qs(meta, "uid")))
        return;
    m_terminatedPods.remove(qs(meta, "uid"));
    removeNow(type, ns, name, QStringLiteral("Background"));
}

void ApiServer::collectGarbage()
{
    // Owners that still exist, and owners being deleted in the foreground (their dependents go first).
    QSet<QString> uids;
    QSet<QString> foreground;
    std::vector<std::pair<ResourceType, JsonPtr>> all;
    QSet<QString> seen;
    const std::vector<ResourceType> types = m_types;
    for (const ResourceType &t : types) {
        if (seen.contains(t.storageKey()) || t.group == QStringLiteral("metrics.k8s.io"))
            continue;
        seen.insert(t.storageKey());
        for (const JsonPtr &obj : m_store->list(t.storageKey()).items) {
            const json &meta = (*obj)["metadata"];
            uids.insert(qs(meta, "uid"));
            if (meta.contains("deletionTimestamp") && hasFinalizer(*obj, "foregroundDeletion"))
                foreground.insert(qs(meta, "uid"));
            all.emplace_back(t, obj);
        }
    }
    QSet<QString> ownersWithDependents;
    bool changed = false;
    for (const auto &[t, obj] : all) {
        const json refs = (*obj)["metadata"].value("ownerReferences", json::array());
        if (!refs.is_array() || refs.empty())
            continue;
        bool anyAlive = false;
        bool foregroundOwner = false;
        for (const auto &r : refs) {
            const QString uid = qs(r, "uid");
            if (uids.contains(uid) && !foreground.contains(uid))
                anyAlive = true;
            if (foreground.contains(uid)) {
                foregroundOwner = true;
                ownersWithDependents.insert(uid);
            }
        }
        if (!anyAlive && !(*obj)["metadata"].contains("deletionTimestamp")) {
            const QString ns = metaNamespace(*obj);
            const QString name = metaName(*obj);
            if (foregroundOwner) {
                // Foreground cascades: dependents are themselves deleted in the foreground.
                m_store->mutate(t.storageKey(), ns, name, [](std::optional<json> &cur) {
                    if (!cur)
                        return Store::Action::Keep;
                    json &m = (*cur)["metadata"];
                    m["deletionTimestamp"] = nowText().toStdString();
                    m["deletionGracePeriodSeconds"] = 0;
                    if (!hasFinalizer(*cur, "foregroundDeletion"))
                        m["finalizers"].push_back("foregroundDeletion");
                    return Store::Action::Write;
                });
            } else {
                removeNow(t, ns, name, QStringLiteral("Background"));
            }
            changed = true;
        }
    }
    // Foreground owners whose dependents are all gone lose their finalizer and disappear.
    for (const auto &[t, obj] : all) {
        const QString uid = qs((*obj)["metadata"], "uid");
        if (!foreground.contains(uid) || ownersWithDependents.contains(uid))
            continue;
        const QString ns = metaNamespace(*obj);
        const QString name = metaName(*obj);
        m_store->mutate(t.storageKey(), ns, name, [](std::optional<json> &cur) {
            if (!cur)
                return Store::Action::Keep;
            json kept = json::array();
            for (const auto &f : (*cur)["metadata"].value("finalizers", json::array())) {
                if (f != "foregroundDeletion")
                    kept.push_back(f);
            }
            (*cur)["metadata"]["finalizers"] = kept;
            if (kept.empty())
                (*cur)["metadata"].erase("finalizers");
            return Store::Action::Write;
        });
        finalizeIfReady(t, ns, name);
        changed = true;
    }
    if (changed)
        QTimer::singleShot(0, this, &ApiServer::collectGarbage);
}

} // namespace sd::sim
