#include "kubesim/kbopscontroller.h"

#include "kubesim/kbclustercontroller.h"
#include "kubesim/kbhelpers.h"
#include "kubesim/store.h"

#include <QRegularExpression>

namespace sd::sim {

using namespace KbHelpers;

namespace {
constexpr const char *opsAnnotation = "kubeblocks.io/ops-request";
constexpr const char *component = "ops-request-controller";

std::string s(const QString &text) { return text.toStdString(); }

// Bytes of a Kubernetes quantity ("20Gi", "500M", "1073741824"); -1 when unparsable.
double quantityBytes(const json &value)
{
    const QString text = value.is_string() ? q(value) : value.is_number() ? QString::fromStdString(value.dump()) : QString();
    static const QRegularExpression re(QStringLiteral("^([0-9.]+)([KMGTPE]i?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    static const QString order = QStringLiteral("KMGTPE");
    if (!unit.isEmpty()) {
        const double base = unit.endsWith(QLatin1Char('i')) ? 1024.0 : 1000.0;
        for (int i = 0; i <= order.indexOf(unit.at(0)); ++i)
            n *= base;
    }
    return n;
}

// Which Cluster phases each type may start from (KubeBlocks' FromClusterPhases).
QStringList allowedPhases(const QString &type)
{
    if (type == QLatin1String("Start"))
        return {QStringLiteral("Stopped"), QStringLiteral("Failed"), QStringLiteral("Abnormal")};
    if (type == QLatin1String("Stop"))
        return {QStringLiteral("Running"), QStringLiteral("Failed"), QStringLiteral("Abnormal"), QStringLiteral("Updating")};
    if (type == QLatin1String("Switchover"))
        return {QStringLiteral("Running")};
    return {QStringLiteral("Running"), QStringLiteral("Failed"), QStringLiteral("Abnormal")};
}

const char *progressingCondition(const QString &type)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("HorizontalScaling"), "HorizontalScaling"}, {QStringLiteral("VerticalScaling"), "VerticalScaling"},
        {QStringLiteral("Restart"), "Restarting"}, {QStringLiteral("Switchover"), "Switchover"},
        {QStringLiteral("VolumeExpansion"), "VolumeExpanding"}, {QStringLiteral("Stop"), "Stopping"},
        {QStringLiteral("Start"), "Starting"}, {QStringLiteral("Upgrade"), "Upgrading"}};
    const auto it = names.find(type);
    return it == names.end() ? "Progressing" : it->second;
}

json *componentSpec(json &cluster, const QString &name)
{
    for (json &cs : cluster["spec"]["componentSpecs"]) {
        if (q(cs.value("name", json())) == name)
            return &cs;
    }
    return nullptr;
}

json opsList(const json &cluster)
{
    const std::string text = cluster["metadata"].value("annotations", json::object()).value(opsAnnotation, std::string());
    const json parsed = json::parse(text, nullptr, false);
    return parsed.is_array() ? parsed : json::array();
}
} // namespace

KbOpsController::KbOpsController(Store *store, KbClusterController *clusters) : m_store(store), m_clusters(clusters) {}

void KbOpsController::reconcile()
{
    for (const auto &o : m_store->list(QString::fromLatin1(opsRequests)).items)
        guarded(*o, [&] { reconcileOps(*o); });
}

void KbOpsController::unlock(const json &ops)
{
    const QString ns = q(ops["metadata"]["namespace"]);
    update(m_store, QString::fromLatin1(clusters), ns, q(ops["spec"].value("clusterName", json())), [&](json &c) {
        json list = opsList(c);
        json kept = json::array();
        for (const json &e : list) {
            if (e.value("name", std::string()) != ops["metadata"]["name"])
                kept.push_back(e);
        }
        if (kept.size() == list.size())
            return false;
        if (kept.empty())
            c["metadata"]["annotations"].erase(opsAnnotation);
        else
            c["metadata"]["annotations"][opsAnnotation] = kept.dump();
        return true;
    });
}

