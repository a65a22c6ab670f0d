#include "kubesim/validation.h"

#include <QRegularExpression>
#include <QSet>

namespace sd::sim {

namespace {
const QString kLabelFmt = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
const QString kSubdomainFmt = kLabelFmt + QStringLiteral("(\\.") + kLabelFmt + QStringLiteral(")*");
const QString kQualifiedFmt = QStringLiteral("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

bool fullMatch(const QString &pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch();
}

QString jsonText(const nlohmann::json &value)
{
    return QString::fromStdString(value.is_string() ? value.get<std::string>() : value.dump());
}

QString str(const nlohmann::json &j, const char *key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

void validateStringMap(const nlohmann::json &map, const QString &field, bool labels, std::vector<FieldError> &out)
{
    if (map.is_null())
        return;
    if (!map.is_object()) {
        out.push_back(FieldError::invalid(field, map, QStringLiteral("must be a map of strings")));
        return;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (const QString p = validateLabelKey(key); !p.isEmpty())
            out.push_back(FieldError::invalid(field, key.toStdString(), p));
        if (!it->is_string()) {
            out.push_back(FieldError::invalid(field + QLatin1Char('.') + key, *it, QStringLiteral("must be a string")));
            continue;
        }
        if (labels) {
            if (const QString p = validateLabelValue(jsonText(*it)); !p.isEmpty())
                out.push_back(FieldError::invalid(field, *it, p));
        }
    }
}

void validateContainers(const nlohmann::json &podSpec, const QString &path, std::vector<FieldError> &out)
{
    const auto containers = podSpec.value("containers", nlohmann::json());
    if (!containers.is_array() || containers.empty()) {
        out.push_back(FieldError::required(path + QStringLiteral(".containers")));
        return;
    }
    QSet<QString> names;
    for (const char *listName : {"initContainers", "containers"}) {
        const auto list = podSpec.value(listName, nlohmann::json::array());
        if (!list.is_array())
            continue;
        for (size_t i = 0; i < list.size(); ++i) {
            const auto &c = list[i];
            const QString cpath = QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(listName)).arg(i);
            const QString name = str(c, "name");
            if (name.isEmpty())
                out.push_back(FieldError::required(cpath + QStringLiteral(".name")));
            else if (const QString p = validateDns1123Label(name); !p.isEmpty())
                out.push_back(FieldError::invalid(cpath + QStringLiteral(".name"), name.toStdString(), p));
            else if (names.contains(name))
                out.push_back({QStringLiteral("FieldValueDuplicate"), cpath + QStringLiteral(".name"),
                               QStringLiteral("Duplicate value: \"%1\"").arg(name)});
            names.insert(name);
            if (str(c, "image").isEmpty())
                out.push_back(FieldError::required(cpath + QStringLiteral(".image")));
            const auto ports = c.value("ports", nlohmann::json::array());
            for (size_t p = 0; ports.is_array() && p < ports.size(); ++p) {
                const QString ppath = QStringLiteral("%1.ports[%2]").arg(cpath).arg(p);
                const QString portName = str(ports[p], "name");
                if (!portName.isEmpty()) {
                    if (const QString problem = validateIanaSvcName(portName); !problem.isEmpty())
                        out.push_back(FieldError::invalid(ppath + QStringLiteral(".name"), portName.toStdString(), problem));
                }
                const auto port = ports[p].value("containerPort", nlohmann::json());
                if (!port.is_number_integer())
                    out.push_back(FieldError::required(ppath + QStringLiteral(".containerPort")));
                else if (port.get<int>() < 1 || port.get<int>() > 65535)
                    out.push_back(FieldError::invalid(ppath + QStringLiteral(".containerPort"), port,
                                                      QStringLiteral("must be between 1 and 65535, inclusive")));
            }
        }
    }
}
} // namespace

FieldError FieldError::invalid(const QString &field, const nlohmann::json &value, const QString &detail)
{
    const QString shown = value.is_string() ? QStringLiteral("\"%1\"").arg(jsonText(value)) : jsonText(value);
    return {QStringLiteral("FieldValueInvalid"), field, QStringLiteral("Invalid value: %1: %2").arg(shown, detail)};
}

FieldError FieldError::required(const QString &field, const QString &detail)
{
    return {QStringLiteral("FieldValueRequired"), field,
            detail.isEmpty() ? QStringLiteral("Required value") : QStringLiteral("Required value: %1").arg(detail)};
}

FieldError FieldError::notSupported(const QString &field, const nlohmann::json &value, const QStringList &allowed)
{
    QStringList quoted;
    for (const QString &a : allowed)
        quoted.append(QStringLiteral("\"%1\"").arg(a));
    return {QStringLiteral("FieldValueNotSupported"), field,
            QStringLiteral("Unsupported value: %1: supported values: %2")
                .arg(value.is_string() ? QStringLiteral("\"%1\"").arg(jsonText(value)) : jsonText(value),
                     quoted.join(QStringLiteral(", ")))};
}

QString validateDns1123Subdomain(const QString &value)
{
    if (value.size() > 253)
        return QStringLiteral("must be no more than 253 characters");
    if (!fullMatch(kSubdomainFmt, value))
        return QStringLiteral("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, "
                              "'-' or '.', and must start and end with an alphanumeric character (e.g. "
                              "'example.com', regex used for validation is '%1')")
            .arg(kSubdomainFmt);
    return {};
}

QString validateDns1123Label(const QString &value)
{
    if (value.size() > 63)
        return QStringLiteral("must be no more than 63 characters");
    if (!fullMatch(kLabelFmt, value))
        return QStringLiteral("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', "
                              "and must start and end with an alphanumeric character (e.g. 'my-name',  or "
                              "'123-abc', regex used for validation is '%1')")
            .arg(kLabelFmt);
    return {};
}

QString validateLabelKey(const QString &value)
{
    QString name = value;
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        const QString prefix = value.left(slash);
        name = value.mid(slash + 1);
        if (prefix.isEmpty())
            return QStringLiteral("prefix part must be non-empty");
        if (const QString p = validateDns1123Subdomain(prefix); !p.isEmpty())
            return QStringLiteral("prefix part %1").arg(p);
    }
    if (name.isEmpty())
        return QStringLiteral("name part must be non-empty");
    if (name.size() > 63)
        return QStringLiteral("name part must be no more than 63 characters");
    if (!fullMatch(kQualifiedFmt, name))
        return QStringLiteral("name part must consist of alphanumeric characters, '-', '_' or '.', and must start "
                              "and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or "
                              "'123-abc', regex used for validation is '%1')")
            .arg(kQualifiedFmt);
    return {};
}

QString validateLabelValue(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.size() > 63)
        return QStringLiteral("must be no more than 63 characters");
    if (!fullMatch(kQualifiedFmt, value))
        return QStringLiteral("a valid label must be an empty string or consist of alphanumeric characters, '-', "
                              "'_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  "
                              "or 'my_value',  or '12345', regex used for validation is '(%1)?')")
            .arg(kQualifiedFmt);
    return {};
}

