#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/patch.h"
#include "kubesim/protobuf.h"
#include "kubesim/store.h"
#include "kubesim/validation.h"
#include "schema/yamljson.h"
#include "schema/validator.h"

#include <QUuid>

namespace sd::sim {

namespace {
QString randomSuffix(QRandomGenerator &rng, int length)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet - 1))]));
    return out;
}


// The field manager of a non-apply write: the fieldManager parameter, else the client's program name.
QString updateManager(const HttpRequest &req)
{
    if (const QString manager = req.query(u"fieldManager"); !manager.isEmpty())
        return manager;
    QString ua = QString::fromUtf8(req.header("user-agent"));
    const qsizetype slash = ua.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        ua = ua.left(slash);
    return ua.left(128);
}

// Keeps managedFields in step with a non-apply write: the writer owns what it changed, the others
// lose those fields.
void trackUpdate(json &updated, const json *old, const QString &manager, const QString &apiVersion, bool status)
{
    json entries = old ? old->value("metadata", json::object()).value("managedFields", json::array()) : json::array();
    const FieldSet newFields = fieldSetOf(updated, status);
    FieldSet changed;
    if (!old) {
        changed = newFields;
    } else {
        const FieldSet oldFields = fieldSetOf(*old, status);
        for (const FieldPath &p : newFields) {
            bool found = false;
            const json before = valueAt(*old, p, &found);
            if (!found || before != valueAt(updated, p))
                changed.insert(p);
        }
        for (const FieldPath &p : oldFields) {
            if (!newFields.count(p))
                changed.insert(p);
        }
    }
    json out = json::array();
    FieldSet mine;
    const std::string mgr = manager.toStdString();
    const std::string sub = status ? "status" : "";
    for (const auto &e : entries) {
        if (!e.is_object())
            continue;
        FieldSet set = fieldSetFromJson(e.value("fieldsV1", json::object()));
        const bool same = s(e, "manager") == mgr && s(e, "operation") == "Update" && s(e, "subresource") == sub;
        for (const FieldPath &p : changed)
            set.erase(p);
        if (same) {
            for (const FieldPath &p : set)
                mine.insert(p);
            continue;
        }
        if (set.empty())
            continue;
        json kept = e;
        kept["fieldsV1"] = fieldSetToJson(set);
        out.push_back(kept);
    }
    for (const FieldPath &p : changed) {
        if (newFields.count(p))
            mine.insert(p);
    }
    if (!mine.empty()) {
        json entry = {{"manager", mgr}, {"operation", "Update"}, {"apiVersion", apiVersion.toStdString()},
                      {"time", nowText().toStdString()}, {"fieldsType", "FieldsV1"}, {"fieldsV1", fieldSetToJson(mine)}};
        if (status)
            entry["subresource"] = "status";
        out.push_back(entry);
    }
    updated["metadata"]["managedFields"] = out;
}

QString invalidMessage(const ResourceType &type, const QString &name, const std::vector<FieldError> &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    const QString kind = type.group.isEmpty() ? type.kind : type.kind + QLatin1Char('.') + type.group;
    const QString joined = parts.size() == 1 ? parts[0] : QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    return QStringLiteral("%1 \"%2\" is invalid: %3").arg(kind, name, joined);
}

json invalidDetails(const ResourceType &type, const QString &name, const std::vector<FieldError> &errors)
{
    json causes = json::array();
    for (const FieldError &e : errors)
        causes.push_back({{"reason", e.reason.toStdString()}, {"message", e.message.toStdString()},
                          {"field", e.field.toStdString()}});
    json d = {{"name", name.toStdString()}, {"kind", type.kind.toStdString()}, {"causes", causes}};
    if (!type.group.isEmpty())
        d["group"] = type.group.toStdString();
    return d;
}

const std::set<std::string> &knownMetadataFields()
{
    static const std::set<std::string> fields = {
        "name", "generateName", "namespace", "selfLink", "uid", "resourceVersion", "generation",
        "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "labels", "annotations",
        "ownerReferences", "finalizers", "managedFields"};
    return fields;
}

bool hasStatusSubresource(const ResourceType &type) { return type.hasSubresource(QStringLiteral("status")); }

