#include "monitor/logsession.h"

#include "common/tr.h"
#include "kube/kubeclient.h"
#include "kube/logresumefilter.h"
#include "kube/resourcecache.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace sd {

namespace {
const ApiResource kPods = ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod"));

QString podName(const QJsonObject &pod)
{
    return pod.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

bool following(const LogOptions &o)
{
    return o.follow && !o.previous;
}

ApiResource deploymentsType()
{
    ApiResource r;
    r.group = QStringLiteral("apps");
    r.version = QStringLiteral("v1");
    r.resource = QStringLiteral("deployments");
    r.kind = QStringLiteral("Deployment");
    return r;
}
} // namespace

LogSession::LogSession(KubeClient *client, const LogTarget &target, const LogOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_target(target)
    , m_options(options)
{
    m_options.container.clear();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(false); });
    m_clock.start();
}

LogSession::~LogSession() = default;

void LogSession::setHoldMs(int ms)
{
    m_merger.setHoldMs(ms);
    m_flushTimer.setInterval(std::max(10, ms / 3));
}

void LogSession::start()
{
    switch (m_target.kind) {
    case LogTarget::Kind::Pod: {
        m_request.reset(m_client->get(kPods, m_target.namespaceName, m_target.name));
        connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &r) {
            m_request.release()->deleteLater();
            if (r.httpStatus == 404) {
                fail(Tr::tr("Pod “%1” was not found in namespace “%2”.").arg(m_target.name, m_target.namespaceName));
                return;
            }
            if (!r.ok()) {
                fail(r.error.text());
                return;
            }
            m_resolved = true;
            addPod(r.object());
            if (m_sources.empty())
                fail(Tr::tr("Pod “%1” has no container “%2”.").arg(m_target.name, m_target.container));
            checkFinished();
        });
        break;
    }
    case LogTarget::Kind::Deployment:
        resolveDeployment();
        break;
    case LogTarget::Kind::Selector:
        if (following(m_options))
            watchSelector(0);
        else
            listSelector(0);
        break;
    }
}

void LogSession::resolveDeployment()
{
    m_request.reset(m_client->get(deploymentsType(), m_target.namespaceName, m_target.name));
    connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &r) {
        m_request.release()->deleteLater();
        if (r.httpStatus == 404) {
            fail(Tr::tr("Deployment “%1” was not found in namespace “%2”.").arg(m_target.name, m_target.namespaceName));
            return;
        }
        if (!r.ok()) {
            fail(r.error.text());
            return;
        }
        const QJsonObject labels = r.object().value(QLatin1String("spec")).toObject()
                                       .value(QLatin1String("selector")).toObject()
                                       .value(QLatin1String("matchLabels")).toObject();
        QStringList parts;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            parts.append(QStringLiteral("%1=%2").arg(it.key(), it.value().toString()));
        if (parts.isEmpty()) {
            fail(Tr::tr("Deployment “%1” has no matchLabels selector.").arg(m_target.name));
            return;
        }
        m_target.selectors = {parts.join(QLatin1Char(','))};
        if (following(m_options))
            watchSelector(0);
        else
            listSelector(0);
    });
}

void LogSession::listSelector(int index)
{
    ListOptions options;
    options.labelSelector = m_target.selectors.value(index);
    m_request.reset(m_client->list(kPods, m_target.namespaceName, options));
    connect(m_request.get(), &KubeRequest::finished, this, [this, index](const KubeResponse &r) {
        m_request.release()->deleteLater();
        if (!r.ok()) {
            fail(r.error.text());
            return;
        }
        const QJsonArray items = r.object().value(QLatin1String("items")).toArray();
        if (items.isEmpty() && index + 1 < m_target.selectors.size()) {
            listSelector(index + 1);
            return;
        }
        m_resolved = true;
        QList<QJsonObject> pods;
        for (const QJsonValue &v : items)
            pods.append(v.toObject());
        podsFound(pods);
        if (m_sources.empty())
            fail(Tr::tr("No pods of “%1” were found in namespace “%2”.").arg(m_target.title, m_target.namespaceName));
        checkFinished();
    });
}

