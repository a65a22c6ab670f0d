#pragma once

#include "kube/secretjob.h"

#include <QString>

class QObject;

namespace sd {

// Secrets (cluster tokens, object-store keys) in the OS keychain through QtKeychain: the Secret
// Service (GNOME Keyring, KWallet) on Linux, Keychain on macOS, Credential Manager on Windows.
// Entries are addressed by (service, key); a secret never touches QSettings or a file.
//
// Value type; use on a thread with an event loop (jobs answer through it). Each call returns a new
// SecretJob that the caller owns (see SecretJob for the lifetime contract). Requests are answered
// in order: QtKeychain runs one at a time, so while the keychain hangs (e.g. an unlock prompt
// nobody sees) later requests wait behind it and time out too.
class SecretStore
{
public:
    static constexpr int DefaultTimeoutMs = 10'000;

    explicit SecretStore(const QString &service = QStringLiteral("Stackdeck"));

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    SecretJob *read(const QString &key, QObject *parent = nullptr) const;
    SecretJob *write(const QString &key, const QString &secret, QObject *parent = nullptr) const;
    // Deleting an entry that does not exist succeeds.
    SecretJob *remove(const QString &key, QObject *parent = nullptr) const;

private:
    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace sd
