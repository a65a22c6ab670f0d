#pragma once

#include "deploy/designdrift.h"
#include "stack/stack.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

namespace sd {

class KubeClient;

// Reads how the cluster differs from a stack's design: lists the Deployments and KubeBlocks
// Clusters in the stack's namespace (two requests, no label selector, so objects made outside
// Stackdeck are found too) and runs DesignDrift::evaluate() on a worker thread, never on the
// caller's. One read at a time: read() replaces a read in progress, whose result is dropped.
// finished() once per read() unless replaced or destroyed first. Lives on the client's thread;
// the client is not owned and must outlive the reader.
class DriftReader final : public QObject
{
    Q_OBJECT
public:
    explicit DriftReader(KubeClient *client, QObject *parent = nullptr);
    ~DriftReader() override;

    void read(const Stack &stack);
    bool isRunning() const { return m_running; }

signals:
    void finished(const sd::DriftReport &report, const QString &error);

private:
    void list(const QString &apiVersion, const QString &kind, QJsonArray *out, std::function<void()> next);
    void fail(const QString &error);

    KubeClient *m_client; // not owned
    QPointer<QObject> m_work; // parent of the requests in flight
    Stack m_stack;
    QJsonArray m_deployments;
    QJsonArray m_clusters;
    quint64 m_generation = 0;
    quint64 m_computing = 0; // the read whose evaluation m_watcher follows
    bool m_running = false;
    QFutureWatcher<DriftReport> m_watcher;
};

} // namespace sd
