#include "kubesim/tables.h"

#include <QRegularExpression>
#include <QStringList>

namespace sd::sim {

namespace {
using json = nlohmann::json;

struct Column
{
    const char *name;
    const char *type;
    int priority;
    const char *format = "";
};

std::string s(const json &j, std::initializer_list<const char *> path)
{
    const json *node = &j;
    for (const char *p : path) {
        if (!node->is_object())
            return {};
        auto it = node->find(p);
        if (it == node->end())
            return {};
        node = &*it;
    }
    if (node->is_string())
        return node->get<std::string>();
    if (node->is_null())
        return {};
    return node->dump();
}

const json &sub(const json &j, const char *key)
{
    static const json empty;
    if (!j.is_object())
        return empty;
    auto it = j.find(key);
    return it == j.end() ? empty : *it;
}

qint64 num(const json &j, const char *key, qint64 fallback = 0)
{
    const json &v = sub(j, key);
    return v.is_number() ? v.get<qint64>() : fallback;
}

QString age(const json &obj, const QDateTime &now)
{
    const QString created = QString::fromStdString(s(obj, {"metadata", "creationTimestamp"}));
    const QDateTime t = QDateTime::fromString(created, Qt::ISODate);
    if (!t.isValid())
        return QStringLiteral("<unknown>");
    return humanDuration(t.secsTo(now));
}

std::vector<Column> columnsFor(const ResourceType &type)
{
    const QString &k = type.kind;
    if (k == QStringLiteral("Pod"))
        return {{"Name", "string", 0, "name"}, {"Ready", "string", 0}, {"Status", "string", 0},
                {"Restarts", "string", 0},     {"Age", "string", 0},   {"IP", "string", 1},
                {"Node", "string", 1},         {"Nominated Node", "string", 1}, {"Readiness Gates", "string", 1}};
    if (k == QStringLiteral("Deployment"))
        return {{"Name", "string", 0, "name"}, {"Ready", "string", 0},      {"Up-to-date", "integer", 0},
                {"Available", "integer", 0},   {"Age", "string", 0},        {"Containers", "string", 1},
                {"Images", "string", 1},       {"Selector", "string", 1}};
    if (k == QStringLiteral("StatefulSet"))
        return {{"Name", "string", 0, "name"}, {"Ready", "string", 0}, {"Age", "string", 0},
                {"Containers", "string", 1},   {"Images", "string", 1}};
    if (k == QStringLiteral("ReplicaSet"))
        return {{"Name", "string", 0, "name"}, {"Desired", "integer", 0}, {"Current", "integer", 0},
                {"Ready", "integer", 0},       {"Age", "string", 0},      {"Containers", "string", 1},
                {"Images", "string", 1},       {"Selector", "string", 1}};
    if (k == QStringLiteral("Service"))
        return {{"Name", "string", 0, "name"}, {"Type", "string", 0},   {"Cluster-IP", "string", 0},
                {"External-IP", "string", 0},  {"Port(s)", "string", 0}, {"Age", "string", 0},
                {"Selector", "string", 1}};
    if (k == QStringLiteral("Namespace"))
        return {{"Name", "string", 0, "name"}, {"Status", "string", 0}, {"Age", "string", 0}};
    if (k == QStringLiteral("Node"))
        return {{"Name", "string", 0, "name"}, {"Status", "string", 0}, {"Roles", "string", 0},
                {"Age", "string", 0},          {"Version", "string", 0}, {"Internal-IP", "string", 1}};
    if (k == QStringLiteral("ConfigMap"))
        return {{"Name", "string", 0, "name"}, {"Data", "string", 0}, {"Age", "string", 0}};
    if (k == QStringLiteral("Secret"))
        return {{"Name", "string", 0, "name"}, {"Type", "string", 0}, {"Data", "string", 0}, {"Age", "string", 0}};
    if (k == QStringLiteral("Event"))
        return {{"Last Seen", "string", 0}, {"Type", "string", 0}, {"Reason", "string", 0},
                {"Object", "string", 0},    {"Message", "string", 0}};
    if (k == QStringLiteral("PersistentVolumeClaim"))
        return {{"Name", "string", 0, "name"}, {"Status", "string", 0},       {"Volume", "string", 0},
                {"Capacity", "string", 0},     {"Access Modes", "string", 0}, {"StorageClass", "string", 0},
                {"Age", "string", 0}};
    if (k == QStringLiteral("StorageClass"))
        return {{"Name", "string", 0, "name"}, {"Provisioner", "string", 0},       {"ReclaimPolicy", "string", 0},
                {"VolumeBindingMode", "string", 0}, {"AllowVolumeExpansion", "string", 0}, {"Age", "string", 0}};
    if (k == QStringLiteral("CustomResourceDefinition"))
        return {{"Name", "string", 0, "name"}, {"Created At", "date", 0}};
    return {{"Name", "string", 0, "name"}, {"Age", "string", 0}};
}

QString joinContainers(const json &podSpec, const char *field)
{
    QStringList out;
    for (const auto &c : sub(podSpec, "containers")) {
        if (c.is_object())
            out.append(QString::fromStdString(s(c, {field})));
    }
    return out.join(QLatin1Char(','));
}

QString selectorText(const json &selector)
{
    QStringList out;
    const json &ml = sub(selector, "matchLabels");
    for (auto it = ml.begin(); ml.is_object() && it != ml.end(); ++it)
        out.append(QString::fromStdString(it.key()) + QLatin1Char('=')
                   + QString::fromStdString(it->is_string() ? it->get<std::string>() : it->dump()));
    return out.join(QLatin1Char(','));
}

json podCells(const json &pod, const QDateTime &now)
{
    const json &status = sub(pod, "status");
    const json &spec = sub(pod, "spec");
    int ready = 0;
    qint64 restarts = 0;
    QString reason = QString::fromStdString(s(status, {"phase"}));
    if (!s(status, {"reason"}).empty())
        reason = QString::fromStdString(s(status, {"reason"}));
    for (const auto &cs : sub(status, "containerStatuses")) {
        if (sub(cs, "ready").is_boolean() && sub(cs, "ready").get<bool>())
            ++ready;
        restarts += num(cs, "restartCount");
        const json &state = sub(cs, "state");
        if (!s(state, {"waiting", "reason"}).empty())
            reason = QString::fromStdString(s(state, {"waiting", "reason"}));
        else if (!s(state, {"terminated", "reason"}).empty())
            reason = QString::fromStdString(s(state, {"terminated", "reason"}));
    }
    if (!s(pod, {"metadata", "deletionTimestamp"}).empty())
        reason = QStringLiteral("Terminating");
    if (reason.isEmpty())
        reason = QStringLiteral("Pending");
    const size_t total = sub(spec, "containers").is_array() ? sub(spec, "containers").size() : 0;
    std::string ip = s(status, {"podIP"});
    std::string node = s(spec, {"nodeName"});
    std::string nominated = s(status, {"nominatedNodeName"});
    return json::array({s(pod, {"metadata", "name"}), QStringLiteral("%1/%2").arg(ready).arg(total).toStdString(),
                        reason.toStdString(), std::to_string(restarts), age(pod, now).toStdString(),
                        ip.empty() ? "<none>" : ip, node.empty() ? "<none>" : node,
                        nominated.empty() ? "<none>" : nominated, "<none>"});
}

QString servicePorts(const json &spec)
{
    QStringList out;
    for (const auto &p : sub(spec, "ports")) {
        QString text = QString::number(num(p, "port"));
        if (num(p, "nodePort") > 0)
            text += QLatin1Char(':') + QString::number(num(p, "nodePort"));
        const std::string proto = s(p, {"protocol"});
        text += QLatin1Char('/') + QString::fromStdString(proto.empty() ? "TCP" : proto);
        out.append(text);
    }
    return out.isEmpty() ? QStringLiteral("<none>") : out.join(QLatin1Char(','));
}

json cellsFor(const ResourceType &type, const json &obj, const QDateTime &now)
{
    const QString &k = type.kind;
    const std::string name = s(obj, {"metadata", "name"});
    const std::string ageText = age(obj, now).toStdString();
    const json &spec = sub(obj, "spec");
    const json &status = sub(obj, "status");
    if (k == QStringLiteral("Pod"))
        return podCells(obj, now);
    if (k == QStringLiteral("Deployment")) {
        const json &podSpec = sub(sub(spec, "template"), "spec");
        return json::array({name,
                            QStringLiteral("%1/%2").arg(num(status, "readyReplicas")).arg(num(spec, "replicas", 1)).toStdString(),
                            num(status, "updatedReplicas"), num(status, "availableReplicas"), ageText,
                            joinContainers(podSpec, "name").toStdString(), joinContainers(podSpec, "image").toStdString(),
                            selectorText(sub(spec, "selector")).toStdString()});
    }
    if (k == QStringLiteral("StatefulSet")) {
        const json &podSpec = sub(sub(spec, "template"), "spec");
        return json::array({name,
                            QStringLiteral("%1/%2").arg(num(status, "readyReplicas")).arg(num(spec, "replicas", 1)).toStdString(),
                            ageText, joinContainers(podSpec, "name").toStdString(),
                            joinContainers(podSpec, "image").toStdString()});
    }
    if (k == QStringLiteral("ReplicaSet")) {
        const json &podSpec = sub(sub(spec, "template"), "spec");
        return json::array({name, num(spec, "replicas", 1), num(status, "replicas"), num(status, "readyReplicas"),
                            ageText, joinContainers(podSpec, "name").toStdString(),
                            joinContainers(podSpec, "image").toStdString(),
                            selectorText(sub(spec, "selector")).toStdString()});
    }
    if (k == QStringLiteral("Service")) {
        QStringList external;
        for (const auto &ing : sub(sub(status, "loadBalancer"), "ingress"))
            external.append(QString::fromStdString(s(ing, {"ip"})));
        const std::string svcType = s(spec, {"type"});
        QString ext = external.join(QLatin1Char(','));
        if (ext.isEmpty())
            ext = svcType == "LoadBalancer" ? QStringLiteral("<pending>") : QStringLiteral("<none>");
        QStringList sel;
        const json &selector = sub(spec, "selector");
        for (auto it = selector.begin(); selector.is_object() && it != selector.end(); ++it)
            sel.append(QString::fromStdString(it.key() + "=" + (it->is_string() ? it->get<std::string>() : "")));
        return json::array({name, svcType.empty() ? "ClusterIP" : svcType, s(spec, {"clusterIP"}).empty() ? "<none>" : s(spec, {"clusterIP"}),
                            ext.toStdString(), servicePorts(spec).toStdString(), ageText,
                            sel.isEmpty() ? "<none>" : sel.join(QLatin1Char(',')).toStdString()});
    }
    if (k == QStringLiteral("Namespace")) {
        const std::string phase = s(status, {"phase"});
        return json::array({name, phase.empty() ? "Active" : phase, ageText});
    }
    if (k == QStringLiteral("Node")) {
        QString ready = QStringLiteral("Unknown");
        for (const auto &c : sub(status, "conditions")) {
            if (s(c, {"type"}) == "Ready")
                ready = s(c, {"status"}) == "True" ? QStringLiteral("Ready") : QStringLiteral("NotReady");
        }
        QStringList roles;
        const json &labels = sub(sub(obj, "metadata"), "labels");
        for (auto it = labels.begin(); labels.is_object() && it != labels.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (key.startsWith(QStringLiteral("node-role.kubernetes.io/")))
                roles.append(key.mid(24));
        }
        std::string ip;
        for (const auto &a : sub(status, "addresses")) {
            if (s(a, {"type"}) == "InternalIP")
                ip = s(a, {"address"});
        }
        return json::array({name, ready.toStdString(), roles.isEmpty() ? "<none>" : roles.join(QLatin1Char(',')).toStdString(),
                            ageText, s(status, {"nodeInfo", "kubeletVersion"}), ip.empty() ? "<none>" : ip});
    }
    if (k == QStringLiteral("ConfigMap") || k == QStringLiteral("Secret")) {
        size_t count = 0;
        for (const char *field : {"data", "binaryData"})
            count += sub(obj, field).is_object() ? sub(obj, field).size() : 0;
        if (k == QStringLiteral("ConfigMap"))
            return json::array({name, count, ageText});
        const std::string t = s(obj, {"type"});
        return json::array({name, t.empty() ? "Opaque" : t, count, ageText});
    }
    if (k == QStringLiteral("Event")) {
        const std::string last = s(obj, {"lastTimestamp"}).empty() ? s(obj, {"eventTime"}) : s(obj, {"lastTimestamp"});
        const QDateTime t = QDateTime::fromString(QString::fromStdString(last), Qt::ISODate);
        const std::string kindName = s(obj, {"involvedObject", "kind"});
        QString object = QString::fromStdString(kindName).toLower() + QLatin1Char('/')
                         + QString::fromStdString(s(obj, {"involvedObject", "name"}));
        return json::array({t.isValid() ? humanDuration(t.secsTo(now)).toStdString() : ageText, s(obj, {"type"}),
                            s(obj, {"reason"}), object.toStdString(), s(obj, {"message"})});
    }
    if (k == QStringLiteral("PersistentVolumeClaim")) {
        QStringList modes;
        for (const auto &m : sub(status, "accessModes"))
            modes.append(m == "ReadWriteOnce" ? QStringLiteral("RWO") : m == "ReadOnlyMany" ? QStringLiteral("ROX")
                         : m == "ReadWriteMany" ? QStringLiteral("RWX") : QStringLiteral("RWOP"));
        return json::array({name, s(status, {"phase"}), s(spec, {"volumeName"}), s(status, {"capacity", "storage"}),
                            modes.join(QLatin1Char(',')).toStdString(), s(spec, {"storageClassName"}), ageText});
    }
    if (k == QStringLiteral("StorageClass")) {
        std::string display = name;
        if (s(obj, {"metadata", "annotations", "storageclass.kubernetes.io/is-default-class"}) == "true")
            display += " (default)";
        const std::string reclaim = s(obj, {"reclaimPolicy"});
        const std::string binding = s(obj, {"volumeBindingMode"});
        const json &expand = sub(obj, "allowVolumeExpansion");
        return json::array({display, s(obj, {"provisioner"}), reclaim.empty() ? "Delete" : reclaim,
                            binding.empty() ? "Immediate" : binding,
                            expand.is_boolean() && expand.get<bool>() ? "true" : "false", ageText});
    }
    if (k == QStringLiteral("CustomResourceDefinition"))
        return json::array({name, s(obj, {"metadata", "creationTimestamp"})});
    json cells = json::array({name});
    for (const auto &col : type.printerColumns) {
        const json v = evaluateSimpleJsonPath(obj, QString::fromStdString(col.value("jsonPath", std::string())));
        const std::string colType = col.value("type", std::string("string"));
        if (colType == "date") {
            const QDateTime t = v.is_string() ? QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODate)
                                              : QDateTime();
            cells.push_back(t.isValid() ? humanDuration(t.secsTo(now)).toStdString() : "<unknown>");
        } else if (v.is_null()) {
            cells.push_back(colType == "string" ? json("") : json());
        } else {
            cells.push_back(v);
        }
    }
    if (type.custom) {
        bool hasAge = false;
        for (const auto &col : type.printerColumns)
            hasAge = hasAge || QString::fromStdString(col.value("name", std::string())).compare(QStringLiteral("Age"), Qt::CaseInsensitive) == 0;
        if (!hasAge)
            cells.push_back(ageText);
        return cells;
    }
    cells.push_back(ageText);
    return cells;
}
} // namespace

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 120)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(rest);
    }
    if (minutes < 180)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 rest = minutes % 60;
        return rest == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(rest);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const qint64 rest = hours % 24;
        return rest == 0 ? QStringLiteral("%1d").arg(hours / 24) : QStringLiteral("%1d%2h").arg(hours / 24).arg(rest);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    const qint64 days = hours / 24;
    if (hours < 24 * 365 * 8) {
        const qint64 rest = days % 365;
        return rest == 0 ? QStringLiteral("%1y").arg(days / 365) : QStringLiteral("%1y%2d").arg(days / 365).arg(rest);
    }
    return QStringLiteral("%1y").arg(days / 365);
}