void LogSession::watchSelector(int index)
{
    ListOptions options;
    options.labelSelector = m_target.selectors.value(index);
    m_pods = std::make_unique<ResourceCache>(m_client, kPods, m_target.namespaceName, options);
    m_pods->setBatchInterval(50);
    connect(m_pods.get(), &ResourceCache::synced, this, [this, index] {
        if (m_pods->objects().isEmpty() && index + 1 < m_target.selectors.size()) {
            // Not this kind of target: try the next selector once control is back in the loop.
            QTimer::singleShot(0, this, [this, index] { watchSelector(index + 1); });
            return;
        }
        m_resolved = true;
        podsFound(m_pods->objects().values());
        updateState();
    });
    connect(m_pods.get(), &ResourceCache::changed, this, [this](const QList<ResourceChange> &batch) {
        if (!m_resolved)
            return;
        QList<QJsonObject> pods;
        for (const ResourceChange &c : batch) {
            if (c.type != ResourceChange::Type::Deleted) {
                pods.append(c.object);
                continue;
            }
            const QString name = podName(c.object);
            for (size_t i = 0; i < m_sources.size(); ++i) {
                if (m_sources[i].pod == name && m_sources[i].state != State::Ended
                    && m_sources[i].state != State::Error) {
                    // The stream will find out by itself; mark it now so the tab shows it.
                    m_sources[i].message = Tr::tr("Pod “%1” was deleted.").arg(name);
                    emit sourceChanged(int(i));
                }
            }
        }
        podsFound(pods);
    });
    m_pods->start();
}

void LogSession::podsFound(const QList<QJsonObject> &pods)
{
    QList<QJsonObject> sorted = pods;
    std::sort(sorted.begin(), sorted.end(),
              [](const QJsonObject &a, const QJsonObject &b) { return podName(a) < podName(b); });
    for (const QJsonObject &pod : std::as_const(sorted))
        addPod(pod);
}

void LogSession::addPod(const QJsonObject &pod)
{
    const QString name = podName(pod);
    const QJsonObject status = pod.value(QLatin1String("status")).toObject();
    const QString phase = status.value(QLatin1String("phase")).toString();
    if (!following(m_options) && phase == QLatin1String("Pending"))
        return; // nothing to read yet, and a one-shot read must not wait for it
    QHash<QString, int> restarts;
    for (const QJsonValue &v : status.value(QLatin1String("containerStatuses")).toArray()) {
        const QJsonObject cs = v.toObject();
        restarts.insert(cs.value(QLatin1String("name")).toString(), cs.value(QLatin1String("restartCount")).toInt());
    }
    const QJsonArray containers = pod.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    // A single pod's only streamed container needs no merging.
    const bool alone = m_target.kind == LogTarget::Kind::Pod && (containers.size() == 1 || !m_target.container.isEmpty());
    for (const QJsonValue &v : containers) {
        const QString container = v.toObject().value(QLatin1String("name")).toString();
        if (!m_target.container.isEmpty() && container != m_target.container)
            continue;
        if (m_options.previous && restarts.value(container) == 0)
            continue; // no previous instance to read
        const QString key = name + QLatin1Char('/') + container;
        if (m_known.contains(key)) {
            // Known: note a restart so the tab can offer the previous instance.
            for (size_t i = 0; i < m_sources.size(); ++i) {
                if (m_sources[i].pod == name && m_sources[i].container == container && !m_sources[i].restarted
                    && restarts.value(container) > 0) {
                    m_sources[i].restarted = true;
                    emit sourceChanged(int(i));
                }
            }
            continue;
        }
        m_known.insert(key);
        addSource(name, containers.size() > 1 ? container : QString(), restarts.value(container) > 0, alone);
        m_sources.back().container = container;
    }
}

void LogSession::addSource(const QString &pod, const QString &containerLabel, bool restarted, bool alone)
{
    const int index = m_merger.addSource(m_clock.elapsed());
    Q_ASSERT(index == int(m_sources.size()));
    Source s;
    s.pod = pod;
    s.label = containerLabel.isEmpty() ? pod : QStringLiteral("%1/%2").arg(pod, containerLabel);
    s.state = State::Live;
    s.restarted = restarted;
    m_sources.push_back(s);
    LogOptions options = m_options;
    options.container = m_target.container.isEmpty() ? QString() : m_target.container;
    // The pod's only container needs no name; several need one each.
    if (!containerLabel.isEmpty())
        options.container = containerLabel;
    // Timestamps are needed to merge and to resume a follow; a one-shot read of one container
    // may do without when the caller allows it (smaller response, like kubectl logs).
    options.alwaysStamped = m_options.alwaysStamped || following(m_options) || !alone;
    auto stream = std::make_unique<LogStream>(m_client, m_target.namespaceName, pod, options);
    stream->setRawDelivery(true);
    connect(stream.get(), &LogStream::rawLinesReceived, this,
            [this, index](const QList<QByteArray> &lines) { onLines(index, lines); });
    connect(stream.get(), &LogStream::reconnecting, this, [this, index](const KubeError &reason) {
        setSourceState(index, State::Reconnecting, reason.text());
    });
    connect(stream.get(), &LogStream::ended, this,
            [this, index](LogStream::EndReason reason, const QString &message) { onEnded(index, reason, message); });
    LogStream *raw = stream.get();
    m_streams.push_back(std::move(stream));
    emit sourceAdded(index);
    updateState();
    raw->start();
}

