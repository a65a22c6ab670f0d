#include "kube/kuberequest.h"

#include "common/tr.h"
#include "kube/authenticator.h"
#include "kube/kubeclient.h"

#include <QPromise>
#include <QRandomGenerator>
#include <QThreadPool>

namespace sd {

namespace {
QStringList warningsFrom(const QNetworkReply *reply)
{
    // "Warning: 299 - "text"" (RFC 7234); the server may send several, which Qt joins with ", ".
    QStringList out;
    const QByteArray raw = reply->rawHeader("Warning");
    if (raw.isEmpty())
        return out;
    qsizetype pos = 0;
    while ((pos = raw.indexOf('"', pos)) >= 0) {
        const qsizetype end = raw.indexOf('"', pos + 1);
        if (end < 0)
            break;
        out.append(QString::fromUtf8(raw.mid(pos + 1, end - pos - 1)));
        pos = end + 1;
    }
    if (out.isEmpty())
        out.append(QString::fromUtf8(raw));
    return out;
}

bool isConnectionError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}
} // namespace

KubeRequest::KubeRequest(KubeClient *client, KubeRequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_timer.setSingleShot(true);
    QMetaObject::invokeMethod(this, &KubeRequest::attempt, Qt::QueuedConnection);
}

KubeRequest::~KubeRequest()
{
    abortReply();
    if (m_decoder) {
        // The worker may still run; its result is dropped with the watcher.
        m_decoder->disconnect(this);
    }
}

void KubeRequest::abortReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
}

void KubeRequest::attempt()
{
    if (m_phase == Phase::Done)
        return;
    if (!m_client) {
        fail(KubeError(KubeError::Kind::Network, Tr::tr("the connection was closed")));
        return;
    }
    const qint64 wait = m_client->reserveRateLimit();
    if (wait > 0) {
        m_phase = Phase::Waiting;
        m_timer.disconnect();
        connect(&m_timer, &QTimer::timeout, this, &KubeRequest::authorize);
        m_timer.start(int(wait));
        return;
    }
    authorize();
}

void KubeRequest::authorize()
{
    m_phase = Phase::Waiting;
    m_client->authenticator()->acquire(this, [this](const Credentials &c, const QString &e) {
        if (!e.isEmpty())
            fail(KubeError(KubeError::Kind::Credentials, e));
        else
            send(c);
    });
}

void KubeRequest::fail(const KubeError &error)
{
    KubeResponse r;
    r.attempts = m_attempt;
    r.error = error;
    finish(r);
}

void KubeRequest::send(const Credentials &credentials)
{
    ++m_attempt;
    m_phase = Phase::InFlight;
    m_timedOut = false;
    m_sslErrors.clear();
    const QNetworkRequest req = m_client->buildNetworkRequest(m_spec, credentials);
    QNetworkAccessManager *nam = m_client->requestManager();
    m_reply = m_spec.body.isEmpty() && m_spec.contentType.isEmpty()
                  ? nam->sendCustomRequest(req, m_spec.method)
                  : nam->sendCustomRequest(req, m_spec.method, m_spec.body);
    connect(m_reply, &QNetworkReply::finished, this, &KubeRequest::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_sslErrors.append(e.errorString());
    });
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &KubeRequest::onTimeout);
    m_timer.start(m_spec.timeoutMs);
}

void KubeRequest::onTimeout()
{
    if (m_phase != Phase::InFlight)
        return;
    m_timedOut = true;
    if (m_reply)
        m_reply->abort(); // finished() follows synchronously
}

void KubeRequest::onReplyFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    KubeResponse r;
    r.attempts = m_attempt;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.retryAfterMs = RetryPolicy::parseRetryAfterMs(reply->rawHeader("Retry-After"));
    r.warnings = warningsFrom(reply);
    if (reply->isOpen())
        r.body = reply->readAll();

    if (m_timedOut) {
        r.error = KubeError(KubeError::Kind::Timeout,
                            Tr::tr("%1 %2 took longer than %n second(s)", nullptr,
                                   m_spec.timeoutMs / 1000)
                                .arg(QString::fromLatin1(m_spec.method), m_spec.path));
        finish(r);
        return;
    }
    const auto netError = reply->error();
    if (r.httpStatus == 0) {
        // No HTTP answer at all.
        const RetryPolicy &policy = m_client->options().retry;
        if (m_spec.idempotent && isConnectionError(netError) && m_attempt < policy.maxAttempts) {
            scheduleRetry(-1);
            return;
        }
        if (netError == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
            r.error = KubeError(KubeError::Kind::Tls,
                                m_sslErrors.isEmpty() ? reply->errorString()
                                                      : m_sslErrors.join(QLatin1String("; ")));
        } else {
            r.error = KubeError(KubeError::Kind::Network, reply->errorString());
        }
        finish(r);
        return;
    }
    if (r.httpStatus == 401 && !m_retriedAuth && m_client->authenticator()->invalidate()) {
        // Expired exec/oidc credential or a rotated token file: fetch fresh ones once.
        m_retriedAuth = true;
        m_client->credentialsChanged();
        --m_attempt;
        attempt();
        return;
    }
    if (r.httpStatus < 200 || r.httpStatus >= 300) {
        const RetryPolicy &policy = m_client->options().retry;
        if (m_spec.idempotent && RetryPolicy::isRetryableStatus(r.httpStatus)
            && m_attempt < policy.maxAttempts) {
            scheduleRetry(r.retryAfterMs);
            return;
        }
        r.error = KubeError::fromResponse(r.httpStatus, r.body, m_client->authenticator()->describe());
        finish(r);
        return;
    }
    if (!m_spec.decodeJson || r.body.isEmpty()) {
        finish(r);
        return;
    }
    // Decode in the thread pool: a 10k-pod list is tens of megabytes.
    m_phase = Phase::Decoding;
    auto promise = std::make_shared<QPromise<QJsonDocument>>();
    m_decoder = std::make_unique<QFutureWatcher<QJsonDocument>>();
    const QByteArray body = r.body;
    connect(m_decoder.get(), &QFutureWatcherBase::finished, this, [this, r]() mutable {
        const QJsonDocument doc = m_decoder->future().result();
        if (doc.isNull()) {
            r.error = KubeError(KubeError::Kind::Decode,
                                Tr::tr("%1 %2 did not return JSON")
                                    .arg(QString::fromLatin1(m_spec.method), m_spec.path));
        } else {
            r.json = doc;
            r.body.clear();
        }
        finish(r);
    });
    m_decoder->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, body] {
        promise->start();
        promise->addResult(QJsonDocument::fromJson(body));
        promise->finish();
    });
}

void KubeRequest::scheduleRetry(int retryAfterMs)
{
    const RetryPolicy &policy = m_client->options().retry;
    const int delay = policy.delayMs(m_attempt, retryAfterMs,
                                     QRandomGenerator::global()->generateDouble());
    m_phase = Phase::Waiting;
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &KubeRequest::attempt);
    m_timer.start(delay);
}

void KubeRequest::finish(KubeResponse response)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_finished = true;
    m_timer.stop();
    m_response = std::move(response);
    emit finished(m_response);
}

} // namespace sd
