#include "kubesim/dataregistry.h"

#include <QCryptographicHash>

namespace sd::sim {

QString DataRegistry::key(const QString &ns, const QString &cluster) { return ns + QLatin1Char('/') + cluster; }

QByteArray DataRegistry::emptyFingerprint()
{
    return QCryptographicHash::hash(QByteArrayLiteral("kubesim-empty-datastore"), QCryptographicHash::Sha256).toHex();
}

void DataRegistry::create(const QString &ns, const QString &cluster)
{
    const std::lock_guard lock(m_mutex);
    Entry &e = m_entries[key(ns, cluster)];
    if (e.data.fingerprint.isEmpty())
        e.data.fingerprint = emptyFingerprint();
}

void DataRegistry::restore(const QString &ns, const QString &cluster, const Snapshot &from)
{
    const std::lock_guard lock(m_mutex);
    Entry &e = m_entries[key(ns, cluster)];
    e.data = from;
    e.volumeFull = false;
}

void DataRegistry::drop(const QString &ns, const QString &cluster)
{
    const std::lock_guard lock(m_mutex);
    m_entries.erase(key(ns, cluster));
}

bool DataRegistry::exists(const QString &ns, const QString &cluster) const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.count(key(ns, cluster)) > 0;
}

DataRegistry::WriteResult DataRegistry::recordWrite(const QString &ns, const QString &cluster, qint64 bytes,
                                                    const QByteArray &what)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    if (it == m_entries.end())
        return WriteResult::NoDatastore;
    Entry &e = it->second;
    if (e.volumeFull)
        return WriteResult::VolumeFull;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(e.data.fingerprint);
    hash.addData(QByteArray::number(bytes));
    hash.addData(what);
    e.data.fingerprint = hash.result().toHex();
    ++e.data.writes;
    e.data.bytes += qMax<qint64>(0, bytes);
    return WriteResult::Written;
}

QByteArray DataRegistry::fingerprint(const QString &ns, const QString &cluster) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    return it == m_entries.end() ? QByteArray() : it->second.data.fingerprint;
}

std::optional<DataRegistry::Snapshot> DataRegistry::snapshot(const QString &ns, const QString &cluster) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.data;
}

void DataRegistry::setVolumeFull(const QString &ns, const QString &cluster, bool full)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    if (it != m_entries.end())
        it->second.volumeFull = full;
}

bool DataRegistry::isVolumeFull(const QString &ns, const QString &cluster) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    return it != m_entries.end() && it->second.volumeFull;
}

void DataRegistry::setAccount(const QString &ns, const QString &cluster, const QString &user, const QString &password,
                              const QString &component)
{
    const std::lock_guard lock(m_mutex);
    Entry &e = m_entries[key(ns, cluster)];
    if (e.data.fingerprint.isEmpty())
        e.data.fingerprint = emptyFingerprint();
    e.accounts[{component, user}] = password;
}

bool DataRegistry::checkAccount(const QString &ns, const QString &cluster, const QString &user,
                                const QString &password, const QString &component) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(key(ns, cluster));
    if (it == m_entries.end())
        return false;
    for (const auto &[key, stored] : it->second.accounts) {
        if (key.second == user && (component.isEmpty() || key.first == component) && stored == password)
            return true;
    }
    return false;
}

void DataRegistry::keepBackup(const QString &id, const Snapshot &data)
{
    const std::lock_guard lock(m_mutex);
    m_backups[id] = data;
}

std::optional<DataRegistry::Snapshot> DataRegistry::backup(const QString &id) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_backups.find(id);
    if (it == m_backups.end())
        return std::nullopt;
    return it->second;
}

void DataRegistry::dropBackup(const QString &id)
{
    const std::lock_guard lock(m_mutex);
    m_backups.erase(id);
}

} // namespace sd::sim