json evaluateSimpleJsonPath(const json &object, const QString &path)
{
    static const QRegularExpression segment(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    const json *node = &object;
    auto it = segment.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            if (!node->is_object())
                return {};
            auto f = node->find(m.captured(1).toStdString());
            if (f == node->end())
                return {};
            node = &*f;
        } else {
            const size_t idx = m.captured(2).toULongLong();
            if (!node->is_array() || idx >= node->size())
                return {};
            node = &(*node)[idx];
        }
    }
    return *node;
}

json makeTable(const ResourceType &type, const std::vector<const json *> &objects, IncludeObject include,
               const QDateTime &now)
{
    json columns = json::array();
    if (type.custom) {
        columns.push_back({{"name", "Name"}, {"type", "string"}, {"format", "name"},
                           {"description", "Name must be unique within a namespace."}, {"priority", 0}});
        bool hasAge = false;
        for (const auto &col : type.printerColumns) {
            columns.push_back({{"name", col.value("name", std::string())},
                               {"type", col.value("type", std::string("string")) == "date" ? "string" : col.value("type", std::string("string"))},
                               {"format", col.value("format", std::string())},
                               {"description", col.value("description", std::string())},
                               {"priority", col.value("priority", 0)}});
            hasAge = hasAge || QString::fromStdString(col.value("name", std::string())).compare(QStringLiteral("Age"), Qt::CaseInsensitive) == 0;
        }
        if (!hasAge)
            columns.push_back({{"name", "Age"}, {"type", "date"}, {"format", ""},
                               {"description", "CreationTimestamp is a timestamp."}, {"priority", 0}});
    } else {
        for (const Column &c : columnsFor(type))
            columns.push_back({{"name", c.name}, {"type", c.type}, {"format", c.format},
                               {"description", ""}, {"priority", c.priority}});
    }
    json rows = json::array();
    for (const json *obj : objects) {
        json row = {{"cells", cellsFor(type, *obj, now)}};
        if (include == IncludeObject::Object) {
            row["object"] = *obj;
        } else if (include == IncludeObject::Metadata) {
            row["object"] = {{"kind", "PartialObjectMetadata"}, {"apiVersion", "meta.k8s.io/v1"},
                             {"metadata", obj->value("metadata", json::object())}};
        }
        rows.push_back(std::move(row));
    }
    return {{"kind", "Table"}, {"apiVersion", "meta.k8s.io/v1"}, {"metadata", json::object()},
            {"columnDefinitions", columns}, {"rows", rows}};
}

} // namespace sd::sim
