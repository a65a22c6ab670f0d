#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <utility>
#include <vector>

namespace sd::bench {

// The value below which a share `p` (0…1) of `values` lies.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

inline double maxOf(const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Event-loop stalls of the thread it lives on: a precise timer every `intervalMs`; how much later
// than the interval each tick comes is how long the loop was held up. The thread's CPU time in
// each gap ("busy") tells our own work from time the scheduler gave to other threads and
// processes on the shared cores. Keeps every gap of the run and, separately, those since the last
// takeWindow() (for periodic reports).
class Heartbeat
{
public:
    struct Gaps
    {
        std::vector<double> stalls; // ms beyond the interval
        std::vector<double> busy;   // ms of this thread's CPU time in the same gap
    };

    explicit Heartbeat(int intervalMs = 5) : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double stall = std::max(0.0, double(m_beat.nsecsElapsed()) / 1e6 - m_intervalMs);
            const qint64 cpu = threadCpuNs();
            const double busy = double(cpu - m_lastCpu) / 1e6;
            if (m_onLongStall && stall >= m_longStallMs)
                m_onLongStall(monotonicNs() - m_beat.nsecsElapsed(), stall, busy);
            m_beat.start();
            m_lastCpu = cpu;
            for (Gaps *g : {&m_all, &m_window}) {
                g->stalls.push_back(stall);
                g->busy.push_back(busy);
            }
        });
    }
    void start()
    {
        m_all = {};
        m_window = {};
        m_lastCpu = threadCpuNs();
        m_beat.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    int intervalMs() const { return m_intervalMs; }
    // Called for every stall of at least `ms` with when the gap began (monotonicNs()), the stall
    // and the busy time: lets a benchmark name what filled it.
    void onLongStall(double ms, std::function<void(qint64 sinceNs, double stall, double busy)> handler)
    {
        m_longStallMs = ms;
        m_onLongStall = std::move(handler);
    }

    const Gaps &all() const { return m_all; }
    Gaps takeWindow() { return std::exchange(m_window, {}); }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_beat;
    qint64 m_lastCpu = 0;
    Gaps m_all, m_window;
    double m_longStallMs = 0;
    std::function<void(qint64, double, double)> m_onLongStall;
};

} // namespace sd::bench
