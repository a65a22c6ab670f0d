#include "stack/capacitycheck.h"
#include "stack/stackfile.h"

#include <QTest>

using namespace sd;

namespace {

ResourceTotals totals(const char *cpu, const char *memory)
{
    return {*Quantity::parse(QLatin1String(cpu)), *Quantity::parse(QLatin1String(memory))};
}

Stack loadStack(const char *name)
{
    return StackFile::load(
               QStringLiteral(SD_SOURCE_DIR "/resources/stacks/%1.yaml").arg(QLatin1String(name)))
        .stack.value_or(Stack{});
}

} // namespace

class tst_CapacityCheck : public QObject
{
    Q_OBJECT
private slots:
    void stackRequests()
    {
        // Production: api 3 x 1 CPU/1Gi, 10 others x 2 x 500m/512Mi, crontask 1 x 500m/512Mi = 13.5
        // CPU, 13.5Gi; MongoDB 3 x 500m/512Mi, Redis 2 x 500m/512Mi + 3 sentinels x 200m/256Mi,
        // Kafka 3 x 500m/1Gi, MinIO 4 x 500m/512Mi = 6.6 CPU, 8.25Gi.
        const ResourceTotals prod = CapacityCheck::stackRequests(loadStack("openim-production"));
        QCOMPARE(prod.cpu.toString(), QStringLiteral("20100m"));
        QCOMPARE(prod.memory.milliValue(), (qint64(13824) + 8448) * 1024 * 1024 * 1000);
        QCOMPARE(prod.memory.toString(), QStringLiteral("22272Mi"));

        // Dev: api 100m/128Mi + 11 x 50m/64Mi; MongoDB 250m/256Mi, Redis 100m/128Mi,
        // Kafka 250m/512Mi, MinIO 2 x 100m/128Mi.
        const ResourceTotals dev = CapacityCheck::stackRequests(loadStack("openim-dev"));
        QCOMPARE(dev.cpu.toString(), QStringLiteral("1450m"));
        QCOMPARE(dev.memory.toString(), QStringLiteral("1984Mi"));
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("requestedCpu");
        QTest::addColumn<QString>("requestedMemory");
        QTest::addColumn<int>("level");
        // Against 8 CPU / 16Gi allocatable with 2 CPU / 4Gi already requested: 6 CPU / 12Gi free.
        QTest::newRow("fits") << "2"
                              << "4Gi" << int(CapacityVerdict::Level::Fits);
        QTest::newRow("tight cpu") << "5500m"
                                   << "1Gi" << int(CapacityVerdict::Level::Tight);
        QTest::newRow("tight memory") << "1"
                                      << "11Gi" << int(CapacityVerdict::Level::Tight);
        QTest::newRow("exactly full") << "6"
                                      << "12Gi" << int(CapacityVerdict::Level::Tight);
        QTest::newRow("cpu short") << "6001m"
                                   << "1Gi" << int(CapacityVerdict::Level::DoesNotFit);
        QTest::newRow("memory short") << "1"
                                      << "13Gi" << int(CapacityVerdict::Level::DoesNotFit);
    }
    void evaluate()
    {
        QFETCH(QString, requestedCpu);
        QFETCH(QString, requestedMemory);
        QFETCH(int, level);
        const ResourceTotals requested{*Quantity::parse(requestedCpu),
                                       *Quantity::parse(requestedMemory)};
        const CapacityVerdict v
            = CapacityCheck::evaluate(requested, totals("8", "16Gi"), totals("2", "4Gi"));
        QCOMPARE(int(v.level), level);
        QCOMPARE(v.free.cpu.toString(), QStringLiteral("6"));
        QCOMPARE(v.free.memory.toString(), QStringLiteral("12Gi"));
        // The message carries the numbers so the user can act on them.
        QVERIFY(v.message.contains(requested.cpu.toString()));
        QVERIFY(v.message.contains(QStringLiteral("12Gi")));
    }

    void overcommittedClusterHasNothingFree()
    {
        const CapacityVerdict v = CapacityCheck::evaluate(
            totals("100m", "1Mi"), totals("2", "2Gi"), totals("3", "1Gi"));
        QCOMPARE(v.free.cpu.milliValue(), qint64(0));
        QCOMPARE(v.level, CapacityVerdict::Level::DoesNotFit);
    }
};

QTEST_GUILESS_MAIN(tst_CapacityCheck)
#include "tst_capacitycheck.moc"
