#pragma once

#include "kubesim/httprequest.h"
#include "kubesim/tlsmaterial.h"

#include <QHostAddress>
#include <QObject>

class QSslServer;

namespace sd::sim {

class HttpConnection;

// HTTPS/1.1 listener: QSslServer for TLS (client certificates requested, not required) and one
// HttpConnection per accepted socket. Emits requestReceived for every complete request; the
// receiver answers through the connection. Lives on one thread; not thread-safe.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(const TlsMaterial &tls, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    QHostAddress address() const;
    void close();

    // Request bodies above this answer 413 (default 8 MiB, about the real API server's 3 MiB objects with room).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    int connectionCount() const;

signals:
    void requestReceived(sd::sim::HttpConnection *connection, const sd::sim::HttpRequest &request);

private:
    void onPendingConnection();

    QSslServer *m_server;  // owned (child)
    qint64 m_maxBodyBytes = 8 * 1024 * 1024;
};

} // namespace sd::sim
