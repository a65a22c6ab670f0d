#pragma once

// A deliberately tiny HTTPS/1.1 server for client tests until the simulated cluster (kubesim)
// is available: parses requests, hands them to a handler that answers (possibly later, possibly
// as a chunked stream). Not a Kubernetes API server: each test scripts the answers it needs.

#include <QFile>
#include <QHash>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrlQuery>

#include <functional>

struct FakeRequest
{
    QByteArray method;
    QByteArray target; // path?query
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QList<QByteArray>> headers; // lower-case names
    QByteArray body;
    QSslCertificate peerCertificate;
    QByteArray header(const QByteArray &name) const { return headers.value(name).value(0); }
};

class FakeApiServer : public QObject
{
public:
    using Handler = std::function<void(const FakeRequest &, QSslSocket *)>;

    explicit FakeApiServer(const QString &certDir, QObject *parent = nullptr)
        : QObject(parent)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate::fromPath(certDir + "/server.crt").value(0));
        QFile key(certDir + "/server.key");
        key.open(QIODevice::ReadOnly);
        ssl.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        ssl.setCaCertificates(QSslCertificate::fromPath(certDir + "/ca.crt"));
        ssl.setPeerVerifyMode(QSslSocket::QueryPeer); // ask for a client cert, don't require it
        m_server.setSslConfiguration(ssl);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                adopt(static_cast<QSslSocket *>(s));
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(port()); }
    void setHandler(Handler h) { m_handler = std::move(h); }
    QList<FakeRequest> requests;
    int connections = 0;

    static void respond(QSslSocket *s, int status, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {},
                        const QByteArray &contentType = "application/json")
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        out += "Content-Type: " + contentType + "\r\nContent-Length: "
               + QByteArray::number(body.size()) + "\r\n";
        for (const auto &[k, v] : headers)
            out += k + ": " + v + "\r\n";
        s->write(out + "\r\n" + body);
    }
    static void startChunked(QSslSocket *s, int status = 200,
                             const QByteArray &contentType = "application/json")
    {
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
                 + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    }
    static void chunk(QSslSocket *s, const QByteArray &data)
    {
        if (!data.isEmpty())
            s->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    static void endChunked(QSslSocket *s) { s->write("0\r\n\r\n"); }
    static QByteArray status(int code, const QByteArray &reason, const QByteArray &message)
    {
        return R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":")"
               + message + R"(","reason":")" + reason + R"(","code":)" + QByteArray::number(code)
               + "}";
    }

private:
    void adopt(QSslSocket *s)
    {
        ++connections;
        s->setParent(this);
        QObject::connect(s, &QSslSocket::readyRead, this, [this, s] { onData(s); });
        QObject::connect(s, &QSslSocket::disconnected, this, [this, s] {
            m_buffers.remove(s);
            s->deleteLater();
        });
    }
    void onData(QSslSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRequest r;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            const qsizetype q = r.target.indexOf('?');
            r.path = QString::fromUtf8(q < 0 ? r.target : r.target.left(q));
            if (q >= 0)
                r.query = QUrlQuery(QString::fromUtf8(r.target.mid(q + 1)));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype c = lines[i].indexOf(':');
                if (c > 0)
                    r.headers[lines[i].left(c).trimmed().toLower()].append(lines[i].mid(c + 1).trimmed());
            }
            const qsizetype len = r.header("content-length").toLongLong();
            if (buf.size() < end + 4 + len)
                return;
            r.body = buf.mid(end + 4, len);
            buf.remove(0, end + 4 + len);
            r.peerCertificate = s->peerCertificate();
            requests.append(r);
            if (m_handler)
                m_handler(r, s);
        }
    }

    QSslServer m_server;
    Handler m_handler;
    QHash<QSslSocket *, QByteArray> m_buffers;
};