// A custom resource against its CRD's openAPIV3Schema; applies the schema's defaults to `object`.
std::vector<FieldError> validateCustom(const ResourceType &type, json &object)
{
    std::vector<FieldError> out;
    if (!type.custom || !type.schema.is_object())
        return out;
    const schema::Validator::Result checked = schema::Validator(type.schema).validate(object, true);
    for (const schema::Issue &i : checked.issues)
        out.push_back({i.reason, i.field, i.message});
    object = checked.value;
    return out;
}
} // namespace

bool ApiServer::validateForWrite(Context &ctx, json &object, bool creating, bool checkContent)
{
    const ResourceType &type = *ctx.type;
    if (!object.is_object()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("the request body must be a JSON object"));
        return false;
    }
    const QString apiVersion = qs(object, "apiVersion");
    const QString kind = qs(object, "kind");
    if (!kind.isEmpty() && kind != type.kind) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the kind in the data (%1) does not match the expected kind (%2)").arg(kind, type.kind));
        return false;
    }
    const QString expectedGroup = apiVersion.contains(QLatin1Char('/')) ? apiVersion.section(u'/', 0, 0) : QString();
    if (!apiVersion.isEmpty() && (expectedGroup != type.group || !findType(type.group, apiVersion.section(u'/', -1), type.plural))) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the API version in the data (%1) does not match the expected API version (%2)")
                      .arg(apiVersion, type.groupVersion()));
        return false;
    }
    if (!object.contains("metadata") || !object["metadata"].is_object())
        object["metadata"] = json::object();
    json &meta = object["metadata"];
    const QString bodyNs = qs(meta, "namespace");
    if (type.namespaced) {
        if (!bodyNs.isEmpty() && bodyNs != ctx.ns) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the namespace of the provided object does not match the namespace sent on the "
                                     "request"));
            return false;
        }
        meta["namespace"] = ctx.ns.toStdString();
    } else {
        meta.erase("namespace");
    }
    if (!ctx.name.isEmpty() && !creating && metaName(object) != ctx.name) {
        if (metaName(object).isEmpty()) {
            meta["name"] = ctx.name.toStdString();
        } else {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                          .arg(metaName(object), ctx.name));
            return false;
        }
    }
    // Unknown metadata fields: the part of strict decoding every kind shares.
    QStringList unknown;
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!knownMetadataFields().count(it.key()))
            unknown.append(QStringLiteral("unknown field \"metadata.%1\"").arg(QString::fromStdString(it.key())));
    }
    const QString validation = ctx.req.query(u"fieldValidation");
    if (!unknown.isEmpty()) {
        if (validation == QStringLiteral("Strict")) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("strict decoding error: ") + unknown.join(QStringLiteral(", ")));
            return false;
        }
        for (const QString &u : std::as_const(unknown)) {
            meta.erase(u.section(u'.', 1).chopped(1).toStdString());
            if (validation != QStringLiteral("Ignore"))
                ctx.headers.emplaceBack("Warning", "299 - \"" + u.toUtf8().replace('"', "\\\"") + '"');
        }
    }
    if (type.custom && type.schema.is_object()) {
        // Unknown fields of custom resources: pruned, and rejected or reported per fieldValidation.
        const schema::Validator::Result checked = schema::Validator(type.schema).validate(object, false);
        QStringList fields;
        for (const QString &f : checked.unknownFields)
            fields.append(QStringLiteral("unknown field \"%1\"").arg(f));
        if (!fields.isEmpty() && validation == QStringLiteral("Strict")) {
            sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("strict decoding error: ") + fields.join(QStringLiteral(", ")));
            return false;
        }
        if (validation != QStringLiteral("Ignore")) {
            for (const QString &f : std::as_const(fields))
                ctx.headers.emplaceBack("Warning", "299 - \"" + f.toUtf8().replace('"', "\\\"") + '"');
        }
        object = checked.value;
    }
    return !checkContent || this->checkContent(ctx, object, metaName(object));
}

