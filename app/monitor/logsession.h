#pragma once

#include "kube/logstream.h"
#include "monitor/logmerger.h"
#include "monitor/logtarget.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;
class ResourceCache;

// Reads the logs of a LogTarget: one LogStream per pod container, merged in time order
// (LogMerger). Following a workload watches its pods: new pods join as they appear, deleted or
// finished ones are marked ended. Each stream resumes by itself after a drop, without gap or
// duplicate (LogStream). Without follow, the session reads what is there and finishes.
// Lives on the KubeClient's thread; the client must outlive it. Destroying it stops every stream.
class LogSession final : public QObject
{
    Q_OBJECT
public:
    enum class State { Starting, Live, Reconnecting, Ended, Error };
    Q_ENUM(State)

    struct Source
    {
        QString pod;
        QString container;
        QString label;
        State state = State::Starting;
        QString message; // why it ended or failed, or the last reconnect reason
        bool restarted = false; // the container has a previous instance
    };

    LogSession(KubeClient *client, const LogTarget &target, const LogOptions &options,
               QObject *parent = nullptr);
    ~LogSession() override;

    void start();
    const LogTarget &target() const { return m_target; }
    const std::vector<Source> &sources() const { return m_sources; }
    // Live if any stream is live; Reconnecting if the rest reconnect; Ended when all ended.
    State state() const;
    QString errorString() const { return m_error; }
    bool isFinished() const { return m_finished; }
    static QString stateText(State state);

    // How long the merger waits for a quiet stream before releasing the others' lines.
    void setHoldMs(int ms);

signals:
    void sourceAdded(int index);
    void sourceChanged(int index);
    void linesReady(const std::vector<sd::MergedLine> &lines);
    void stateChanged(sd::LogSession::State state);
    // Without follow: every stream has ended and all lines were delivered. With an error
    // (target not found, forbidden) errorString() says why.
    void finished();

private:
    void resolveDeployment();
    void watchSelector(int index);
    void listSelector(int index);
    void podsFound(const QList<QJsonObject> &pods);
    void addPod(const QJsonObject &pod);
    void addSource(const QString &pod, const QString &container, bool restarted, bool alone);
    void onLines(int source, const QList<QByteArray> &lines);
    void onEnded(int source, LogStream::EndReason reason, const QString &message);
    void setSourceState(int source, State state, const QString &message);
    void flush(bool all);
    void fail(const QString &message);
    void checkFinished();
    void updateState();

    KubeClient *m_client; // not owned
    LogTarget m_target;
    LogOptions m_options;
    LogMerger m_merger;
    std::vector<Source> m_sources;
    std::vector<std::unique_ptr<LogStream>> m_streams;
    QSet<QString> m_known; // "pod/container" already streaming
    std::unique_ptr<KubeRequest> m_request;
    std::unique_ptr<ResourceCache> m_pods;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    std::vector<MergedLine> m_out;
    State m_state = State::Starting;
    QString m_error;
    bool m_resolved = false;
    bool m_finished = false;
};

} // namespace sd