void KbOpsController::finish(const json &ops, const QString &phase, const QString &reason, const QString &message)
{
    const QString ns = q(ops["metadata"]["namespace"]);
    const QString name = q(ops["metadata"]["name"]);
    update(m_store, QString::fromLatin1(opsRequests), ns, name, [&](json &o) {
        json &st = o["status"];
        st["phase"] = s(phase);
        st["completionTimestamp"] = nowIso();
        json conds = st.value("conditions", json::array());
        if (phase == QLatin1String("Succeed"))
            setCondition(conds, "Succeed", "True", s(reason), s(message));
        else if (phase == QLatin1String("Cancelled"))
            setCondition(conds, "Cancelled", "True", s(reason), s(message));
        else
            setCondition(conds, "Failed", "False", s(reason), s(message));
        st["conditions"] = conds;
        return true;
    });
    unlock(ops);
    recordEvent(m_store, ops, phase == QLatin1String("Failed") ? "Warning" : "Normal", reason, message, component);
}

void KbOpsController::reconcileOps(const json &ops)
{
    const QString ns = q(ops["metadata"]["namespace"]);
    const QString name = q(ops["metadata"]["name"]);
    const json spec = ops.value("spec", json::object());
    const QString type = q(spec.value("type", json()));
    const QString clusterName = q(spec.value("clusterName", json()));
    json status = ops.value("status", json::object());
    const QString phase = q(status.value("phase", json()));

    if (phase == QLatin1String("Succeed") || phase == QLatin1String("Failed") || phase == QLatin1String("Cancelled")
        || phase == QLatin1String("Aborted")) {
        const char *ttlField = phase == QLatin1String("Succeed") ? "ttlSecondsAfterSucceed" : "ttlSecondsAfterUnsuccessfulCompletion";
        if (spec.contains(ttlField)
            && secondsSince(status.value("completionTimestamp", std::string())) * m_timeScale >= spec[ttlField].get<double>())
            m_store->remove(QString::fromLatin1(opsRequests), ns, name);
        return;
    }
    const auto cluster = m_store->get(QString::fromLatin1(clusters), ns, clusterName);
    const auto writeStatus = [&](const json &st) {
        update(m_store, QString::fromLatin1(opsRequests), ns, name, [&](json &o) {
            if (o["status"] == st)
                return false;
            o["status"] = st;
            return true;
        });
    };

    if (phase.isEmpty()) {
        status["phase"] = "Pending";
        status["progress"] = "0/0";
        json conds = json::array();
        setCondition(conds, "WaitForProgressing", "True", "WaitForProgressing",
                     s(QStringLiteral("wait for the controller to process the OpsRequest: %1 in Cluster: %2").arg(name, clusterName)));
        status["conditions"] = conds;
        writeStatus(status);
        return;
    }
    if (phase == QLatin1String("Pending")) {
        static const QStringList supported = {QStringLiteral("HorizontalScaling"), QStringLiteral("VerticalScaling"),
                                              QStringLiteral("Restart"), QStringLiteral("Switchover"),
                                              QStringLiteral("VolumeExpansion"), QStringLiteral("Stop"),
                                              QStringLiteral("Start"), QStringLiteral("Upgrade")};
        if (!cluster) {
            finish(ops, QStringLiteral("Failed"), QStringLiteral("ValidateFailed"),
                   QStringLiteral("Cluster.apps.kubeblocks.io \"%1\" not found").arg(clusterName));
            return;
        }
        if (!supported.contains(type)) {
            finish(ops, QStringLiteral("Failed"), QStringLiteral("ValidateFailed"),
                   QStringLiteral("OpsRequest type %1 is not simulated by kubesim").arg(type));
            return;
        }
        // Queue: one op at a time per Cluster unless forced.
        const bool force = spec.value("force", false);
        json queue = opsList(*cluster);
        const bool queued = std::any_of(queue.begin(), queue.end(), [&](const json &e) { return e.value("name", std::string()) == s(name); });
        if (!queued) {
            update(m_store, QString::fromLatin1(clusters), ns, clusterName, [&](json &c) {
                json list = opsList(c);
                list.push_back({{"name", s(name)}, {"type", s(type)}, {"inQueue", !list.empty() && !force}});
                c["metadata"]["annotations"][opsAnnotation] = list.dump();
                return true;
            });
            return;
        }
        if (!force && !queue.empty() && queue.front().value("name", std::string()) != s(name))
            return;  // waits for the ops ahead of it
        const QString clusterPhase = q((*cluster).value("status", json::object()).value("phase", json()));
        if (!allowedPhases(type).contains(clusterPhase) && !force) {
            const double deadline = spec.value("preConditionDeadlineSeconds", 0.0);
            if (deadline > 0 && secondsSince(ops["metadata"].value("creationTimestamp", std::string())) * m_timeScale < deadline)
                return;
            finish(ops, QStringLiteral("Failed"), QStringLiteral("ValidateFailed"),
                   QStringLiteral("OpsRequest: %1 is forbidden when Cluster.status.Phase=%2").arg(name, clusterPhase));
            return;
        }
        const QString error = start(ops, *cluster, status);
        if (!error.isEmpty()) {
            finish(ops, QStringLiteral("Failed"), QStringLiteral("ValidateFailed"), error);
            return;
        }
        json conds = status.value("conditions", json::array());
        setCondition(conds, "Validated", "True", "ValidateOpsRequestPassed", s(QStringLiteral("OpsRequest: %1 is validated").arg(name)));
        setCondition(conds, progressingCondition(type), "True", s(type + QStringLiteral("Started")),
                     s(QStringLiteral("Start to process the %1 OpsRequest in Cluster: %2").arg(type, clusterName)));
        status["conditions"] = conds;
        status["phase"] = "Creating";
        status["startTimestamp"] = nowIso();
        writeStatus(status);
        recordEvent(m_store, ops, "Normal", s(type + QStringLiteral("Started")).c_str(),
                    QStringLiteral("Start to process the %1 OpsRequest in Cluster: %2").arg(type, clusterName), component);
        return;
    }
    if (!cluster) {
        finish(ops, QStringLiteral("Failed"), QStringLiteral("ClusterDeleted"),
               QStringLiteral("Cluster.apps.kubeblocks.io \"%1\" not found").arg(clusterName));
        return;
    }
    if (phase == QLatin1String("Creating")) {
        status["phase"] = "Running";
        writeStatus(status);
        return;
    }
    if (phase == QLatin1String("Running") && spec.value("cancel", false)) {
        if (type != QLatin1String("VerticalScaling") && type != QLatin1String("HorizontalScaling")) {
            recordEvent(m_store, ops, "Warning", QStringLiteral("CancelNotSupported"),
                        QStringLiteral("forbidden to cancel the opsRequest which type not in ['VerticalScaling','HorizontalScaling']"), component);
        } else {
            // Put the Cluster back as it was before this op.
            const json last = status.value("lastConfiguration", json::object()).value("components", json::object());
            update(m_store, QString::fromLatin1(clusters), ns, clusterName, [&](json &c) {
                for (auto it = last.begin(); it != last.end(); ++it) {
                    if (json *cs = componentSpec(c, QString::fromStdString(it.key()))) {
                        for (auto f = it.value().begin(); f != it.value().end(); ++f)
                            (*cs)[f.key()] = f.value();
                    }
                }
                c["metadata"]["generation"] = c["metadata"].value("generation", 1) + 1;
                return true;
            });
            status["phase"] = "Cancelling";
            status["cancelTimestamp"] = nowIso();
            status["clusterGeneration"] = (*cluster)["metadata"].value("generation", 1) + 1;
            writeStatus(status);
            return;
        }
    }
    if (phase == QLatin1String("Cancelling")) {
        const json cst = (*cluster).value("status", json::object());
        if (cst.value("observedGeneration", 0) >= status.value("clusterGeneration", 0) && cst.value("phase", std::string()) == "Running")
            finish(ops, QStringLiteral("Cancelled"), QStringLiteral("CancelSucceed"),
                   QStringLiteral("Cancel OpsRequest: %1 successfully").arg(name));
        return;
    }
    bool complete = false;
    progress(ops, *cluster, status, &complete);
    writeStatus(status);
    if (complete) {
        finish(ops, QStringLiteral("Succeed"), QStringLiteral("OpsRequestProcessedSuccessfully"),
               QStringLiteral("Successfully processed the OpsRequest: %1 in Cluster: %2").arg(name, clusterName));
        return;
    }
    const double timeout = spec.value("timeoutSeconds", 0.0);
    if (timeout > 0 && secondsSince(status.value("startTimestamp", std::string())) * m_timeScale >= timeout)
        finish(ops, QStringLiteral("Failed"), QStringLiteral("Timeout"), QStringLiteral("Timed out waiting for the OpsRequest to complete"));
}

