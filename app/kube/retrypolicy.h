#pragma once

#include <QByteArray>

namespace sd {

// When and how long to wait before retrying an idempotent request: capped exponential backoff
// with jitter, or the server's Retry-After when it gives one. Value type.
struct RetryPolicy
{
    int maxAttempts = 5;        // including the first one
    int baseDelayMs = 250;
    int maxDelayMs = 8'000;
    int maxRetryAfterMs = 60'000;

    // Whether an answer (HTTP status, or 0 for a connection-level failure) may be retried.
    static bool isRetryableStatus(int httpStatus);

    // Delay before attempt number `attempt` (1 = the first retry). retryAfterMs < 0: none given.
    // jitter01 is a uniform random number in [0, 1); the result lies in [d/2, d] for the
    // exponential delay d, so simultaneous clients spread out.
    int delayMs(int attempt, int retryAfterMs, double jitter01) const;

    // Parses Retry-After (delta-seconds or an HTTP date). Returns -1 when absent or unparsable.
    static int parseRetryAfterMs(const QByteArray &value);
};

} // namespace sd
