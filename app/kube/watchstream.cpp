#include "kube/watchstream.h"

#include "common/tr.h"
#include "kube/kubestream.h"

#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>

namespace sd {

WatchStream::WatchStream(KubeClient *client, const ApiResource &type, const QString &ns,
                         const ListOptions &selectors, const QString &resourceVersion,
                         int timeoutSeconds, QObject *parent)
    : QObject(parent)
{
    KubeRequestSpec s;
    s.path = type.collectionPath(ns);
    s.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("true"));
    s.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (!resourceVersion.isEmpty())
        s.query.addQueryItem(QStringLiteral("resourceVersion"), resourceVersion);
    if (!selectors.labelSelector.isEmpty())
        s.query.addQueryItem(QStringLiteral("labelSelector"), selectors.labelSelector);
    if (!selectors.fieldSelector.isEmpty())
        s.query.addQueryItem(QStringLiteral("fieldSelector"), selectors.fieldSelector);
    s.query.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeoutSeconds));
    // The server ends the watch after timeoutSeconds; silence well beyond that means a dead peer.
    m_stream.reset(client->stream(s, (timeoutSeconds + 60) * 1000));
    connect(m_stream.get(), &KubeStream::dataReceived, this, &WatchStream::onData);
    connect(m_stream.get(), &KubeStream::finished, this, [this](const KubeError &e) {
        if (!m_endError)
            m_endError = e;
        finishWhenDrained();
    });
}

WatchStream::~WatchStream()
{
    if (m_decoder)
        m_decoder->disconnect(this);
}

QList<QByteArray> WatchStream::takeLines(QByteArray &buffer)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArray line = buffer.mid(start, nl - start).trimmed();
        if (!line.isEmpty())
            lines.append(line);
        start = nl + 1;
    }
    buffer.remove(0, start);
    return lines;
}

QList<WatchEvent> WatchStream::decode(const QList<QByteArray> &lines)
{
    QList<WatchEvent> out;
    out.reserve(lines.size());
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        WatchEvent e{o.value(QLatin1String("type")).toString(),
                     o.value(QLatin1String("object")).toObject()};
        if (e.type.isEmpty())
            e.type = QStringLiteral("ERROR"); // undecodable line: treat like a broken stream
        out.append(e);
    }
    return out;
}

void WatchStream::onData(const QByteArray &data)
{
    if (m_endError)
        return;
    m_buffer += data;
    m_lines += takeLines(m_buffer);
    if (!m_decoder)
        decodeNext();
}

void WatchStream::decodeNext()
{
    if (m_lines.isEmpty())
        return;
    const QList<QByteArray> batch = std::exchange(m_lines, {});
    auto promise = std::make_shared<QPromise<QList<WatchEvent>>>();
    m_decoder = std::make_unique<QFutureWatcher<QList<WatchEvent>>>();
    connect(m_decoder.get(), &QFutureWatcherBase::finished, this, [this] {
        const QList<WatchEvent> events = m_decoder->future().result();
        m_decoder.release()->deleteLater();
        onDecoded(events);
    });
    m_decoder->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, batch] {
        promise->start();
        promise->addResult(decode(batch));
        promise->finish();
    });
}

void WatchStream::onDecoded(const QList<WatchEvent> &events)
{
    QList<WatchEvent> good;
    for (const WatchEvent &e : events) {
        if (e.type == QLatin1String("ERROR")) {
            const QJsonObject status = e.object;
            m_endError = status.value(QLatin1String("kind")).toString() == QLatin1String("Status")
                             ? KubeError::fromStatus(status, 0, {})
                             : KubeError(KubeError::Kind::Decode,
                                         Tr::tr("a watch event could not be read"));
            m_lines.clear();
            m_stream.reset(); // stop reading; the server closes an errored watch anyway
            break;
        }
        good.append(e);
    }
    if (!good.isEmpty())
        emit eventsReceived(good);
    if (m_endError)
        finishWhenDrained();
    else
        decodeNext();
}

void WatchStream::finishWhenDrained()
{
    if (m_done || m_decoder || !m_endError)
        return;
    if (!m_lines.isEmpty()) {
        decodeNext();
        return;
    }
    m_done = true;
    emit finished(*m_endError);
}

} // namespace sd
