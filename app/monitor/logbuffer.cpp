#include "monitor/logbuffer.h"

#include "monitor/logparser.h"

#include <cstring>

namespace sd {

namespace {
constexpr int kBlockBits = 16;
constexpr qint64 kBlockSize = qint64(1) << kBlockBits;
constexpr qsizetype kChunkBytes = qsizetype(4) << 20;
static_assert(sizeof(LogRecord) <= 24, "LogRecord is part of the memory budget");
} // namespace

struct LogSnapshot::RecordBlock
{
    std::unique_ptr<LogRecord[]> records{new LogRecord[kBlockSize]};
};

struct LogSnapshot::TextChunk
{
    std::unique_ptr<char[]> bytes{new char[kChunkBytes]};
};

const LogRecord &LogSnapshot::record(qint64 seq) const
{
    Q_ASSERT(seq >= m_firstSeq && seq < m_endSeq);
    return m_records[size_t((seq >> kBlockBits) - m_firstBlock)]->records[seq & (kBlockSize - 1)];
}

QByteArrayView LogSnapshot::text(qint64 seq) const
{
    const LogRecord &r = record(seq);
    return QByteArrayView(m_chunks[r.chunk - m_firstChunk]->bytes.get() + r.offset, r.length);
}

LogBuffer::LogBuffer(qint64 capacity)
    : m_capacity(std::max<qint64>(1, capacity))
{
}

LogBuffer::~LogBuffer() = default;

void LogBuffer::setCapacity(qint64 lines)
{
    m_capacity = std::max<qint64>(1, lines);
    trim();
}

LogRecord &LogBuffer::newRecord()
{
    const qint64 block = m_endSeq >> kBlockBits;
    if (m_records.empty())
        m_firstBlock = block;
    if (block - m_firstBlock >= qint64(m_records.size()))
        m_records.push_back(std::make_shared<LogSnapshot::RecordBlock>());
    LogRecord &r = m_records.back()->records[m_endSeq & (kBlockSize - 1)];
    r = LogRecord();
    return r;
}

char *LogBuffer::reserveText(qsizetype bytes, quint32 *chunk, quint32 *offset)
{
    if (m_chunks.empty() || m_chunkUsed + bytes > kChunkBytes) {
        m_chunks.push_back(std::make_shared<LogSnapshot::TextChunk>());
        m_chunkUsed = 0;
    }
    *chunk = m_firstChunk + quint32(m_chunks.size() - 1);
    *offset = quint32(m_chunkUsed);
    return m_chunks.back()->bytes.get() + m_chunkUsed;
}

qint64 LogBuffer::append(qint64 timeNs, quint16 source, QByteArrayView text)
{
    quint8 flags = 0;
    if (text.size() > kMaxLineBytes) {
        text = text.first(kMaxLineBytes);
        flags |= LogRecord::Truncated;
    }
    // Lines without escape codes are the common case: one memcpy.
    quint32 chunk = 0, offset = 0;
    char *out = reserveText(text.size(), &chunk, &offset);
    const qsizetype length = LogParser::stripAnsi(text, out);
    m_chunkUsed += length;
    const LogParser::Info info = LogParser::parse(QByteArrayView(out, length));
    LogRecord &r = newRecord();
    r.timeNs = timeNs;
    r.chunk = chunk;
    r.offset = offset;
    r.length = quint32(length);
    r.source = source;
    r.level = info.level;
    r.flags = flags | (info.operationIdLength > 0 ? LogRecord::HasOperationId : 0);
    return m_endSeq++;
}

qint64 LogBuffer::trim()
{
    const qint64 n = overflow();
    dropOldest(n);
    return n;
}

void LogBuffer::dropFront(qint64 count)
{
    m_firstSeq += count;
    if (m_firstSeq >= m_endSeq) {
        m_records.clear();
        m_firstChunk += quint32(m_chunks.size());
        m_chunks.clear();
        m_chunkUsed = 0;
        m_firstSeq = m_endSeq;
        return;
    }
    const qint64 block = m_firstSeq >> kBlockBits;
    while (m_firstBlock < block) {
        m_records.pop_front();
        ++m_firstBlock;
    }
    const quint32 chunk = record(m_firstSeq).chunk;
    while (m_firstChunk < chunk) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
}

void LogBuffer::dropOldest(qint64 count)
{
    count = std::clamp<qint64>(count, 0, size());
    if (count > 0) {
        dropFront(count);
        m_dropped += count;
    }
}

void LogBuffer::clear()
{
    dropFront(size());
}

const LogRecord &LogBuffer::record(qint64 seq) const
{
    Q_ASSERT(seq >= m_firstSeq && seq < m_endSeq);
    return m_records[size_t((seq >> kBlockBits) - m_firstBlock)]->records[seq & (kBlockSize - 1)];
}

QByteArrayView LogBuffer::text(qint64 seq) const
{
    const LogRecord &r = record(seq);
    return QByteArrayView(m_chunks[r.chunk - m_firstChunk]->bytes.get() + r.offset, r.length);
}

QString LogBuffer::displayText(qint64 seq) const
{
    return QString::fromUtf8(text(seq));
}

LogSnapshot LogBuffer::snapshot(qint64 endSeq) const
{
    LogSnapshot s;
    s.m_records.assign(m_records.begin(), m_records.end());
    s.m_chunks.assign(m_chunks.begin(), m_chunks.end());
    s.m_firstBlock = m_firstBlock;
    s.m_firstChunk = m_firstChunk;
    s.m_firstSeq = m_firstSeq;
    s.m_endSeq = endSeq < 0 ? m_endSeq : std::clamp(endSeq, m_firstSeq, m_endSeq);
    return s;
}

qint64 LogBuffer::memoryBytes() const
{
    return qint64(m_records.size()) * kBlockSize * qint64(sizeof(LogRecord))
         + qint64(m_chunks.size()) * kChunkBytes;
}

quint16 LogBuffer::addSource(const QString &label)
{
    m_sources.push_back(label);
    return quint16(m_sources.size() - 1);
}

QString LogBuffer::sourceLabel(quint16 source) const
{
    return source < m_sources.size() ? m_sources[source] : QString();
}

} // namespace sd