bool ApiServer::checkContent(Context &ctx, json &object, const QString &name)
{
    std::vector<FieldError> errors = validateObject(*ctx.type, object);
    if (errors.empty())
        errors = validateCustom(*ctx.type, object);
    if (errors.empty())
        return true;
    sendError(ctx.conn, 422, QStringLiteral("Invalid"), invalidMessage(*ctx.type, name, errors),
              invalidDetails(*ctx.type, name, errors));
    return false;
}

void ApiServer::applyDefaults(const ResourceType &type, json &object) const
{
    const QString &k = type.kind;
    auto defaultContainers = [](json &podSpec) {
        for (const char *list : {"initContainers", "containers"}) {
            if (!podSpec.contains(list) || !podSpec[list].is_array())
                continue;
            for (auto &c : podSpec[list]) {
                if (!c.is_object())
                    continue;
                const std::string image = c.value("image", std::string());
                const bool latest = image.find(':') == std::string::npos || image.size() < 7
                                    || image.substr(image.size() - 7) == ":latest";
                if (!c.contains("imagePullPolicy"))
                    c["imagePullPolicy"] = latest ? "Always" : "IfNotPresent";
                if (!c.contains("terminationMessagePath"))
                    c["terminationMessagePath"] = "/dev/termination-log";
                if (!c.contains("terminationMessagePolicy"))
                    c["terminationMessagePolicy"] = "File";
                if (!c.contains("resources"))
                    c["resources"] = json::object();
                if (c.contains("ports") && c["ports"].is_array()) {
                    for (auto &p : c["ports"]) {
                        if (p.is_object() && !p.contains("protocol"))
                            p["protocol"] = "TCP";
                    }
                }
            }
        }
        if (!podSpec.contains("restartPolicy"))
            podSpec["restartPolicy"] = "Always";
        if (!podSpec.contains("dnsPolicy"))
            podSpec["dnsPolicy"] = "ClusterFirst";
        if (!podSpec.contains("terminationGracePeriodSeconds"))
            podSpec["terminationGracePeriodSeconds"] = 30;
        if (!podSpec.contains("schedulerName"))
            podSpec["schedulerName"] = "default-scheduler";
        if (!podSpec.contains("securityContext"))
            podSpec["securityContext"] = json::object();
    };
    if (k == QStringLiteral("Pod")) {
        defaultContainers(object["spec"]);
        if (!object["spec"].contains("serviceAccountName"))
            object["spec"]["serviceAccountName"] = "default";
        if (!object.contains("status"))
            object["status"] = {{"phase", "Pending"}, {"qosClass", "BestEffort"}};
    } else if (k == QStringLiteral("Deployment") || k == QStringLiteral("StatefulSet") || k == QStringLiteral("ReplicaSet")) {
        json &spec = object["spec"];
        if (!spec.contains("replicas"))
            spec["replicas"] = 1;
        if (!spec.contains("revisionHistoryLimit") && k != QStringLiteral("ReplicaSet"))
            spec["revisionHistoryLimit"] = 10;
        if (k == QStringLiteral("Deployment")) {
            if (!spec.contains("strategy") || !spec["strategy"].is_object() || !spec["strategy"].contains("type"))
                spec["strategy"] = {{"type", "RollingUpdate"}, {"rollingUpdate", {{"maxUnavailable", "25%"}, {"maxSurge", "25%"}}}};
            if (!spec.contains("progressDeadlineSeconds"))
                spec["progressDeadlineSeconds"] = 600;
        }
        if (k == QStringLiteral("StatefulSet")) {
            if (!spec.contains("podManagementPolicy"))
                spec["podManagementPolicy"] = "OrderedReady";
            if (!spec.contains("updateStrategy"))
                spec["updateStrategy"] = {{"type", "RollingUpdate"}, {"rollingUpdate", {{"partition", 0}}}};
        }
        if (spec.contains("template") && spec["template"].is_object())
            defaultContainers(spec["template"]["spec"]);
        if (!object.contains("status"))
            object["status"] = json::object();
    } else if (k == QStringLiteral("Service")) {
        json &spec = object["spec"];
        if (!spec.contains("type"))
            spec["type"] = "ClusterIP";
        if (!spec.contains("sessionAffinity"))
            spec["sessionAffinity"] = "None";
        if (spec.value("type", std::string()) != "ExternalName" && !spec.contains("clusterIP")) {
            // Allocation happens in finishCreate (it needs a counter); mark it here.
            spec["clusterIP"] = "";
        }
        if (spec.contains("ports") && spec["ports"].is_array()) {
            for (auto &p : spec["ports"]) {
                if (!p.is_object())
                    continue;
                if (!p.contains("protocol"))
                    p["protocol"] = "TCP";
                if (!p.contains("targetPort") && p.contains("port"))
                    p["targetPort"] = p["port"];
            }
        }
        if (!object.contains("status"))
            object["status"] = {{"loadBalancer", json::object()}};
    } else if (k == QStringLiteral("Namespace")) {
        object["metadata"]["labels"]["kubernetes.io/metadata.name"] = object["metadata"]["name"];
        if (!object.contains("spec"))
            object["spec"] = {{"finalizers", {"kubernetes"}}};
        object["status"] = {{"phase", "Active"}};
    } else if (k == QStringLiteral("Secret")) {
        if (object.contains("stringData") && object["stringData"].is_object()) {
            for (auto it = object["stringData"].begin(); it != object["stringData"].end(); ++it) {
                const std::string v = it->is_string() ? it->get<std::string>() : it->dump();
                object["data"][it.key()] = QByteArray::fromStdString(v).toBase64().toStdString();
            }
            object.erase("stringData");
        }
        if (!object.contains("type"))
            object["type"] = "Opaque";
    } else if (k == QStringLiteral("PersistentVolumeClaim")) {
        if (!object.contains("status"))
            object["status"] = {{"phase", "Pending"}};
        if (!object["spec"].contains("volumeMode"))
            object["spec"]["volumeMode"] = "Filesystem";
    } else if (k == QStringLiteral("CustomResourceDefinition")) {
        const json names = object["spec"].value("names", json::object());
        json accepted = names;
        if (!accepted.contains("singular") && accepted.contains("kind"))
            accepted["singular"] = QString::fromStdString(accepted["kind"].get<std::string>()).toLower().toStdString();
        if (!accepted.contains("listKind") && accepted.contains("kind"))
            accepted["listKind"] = accepted["kind"].get<std::string>() + "List";
        json storedVersions = json::array();
        for (const auto &v : object["spec"].value("versions", json::array())) {
            if (v.value("storage", false))
                storedVersions.push_back(v.value("name", std::string()));
        }
        const std::string now = nowText().toStdString();
        object["status"] = {{"acceptedNames", accepted},
                            {"storedVersions", storedVersions},
                            {"conditions",
                             {{{"type", "NamesAccepted"}, {"status", "True"}, {"reason", "NoConflicts"},
                               {"message", "no conflicts found"}, {"lastTransitionTime", now}},
                              {{"type", "Established"}, {"status", "True"}, {"reason", "InitialNamesAccepted"},
                               {"message", "the initial names have been accepted"}, {"lastTransitionTime", now}}}}};
    }
}

