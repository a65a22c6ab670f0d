// Bad requests never crash or wedge kubesim: each gets a clear error and the server keeps serving.
#include "kubesim/cluster.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

class tst_Robustness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badRequests_data();
    void badRequests();
    void vanishingClients();
    void stillServing();

private:
    // Sends `bytes` over TLS and returns what arrives until the server closes or `waitMs` passes.
    QByteArray exchange(const QByteArray &bytes, int waitMs = 3000, bool closeEarly = false);
    QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
                       const QByteArray &body) const;

    sd::sim::Cluster m_cluster;
};

void tst_Robustness::initTestCase()
{
    QVERIFY(m_cluster.loadScenario(QStringLiteral("empty")));
    QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
}

QByteArray tst_Robustness::request(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
                                   const QByteArray &body) const
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer "
                   + m_cluster.adminToken().toLatin1() + "\r\n";
    if (!contentType.isEmpty())
        r += "Content-Type: " + contentType + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return r;
}

QByteArray tst_Robustness::exchange(const QByteArray &bytes, int waitMs, bool closeEarly)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({QSslCertificate(m_cluster.caCertificate(), QSsl::Pem)});
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(m_cluster.url().host(), quint16(m_cluster.url().port()));
    if (!socket.waitForEncrypted(5000))
        return "NO TLS: " + socket.errorString().toUtf8();
    socket.write(bytes);
    socket.flush();
    if (closeEarly) {
        socket.waitForBytesWritten(1000);
        socket.abort();
        return {};
    }
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < waitMs && socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.waitForReadyRead(100))
            reply += socket.readAll();
    }
    reply += socket.readAll();
    return reply;
}

void tst_Robustness::badRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("bodyPart");
    QTest::newRow("not http") << QByteArray("\x00\x01\x02 garbage\r\n\r\n", 16) << QByteArray("HTTP/1.1 400") << QByteArray("malformed");
    QTest::newRow("header flood") << (QByteArray("GET /version HTTP/1.1\r\nX: ") + QByteArray(400 * 1024, 'a'))
                                  << QByteArray("HTTP/1.1 4") << QByteArray();
    QTest::newRow("body too large") << QByteArray("POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\n"
                                                  "Content-Length: 99999999\r\n\r\n{")
                                    << QByteArray("HTTP/1.1 413") << QByteArray("too large");
    QTest::newRow("malformed json") << request("POST", "/api/v1/namespaces/default/configmaps", "application/json", "{\"a\":")
                                    << QByteArray("HTTP/1.1 400") << QByteArray("\"reason\":\"BadRequest\"");
    QTest::newRow("malformed yaml apply") << request("PATCH", "/api/v1/namespaces/default/configmaps/x?fieldManager=t",
                                                     "application/apply-patch+yaml", "a: [b\n  c: }")
                                          << QByteArray("HTTP/1.1 400") << QByteArray("BadRequest");
    QTest::newRow("bad protobuf") << request("POST", "/api/v1/namespaces/default/configmaps",
                                             "application/vnd.kubernetes.protobuf", QByteArray("k8s\0\x0a\xff\xff", 7))
                                  << QByteArray("HTTP/1.1 400") << QByteArray("BadRequest");
    QTest::newRow("wrong content type") << request("PATCH", "/api/v1/namespaces/default/configmaps/x", "text/plain", "x")
                                        << QByteArray("HTTP/1.1 415") << QByteArray("UnsupportedMediaType");
    QTest::newRow("json patch on a non-array") << request("POST", "/api/v1/namespaces/default/configmaps", "application/json",
                                                          "[1,2,3]")
                                               << QByteArray("HTTP/1.1 400") << QByteArray("BadRequest");
    QTest::newRow("unknown path") << request("GET", "/apis/nope.example.com/v1/things", {}, {})
                                  << QByteArray("HTTP/1.1 404") << QByteArray("\"reason\":\"NotFound\"");
    QTest::newRow("bad selector") << request("GET", "/api/v1/pods?labelSelector=a%20in%20(b", {}, {})
                                  << QByteArray("HTTP/1.1 400") << QByteArray("unable to parse requirement");
    QTest::newRow("deeply nested json") << request("POST", "/api/v1/namespaces/default/configmaps", "application/yaml",
                                                   QByteArray(5000, '[') + QByteArray(5000, ']'))
                                        << QByteArray("HTTP/1.1 400") << QByteArray("BadRequest");
    QTest::newRow("no credentials") << QByteArray("GET /api HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                    << QByteArray("HTTP/1.1 401") << QByteArray("Unauthorized");
}

void tst_Robustness::badRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, bodyPart);
    const QByteArray reply = exchange(bytes);
    QVERIFY2(reply.startsWith(statusLine), reply.left(300).constData());
    QVERIFY2(reply.contains(bodyPart), reply.left(600).constData());
}

void tst_Robustness::vanishingClients()
{
    // Half a request, a watch and a log stream whose clients disappear.
    exchange("GET /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nAuthor", 0, true);
    exchange(request("GET", "/api/v1/namespaces/default/configmaps?watch=true", {}, {}), 300, true);
    const QByteArray pod = "coredns-5d8c7b9f4-x7k2p";
    exchange(request("GET", "/api/v1/namespaces/kube-system/pods/" + pod + "/log?follow=true", {}, {}), 300, true);
    exchange(request("GET", "/api/v1/namespaces/kube-system/pods/" + pod + "/exec?command=cat&stdin=true", {}, {})
                 .replace("Connection: close", "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                               "Sec-WebSocket-Protocol: v5.channel.k8s.io"),
             300, true);
    m_cluster.appendLog(QStringLiteral("kube-system"), QString::fromLatin1(pod), QStringLiteral("coredns"), {"after"});
    QVERIFY(exchange(request("GET", "/version", {}, {})).startsWith("HTTP/1.1 200"));
}

void tst_Robustness::stillServing()
{
    const QByteArray reply = exchange(request("GET", "/api/v1/namespaces/default", {}, {}));
    QVERIFY2(reply.startsWith("HTTP/1.1 200") && reply.contains("\"name\":\"default\""), reply.left(300).constData());
}

QTEST_GUILESS_MAIN(tst_Robustness)
#include "tst_robustness.moc"
