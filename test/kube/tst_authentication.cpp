#include "fakeapiserver.h"
#include "kubetesthelpers.h"

#include "kube/authenticator.h"
#include "kube/credentials.h"
#include "kube/execplugin.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace sd;

// Auth header building, header-value checks, exec plugin runs (a shell-script plugin in test
// data), credential caching by expiry, and OIDC id-token use and refresh.
class tst_Authentication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_certs = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs");
    const QString m_plugins = QStringLiteral(SD_SOURCE_DIR "/test/data/kube/plugins/");

    static QString jwt(qint64 exp)
    {
        const auto b64 = [](const QByteArray &b) {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        return QString::fromLatin1(b64("{\"alg\":\"none\"}") + '.'
                                   + b64("{\"sub\":\"u\",\"exp\":" + QByteArray::number(exp) + "}")
                                   + ".sig");
    }
    static std::pair<Credentials, QString> acquire(Authenticator &auth)
    {
        std::optional<std::pair<Credentials, QString>> out;
        QObject ctx;
        auth.acquire(&ctx, [&](const Credentials &c, const QString &e) { out = {c, e}; });
        QDeadlineTimer deadline(15000);
        while (!out && !deadline.hasExpired())
            QTest::qWait(5);
        return out.value_or(std::pair<Credentials, QString>{});
    }
    static QByteArray authorization(const Credentials &c)
    {
        for (const auto &[k, v] : c.headers)
            if (k == "Authorization")
                return v;
        return {};
    }
    ExecConfig plugin(const QString &script, const QString &apiVersion = "client.authentication.k8s.io/v1")
    {
        ExecConfig e;
        e.apiVersion = apiVersion;
        e.command = script;
        e.baseDirectory = m_plugins;
        e.interactiveMode = "Never";
        e.env = {{"PLUGIN_API_VERSION", apiVersion}};
        return e;
    }

private slots:
    void headerValues_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("abc.def-ghi_jkl") << true;
        QTest::newRow("tab ok") << QByteArray("a\tb") << true;
        QTest::newRow("LF") << QByteArray("abc\ndef") << false;
        QTest::newRow("CR") << QByteArray("abc\rdef") << false;
        QTest::newRow("NUL") << QByteArray("abc\0def", 7) << false;
        QTest::newRow("DEL") << QByteArray("abc\x7f") << false;
    }
    void headerValues()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QCOMPARE(Credentials::isValidHeaderValue(value), valid);
    }

    void headerBuilding()
    {
        QCOMPARE(Credentials::bearer("t0k"), QByteArray("Bearer t0k"));
        QCOMPARE(Credentials::basic("bob", "p:w"), "Basic " + QByteArray("bob:p:w").toBase64());
        KubeUser u;
        u.impersonate = "jane";
        u.impersonateUid = "42";
        u.impersonateGroups = {"devs"};
        u.impersonateExtra.insert("acme.com/project", {"openim"});
        const HeaderList h = Credentials::impersonationHeaders(u);
        QCOMPARE(h.size(), 4);
        QCOMPARE(h.at(0), (QPair<QByteArray, QByteArray>{"Impersonate-User", "jane"}));
        QCOMPARE(h.at(1), (QPair<QByteArray, QByteArray>{"Impersonate-Uid", "42"}));
        QCOMPARE(h.at(2), (QPair<QByteArray, QByteArray>{"Impersonate-Group", "devs"}));
        QCOMPARE(h.at(3), (QPair<QByteArray, QByteArray>{"Impersonate-Extra-acme.com%2Fproject", "openim"}));
        QString err;
        KubeUser groupsOnly;
        groupsOnly.impersonateGroups = {"devs"};
        QVERIFY(!Credentials::checkUser(groupsOnly, &err));
        QVERIFY(err.contains("requires “as”"));
    }

    void staticAuthenticator()
    {
        ClusterConnection c;
        c.user.name = "u";
        c.user.token = "static";
        c.user.impersonate = "jane";
        Authenticator auth(c, {});
        const auto [creds, error] = acquire(auth);
        QVERIFY(error.isEmpty());
        QCOMPARE(authorization(creds), QByteArray("Bearer static"));
        QCOMPARE(creds.headers.size(), 2);
        QVERIFY(!auth.invalidate()); // a static token does not get better by retrying
        QVERIFY(auth.describe().contains("bearer token of user “u”"));
    }

    void tokenFileWithLineBreakRefused()
    {
        const QString path = m_dir.filePath("bad-token");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc\ndef\n");
        f.close();
        ClusterConnection c;
        c.user.name = "u";
        c.user.tokenFile = path;
        Authenticator auth(c, {});
        const auto [creds, error] = acquire(auth);
        QVERIFY2(error.contains("line break") && error.contains("bad-token"), qPrintable(error));
        QVERIFY(creds.headers.isEmpty());
    }

    void execOutputParsing_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("errorPart"); // empty: ok
        const QByteArray v1 = "client.authentication.k8s.io/v1";
        QTest::newRow("token") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}") << "";
        QTest::newRow("expiry") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\",\"expirationTimestamp\":\"2030-01-02T03:04:05Z\"}}") << "";
        QTest::newRow("cert") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"ExecCredential\",\"status\":{\"clientCertificateData\":\"C\",\"clientKeyData\":\"K\"}}") << "";
        QTest::newRow("not json") << QByteArray("Please log in") << "not a JSON object";
        QTest::newRow("wrong kind") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"Pod\"}") << "not an ExecCredential";
        QTest::newRow("wrong version") << QByteArray("{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\"}}") << "v1beta1";
        QTest::newRow("empty status") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"ExecCredential\",\"status\":{}}") << "neither a token";
        QTest::newRow("bad expiry") << QByteArray("{\"apiVersion\":\"" + v1 + "\",\"kind\":\"ExecCredential\",\"status\":{\"token\":\"t\",\"expirationTimestamp\":\"tomorrow\"}}") << "RFC 3339";
    }
    void execOutputParsing()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, errorPart);
        const ExecPluginResult r = ExecPlugin::parseOutput(output, "client.authentication.k8s.io/v1");
        QCOMPARE(r.ok, errorPart.isEmpty());
        if (!r.ok)
            QVERIFY2(r.errorMessage.contains(errorPart), qPrintable(r.errorMessage));
        if (QByteArray(QTest::currentDataTag()) == "expiry")
            QCOMPARE(r.expiry, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    }

    void execRuns_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("apiVersion");
        QTest::addColumn<QString>("pluginAnswers"); // version the script prints
        QTest::addColumn<QString>("errorPart");
        const QString v1 = "client.authentication.k8s.io/v1";
        const QString beta = "client.authentication.k8s.io/v1beta1";
        QTest::newRow("v1 relative") << "./token-plugin.sh" << v1 << v1 << "";
        QTest::newRow("v1beta1") << "../plugins/token-plugin.sh" << beta << beta << "";
        QTest::newRow("version mismatch") << "./token-plugin.sh" << v1 << beta << "was requested";
        QTest::newRow("fails with stderr") << "./failing-plugin.sh" << v1 << v1 << "session expired";
        QTest::newRow("missing shows installHint") << "stackdeck-no-such-plugin" << v1 << v1 << "brew install nothing";
    }
    void execRuns()
    {
        QFETCH(QString, command);
        QFETCH(QString, apiVersion);
        QFETCH(QString, pluginAnswers);
        QFETCH(QString, errorPart);
        ExecConfig e = plugin(command, apiVersion);
        e.env = {{"PLUGIN_API_VERSION", pluginAnswers}, {"PLUGIN_TOKEN", "tok"}};
        e.installHint = "brew install nothing";
        KubeCluster cluster;
        cluster.server = "https://127.0.0.1:6443";
        ExecPlugin p(e, cluster);
        QSignalSpy spy(&p, &ExecPlugin::finished);
        p.start();
        QVERIFY(spy.wait(15000));
        const auto r = spy.first().first().value<ExecPluginResult>();
        QCOMPARE(r.ok, errorPart.isEmpty());
        if (r.ok)
            QCOMPARE(r.token, QString("tok"));
        else
            QVERIFY2(r.errorMessage.contains(errorPart), qPrintable(r.errorMessage));
    }

    void execInfoWithoutClusterInfo()
    {
        ExecConfig e = plugin("./token-plugin.sh");
        KubeCluster cluster;
        cluster.server = "https://x";
        const QJsonObject info = QJsonDocument::fromJson(ExecPlugin::execInfo(e, cluster)).object();
        QCOMPARE(info.value("kind").toString(), QString("ExecCredential"));
        QVERIFY(!info.value("spec").toObject().contains("cluster"));
        e.provideClusterInfo = true;
        cluster.certificateAuthorityData = "PEM";
        const QJsonObject withCluster = QJsonDocument::fromJson(ExecPlugin::execInfo(e, cluster)).object();
        QCOMPARE(withCluster.value("spec").toObject().value("cluster").toObject().value("certificate-authority-data").toString(),
                 QString("UEVN"));
    }

    void execCachingFollowsExpiry_data()
    {
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<int>("calls"); // for two acquisitions
        QTest::newRow("no expiry: cached") << "" << 1;
        QTest::newRow("future: cached") << "2099-01-01T00:00:00Z" << 1;
        QTest::newRow("already expired: re-run") << "2001-01-01T00:00:00Z" << 2;
    }
    void execCachingFollowsExpiry()
    {
        QFETCH(QString, expiry);
        QFETCH(int, calls);
        QTemporaryDir log;
        ClusterConnection c;
        c.user.name = "u";
        c.user.exec = plugin("./token-plugin.sh");
        c.user.exec->env.append({"PLUGIN_LOG_DIR", log.path()});
        if (!expiry.isEmpty())
            c.user.exec->env.append({"PLUGIN_EXPIRY", expiry});
        int asked = 0;
        Authenticator auth(c, [&](const ExecTrustRequest &) { return ++asked > 0; });
        const auto [c1, e1] = acquire(auth);
        QVERIFY2(e1.isEmpty(), qPrintable(e1));
        QCOMPARE(authorization(c1), QByteArray("Bearer exec-token-1"));
        const auto [c2, e2] = acquire(auth);
        QVERIFY(e2.isEmpty());
        QFile f(log.filePath("calls"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(f.readAll().count('\n')), calls);
        QCOMPARE(authorization(c2), QByteArray("Bearer exec-token-") + QByteArray::number(calls));
        QCOMPARE(asked, 1); // the trust decision is asked once per client
        // After a 401 the cached credential is dropped and the plugin runs again.
        QVERIFY(auth.invalidate());
        acquire(auth);
        f.seek(0);
        QCOMPARE(int(f.readAll().count('\n')), calls + 1);
    }

    void execInteractiveAlwaysRefused()
    {
        ExecConfig e = plugin("./token-plugin.sh");
        e.interactiveMode = "Always";
        ExecPlugin p(e, {});
        QSignalSpy spy(&p, &ExecPlugin::finished);
        p.start();
        QVERIFY(spy.wait(5000));
        QVERIFY(spy.first().first().value<ExecPluginResult>().errorMessage.contains("interactive"));
    }

    void oidcValidIdTokenUsed()
    {
        ClusterConnection c;
        c.user.name = "u";
        c.user.authProvider = AuthProviderConfig{"oidc", {{"id-token", jwt(QDateTime::currentSecsSinceEpoch() + 3600)}}};
        Authenticator auth(c, {});
        const auto [creds, error] = acquire(auth);
        QVERIFY(error.isEmpty());
        QVERIFY(authorization(creds).startsWith("Bearer ey"));
    }

    void oidcExpiredWithoutRefreshFails()
    {
        ClusterConnection c;
        c.user.name = "u";
        c.user.authProvider = AuthProviderConfig{"oidc", {{"id-token", jwt(1000)}}};
        Authenticator auth(c, {});
        const auto [creds, error] = acquire(auth);
        QVERIFY2(error.contains("expired"), qPrintable(error));
    }

    void oidcRefresh()
    {
        FakeApiServer issuer(m_certs);
        const QString fresh = jwt(QDateTime::currentSecsSinceEpoch() + 3600);
        issuer.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            if (req.path == "/.well-known/openid-configuration") {
                FakeApiServer::respond(s, 200, "{\"token_endpoint\":\"" + issuer.url().toUtf8() + "/token\"}");
            } else if (req.path == "/token" && req.body.contains("refresh_token=rt-1")
                       && req.body.contains("grant_type=refresh_token") && req.body.contains("client_id=kube")) {
                FakeApiServer::respond(s, 200, "{\"id_token\":\"" + fresh.toUtf8() + "\",\"refresh_token\":\"rt-2\"}");
            } else {
                FakeApiServer::respond(s, 400, "{\"error\":\"invalid_grant\"}");
            }
        });
        ClusterConnection c;
        c.user.name = "u";
        c.user.sourceFile = m_dir.filePath("config");
        c.user.authProvider = AuthProviderConfig{"oidc", {{"id-token", jwt(1000)},
                                                          {"refresh-token", "rt-1"},
                                                          {"client-id", "kube"},
                                                          {"idp-issuer-url", issuer.url()},
                                                          {"idp-certificate-authority", m_certs + "/ca.crt"}}};
        Authenticator auth(c, {});
        const auto [creds, error] = acquire(auth);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(authorization(creds), "Bearer " + fresh.toUtf8());
        // A second refresh uses the rotated refresh-token, which this issuer does not accept.
        QVERIFY(auth.invalidate());
        const auto [c2, e2] = acquire(auth);
        QVERIFY2(e2.contains("invalid_grant"), qPrintable(e2));
    }
};

QTEST_GUILESS_MAIN(tst_Authentication)
#include "tst_authentication.moc"
