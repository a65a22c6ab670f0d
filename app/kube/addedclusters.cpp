#include "kube/addedclusters.h"

#include "common/tr.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace sd {

namespace {
const QString group = QStringLiteral("addedClusters");
}

KubeCluster AddedCluster::toKubeCluster() const
{
    KubeCluster c;
    c.name = name;
    c.server = server;
    c.certificateAuthorityFile = certificateAuthorityFile;
    c.tlsServerName = tlsServerName;
    c.insecureSkipTlsVerify = insecureSkipTlsVerify;
    return c;
}

AddedClusters::AddedClusters(const SecretStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    reload();
}

void AddedClusters::reload()
{
    m_clusters.clear();
    QSettings settings;
    settings.beginGroup(group);
    for (const QString &name : settings.childGroups()) {
        settings.beginGroup(name);
        AddedCluster c;
        c.name = name;
        c.server = settings.value(QStringLiteral("server")).toString();
        c.certificateAuthorityFile = settings.value(QStringLiteral("certificateAuthority")).toString();
        c.tlsServerName = settings.value(QStringLiteral("tlsServerName")).toString();
        c.insecureSkipTlsVerify = settings.value(QStringLiteral("insecureSkipTlsVerify")).toBool();
        settings.endGroup();
        m_clusters.append(c);
    }
    emit changed();
}

void AddedClusters::save() const
{
    QSettings settings;
    settings.remove(group);
    settings.beginGroup(group);
    for (const AddedCluster &c : m_clusters) {
        settings.beginGroup(c.name);
        settings.setValue(QStringLiteral("server"), c.server);
        settings.setValue(QStringLiteral("certificateAuthority"), c.certificateAuthorityFile);
        settings.setValue(QStringLiteral("tlsServerName"), c.tlsServerName);
        settings.setValue(QStringLiteral("insecureSkipTlsVerify"), c.insecureSkipTlsVerify);
        settings.endGroup();
    }
}

std::optional<AddedCluster> AddedClusters::cluster(const QString &name) const
{
    for (const AddedCluster &c : m_clusters) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QString AddedClusters::validate(const AddedCluster &cluster, const QString &token, bool isNew) const
{
    // Names become QSettings groups and keychain keys: keep them to kubeconfig-like names.
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (cluster.name.isEmpty())
        return tr("Enter a name for the cluster.");
    if (!namePattern.match(cluster.name).hasMatch())
        return tr("The name may use letters, digits, “.”, “_” and “-” (at most 63), starting with a letter or digit.");
    if (isNew && this->cluster(cluster.name))
        return tr("A cluster named “%1” was already added.").arg(cluster.name);
    if (cluster.server.isEmpty())
        return tr("Enter the API server URL, e.g. https://203.0.113.10:6443.");
    const QUrl url(cluster.server, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return tr("The API server URL must start with https:// and name a host.");
    if (token.trimmed().isEmpty())
        return tr("Enter the bearer token.");
    if (token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char('\r')))
        return tr("The token must be a single line.");
    if (!cluster.certificateAuthorityFile.isEmpty()) {
        const QFileInfo ca(cluster.certificateAuthorityFile);
        if (!ca.isFile() || !ca.isReadable())
            return tr("The CA file %1 cannot be read.").arg(cluster.certificateAuthorityFile);
        if (cluster.insecureSkipTlsVerify)
            return tr("Skipping TLS verification cannot be combined with a CA file.");
    }
    return {};
}

SecretJob *AddedClusters::add(const AddedCluster &cluster, const QString &token, QObject *parent)
{
    bool replaced = false;
    for (AddedCluster &c : m_clusters) {
        if (c.name == cluster.name) {
            c = cluster;
            replaced = true;
        }
    }
    if (!replaced)
        m_clusters.append(cluster);
    save();
    m_sessionTokens.remove(cluster.name);
    SecretJob *job = m_store.write(secretKey(cluster.name), token, parent);
    const QString name = cluster.name;
    connect(job, &SecretJob::finished, this, [this, name, token](SecretJob *done) {
        if (done->error() != SecretJob::Error::NoError && this->cluster(name))
            m_sessionTokens.insert(name, token);
    });
    emit changed();
    return job;
}

SecretJob *AddedClusters::remove(const QString &name, QObject *parent)
{
    m_clusters.removeIf([&](const AddedCluster &c) { return c.name == name; });
    m_sessionTokens.remove(name);
    save();
    emit changed();
    return m_store.remove(secretKey(name), parent);
}

SecretJob *AddedClusters::readToken(const QString &name, QObject *parent) const
{
    return m_store.read(secretKey(name), parent);
}

void AddedClusters::setSessionToken(const QString &name, const QString &token)
{
    m_sessionTokens.insert(name, token);
}

QString AddedClusters::secretKey(const QString &name)
{
    return QStringLiteral("cluster/") + name;
}

std::optional<ClusterConnection> AddedClusters::connection(const AddedCluster &cluster, const QString &token,
                                                           QString *errorMessage)
{
    return ClusterConnection::fromToken(cluster.toKubeCluster(), token, errorMessage);
}

} // namespace sd