QString KbOpsController::start(const json &ops, const json &cluster, json &status)
{
    const json spec = ops["spec"];
    const QString type = q(spec["type"]);
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    json changed = cluster;
    json last = json::object();
    const auto entries = [&](const char *field) { return spec.value(field, json::array()); };
    const auto requireComponent = [&](const json &entry, QString *error) -> json * {
        const QString comp = q(entry.value("componentName", json()));
        json *cs = componentSpec(changed, comp);
        if (!cs)
            *error = QStringLiteral("component %1 not found in Cluster %2").arg(comp, clusterName);
        return cs;
    };
    QString error;
    if (type == QLatin1String("HorizontalScaling")) {
        for (const json &e : entries("horizontalScaling")) {
            json *cs = requireComponent(e, &error);
            if (!cs)
                return error;
            const int current = cs->value("replicas", 1);
            last[s(q(e["componentName"]))] = {{"replicas", current}, {"offlineInstances", cs->value("offlineInstances", json::array())}};
            int replicas = current + e.value("scaleOut", json::object()).value("replicaChanges", 0);
            const int scaleIn = e.value("scaleIn", json::object()).value("replicaChanges", 0);
            if (scaleIn > current)
                return QStringLiteral("the number of scale-in replicas %1 of component %2 is greater than its current replicas %3")
                    .arg(scaleIn).arg(q(e["componentName"])).arg(current);
            replicas -= scaleIn;
            for (const json &inst : e.value("scaleIn", json::object()).value("onlineInstancesToOffline", json::array())) {
                if (!m_store->get(QString::fromLatin1(pods), ns, q(inst)))
                    return QStringLiteral("instance %1 not found in component %2").arg(q(inst), q(e["componentName"]));
                (*cs)["offlineInstances"].push_back(inst);
                --replicas;
            }
            (*cs)["replicas"] = replicas;
        }
    } else if (type == QLatin1String("VerticalScaling")) {
        for (const json &e : entries("verticalScaling")) {
            json *cs = requireComponent(e, &error);
            if (!cs)
                return error;
            last[s(q(e["componentName"]))] = {{"resources", cs->value("resources", json::object())}};
            for (const char *part : {"requests", "limits"}) {
                if (e.contains(part))
                    for (auto it = e[part].begin(); it != e[part].end(); ++it)
                        (*cs)["resources"][part][it.key()] = it.value();
            }
        }
    } else if (type == QLatin1String("Restart")) {
        const json list = entries("restart");
        for (const json &e : list) {
            json *cs = requireComponent(e, &error);
            if (!cs)
                return error;
            (*cs)["annotations"]["kubeblocks.io/restart"] = nowIso();
        }
    } else if (type == QLatin1String("Stop") || type == QLatin1String("Start")) {
        const json list = entries(type == QLatin1String("Stop") ? "stop" : "start");
        for (json &cs : changed["spec"]["componentSpecs"]) {
            const bool listed = list.empty() || std::any_of(list.begin(), list.end(), [&](const json &e) {
                return e.value("componentName", json()) == cs.value("name", json());
            });
            if (!listed)
                continue;
            if (type == QLatin1String("Stop"))
                cs["stop"] = true;
            else
                cs.erase("stop");
        }
    } else if (type == QLatin1String("VolumeExpansion")) {
        for (const json &e : entries("volumeExpansion")) {
            json *cs = requireComponent(e, &error);
            if (!cs)
                return error;
            for (const json &v : e.value("volumeClaimTemplates", json::array())) {
                json *vct = nullptr;
                for (json &t : (*cs)["volumeClaimTemplates"]) {
                    if (t.value("name", json()) == v.value("name", json()))
                        vct = &t;
                }
                if (!vct)
                    return QStringLiteral("volumeClaimTemplate %1 not found in component %2").arg(q(v["name"]), q(e["componentName"]));
                const json old = (*vct)["spec"]["resources"]["requests"].value("storage", json());
                if (quantityBytes(v["storage"]) < quantityBytes(old))
                    return QStringLiteral("requested storage size of volumeClaimTemplate %1 can not less than status.capacity.storage %2")
                        .arg(q(v["name"]), q(old));
                QString sc = q((*vct)["spec"].value("storageClassName", json()));
                for (const auto &c : m_store->list(QStringLiteral("storage.k8s.io/storageclasses")).items) {
                    const bool isDefault = (*c)["metadata"].value("annotations", json::object())
                                               .value("storageclass.kubernetes.io/is-default-class", std::string()) == "true";
                    if ((sc.isEmpty() && isDefault) || q((*c)["metadata"]["name"]) == sc) {
                        if (!(*c).value("allowVolumeExpansion", false))
                            return QStringLiteral("volumeClaimTemplate %1 of component %2: StorageClass %3 does not support volume expansion")
                                .arg(q(v["name"]), q(e["componentName"]), q((*c)["metadata"]["name"]));
                    }
                }
                (*vct)["spec"]["resources"]["requests"]["storage"] = v["storage"];
            }
        }
    } else if (type == QLatin1String("Upgrade")) {
        for (const json &e : spec.value("upgrade", json::object()).value("components", json::array())) {
            json *cs = requireComponent(e, &error);
            if (!cs)
                return error;
            if (e.contains("serviceVersion"))
                (*cs)["serviceVersion"] = e["serviceVersion"];
            if (e.contains("componentDefinitionName"))
                (*cs)["componentDef"] = e["componentDefinitionName"];
        }
        m_clusters->resolve(changed, &error);
        if (!error.isEmpty())
            return error;
    } else if (type == QLatin1String("Switchover")) {
        for (const json &e : entries("switchover")) {
            const QString comp = q(e.value("componentName", json()));
            QString resolveError;
            bool supported = false;
            for (const auto &r : m_clusters->resolve(cluster, &resolveError)) {
                if (r.name == comp)
                    supported = r.def->switchover;
            }
            if (!supported)
                return QStringLiteral("component %1 does not support switchover").arg(comp);
            if (!m_clusters->requestSwitchover(ns, clusterName, comp, q(e.value("instanceName", json())),
                                               q(e.value("candidateName", json())), &error))
                return error;
        }
        status["progress"] = "0/1";
        return {};
    }
    if (type == QLatin1String("HorizontalScaling") || type == QLatin1String("VerticalScaling"))
        status["lastConfiguration"] = {{"components", last}};
    if (changed["spec"] != cluster["spec"]) {
        const auto stored = update(m_store, QString::fromLatin1(clusters), ns, clusterName, [&](json &c) {
            c["spec"] = changed["spec"];
            c["metadata"]["generation"] = c["metadata"].value("generation", 1) + 1;
            return true;
        });
        status["clusterGeneration"] = (*stored)["metadata"]["generation"];
    } else {
        status["clusterGeneration"] = cluster["metadata"].value("generation", 1);
    }
    return {};
}

