#pragma once

#include "kube/kuberesponse.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace sd {

class KubeClient;
struct Credentials;

struct KubeRequestSpec
{
    QByteArray method = "GET";
    QString path;               // e.g. /api/v1/namespaces/x/pods
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;     // empty: no body
    QByteArray accept = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (e.g. for services/proxy)
    bool idempotent = true;     // retried on 429/5xx/connection errors
    bool decodeJson = true;     // decode a 2xx body as JSON off the caller's thread
    int timeoutMs = 30'000;     // per attempt
};

// One API call, with authentication, rate limiting, retries and JSON decoding. Starts by itself
// once control returns to the event loop (connect to finished() first). Destroying it cancels:
// the network reply is aborted and finished() is not emitted. finished() is emitted exactly once
// otherwise, on the thread that created the request. Owned by its QObject parent, or by the
// caller when it has none; it never deletes itself. The KubeClient must outlive it.
class KubeRequest final : public QObject
{
    Q_OBJECT
public:
    KubeRequest(KubeClient *client, KubeRequestSpec spec, QObject *parent = nullptr);
    ~KubeRequest() override;

    const KubeRequestSpec &spec() const { return m_spec; }
    const KubeResponse &response() const { return m_response; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(const sd::KubeResponse &response);

private:
    void attempt();
    void authorize();
    void fail(const KubeError &error);
    void send(const Credentials &credentials);
    void onReplyFinished();
    void onTimeout();
    void scheduleRetry(int retryAfterMs);
    void finish(KubeResponse response);
    void abortReply();

    QPointer<KubeClient> m_client;
    KubeRequestSpec m_spec;
    KubeResponse m_response;
    QPointer<QNetworkReply> m_reply; // parented to the client's QNetworkAccessManager
    QTimer m_timer;                  // rate-limit wait, retry backoff, and per-attempt timeout
    enum class Phase { Idle, Waiting, InFlight, Decoding, Done } m_phase = Phase::Idle;
    int m_attempt = 0;
    bool m_retriedAuth = false;
    bool m_timedOut = false;
    bool m_finished = false;
    QStringList m_sslErrors;
    std::unique_ptr<QFutureWatcher<QJsonDocument>> m_decoder;
};

} // namespace sd
