#include "kube/secretstore.h"

namespace sd {

SecretStore::SecretStore(const QString &service)
    : m_service(service)
{}

SecretJob *SecretStore::read(const QString &key, QObject *parent) const
{
    return new SecretJob(SecretJob::Operation::Read, m_service, key, {}, m_timeoutMs, parent);
}

SecretJob *SecretStore::write(const QString &key, const QString &secret, QObject *parent) const
{
    return new SecretJob(SecretJob::Operation::Write, m_service, key, secret, m_timeoutMs, parent);
}

SecretJob *SecretStore::remove(const QString &key, QObject *parent) const
{
    return new SecretJob(SecretJob::Operation::Delete, m_service, key, {}, m_timeoutMs, parent);
}

} // namespace sd
