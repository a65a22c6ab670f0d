#include "kube/resourcecache.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace sd {

ResourceCache::ResourceCache(KubeClient *client, const ApiResource &type, const QString &ns,
                             const ListOptions &selectors, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_type(type)
    , m_namespace(ns)
    , m_selectors(selectors)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(100);
    connect(&m_batchTimer, &QTimer::timeout, this, &ResourceCache::flush);
    m_retryTimer.setSingleShot(true);
    m_backoff.baseDelayMs = 1000;
    m_backoff.maxDelayMs = 30'000;
}

ResourceCache::~ResourceCache() = default;

void ResourceCache::setBackoff(int baseMs, int maxMs)
{
    m_backoff.baseDelayMs = baseMs;
    m_backoff.maxDelayMs = maxMs;
}

void ResourceCache::setWatchTimeoutRange(int minSeconds, int maxSeconds)
{
    m_watchMinSeconds = minSeconds;
    m_watchMaxSeconds = std::max(minSeconds, maxSeconds);
}

void ResourceCache::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ResourceCache::start()
{
    if (m_state != State::Idle)
        return;
    list({});
}

void ResourceCache::stop()
{
    m_listRequest.reset();
    m_watch.reset();
    m_retryTimer.stop();
    flush();
    setState(State::Idle);
}

void ResourceCache::list(const QString &continueToken)
{
    setState(State::Listing);
    if (continueToken.isEmpty())
        m_listItems.clear();
    ListOptions o = m_selectors;
    o.limit = m_pageSize;
    o.continueToken = continueToken;
    m_listRequest.reset(m_client->list(m_type, m_namespace, o));
    connect(m_listRequest.get(), &KubeRequest::finished, this, [this](const KubeResponse &r) {
        m_listRequest.release()->deleteLater();
        if (!r.ok()) {
            m_lastError = r.error;
            emit errorOccurred(r.error);
            // An expired continue token means the pages no longer fit together: start over.
            retryLater(true);
            return;
        }
        const QJsonObject page = r.object();
        for (const QJsonValue &v : page.value(QLatin1String("items")).toArray())
            m_listItems.append(v.toObject());
        const QJsonObject meta = page.value(QLatin1String("metadata")).toObject();
        const QString next = meta.value(QLatin1String("continue")).toString();
        if (!next.isEmpty()) {
            list(next);
            return;
        }
        m_resourceVersion = meta.value(QLatin1String("resourceVersion")).toString();
        m_store.replace(std::exchange(m_listItems, {}));
        m_failures = 0;
        const bool first = !m_synced;
        m_synced = true;
        if (first) {
            flush();
            emit synced();
        } else {
            scheduleBatch();
        }
        watch();
    });
}

void ResourceCache::watch()
{
    setState(State::Watching);
    const int timeout = int(QRandomGenerator::global()->bounded(m_watchMinSeconds, m_watchMaxSeconds + 1));
    m_watch = std::make_unique<WatchStream>(m_client, m_type, m_namespace, m_selectors,
                                            m_resourceVersion, timeout);
    connect(m_watch.get(), &WatchStream::eventsReceived, this, [this](const QList<WatchEvent> &events) {
        bool any = false;
        for (const WatchEvent &e : events) {
            const QString rv = ResourceStore::resourceVersionOf(e.object);
            if (e.type != QLatin1String("BOOKMARK")) {
                any = m_store.apply(e.type, e.object) || any;
                ++m_watchEvents;
            }
            if (!rv.isEmpty())
                m_resourceVersion = rv;
        }
        m_failures = 0; // the watch works
        if (any)
            scheduleBatch();
    });
    connect(m_watch.get(), &WatchStream::finished, this, &ResourceCache::onWatchFinished);
}

void ResourceCache::onWatchFinished(const KubeError &error)
{
    m_watch.release()->deleteLater();
    if (!error.isError()) {
        watch(); // server-side timeout: resume where we are
        return;
    }
    m_lastError = error;
    emit errorOccurred(error);
    const bool expired = error.httpStatus() == 410 || error.reason() == QLatin1String("Expired")
                         || error.reason() == QLatin1String("Gone");
    retryLater(expired);
}

void ResourceCache::retryLater(bool relist)
{
    if (relist) {
        ++m_relists;
        // 410 is routine (history compacted): relist at once the first time.
        if (m_failures == 0) {
            ++m_failures;
            list({});
            return;
        }
    }
    ++m_failures;
    setState(State::Backoff);
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, [this, relist] {
        if (relist || !m_synced)
            list({});
        else
            watch();
    });
    m_retryTimer.start(m_backoff.delayMs(m_failures, -1, QRandomGenerator::global()->generateDouble()));
}

void ResourceCache::scheduleBatch()
{
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ResourceCache::flush()
{
    m_batchTimer.stop();
    if (m_store.hasChanges())
        emit changed(m_store.takeChanges());
}

} // namespace sd
