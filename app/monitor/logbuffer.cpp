#include "monitor/logbuffer.h"

#include "monitor/logparser.h"

#include <cstring>

namespace sd {

namespace {
constexpr int kBlockBits = 16;
constexpr qint64 kBlockSize = qint64(1) << kBlockBits;
constexpr qsizetype kChunkBytes = qsizetype(4) << 20;
static_assert(sizeof(LogRecord) <= 24, "LogRecord is part of the memory budget");

// Styles are stored after the text as: varint count, then per run varint gap (from the end of
// the previous run), varint length, attrs, colour kinds (fg low nibble, bg high nibble: 0 none,
// 1 palette, 2 RGB) and the colours (1 or 3 bytes each). A zap level colour costs 6 bytes, less
// than the 9 bytes of escape codes it replaces.
void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

quint64 getVarint(const unsigned char *&p)
{
    quint64 v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        const unsigned char b = *p++;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    return v;
}

void putColour(QByteArray &out, quint32 colour)
{
    if ((colour & 0xff000000) == LogParser::AnsiStyle::kPalette) {
        out.append(char(colour & 0xff));
    } else if ((colour & 0xff000000) == LogParser::AnsiStyle::kRgb) {
        out.append(char((colour >> 16) & 0xff));
        out.append(char((colour >> 8) & 0xff));
        out.append(char(colour & 0xff));
    }
}

quint8 colourKind(quint32 colour)
{
    return quint8(colour >> 24);
}

quint32 getColour(const unsigned char *&p, quint8 kind)
{
    if (kind == 1)
        return LogParser::AnsiStyle::kPalette | *p++;
    if (kind == 2) {
        const quint32 rgb = quint32(p[0]) << 16 | quint32(p[1]) << 8 | p[2];
        p += 3;
        return LogParser::AnsiStyle::kRgb | rgb;
    }
    return 0;
}

constexpr qsizetype kMaxStyleBytes = 64 << 10; // beyond that a line is shown plain

void encodeRuns(const std::vector<LogParser::AnsiRun> &runs, QByteArray &out)
{
    out.resize(0); // keeps the capacity
    putVarint(out, runs.size());
    qsizetype at = 0;
    for (const LogParser::AnsiRun &r : runs) {
        putVarint(out, quint64(r.start - at));
        putVarint(out, quint64(r.length));
        out.append(char(r.style.attrs));
        out.append(char(colourKind(r.style.fg) | colourKind(r.style.bg) << 4));
        putColour(out, r.style.fg);
        putColour(out, r.style.bg);
        at = r.start + r.length;
    }
}
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
    quint32 chunk = 0, offset = 0;
    qsizetype length = 0;
    char *out = nullptr;
    if (!text.contains('\x1b')) {
        // Lines without escape codes are the common case: one memcpy.
        out = reserveText(text.size(), &chunk, &offset);
        std::memcpy(out, text.data(), size_t(text.size()));
        length = text.size();
        m_chunkUsed += length;
    } else {
        // Strip into scratch first: only then is the size of text + styles known.
        m_runs.clear();
        m_scratch.resize(text.size());
        length = LogParser::stripAnsi(text, m_scratch.data(), &m_runs);
        QByteArray &styles = m_styleBytes;
        styles.resize(0);
        if (!m_runs.empty()) {
            encodeRuns(m_runs, styles);
            if (styles.size() <= kMaxStyleBytes)
                flags |= LogRecord::HasStyles;
            else
                styles.resize(0);
        }
        out = reserveText(length + styles.size(), &chunk, &offset);
        std::memcpy(out, m_scratch.constData(), size_t(length));
        if (!styles.isEmpty())
            std::memcpy(out + length, styles.constData(), size_t(styles.size()));
        m_chunkUsed += length + styles.size();
    }
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

std::vector<LogParser::AnsiRun> LogBuffer::styles(qint64 seq) const
{
    std::vector<LogParser::AnsiRun> runs;
    const LogRecord &r = record(seq);
    if (!(r.flags & LogRecord::HasStyles))
        return runs;
    const QByteArrayView t = text(seq);
    const auto *p = reinterpret_cast<const unsigned char *>(t.data() + t.size());
    const quint64 count = getVarint(p);
    runs.reserve(size_t(count));
    qsizetype at = 0;
    for (quint64 i = 0; i < count; ++i) {
        LogParser::AnsiRun run;
        run.start = at + qsizetype(getVarint(p));
        run.length = qsizetype(getVarint(p));
        run.style.attrs = *p++;
        const quint8 kinds = *p++;
        run.style.fg = getColour(p, kinds & 0x0f);
        run.style.bg = getColour(p, kinds >> 4);
        at = run.start + run.length;
        runs.push_back(run);
    }
    return runs;
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

qint64 LogBuffer::residentBytes() const
{
    if (m_chunks.empty())
        return memoryBytes();
    return memoryBytes() - kChunkBytes + m_chunkUsed;
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
