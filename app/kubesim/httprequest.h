#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace sd::sim {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request. Value type; header names are lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;      // percent-encoded, as on the wire
    QByteArray rawQuery;  // without '?'
    HeaderList headers;
    QByteArray body;
    bool upgrade = false;  // the client asked to switch protocols (websocket)

    // All values of a header joined with ", " (how repeated headers combine in HTTP).
    QByteArray header(QByteArrayView name) const;
    // Decoded value of the first query parameter `name`, or a null QString.
    QString query(QStringView name) const;
    // All decoded values of query parameter `name` (exec's repeated `command`).
    QStringList queryAll(QStringView name) const;
    // Query booleans as Go's strconv.ParseBool reads them (1/t/T/TRUE/true/True …); `fallback` when absent.
    // `ok` is set to false when the value is present but not a boolean.
    bool queryBool(QStringView name, bool fallback = false, bool *ok = nullptr) const;
};

} // namespace sd::sim
