#include "stack/quantity.h"

#include <QTest>

using sd::Quantity;

class tst_Quantity : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("millicores") << "500m" << qint64(500) << "500m";
        QTest::newRow("whole cpu") << "2" << qint64(2000) << "2";
        QTest::newRow("fraction cpu") << "0.5" << qint64(500) << "500m";
        QTest::newRow("leading dot") << ".25" << qint64(250) << "250m";
        QTest::newRow("trailing dot") << "3." << qint64(3000) << "3";
        QTest::newRow("Mi") << "512Mi" << qint64(512) * 1024 * 1024 * 1000 << "512Mi";
        QTest::newRow("Gi") << "1Gi" << qint64(1024) * 1024 * 1024 * 1000 << "1Gi";
        QTest::newRow("fraction Gi") << "0.5Gi" << qint64(512) * 1024 * 1024 * 1000 << "512Mi";
        QTest::newRow("1.5Gi") << "1.5Gi" << qint64(1536) * 1024 * 1024 * 1000 << "1536Mi";
        QTest::newRow("k") << "1500k" << qint64(1500000) * 1000 << "1500k";
        QTest::newRow("M") << "2M" << qint64(2000000) * 1000 << "2M";
        QTest::newRow("exponent") << "1e3" << qint64(1000000) << "1k";
        QTest::newRow("negative exponent") << "5E-1" << qint64(500) << "500m";
        QTest::newRow("nano rounds up") << "1n" << qint64(1) << "1m";
        QTest::newRow("micro") << "1500u" << qint64(2) << "2m";
        QTest::newRow("zero") << "0" << qint64(0) << "0";
        QTest::newRow("plus sign") << "+1" << qint64(1000) << "1";
        QTest::newRow("negative") << "-100m" << qint64(-100) << "-100m";
        QTest::newRow("Ei") << "1Ei" << qint64(0) << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, milli);
        QFETCH(QString, canonical);
        const auto q = Quantity::parse(text);
        if (canonical.isEmpty()) {
            // 1Ei in milli units does not fit 64 bits; it must be refused, not wrapped.
            QVERIFY(!q);
            return;
        }
        QVERIFY2(q, qPrintable(text));
        QCOMPARE(q->milliValue(), milli);
        QCOMPARE(q->toString(), canonical);
        // Canonical text parses back to the same amount.
        QCOMPARE(Quantity::parse(q->toString())->milliValue(), milli);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"",
                                "m",
                                "Mi",
                                "1.2.3",
                                "1 Gi",
                                "1gi",
                                "1KB",
                                "abc",
                                "1e",
                                "1e1.5",
                                "--1",
                                "1mi",
                                "0x10",
                                "1e 3"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Quantity::parse(text));
    }

    void valueRoundsUp()
    {
        QCOMPARE(Quantity::parse(QStringLiteral("100m"))->value(), qint64(1));
        QCOMPARE(Quantity::parse(QStringLiteral("2"))->value(), qint64(2));
        QCOMPARE(Quantity::parse(QStringLiteral("1Ki"))->value(), qint64(1024));
    }

    void arithmetic()
    {
        const Quantity a = *Quantity::parse(QStringLiteral("250m"));
        const Quantity b = *Quantity::parse(QStringLiteral("1"));
        QCOMPARE((a + b).toString(), QStringLiteral("1250m"));
        QCOMPARE((a * 4).toString(), QStringLiteral("1"));
        QVERIFY(a < b);
        const Quantity mem = *Quantity::parse(QStringLiteral("512Mi"));
        QCOMPARE((mem * 3).toString(), QStringLiteral("1536Mi"));
        QCOMPARE((mem * 2).toString(), QStringLiteral("1Gi"));
    }
};

QTEST_GUILESS_MAIN(tst_Quantity)
#include "tst_quantity.moc"
