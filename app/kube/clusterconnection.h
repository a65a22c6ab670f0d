#pragma once

#include "kube/kubeconfig.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace sd {

// Everything needed to talk to one cluster as one user: a kubeconfig context resolved into
// checked, ready-to-use settings. Files named by the kubeconfig (CA, client certificate and key)
// are read and validated here so that a broken entry is reported before any request is made.
// Value type.
struct ClusterConnection
{
    QString contextName;
    QString kubeconfigFile;     // the file that defined the user (trust decisions are keyed on it)
    QString defaultNamespace;   // "default" when the context names none
    QUrl server;
    KubeCluster cluster;
    KubeUser user;              // client certificate/key files are loaded into the -data fields
    QSslConfiguration sslConfiguration; // CA and verification; no client certificate
    QString tlsServerName;      // overrides SNI and the verified name; empty: the server's host
    std::optional<QNetworkProxy> proxy; // unset: the application's default proxy
    QStringList warnings;       // translated, e.g. "TLS verification is disabled"

    // Resolves contextName (empty: current-context). Returns nullopt and a translated message
    // naming the file and entry on error.
    static std::optional<ClusterConnection> fromConfig(const KubeConfig &config,
                                                       const QString &contextName,
                                                       QString *errorMessage);

    // For clusters added by URL and bearer token (no kubeconfig): `cluster` gives the name (also
    // the context name), server, and optionally certificate-authority file, tls-server-name and
    // insecure-skip-tls-verify; the TLS rules are the kubeconfig ones.
    static std::optional<ClusterConnection> fromToken(const KubeCluster &cluster, const QString &token,
                                                      QString *errorMessage);

    // Builds the proxy for a kubeconfig proxy-url (http, socks5). Exposed for tests.
    static std::optional<QNetworkProxy> proxyFromUrl(const QString &proxyUrl, QString *errorMessage);
};

} // namespace sd
