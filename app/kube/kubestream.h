#pragma once

#include "kube/kubeerror.h"
#include "kube/kuberequest.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sd {

class KubeClient;
struct Credentials;

// A long-lived streaming GET (watch, log follow) on a connection of its own. Starts by itself
// once control returns to the event loop. Emits opened() when the server accepted the request,
// dataReceived() for each chunk as it arrives (at most kPieceBytes each), and finished() exactly once: with no error when
// the server ended the stream, otherwise with the reason (a Status for non-2xx answers, Network
// for a dropped connection, Timeout when nothing arrived for idleTimeoutMs). Destroying it
// aborts the stream; no signal follows. Not retried: reconnecting is the owner's decision
// (WatchStream, LogStream). The KubeClient must outlive it.
class KubeStream final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kReadBufferBytes = 4 << 20; // what the reply buffers at most
    static constexpr qint64 kPieceBytes = 32 << 10;     // largest dataReceived() chunk

    KubeStream(KubeClient *client, KubeRequestSpec spec, int idleTimeoutMs, QObject *parent = nullptr);
    ~KubeStream() override;

    int httpStatus() const { return m_httpStatus; }
    bool isOpen() const { return m_opened && !m_done; }

signals:
    void opened();
    void dataReceived(const QByteArray &data);
    void finished(const sd::KubeError &error);

private:
    void start();
    void send(const Credentials &credentials);
    void onReadyRead();
    void scheduleDelivery();
    // Hands buffered data on: one piece, or all of it (the reply finished).
    void deliver(bool everything);
    void onFinished();
    void finish(const KubeError &error);
    void release();

    QPointer<KubeClient> m_client;
    KubeRequestSpec m_spec;
    int m_idleTimeoutMs;
    QNetworkAccessManager *m_nam = nullptr; // not owned; a stream manager lent by the client
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_errorBody;
    int m_httpStatus = 0;
    bool m_opened = false;
    bool m_deliveryQueued = false;  // a deliver() is queued
    bool m_done = false;
    bool m_timedOut = false;
    bool m_retriedAuth = false;
};

} // namespace sd
