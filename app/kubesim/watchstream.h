#pragma once

#include "kubesim/resourcetype.h"
#include "kubesim/selectors.h"
#include "kubesim/store.h"
#include "kubesim/tables.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace sd::sim {

class HttpConnection;

// One open watch: a chunked response carrying one {"type","object"} JSON line per event, filtered by
// namespace and selectors (objects entering/leaving the selection become ADDED/DELETED), optionally
// Table-wrapped, with bookmarks and a timeout. Lives on the server thread; deletes itself when the
// client goes away or the stream ends.
class WatchStream final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString ns;  // empty: all namespaces
        LabelSelector labels;
        FieldSelector fields;
        bool table = false;
        IncludeObject include = IncludeObject::Metadata;
        bool bookmarks = false;
        int timeoutSeconds = 0;       // 0: open until dropped
        int bookmarkIntervalMs = 1000;
    };
    using Decorator = std::function<nlohmann::json(const nlohmann::json &)>;
    // The encoded JSON lines of one store event by watch event type, shared by all plain (non-Table)
    // watchers of that event so 100 watchers serialize it once.
    using SharedEncoding = QHash<QByteArray, QByteArray>;

    WatchStream(HttpConnection *connection, const ResourceType &type, Options options, Decorator decorate,
                QObject *parent = nullptr);

    const QString &resource() const { return m_storageKey; }
    // Writes the response head, synthetic ADDED events for `existing` objects, then the `replay`ed
    // history after `startVersion`.
    void start(const std::vector<JsonPtr> &existing, const std::vector<WatchEvent> &replay, quint64 startVersion);
    void deliver(const WatchEvent &event, SharedEncoding *shared = nullptr);
    // One ERROR event with `status` (410 Expired), then the end of the stream.
    void fail(const nlohmann::json &status);
    // Ends the stream cleanly (terminating chunk); kubectl get -w then exits 0.
    void finish();
    // Drops the TCP connection without a terminating chunk (fault injection).
    void drop();

private:
    bool matches(const nlohmann::json *object) const;
    void send(const char *type, const nlohmann::json &object);
    void sendEncoded(const char *type, const WatchEvent &event, SharedEncoding *shared);

    QPointer<HttpConnection> m_connection;
    ResourceType m_type;
    QString m_storageKey;
    // What an object of this type carries when it needs no decoration (most stored objects do).
    std::string m_apiVersion, m_kind;
    std::string m_namespace;  // m_options.ns in UTF-8, compared with each object's
    Options m_options;
    Decorator m_decorate;
    quint64 m_lastVersion = 0;
    QTimer m_timeout;
    QTimer m_bookmarks;
    bool m_done = false;
};

} // namespace sd::sim