std::optional<json> ApiServer::readBody(Context &ctx)
{
    const QByteArray contentType = ctx.req.header("content-type").split(';').value(0).trimmed();
    QString error;
    std::optional<json> parsed;
    if (contentType == "application/vnd.kubernetes.protobuf") {
        parsed = decodeKubernetesProtobuf(ctx.req.body, &error);
    } else if (contentType.isEmpty() || contentType == "application/json" || contentType == "application/yaml"
               || contentType == "*/*") {
        ParseError parseError;
        parsed = parseJsonOrYaml(ctx.req.body, &parseError);
        error = parseError.text();
    } else {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json, application/yaml, application/vnd.kubernetes.protobuf"));
        return std::nullopt;
    }
    if (!parsed) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("the object provided is unrecognized or malformed: %1").arg(error));
    }
    return parsed;
}

void ApiServer::doCreate(Context &ctx)
{
    auto parsed = readBody(ctx);
    if (!parsed)
        return;
    json object = std::move(*parsed);
    if (object.is_object() && object.contains("metadata") && object["metadata"].is_object()) {
        json &meta = object["metadata"];
        if (s(meta, "name").empty() && !s(meta, "generateName").empty())
            meta["name"] = s(meta, "generateName") + randomSuffix(m_random, 5).toStdString();
    }
    if (!validateForWrite(ctx, object, true))
        return;
    finishCreate(ctx, std::move(object), QStringLiteral("Update"));
}

