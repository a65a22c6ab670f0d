#include "kubesim/httpconnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QtEndian>

namespace sd::sim {

namespace {
// A request must arrive completely within this time; idle keep-alive connections are closed after it.
constexpr int kIdleTimeoutMs = 120'000;
constexpr qint64 kDrainedThreshold = 256 * 1024;
constexpr qint64 kMaxHeaderBytes = 256 * 1024;

HttpConnection *self(http_parser *p) { return static_cast<HttpConnection *>(p->data); }
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent), m_socket(socket), m_maxBodyBytes(maxBodyBytes)
{
    m_socket->setParent(this);
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    http_parser_settings_init(&m_settings);
    m_settings.on_url = &HttpConnection::onUrl;
    m_settings.on_header_field = &HttpConnection::onHeaderField;
    m_settings.on_header_value = &HttpConnection::onHeaderValue;
    m_settings.on_headers_complete = &HttpConnection::onHeadersComplete;
    m_settings.on_body = &HttpConnection::onBody;
    m_settings.on_message_complete = &HttpConnection::onMessageComplete;

    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(kIdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_mode == Mode::Reading)
            abort();
    });
    m_idleTimer.start();

    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] {
        if (m_mode == Mode::Closing && pendingBytes() == 0) {
            m_socket->disconnectFromHost();
            return;
        }
        if (pendingBytes() < kDrainedThreshold)
            emit drained();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_mode = Mode::Closing;
        emit closed();
        deleteLater();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            m_socket->abort();
    });
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

qint64 HttpConnection::pendingBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void HttpConnection::onReadyRead()
{
    m_input += m_socket->readAll();
    if (m_mode == Mode::WebSocket)
        processWebSocketInput();
    else
        processInput();
}

void HttpConnection::processInput()
{
    while (m_mode == Mode::Reading && !m_input.isEmpty()) {
        m_messageDone = false;
        const size_t used = http_parser_execute(&m_parser, &m_settings, m_input.constData(),
                                                size_t(m_input.size()));
        const auto err = HTTP_PARSER_ERRNO(&m_parser);
        if (err == HPE_PAUSED || m_messageDone) {
            // onMessageComplete paused the parser so exactly one request is handled at a time.
            m_input.remove(0, qsizetype(used));
            http_parser_pause(&m_parser, 0);
            m_current.upgrade = m_parser.upgrade;
            m_keepAlive = http_should_keep_alive(&m_parser) && !m_current.upgrade;
            m_mode = Mode::Handling;
            m_idleTimer.stop();
            HttpRequest request = std::move(m_current);
            m_current = {};
            emit requestReceived(request);
            return;
        }
        if (err != HPE_OK) {
            if (m_bodyTooLarge)
                failRequest(413, "request body too large");
            else
                failRequest(400, QByteArray("malformed HTTP request: ") + http_errno_name(err));
            return;
        }
        m_input.remove(0, qsizetype(used));
        if (m_url.size() + m_field.size() > kMaxHeaderBytes) {
            failRequest(431, "request header too large");
            return;
        }
    }
}

void HttpConnection::failRequest(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_mode = Mode::Handling;
    respond(status, "text/plain", message + '\n');
}