QString validateIanaSvcName(const QString &value)
{
    if (value.size() > 15)
        return QStringLiteral("must be no more than 15 characters");
    if (!fullMatch(QStringLiteral("[-a-z0-9]+"), value))
        return QStringLiteral("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    if (value.contains(QStringLiteral("--")))
        return QStringLiteral("must not contain consecutive hyphens");
    if (!value.contains(QRegularExpression(QStringLiteral("[a-z]"))))
        return QStringLiteral("must contain at least one letter (a-z)");
    if (value.startsWith(QLatin1Char('-')) || value.endsWith(QLatin1Char('-')))
        return QStringLiteral("must not begin or end with a hyphen");
    return {};
}

std::vector<FieldError> validateObject(const ResourceType &type, const nlohmann::json &object)
{
    std::vector<FieldError> out;
    const auto meta = object.value("metadata", nlohmann::json::object());
    const QString name = str(meta, "name");
    // Namespaces, services and a few others are DNS labels; everything else a DNS subdomain.
    const bool labelName = type.plural == QStringLiteral("namespaces") || type.plural == QStringLiteral("services");
    if (name.isEmpty()) {
        out.push_back(FieldError::required(QStringLiteral("metadata.name"), QStringLiteral("name or generateName is required")));
    } else if (!type.group.startsWith(QStringLiteral("rbac."))) {
        const QString problem = labelName ? validateDns1123Label(name) : validateDns1123Subdomain(name);
        if (!problem.isEmpty())
            out.push_back(FieldError::invalid(QStringLiteral("metadata.name"), name.toStdString(), problem));
    }
    validateStringMap(meta.value("labels", nlohmann::json()), QStringLiteral("metadata.labels"), true, out);
    validateStringMap(meta.value("annotations", nlohmann::json()), QStringLiteral("metadata.annotations"), false, out);
    if (type.custom)
        return out;

    const auto spec = object.value("spec", nlohmann::json::object());
    if (type.kind == QStringLiteral("Pod")) {
        validateContainers(spec, QStringLiteral("spec"), out);
    } else if (type.kind == QStringLiteral("Deployment") || type.kind == QStringLiteral("StatefulSet")
               || type.kind == QStringLiteral("ReplicaSet")) {
        const auto selector = spec.value("selector", nlohmann::json());
        if (!selector.is_object() || selector.empty())
            out.push_back(FieldError::required(QStringLiteral("spec.selector")));
        const auto tmpl = spec.value("template", nlohmann::json::object());
        const auto tmplLabels = tmpl.value("metadata", nlohmann::json::object()).value("labels", nlohmann::json::object());
        if (selector.is_object() && !selector.empty()) {
            const auto ml = selector.value("matchLabels", nlohmann::json::object());
            for (auto it = ml.begin(); ml.is_object() && it != ml.end(); ++it) {
                if (!tmplLabels.is_object() || tmplLabels.value(it.key(), nlohmann::json()) != *it) {
                    out.push_back(FieldError::invalid(QStringLiteral("spec.template.metadata.labels"), tmplLabels,
                                                      QStringLiteral("`selector` does not match template `labels`")));
                    break;
                }
            }
        }
        validateContainers(tmpl.value("spec", nlohmann::json::object()), QStringLiteral("spec.template.spec"), out);
        if (auto r = spec.find("replicas"); r != spec.end() && (!r->is_number_integer() || r->get<int>() < 0))
            out.push_back(FieldError::invalid(QStringLiteral("spec.replicas"), *r,
                                              QStringLiteral("must be greater than or equal to 0")));
    } else if (type.kind == QStringLiteral("Service")) {
        const auto ports = spec.value("ports", nlohmann::json::array());
        const QString svcType = str(spec, "type");
        if ((!ports.is_array() || ports.empty()) && svcType != QStringLiteral("ExternalName")
            && str(spec, "clusterIP") != QStringLiteral("None"))
            out.push_back(FieldError::required(QStringLiteral("spec.ports")));
        for (size_t i = 0; ports.is_array() && i < ports.size(); ++i) {
            const QString ppath = QStringLiteral("spec.ports[%1]").arg(i);
            const QString portName = str(ports[i], "name");
            if (ports.size() > 1 && portName.isEmpty())
                out.push_back(FieldError::required(ppath + QStringLiteral(".name")));
            else if (!portName.isEmpty())
                if (const QString p = validateDns1123Label(portName); !p.isEmpty())
                    out.push_back(FieldError::invalid(ppath + QStringLiteral(".name"), portName.toStdString(), p));
            const auto port = ports[i].value("port", nlohmann::json());
            if (!port.is_number_integer())
                out.push_back(FieldError::required(ppath + QStringLiteral(".port")));
            else if (port.get<int>() < 1 || port.get<int>() > 65535)
                out.push_back(FieldError::invalid(ppath + QStringLiteral(".port"), port,
                                                  QStringLiteral("must be between 1 and 65535, inclusive")));
        }
        if (!svcType.isEmpty()) {
            const QStringList allowed = {QStringLiteral("ClusterIP"), QStringLiteral("ExternalName"),
                                         QStringLiteral("LoadBalancer"), QStringLiteral("NodePort")};
            if (!allowed.contains(svcType))
                out.push_back(FieldError::notSupported(QStringLiteral("spec.type"), svcType.toStdString(), allowed));
        }
    } else if (type.kind == QStringLiteral("ConfigMap") || type.kind == QStringLiteral("Secret")) {
        for (const char *field : {"data", "binaryData", "stringData"}) {
            const auto data = object.value(field, nlohmann::json());
            for (auto it = data.begin(); data.is_object() && it != data.end(); ++it) {
                const QString key = QString::fromStdString(it.key());
                if (!fullMatch(QStringLiteral("[-._a-zA-Z0-9]+"), key))
                    out.push_back(FieldError::invalid(QStringLiteral("%1[%2]").arg(QLatin1String(field), key),
                                                      key.toStdString(),
                                                      QStringLiteral("a valid config key must consist of alphanumeric "
                                                                     "characters, '-', '_' or '.' (e.g. 'key.name',  or "
                                                                     "'KEY_NAME',  or 'key-name', regex used for "
                                                                     "validation is '[-._a-zA-Z0-9]+')")));
            }
        }
    }
    return out;
}

} // namespace sd::sim
