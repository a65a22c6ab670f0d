#include "kubesim/containerenv.h"

#include "kubesim/objects.h"
#include "kubesim/quantity.h"
#include "kubesim/store.h"

namespace sd::sim {

using json = nlohmann::json;
using objects::str;

namespace {

std::optional<QByteArray> keyOf(const Store *store, const QString &resource, const QString &ns, const QString &name,
                                const QString &key)
{
    const auto object = store->get(resource, ns, name);
    if (!object)
        return std::nullopt;
    const bool secret = resource == objects::kSecrets;
    const json data = object->value("data", json::object());
    if (data.is_object() && data.contains(key.toStdString()) && data[key.toStdString()].is_string()) {
        const QByteArray raw = QByteArray::fromStdString(data[key.toStdString()].get<std::string>());
        return secret ? QByteArray::fromBase64(raw) : raw;
    }
    const json stringData = object->value("stringData", json::object());
    if (stringData.is_object() && stringData.contains(key.toStdString()) && stringData[key.toStdString()].is_string())
        return QByteArray::fromStdString(stringData[key.toStdString()].get<std::string>());
    return std::nullopt;
}

QMap<QString, QByteArray> allKeys(const Store *store, const QString &resource, const QString &ns, const QString &name)
{
    QMap<QString, QByteArray> out;
    const auto object = store->get(resource, ns, name);
    if (!object)
        return out;
    const json data = object->value("data", json::object());
    for (auto it = data.begin(); data.is_object() && it != data.end(); ++it) {
        if (!it->is_string())
            continue;
        const QByteArray raw = QByteArray::fromStdString(it->get<std::string>());
        out.insert(QString::fromStdString(it.key()), resource == objects::kSecrets ? QByteArray::fromBase64(raw) : raw);
    }
    return out;
}

QString fieldValue(const json &pod, const QString &path, const QString &podIP)
{
    const json meta = pod.value("metadata", json::object());
    if (path == QStringLiteral("metadata.name"))
        return str(meta, "name");
    if (path == QStringLiteral("metadata.namespace"))
        return str(meta, "namespace");
    if (path == QStringLiteral("metadata.uid"))
        return str(meta, "uid");
    if (path == QStringLiteral("spec.nodeName"))
        return str(pod.value("spec", json::object()), "nodeName");
    if (path == QStringLiteral("spec.serviceAccountName"))
        return str(pod.value("spec", json::object()), "serviceAccountName");
    if (path == QStringLiteral("status.podIP"))
        return podIP;
    if (path == QStringLiteral("status.hostIP"))
        return str(pod.value("status", json::object()), "hostIP");
    static const QString labelsPrefix = QStringLiteral("metadata.labels['");
    if (path.startsWith(labelsPrefix) && path.endsWith(QStringLiteral("']")))
        return str(meta.value("labels", json::object()), path.mid(labelsPrefix.size()).chopped(2).toUtf8().constData());
    return {};
}

// Adds the files one volume source contributes under `dir` (items select and rename keys).
void mountSource(const Store *store, const QString &ns, const QString &resource, const json &source, const char *nameKey,
                 const QString &dir, QMap<QString, QByteArray> &files)
{
    const QMap<QString, QByteArray> keys = allKeys(store, resource, ns, str(source, nameKey));
    const json items = source.value("items", json::array());
    if (items.is_array() && !items.empty()) {
        for (const auto &item : items) {
            const QString key = str(item, "key");
            if (keys.contains(key))
                files.insert(dir + QLatin1Char('/') + str(item, "path"), keys.value(key));
        }
        return;
    }
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        files.insert(dir + QLatin1Char('/') + it.key(), it.value());
}

} // namespace

ContainerEnv ContainerEnv::resolve(const Store *store, const json &pod, const json &container, const QString &podIP)
{
    ContainerEnv out;
    out.ns = objects::ns(pod);
    out.pod = objects::name(pod);
    out.container = str(container, "name");
    out.podIP = podIP;
    out.image = str(container, "image");
    for (const auto &c : container.value("command", json::array()))
        out.command.append(c.is_string() ? QString::fromStdString(c.get<std::string>()) : QString());
    for (const auto &a : container.value("args", json::array()))
        out.args.append(a.is_string() ? QString::fromStdString(a.get<std::string>()) : QString());
    for (const auto &from : container.value("envFrom", json::array())) {
        const QString prefix = str(from, "prefix");
        const bool secret = from.contains("secretRef");
        const json ref = from.value(secret ? "secretRef" : "configMapRef", json::object());
        const auto keys = allKeys(store, secret ? objects::kSecrets : objects::kConfigMaps, out.ns, str(ref, "name"));
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            out.env.insert(prefix + it.key(), QString::fromUtf8(it.value()));
    }
    for (const auto &e : container.value("env", json::array())) {
        const QString name = str(e, "name");
        if (e.contains("value")) {
            out.env.insert(name, str(e, "value"));
            continue;
        }
        const json from = e.value("valueFrom", json::object());
        if (from.contains("secretKeyRef") || from.contains("configMapKeyRef")) {
            const bool secret = from.contains("secretKeyRef");
            const json ref = from[secret ? "secretKeyRef" : "configMapKeyRef"];
            if (const auto value = keyOf(store, secret ? objects::kSecrets : objects::kConfigMaps, out.ns, str(ref, "name"),
                                         str(ref, "key")))
                out.env.insert(name, QString::fromUtf8(*value));
        } else if (from.contains("fieldRef")) {
            out.env.insert(name, fieldValue(pod, str(from["fieldRef"], "fieldPath"), podIP));
        } else {
            out.env.insert(name, QString());
        }
    }
    QMap<QString, QString> mountPaths;  // volume → path
    for (const auto &m : container.value("volumeMounts", json::array()))
        mountPaths.insert(str(m, "name"), str(m, "mountPath"));
    for (const auto &v : pod.value("spec", json::object()).value("volumes", json::array())) {
        const QString dir = mountPaths.value(str(v, "name"));
        if (dir.isEmpty())
            continue;
        if (v.contains("configMap"))
            mountSource(store, out.ns, objects::kConfigMaps, v["configMap"], "name", dir, out.files);
        else if (v.contains("secret"))
            mountSource(store, out.ns, objects::kSecrets, v["secret"], "secretName", dir, out.files);
        for (const auto &source : v.value("projected", json::object()).value("sources", json::array())) {
            if (source.contains("configMap"))
                mountSource(store, out.ns, objects::kConfigMaps, source["configMap"], "name", dir, out.files);
            else if (source.contains("secret"))
                mountSource(store, out.ns, objects::kSecrets, source["secret"], "name", dir, out.files);
        }
    }
    for (const auto &p : container.value("ports", json::array()))
        out.ports.append({str(p, "name"), p.value("containerPort", 0)});
    const QString limit = str(container.value("resources", json::object()).value("limits", json::object()), "memory");
    out.memoryLimit = quantity::bytes(limit).value_or(0);
    return out;
}

int ContainerEnv::portNumber(const json &port) const
{
    if (port.is_number_integer())
        return port.get<int>();
    if (!port.is_string())
        return 0;
    const QString text = QString::fromStdString(port.get<std::string>());
    bool numeric = false;
    const int number = text.toInt(&numeric);
    if (numeric)
        return number;
    for (const auto &[name, value] : ports) {
        if (name == text)
            return value;
    }
    return 0;
}

QString ContainerEnv::imageName() const
{
    const QString reference = image.section(QLatin1Char('@'), 0, 0);
    const QString last = reference.section(QLatin1Char('/'), -1);
    return last.section(QLatin1Char(':'), 0, 0);
}

QString ContainerEnv::imageTag() const
{
    const QString last = image.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('/'), -1);
    return last.contains(QLatin1Char(':')) ? last.section(QLatin1Char(':'), -1) : QStringLiteral("latest");
}

} // namespace sd::sim
