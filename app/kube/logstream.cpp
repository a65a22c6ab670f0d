#include "kube/logstream.h"

#include "common/tr.h"
#include "kube/kubestream.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <cstring>

namespace sd {

LogStream::LogStream(KubeClient *client, const QString &ns, const QString &pod,
                     const LogOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(ns)
    , m_pod(pod)
    , m_options(options)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LogStream::open);
    m_backoff.baseDelayMs = 500;
    m_backoff.maxDelayMs = 30'000;
}

LogStream::~LogStream() = default;

void LogStream::setBackoff(int baseMs, int maxMs)
{
    m_backoff.baseDelayMs = baseMs;
    m_backoff.maxDelayMs = maxMs;
}

void LogStream::start()
{
    if (!m_stream && !m_done)
        open();
}

QUrlQuery LogStream::nextQuery() const
{
    QUrlQuery q;
    if (!m_options.container.isEmpty())
        q.addQueryItem(QStringLiteral("container"), m_options.container);
    const bool follow = m_options.follow && !m_options.previous;
    if (follow)
        q.addQueryItem(QStringLiteral("follow"), QStringLiteral("true"));
    if (stamped())
        q.addQueryItem(QStringLiteral("timestamps"), QStringLiteral("true"));
    if (!m_resumeSince.isEmpty()) {
        // A resume: everything from the last second we saw; the filter drops the repeats.
        q.addQueryItem(QStringLiteral("sinceTime"), m_resumeSince);
    } else {
        if (m_options.previous)
            q.addQueryItem(QStringLiteral("previous"), QStringLiteral("true"));
        if (m_options.tailLines >= 0)
            q.addQueryItem(QStringLiteral("tailLines"), QString::number(m_options.tailLines));
        if (m_options.sinceTime.isValid())
            q.addQueryItem(QStringLiteral("sinceTime"),
                           m_options.sinceTime.toUTC().toString(Qt::ISODate));
        else if (m_options.sinceSeconds >= 0)
            q.addQueryItem(QStringLiteral("sinceSeconds"), QString::number(m_options.sinceSeconds));
    }
    // The server counts the timestamp prefixes too; pass the limit only when they are shown,
    // otherwise it is enforced here.
    if (m_options.limitBytes >= 0 && m_options.timestamps)
        q.addQueryItem(QStringLiteral("limitBytes"),
                       QString::number(std::max<qint64>(1, m_options.limitBytes - m_bytes)));
    return q;
}

void LogStream::open()
{
    KubeRequestSpec s;
    s.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(m_namespace, m_pod);
    s.query = nextQuery();
    s.accept = "*/*";
    s.decodeJson = false;
    m_partial.clear();
    m_stream.reset(m_client->stream(s, 0));
    connect(m_stream.get(), &KubeStream::opened, this, [this] {
        m_everOpened = true;
        m_failures = 0;
    });
    connect(m_stream.get(), &KubeStream::dataReceived, this, &LogStream::onData);
    connect(m_stream.get(), &KubeStream::finished, this, &LogStream::onStreamFinished);
}

void LogStream::onData(const QByteArray &data)
{
    const qsizetype lastNl = data.lastIndexOf('\n');
    if (lastNl < 0) {
        m_partial += data;
        return;
    }
    // Chunks end mid-line: complete the held fragment with the chunk's first line, then take
    // the rest from the chunk itself, never copying the whole chunk.
    QList<QByteArray> lines;
    const char *p = data.constData();
    const char *end = p + lastNl;
    while (p <= end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p + 1)));
        if (!m_partial.isEmpty()) {
            m_partial.append(p, nl - p);
            lines.append(std::exchange(m_partial, {}));
        } else {
            lines.append(QByteArray(p, nl - p));
        }
        p = nl + 1;
    }
    m_partial = data.mid(lastNl + 1);
    deliver(lines);
}

void LogStream::deliver(const QList<QByteArray> &rawLines)
{
    if (m_raw) {
        deliverRaw(rawLines);
        return;
    }
    QList<LogLine> out;
    for (const QByteArray &raw : rawLines) {
        if (m_done)
            break;
        if (stamped() && !m_filter.accept(raw))
            continue;
        QByteArray text = raw;
        QString stamp;
        if (stamped() && LogResumeFilter::splitLine(raw, &text)) {
            stamp = QString::fromLatin1(raw.left(raw.indexOf(' ')));
        }
        const qint64 size = (m_options.timestamps ? raw.size() : text.size()) + 1;
        if (m_options.limitBytes >= 0 && m_bytes + size > m_options.limitBytes) {
            const qint64 room = m_options.limitBytes - m_bytes;
            if (room > 0 && !m_options.timestamps)
                out.append({stamp, QString::fromUtf8(text.left(room))});
            m_bytes = m_options.limitBytes;
            if (!out.isEmpty())
                emit linesReceived(out);
            end(EndReason::LimitReached, Tr::tr("The log limit of %n byte(s) was reached.", nullptr,
                                                int(m_options.limitBytes)));
            return;
        }
        m_bytes += size;
        out.append({stamp, QString::fromUtf8(text)});
    }
    if (!out.isEmpty())
        emit linesReceived(out);
}

