#include "kube/clusterconnection.h"

#include "common/tr.h"
#include "kube/credentials.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>

namespace sd {

static QString where(const QString &file, const QString &entry)
{
    if (file.isEmpty()) // a cluster added by URL has no kubeconfig file
        return entry;
    return Tr::tr("%1, %2").arg(QDir::toNativeSeparators(file), entry);
}

static bool readFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

std::optional<QNetworkProxy> ClusterConnection::proxyFromUrl(const QString &proxyUrl,
                                                             QString *errorMessage)
{
    const QUrl url(proxyUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *errorMessage = Tr::tr("proxy-url “%1” is not a valid URL").arg(proxyUrl);
        return std::nullopt;
    }
    const QString scheme = url.scheme().toLower();
    QNetworkProxy proxy;
    if (scheme == QLatin1String("http")) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(url.port(80)));
    } else if (scheme == QLatin1String("socks5")) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(url.port(1080)));
    } else if (scheme == QLatin1String("https")) {
        // Qt's network stack cannot speak TLS to the proxy itself; sending the CONNECT in clear
        // text to a TLS port would silently fail or leak, so refuse it plainly.
        *errorMessage = Tr::tr("proxy-url “%1”: HTTPS proxies are not supported; use an http:// "
                               "or socks5:// proxy")
                            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
        return std::nullopt;
    } else {
        *errorMessage = Tr::tr("proxy-url “%1”: scheme “%2” is not supported (http, socks5)")
                            .arg(url.toDisplayString(QUrl::RemoveUserInfo), scheme);
        return std::nullopt;
    }
    proxy.setHostName(url.host());
    proxy.setUser(url.userName(QUrl::FullyDecoded));
    proxy.setPassword(url.password(QUrl::FullyDecoded));
    return proxy;
}

static bool configureTls(ClusterConnection &c, const QString &entry, QString *errorMessage)
{
    const KubeCluster &cl = c.cluster;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setProtocol(QSsl::SecureProtocols);
    // HTTP/1.1 only: streams get their own connections (see KubeClient), and h2 is not needed.
    ssl.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});

    QByteArray caPem = cl.certificateAuthorityData;
    if (!cl.certificateAuthorityFile.isEmpty()) {
        if (!caPem.isEmpty()) {
            *errorMessage = Tr::tr("%1: both “certificate-authority” and "
                                   "“certificate-authority-data” are set")
                                .arg(where(cl.sourceFile, entry));
            return false;
        }
        QString err;
        if (!readFile(cl.certificateAuthorityFile, &caPem, &err)) {
            *errorMessage = Tr::tr("%1: %2").arg(where(cl.sourceFile, entry), err);
            return false;
        }
    }
    if (cl.insecureSkipTlsVerify && !caPem.isEmpty()) {
        // Same rule as kubectl: the two contradict each other.
        *errorMessage = Tr::tr("%1: “insecure-skip-tls-verify” cannot be combined with a "
                               "certificate authority")
                            .arg(where(cl.sourceFile, entry));
        return false;
    }
    if (!caPem.isEmpty()) {
        const auto cas = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (cas.isEmpty()) {
            *errorMessage = Tr::tr("%1: the certificate authority holds no PEM certificate")
                                .arg(where(cl.sourceFile, entry));
            return false;
        }
        // Like kubectl, a configured CA replaces the system trust store.
        ssl.setCaCertificates(cas);
    }
    if (cl.insecureSkipTlsVerify) {
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        c.warnings.append(Tr::tr("TLS verification is disabled for cluster “%1” "
                                 "(insecure-skip-tls-verify): the server's identity is not checked.")
                              .arg(cl.name));
    } else {
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    c.sslConfiguration = ssl;
    c.tlsServerName = cl.tlsServerName;
    return true;
}