void KbOpsController::progress(const json &ops, const json &cluster, json &status, bool *complete)
{
    const json spec = ops["spec"];
    const QString type = q(spec["type"]);
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    const json cst = cluster.value("status", json::object());
    const bool caughtUp = cst.value("observedGeneration", 0) >= status.value("clusterGeneration", 0);
    const QString clusterPhase = q(cst.value("phase", json()));

    // Per component: its pods, done when ready and on the current revision (or gone when stopping).
    int done = 0, total = 0;
    json components = json::object();
    for (const json &cs : cluster["spec"].value("componentSpecs", json::array())) {
        const QString comp = q(cs["name"]);
        const char *listField = type == QLatin1String("HorizontalScaling") ? "horizontalScaling"
                                : type == QLatin1String("VerticalScaling") ? "verticalScaling"
                                : type == QLatin1String("Restart")         ? "restart"
                                : type == QLatin1String("VolumeExpansion") ? "volumeExpansion"
                                : type == QLatin1String("Switchover")      ? "switchover"
                                : type == QLatin1String("Stop")            ? "stop"
                                : type == QLatin1String("Start")           ? "start"
                                                                           : "";
        json list = type == QLatin1String("Upgrade") ? spec.value("upgrade", json::object()).value("components", json::array())
                                                     : spec.value(listField, json::array());
        const bool all = list.empty() && (type == QLatin1String("Stop") || type == QLatin1String("Start"));
        if (!all && std::none_of(list.begin(), list.end(), [&](const json &e) { return e.value("componentName", json()) == cs["name"]; }))
            continue;
        const QString its = clusterName + QLatin1Char('-') + comp;
        const auto itsObj = m_store->get(QString::fromLatin1(instanceSets), ns, its);
        const std::string revision = itsObj ? (*itsObj).value("status", json::object()).value("updateRevision", std::string()) : std::string();
        json details = json::array();
        int compDone = 0, compTotal = 0;
        if (type == QLatin1String("Switchover")) {
            compTotal = 1;
            for (const json &e : list) {
                if (e.value("componentName", json()) != cs["name"])
                    continue;
                // Done once the named instance no longer holds the primary role and another one does.
                QString primary;
                for (const auto &p : m_store->list(QString::fromLatin1(pods), ns).items) {
                    const json lbl = (*p)["metadata"].value("labels", json::object());
                    if (lbl.value("app.kubernetes.io/instance", std::string()) == s(clusterName)
                        && lbl.value("apps.kubeblocks.io/component-name", std::string()) == s(comp)
                        && lbl.value("kubeblocks.io/role", std::string()) == "primary")
                        primary = q((*p)["metadata"]["name"]);
                }
                const QString candidate = q(e.value("candidateName", json()));
                const bool moved = !primary.isEmpty() && primary != q(e["instanceName"])
                                   && (candidate.isEmpty() || primary == candidate);
                compDone = moved ? 1 : 0;
                details.push_back({{"objectKey", "Pod/" + s(q(e["instanceName"]))},
                                   {"status", moved ? "Succeed" : "Processing"},
                                   {"message", moved ? s(QStringLiteral("switchover completed, new primary: %1").arg(primary))
                                                     : std::string("switchover in progress")}});
            }
        } else if (type == QLatin1String("VolumeExpansion")) {
            for (const auto &p : m_store->list(QString::fromLatin1(pvcs), ns).items) {
                const json lbl = (*p)["metadata"].value("labels", json::object());
                if (lbl.value("app.kubernetes.io/instance", std::string()) != s(clusterName)
                    || lbl.value("apps.kubeblocks.io/component-name", std::string()) != s(comp))
                    continue;
                ++compTotal;
                const bool ok = (*p).value("status", json::object()).value("capacity", json::object()).value("storage", json())
                                == (*p)["spec"]["resources"]["requests"].value("storage", json());
                compDone += ok;
                details.push_back({{"objectKey", "PersistentVolumeClaim/" + s(q((*p)["metadata"]["name"]))},
                                   {"status", ok ? "Succeed" : "Processing"}});
            }
        } else {
            const bool stopping = type == QLatin1String("Stop");
            for (const auto &p : m_store->list(QString::fromLatin1(pods), ns).items) {
                const json lbl = (*p)["metadata"].value("labels", json::object());
                if (lbl.value("app.kubernetes.io/instance", std::string()) != s(clusterName)
                    || lbl.value("apps.kubeblocks.io/component-name", std::string()) != s(comp))
                    continue;
                ++compTotal;
                const bool ok = !stopping && podReady(*p) && lbl.value("controller-revision-hash", std::string()) == revision;
                compDone += ok;
                details.push_back({{"objectKey", "Pod/" + s(q((*p)["metadata"]["name"]))},
                                   {"status", ok ? "Succeed" : "Processing"}});
            }
            if (stopping) {
                const int before = status.value("components", json::object()).value(s(comp), json::object()).value("total", 0);
                compTotal = std::max(before, compTotal);
                compDone = compTotal - int(details.size());
            } else {
                compTotal = std::max(compTotal, cs.value("replicas", 1));
            }
        }
        done += compDone;
        total += compTotal;
        const QString compPhase = q(cst.value("components", json::object()).value(s(comp), json::object()).value("phase", json()));
        components[s(comp)] = {{"phase", s(compPhase)}, {"progressDetails", details}, {"total", compTotal}};
    }
    QString target = type == QLatin1String("Stop") ? QStringLiteral("Stopped") : QStringLiteral("Running");
    *complete = caughtUp && clusterPhase == target && (type != QLatin1String("Switchover") || done == total);
    if (*complete)
        done = total;
    status["progress"] = s(QStringLiteral("%1/%2").arg(qMin(done, total)).arg(total));
    status["components"] = components;
}

} // namespace sd::sim