QByteArray HttpConnection::statusText(int status)
{
    switch (status) {
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Request Entity Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray HttpConnection::headerBlock(int status, const HeaderList &headers) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Date: "
           + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1()
           + "\r\n";
    if (!m_keepAlive && status != 101)
        out += "Connection: close\r\n";
    return out;
}

void HttpConnection::respond(int status, const QByteArray &contentType, const QByteArray &body,
                             const HeaderList &extraHeaders)
{
    if (m_mode != Mode::Handling)
        return;
    HeaderList headers = extraHeaders;
    if (!contentType.isEmpty())
        headers.emplaceBack("Content-Type", contentType);
    headers.emplaceBack("Content-Length", QByteArray::number(body.size()));
    m_socket->write(headerBlock(status, headers) + "\r\n" + body);
    finishResponse();
}

void HttpConnection::beginStream(int status, const QByteArray &contentType, const HeaderList &extraHeaders)
{
    if (m_mode != Mode::Handling)
        return;
    HeaderList headers = extraHeaders;
    headers.emplaceBack("Content-Type", contentType);
    headers.emplaceBack("Transfer-Encoding", "chunked");
    headers.emplaceBack("Cache-Control", "no-cache, private");
    m_socket->write(headerBlock(status, headers) + "\r\n");
    m_mode = Mode::Streaming;
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (m_mode != Mode::Streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::endStream()
{
    if (m_mode != Mode::Streaming)
        return;
    m_socket->write("0\r\n\r\n");
    finishResponse();
}

void HttpConnection::finishResponse()
{
    if (!m_keepAlive) {
        m_mode = Mode::Closing;
        if (pendingBytes() == 0)
            m_socket->disconnectFromHost();
        return;
    }
    m_mode = Mode::Reading;
    m_idleTimer.start();
    if (!m_input.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::abort()
{
    m_mode = Mode::Closing;
    m_socket->abort();
}

bool HttpConnection::acceptWebSocket(const HttpRequest &request, const QByteArray &subprotocol)
{
    if (m_mode != Mode::Handling)
        return false;
    const QByteArray key = request.header("sec-websocket-key").trimmed();
    if (!request.upgrade || key.isEmpty() || request.header("sec-websocket-version").trimmed() != "13"
        || !request.header("upgrade").toLower().contains("websocket")) {
        m_keepAlive = false;
        respond(400, "text/plain", "invalid websocket handshake\n");
        return false;
    }
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    HeaderList headers = {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}, {"Sec-WebSocket-Accept", accept}};
    if (!subprotocol.isEmpty())
        headers.emplaceBack("Sec-WebSocket-Protocol", subprotocol);
    m_socket->write(headerBlock(101, headers) + "\r\n");
    m_mode = Mode::WebSocket;
    if (!m_input.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processWebSocketInput, Qt::QueuedConnection);
    return true;
}

void HttpConnection::sendFrame(quint8 opcode, const QByteArray &payload)
{
    if (m_mode != Mode::WebSocket)
        return;
    QByteArray frame;
    frame.append(char(0x80 | (opcode & 0x0f)));
    const quint64 len = quint64(payload.size());
    if (len < 126) {
        frame.append(char(len));
    } else if (len <= 0xffff) {
        frame.append(char(126));
        frame.append(char(len >> 8));
        frame.append(char(len & 0xff));
    } else {
        frame.append(char(127));
        for (int i = 7; i >= 0; --i)
            frame.append(char((len >> (8 * i)) & 0xff));
    }
    m_socket->write(frame + payload);
}

void HttpConnection::closeWebSocket(quint16 code)
{
    if (m_mode != Mode::WebSocket)
        return;
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian(code, payload.data());
    sendFrame(Close, payload);
    m_mode = Mode::Closing;
    if (pendingBytes() == 0)
        m_socket->disconnectFromHost();
}

void HttpConnection::processWebSocketInput()
{
    // Client frames are always masked (RFC 6455 5.1); control frames may interleave fragments.
    while (m_mode == Mode::WebSocket && m_input.size() >= 2) {
        const auto *d = reinterpret_cast<const uchar *>(m_input.constData());
        const bool fin = d[0] & 0x80;
        const quint8 opcode = d[0] & 0x0f;
        const bool masked = d[1] & 0x80;
        quint64 len = d[1] & 0x7f;
        qsizetype pos = 2;
        if (len == 126) {
            if (m_input.size() < 4)
                return;
            len = qFromBigEndian<quint16>(d + 2);
            pos = 4;
        } else if (len == 127) {
            if (m_input.size() < 10)
                return;
            len = qFromBigEndian<quint64>(d + 2);
            pos = 10;
        }
        if (!masked || len > quint64(m_maxBodyBytes)) {
            closeWebSocket(1002);
            return;
        }
        if (m_input.size() < pos + 4 + qsizetype(len))
            return;
        const uchar *mask = d + pos;
        pos += 4;
        QByteArray payload = m_input.mid(pos, qsizetype(len));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ mask[i % 4]);
        m_input.remove(0, pos + qsizetype(len));

        if (opcode == Ping) {
            sendFrame(Pong, payload);
        } else if (opcode == Close) {
            emit webSocketMessage(Close, payload);
            if (m_mode == Mode::WebSocket)
                closeWebSocket(1000);
            return;
        } else if (opcode == Pong) {
            continue;
        } else {
            if (opcode != Continuation) {
                m_wsMessage.clear();
                m_wsMessageOpcode = opcode;
            }
            m_wsMessage += payload;
            if (fin) {
                const QByteArray message = std::exchange(m_wsMessage, {});
                emit webSocketMessage(m_wsMessageOpcode, message);
            }
        }
    }
}

int HttpConnection::onUrl(http_parser *p, const char *at, size_t len)
{
    self(p)->m_url.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onHeaderField(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (c->m_lastWasValue)
        c->m_field.clear();
    c->m_field.append(at, qsizetype(len));
    c->m_lastWasValue = false;
    return 0;
}

int HttpConnection::onHeaderValue(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (!c->m_lastWasValue)
        c->m_current.headers.emplaceBack(c->m_field.toLower(), QByteArray());
    c->m_current.headers.last().second.append(at, qsizetype(len));
    c->m_lastWasValue = true;
    return 0;
}

int HttpConnection::onHeadersComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    c->m_current.method = http_method_str(http_method(p->method));
    const qsizetype q = c->m_url.indexOf('?');
    c->m_current.path = q < 0 ? c->m_url : c->m_url.left(q);
    c->m_current.rawQuery = q < 0 ? QByteArray() : c->m_url.mid(q + 1);
    c->m_url.clear();
    c->m_field.clear();
    c->m_lastWasValue = false;
    if (p->content_length != ULLONG_MAX && p->content_length > quint64(c->m_maxBodyBytes)) {
        c->m_bodyTooLarge = true;
        return -1;  // 1 and 2 mean "no body" to http-parser; anything else is an error
    }
    return 0;
}

int HttpConnection::onBody(http_parser *p, const char *at, size_t len)
{
    HttpConnection *c = self(p);
    if (c->m_current.body.size() + qsizetype(len) > c->m_maxBodyBytes) {
        c->m_bodyTooLarge = true;
        return 1;
    }
    c->m_current.body.append(at, qsizetype(len));
    return 0;
}

int HttpConnection::onMessageComplete(http_parser *p)
{
    HttpConnection *c = self(p);
    c->m_messageDone = true;
    http_parser_pause(p, 1);
    return 0;
}

} // namespace sd::sim
