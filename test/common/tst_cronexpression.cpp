// CronExpression: the five-field syntax BackupSchedules use, next-run times, and clear errors.
#include "common/cronexpression.h"

#include <QTest>

using sd::CronExpression;

class tst_CronExpression : public QObject
{
    Q_OBJECT
private slots:
    void next_data();
    void next();
    void rejects_data();
    void rejects();
    void impossibleDateHasNoNextRun();
};

static QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

void tst_CronExpression::next_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("every minute") << "* * * * *" << utc("2026-11-26T10:15:30") << utc("2026-11-26T10:16:00");
    QTest::newRow("daily at 18:00") << "0 18 * * *" << utc("2026-11-26T18:00:00") << utc("2026-11-27T18:00:00");
    QTest::newRow("same day later") << "0 18 * * *" << utc("2026-11-26T17:59:59") << utc("2026-11-26T18:00:00");
    QTest::newRow("step") << "*/15 * * * *" << utc("2026-11-26T10:16:00") << utc("2026-11-26T10:30:00");
    QTest::newRow("range with step") << "0 1-10/3 * * *" << utc("2026-11-26T05:00:00") << utc("2026-11-26T07:00:00");
    QTest::newRow("list") << "5,35 * * * *" << utc("2026-11-26T10:06:00") << utc("2026-11-26T10:35:00");
    // 2026-11-26 is a Thursday.
    QTest::newRow("weekday name") << "30 2 * * MON" << utc("2026-11-26T00:00:00") << utc("2026-11-30T02:30:00");
    QTest::newRow("month name") << "0 0 1 jan *" << utc("2026-11-26T00:00:00") << utc("2027-01-01T00:00:00");
    QTest::newRow("either day field") << "0 0 1 * FRI" << utc("2026-11-26T00:00:00") << utc("2026-11-27T00:00:00");
    QTest::newRow("question mark") << "0 3 ? * SUN" << utc("2026-11-26T00:00:00") << utc("2026-11-29T03:00:00");
    QTest::newRow("@hourly") << "@hourly" << utc("2026-11-26T10:15:00") << utc("2026-11-26T11:00:00");
    QTest::newRow("@weekly") << "@weekly" << utc("2026-11-26T10:15:00") << utc("2026-11-29T00:00:00");
    QTest::newRow("leap day") << "0 0 29 2 *" << utc("2026-11-26T00:00:00") << utc("2028-02-29T00:00:00");
}

void tst_CronExpression::next()
{
    QFETCH(QString, expression);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QString error;
    const auto cron = CronExpression::parse(expression, &error);
    QVERIFY2(cron, qPrintable(error));
    QCOMPARE(cron->next(after), expected);
}

void tst_CronExpression::rejects_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "five fields";
    QTest::newRow("four fields") << "0 18 * *" << "five fields";
    QTest::newRow("six fields") << "0 0 18 * * *" << "five fields";
    QTest::newRow("minute 60") << "60 * * * *" << "minute";
    QTest::newRow("hour 24") << "0 24 * * *" << "hour";
    QTest::newRow("day 0") << "0 0 0 * *" << "day of month";
    QTest::newRow("bad month name") << "0 0 1 JUNE *" << "month";
    QTest::newRow("weekday 7") << "0 0 * * 7" << "day of week";
    QTest::newRow("zero step") << "*/0 * * * *" << "step";
    QTest::newRow("reversed range") << "0 10-2 * * *" << "hour";
    QTest::newRow("word") << "daily" << "five fields";
    QTest::newRow("unknown descriptor") << "@every 1h" << "@hourly";
}

void tst_CronExpression::rejects()
{
    QFETCH(QString, expression);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!CronExpression::parse(expression, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void tst_CronExpression::impossibleDateHasNoNextRun()
{
    const auto cron = CronExpression::parse(QStringLiteral("0 0 31 2 *"));
    QVERIFY(cron);
    QVERIFY(!cron->next(utc("2026-11-26T00:00:00")).isValid());
}

QTEST_GUILESS_MAIN(tst_CronExpression)
#include "tst_cronexpression.moc"
