#include "kube/kubestream.h"

#include "common/tr.h"
#include "kube/authenticator.h"
#include "kube/kubeclient.h"

#include <algorithm>

namespace sd {

KubeStream::KubeStream(KubeClient *client, KubeRequestSpec spec, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    QMetaObject::invokeMethod(this, &KubeStream::start, Qt::QueuedConnection);
}

KubeStream::~KubeStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    release();
}

void KubeStream::release()
{
    if (m_nam && m_client)
        m_client->releaseStreamManager(m_nam);
    m_nam = nullptr;
}

void KubeStream::start()
{
    if (m_done)
        return;
    if (!m_client) {
        finish(KubeError(KubeError::Kind::Network, Tr::tr("the connection was closed")));
        return;
    }
    const qint64 wait = m_client->reserveRateLimit();
    auto go = [this] {
        m_client->authenticator()->acquire(this, [this](const Credentials &c, const QString &e) {
            if (!e.isEmpty())
                finish(KubeError(KubeError::Kind::Credentials, e));
            else
                send(c);
        });
    };
    if (wait > 0)
        QTimer::singleShot(int(wait), this, go);
    else
        go();
}

void KubeStream::send(const Credentials &credentials)
{
    if (!m_nam)
        m_nam = m_client->acquireStreamManager();
    m_httpStatus = 0;
    m_errorBody.clear();
    m_reply = m_nam->sendCustomRequest(m_client->buildNetworkRequest(m_spec, credentials),
                                       m_spec.method);
    // Bounded: a slow reader holds the server back (TCP flow control) instead of the reply
    // buffering the rest of a long log in memory.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &KubeStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &KubeStream::onFinished);
    m_timer.start(m_spec.timeoutMs); // until the answer starts
}

void KubeStream::onReadyRead()
{
    // Only noted here; the data is handed on from a later turn of the event loop. Qt posts one
    // readyRead per network chunk, and a thread that fell behind finds hundreds of them queued in
    // one pass: handled at once they would run back to back with nothing else in between (the
    // GUI's timers and painting). Deferred, each stream hands on one piece per turn.
    scheduleDelivery();
}

void KubeStream::scheduleDelivery()
{
    if (m_deliveryQueued)
        return;
    m_deliveryQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_deliveryQueued = false;
        deliver(false);
    }, Qt::QueuedConnection);
}

void KubeStream::deliver(bool everything)
{
    if (!m_reply)
        return;
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        const QByteArray data = m_reply->readAll();
        if (m_errorBody.size() < 64 * 1024)
            m_errorBody += data;
        return;
    }
    if (m_idleTimeoutMs > 0)
        m_timer.start(m_idleTimeoutMs);
    else
        m_timer.stop();
    const QPointer<KubeStream> self(this); // a receiver may destroy the stream
    if (!m_opened) {
        m_opened = true;
        emit opened();
        if (!self || !m_reply)
            return;
    }
    // Pieces of at most kPieceBytes: a reader that fell behind would otherwise get everything
    // buffered as one allocation (tens of MB for a log backlog, fresh pages faulted in each time).
    // One piece per event-loop turn while the reply runs, the rest on the next turns.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray data = m_reply->read(std::min<qint64>(m_reply->bytesAvailable(), kPieceBytes));
        if (data.isEmpty())
            break;
        emit dataReceived(data);
        if (!self)
            return;
        if (!everything)
            break;
    }
    if (!everything && m_reply && m_reply->bytesAvailable() > 0)
        scheduleDelivery();
}

void KubeStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    deliver(true);
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_timer.stop();
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_timedOut) {
        finish(KubeError(KubeError::Kind::Timeout,
                         Tr::tr("the stream %1 went silent").arg(m_spec.path)));
        return;
    }
    if (m_httpStatus == 401 && !m_retriedAuth && m_client->authenticator()->invalidate()) {
        m_retriedAuth = true;
        m_client->credentialsChanged();
        start();
        return;
    }
    if (m_httpStatus != 0 && (m_httpStatus < 200 || m_httpStatus >= 300)) {
        finish(KubeError::fromResponse(m_httpStatus, m_errorBody,
                                       m_client->authenticator()->describe()));
        return;
    }
    const auto err = reply->error();
    if (err != QNetworkReply::NoError) {
        finish(KubeError(err == QNetworkReply::SslHandshakeFailedError ? KubeError::Kind::Tls
                                                                       : KubeError::Kind::Network,
                         reply->errorString()));
        return;
    }
    finish(KubeError());
}

void KubeStream::finish(const KubeError &error)
{
    if (m_done)
        return;
    m_done = true;
    release();
    emit finished(error);
}

} // namespace sd
