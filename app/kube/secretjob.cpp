#include "kube/secretjob.h"

#include <qt6keychain/keychain.h>

namespace sd {

namespace {

// QtKeychain's libsecret backend reports most failures as OtherError with GLib's message, so the
// kind is recovered from the message where the error code says nothing.
SecretJob::Error classify(QKeychain::Error code, const QString &message)
{
    switch (code) {
    case QKeychain::NoError:
        return SecretJob::Error::NoError;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Error::NoService;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // "Cannot autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was not
    // provided by any .service files", "Could not connect: No such file or directory" (no bus).
    if (message.contains(QLatin1String("org.freedesktop.secrets")) || message.contains(QLatin1String("D-Bus"))
        || message.contains(QLatin1String("DBus")) || message.contains(QLatin1String("Could not connect")))
        return SecretJob::Error::NoService;
    // gnome-keyring running but its default collection not unlocked (no login keyring yet, or the
    // unlock was never answered): "Object does not exist at path “/org/freedesktop/secrets/collection/login”".
    if (message.contains(QLatin1String("/collection/")) || message.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return SecretJob::Error::Locked;
    return SecretJob::Error::Other;
}

QString describe(SecretJob::Error error, const QString &key, const QString &detail, int timeoutMs)
{
    QString text;
    switch (error) {
    case SecretJob::Error::NoError:
        return {};
    case SecretJob::Error::NotFound:
        // libsecret answers a lookup in a locked keyring it cannot unlock the same way.
        return SecretJob::tr("The keychain holds no entry “%1”, or it is locked.").arg(key);
    case SecretJob::Error::NoService:
        text = SecretJob::tr("No keychain service is available: the desktop's Secret Service "
                             "(GNOME Keyring or KWallet) is not running or not reachable.");
        break;
    case SecretJob::Error::Locked:
        text = SecretJob::tr("The keychain is locked or refused access. Unlock it (for example by "
                             "logging in to the desktop session) and try again.");
        break;
    case SecretJob::Error::Timeout:
        return SecretJob::tr("The keychain did not answer within %n second(s). It may be waiting "
                             "for an unlock prompt, or it is not responding.",
                             nullptr, (timeoutMs + 999) / 1000);
    case SecretJob::Error::Other:
        text = SecretJob::tr("The keychain reported an error.");
        break;
    }
    if (detail.isEmpty())
        return text;
    return SecretJob::tr("%1 (Details: %2)").arg(text, detail);
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &service, const QString &key,
                     const QString &secret, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(service)
    , m_key(key)
    , m_timeoutMs(timeoutMs)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // The QtKeychain job is never deleted here, not even on cancel or timeout: the libsecret
    // backend keeps a raw pointer to it in a pending GLib callback that cannot be withdrawn, so it
    // must live until that callback ran. autoDelete (the default) frees it right after it answers.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file
    job->setKey(key);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(Error::Timeout, {}); });
    m_timer.start(m_timeoutMs);
    job->start(); // queued: runs once control returns to the event loop
}

SecretJob::~SecretJob()
{
    if (m_job)
        m_job->disconnect(this);
}

void SecretJob::onKeychainFinished(QKeychain::Job *job)
{
    job->disconnect(this);
    const Error error = classify(job->error(), job->errorString());
    if (error == Error::NoError && m_operation == Operation::Read)
        m_secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    // Deleting what is not there leaves the keychain as asked.
    if (error == Error::NotFound && m_operation == Operation::Delete)
        finish(Error::NoError, {});
    else
        finish(error, job->errorString());
}

void SecretJob::finish(Error error, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_job)
        m_job->disconnect(this);
    m_error = error;
    m_errorString = describe(error, m_key, detail, m_timeoutMs);
    emit finished(this);
}

} // namespace sd
