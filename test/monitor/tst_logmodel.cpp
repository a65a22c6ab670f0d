#include "monitor/logmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sd;

// The log model under QAbstractItemModelTester while lines arrive, drop from the front, get
// filtered off-thread, searched and paused.
class tst_LogModel : public QObject
{
    Q_OBJECT

    static std::vector<MergedLine> lines(int from, int count, int source = 0)
    {
        std::vector<MergedLine> out;
        for (int i = from; i < from + count; ++i) {
            const QByteArray level = i % 10 == 0 ? "ERROR" : "INFO";
            out.push_back({qint64(i) * 1'000'000, source,
                           "2025-03-14 09:15:21.337\t" + level + "\tline " + QByteArray::number(i)
                               + (i % 7 == 0 ? " needle" : ""),
                           0});
        }
        return out;
    }

private slots:
    void appendAndDrop()
    {
        LogModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSource(QStringLiteral("api-0"));
        QSignalSpy dropped(&model, &LogModel::droppedCountChanged);
        model.append(lines(0, 600));
        QCOMPARE(model.rowCount(), 600);
        model.append(lines(600, 600));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.droppedCount(), 200);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("2025-03-14 09:15:21.337\tERROR\tline 200"));
        QCOMPARE(model.index(0).data(LogModel::LevelRole).toInt(), int(LogLevel::Error));
        QCOMPARE(model.index(0).data(LogModel::SourceLabelRole).toString(), QStringLiteral("api-0"));
        // A batch larger than the whole buffer keeps its newest lines.
        model.append(lines(2000, 2500));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(999).data().toString().section(QLatin1Char('\t'), 2), QStringLiteral("line 4499"));
    }

    void filterOffThreadWithLiveLines()
    {
        LogModel model(200'000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSource(QStringLiteral("api-0"));
        model.append(lines(0, 100'000));
        QSignalSpy done(&model, &LogModel::filterFinished);
        LogQuery q;
        q.text = QStringLiteral("NEEDLE"); // case-insensitive by default
        QVERIFY(model.setFilter(q));
        QVERIFY(model.isFiltered());
        model.append(lines(100'000, 70)); // arrive while the run is going
        QVERIFY(done.wait(20000));
        // Every 7th line of 100,070.
        QCOMPARE(model.rowCount(), (100'070 + 6) / 7);
        QVERIFY(model.index(0).data().toString().endsWith(QLatin1String("line 0 needle")));
        QVERIFY(model.index(model.rowCount() - 1).data().toString().endsWith(QLatin1String("line 100065 needle")));
        model.append(lines(100'070, 7));
        QCOMPARE(model.rowCount(), (100'077 + 6) / 7);

        // Level filter plus regex.
        q = {};
        q.text = QStringLiteral("line \\d+5 needle$");
        q.regex = true;
        q.levels = levelBit(LogLevel::Error);
        QVERIFY(model.setFilter(q));
        QVERIFY(done.wait(20000));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r).data(LogModel::LevelRole).toInt(), int(LogLevel::Error));
        QCOMPARE(model.rowCount(), 0); // ERROR lines end in 0, never 5: nothing
        q.text = QStringLiteral("line \\d+0 needle$");
        QVERIFY(model.setFilter(q));
        QVERIFY(done.wait(20000));
        QCOMPARE(model.rowCount(), 100'077 / 70); // multiples of 70 (one digit at least before the 0)

        QString error;
        q.text = QStringLiteral("(unclosed");
        QVERIFY(!model.setFilter(q, &error));
        QVERIFY(!error.isEmpty());

        QVERIFY(model.setFilter({}));
        QCOMPARE(model.rowCount(), 100'077);
    }

    void newFilterCancelsTheRunningOne()
    {
        LogModel model(400'000);
        model.addSource(QStringLiteral("api-0"));
        model.append(lines(0, 300'000));
        QSignalSpy done(&model, &LogModel::filterFinished);
        LogQuery slow;
        slow.text = QStringLiteral("(l|x)ine \\d+");
        slow.regex = true;
        QVERIFY(model.setFilter(slow));
        LogQuery q;
        q.text = QStringLiteral("line 299999");
        QVERIFY(model.setFilter(q));
        QVERIFY(done.wait(20000));
        QTest::qWait(50);
        QCOMPARE(done.size(), 1); // the first run never reported
        QCOMPARE(model.rowCount(), 1);
    }

    void searchAndNavigate()
    {
        LogModel model(10'000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSource(QStringLiteral("api-0"));
        model.append(lines(0, 100));
        QSignalSpy done(&model, &LogModel::searchFinished);
        LogQuery q;
        q.text = QStringLiteral("needle");
        QVERIFY(model.setSearch(q));
        QVERIFY(done.wait(20000));
        QCOMPARE(model.searchMatchCount(), 15); // 0, 7, …, 98
        QCOMPARE(model.nextMatch(-1, true), 0);
        QCOMPARE(model.nextMatch(0, true), 7);
        QCOMPARE(model.nextMatch(7, false), 0);
        QCOMPARE(model.nextMatch(0, false), 98); // wraps
        QCOMPARE(model.nextMatch(98, true), 0);
        QVERIFY(model.index(14).data(LogModel::SearchMatchRole).toBool());
        QVERIFY(!model.index(15).data(LogModel::SearchMatchRole).toBool());
        model.append(lines(100, 5)); // 105 would match after 104
        QCOMPARE(model.searchMatchCount(), 15);
        model.append(lines(105, 1));
        QCOMPARE(model.searchMatchCount(), 16);
        const auto ranges = model.searchMatcher().ranges(model.index(105).data().toString());
        QCOMPARE(ranges.size(), 1);
        // With a filter, matches are only the shown lines and rows are filter rows.
        LogQuery errors;
        errors.levels = levelBit(LogLevel::Error);
        QSignalSpy filtered(&model, &LogModel::filterFinished);
        QVERIFY(model.setFilter(errors));
        QVERIFY(filtered.wait(20000));
        if (model.searchRunning())
            QVERIFY(done.wait(20000));
        QCOMPARE(model.rowCount(), 11); // 0, 10, …, 100
        QCOMPARE(model.searchMatchCount(), 2); // 0 and 70
        QCOMPARE(model.nextMatch(0, true), 7); // row of line 70
    }

    void pauseKeepsEverything()
    {
        LogModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addSource(QStringLiteral("api-0"));
        model.append(lines(0, 10));
        model.setPaused(true);
        model.append(lines(10, 20));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.pendingWhilePaused(), 20);
        model.setPaused(false);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.droppedCount(), 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void plainMatching_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("matches");
        QTest::newRow("folded, mixed case") << "recordNotFound" << false << QByteArray("x RECORDNOTFOUNDerror") << true;
        QTest::newRow("folded, at the start") << "abc" << false << QByteArray("ABCdef") << true;
        QTest::newRow("folded, at the end") << "def" << false << QByteArray("abcDEF") << true;
        QTest::newRow("folded, repeated prefix") << "aab" << false << QByteArray("aaaaAAB") << true;
        QTest::newRow("folded, absent") << "abd" << false << QByteArray("abcabcabc") << false;
        QTest::newRow("folded, longer than line") << "abcdef" << false << QByteArray("abc") << false;
        QTest::newRow("folded, digits and symbols") << "u42\"" << false << QByteArray("{\"u42\"}") << true;
        QTest::newRow("sensitive, wrong case") << "Error" << true << QByteArray("ERROR") << false;
        QTest::newRow("non-ASCII, folded") << "ÄRGER" << false << QByteArray("viel ärger hier") << true;
    }
    void plainMatching()
    {
        QFETCH(QString, needle);
        QFETCH(bool, caseSensitive);
        QFETCH(QByteArray, line);
        QFETCH(bool, matches);
        LogQuery q;
        q.text = needle;
        q.caseSensitive = caseSensitive;
        const LogMatcher m(q);
        QCOMPARE(m.matches(LogRecord(), line), matches);
    }

    // Regular expressions run on the stored UTF-8 bytes (PCRE2-8): the results must be those
    // QRegularExpression gives on the decoded line, which is what the user writes against.
    void regexMatching_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("caseSensitive");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("matches");
        QTest::newRow("alternation") << "consumer-\\d+5 in group|u42\\d\\d\"" << true
                                     << QByteArray("Member consumer-12345 in group toPush") << true;
        QTest::newRow("alternation, second") << "consumer-\\d+5 in group|u42\\d\\d\"" << true
                                             << QByteArray("{\"error\": \"x u4217\"}") << true;
        QTest::newRow("alternation, none") << "consumer-\\d+5 in group|u42\\d\\d\"" << true
                                           << QByteArray("consumer-12346 in group") << false;
        QTest::newRow("anchors") << "^ab.*yz$" << true << QByteArray("abcxyz") << true;
        QTest::newRow("anchor at start only") << "^yz" << true << QByteArray("xyz") << false;
        QTest::newRow("caseless ASCII") << "error \\w+" << false << QByteArray("ERROR Foo") << true;
        QTest::newRow("case-sensitive") << "error" << true << QByteArray("ERROR") << false;
        QTest::newRow("caseless non-ASCII") << "ärger|ÉTÉ" << false << QByteArray("Großer ÄRGER") << true;
        QTest::newRow("caseless non-ASCII, second") << "ärger|ÉTÉ" << false << QByteArray("un été") << true;
        QTest::newRow("\\w is ASCII without UCP") << "^\\w+$" << true << QByteArray("größe") << false;
        QTest::newRow("dot is one character") << "^x.y$" << true << QByteArray("x\xf0\x9f\x98\x80y") << true;
        QTest::newRow("word boundary") << "\\bid\\b" << true << QByteArray("uid=1 id=2") << true;
        QTest::newRow("lookbehind") << "(?<=op=)\\d+" << true << QByteArray("x op=42") << true;
        QTest::newRow("invalid UTF-8 in the line") << "def" << true << QByteArray("abc \xff\xfe def") << true;
        QTest::newRow("plain non-ASCII, folded (escaped)") << "\\QÄ.B\\E" << false << QByteArray("xä.b") << true;
    }
    void regexMatching()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, caseSensitive);
        QFETCH(QByteArray, line);
        QFETCH(bool, matches);
        LogQuery q;
        q.text = pattern;
        q.regex = true;
        q.caseSensitive = caseSensitive;
        const LogMatcher m(q);
        QVERIFY2(m.isValid(), qPrintable(m.errorString()));
        QCOMPARE(m.matches(LogRecord(), line), matches);
        const QRegularExpression qt(pattern, caseSensitive ? QRegularExpression::NoPatternOption
                                                           : QRegularExpression::CaseInsensitiveOption);
        QCOMPARE(qt.match(QString::fromUtf8(line)).hasMatch(), matches);
    }

    void invalidRegexIsReported()
    {
        LogQuery q;
        q.text = QStringLiteral("a(b");
        q.regex = true;
        const LogMatcher m(q);
        QVERIFY(!m.isValid());
        QVERIFY(m.errorString().contains(QLatin1String("3")));
        QVERIFY(!m.matches(LogRecord(), "a(b"));
        LogModel model;
        QString error;
        QVERIFY(!model.setFilter(q, &error));
        QVERIFY(!error.isEmpty());
    }

    // The same matcher used from several threads at once (the filter's worker and the GUI
    // thread matching live lines) gives the same answers.
    void regexFromSeveralThreads()
    {
        LogQuery q;
        q.text = QStringLiteral("line \\d*7( needle)?$");
        q.regex = true;
        const LogMatcher m(q);
        const auto in = lines(0, 20'000);
        std::atomic_int found{0};
        auto work = [&] {
            int n = 0;
            for (const MergedLine &l : in)
                n += m.matches(LogRecord(), l.text());
            found += n;
        };
        std::thread a(work), b(work);
        work();
        a.join();
        b.join();
        QCOMPARE(found.load(), 3 * 2'000);
    }

    // ANSI codes: styles come out in UTF-16 units of the shown text; filters, search and copy
    // see the text without the codes.
    void ansiLinesShowStylesAndMatchVisibleText()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model);
        model.addSource(QStringLiteral("api-0"));
        model.append(1, 0, "ä😀 \x1b[31mERR\x1b[0mOR here");
        model.append(2, 0, "plain ERROR");
        model.append(3, 0, "\x1b[32mnothing\x1b[0m");
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("ä😀 ERROR here"));
        const auto runs = model.displayStyles(0);
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].start, 4); // ä, 😀 (two UTF-16 units), space
        QCOMPARE(runs[0].length, 3);
        QCOMPARE(runs[0].style.fg, LogParser::AnsiStyle::kPalette | 1);
        QVERIFY(model.displayStyles(1).empty());
        QCOMPARE(model.lineText(0, true, false), QStringLiteral("[api-0] ä😀 ERROR here"));

        LogQuery q;
        q.text = QStringLiteral("error here");
        QSignalSpy filtered(&model, &LogModel::filterFinished);
        QVERIFY(model.setFilter(q));
        QVERIFY(filtered.wait(5000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(LogModel::SeqRole).toLongLong(), 0);
        QVERIFY(model.setFilter({}));
        QSignalSpy searched(&model, &LogModel::searchFinished);
        LogQuery s;
        s.text = QStringLiteral("ERR.R");
        s.regex = true;
        s.caseSensitive = true;
        QVERIFY(model.setSearch(s));
        QVERIFY(searched.wait(5000));
        QCOMPARE(model.searchMatchCount(), 2);
        const auto ranges = model.searchMatcher().ranges(model.index(0).data().toString());
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first(), (std::pair<qsizetype, qsizetype>(4, 5)));
    }

    void lineTextForCopy()
    {
        LogModel model;
        model.addSource(QStringLiteral("api-0"));
        model.append(1'741'943'721'337'000'000, 0, "hello");
        QCOMPARE(model.lineText(0, true, true), QStringLiteral("[api-0] 2025-03-14 09:15:21.337 hello"));
        QCOMPARE(model.lineText(0, false, false), QStringLiteral("hello"));
    }

    void hugeLineIsElidedForDisplay()
    {
        LogModel model;
        model.addSource(QStringLiteral("x"));
        model.append(1, 0, QByteArray(3 << 20, 'a'));
        const QString shown = model.index(0).data().toString();
        QVERIFY(shown.size() < LogModel::kDisplayChars + 100);
        QVERIFY(model.index(0).data(LogModel::TruncatedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(tst_LogModel)
#include "tst_logmodel.moc"