std::optional<ClusterConnection> ClusterConnection::fromConfig(const KubeConfig &config,
                                                               const QString &contextName,
                                                               QString *errorMessage)
{
    QString err;
    const QString name = contextName.isEmpty() ? config.currentContext() : contextName;
    if (name.isEmpty()) {
        *errorMessage = config.files().isEmpty()
                            ? Tr::tr("No kubeconfig file was found.")
                            : Tr::tr("%1: no current-context is set; choose a context.")
                                  .arg(QDir::toNativeSeparators(config.files().constFirst()));
        return std::nullopt;
    }
    const KubeContext *ctx = config.context(name);
    if (!ctx) {
        *errorMessage = Tr::tr("Context “%1” does not exist in %2.")
                            .arg(name, config.files().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const QString ctxEntry = Tr::tr("context “%1”").arg(ctx->name);
    const KubeCluster *cluster = config.cluster(ctx->cluster);
    if (!cluster) {
        *errorMessage = Tr::tr("%1: cluster “%2” does not exist")
                            .arg(where(ctx->sourceFile, ctxEntry), ctx->cluster);
        return std::nullopt;
    }
    ClusterConnection c;
    c.contextName = ctx->name;
    c.defaultNamespace = ctx->defaultNamespace.isEmpty() ? QStringLiteral("default")
                                                         : ctx->defaultNamespace;
    c.cluster = *cluster;
    if (!ctx->user.isEmpty()) {
        const KubeUser *user = config.user(ctx->user);
        if (!user) {
            *errorMessage = Tr::tr("%1: user “%2” does not exist")
                                .arg(where(ctx->sourceFile, ctxEntry), ctx->user);
            return std::nullopt;
        }
        c.user = *user;
        c.kubeconfigFile = user->sourceFile;
    } else {
        c.kubeconfigFile = ctx->sourceFile;
    }

    const QString clusterEntry = Tr::tr("cluster “%1”").arg(cluster->name);
    c.server = QUrl(cluster->server, QUrl::StrictMode);
    const QString scheme = c.server.scheme();
    if (!c.server.isValid() || c.server.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *errorMessage = Tr::tr("%1: server “%2” is not an http(s) URL")
                            .arg(where(cluster->sourceFile, clusterEntry), cluster->server);
        return std::nullopt;
    }
    if (!configureTls(c, clusterEntry, errorMessage))
        return std::nullopt;
    if (!cluster->proxyUrl.isEmpty()) {
        c.proxy = proxyFromUrl(cluster->proxyUrl, &err);
        if (!c.proxy) {
            *errorMessage = Tr::tr("%1: %2").arg(where(cluster->sourceFile, clusterEntry), err);
            return std::nullopt;
        }
    }

    // Load certificate files now so that a broken or unreadable one is reported up front.
    KubeUser &u = c.user;
    const QString userEntry = Tr::tr("user “%1”").arg(u.name);
    if (!u.clientCertificateFile.isEmpty()
        && !readFile(u.clientCertificateFile, &u.clientCertificateData, &err)) {
        *errorMessage = Tr::tr("%1: %2").arg(where(u.sourceFile, userEntry), err);
        return std::nullopt;
    }
    if (!u.clientKeyFile.isEmpty() && !readFile(u.clientKeyFile, &u.clientKeyData, &err)) {
        *errorMessage = Tr::tr("%1: %2").arg(where(u.sourceFile, userEntry), err);
        return std::nullopt;
    }
    if (!Credentials::checkUser(u, &err)) {
        *errorMessage = Tr::tr("%1: %2").arg(where(u.sourceFile, userEntry), err);
        return std::nullopt;
    }
    return c;
}

std::optional<ClusterConnection> ClusterConnection::fromToken(const KubeCluster &cluster,
                                                              const QString &token,
                                                              QString *errorMessage)
{
    const QUrl server(cluster.server);
    ClusterConnection c;
    c.cluster = cluster;
    if (c.cluster.name.isEmpty())
        c.cluster.name = server.host();
    c.contextName = c.cluster.name;
    c.defaultNamespace = QStringLiteral("default");
    c.server = server;
    c.user.name = c.cluster.name;
    c.user.token = token;
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
        *errorMessage = Tr::tr("“%1” is not an https URL").arg(server.toDisplayString());
        return std::nullopt;
    }
    if (!configureTls(c, Tr::tr("cluster “%1”").arg(c.cluster.name), errorMessage))
        return std::nullopt;
    QString err;
    if (!Credentials::checkUser(c.user, &err)) {
        *errorMessage = err;
        return std::nullopt;
    }
    return c;
}

} // namespace sd
