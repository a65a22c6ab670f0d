#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <mutex>
#include <optional>

namespace sd::sim {

// The simulated contents of the datastores a cluster runs (one entry per KubeBlocks Cluster, keyed by
// namespace and Cluster name). Nothing is stored for real: each write folds into a SHA-256 chain, so
// the fingerprint identifies the exact history of writes. A Backup records the fingerprint and a
// Restore into a new Cluster reproduces it, which a test can check without trusting the controllers.
// The registry also holds the account passwords the simulated datastores accept (set by the
// KubeBlocks controller when it creates the account Secrets) and the "volume full" state chaos sets.
//
// Thread-safe: every method locks an internal mutex. Owned by sd::sim::Cluster.
class DataRegistry final
{
public:
    struct Snapshot
    {
        QByteArray fingerprint;  // hex SHA-256
        quint64 writes = 0;
        qint64 bytes = 0;
    };

    enum class WriteResult { Written, NoDatastore, VolumeFull };

    // A Cluster's datastore comes into being empty (or from a backup, see restore()) when KubeBlocks
    // provisions it, and disappears with its volumes.
    void create(const QString &ns, const QString &cluster);
    void restore(const QString &ns, const QString &cluster, const Snapshot &from);
    void drop(const QString &ns, const QString &cluster);
    bool exists(const QString &ns, const QString &cluster) const;

    // Folds one write of `bytes` bytes (`what` distinguishes writes of the same size) into the
    // cluster's fingerprint. Fails when the Cluster has no datastore or its volume was filled.
    WriteResult recordWrite(const QString &ns, const QString &cluster, qint64 bytes, const QByteArray &what = {});

    // The fingerprint of the data (the empty-data fingerprint for a new datastore; empty when absent).
    QByteArray fingerprint(const QString &ns, const QString &cluster) const;
    std::optional<Snapshot> snapshot(const QString &ns, const QString &cluster) const;

    // Chaos: a full volume refuses writes until cleared.
    void setVolumeFull(const QString &ns, const QString &cluster, bool full);
    bool isVolumeFull(const QString &ns, const QString &cluster) const;

    // Accounts the datastore accepts (user → password), per component (redis and its sentinel both
    // have a `default` user). Passwords never leave the simulator except through the account Secrets,
    // as on a real cluster. checkAccount() with an empty component accepts any component's account.
    void setAccount(const QString &ns, const QString &cluster, const QString &user, const QString &password,
                    const QString &component = {});
    bool checkAccount(const QString &ns, const QString &cluster, const QString &user, const QString &password,
                      const QString &component = {}) const;

    // The contents of backups in a backup repository, keyed by the Backup's uid: what a Restore reads.
    void keepBackup(const QString &id, const Snapshot &data);
    std::optional<Snapshot> backup(const QString &id) const;
    void dropBackup(const QString &id);

    static QByteArray emptyFingerprint();

private:
    struct Entry
    {
        Snapshot data;
        bool volumeFull = false;
        std::map<std::pair<QString, QString>, QString> accounts;  // (component, user) → password
    };
    static QString key(const QString &ns, const QString &cluster);

    mutable std::mutex m_mutex;
    std::map<QString, Entry> m_entries;
    std::map<QString, Snapshot> m_backups;
};

} // namespace sd::sim
