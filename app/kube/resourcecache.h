#pragma once

#include "kube/apiresource.h"
#include "kube/kubeclient.h"
#include "kube/resourcestore.h"
#include "kube/watchstream.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace sd {

// An informer: lists one resource type in one namespace (or all), then watches from the list's
// resourceVersion with bookmarks. A watch that ends is resumed from the last seen
// resourceVersion; 410 Expired (as HTTP status or ERROR event) triggers a relist whose
// difference to the cache is reported as changes; failures reconnect with capped exponential
// backoff. Changes are coalesced and emitted at most every batchIntervalMs (default 100 ms), so
// models update in batches. Lives on the thread of its KubeClient, which must outlive it.
class ResourceCache final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Listing, Watching, Backoff };
    Q_ENUM(State)

    ResourceCache(KubeClient *client, const ApiResource &type, const QString &ns = {},
                  const ListOptions &selectors = {}, QObject *parent = nullptr);
    ~ResourceCache() override;

    void start();
    void stop();

    const ApiResource &type() const { return m_type; }
    QString namespaceName() const { return m_namespace; }
    State state() const { return m_state; }
    bool hasSynced() const { return m_synced; }
    QString resourceVersion() const { return m_resourceVersion; }
    const QHash<QString, QJsonObject> &objects() const { return m_store.objects(); }
    KubeError lastError() const { return m_lastError; }
    int relistCount() const { return m_relists; }
    // Watch events applied since construction (bookmarks not counted): what a load test reads.
    quint64 watchEventCount() const { return m_watchEvents; }

    // Tuning, mainly for tests.
    void setBatchInterval(int msec) { m_batchTimer.setInterval(msec); }
    void setBackoff(int baseMs, int maxMs);
    void setPageSize(int limit) { m_pageSize = limit; }
    void setWatchTimeoutRange(int minSeconds, int maxSeconds);

signals:
    void synced();                                         // first complete list applied
    void changed(const QList<sd::ResourceChange> &batch);  // coalesced changes
    void errorOccurred(const sd::KubeError &error);        // retrying; state() tells what next
    void stateChanged(sd::ResourceCache::State state);

private:
    void setState(State state);
    void list(const QString &continueToken);
    void watch();
    void onWatchFinished(const KubeError &error);
    void retryLater(bool relist);
    void scheduleBatch();
    void flush();

    KubeClient *m_client; // not owned
    ApiResource m_type;
    QString m_namespace;
    ListOptions m_selectors;
    ResourceStore m_store;
    QString m_resourceVersion;
    QList<QJsonObject> m_listItems; // pages of the list in progress
    std::unique_ptr<KubeRequest> m_listRequest;
    std::unique_ptr<WatchStream> m_watch;
    QTimer m_batchTimer;
    QTimer m_retryTimer;
    RetryPolicy m_backoff;
    int m_failures = 0;
    int m_pageSize = 500;
    int m_watchMinSeconds = 300;
    int m_watchMaxSeconds = 600;
    int m_relists = 0;
    quint64 m_watchEvents = 0;
    State m_state = State::Idle;
    bool m_synced = false;
    KubeError m_lastError;
};

} // namespace sd