void ApiServer::finishCreate(Context &ctx, json object, const QString &operation)
{
    const ResourceType &type = *ctx.type;
    if (type.namespaced && !m_store->get(QStringLiteral("/namespaces"), {}, ctx.ns)) {
        sendError(ctx.conn, 404, QStringLiteral("NotFound"), QStringLiteral("namespaces \"%1\" not found").arg(ctx.ns),
                  json{{"name", ctx.ns.toStdString()}, {"kind", "namespaces"}});
        return;
    }
    if (type.namespaced) {
        const auto ns = m_store->get(QStringLiteral("/namespaces"), {}, ctx.ns);
        if (ns && ns->value("metadata", json::object()).contains("deletionTimestamp")) {
            sendError(ctx.conn, 403, QStringLiteral("Forbidden"),
                      QStringLiteral("%1 \"%2\" is forbidden: unable to create new content in namespace %3 because it "
                                     "is being terminated")
                          .arg(type.qualifiedName(), metaName(object), ctx.ns));
            return;
        }
    }
    const QString name = metaName(object);
    json &meta = object["metadata"];
    meta["uid"] = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    meta["creationTimestamp"] = nowText().toStdString();
    meta.erase("resourceVersion");
    meta.erase("deletionTimestamp");
    meta.erase("deletionGracePeriodSeconds");
    if (operation != QStringLiteral("Apply"))
        meta.erase("managedFields");
    object["apiVersion"] = type.groupVersion().toStdString();
    object["kind"] = type.kind.toStdString();
    if (object.contains("spec") || type.custom)
        meta["generation"] = 1;
    // With a status subresource, status is written through /status only (a real server drops it here).
    if (type.custom && hasStatusSubresource(type))
        object.erase("status");
    applyDefaults(type, object);
    if (type.kind == QStringLiteral("Service") && object["spec"].value("clusterIP", std::string("x")).empty()) {
        const quint32 n = m_nextClusterIp++;
        object["spec"]["clusterIP"] = QStringLiteral("10.96.%1.%2").arg(n / 250).arg(n % 250 + 1).toStdString();
        object["spec"]["clusterIPs"] = json::array({object["spec"]["clusterIP"]});
    }
    if (operation == QStringLiteral("Update")) {
        trackUpdate(object, nullptr, updateManager(ctx.req), type.groupVersion(), false);
    }
    if (ctx.dryRun) {
        if (m_store->get(type.storageKey(), ctx.ns, name)) {
            sendError(ctx.conn, 409, QStringLiteral("AlreadyExists"),
                      QStringLiteral("%1 \"%2\" already exists").arg(type.qualifiedName(), name),
                      resourceDetails(type, name));
            return;
        }
        sendObject(ctx, 201, decorate(type, object));
        return;
    }
    bool exists = false;
    const auto stored = m_store->mutate(type.storageKey(), type.namespaced ? ctx.ns : QString(), name,
                                        [&](std::optional<json> &current) {
                                            if (current) {
                                                exists = true;
                                                return Store::Action::Keep;
                                            }
                                            current = std::move(object);
                                            return Store::Action::Write;
                                        });
    if (exists) {
        sendError(ctx.conn, 409, QStringLiteral("AlreadyExists"),
                  QStringLiteral("%1 \"%2\" already exists").arg(type.qualifiedName(), name), resourceDetails(type, name));
        return;
    }
    sendObject(ctx, 201, decorate(type, *stored));
}

void ApiServer::doUpdate(Context &ctx)
{
    auto parsed = readBody(ctx);
    if (!parsed)
        return;
    json object = std::move(*parsed);
    if (!validateForWrite(ctx, object, false))
        return;
    ctx.rvPrecondition = !s(object.value("metadata", json::object()), "resourceVersion").empty();
    const auto live = m_store->get(ctx.type->storageKey(), ctx.ns, ctx.name);
    if (!live) {
        sendNotFound(ctx);
        return;
    }
    commitUpdate(ctx, *live, std::move(object), ctx.sub == QStringLiteral("status"), QStringLiteral("Update"), 200);
}

