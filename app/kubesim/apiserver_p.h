#pragma once

// Internal to the ApiServer implementation files (apiserver*.cpp): the per-request context and the
// small JSON helpers they share.

#include "kubesim/apiserver.h"
#include "kubesim/httpconnection.h"
#include "kubesim/resourcetype.h"
#include "kubesim/tables.h"
#include "kubesim/selectors.h"

#include <QDateTime>
#include <QPointer>

#include <nlohmann/json.hpp>

#include <functional>

namespace sd::sim {

using json = nlohmann::json;

struct ApiServer::Context
{
    QPointer<HttpConnection> conn;
    HttpRequest req;
    UserInfo user;
    QStringList segments;
    const ResourceType *type = nullptr;  // points at typeCopy: m_types may be rebuilt while handling
    ResourceType typeCopy;
    QString ns;
    QString name;
    QString sub;
    QString verb;
    bool table = false;
    IncludeObject include = IncludeObject::Metadata;
    bool dryRun = false;
    HeaderList headers;  // Warning headers collected while handling
    std::function<json(const json &)> transform;  // /scale answers a Scale, not the object
    bool rvPrecondition = false;  // the client named the resourceVersion it wrote against
    bool lostRace = false;        // another writer changed the object between read and write
};

struct ApiServer::Selectors
{
    LabelSelector labels;
    FieldSelector fields;
};

inline QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

inline std::string s(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

inline QString qs(const json &j, const char *key) { return QString::fromStdString(s(j, key)); }

inline QString metaName(const json &obj) { return qs(obj.value("metadata", json::object()), "name"); }
inline QString metaNamespace(const json &obj) { return qs(obj.value("metadata", json::object()), "namespace"); }

inline json statusJson(int code, const QString &reason, const QString &message, const json &details = nullptr)
{
    json st = {{"kind", "Status"}, {"apiVersion", "v1"}, {"metadata", json::object()}, {"status", "Failure"},
               {"message", message.toStdString()}, {"reason", reason.toStdString()}, {"code", code}};
    if (!details.is_null())
        st["details"] = details;
    return st;
}

inline json resourceDetails(const ResourceType &type, const QString &name)
{
    json d = {{"name", name.toStdString()}, {"kind", type.plural.toStdString()}};
    if (!type.group.isEmpty())
        d["group"] = type.group.toStdString();
    return d;
}

// The media type parameters of each Accept entry, in the client's order ("" holds the type itself).
QList<QMap<QByteArray, QByteArray>> acceptEntries(const QByteArray &accept);

} // namespace sd::sim
