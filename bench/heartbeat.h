#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
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

// Event-loop stalls of the thread it lives on: a precise timer every `intervalMs`; how much later
// than the interval each tick comes is how long the loop was busy. Keeps every stall of the run
// and, separately, those since the last takeWindow() (for periodic reports).
class Heartbeat
{
public:
    explicit Heartbeat(int intervalMs = 5) : m_intervalMs(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double stall = std::max(0.0, double(m_beat.nsecsElapsed()) / 1e6 - m_intervalMs);
            m_beat.start();
            m_all.push_back(stall);
            m_window.push_back(stall);
        });
    }
    void start()
    {
        m_all.clear();
        m_window.clear();
        m_beat.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    const std::vector<double> &stalls() const { return m_all; }
    std::vector<double> takeWindow() { return std::exchange(m_window, {}); }
    static double max(const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

private:
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_beat;
    std::vector<double> m_all, m_window;
};

} // namespace sd::bench