void ApiServer::commitUpdate(Context &ctx, const json &live, json updated, bool statusOnly, const QString &operation,
                             int successCode)
{
    const ResourceType &type = *ctx.type;
    const std::string liveRv = s(live["metadata"], "resourceVersion");
    const std::string wantedRv = s(updated.value("metadata", json::object()), "resourceVersion");
    if (!wantedRv.empty() && wantedRv != liveRv) {
        sendModifiedConflict(ctx);
        return;
    }
    json &meta = updated["metadata"];
    const json &liveMeta = live["metadata"];
    for (const char *field : {"uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"}) {
        if (liveMeta.contains(field))
            meta[field] = liveMeta[field];
        else
            meta.erase(field);
    }
    if (type.namespaced)
        meta["namespace"] = ctx.ns.toStdString();
    meta["name"] = ctx.name.toStdString();
    updated["apiVersion"] = type.groupVersion().toStdString();
    updated["kind"] = type.kind.toStdString();
    if (statusOnly) {
        json merged = live;
        merged["status"] = updated.value("status", json::object());
        merged["metadata"]["managedFields"] = liveMeta.value("managedFields", json::array());
        updated = merged;
    } else if (hasStatusSubresource(type)) {
        if (live.contains("status"))
            updated["status"] = live["status"];
        else
            updated.erase("status");
    }
    if (!statusOnly) {
        if (type.kind == QStringLiteral("Namespace"))
            updated["metadata"]["labels"]["kubernetes.io/metadata.name"] = ctx.name.toStdString();
        if (type.kind == QStringLiteral("Secret") && updated.contains("stringData"))
            applyDefaults(type, updated);
        if (type.kind == QStringLiteral("Service") && updated["spec"].value("clusterIP", std::string()).empty()
            && live["spec"].contains("clusterIP")) {
            updated["spec"]["clusterIP"] = live["spec"]["clusterIP"];
            if (live["spec"].contains("clusterIPs"))
                updated["spec"]["clusterIPs"] = live["spec"]["clusterIPs"];
        }
    }
    if (operation == QStringLiteral("Update")) {
        trackUpdate(updated, &live, updateManager(ctx.req), type.groupVersion(), statusOnly);
    }
    if (!checkContent(ctx, updated, ctx.name))
        return;
    // After checkContent: it applies the CRD's defaults, so a no-op apply of a custom resource
    // compares equal to the stored (defaulted) object and keeps its generation.
    if (!statusOnly && liveMeta.contains("generation")) {
        const bool specChanged = updated.value("spec", json()) != live.value("spec", json())
                                 || (type.custom && [&] {
                                        json a = updated, b = live;
                                        for (json *j : {&a, &b}) {
                                            j->erase("metadata");
                                            j->erase("status");
                                        }
                                        return a != b;
                                    }());
        if (specChanged)
            updated["metadata"]["generation"] = liveMeta["generation"].get<qint64>() + 1;
    }
    if (ctx.dryRun) {
        sendObject(ctx, successCode, decorate(type, updated));
        return;
    }
    bool conflict = false;
    const auto stored = m_store->mutate(type.storageKey(), type.namespaced ? ctx.ns : QString(), ctx.name,
                                        [&](std::optional<json> &current) {
                                            if (!current || s((*current)["metadata"], "resourceVersion") != liveRv) {
                                                conflict = true;
                                                return Store::Action::Keep;
                                            }
                                            json a = *current, b = updated;
                                            a["metadata"].erase("resourceVersion");
                                            b["metadata"].erase("resourceVersion");
                                            a["metadata"].erase("managedFields");
                                            b["metadata"].erase("managedFields");
                                            if (a == b) {
                                                // No-op writes keep the resourceVersion, like the real server.
                                                return Store::Action::Keep;
                                            }
                                            current = std::move(updated);
                                            return Store::Action::Write;
                                        });
    if (conflict) {
        ctx.lostRace = true;  // guaranteedUpdate retries or answers 409
        return;
    }
    sendObject(ctx, successCode, decorate(type, *stored));
    finalizeIfReady(type, ctx.ns, ctx.name);
}

