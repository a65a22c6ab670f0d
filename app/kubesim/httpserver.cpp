#include "kubesim/httpserver.h"

#include "kubesim/httpconnection.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace sd::sim {

HttpServer::HttpServer(const TlsMaterial &tls, QObject *parent) : QObject(parent), m_server(new QSslServer(this))
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(tls.server().certificate, QSsl::Pem));
    config.setPrivateKey(QSslKey(tls.server().key, QSsl::Ec, QSsl::Pem));
    config.setCaCertificates({QSslCertificate(tls.ca().certificate, QSsl::Pem)});
    // Ask for a client certificate but accept connections without one (token users); the API
    // server checks the certificate against the CA itself.
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(10'000);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &HttpServer::onPendingConnection);
    // With QueryPeer, an untrusted client certificate shows up as an error; the request is then
    // treated as unauthenticated by the API server, as a real one would.
    connect(m_server, &QSslServer::sslErrors, this, [](QSslSocket *socket, const QList<QSslError> &) {
        socket->ignoreSslErrors();
    });
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 HttpServer::port() const { return m_server->serverPort(); }

QHostAddress HttpServer::address() const { return m_server->serverAddress(); }

void HttpServer::close()
{
    m_server->close();
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        c->abort();
}

int HttpServer::connectionCount() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

void HttpServer::onPendingConnection()
{
    while (QTcpSocket *tcp = m_server->nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(tcp);
        if (!socket) {
            tcp->deleteLater();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_maxBodyBytes, this);
        connect(connection, &HttpConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { emit requestReceived(connection, request); });
    }
}

} // namespace sd::sim
