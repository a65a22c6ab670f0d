#include "kubesim/logstream.h"

#include "kubesim/httpconnection.h"
#include "kubesim/logbook.h"

namespace sd::sim {

namespace {
constexpr size_t kBatchLines = 2048;
constexpr qint64 kHighWater = 1024 * 1024;
} // namespace

LogStream::LogStream(HttpConnection *connection, LogBook *book, const QString &ns, const QString &pod,
                     const QString &container, const Options &options, QObject *parent)
    : QObject(parent), m_connection(connection), m_book(book), m_ns(ns), m_pod(pod), m_container(container),
      m_key(LogBook::key(ns, pod, container)), m_options(options)
{
    connect(connection, &HttpConnection::closed, this, [this] {
        m_done = true;
        deleteLater();
    });
    connect(connection, &HttpConnection::drained, this, &LogStream::pump);
    connect(book, &LogBook::appended, this, [this](const QString &key) {
        if (key == m_key)
            pump();
    });
    connect(book, &LogBook::ended, this, [this](const QString &key) {
        if (key == m_key && m_options.follow && !m_options.previous) {
            m_ended = true;
            pump();
        }
    });
}

QByteArray LogStream::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz")).toLatin1() + "000000Z";
}

void LogStream::start()
{
    if (!m_connection)
        return;
    const size_t total = m_book->lineCount(m_ns, m_pod, m_container, m_options.previous);
    size_t first = m_options.since.isValid() ? m_book->indexAt(m_ns, m_pod, m_container, m_options.previous, m_options.since)
                                             : 0;
    if (m_options.tailLines >= 0 && total - first > size_t(m_options.tailLines))
        first = total - size_t(m_options.tailLines);
    m_next = first;
    m_connection->beginStream(200, "text/plain");
    pump();
}

void LogStream::pump()
{
    if (m_done || !m_connection)
        return;
    while (m_connection->pendingBytes() < kHighWater) {
        // A slow reader behind the size limit continues with the oldest line still kept.
        m_next = std::max(m_next, m_book->firstIndex(m_ns, m_pod, m_container, m_options.previous));
        const auto lines = m_book->lines(m_ns, m_pod, m_container, m_options.previous, m_next, kBatchLines);
        if (lines.empty())
            break;
        QByteArray chunk;
        chunk.reserve(qsizetype(lines.size()) * 96);
        bool limitReached = false;
        for (const LogBook::Line &line : lines) {
            if (m_options.timestamps && line.time != m_stampTime) {
                // Lines are appended in batches sharing one time: format each time once.
                m_stampTime = line.time;
                m_stamp = timestamp(line.time) + ' ';
            }
            const qsizetype size = (m_options.timestamps ? m_stamp.size() : 0) + line.text.size() + 1;
            if (m_options.limitBytes < 0 || m_bytesSent + chunk.size() + size <= m_options.limitBytes) {
                // The common case: straight into the chunk, no temporary per line.
                if (m_options.timestamps)
                    chunk += m_stamp;
                chunk += line.text;
                chunk += '\n';
                continue;
            }
            QByteArray text = m_options.timestamps ? m_stamp + line.text + '\n' : line.text + '\n';
            text.truncate(qsizetype(m_options.limitBytes - m_bytesSent - chunk.size()));
            chunk += text;
            limitReached = true;
            break;
        }
        m_next += lines.size();
        m_bytesSent += chunk.size();
        m_connection->writeChunk(chunk);
        if (limitReached) {
            finish();
            return;
        }
    }
    const bool caughtUp = m_next >= m_book->lineCount(m_ns, m_pod, m_container, m_options.previous);
    if (caughtUp && (!m_options.follow || m_options.previous || m_ended))
        finish();
}

void LogStream::cut() { finish(); }

void LogStream::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_connection)
        m_connection->endStream();
    deleteLater();
}

} // namespace sd::sim
