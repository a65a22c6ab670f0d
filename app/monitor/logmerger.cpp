#include "monitor/logmerger.h"

#include <algorithm>
#include <limits>

namespace sd {

int LogMerger::addSource(qint64 nowMs)
{
    Source s;
    s.lastArrivalMs = nowMs; // a new source holds the others back until it had time to deliver
    m_sources.push_back(std::move(s));
    return int(m_sources.size() - 1);
}

void LogMerger::endSource(int source)
{
    m_sources[size_t(source)].active = false;
}

void LogMerger::push(int source, qint64 timeNs, QByteArray bytes, int textOffset, qint64 nowMs)
{
    Source &s = m_sources[size_t(source)];
    // A line without a timestamp sorts with the line before it.
    if (timeNs <= 0)
        timeNs = s.lastTimeNs;
    s.lastTimeNs = std::max(s.lastTimeNs, timeNs);
    s.lastArrivalMs = nowMs;
    s.queue.push_back({timeNs, source, std::move(bytes), textOffset});
    ++m_pending;
}

void LogMerger::take(qint64 nowMs, std::vector<MergedLine> *out, bool flushAll)
{
    if (m_pending == 0)
        return;
    qint64 watermark = std::numeric_limits<qint64>::max();
    if (!flushAll) {
        for (const Source &s : m_sources) {
            const bool quiet = nowMs - s.lastArrivalMs > m_holdMs;
            if (s.active && !(quiet && s.queue.empty()))
                watermark = std::min(watermark, s.lastTimeNs);
        }
    }
    int withLines = 0;
    Source *single = nullptr;
    for (Source &s : m_sources) {
        if (!s.queue.empty() && s.queue.front().timeNs <= watermark) {
            ++withLines;
            single = &s;
        }
    }
    if (withLines == 0)
        return;
    const size_t start = out->size();
    if (withLines == 1) {
        // The common case (one pod, or one busy pod): no sorting.
        while (!single->queue.empty() && single->queue.front().timeNs <= watermark) {
            out->push_back(std::move(single->queue.front()));
            single->queue.pop_front();
            --m_pending;
        }
        return;
    }
    for (Source &s : m_sources) {
        while (!s.queue.empty() && s.queue.front().timeNs <= watermark) {
            out->push_back(std::move(s.queue.front()));
            s.queue.pop_front();
            --m_pending;
        }
    }
    std::stable_sort(out->begin() + qsizetype(start), out->end(),
                     [](const MergedLine &a, const MergedLine &b) { return a.timeNs < b.timeNs; });
}

} // namespace sd
