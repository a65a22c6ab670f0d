#include "schema/validator.h"

#include <QRegularExpression>

namespace sd::schema {

namespace {
using json = nlohmann::json;

QString text(const json &v)
{
    if (v.is_string())
        return QStringLiteral("\"%1\"").arg(QString::fromStdString(v.get<std::string>()));
    return QString::fromStdString(v.dump());
}

QString child(const QString &path, const std::string &key)
{
    return path.isEmpty() ? QString::fromStdString(key) : path + QLatin1Char('.') + QString::fromStdString(key);
}

QString typeName(const json &v)
{
    if (v.is_string())
        return QStringLiteral("string");
    if (v.is_number_integer())
        return QStringLiteral("integer");
    if (v.is_number())
        return QStringLiteral("number");
    if (v.is_boolean())
        return QStringLiteral("boolean");
    if (v.is_array())
        return QStringLiteral("array");
    if (v.is_object())
        return QStringLiteral("object");
    return QStringLiteral("null");
}

bool typeMatches(const std::string &type, const json &v)
{
    if (type == "object")
        return v.is_object();
    if (type == "array")
        return v.is_array();
    if (type == "string")
        return v.is_string();
    if (type == "integer")
        return v.is_number_integer() || (v.is_number_float() && v.get<double>() == double(qint64(v.get<double>())));
    if (type == "number")
        return v.is_number();
    if (type == "boolean")
        return v.is_boolean();
    return true;
}
} // namespace

Validator::Validator(json schema) : m_schema(std::move(schema)) {}

Validator::Result Validator::validate(const json &value, bool applyDefaults) const
{
    Result r;
    r.value = value;
    check(m_schema, r.value, QString(), true, applyDefaults, r);
    return r;
}

void Validator::check(const json &schema, json &value, const QString &path, bool root, bool applyDefaults,
                      Result &result) const
{
    if (!schema.is_object())
        return;
    auto issue = [&](const char *reason, const QString &field, const QString &message) {
        result.issues.push_back({QString::fromLatin1(reason), field, message});
    };
    if (value.is_null()) {
        if (!schema.value("nullable", false) && schema.contains("type"))
            issue("FieldValueTypeInvalid", path,
                  QStringLiteral("Invalid value: \"null\": %1 in body must be of type %2: \"null\"")
                      .arg(path, QString::fromStdString(schema.value("type", std::string()))));
        return;
    }
    const bool intOrString = schema.value("x-kubernetes-int-or-string", false);
    if (intOrString) {
        if (!value.is_string() && !value.is_number_integer())
            issue("FieldValueTypeInvalid", path,
                  QStringLiteral("Invalid value: %1: %2 in body must be of type integer,string: \"%3\"")
                      .arg(text(value), path, typeName(value)));
        return;
    }
    const std::string type = schema.value("type", std::string());
    if (!type.empty() && !typeMatches(type, value)) {
        issue("FieldValueTypeInvalid", path,
              QStringLiteral("Invalid value: %1: %2 in body must be of type %3: \"%4\"")
                  .arg(text(value), path, QString::fromStdString(type), typeName(value)));
        return;
    }
    if (auto e = schema.find("enum"); e != schema.end() && e->is_array()) {
        if (std::find(e->begin(), e->end(), value) == e->end()) {
            QStringList allowed;
            for (const auto &a : *e)
                allowed.append(text(a));
            issue("FieldValueNotSupported", path,
                  QStringLiteral("Unsupported value: %1: supported values: %2").arg(text(value), allowed.join(QStringLiteral(", "))));
        }
    }
    if (value.is_string()) {
        const QString s = QString::fromStdString(value.get<std::string>());
        if (auto m = schema.find("maxLength"); m != schema.end() && m->is_number_integer() && s.size() > m->get<qint64>())
            issue("FieldValueTooLong", path,
                  QStringLiteral("Too long: may not be more than %1 bytes").arg(m->get<qint64>()));
        if (auto m = schema.find("minLength"); m != schema.end() && m->is_number_integer() && s.size() < m->get<qint64>())
            issue("FieldValueInvalid", path,
                  QStringLiteral("Invalid value: %1: %2 in body should be at least %3 chars long")
                      .arg(text(value), path)
                      .arg(m->get<qint64>()));
        if (auto p = schema.find("pattern"); p != schema.end() && p->is_string()) {
            const QRegularExpression re(QString::fromStdString(p->get<std::string>()));
            if (re.isValid() && !re.match(s).hasMatch())
                issue("FieldValueInvalid", path,
                      QStringLiteral("Invalid value: %1: %2 in body should match '%3'")
                          .arg(text(value), path, QString::fromStdString(p->get<std::string>())));
        }
    }
    if (value.is_number()) {
        const double v = value.get<double>();
        if (auto m = schema.find("minimum"); m != schema.end() && m->is_number()) {
            const bool exclusive = schema.value("exclusiveMinimum", false);
            if (exclusive ? v <= m->get<double>() : v < m->get<double>())
                issue("FieldValueInvalid", path,
                      QStringLiteral("Invalid value: %1: %2 in body should be greater than %3%4")
                          .arg(text(value), path, exclusive ? QString() : QStringLiteral("or equal to "),
                               QString::fromStdString(m->dump())));
        }
        if (auto m = schema.find("maximum"); m != schema.end() && m->is_number()) {
            const bool exclusive = schema.value("exclusiveMaximum", false);
            if (exclusive ? v >= m->get<double>() : v > m->get<double>())
                issue("FieldValueInvalid", path,
                      QStringLiteral("Invalid value: %1: %2 in body should be less than %3%4")
                          .arg(text(value), path, exclusive ? QString() : QStringLiteral("or equal to "),
                               QString::fromStdString(m->dump())));
        }
    }
    if (value.is_array()) {
        if (auto m = schema.find("maxItems"); m != schema.end() && m->is_number_integer() && qint64(value.size()) > m->get<qint64>())
            issue("FieldValueTooMany", path,
                  QStringLiteral("Too many: %1: must have at most %2 items").arg(value.size()).arg(m->get<qint64>()));
        if (auto m = schema.find("minItems"); m != schema.end() && m->is_number_integer() && qint64(value.size()) < m->get<qint64>())
            issue("FieldValueInvalid", path,
                  QStringLiteral("Invalid value: %1: %2 in body should have at least %3 items")
                      .arg(value.size())
                      .arg(path)
                      .arg(m->get<qint64>()));
        if (auto items = schema.find("items"); items != schema.end()) {
            for (size_t i = 0; i < value.size(); ++i)
                check(*items, value[i], QStringLiteral("%1[%2]").arg(path).arg(i), false, applyDefaults, result);
        }
    }
    if (value.is_object()) {
        const json props = schema.value("properties", json::object());
        if (applyDefaults) {
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (!value.contains(it.key()) && it->is_object() && it->contains("default"))
                    value[it.key()] = (*it)["default"];
            }
        }
        for (const auto &req : schema.value("required", json::array())) {
            if (req.is_string() && !value.contains(req.get<std::string>()))
                issue("FieldValueRequired", child(path, req.get<std::string>()), QStringLiteral("Required value"));
        }
        const bool preserve = schema.value("x-kubernetes-preserve-unknown-fields", false);
        const json additional = schema.value("additionalProperties", json());
        for (auto it = value.begin(); it != value.end();) {
            const std::string key = it.key();
            if (root && (key == "metadata" || key == "apiVersion" || key == "kind")) {
                ++it;
                continue;
            }
            if (props.contains(key)) {
                check(props[key], *it, child(path, key), false, applyDefaults, result);
                ++it;
            } else if (additional.is_object()) {
                check(additional, *it, child(path, key), false, applyDefaults, result);
                ++it;
            } else if (preserve || (additional.is_boolean() && additional.get<bool>())
                       || (props.empty() && !schema.contains("type"))) {
                ++it;
            } else {
                result.unknownFields.append(child(path, key));
                it = value.erase(it);
            }
        }
    }
}

} // namespace sd::schema
