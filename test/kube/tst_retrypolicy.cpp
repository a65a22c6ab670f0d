#include "kube/ratelimiter.h"
#include "kube/retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace sd;

// Backoff, Retry-After and the client-side rate limit, as pure functions of their inputs.
class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryable_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        QTest::newRow("connection") << 0 << true;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("500") << 500 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("501") << 501 << false;
        QTest::newRow("404") << 404 << false;
        QTest::newRow("409") << 409 << false;
    }
    void retryable()
    {
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retry);
    }

    void exponentialCappedWithJitter()
    {
        RetryPolicy p;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        QCOMPARE(p.delayMs(1, -1, 0.999999), 99);  // ~base
        QCOMPARE(p.delayMs(1, -1, 0.0), 50);       // half of base at the low end
        QCOMPARE(p.delayMs(3, -1, 0.0), 200);      // 400 * 0.5
        QCOMPARE(p.delayMs(10, -1, 0.0), 500);     // capped at 1000, jitter halves
        QCOMPARE(p.delayMs(30, -1, 0.999999), 999); // no overflow for large attempts
        // Retry-After wins over the backoff, within its own cap.
        QCOMPARE(p.delayMs(1, 3000, 0.5), 3000);
        QCOMPARE(p.delayMs(1, 600'000, 0.5), p.maxRetryAfterMs);
    }

    void retryAfterParsing()
    {
        QCOMPARE(RetryPolicy::parseRetryAfterMs("2"), 2000);
        QCOMPARE(RetryPolicy::parseRetryAfterMs(" 0 "), 0);
        QCOMPARE(RetryPolicy::parseRetryAfterMs(""), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("soon"), -1);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("-5"), -1);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray httpDate =
            QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " GMT";
        const int ms = RetryPolicy::parseRetryAfterMs(httpDate);
        QVERIFY2(ms > 100'000 && ms <= 120'000, qPrintable(QString::number(ms)));
    }

    void tokenBucket()
    {
        RateLimiter limiter(10.0, 3); // 10/s, burst 3
        QCOMPARE(limiter.reserve(0), 0);
        QCOMPARE(limiter.reserve(0), 0);
        QCOMPARE(limiter.reserve(0), 0);
        QCOMPARE(limiter.reserve(0), 100); // 4th waits one token interval
        QCOMPARE(limiter.reserve(0), 200); // and the 5th queues behind it
        // After 1 s the bucket has refilled (but never above the burst).
        QCOMPARE(limiter.reserve(1500), 0);
        QCOMPARE(limiter.reserve(1500), 0);
        QCOMPARE(limiter.reserve(1500), 0);
        QCOMPARE(limiter.reserve(1500), 100);
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
