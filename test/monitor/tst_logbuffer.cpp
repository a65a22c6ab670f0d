#include "monitor/logbuffer.h"
#include "monitor/logmerger.h"

#include <QTest>

using namespace sd;

class tst_LogBuffer : public QObject
{
    Q_OBJECT

private slots:
    void appendAndRead()
    {
        LogBuffer b(10);
        const quint16 src = b.addSource(QStringLiteral("pod-a"));
        QCOMPARE(b.append(42, src, "hello"), 0);
        QCOMPARE(b.append(43, src, "world"), 1);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.text(0).toByteArray(), QByteArray("hello"));
        QCOMPARE(b.record(1).timeNs, 43);
        QCOMPARE(b.sourceLabel(b.record(1).source), QStringLiteral("pod-a"));
    }

    void dropsFromTheFrontAndCounts()
    {
        LogBuffer b(1000);
        for (int i = 0; i < 2500; ++i) {
            b.dropOldest(b.excessFor(1));
            b.append(i, 0, QByteArray::number(i));
        }
        QCOMPARE(b.size(), 1000);
        QCOMPARE(b.droppedCount(), 1500);
        QCOMPARE(b.firstSeq(), 1500);
        QCOMPARE(b.text(1500).toByteArray(), QByteArray("1500"));
        QCOMPARE(b.text(2499).toByteArray(), QByteArray("2499"));
        b.clear();
        QCOMPARE(b.size(), 0);
        QCOMPARE(b.droppedCount(), 1500); // clearing is not dropping
        QCOMPARE(b.append(0, 0, "again"), 2500);
    }

    void spansBlocksAndChunks()
    {
        // 200k lines of 100 bytes: several record blocks and text chunks, then most dropped.
        LogBuffer b(150'000);
        const QByteArray line(99, 'x');
        for (int i = 0; i < 200'000; ++i) {
            b.dropOldest(b.excessFor(1));
            b.append(i, 0, line + QByteArray::number(i % 10));
        }
        QCOMPARE(b.size(), 150'000);
        QCOMPARE(b.text(b.firstSeq()).size(), 100);
        QCOMPARE(b.text(199'999).back(), '9');
        // Well under the budget: ≤ 1.2 × raw + 32 MB.
        QVERIFY(b.memoryBytes() < qint64(1.2 * 150'000 * 100) + (32 << 20));
    }

    void residentBytesFollowTheText()
    {
        LogBuffer b;
        b.append(0, 0, "first");
        const qint64 start = b.residentBytes();
        QVERIFY(start < b.memoryBytes()); // the text chunk is reserved, not yet written
        const QByteArray line(99, 'y');
        for (int i = 0; i < 10'000; ++i)
            b.append(i, 0, line);
        QVERIFY(b.residentBytes() - start >= 10'000 * 99);
        QVERIFY(b.residentBytes() <= b.memoryBytes());
    }

    void snapshotSurvivesDrops()
    {
        LogBuffer b(100'000);
        for (int i = 0; i < 100'000; ++i)
            b.append(i, 0, QByteArray::number(i));
        const LogSnapshot s = b.snapshot(50'000);
        QCOMPARE(s.size(), 50'000);
        b.dropOldest(90'000); // frees blocks the snapshot still holds
        for (int i = 0; i < 70'000; ++i)
            b.append(i, 0, "later");
        QCOMPARE(s.text(0).toByteArray(), QByteArray("0"));
        QCOMPARE(s.text(49'999).toByteArray(), QByteArray("49999"));
        QCOMPARE(s.record(123).timeNs, 123);
    }

    void capacityShrinks()
    {
        LogBuffer b(100);
        for (int i = 0; i < 100; ++i)
            b.append(i, 0, "x");
        b.setCapacity(10);
        QCOMPARE(b.size(), 10);
        QCOMPARE(b.droppedCount(), 90);
    }

    void mergerOrdersByTime()
    {
        LogMerger m(300);
        const int a = m.addSource(0);
        const int b = m.addSource(0);
        m.push(a, 10, "a10", 0, 1);
        m.push(a, 30, "a30", 0, 1);
        std::vector<MergedLine> out;
        m.take(2, &out);
        QVERIFY(out.empty()); // b has not spoken and is not quiet yet: a must wait
        m.push(b, 20, "b20", 0, 3);
        m.take(4, &out);
        QCOMPARE(out.size(), size_t(2)); // up to b's last time (20)
        QCOMPARE(out[0].bytes, QByteArray("a10"));
        QCOMPARE(out[1].bytes, QByteArray("b20"));
        out.clear();
        m.take(1000, &out); // b quiet for longer than the hold time: a30 goes
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].bytes, QByteArray("a30"));
    }

    void mergerEndedSourceDoesNotHold()
    {
        LogMerger m(300);
        const int a = m.addSource(0);
        const int b = m.addSource(0);
        m.push(a, 10, "a10", 0, 1);
        m.endSource(b);
        std::vector<MergedLine> out;
        m.take(2, &out);
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(!m.isActive(b));
    }

    void mergerKeepsArrivalOrderForEqualTimes()
    {
        LogMerger m(300);
        const int a = m.addSource(0);
        const int b = m.addSource(0);
        m.push(a, 5, "a1", 0, 1);
        m.push(b, 5, "b1", 0, 1);
        m.push(a, 5, "a2", 0, 1);
        m.push(b, 6, "b2", 0, 1);
        m.push(a, 7, "a3", 0, 1);
        std::vector<MergedLine> out;
        m.take(1, &out, true);
        QStringList order;
        for (const MergedLine &l : out)
            order << QString::fromUtf8(l.bytes);
        QCOMPARE(order, QStringList({"a1", "a2", "b1", "b2", "a3"}));
        QCOMPARE(m.pending(), 0);
    }

    void mergedLineText()
    {
        MergedLine l{1, 0, "2026-01-01T00:00:00Z text", 21};
        QCOMPARE(l.text().toByteArray(), QByteArray("text"));
    }
};

QTEST_GUILESS_MAIN(tst_LogBuffer)
#include "tst_logbuffer.moc"
