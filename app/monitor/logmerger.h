#pragma once

#include <QByteArray>

#include <deque>
#include <vector>

namespace sd {

struct MergedLine
{
    qint64 timeNs = 0;  // kubelet timestamp
    int source = 0;
    QByteArray bytes;   // the line as received (may start with the timestamp), no newline
    int textOffset = 0; // where the text starts in bytes

    QByteArrayView text() const { return QByteArrayView(bytes).sliced(textOffset); }
};

// Merges the lines of several streams into one time-ordered sequence. A line is released once
// no live source can still deliver an earlier one: every active source has sent something at
// or after it, or has been quiet for longer than the hold time (a quiet pod must not stall the
// others). Lines of one source keep their order; equal timestamps of different sources come in
// source order. Pure logic;
// time comes from the caller.
class LogMerger
{
public:
    explicit LogMerger(qint64 holdMs = 300) : m_holdMs(holdMs) {}
    void setHoldMs(qint64 ms) { m_holdMs = ms; }

    int addSource(qint64 nowMs);
    // An ended source no longer holds others back; its queued lines are still released.
    void endSource(int source);
    bool isActive(int source) const { return m_sources[size_t(source)].active; }
    int sourceCount() const { return int(m_sources.size()); }

    void push(int source, qint64 timeNs, QByteArray bytes, int textOffset, qint64 nowMs);
    // Appends the lines that may be released now to `out`, in order; `flushAll` releases
    // everything (end of a non-follow read).
    void take(qint64 nowMs, std::vector<MergedLine> *out, bool flushAll = false);
    qsizetype pending() const { return m_pending; }

private:
    struct Source
    {
        std::deque<MergedLine> queue;
        qint64 lastTimeNs = 0;
        qint64 lastArrivalMs = 0;
        bool active = true;
    };
    std::vector<Source> m_sources;
    qint64 m_holdMs;
    qsizetype m_pending = 0;
};

} // namespace sd
