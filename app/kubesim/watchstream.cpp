#include "kubesim/watchstream.h"

#include "kubesim/httpconnection.h"

namespace sd::sim {

WatchStream::WatchStream(HttpConnection *connection, const ResourceType &type, Options options, Decorator decorate,
                         QObject *parent)
    : QObject(parent), m_connection(connection), m_type(type), m_storageKey(type.storageKey()),
      m_apiVersion(type.groupVersion().toStdString()), m_kind(type.kind.toStdString()),
      m_namespace(options.ns.toStdString()), m_options(std::move(options)), m_decorate(std::move(decorate))
{
    connect(connection, &HttpConnection::closed, this, [this] {
        m_done = true;
        deleteLater();
    });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &WatchStream::finish);
    m_bookmarks.setInterval(m_options.bookmarkIntervalMs);
    connect(&m_bookmarks, &QTimer::timeout, this, [this] {
        send("BOOKMARK", {{"kind", m_type.kind.toStdString()},
                          {"apiVersion", m_type.groupVersion().toStdString()},
                          {"metadata", {{"resourceVersion", std::to_string(m_lastVersion)}}}});
    });
}

void WatchStream::start(const std::vector<JsonPtr> &existing, const std::vector<WatchEvent> &replay,
                        quint64 startVersion)
{
    if (!m_connection)
        return;
    m_connection->beginStream(200, "application/json");
    m_lastVersion = startVersion;
    for (const JsonPtr &obj : existing) {
        if (matches(obj.get()))
            send("ADDED", m_decorate(*obj));
    }
    for (const WatchEvent &e : replay)
        deliver(e);
    if (m_options.timeoutSeconds > 0)
        m_timeout.start(m_options.timeoutSeconds * 1000);
    if (m_options.bookmarks)
        m_bookmarks.start();
}

bool WatchStream::matches(const nlohmann::json *object) const
{
    if (!object)
        return false;
    // Runs for every watcher on every change: compares in place, copies nothing.
    static const nlohmann::json kNone = nlohmann::json::object();
    const auto metaIt = object->find("metadata");
    const nlohmann::json &meta = metaIt != object->end() ? *metaIt : kNone;
    if (!m_namespace.empty()) {
        const auto ns = meta.find("namespace");
        if (ns == meta.end() || !ns->is_string() || ns->get_ref<const std::string &>() != m_namespace)
            return false;
    }
    if (!m_options.labels.isEmpty()) {
        const auto labels = meta.find("labels");
        if (!m_options.labels.matches(labels != meta.end() ? *labels : kNone))
            return false;
    }
    return m_options.fields.isEmpty() || m_options.fields.matches(*object);
}

void WatchStream::deliver(const WatchEvent &event, SharedEncoding *shared)
{
    if (m_done || event.resource != m_storageKey || event.resourceVersion <= m_lastVersion)
        return;
    m_lastVersion = event.resourceVersion;
    const bool now = matches(event.object.get());
    const bool before = matches(event.previous.get());
    const char *type = WatchEvent::typeName(event.type);
    if (event.type == WatchEvent::Modified) {
        if (!now && !before)
            return;
        if (now && !before)
            type = "ADDED";
        else if (!now && before)
            type = "DELETED";
    } else if (!now) {
        return;
    }
    if (shared && !m_options.table)
        sendEncoded(type, event, shared);
    else
        send(type, m_decorate(*event.object));
}

void WatchStream::sendEncoded(const char *type, const WatchEvent &event, SharedEncoding *shared)
{
    if (m_done || !m_connection)
        return;
    auto it = shared->find(QByteArray(type));
    if (it == shared->end()) {
        const nlohmann::json &object = *event.object;
        QByteArray line;
        if (event.encoded && object.value("apiVersion", std::string()) == m_apiVersion
            && object.value("kind", std::string()) == m_kind) {
            // The store's own encoding already is the object a client must see.
            line.reserve(qsizetype(event.encoded->size()) + 40);
            line.append(R"({"type":")").append(type).append(R"(","object":)");
            line.append(event.encoded->data(), qsizetype(event.encoded->size())).append("}\n");
        } else {
            line = QByteArray::fromStdString(nlohmann::json{{"type", type}, {"object", m_decorate(object)}}.dump()) + '\n';
        }
        it = shared->insert(QByteArray(type), line);
    }
    m_connection->writeChunk(*it);
}

void WatchStream::send(const char *type, const nlohmann::json &object)
{
    if (m_done || !m_connection)
        return;
    nlohmann::json payload = object;
    if (m_options.table && std::string(type) != "ERROR" && std::string(type) != "BOOKMARK") {
        payload = makeTable(m_type, {&object}, m_options.include);
        payload["metadata"]["resourceVersion"] = object["metadata"].value("resourceVersion", std::string());
    }
    const nlohmann::json event = {{"type", type}, {"object", payload}};
    m_connection->writeChunk(QByteArray::fromStdString(event.dump()) + '\n');
}

void WatchStream::fail(const nlohmann::json &status)
{
    send("ERROR", status);
    finish();
}

void WatchStream::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_bookmarks.stop();
    m_timeout.stop();
    if (m_connection)
        m_connection->endStream();
    deleteLater();
}

void WatchStream::drop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->abort();
    deleteLater();
}

} // namespace sd::sim