void ApiServer::doPatch(Context &ctx)
{
    const ResourceType &type = *ctx.type;
    const QByteArray contentType = ctx.req.header("content-type").split(';').value(0).trimmed();
    const bool apply = contentType == "application/apply-patch+yaml";
    const bool strategic = contentType == "application/strategic-merge-patch+json";
    const bool merge = contentType == "application/merge-patch+json";
    const bool jsonPatch = contentType == "application/json-patch+json";
    if (!apply && !strategic && !merge && !jsonPatch) {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json-patch+json, application/merge-patch+json, "
                                 "application/apply-patch+yaml%1")
                      .arg(type.custom ? QString() : QStringLiteral(", application/strategic-merge-patch+json")));
        return;
    }
    if (strategic && type.custom) {
        sendError(ctx.conn, 415, QStringLiteral("UnsupportedMediaType"),
                  QStringLiteral("the body of the request was in an unknown format - accepted media types include: "
                                 "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml"));
        return;
    }
    const bool force = ctx.req.queryBool(u"force");
    if (ctx.req.query(u"force").size() && !apply) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("force is only supported for apply patches"));
        return;
    }
    QString error;
    std::optional<json> patch;
    if (apply) {
        ParseError parseError;
        patch = parseJsonOrYaml(ctx.req.body, &parseError);
        error = parseError.text();
    } else {
        try {
            patch = json::parse(ctx.req.body.toStdString());
        } catch (const json::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    }
    if (!patch) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"), QStringLiteral("error decoding patch: %1").arg(error));
        return;
    }
    const auto live = m_store->get(type.storageKey(), ctx.ns, ctx.name);
    if (apply) {
        doApply(ctx, live, std::move(*patch), force);
        return;
    }
    if (!live) {
        sendNotFound(ctx);
        return;
    }
    json patched;
    try {
        const json current = decorate(type, *live);
        if (jsonPatch) {
            patched = current.patch(*patch);
        } else if (merge) {
            if (!patch->is_object())
                throw std::invalid_argument("a merge patch must be a JSON object");
            patched = current;
            patched.merge_patch(*patch);
        } else {
            patched = strategicMerge(current, *patch);
        }
    } catch (const std::exception &e) {
        sendError(ctx.conn, jsonPatch ? 422 : 400, jsonPatch ? QStringLiteral("Invalid") : QStringLiteral("BadRequest"),
                  QStringLiteral("the server rejected our request due to an error in our request: %1")
                      .arg(QString::fromUtf8(e.what())));
        return;
    }
    if (!validateForWrite(ctx, patched, false))
        return;
    // A patch carries a resourceVersion precondition only when it sets one explicitly.
    const std::string patchRv = patch->is_object() ? s(patch->value("metadata", json::object()), "resourceVersion") : "";
    ctx.rvPrecondition = !patchRv.empty();
    if (patchRv.empty())
        patched["metadata"]["resourceVersion"] = (*live)["metadata"]["resourceVersion"];
    commitUpdate(ctx, *live, std::move(patched), ctx.sub == QStringLiteral("status"), QStringLiteral("Update"), 200);
}