void LogSession::onLines(int source, const QList<QByteArray> &lines)
{
    if (m_sources[size_t(source)].state != State::Live)
        setSourceState(source, State::Live, {});
    const qint64 now = m_clock.elapsed();
    const LogStream *stream = m_streams[size_t(source)].get();
    if (stream && !stream->stamped()) {
        // Text only: a line's own leading date (MySQL writes one) is no kubelet timestamp.
        for (const QByteArray &raw : lines)
            m_merger.push(source, 0, raw, 0, now);
        flush(false);
        return;
    }
    for (const QByteArray &raw : lines) {
        const qsizetype space = raw.indexOf(' ');
        const auto ts = LogResumeFilter::parseTimestamp(
            space < 0 ? QByteArrayView(raw) : QByteArrayView(raw).first(space));
        if (ts)
            m_merger.push(source, ts->seconds * 1'000'000'000 + ts->nanos, raw, space < 0 ? int(raw.size()) : int(space + 1), now);
        else
            m_merger.push(source, 0, raw, 0, now);
    }
    flush(false);
}

void LogSession::onEnded(int source, LogStream::EndReason reason, const QString &message)
{
    m_merger.endSource(source);
    setSourceState(source, reason == LogStream::EndReason::Failed ? State::Error : State::Ended, message);
    // The stream object may be inside its own signal: release it later.
    if (auto &stream = m_streams[size_t(source)]) {
        stream->disconnect(this);
        stream.release()->deleteLater();
    }
    flush(false);
    checkFinished();
}

void LogSession::setSourceState(int source, State state, const QString &message)
{
    Source &s = m_sources[size_t(source)];
    if (s.state == state && s.message == message)
        return;
    s.state = state;
    if (!message.isEmpty() || state == State::Live)
        s.message = message;
    emit sourceChanged(source);
    updateState();
}

void LogSession::flush(bool all)
{
    m_out.clear();
    m_merger.take(m_clock.elapsed(), &m_out, all);
    if (!m_out.empty())
        emit linesReady(m_out);
    if (m_merger.pending() > 0 && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogSession::fail(const QString &message)
{
    m_error = message;
    m_state = State::Error;
    emit stateChanged(m_state);
    m_finished = true;
    emit finished();
}

void LogSession::checkFinished()
{
    if (m_finished || !m_resolved || m_sources.empty())
        return;
    // A followed workload may get new pods at any time; everything else ends with its streams.
    if (m_target.kind != LogTarget::Kind::Pod && following(m_options))
        return;
    for (const Source &s : m_sources) {
        if (s.state != State::Ended && s.state != State::Error)
            return;
    }
    flush(true);
    m_finished = true;
    emit finished();
}

LogSession::State LogSession::state() const
{
    return m_state;
}

void LogSession::updateState()
{
    State next = m_state;
    if (!m_error.isEmpty()) {
        next = State::Error;
    } else if (m_sources.empty()) {
        next = State::Starting;
    } else {
        bool live = false, reconnecting = false, error = false;
        for (const Source &s : m_sources) {
            live |= s.state == State::Live;
            reconnecting |= s.state == State::Reconnecting;
            error |= s.state == State::Error;
        }
        next = live ? State::Live : reconnecting ? State::Reconnecting : error ? State::Error : State::Ended;
    }
    if (next != m_state) {
        m_state = next;
        emit stateChanged(next);
    }
}

QString LogSession::stateText(State state)
{
    switch (state) {
    case State::Starting:
        return Tr::tr("starting", "log stream state");
    case State::Live:
        return Tr::tr("live", "log stream state");
    case State::Reconnecting:
        return Tr::tr("reconnecting", "log stream state");
    case State::Ended:
        return Tr::tr("ended", "log stream state");
    case State::Error:
        return Tr::tr("error", "log stream state");
    }
    return {};
}

} // namespace sd
