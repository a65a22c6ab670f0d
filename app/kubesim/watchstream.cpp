#include "kubesim/watchstream.h"

#include "kubesim/httpconnection.h"

namespace sd::sim {

WatchStream::WatchStream(HttpConnection *connection, const ResourceType &type, Options options, Decorator decorate,
                         QObject *parent)
    : QObject(parent), m_connection(connection), m_type(type), m_options(std::move(options)),
      m_decorate(std::move(decorate))
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
    if (!m_options.ns.isEmpty()) {
        const auto &meta = (*object)["metadata"];
        if (QString::fromStdString(meta.value("namespace", std::string())) != m_options.ns)
            return false;
    }
    const auto &meta = (*object)["metadata"];
    return m_options.labels.matches(meta.value("labels", nlohmann::json::object())) && m_options.fields.matches(*object);
}

void WatchStream::deliver(const WatchEvent &event, SharedEncoding *shared)
{
    if (m_done || event.resource != m_type.storageKey() || event.resourceVersion <= m_lastVersion)
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
        const nlohmann::json line = {{"type", type}, {"object", m_decorate(*event.object)}};
        it = shared->insert(QByteArray(type), QByteArray::fromStdString(line.dump()) + '\n');
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
