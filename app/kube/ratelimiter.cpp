#include "kube/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace sd {

RateLimiter::RateLimiter(double qps, int burst)
    : m_qps(qps > 0 ? qps : 1.0)
    , m_burst(std::max(1, burst))
    , m_tokens(m_burst)
{}

qint64 RateLimiter::reserve(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min<double>(m_burst, m_tokens + double(nowMs - m_lastMs) * m_qps / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
    // Tokens may go negative: that is the queue of callers already promised a later slot.
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return 0;
    return qint64(std::ceil(-m_tokens * 1000.0 / m_qps));
}

} // namespace sd
