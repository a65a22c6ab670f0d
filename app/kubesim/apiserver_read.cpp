#include "kubesim/apiserver.h"
#include "kubesim/apiserver_p.h"

#include "kubesim/selectors.h"
#include "kubesim/store.h"
#include "kubesim/tables.h"
#include "kubesim/watchstream.h"
#include "kubesim/httpconnection.h"

namespace sd::sim {

void ApiServer::doGet(Context &ctx)
{
    const auto obj = m_store->get(ctx.type->storageKey(), ctx.ns, ctx.name);
    if (!obj) {
        sendNotFound(ctx);
        return;
    }
    sendObject(ctx, 200, decorate(*ctx.type, *obj));
}

void ApiServer::doList(Context &ctx)
{
    const auto selectors = readSelectors(ctx);
    if (!selectors)
        return;
    const LabelSelector &labels = selectors->labels;
    const FieldSelector &fields = selectors->fields;
    const Store::List list = m_store->list(ctx.type->storageKey(), ctx.ns);
    const qint64 limit = ctx.req.query(u"limit").toLongLong();
    QString startAfter;
    if (const QString token = ctx.req.query(u"continue"); !token.isEmpty()) {
        const json t = json::parse(QByteArray::fromBase64(token.toLatin1()).toStdString(), nullptr, false);
        const quint64 rv = t.is_object() ? QString::fromStdString(s(t, "rv")).toULongLong() : 0;
        if (!t.is_object() || rv < m_store->oldestRetainedVersion()) {
            sendError(ctx.conn, 410, QStringLiteral("Expired"),
                      QStringLiteral("The provided continue parameter is too old to display a consistent list result. "
                                     "You can start a new list without the continue parameter."));
            return;
        }
        startAfter = qs(t, "start");
    }
    // Selected objects (indices into the list: shared, not copied) and the continue token of a limited page.
    std::vector<size_t> selected;
    QString next;
    qint64 remaining = 0;
    for (size_t i = 0; i < list.items.size(); ++i) {
        const json &obj = *list.items[i];
        const json &meta = obj["metadata"];
        const QString key = objectKey(qs(meta, "namespace"), qs(meta, "name"));
        if (!startAfter.isEmpty() && key <= startAfter)
            continue;
        if (!labels.matches(meta.value("labels", json::object())) || !fields.matches(obj))
            continue;
        if (limit > 0 && qint64(selected.size()) >= limit) {
            ++remaining;
            continue;
        }
        selected.push_back(i);
        if (limit > 0 && qint64(selected.size()) == limit)
            next = key;
    }
    json meta = {{"resourceVersion", std::to_string(list.resourceVersion)}};
    if (remaining > 0) {
        const std::string token = json{{"rv", std::to_string(list.resourceVersion)}, {"start", next.toStdString()}}.dump();
        meta["continue"] = QByteArray::fromStdString(token).toBase64().toStdString();
        meta["remainingItemCount"] = remaining;
    }
    const std::string apiVersion = ctx.type->groupVersion().toStdString();
    const std::string kind = ctx.type->kind.toStdString();
    auto needsDecoration = [&](const json &obj) {
        return obj.value("apiVersion", std::string()) != apiVersion || obj.value("kind", std::string()) != kind;
    };
    if (ctx.table) {
        std::vector<json> decorated;
        std::vector<const json *> rowObjects;
        decorated.reserve(selected.size());
        for (size_t i : selected) {
            const json &obj = *list.items[i];
            if (needsDecoration(obj)) {
                decorated.push_back(decorate(*ctx.type, obj));
                rowObjects.push_back(&decorated.back());
            } else {
                rowObjects.push_back(&obj);
            }
        }
        json table = makeTable(*ctx.type, rowObjects, ctx.include);
        table["metadata"] = meta;
        sendJson(ctx, 200, table);
        return;
    }
    // Lists concatenate the store's per-object encodings: no copy or re-encoding of the object trees.
    const QByteArray head = QByteArray::fromStdString("{\"kind\":" + json(ctx.type->listKind().toStdString()).dump()
                                                      + ",\"apiVersion\":" + json(apiVersion).dump()
                                                      + ",\"metadata\":" + meta.dump() + ",\"items\":[");
    qsizetype size = head.size() + 2;
    for (size_t i : selected)
        size += qsizetype(list.encoded[i]->size()) + 1;
    QByteArray body;
    body.reserve(size);
    body += head;
    bool first = true;
    for (size_t i : selected) {
        if (!first)
            body += ',';
        first = false;
        if (needsDecoration(*list.items[i]))
            body += QByteArray::fromStdString(decorate(*ctx.type, *list.items[i]).dump());
        else
            body.append(list.encoded[i]->data(), qsizetype(list.encoded[i]->size()));
    }
    body += "]}";
    if (ctx.conn)
        ctx.conn->respond(200, "application/json", body, ctx.headers);
}

void ApiServer::doWatch(Context &ctx)
{
    const auto selectors = readSelectors(ctx);
    if (!selectors)
        return;
    const LabelSelector &labels = selectors->labels;
    const FieldSelector &fields = selectors->fields;
    if (ctx.req.queryBool(u"sendInitialEvents")) {
        // Watch-list is optional; rejecting it makes client-go fall back to list + watch.
        sendError(ctx.conn, 422, QStringLiteral("Invalid"),
                  QStringLiteral("sendInitialEvents is not supported by this server"));
        return;
    }
    WatchStream::Options options;
    options.ns = ctx.ns;
    options.labels = labels;
    options.fields = fields;
    options.table = ctx.table;
    options.include = ctx.include;
    options.bookmarks = ctx.req.queryBool(u"allowWatchBookmarks");
    options.timeoutSeconds = ctx.req.query(u"timeoutSeconds").toInt();
    const ResourceType type = *ctx.type;
    auto *stream = new WatchStream(ctx.conn, type, options,
                                   [this, type](const json &o) { return decorate(type, o); }, this);
    m_watches.append(stream);

    const QString rvText = ctx.req.query(u"resourceVersion");
    const quint64 current = m_store->resourceVersion();
    if (m_failNextWatches > 0) {
        --m_failNextWatches;
        stream->start({}, {}, current);
        stream->fail(statusJson(410, QStringLiteral("Expired"),
                                QStringLiteral("too old resource version: %1 (%2)").arg(rvText).arg(current)));
        return;
    }
    if (rvText.isEmpty() || rvText == QStringLiteral("0")) {
        const Store::List list = m_store->list(type.storageKey(), ctx.ns);
        // Changes made by other threads between the list and now arrive later through onStoreChanged;
        // the stream skips versions it has already passed.
        stream->start(list.items, m_store->eventsSince(type.storageKey(), list.resourceVersion).value_or(std::vector<WatchEvent>{}),
                      list.resourceVersion);
        return;
    }
    bool ok = false;
    const quint64 rv = rvText.toULongLong(&ok);
    auto events = ok ? m_store->eventsSince(type.storageKey(), rv) : std::nullopt;
    if (!events) {
        stream->start({}, {}, current);
        stream->fail(statusJson(410, QStringLiteral("Expired"),
                                QStringLiteral("too old resource version: %1 (%2)").arg(rvText).arg(current)));
        return;
    }
    stream->start({}, *events, rv);
}

} // namespace sd::sim
