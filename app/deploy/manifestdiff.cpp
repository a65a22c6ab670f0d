#include "deploy/manifestdiff.h"

#include <set>

namespace sd {

namespace {

using Json = nlohmann::json;

QString text(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

bool isNamedList(const Json &list)
{
    if (!list.is_array() || list.empty())
        return false;
    std::set<std::string> names;
    for (const Json &item : list) {
        if (!item.is_object() || !item.contains("name") || !item["name"].is_string())
            return false;
        if (!names.insert(item["name"].get<std::string>()).second)
            return false;
    }
    return true;
}

const Json *findNamed(const Json &list, const std::string &name)
{
    for (const Json &item : list) {
        if (item["name"] == name)
            return &item;
    }
    return nullptr;
}

struct Differ
{
    bool secret = false;
    QList<FieldChange> out;

    bool hidden(const QString &path) const
    {
        return secret && (path.startsWith(QLatin1String("data.")) || path.startsWith(QLatin1String("stringData.")));
    }

    void change(const QString &path, const Json *before, const Json *after)
    {
        FieldChange c;
        c.path = path;
        c.added = before == nullptr;
        c.removed = after == nullptr;
        if (hidden(path)) {
            c.before = before ? QLatin1String(ManifestDiff::kHidden) : QString();
            c.after = after ? QLatin1String(ManifestDiff::kHidden) : QString();
        } else {
            c.before = before ? text(*before) : QString();
            c.after = after ? text(*after) : QString();
        }
        out.append(c);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    void walk(const QString &path, const Json &before, const Json &after)
    {
        if (before == after)
            return;
        if (before.is_object() && after.is_object()) {
            for (auto it = before.begin(); it != before.end(); ++it) {
                const QString p = join(path, QString::fromStdString(it.key()));
                const auto other = after.find(it.key());
                if (other == after.end())
                    change(p, &it.value(), nullptr);
                else
                    walk(p, it.value(), *other);
            }
            for (auto it = after.begin(); it != after.end(); ++it) {
                if (!before.contains(it.key()))
                    change(join(path, QString::fromStdString(it.key())), nullptr, &it.value());
            }
            return;
        }
        if (isNamedList(before) && isNamedList(after)) {
            for (const Json &item : before) {
                const std::string name = item["name"].get<std::string>();
                const QString p = QStringLiteral("%1[name=%2]").arg(path, QString::fromStdString(name));
                if (const Json *other = findNamed(after, name))
                    walk(p, item, *other);
                else
                    change(p, &item, nullptr);
            }
            for (const Json &item : after) {
                const std::string name = item["name"].get<std::string>();
                if (!findNamed(before, name))
                    change(QStringLiteral("%1[name=%2]").arg(path, QString::fromStdString(name)), nullptr, &item);
            }
            return;
        }
        if (before.is_array() && after.is_array() && before.size() == after.size()) {
            for (size_t i = 0; i < before.size(); ++i)
                walk(QStringLiteral("%1[%2]").arg(path).arg(i), before[i], after[i]);
            return;
        }
        change(path, &before, &after);
    }
};

} // namespace

nlohmann::json ManifestDiff::normalized(const nlohmann::json &object)
{
    Json out = object;
    if (!out.is_object())
        return out;
    out.erase("status");
    if (out.contains("metadata") && out["metadata"].is_object()) {
        Json &md = out["metadata"];
        for (const char *field : {"managedFields", "resourceVersion", "generation", "uid", "creationTimestamp",
                                  "selfLink"})
            md.erase(field);
    }
    return out;
}

QList<FieldChange> ManifestDiff::diff(const nlohmann::json &before, const nlohmann::json &after)
{
    Differ d;
    d.secret = after.value("kind", std::string()) == "Secret" || before.value("kind", std::string()) == "Secret";
    d.walk(QString(), normalized(before), normalized(after));
    return d.out;
}

nlohmann::json ManifestDiff::masked(const nlohmann::json &object)
{
    Json out = object;
    if (!out.is_object() || out.value("kind", std::string()) != "Secret")
        return out;
    for (const char *field : {"data", "stringData"}) {
        if (out.contains(field) && out[field].is_object()) {
            for (auto it = out[field].begin(); it != out[field].end(); ++it)
                it.value() = kHidden;
        }
    }
    return out;
}

} // namespace sd
