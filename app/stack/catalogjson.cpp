#include "stack/catalogjson.h"

#include <QFile>

namespace sd::Internal {

QString jsonString(const nlohmann::ordered_json &j, const char *key)
{
    return QString::fromStdString(j.at(key).get<std::string>());
}

QStringList jsonStrings(const nlohmann::ordered_json &j, const char *key)
{
    QStringList out;
    for (const auto &item : j.at(key))
        out.append(QString::fromStdString(item.get<std::string>()));
    return out;
}

ResourceSpec jsonResources(const nlohmann::ordered_json &j)
{
    auto quantity = [](const nlohmann::ordered_json &v) {
        const auto q = Quantity::parse(QString::fromStdString(v.get<std::string>()));
        if (!q)
            throw std::invalid_argument("bad quantity " + v.get<std::string>());
        return *q;
    };
    ResourceSpec r;
    r.cpuRequest = quantity(j.at("requests").at("cpu"));
    r.memoryRequest = quantity(j.at("requests").at("memory"));
    r.cpuLimit = quantity(j.at("limits").at("cpu"));
    r.memoryLimit = quantity(j.at("limits").at("memory"));
    return r;
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace sd::Internal
