#pragma once

#include "monitor/logbuffer.h"
#include "monitor/logquery.h"

#include <QObject>

#include <memory>
#include <vector>

namespace sd {

// Runs a query over a snapshot of a log buffer in the global thread pool, in slices, so the
// first matches arrive while the rest is still being searched. start() cancels the run in
// progress: its remaining results are never delivered. Destroying the filter cancels too.
// Signals are delivered on the filter's thread (normally the GUI thread) in seq order.
class LogFilter final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSliceLines = 32'768;

    explicit LogFilter(QObject *parent = nullptr);
    ~LogFilter() override;

    // Matches lines of `snapshot` with `matcher` and, when given, `also` (both must match).
    // Returns the run's generation number.
    quint64 start(const LogSnapshot &snapshot, const LogMatcher &matcher, const LogMatcher &also = {});
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 generation() const { return m_generation; }

signals:
    // A slice's matching seqs, ascending; `scannedEnd` is the seq up to which the run got.
    void matchesFound(const std::vector<qint64> &seqs, qint64 scannedEnd);
    void finished();

private:
    struct Run; // shared with the worker: cancel flag and the way back to this object
    std::shared_ptr<Run> m_run;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace sd
