#pragma once

#include "kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>

namespace sd {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What a request carries to prove who it is: headers (Authorization, Impersonate-*) and/or a
// TLS client certificate. Value type.
struct Credentials
{
    HeaderList headers;
    QSslCertificate clientCertificate; // null when no client certificate is used
    QSslKey clientKey;
    QDateTime expiry;                  // invalid: does not expire

    // A header value must not contain CR, LF or other control characters (header injection,
    // and servers reject them anyway).
    static bool isValidHeaderValue(const QByteArray &value);

    // Parses PEM certificate and key (RSA or EC, PKCS#1/SEC1 or PKCS#8).
    static bool loadClientCertificate(const QByteArray &certPem, const QByteArray &keyPem,
                                      QSslCertificate *cert, QSslKey *key, QString *errorMessage);

    // Checks the parts of a user entry that need no I/O: token and basic-auth characters,
    // certificate/key pairs, removed auth providers, impersonation values. The message is
    // translated and names the problem (the caller adds file and entry).
    static bool checkUser(const KubeUser &user, QString *errorMessage);

    // Impersonate-User, -Uid, -Group (repeated), -Extra-<key> (key percent-encoded).
    static HeaderList impersonationHeaders(const KubeUser &user);

    static QByteArray bearer(const QString &token);
    static QByteArray basic(const QString &user, const QString &password);

    // Reads the "exp" claim of a JWT without verifying it (the server verifies).
    static QDateTime jwtExpiry(const QString &jwt);
};

} // namespace sd
