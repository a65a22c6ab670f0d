#include "kube/credentials.h"

#include "common/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace sd {

bool Credentials::isValidHeaderValue(const QByteArray &value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

bool Credentials::loadClientCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                        QSslCertificate *cert, QSslKey *key,
                                        QString *errorMessage)
{
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        *errorMessage = certPem.isEmpty()
                            ? Tr::tr("a client key is set but no client certificate")
                            : Tr::tr("a client certificate is set but no client key");
        return false;
    }
    const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty()) {
        *errorMessage = Tr::tr("the client certificate is not a PEM certificate");
        return false;
    }
    for (const QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey k(keyPem, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!k.isNull()) {
            *cert = certs.constFirst();
            *key = k;
            return true;
        }
    }
    *errorMessage = Tr::tr("the client key is not an unencrypted PEM RSA or EC private key");
    return false;
}

bool Credentials::checkUser(const KubeUser &u, QString *errorMessage)
{
    if (u.authProvider) {
        const QString name = u.authProvider->name;
        if (name == QLatin1String("gcp")) {
            *errorMessage = Tr::tr("the “gcp” auth-provider was removed from Kubernetes; install "
                                   "gke-gcloud-auth-plugin and run “gcloud container clusters "
                                   "get-credentials” to switch this user to the exec plugin");
            return false;
        }
        if (name == QLatin1String("azure")) {
            *errorMessage = Tr::tr("the “azure” auth-provider was removed from Kubernetes; install "
                                   "kubelogin and run “kubelogin convert-kubeconfig” to switch "
                                   "this user to the exec plugin");
            return false;
        }
        if (name != QLatin1String("oidc")) {
            *errorMessage = Tr::tr("auth-provider “%1” is not supported (only oidc)").arg(name);
            return false;
        }
        if (u.authProvider->config.value(QStringLiteral("id-token")).isEmpty()
            && u.authProvider->config.value(QStringLiteral("refresh-token")).isEmpty()) {
            *errorMessage = Tr::tr("the oidc auth-provider has neither an id-token nor a refresh-token");
            return false;
        }
    }
    if (!isValidHeaderValue(u.token.toUtf8())) {
        *errorMessage = Tr::tr("the token contains a line break or control character and is "
                               "not sent");
        return false;
    }
    if (!u.username.isEmpty() || !u.password.isEmpty()) {
        if (u.username.contains(QLatin1Char(':'))) {
            *errorMessage = Tr::tr("the basic-auth username must not contain “:”");
            return false;
        }
        if (!isValidHeaderValue(u.username.toUtf8()) || !isValidHeaderValue(u.password.toUtf8())) {
            *errorMessage = Tr::tr("the basic-auth username or password contains a control character");
            return false;
        }
    }
    if (!u.clientCertificateData.isEmpty() || !u.clientKeyData.isEmpty()) {
        QSslCertificate cert;
        QSslKey key;
        if (!loadClientCertificate(u.clientCertificateData, u.clientKeyData, &cert, &key,
                                   errorMessage))
            return false;
    }
    QStringList values{u.impersonate, u.impersonateUid};
    values += u.impersonateGroups;
    for (auto it = u.impersonateExtra.cbegin(); it != u.impersonateExtra.cend(); ++it)
        values += it.value();
    for (const QString &v : std::as_const(values)) {
        if (!isValidHeaderValue(v.toUtf8())) {
            *errorMessage = Tr::tr("an impersonation value contains a line break or control character");
            return false;
        }
    }
    // QNetworkRequest keeps one value per header name (case-insensitively), and the API server
    // reads repeated headers, not comma lists: more than one value cannot be sent faithfully.
    bool repeated = u.impersonateGroups.size() > 1;
    for (auto it = u.impersonateExtra.cbegin(); it != u.impersonateExtra.cend(); ++it)
        repeated = repeated || it.value().size() > 1;
    if (repeated) {
        *errorMessage = Tr::tr("impersonating more than one group, or several values of one extra "
                               "field, is not supported; keep one value each");
        return false;
    }
    if (u.impersonate.isEmpty()
        && (!u.impersonateGroups.isEmpty() || !u.impersonateUid.isEmpty()
            || !u.impersonateExtra.isEmpty())) {
        *errorMessage = Tr::tr("impersonating groups, a uid or extra fields requires “as” (a user)");
        return false;
    }
    return true;
}

HeaderList Credentials::impersonationHeaders(const KubeUser &u)
{
    HeaderList h;
    if (u.impersonate.isEmpty())
        return h;
    h.append({"Impersonate-User", u.impersonate.toUtf8()});
    if (!u.impersonateUid.isEmpty())
        h.append({"Impersonate-Uid", u.impersonateUid.toUtf8()});
    for (const QString &g : u.impersonateGroups)
        h.append({"Impersonate-Group", g.toUtf8()});
    for (auto it = u.impersonateExtra.cbegin(); it != u.impersonateExtra.cend(); ++it) {
        const QByteArray name = "Impersonate-Extra-" + QUrl::toPercentEncoding(it.key());
        for (const QString &v : it.value())
            h.append({name, v.toUtf8()});
    }
    return h;
}

QByteArray Credentials::bearer(const QString &token)
{
    return "Bearer " + token.toUtf8();
}

QByteArray Credentials::basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QDateTime Credentials::jwtExpiry(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!payload)
        return {};
    const QJsonValue exp = QJsonDocument::fromJson(*payload).object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

} // namespace sd
