#pragma once

#include "kubesim/httprequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <http_parser.h>

class QSslSocket;

namespace sd::sim {

// One client connection of HttpServer: parses HTTP/1.1 requests with http-parser, one at a time
// (keep-alive, no pipelining overlap), and writes either a whole response, a chunked stream or,
// after an upgrade, RFC 6455 websocket frames. Lives on the server's thread; not thread-safe.
// Owns its socket. Deletes itself (deleteLater) when the peer goes away; holders use QPointer.
class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QSslSocket *socket, qint64 maxBodyBytes, QObject *parent = nullptr);
    ~HttpConnection() override;

    QSslSocket *socket() const { return m_socket; }

    // A complete response; the connection then reads the next request.
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const HeaderList &extraHeaders = {});

    // Chunked streaming response (watch, logs). Until endStream() no further request is read.
    void beginStream(int status, const QByteArray &contentType, const HeaderList &extraHeaders = {});
    void writeChunk(const QByteArray &data);
    void endStream();
    bool isStreaming() const { return m_mode == Mode::Streaming; }

    // Bytes accepted but not yet handed to the kernel (plain + encrypted). Streams producing bulk data
    // stop above a threshold and continue on drained().
    qint64 pendingBytes() const;

    // Switch to websocket after a request with Upgrade: websocket. Writes the 101 answer with
    // `subprotocol`. Returns false (and answers 400) when the handshake headers are invalid.
    bool acceptWebSocket(const HttpRequest &request, const QByteArray &subprotocol);
    enum Opcode : quint8 { Continuation = 0, Text = 1, Binary = 2, Close = 8, Ping = 9, Pong = 10 };
    void sendFrame(quint8 opcode, const QByteArray &payload);
    // Sends a close frame and closes the connection once it is flushed.
    void closeWebSocket(quint16 code = 1000);

    // Drop the connection now (fault injection, shutdown).
    void abort();

    static QByteArray statusText(int status);

signals:
    void requestReceived(const sd::sim::HttpRequest &request);
    void drained();
    void webSocketMessage(quint8 opcode, const QByteArray &payload);
    void closed();

private:
    enum class Mode { Reading, Handling, Streaming, WebSocket, Closing };

    void onReadyRead();
    void processInput();
    void processWebSocketInput();
    void finishResponse();
    void failRequest(int status, const QByteArray &message);
    QByteArray headerBlock(int status, const HeaderList &headers) const;

    static int onUrl(http_parser *p, const char *at, size_t len);
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);

    QSslSocket *m_socket;  // owned (child)
    qint64 m_maxBodyBytes;
    http_parser m_parser;
    http_parser_settings m_settings;
    QByteArray m_input;
    Mode m_mode = Mode::Reading;
    HttpRequest m_current;
    QByteArray m_url;
    QByteArray m_field;
    bool m_lastWasValue = false;
    bool m_messageDone = false;
    bool m_bodyTooLarge = false;
    bool m_keepAlive = true;
    QTimer m_idleTimer;  // closes connections that sit on a half-sent request
    QByteArray m_wsMessage;
    quint8 m_wsMessageOpcode = 0;
};

} // namespace sd::sim
