#pragma once

#include "kube/kubeclient.h"
#include "kube/logresumefilter.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace sd {

class KubeStream;

struct LogOptions
{
    QString container;       // empty: the server's default (fails for several containers)
    bool follow = true;
    int tailLines = -1;      // -1: all
    qint64 sinceSeconds = -1;
    QDateTime sinceTime;     // exclusive with sinceSeconds (the server refuses both)
    bool timestamps = false; // show the kubelet's timestamps (fetched anyway, see alwaysStamped)
    bool previous = false;   // the previous, terminated instance (never followed)
    qint64 limitBytes = -1;  // stop after this many bytes of log text
    // Fetch the kubelet's timestamps even when they are not shown (the default): a dropped
    // stream then resumes without gap or duplicate, and streams merge in time order. Off (a
    // one-shot read of one container, as kubectl does it), the response is smaller and a
    // dropped stream ends with Failed. LogSession keeps them whenever it follows or merges.
    bool alwaysStamped = true;
};

struct LogLine
{
    QString timestamp; // RFC 3339 as sent by the kubelet; empty if the line had none
    QString text;      // without the timestamp
};

// Follows the log of one container. The follow request always asks for timestamps so that a
// dropped stream (network, API server restart, container restart) can be resumed with sinceTime
// without losing or repeating lines (see LogResumeFilter). When a stream ends the pod is checked:
// gone → ended(PodGone); completed and not restarting → ended(Completed); otherwise the follow
// resumes with backoff. Lives on its KubeClient's thread; the client must outlive it.
class LogStream final : public QObject
{
    Q_OBJECT
public:
    enum class EndReason { Completed, PodGone, LimitReached, Failed };
    Q_ENUM(EndReason)

    LogStream(KubeClient *client, const QString &ns, const QString &pod,
              const LogOptions &options, QObject *parent = nullptr);
    ~LogStream() override;

    void start();
    void setBackoff(int baseMs, int maxMs);
    // Deliver lines as received bytes ("<RFC 3339 timestamp> <text>" when stamped(), else the
    // text; no newline) through rawLinesReceived() instead of linesReceived(): no decoding, for
    // consumers that store bytes.
    void setRawDelivery(bool raw) { m_raw = raw; }
    bool stamped() const { return m_options.alwaysStamped || m_options.timestamps; }
    int reconnects() const { return m_reconnects; }

    // The query of the next request (exposed for tests).
    QUrlQuery nextQuery() const;

signals:
    void linesReceived(const QList<sd::LogLine> &lines);
    void rawLinesReceived(const QList<QByteArray> &lines);
    void reconnecting(const sd::KubeError &reason);
    void ended(sd::LogStream::EndReason reason, const QString &message);

private:
    void open();
    void onData(const QByteArray &data);
    void onStreamFinished(const KubeError &error);
    void checkPod(const KubeError &streamError);
    void resumeLater(const KubeError &reason);
    void deliver(const QList<QByteArray> &rawLines);
    void deliverRaw(const QList<QByteArray> &rawLines);
    void end(EndReason reason, const QString &message);

    KubeClient *m_client; // not owned
    QString m_namespace;
    QString m_pod;
    LogOptions m_options;
    LogResumeFilter m_filter;
    QString m_resumeSince;
    std::unique_ptr<KubeStream> m_stream;
    std::unique_ptr<KubeRequest> m_podCheck;
    QByteArray m_partial;
    QTimer m_retryTimer;
    RetryPolicy m_backoff;
    qint64 m_bytes = 0;
    int m_failures = 0;
    int m_reconnects = 0;
    bool m_everOpened = false;
    bool m_done = false;
    bool m_raw = false;
};

} // namespace sd

Q_DECLARE_METATYPE(sd::LogLine)
