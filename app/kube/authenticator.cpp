#include "kube/authenticator.h"

#include "common/tr.h"
#include "kube/execplugin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace sd {

namespace {
// Renew a little before the stated expiry so a request does not race it.
constexpr int ExpirySkewSecs = 10;
constexpr int OidcTimeoutMs = 30'000;

bool stillValid(const QDateTime &expiry)
{
    return !expiry.isValid()
           || QDateTime::currentDateTimeUtc().addSecs(ExpirySkewSecs) < expiry;
}
} // namespace

Authenticator::Authenticator(const ClusterConnection &connection, ExecTrustPolicy trust,
                             QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_trust(std::move(trust))
{
    const KubeUser &u = m_connection.user;
    if (!u.token.isEmpty())
        m_static.headers.append({"Authorization", Credentials::bearer(u.token)});
    else if (!u.username.isEmpty() || !u.password.isEmpty())
        m_static.headers.append({"Authorization", Credentials::basic(u.username, u.password)});
    if (!u.clientCertificateData.isEmpty()) {
        QString ignored; // checked when the connection was resolved
        Credentials::loadClientCertificate(u.clientCertificateData, u.clientKeyData,
                                           &m_static.clientCertificate, &m_static.clientKey,
                                           &ignored);
    }
    if (u.authProvider && u.authProvider->name == QLatin1String("oidc")) {
        m_oidcIdToken = u.authProvider->config.value(QStringLiteral("id-token"));
        m_oidcRefreshToken = u.authProvider->config.value(QStringLiteral("refresh-token"));
    }
}

Authenticator::~Authenticator() = default;

QString Authenticator::describe() const
{
    const KubeUser &u = m_connection.user;
    const QString file = QDir::toNativeSeparators(u.sourceFile);
    if (u.exec)
        return Tr::tr("token from exec plugin “%1” of user “%2” in %3").arg(u.exec->command, u.name, file);
    if (u.authProvider)
        return Tr::tr("OIDC id-token of user “%1” in %2").arg(u.name, file);
    if (!u.token.isEmpty())
        return Tr::tr("bearer token of user “%1” in %2").arg(u.name, file);
    if (!u.tokenFile.isEmpty())
        return Tr::tr("bearer token from file %1 (user “%2”)").arg(QDir::toNativeSeparators(u.tokenFile), u.name);
    if (!u.username.isEmpty())
        return Tr::tr("basic-auth user “%1” (user “%2” in %3)").arg(u.username, u.name, file);
    if (!m_static.clientCertificate.isNull())
        return Tr::tr("client certificate “%1” of user “%2” in %3")
            .arg(m_static.clientCertificate.subjectDisplayName(), u.name, file);
    if (u.name.isEmpty())
        return Tr::tr("no credentials (anonymous)");
    return Tr::tr("user “%1” in %2 (no credentials)").arg(u.name, file);
}

Credentials Authenticator::withImpersonation(Credentials c) const
{
    c.headers += Credentials::impersonationHeaders(m_connection.user);
    return c;
}

void Authenticator::acquire(QObject *context, Callback callback)
{
    const KubeUser &u = m_connection.user;
    const bool dynamic = u.exec.has_value() || u.authProvider.has_value();
    if (!dynamic) {
        Credentials c = m_static;
        if (u.token.isEmpty() && !u.tokenFile.isEmpty()) {
            // Re-read on every use: projected service-account tokens rotate underneath us.
            QFile f(u.tokenFile);
            if (!f.open(QIODevice::ReadOnly)) {
                callback(Credentials(), Tr::tr("Cannot read the token file %1 of user “%2”: %3")
                                 .arg(QDir::toNativeSeparators(u.tokenFile), u.name, f.errorString()));
                return;
            }
            const QByteArray token = f.readAll().trimmed();
            if (token.isEmpty() || !Credentials::isValidHeaderValue(token)) {
                callback(Credentials(), Tr::tr("The token file %1 of user “%2” is empty or contains a line "
                                    "break; the token is not sent.")
                                 .arg(QDir::toNativeSeparators(u.tokenFile), u.name));
                return;
            }
            c.headers.append({"Authorization", "Bearer " + token});
        }
        callback(withImpersonation(c), {});
        return;
    }
    if (m_cached && stillValid(m_cached->expiry)) {
        callback(withImpersonation(*m_cached), {});
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (m_busy)
        return;
    m_busy = true;
    if (u.exec) {
        runExec();
    } else {
        const QDateTime exp = Credentials::jwtExpiry(m_oidcIdToken);
        if (!m_oidcIdToken.isEmpty() && (!exp.isValid() || stillValid(exp))) {
            Credentials c;
            c.headers.append({"Authorization", Credentials::bearer(m_oidcIdToken)});
            c.expiry = exp;
            complete(c, {});
        } else {
            refreshOidc();
        }
    }
}

bool Authenticator::invalidate()
{
    const KubeUser &u = m_connection.user;
    if (u.exec) {
        m_cached.reset();
        return true;
    }
    if (u.authProvider && !m_oidcRefreshToken.isEmpty()) {
        m_cached.reset();
        m_oidcIdToken.clear(); // forces a refresh
        return true;
    }
    return !u.tokenFile.isEmpty() && u.token.isEmpty(); // the file may have rotated
}

void Authenticator::complete(const Credentials &credentials, const QString &error)
{
    m_busy = false;
    if (error.isEmpty())
        m_cached = credentials;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(error.isEmpty() ? withImpersonation(credentials) : Credentials(), error);
    }
}

void Authenticator::runExec()
{
    const ExecConfig &cfg = *m_connection.user.exec;
    ExecTrustRequest req;
    req.kubeconfigFile = m_connection.user.sourceFile;
    req.userName = m_connection.user.name;
    req.program = ExecPlugin::resolveProgram(cfg);
    if (req.program.isEmpty())
        req.program = cfg.command;
    req.args = cfg.args;
    for (const auto &kv : cfg.env)
        req.envNames.append(kv.first);
    // Ask once per client: a refusal (or consent) holds for every request that follows.
    if (!m_trusted)
        m_trusted = m_trust && m_trust(req);
    if (!*m_trusted) {
        complete(Credentials(), Tr::tr("The exec plugin of user “%1” in %2 was not run: its command “%3” "
                            "has not been trusted.")
                         .arg(req.userName, QDir::toNativeSeparators(req.kubeconfigFile),
                              req.commandLine()));
        return;
    }
    m_plugin = std::make_unique<ExecPlugin>(cfg, m_connection.cluster);
    m_plugin->setTimeout(m_execTimeoutMs);
    connect(m_plugin.get(), &ExecPlugin::finished, this, [this](const ExecPluginResult &r) {
        // Do not destroy the plugin inside its own signal.
        m_plugin.release()->deleteLater();
        if (!r.ok) {
            complete(Credentials(), r.errorMessage);
            return;
        }
        Credentials c;
        c.expiry = r.expiry;
        if (!r.token.isEmpty()) {
            if (!Credentials::isValidHeaderValue(r.token.toUtf8())) {
                complete(Credentials(), Tr::tr("The exec plugin “%1” returned a token with a line break; "
                                    "it is not sent.")
                                 .arg(m_connection.user.exec->command));
                return;
            }
            c.headers.append({"Authorization", Credentials::bearer(r.token)});
        }
        if (!r.clientCertificatePem.isEmpty()) {
            QString err;
            if (!Credentials::loadClientCertificate(r.clientCertificatePem, r.clientKeyPem,
                                                    &c.clientCertificate, &c.clientKey, &err)) {
                complete(Credentials(), Tr::tr("The exec plugin “%1” returned an unusable certificate: %2")
                                 .arg(m_connection.user.exec->command, err));
                return;
            }
        }
        complete(c, {});
    });
    m_plugin->start();
}

void Authenticator::refreshOidc()
{
    const QMap<QString, QString> cfg = m_connection.user.authProvider->config;
    const QString issuer = cfg.value(QStringLiteral("idp-issuer-url"));
    const QString who = Tr::tr("user “%1” in %2")
                            .arg(m_connection.user.name,
                                 QDir::toNativeSeparators(m_connection.user.sourceFile));
    if (m_oidcRefreshToken.isEmpty() || issuer.isEmpty()) {
        complete(Credentials(), Tr::tr("The OIDC id-token of %1 has expired and there is no refresh-token "
                            "or idp-issuer-url to renew it; log in again.")
                         .arg(who));
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QByteArray caPem = QByteArray::fromBase64(
        cfg.value(QStringLiteral("idp-certificate-authority-data")).toLatin1());
    const QString caFile = cfg.value(QStringLiteral("idp-certificate-authority"));
    if (caPem.isEmpty() && !caFile.isEmpty()) {
        QFile f(QDir(QFileInfo(m_connection.user.sourceFile).absolutePath()).absoluteFilePath(caFile));
        if (f.open(QIODevice::ReadOnly))
            caPem = f.readAll();
    }
    if (!caPem.isEmpty())
        ssl.setCaCertificates(QSslCertificate::fromData(caPem));

    if (!m_oidcNam)
        m_oidcNam = std::make_unique<QNetworkAccessManager>();
    auto fail = [this, who](const QString &why) {
        complete(Credentials(), Tr::tr("Refreshing the OIDC token of %1 failed: %2").arg(who, why));
    };
    QNetworkRequest wk(QUrl(issuer + QLatin1String("/.well-known/openid-configuration")));
    wk.setSslConfiguration(ssl);
    wk.setTransferTimeout(OidcTimeoutMs);
    QNetworkReply *reply = m_oidcNam->get(wk);
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const QJsonObject disc = QJsonDocument::fromJson(reply->readAll()).object();
        const QString endpoint = disc.value(QLatin1String("token_endpoint")).toString();
        if (reply->error() != QNetworkReply::NoError || endpoint.isEmpty()) {
            fail(reply->error() != QNetworkReply::NoError
                     ? reply->errorString()
                     : Tr::tr("the issuer's discovery document has no token_endpoint"));
            return;
        }
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), m_oidcRefreshToken);
        form.addQueryItem(QStringLiteral("client_id"), cfg.value(QStringLiteral("client-id")));
        if (!cfg.value(QStringLiteral("client-secret")).isEmpty())
            form.addQueryItem(QStringLiteral("client_secret"), cfg.value(QStringLiteral("client-secret")));
        QNetworkRequest tr{QUrl(endpoint)};
        tr.setSslConfiguration(ssl);
        tr.setTransferTimeout(OidcTimeoutMs);
        tr.setHeader(QNetworkRequest::ContentTypeHeader,
                     QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *tokenReply = m_oidcNam->post(tr, form.toString(QUrl::FullyEncoded).toUtf8());
        tokenReply->setParent(this);
        connect(tokenReply, &QNetworkReply::finished, this, [=, this] {
            tokenReply->deleteLater();
            const QJsonObject tok = QJsonDocument::fromJson(tokenReply->readAll()).object();
            const QString idToken = tok.value(QLatin1String("id_token")).toString();
            if (tokenReply->error() != QNetworkReply::NoError || idToken.isEmpty()) {
                const QString desc = tok.value(QLatin1String("error_description")).toString(
                    tok.value(QLatin1String("error")).toString(tokenReply->errorString()));
                fail(desc.isEmpty() ? Tr::tr("the answer has no id_token") : desc);
                return;
            }
            if (!Credentials::isValidHeaderValue(idToken.toUtf8())) {
                fail(Tr::tr("the new id_token contains a line break"));
                return;
            }
            m_oidcIdToken = idToken;
            const QString refresh = tok.value(QLatin1String("refresh_token")).toString();
            if (!refresh.isEmpty())
                m_oidcRefreshToken = refresh;
            Credentials c;
            c.headers.append({"Authorization", Credentials::bearer(idToken)});
            c.expiry = Credentials::jwtExpiry(idToken);
            complete(c, {});
        });
    });
}

} // namespace sd
