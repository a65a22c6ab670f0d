#pragma once

#include "kube/clusterconnection.h"
#include "kube/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace sd {

// A cluster the user added by API server URL and bearer token instead of a kubeconfig.
// Everything here is persisted in QSettings; the token is not part of it (see AddedClusters).
struct AddedCluster
{
    QString name;           // also the context name shown in the app
    QString server;         // https URL of the API server
    QString certificateAuthorityFile; // empty: the system trust store
    QString tlsServerName;  // empty: the server URL's host
    bool insecureSkipTlsVerify = false;

    // The same cluster entry a kubeconfig would give, so the client takes one code path.
    KubeCluster toKubeCluster() const;
};

// The user's added clusters: entries in QSettings (group "addedClusters"), tokens in the OS
// keychain, one entry per cluster (SecretStore key "cluster/<name>"). A token reaches neither
// QSettings nor any file. When the keychain fails, a token can be kept in memory for the rest of
// this session (setSessionToken) so the user can still connect.
//
// GUI thread (or any one thread with an event loop). Several instances may exist; each reads
// QSettings when constructed and when reload() is called.
class AddedClusters final : public QObject
{
    Q_OBJECT
public:
    explicit AddedClusters(const SecretStore &store = SecretStore(), QObject *parent = nullptr);

    void reload();
    const QList<AddedCluster> &clusters() const { return m_clusters; }
    std::optional<AddedCluster> cluster(const QString &name) const;
    const SecretStore &secretStore() const { return m_store; }

    // The first problem with an entry as typed (translated), empty when it can be saved.
    // `isNew`: the name must not be taken yet.
    QString validate(const AddedCluster &cluster, const QString &token, bool isNew) const;

    // Saves the entry (replacing one of the same name) and writes the token to the keychain. The
    // returned job (owned by the caller or `parent`) reports the keychain's answer; when it fails,
    // the token is kept for this session only.
    SecretJob *add(const AddedCluster &cluster, const QString &token, QObject *parent = nullptr);
    // Forgets the entry and any session token, and deletes the keychain entry (the returned job).
    SecretJob *remove(const QString &name, QObject *parent = nullptr);
    // Reads the token back from the keychain.
    SecretJob *readToken(const QString &name, QObject *parent = nullptr) const;

    // A token typed for this session only (the keychain could not give or keep it); memory only.
    void setSessionToken(const QString &name, const QString &token);
    QString sessionToken(const QString &name) const { return m_sessionTokens.value(name); }

    static QString secretKey(const QString &name);
    // The connection the client uses, built like a kubeconfig context. nullopt with a translated
    // message when the entry or token cannot be used.
    static std::optional<ClusterConnection> connection(const AddedCluster &cluster, const QString &token,
                                                       QString *errorMessage);

signals:
    void changed();

private:
    void save() const;

    SecretStore m_store;
    QList<AddedCluster> m_clusters;
    QHash<QString, QString> m_sessionTokens;
};

} // namespace sd