void ApiServer::doApply(Context &ctx, const std::optional<json> &live, json applied, bool force)
{
    const ResourceType &type = *ctx.type;
    const QString manager = ctx.req.query(u"fieldManager");
    if (manager.isEmpty()) {
        sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                  QStringLiteral("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for "
                                 "apply patch"),
                  json{{"kind", "PatchOptions"}, {"group", "meta.k8s.io"},
                       {"causes", {{{"reason", "FieldValueRequired"}, {"message", "Required value: is required for apply patch"},
                                    {"field", "fieldManager"}}}}});
        return;
    }
    if (!applied.is_object() || s(applied, "apiVersion").empty() || s(applied, "kind").empty()) {
        sendError(ctx.conn, 400, QStringLiteral("BadRequest"),
                  QStringLiteral("apply patches must carry apiVersion and kind"));
        return;
    }
    // An apply configuration may be partial: the merged object is validated in commitUpdate.
    if (!validateForWrite(ctx, applied, false, false))
        return;
    const bool statusOnly = ctx.sub == QStringLiteral("status");
    const FieldSet appliedFields = fieldSetOf(applied, statusOnly);
    json applyEntry = {{"manager", manager.toStdString()}, {"operation", "Apply"},
                       {"apiVersion", type.groupVersion().toStdString()}, {"time", nowText().toStdString()},
                       {"fieldsType", "FieldsV1"}, {"fieldsV1", fieldSetToJson(appliedFields)}};
    if (statusOnly)
        applyEntry["subresource"] = "status";
    if (!live) {
        if (statusOnly) {
            sendNotFound(ctx);
            return;
        }
        if (metaName(applied).isEmpty())
            applied["metadata"]["name"] = ctx.name.toStdString();
        if (!checkContent(ctx, applied, metaName(applied)))
            return;
        applied["metadata"]["managedFields"] = json::array({applyEntry});
        finishCreate(ctx, std::move(applied), QStringLiteral("Apply"));
        return;
    }
    const json current = decorate(type, *live);
    const json entries = current["metadata"].value("managedFields", json::array());
    struct Conflict
    {
        std::string manager;
        FieldPath path;
    };
    std::vector<Conflict> conflicts;
    for (const auto &e : entries) {
        if (s(e, "manager") == manager.toStdString() && s(e, "operation") == "Apply")
            continue;
        for (const FieldPath &p : fieldSetFromJson(e.value("fieldsV1", json::object()))) {
            // List element markers (k:/v:) state membership, not a value: they never conflict.
            if (!appliedFields.count(p) || p.back().rfind("f:", 0) != 0)
                continue;
            bool found = false;
            const json liveValue = valueAt(current, p, &found);
            if (found && liveValue != valueAt(applied, p))
                conflicts.push_back({s(e, "manager"), p});
        }
    }
    if (!conflicts.empty() && !force) {
        json causes = json::array();
        QStringList lines;
        for (const Conflict &c : conflicts) {
            const QString text = QStringLiteral("conflict with \"%1\" using %2")
                                     .arg(QString::fromStdString(c.manager), type.groupVersion());
            causes.push_back({{"reason", "FieldManagerConflict"}, {"message", text.toStdString()},
                              {"field", fieldPathText(c.path).toStdString()}});
            lines.append(fieldPathText(c.path));
        }
        QString message;
        if (conflicts.size() == 1) {
            message = QStringLiteral("Apply failed with 1 conflict: conflict with \"%1\" using %2: %3")
                          .arg(QString::fromStdString(conflicts[0].manager), type.groupVersion(), lines[0]);
        } else {
            message = QStringLiteral("Apply failed with %1 conflicts: conflicts with \"%2\" using %3:\n- %4")
                          .arg(conflicts.size())
                          .arg(QString::fromStdString(conflicts[0].manager), type.groupVersion(),
                               lines.join(QStringLiteral("\n- ")));
        }
        sendError(ctx.conn, 409, QStringLiteral("Conflict"), message, json{{"causes", causes}});
        return;
    }
    json others = json::array();
    FieldSet previous;
    FieldSet ownedByOthers;
    for (const auto &e : entries) {
        FieldSet set = fieldSetFromJson(e.value("fieldsV1", json::object()));
        if (s(e, "manager") == manager.toStdString() && s(e, "operation") == "Apply") {
            previous = set;
            continue;
        }
        if (force) {
            for (const Conflict &c : conflicts) {
                if (c.manager == s(e, "manager"))
                    set.erase(c.path);
            }
        }
        if (set.empty())
            continue;
        ownedByOthers.insert(set.begin(), set.end());
        json kept = e;
        kept["fieldsV1"] = fieldSetToJson(set);
        others.push_back(kept);
    }
    json merged = current;
    for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
        if (!appliedFields.count(*it) && !ownedByOthers.count(*it))
            removeAt(merged, *it);
    }
    json appliedBody = applied;
    appliedBody["metadata"].erase("managedFields");
    appliedBody["metadata"].erase("resourceVersion");
    merged = applyMerge(merged, appliedBody);
    others.push_back(applyEntry);
    merged["metadata"]["managedFields"] = others;
    merged["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"];
    commitUpdate(ctx, *live, std::move(merged), statusOnly, QStringLiteral("Apply"), 200);
}

} // namespace sd::sim
