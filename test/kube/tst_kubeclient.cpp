#include "fakeapiserver.h"
#include "kubetesthelpers.h"

#include "kube/authenticator.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/kubestream.h"
#include "../support/responseof.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

using namespace sd;

// KubeClient against a scripted local HTTPS server: auth headers and client certificates,
// retries, Retry-After, timeouts, cancellation, exec plugin re-runs, TLS checks, streams that
// must not starve requests, discovery.
class tst_KubeClient : public QObject
{
    Q_OBJECT

    const QString m_certs = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs");
    const QString m_data = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/");
    QTemporaryDir m_dir;

    static KubeClientOptions fastOptions()
    {
        KubeClientOptions o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 20;
        return o;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void tokenAndImpersonationHeaders()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) {
            FakeApiServer::respond(s, 200, R"({"kind":"Pod","metadata":{"name":"p"}})",
                                   {{"Warning", R"(299 - "v1 Pod is deprecated")"}});
        });
        auto c = testConnection(m_dir, server.url(),
                                "    token: tok-123\n    as: jane\n    as-groups: [devs]\n"
                                "    as-user-extra: {reason: [audit]}\n");
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> r(client.get(ApiResource::core("pods", "Pod"), "ns1", "p"));
        QThread *callerThread = nullptr;
        connect(r.get(), &KubeRequest::finished, this, [&] { callerThread = QThread::currentThread(); });
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(resp.object().value("metadata").toObject().value("name").toString(), QString("p"));
        QCOMPARE(callerThread, QThread::currentThread()); // decoded result delivered here
        QCOMPARE(resp.warnings, QStringList{"v1 Pod is deprecated"});
        QCOMPARE(server.requests.size(), 1);
        const FakeRequest &req = server.requests.first();
        QCOMPARE(req.path, QString("/api/v1/namespaces/ns1/pods/p"));
        QCOMPARE(req.header("authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(req.header("impersonate-user"), QByteArray("jane"));
        QCOMPARE(req.headers.value("impersonate-group"), (QList<QByteArray>{"devs"}));
        QCOMPARE(req.header("impersonate-extra-reason"), QByteArray("audit"));
        QVERIFY(req.header("user-agent").startsWith("stackdeck/"));
    }

    void basicAuth()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) { FakeApiServer::respond(s, 200, "{}"); });
        auto c = testConnection(m_dir, server.url(), "    username: alice\n    password: s3cret\n");
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> r(client.version());
        QVERIFY(responseOf(r.get()).ok());
        QCOMPARE(server.requests.first().header("authorization"),
                 "Basic " + QByteArray("alice:s3cret").toBase64());
    }

    void clientCertificate_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("cn");
        const QByteArray d = QByteArray(SD_SOURCE_DIR) + "/test/data/kube/certs/";
        QTest::newRow("rsa files") << QByteArray("    client-certificate: " + d + "client-rsa.crt\n"
                                                 "    client-key: " + d + "client-rsa.key\n")
                                   << "admin";
        QTest::newRow("ec data") << QByteArray("    client-certificate-data: "
                                               + readFile(d + "client-ec.crt").toBase64()
                                               + "\n    client-key-data: "
                                               + readFile(d + "client-ec.key").toBase64() + "\n")
                                 << "ec-user";
    }
    void clientCertificate()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, cn);
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) { FakeApiServer::respond(s, 200, "{}"); });
        auto c = testConnection(m_dir, server.url(), user);
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(server.requests.first().peerCertificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{cn});
        QVERIFY(server.requests.first().header("authorization").isEmpty());
    }

    void tokenFileIsReRead()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) { FakeApiServer::respond(s, 200, "{}"); });
        const QString tokenPath = m_dir.filePath("rotating-token");
        QFile f(tokenPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first\n");
        f.close();
        auto c = testConnection(m_dir, server.url(), "    tokenFile: " + tokenPath.toUtf8() + "\n");
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> r1(client.version());
        QVERIFY(responseOf(r1.get()).ok());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("second\n");
        f.close();
        std::unique_ptr<KubeRequest> r2(client.version());
        QVERIFY(responseOf(r2.get()).ok());
        QCOMPARE(server.requests.at(0).header("authorization"), QByteArray("Bearer first"));
        QCOMPARE(server.requests.at(1).header("authorization"), QByteArray("Bearer second"));
    }

    void retries_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QList<int>>("statuses"); // answers in order
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<int>("finalStatus");
        QTest::newRow("GET 503,503,200") << QByteArray("GET") << QList<int>{503, 503, 200} << 3 << 200;
        QTest::newRow("GET 429 Retry-After then 200") << QByteArray("GET") << QList<int>{429, 200} << 2 << 200;
        QTest::newRow("GET gives up after 5") << QByteArray("GET") << QList<int>{500, 500, 500, 500, 500, 500}
                                              << 5 << 500;
        QTest::newRow("GET 404 not retried") << QByteArray("GET") << QList<int>{404, 200} << 1 << 404;
        QTest::newRow("POST 503 not retried") << QByteArray("POST") << QList<int>{503, 200} << 1 << 503;
    }
    void retries()
    {
        QFETCH(QByteArray, method);
        QFETCH(QList<int>, statuses);
        QFETCH(int, expectedRequests);
        QFETCH(int, finalStatus);
        FakeApiServer server(m_certs);
        int n = 0;
        server.setHandler([&](const FakeRequest &, QSslSocket *s) {
            const int code = statuses.value(n++, 200);
            if (code == 200)
                FakeApiServer::respond(s, 200, "{}");
            else
                FakeApiServer::respond(s, code, FakeApiServer::status(code, "Busy", "try later"),
                                       {{"Retry-After", "0"}});
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c, {}, fastOptions());
        KubeRequestSpec spec;
        spec.method = method;
        spec.path = "/api/v1/namespaces/ns1/configmaps";
        spec.idempotent = method == "GET";
        if (method == "POST") {
            spec.contentType = "application/json";
            spec.body = "{}";
        }
        std::unique_ptr<KubeRequest> r(client.request(spec));
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(server.requests.size(), expectedRequests);
        QCOMPARE(resp.attempts, expectedRequests);
        QCOMPARE(resp.httpStatus, finalStatus);
        QCOMPARE(resp.ok(), finalStatus == 200);
    }

    void connectionRefusedIsRetriedThenReported()
    {
        quint16 port;
        {
            FakeApiServer gone(m_certs);
            port = gone.port();
        }
        auto c = testConnection(m_dir, QString("https://127.0.0.1:%1").arg(port), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c, {}, fastOptions());
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(resp.error.kind(), KubeError::Kind::Network);
        QCOMPARE(resp.attempts, fastOptions().retry.maxAttempts);
    }

    void timeoutAndCancel()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *) {}); // never answers
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClientOptions o = fastOptions();
        o.requestTimeoutMs = 300;
        KubeClient client(*c, {}, o);
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(resp.error.kind(), KubeError::Kind::Timeout);
        QVERIFY(!resp.error.text().isEmpty());

        // Destroying a request cancels it: no signal, no crash, the server sees the reset.
        auto *pending = client.version();
        bool fired = false;
        connect(pending, &KubeRequest::finished, this, [&] { fired = true; });
        // Generous: under a sanitizer on a busy machine the TLS handshake alone can take seconds.
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 2, 30000);
        delete pending;
        QTest::qWait(50);
        QVERIFY(!fired);
    }

    void writesCarryOptions()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &req, QSslSocket *s) {
            if (req.method == "PUT") {
                FakeApiServer::respond(s, 409, FakeApiServer::status(409, "Conflict",
                    "Operation cannot be fulfilled on configmaps \\\"cm\\\": the object has been modified"));
            } else if (req.header("content-type") == "application/apply-patch+yaml" && req.query.queryItemValue("force") != "true") {
                FakeApiServer::respond(s, 409, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Conflict\",\"code\":409,\n                    \"message\":\"Apply failed with 1 conflict: conflict with \\\"kubectl\\\" using apps/v1: .spec.replicas\",\n                    \"details\":{\"causes\":[{\"reason\":\"FieldManagerConflict\",\"message\":\"conflict with \\\"kubectl\\\" using apps/v1\",\"field\":\".spec.replicas\"}]}}");
            } else {
                FakeApiServer::respond(s, req.method == "POST" ? 201 : 200, R"({"kind":"ConfigMap"})");
            }
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c, {}, fastOptions());
        const ApiResource cm = ApiResource::core("configmaps", "ConfigMap");
        const QJsonObject obj{{"metadata", QJsonObject{{"name", "cm"}, {"resourceVersion", "5"}}}};

        std::unique_ptr<KubeRequest> create(client.create(cm, "ns1", obj, {true, "stackdeck"}));
        QVERIFY(responseOf(create.get()).ok());
        std::unique_ptr<KubeRequest> update(client.update(cm, "ns1", obj));
        KubeResponse resp = responseOf(update.get());
        QCOMPARE(resp.error.reason(), QString("Conflict"));
        QVERIFY(resp.error.text().contains("the object has been modified"));
        QCOMPARE(resp.attempts, 1);

        std::unique_ptr<KubeRequest> apply(client.apply(cm, "ns1", "cm", "kind: ConfigMap\n"));
        resp = responseOf(apply.get());
        QCOMPARE(resp.error.conflictFields(), QStringList{".spec.replicas"});
        QVERIFY2(resp.error.text().contains(".spec.replicas"), qPrintable(resp.error.text()));
        std::unique_ptr<KubeRequest> forced(client.apply(cm, "ns1", "cm", "kind: ConfigMap\n", {true, true}));
        QVERIFY(responseOf(forced.get()).ok());

        std::unique_ptr<KubeRequest> del(client.remove(cm, "ns1", "cm", {true, "Foreground", 0}));
        QVERIFY(responseOf(del.get()).ok());
        std::unique_ptr<KubeRequest> patch(client.mergePatch(cm, "ns1", "cm", {{"data", QJsonObject{{"a", "b"}}}}));
        QVERIFY(responseOf(patch.get()).ok());

        QCOMPARE(server.requests.size(), 6);
        const FakeRequest &post = server.requests.at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.path, QString("/api/v1/namespaces/ns1/configmaps"));
        QCOMPARE(post.query.queryItemValue("dryRun"), QString("All"));
        QCOMPARE(post.query.queryItemValue("fieldManager"), QString("stackdeck"));
        const FakeRequest &ssa = server.requests.at(2);
        QCOMPARE(ssa.header("content-type"), QByteArray("application/apply-patch+yaml"));
        QCOMPARE(ssa.query.queryItemValue("fieldManager"), QString("stackdeck"));
        QVERIFY(!ssa.query.hasQueryItem("force"));
        const FakeRequest &forcedReq = server.requests.at(3);
        QCOMPARE(forcedReq.query.queryItemValue("force"), QString("true"));
        QCOMPARE(forcedReq.query.queryItemValue("dryRun"), QString("All"));
        const QJsonObject delBody = QJsonDocument::fromJson(server.requests.at(4).body).object();
        QCOMPARE(delBody.value("propagationPolicy").toString(), QString("Foreground"));
        QCOMPARE(delBody.value("gracePeriodSeconds").toInt(-1), 0);
        QCOMPARE(server.requests.at(4).query.queryItemValue("dryRun"), QString("All"));
        QCOMPARE(server.requests.at(5).header("content-type"), QByteArray("application/merge-patch+json"));
    }

    void listQueryAndAccessReview()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &req, QSslSocket *s) {
            if (req.path.contains("selfsubjectaccessreviews")) {
                const QJsonObject spec = QJsonDocument::fromJson(req.body).object().value("spec").toObject();
                const bool allowed = spec.value("resourceAttributes").toObject().value("verb") == "list";
                FakeApiServer::respond(s, 201, allowed ? R"({"status":{"allowed":true}})"
                                                       : R"({"status":{"allowed":false,"reason":"no RBAC policy matched"}})");
                return;
            }
            FakeApiServer::respond(s, 200, R"({"kind":"PodList","metadata":{"continue":"abc"},"items":[]})");
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        ListOptions lo;
        lo.labelSelector = "app=web,tier!=db";
        lo.fieldSelector = "status.phase=Running";
        lo.limit = 500;
        lo.continueToken = "xyz";
        std::unique_ptr<KubeRequest> r(client.list(ApiResource::core("pods", "Pod"), "", lo));
        QVERIFY(responseOf(r.get()).ok());
        const FakeRequest &req = server.requests.first();
        QCOMPARE(req.path, QString("/api/v1/pods")); // all namespaces
        QCOMPARE(req.query.queryItemValue("labelSelector", QUrl::FullyDecoded), QString("app=web,tier!=db"));
        QCOMPARE(req.query.queryItemValue("limit"), QString("500"));
        QCOMPARE(req.query.queryItemValue("continue"), QString("xyz"));

        std::unique_ptr<KubeRequest> yes(client.accessReview("list", "", "pods", "ns1"));
        std::unique_ptr<KubeRequest> no(client.accessReview("delete", "apps.kubeblocks.io", "clusters", "ns1"));
        QVERIFY(KubeClient::accessAllowed(responseOf(yes.get())));
        QString reason;
        QVERIFY(!KubeClient::accessAllowed(responseOf(no.get()), &reason));
        QCOMPARE(reason, QString("no RBAC policy matched"));
    }

    void execPluginRerunsOn401()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &req, QSslSocket *s) {
            if (req.header("authorization") == "Bearer exec-token-2")
                FakeApiServer::respond(s, 200, "{}");
            else
                FakeApiServer::respond(s, 401, FakeApiServer::status(401, "Unauthorized", "Unauthorized"));
        });
        QTemporaryDir logDir;
        const QByteArray plugin = QByteArray(SD_SOURCE_DIR) + "/test/data/kube/plugins/token-plugin.sh";
        auto c = testConnection(m_dir, server.url(),
                                "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                                "      command: " + plugin + "\n      interactiveMode: Never\n"
                                "      provideClusterInfo: true\n"
                                "      env: [{name: PLUGIN_LOG_DIR, value: \"" + logDir.path().toUtf8() + "\"}]\n");
        QVERIFY(c);
        QList<ExecTrustRequest> asked;
        KubeClient client(*c, [&](const ExecTrustRequest &req) {
            asked.append(req);
            return true;
        });
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(readFile(logDir.filePath("calls")).count('\n'), 2);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(asked.first().program, QString::fromUtf8(plugin));
        QCOMPARE(asked.first().envNames, QStringList{"PLUGIN_LOG_DIR"});
        // Cached (no expiry): the next request does not run the plugin again.
        std::unique_ptr<KubeRequest> r2(client.version());
        QVERIFY(responseOf(r2.get()).ok());
        QCOMPARE(readFile(logDir.filePath("calls")).count('\n'), 2);
        // KUBERNETES_EXEC_INFO carries the cluster because of provideClusterInfo.
        const QJsonObject info = QJsonDocument::fromJson(readFile(logDir.filePath("exec-info.json"))).object();
        QCOMPARE(info.value("apiVersion").toString(), QString("client.authentication.k8s.io/v1"));
        QCOMPARE(info.value("spec").toObject().value("cluster").toObject().value("server").toString(), server.url());
        QCOMPARE(info.value("spec").toObject().value("interactive").toBool(true), false);
    }

    void untrustedExecPluginNeverRuns()
    {
        FakeApiServer server(m_certs);
        QTemporaryDir logDir;
        const QByteArray plugin = QByteArray(SD_SOURCE_DIR) + "/test/data/kube/plugins/token-plugin.sh";
        auto c = testConnection(m_dir, server.url(),
                                "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                                "      command: " + plugin + "\n      interactiveMode: Never\n"
                                "      env: [{name: PLUGIN_LOG_DIR, value: \"" + logDir.path().toUtf8() + "\"}]\n");
        QVERIFY(c);
        KubeClient client(*c); // no trust policy
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(resp.error.kind(), KubeError::Kind::Credentials);
        QVERIFY2(resp.error.text().contains("token-plugin.sh"), qPrintable(resp.error.text()));
        QVERIFY(!QFile::exists(logDir.filePath("calls")));
        QCOMPARE(server.requests.size(), 0);
    }

    void tls_data()
    {
        QTest::addColumn<QByteArray>("clusterExtra");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ca ok") << QByteArray() << "127.0.0.1" << true;
        QTest::newRow("tls-server-name ok") << QByteArray("    tls-server-name: kube.test\n") << "127.0.0.1" << true;
        QTest::newRow("tls-server-name mismatch") << QByteArray("    tls-server-name: other.test\n") << "127.0.0.1" << false;
    }
    void tls()
    {
        QFETCH(QByteArray, clusterExtra);
        QFETCH(QString, host);
        QFETCH(bool, ok);
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) { FakeApiServer::respond(s, 200, "{}"); });
        auto c = testConnection(m_dir, QString("https://%1:%2").arg(host).arg(server.port()),
                                "    token: t\n", clusterExtra);
        QVERIFY(c);
        KubeClient client(*c, {}, fastOptions());
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(resp.ok(), ok);
        if (!ok) {
            QCOMPARE(resp.error.kind(), KubeError::Kind::Tls);
            QCOMPARE(server.requests.size(), 0); // the token never left
        }
    }

    void wrongCaIsRefused()
    {
        FakeApiServer server(m_certs);
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        c->sslConfiguration.setCaCertificates(QSslCertificate::fromPath(m_certs + "/client-ec.crt"));
        KubeClient client(*c, {}, fastOptions());
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QCOMPARE(resp.error.kind(), KubeError::Kind::Tls);
        QCOMPARE(server.requests.size(), 0);
    }

    void streamsDoNotStarveRequests()
    {
        FakeApiServer server(m_certs);
        QList<QPointer<QSslSocket>> held;
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            if (req.query.queryItemValue("watch") == "true") {
                FakeApiServer::startChunked(s);
                FakeApiServer::chunk(s, R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"1"}}})" "\n");
                held.append(s);
                return;
            }
            FakeApiServer::respond(s, 200, R"({"major":"1","minor":"30"})");
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        std::vector<std::unique_ptr<KubeStream>> streams;
        int opened = 0;
        QByteArray received;
        for (int i = 0; i < 30; ++i) {
            KubeRequestSpec s;
            s.path = QString("/api/v1/namespaces/ns%1/pods").arg(i);
            s.query.addQueryItem("watch", "true");
            streams.emplace_back(client.stream(s, 0));
            connect(streams.back().get(), &KubeStream::opened, this, [&] { ++opened; });
            connect(streams.back().get(), &KubeStream::dataReceived, this,
                    [&](const QByteArray &d) { received += d; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(opened, 30, 15000);
        std::unique_ptr<KubeRequest> r(client.version());
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        QCOMPARE(resp.object().value("minor").toString(), QString("30"));
        QCOMPARE(received.count('\n'), 30);

        // A clean end of stream is reported as such; a dropped one as a network error.
        int clean = 0;
        int dropped = 0;
        for (const auto &st : streams) {
            connect(st.get(), &KubeStream::finished, this, [&](const KubeError &e) {
                if (!e.isError())
                    ++clean;
                else if (e.kind() == KubeError::Kind::Network)
                    ++dropped;
            });
        }
        for (qsizetype i = 0; i < held.size(); ++i) {
            if (!held[i])
                continue;
            if (i % 2 == 0)
                FakeApiServer::endChunked(held[i]);
            else
                held[i]->abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(clean + dropped, 30, 10000);
        QCOMPARE(clean, 15);
        QCOMPARE(dropped, 15);
    }

    // A burst larger than a piece arrives in pieces of at most kPieceBytes, in order, with the
    // event loop running between them (a follower that fell behind never holds its thread long):
    // a slow reader lets megabytes pile up, yet gets at most two pieces (the next buffered one and
    // one just arrived) before a timer runs again.
    void burstArrivesInPiecesBetweenOtherEvents()
    {
        FakeApiServer server(m_certs);
        QByteArray sent;
        for (int i = 0; sent.size() < 3 * (1 << 20); ++i)
            sent += "2026-11-26T16:00:00.000000000Z line " + QByteArray::number(i) + ' ' + QByteArray(120, 'x') + '\n';
        QPointer<QSslSocket> held;
        server.setHandler([&](const FakeRequest &, QSslSocket *s) {
            FakeApiServer::startChunked(s, 200, "text/plain");
            FakeApiServer::chunk(s, sent);
            held = s; // stays open, like a follow
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        KubeRequestSpec spec;
        spec.path = "/api/v1/namespaces/ns1/pods/p/log";
        spec.query.addQueryItem("follow", "true");
        std::unique_ptr<KubeStream> stream(client.stream(spec, 0));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(0);
        QByteArray received;
        qsizetype largest = 0;
        int run = 0;     // pieces since the timer last ran
        int longest = 0; // the longest such run
        int ticksAtLastPiece = -1;
        connect(stream.get(), &KubeStream::dataReceived, this, [&](const QByteArray &d) {
            received += d;
            largest = std::max(largest, d.size());
            run = ticks > ticksAtLastPiece ? 1 : run + 1;
            longest = std::max(longest, run);
            ticksAtLastPiece = ticks;
            QThread::msleep(20); // a slow reader: the rest piles up in the reply's buffer
        });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), sent.size(), 20000);
        QCOMPARE(received, sent);
        QVERIFY(largest <= KubeStream::kPieceBytes);
        QVERIFY2(longest <= 2, qPrintable(QStringLiteral("%1 pieces in a row without the event loop").arg(longest)));
    }

    void streamErrorStatus()
    {
        FakeApiServer server(m_certs);
        server.setHandler([](const FakeRequest &, QSslSocket *s) {
            FakeApiServer::respond(s, 400, FakeApiServer::status(400, "BadRequest",
                "container \\\"x\\\" in pod \\\"p\\\" is waiting to start: ContainerCreating"));
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        KubeRequestSpec s;
        s.path = "/api/v1/namespaces/ns1/pods/p/log";
        std::unique_ptr<KubeStream> st(client.stream(s, 0));
        QSignalSpy spy(st.get(), &KubeStream::finished);
        QVERIFY(spy.wait(5000));
        const KubeError e = spy.first().first().value<KubeError>();
        QCOMPARE(e.httpStatus(), 400);
        QVERIFY(e.text().contains("ContainerCreating"));
    }

    void discovery_data()
    {
        QTest::addColumn<bool>("aggregated");
        QTest::newRow("aggregated v2") << true;
        QTest::newRow("legacy fallback") << false;
    }
    void discovery()
    {
        QFETCH(bool, aggregated);
        FakeApiServer server(m_certs);
        const QString d = m_data + "discovery/";
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            const QHash<QString, QString> files = aggregated
                ? QHash<QString, QString>{{"/api", "aggregated-api.json"}, {"/apis", "aggregated-apis.json"}}
                : QHash<QString, QString>{{"/api", "legacy-api.json"}, {"/apis", "legacy-apis.json"},
                                          {"/api/v1", "legacy-v1.json"},
                                          {"/apis/apps.kubeblocks.io/v1", "legacy-kb-v1.json"},
                                          {"/apis/apps.kubeblocks.io/v1alpha1", "legacy-kb-v1alpha1.json"}};
            if (!files.contains(req.path)) {
                FakeApiServer::respond(s, 503, FakeApiServer::status(503, "ServiceUnavailable", "metrics down"));
                return;
            }
            FakeApiServer::respond(s, 200, readFile(d + files.value(req.path)),
                                   {}, aggregated ? "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
                                                  : "application/json");
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClientOptions o = fastOptions();
        o.retry.maxAttempts = 1;
        KubeClient client(*c, {}, o);
        bool done = false;
        KubeError error;
        client.discovery()->ensure(this, [&](const KubeError &e) { done = true; error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.text()));
        QVERIFY(server.requests.first().header("accept").contains("as=APIGroupDiscoveryList"));

        const auto cluster = client.discovery()->find("Cluster");
        QVERIFY(cluster);
        QCOMPARE(cluster->group, QString("apps.kubeblocks.io"));
        QCOMPARE(cluster->version, QString("v1")); // preferred
        QCOMPARE(cluster->collectionPath("ns1"), QString("/apis/apps.kubeblocks.io/v1/namespaces/ns1/clusters"));
        QVERIFY(cluster->subresources.contains("status"));
        QCOMPARE(client.discovery()->find("clusters.v1alpha1.apps.kubeblocks.io")->version, QString("v1alpha1"));
        const auto pods = client.discovery()->find("po");
        QVERIFY(pods);
        QCOMPARE(pods->collectionPath("x"), QString("/api/v1/namespaces/x/pods"));
        if (aggregated) {
            QCOMPARE(client.discovery()->find("sts")->group, QString("apps"));
            QCOMPARE(client.discovery()->find("events")->group, QString()); // core first
            QVERIFY(!client.discovery()->find("Node")->namespaced);
        } else {
            QVERIFY(pods->subresources.contains("log"));
            QVERIFY(!client.discovery()->find("Namespace")->namespaced);
        }
        QVERIFY(!client.discovery()->find("NoSuchKind"));
    }
};

QTEST_GUILESS_MAIN(tst_KubeClient)
#include "tst_kubeclient.moc"