void LogStream::deliverRaw(const QList<QByteArray> &rawLines)
{
    QList<QByteArray> out;
    out.reserve(rawLines.size());
    for (const QByteArray &raw : rawLines) {
        if (m_done)
            break;
        if (stamped() && !m_filter.accept(raw))
            continue;
        if (m_options.limitBytes >= 0) {
            const qsizetype space = stamped() ? raw.indexOf(' ') : -1;
            const qint64 size = (m_options.timestamps || space < 0 ? raw.size() : raw.size() - space - 1) + 1;
            if (m_bytes + size > m_options.limitBytes) {
                m_bytes = m_options.limitBytes;
                if (!out.isEmpty())
                    emit rawLinesReceived(out);
                end(EndReason::LimitReached, Tr::tr("The log limit of %n byte(s) was reached.", nullptr,
                                                    int(m_options.limitBytes)));
                return;
            }
            m_bytes += size;
        }
        out.append(raw);
    }
    if (!out.isEmpty())
        emit rawLinesReceived(out);
}

void LogStream::onStreamFinished(const KubeError &error)
{
    m_stream.release()->deleteLater();
    if (m_done)
        return;
    if (!error.isError() && (!m_options.follow || m_options.previous)) {
        if (!m_partial.isEmpty())
            deliver({std::exchange(m_partial, {})});
        end(EndReason::Completed, {});
        return;
    }
    if (error.isError() && !m_everOpened && error.kind() == KubeError::Kind::Status
        && error.httpStatus() != 400 && error.httpStatus() != 404 && error.httpStatus() < 500) {
        end(EndReason::Failed, error.text()); // e.g. 403: retrying will not help
        return;
    }
    if (!stamped()) {
        // Nothing to resume from without timestamps.
        end(error.isError() ? EndReason::Failed : EndReason::Completed, error.isError() ? error.text() : QString());
        return;
    }
    // Whatever ended the follow (container exit, drop, API server restart), the pod decides.
    checkPod(error);
}

void LogStream::checkPod(const KubeError &streamError)
{
    m_podCheck.reset(m_client->get(ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")),
                                   m_namespace, m_pod));
    connect(m_podCheck.get(), &KubeRequest::finished, this, [this, streamError](const KubeResponse &r) {
        m_podCheck.release()->deleteLater();
        if (r.httpStatus == 404) {
            if (!m_partial.isEmpty())
                deliver({std::exchange(m_partial, {})});
            end(EndReason::PodGone, Tr::tr("Pod “%1” no longer exists.").arg(m_pod));
            return;
        }
        if (!r.ok()) {
            resumeLater(streamError);
            return;
        }
        const QJsonObject pod = r.object();
        const QString phase = pod.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        if (phase == QLatin1String("Succeeded") || phase == QLatin1String("Failed")) {
            if (!m_partial.isEmpty())
                deliver({std::exchange(m_partial, {})});
            end(EndReason::Completed, Tr::tr("Pod “%1” has finished (%2).").arg(m_pod, phase));
            return;
        }
        if (streamError.isError() && !m_everOpened && streamError.httpStatus() == 400
            && !streamError.message().contains(QLatin1String("waiting to start"))) {
            end(EndReason::Failed, streamError.text()); // wrong container name and the like
            return;
        }
        resumeLater(streamError);
    });
}

void LogStream::resumeLater(const KubeError &reason)
{
    ++m_failures;
    ++m_reconnects;
    m_partial.clear(); // an incomplete line comes again with the resume
    m_resumeSince = m_filter.beginResume();
    emit reconnecting(reason);
    m_retryTimer.start(m_backoff.delayMs(m_failures, -1, QRandomGenerator::global()->generateDouble()));
}

void LogStream::end(EndReason reason, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_stream) {
        // May run inside the stream's own signal: never delete it right here.
        m_stream->disconnect(this);
        m_stream.release()->deleteLater();
    }
    emit ended(reason, message);
}

} // namespace sd
