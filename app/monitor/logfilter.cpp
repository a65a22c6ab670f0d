#include "monitor/logfilter.h"

#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace sd {

struct LogFilter::Run
{
    std::atomic_bool cancelled{false};
    std::mutex mutex;
    LogFilter *filter = nullptr; // guarded by mutex; cleared when the run is cancelled
};

LogFilter::LogFilter(QObject *parent)
    : QObject(parent)
{
}

LogFilter::~LogFilter()
{
    cancel();
}

void LogFilter::cancel()
{
    if (m_run) {
        m_run->cancelled.store(true);
        const std::lock_guard lock(m_run->mutex);
        m_run->filter = nullptr;
    }
    m_run.reset();
    m_running = false;
}

quint64 LogFilter::start(const LogSnapshot &snapshot, const LogMatcher &matcher, const LogMatcher &also)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->filter = this;
    m_run = run;
    m_running = true;
    const quint64 generation = ++m_generation;
    QThreadPool::globalInstance()->start([run, generation, snapshot, matcher, also] {
        // Posting happens under the run's mutex, so the filter cannot be destroyed in between;
        // a queued call whose filter is gone by delivery time is dropped by Qt.
        auto post = [&](std::vector<qint64> &&seqs, qint64 scannedEnd, bool done) {
            const std::lock_guard lock(run->mutex);
            if (!run->filter)
                return false;
            LogFilter *filter = run->filter;
            QMetaObject::invokeMethod(
                filter,
                [filter, generation, seqs = std::move(seqs), scannedEnd, done] {
                    if (filter->m_generation != generation || !filter->m_running)
                        return;
                    emit filter->matchesFound(seqs, scannedEnd);
                    if (done) {
                        filter->m_running = false;
                        emit filter->finished();
                    }
                },
                Qt::QueuedConnection);
            return true;
        };
        const bool both = !also.matchesEverything();
        qint64 seq = snapshot.firstSeq();
        do {
            if (run->cancelled.load(std::memory_order_relaxed))
                return;
            const qint64 end = std::min(snapshot.endSeq(), seq + kSliceLines);
            std::vector<qint64> found;
            for (; seq < end; ++seq) {
                const LogRecord &r = snapshot.record(seq);
                const QByteArrayView text = snapshot.text(seq);
                if (matcher.matches(r, text) && (!both || also.matches(r, text)))
                    found.push_back(seq);
            }
            if (!post(std::move(found), end, end == snapshot.endSeq()))
                return;
        } while (seq < snapshot.endSeq());
    });
    return generation;
}

} // namespace sd
