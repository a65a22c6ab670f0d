#pragma once

#include <QtGlobal>

namespace sd {

// Client-side token bucket (client-go's QPS/burst): each request takes a token; tokens refill
// at qps per second up to burst. Not thread-safe; used on the KubeClient's thread.
class RateLimiter
{
public:
    RateLimiter(double qps = 50.0, int burst = 100);

    // Reserves a token at time nowMs (a monotonic clock) and returns how many milliseconds the
    // caller must wait before sending (0: now).
    qint64 reserve(qint64 nowMs);

    double qps() const { return m_qps; }
    int burst() const { return m_burst; }

private:
    double m_qps;
    int m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace sd
