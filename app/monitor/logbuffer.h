#pragma once

#include "monitor/loglevel.h"
#include "monitor/logparser.h"

#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

namespace sd {

// One stored line. 24 bytes; the text lives in shared byte chunks, never in a QString.
struct LogRecord
{
    qint64 timeNs = 0;     // kubelet timestamp, ns since the epoch (0: none)
    quint32 chunk = 0;     // sequence number of the text chunk
    quint32 offset = 0;    // byte offset in that chunk
    quint32 length = 0;    // bytes of text (ANSI codes already removed)
    quint16 source = 0;    // index into the buffer's sources (pod/container)
    LogLevel level = LogLevel::Unknown;
    quint8 flags = 0;      // Flag bits
    enum Flag : quint8 { Truncated = 1, HasOperationId = 2, HasStyles = 4 };
};

// A consistent read-only view of a LogBuffer at one moment: the lines [firstSeq, endSeq).
// Holds shared references to the blocks, so it stays valid while the buffer moves on and drops
// lines; may be read from any thread.
class LogSnapshot
{
public:
    qint64 firstSeq() const { return m_firstSeq; }
    qint64 endSeq() const { return m_endSeq; }
    qint64 size() const { return m_endSeq - m_firstSeq; }
    const LogRecord &record(qint64 seq) const;
    QByteArrayView text(qint64 seq) const;

    struct RecordBlock;
    struct TextChunk;

private:
    friend class LogBuffer;
    std::vector<std::shared_ptr<const RecordBlock>> m_records;
    std::vector<std::shared_ptr<const TextChunk>> m_chunks;
    qint64 m_firstBlock = 0;  // block number of m_records.front()
    quint32 m_firstChunk = 0; // chunk number of m_chunks.front()
    qint64 m_firstSeq = 0;
    qint64 m_endSeq = 0;
};

// The bounded line store behind a log tab: at most capacity() lines; appending past it drops
// the oldest lines and counts them (droppedCount()). Lines are addressed by a sequence number
// that never changes (seq of the first line ever appended is 0), so filter results and search
// positions stay valid while lines come and go. Text is kept as UTF-8 bytes in 4 MiB chunks and
// decoded only when shown; lines longer than maxLineBytes() are cut and flagged Truncated.
// ANSI escape codes are removed from the text (filters and search see what is shown); the SGR
// styles they set are kept compactly right after the line's text (flag HasStyles).
//
// Threading: written on one thread (the owner's); snapshot() hands consistent views to worker
// threads (filtering). Not copyable.
class LogBuffer
{
public:
    static constexpr qint64 kDefaultCapacity = 1'000'000;
    static constexpr qsizetype kMaxLineBytes = 1 << 20;

    explicit LogBuffer(qint64 capacity = kDefaultCapacity);
    ~LogBuffer();
    LogBuffer(const LogBuffer &) = delete;
    LogBuffer &operator=(const LogBuffer &) = delete;

    qint64 capacity() const { return m_capacity; }
    void setCapacity(qint64 lines); // drops from the front at once when shrinking
    static qsizetype maxLineBytes() { return kMaxLineBytes; }

    // Appends one line; `text` may contain ANSI colour codes (removed here) and invalid UTF-8
    // (kept as bytes; shown with replacement characters). Returns the new line's seq.
    qint64 append(qint64 timeNs, quint16 source, QByteArrayView text);
    // Drops the oldest lines beyond capacity; returns how many went. append() does not drop by
    // itself so that a model can announce the removal first (see LogModel).
    qint64 trim();
    qint64 overflow() const { return std::max<qint64>(0, size() - m_capacity); }
    // How many lines must go before `lines` more fit, and dropping them (counted as dropped).
    qint64 excessFor(qint64 lines) const { return std::clamp<qint64>(size() + lines - m_capacity, 0, size()); }
    void dropOldest(qint64 count);
    void clear(); // forgets every line; seqs continue, nothing counts as dropped

    qint64 firstSeq() const { return m_firstSeq; }
    qint64 endSeq() const { return m_endSeq; }
    qint64 size() const { return m_endSeq - m_firstSeq; }
    qint64 droppedCount() const { return m_dropped; }

    const LogRecord &record(qint64 seq) const;
    QByteArrayView text(qint64 seq) const;
    QString displayText(qint64 seq) const; // decoded, invalid UTF-8 replaced
    // The ANSI styles of a line, byte offsets into text(seq); empty for plain lines.
    std::vector<LogParser::AnsiRun> styles(qint64 seq) const;

    LogSnapshot snapshot(qint64 endSeq = -1) const; // lines [firstSeq, endSeq); -1: all

    // Bytes held for text and records (what the memory budget counts).
    qint64 memoryBytes() const;
    // Of those, the bytes in use: text chunks are reserved whole, but their pages become resident
    // only as lines are written into them (all chunks but the newest are full). What a soak test
    // subtracts from RSS.
    qint64 residentBytes() const;

    // Sources (pod/container labels); index is LogRecord::source.
    quint16 addSource(const QString &label);
    QString sourceLabel(quint16 source) const;
    int sourceCount() const { return int(m_sources.size()); }

private:
    void dropFront(qint64 count);
    char *reserveText(qsizetype bytes, quint32 *chunk, quint32 *offset);
    LogRecord &newRecord();

    std::deque<std::shared_ptr<LogSnapshot::RecordBlock>> m_records;
    std::deque<std::shared_ptr<LogSnapshot::TextChunk>> m_chunks;
    qint64 m_firstBlock = 0;
    quint32 m_firstChunk = 0;
    qsizetype m_chunkUsed = 0; // bytes used in m_chunks.back()
    qint64 m_capacity;
    qint64 m_firstSeq = 0;
    qint64 m_endSeq = 0;
    qint64 m_dropped = 0;
    std::vector<QString> m_sources;
    std::vector<LogParser::AnsiRun> m_runs; // scratch for append()
    QByteArray m_scratch;                   // scratch for append()
    QByteArray m_styleBytes;                // scratch for append()
};

} // namespace sd
