#include "kubesim/openimconfig.h"

#include "kubesim/containerenv.h"
#include "schema/yamljson.h"

#include <QFile>
#include <QStringList>

#include <algorithm>

namespace sd::sim {

using json = nlohmann::json;

namespace {

const json &schema()
{
    static const json files = [] {
        QFile f(QStringLiteral(":/kubesim/openim/config-main.json"));
        if (!f.open(QIODevice::ReadOnly))
            return json::object();
        return json::parse(f.readAll().toStdString(), nullptr, false).value("files", json::object());
    }();
    return files;
}

QString goType(const json &value)
{
    if (value.is_object())
        return QStringLiteral("map[string]interface {}");
    if (value.is_array())
        return QStringLiteral("[]interface {}");
    if (value.is_string())
        return QStringLiteral("string");
    if (value.is_boolean())
        return QStringLiteral("bool");
    if (value.is_number_integer())
        return QStringLiteral("int");
    return QStringLiteral("float64");
}

QString scalarText(const json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}

// Decodes `value` into `type` the way mapstructure does with WeaklyTypedInput and viper's
// string-to-slice hook; appends errors in mapstructure's wording.
json decode(const json &value, const json &type, const QString &path, QStringList &errors)
{
    if (type.is_object()) {
        if (value.is_null())
            return json::object();
        if (!value.is_object()) {
            errors.append(QStringLiteral("'%1' expected a map, got '%2'").arg(path, goType(value) == QStringLiteral("[]interface {}")
                                                                                         ? QStringLiteral("slice")
                                                                                         : goType(value)));
            return json::object();
        }
        json out = json::object();
        QStringList unknown;
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!type.contains(it.key())) {
                unknown.append(key);
                continue;
            }
            out[it.key()] = decode(*it, type[it.key()], path.isEmpty() ? key : path + QLatin1Char('.') + key, errors);
        }
        if (!unknown.isEmpty()) {
            std::sort(unknown.begin(), unknown.end());
            errors.append(QStringLiteral("'%1' has invalid keys: %2").arg(path, unknown.join(QStringLiteral(", "))));
        }
        return out;
    }
    const QString t = QString::fromStdString(type.get<std::string>());
    if (t == QStringLiteral("any"))
        return value;
    if (t.startsWith(QLatin1Char('['))) {
        const json element = json(t.mid(1).chopped(1).toStdString());
        json items = json::array();
        if (value.is_null())
            return items;
        if (value.is_string()) {
            const QString text = QString::fromStdString(value.get<std::string>());
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.push_back(part.trimmed().toStdString());
        } else if (value.is_array()) {
            items = value;
        } else if (value.is_object()) {
            errors.append(QStringLiteral("'%1': source data must be an array or slice, got map").arg(path));
            return json::array();
        } else {
            items.push_back(value);
        }
        json out = json::array();
        for (size_t i = 0; i < items.size(); ++i)
            out.push_back(decode(items[i], element, QStringLiteral("%1[%2]").arg(path).arg(i), errors));
        return out;
    }
    if (value.is_null())
        return t == QStringLiteral("string") ? json("") : t == QStringLiteral("bool") ? json(false) : json(0);
    if (value.is_object() || value.is_array()) {
        errors.append(QStringLiteral("'%1' expected type '%2', got unconvertible type '%3', value: '%4'")
                          .arg(path, t == QStringLiteral("float") ? QStringLiteral("float64") : t, goType(value),
                               QString::fromStdString(value.dump())));
        return nullptr;
    }
    if (t == QStringLiteral("string"))
        return scalarText(value).toStdString();
    if (t == QStringLiteral("bool")) {
        if (value.is_boolean())
            return value;
        if (value.is_number())
            return value.get<double>() != 0;
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("TRUE"),
                                        QStringLiteral("true"), QStringLiteral("True")};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"), QStringLiteral("FALSE"),
                                       QStringLiteral("false"), QStringLiteral("False"), QString()};
        const QString text = scalarText(value);
        if (yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        errors.append(QStringLiteral("cannot parse '%1' as bool: strconv.ParseBool: parsing \"%2\": invalid syntax").arg(path, text));
        return nullptr;
    }
    if (value.is_boolean())
        return value.get<bool>() ? 1 : 0;
    if (value.is_number())
        return t == QStringLiteral("int") ? json(value.get<qint64>()) : json(value.get<double>());
    const QString text = scalarText(value);
    bool ok = text.isEmpty();
    json number = 0;
    if (!text.isEmpty()) {
        if (t == QStringLiteral("int"))
            number = text.toLongLong(&ok, 0);
        else
            number = text.toDouble(&ok);
    }
    if (!ok) {
        errors.append(QStringLiteral("cannot parse '%1' as %2: strconv.%3: parsing \"%4\": invalid syntax")
                          .arg(path, t, t == QStringLiteral("int") ? QStringLiteral("ParseInt") : QStringLiteral("ParseFloat"), text));
        return nullptr;
    }
    return number;
}

// viper's AutomaticEnv: every key the file has (at any depth) may be replaced by PREFIX_KEY_PATH.
void overrideFromEnv(json &node, const QString &prefix, const ContainerEnv &env)
{
    if (!node.is_object())
        return;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = prefix + QLatin1Char('_') + QString::fromStdString(it.key()).toUpper();
        if (env.env.contains(name))
            *it = env.env.value(name).toStdString();
        else
            overrideFromEnv(*it, name, env);
    }
}

// As go-yaml words it (its line is one further on than yaml-cpp's): "yaml: line 4: illegal map value".
QString goYamlError(const ParseError &error)
{
    return error.line > 0 ? QStringLiteral("yaml: line %1: %2").arg(error.line + 1).arg(error.message)
                          : QStringLiteral("yaml: %1").arg(error.message);
}

} // namespace

QString OpenImConfig::envPrefix(const QString &file)
{
    QString stem = file;
    if (stem.endsWith(QLatin1String(".yml")))
        stem.chop(4);
    return (QStringLiteral("IMENV_") + stem.replace(QLatin1Char('-'), QLatin1Char('_'))).toUpper();
}

bool OpenImConfig::knows(const QString &file) { return schema().contains(file.toStdString()); }

std::optional<json> OpenImConfig::load(const ContainerEnv &env, const QString &file, QString *error)
{
    const QString dir = env.env.value(QStringLiteral("CONFIG_PATH"));
    const QString path = (dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/')) + file;
    const QString prefix = envPrefix(file);
    const QString context = QStringLiteral("path=%1, envPrefix=%2").arg(path, prefix);
    if (!env.files.contains(path)) {
        *error = QStringLiteral("failed to read config file, %1: open %2: no such file or directory").arg(context, path);
        return std::nullopt;
    }
    ParseError parseError;
    std::optional<json> parsed = parseJsonOrYaml(env.files.value(path), &parseError);
    if (!parsed) {
        *error = QStringLiteral("failed to read config file, %1: While parsing config: %2").arg(context, goYamlError(parseError));
        return std::nullopt;
    }
    if (parsed->is_null())
        parsed = json::object();
    overrideFromEnv(*parsed, prefix, env);
    QStringList errors;
    const json type = schema().value(file.toStdString(), json::object());
    json decoded = decode(*parsed, type, QString(), errors);
    if (!errors.isEmpty()) {
        QString list;
        for (const QString &e : std::as_const(errors))
            list += QStringLiteral("\n* ") + e;
        *error = QStringLiteral("failed to unmarshal config, %1: %2 error(s) decoding:\n%3")
                     .arg(context)
                     .arg(errors.size())
                     .arg(list);
        return std::nullopt;
    }
    return decoded;
}

} // namespace sd::sim
