#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace sd {

// One request to the OS keychain (read, write or delete one entry), made by SecretStore.
//
// Lifetime: owned by its QObject parent, or by the caller when it has none; it never deletes
// itself. finished() is emitted exactly once, on the creating thread, unless the job is destroyed
// first: destroying it cancels, and finished() is then never emitted. The keychain has no way to
// withdraw a request already handed to it, so a write cancelled that late may still be stored
// (the underlying QtKeychain job finishes and deletes itself on its own; see secretjob.cpp).
// A job that gets no answer within the store's timeout finishes with Error::Timeout.
class SecretJob final : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };
    Q_ENUM(Operation)
    enum class Error {
        NoError,
        NotFound,   // no such entry (reads only)
        NoService,  // no Secret Service / keychain to talk to
        Locked,     // the keychain is locked, or access was denied
        Timeout,    // no answer in time (typically a hidden unlock prompt)
        Other
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString service() const { return m_service; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    // Translated, in plain words, with the keychain's own detail where it gave one; empty on success.
    QString errorString() const { return m_errorString; }
    // The secret read (Operation::Read, Error::NoError); empty otherwise.
    QString secret() const { return m_secret; }

signals:
    void finished(sd::SecretJob *job);

private:
    friend class SecretStore;
    SecretJob(Operation operation, const QString &service, const QString &key, const QString &secret,
              int timeoutMs, QObject *parent);

    void onKeychainFinished(QKeychain::Job *job);
    void finish(Error error, const QString &detail);

    Operation m_operation;
    QString m_service;
    QString m_key;
    QString m_secret;
    int m_timeoutMs;
    QPointer<QKeychain::Job> m_job; // not owned: QtKeychain deletes it once it has answered
    QTimer m_timer;
    Error m_error = Error::NoError;
    QString m_errorString;
    bool m_finished = false;
};

} // namespace sd
