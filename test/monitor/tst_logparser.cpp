#include "monitor/logbuffer.h"
#include "monitor/logparser.h"

#include <QTest>

using namespace sd;

Q_DECLARE_METATYPE(sd::LogParser::AnsiRun)

Q_DECLARE_METATYPE(sd::LogLevel)
Q_DECLARE_METATYPE(sd::LogParser::Format)

// One case per format OpenIM and its datastores write (see the reference examples): level and
// operationID come out; ANSI codes are removed before parsing; junk bytes never crash.
class tst_LogParser : public QObject
{
    Q_OBJECT

private slots:
    void levels_data()
    {
        using F = LogParser::Format;
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<LogLevel>("level");
        QTest::addColumn<F>("format");
        QTest::addColumn<QByteArray>("operationId");
        QTest::newRow("zap console info")
            << QByteArray("2025-03-14 09:15:21.337\tINFO\t[PID:1]\topenim-api\t[v3.8.3]\t[api/logger.go:54]\thttp request processed\t"
                          "{\"operationID\": \"1710378921337\", \"opUserID\": \"imAdmin\", \"status\": 200}")
            << LogLevel::Info << F::ZapConsole << QByteArray("1710378921337");
        QTest::newRow("zap console error")
            << QByteArray("2025-03-14 09:15:21.341\tERROR\t[PID:1]\topenim-rpc-user\t[v3.8.3]\t[server/logger.go:19]\trpc server response error\t"
                          "{\"operationID\": \"op-7\", \"error\": \"RecordNotFoundError\"}")
            << LogLevel::Error << F::ZapConsole << QByteArray("op-7");
        QTest::newRow("zap console warn, placeholder operationID")
            << QByteArray("2025-03-14 09:16:02.004\tWARN\t[PID:1]\topenim-push\t[v3.8.3]\t[push/onlinepusher.go:72]\tget gateway conn 0\t"
                          "{\"operationID\": \"...\", \"error\": null}")
            << LogLevel::Warning << F::ZapConsole << QByteArray();
        QTest::newRow("zap json")
            << QByteArray("{\"level\":\"DEBUG\",\"time\":\"2025-03-14T09:12:04Z\",\"logger\":\"openim-rpc-user\",\"caller\":\"rpc/user.go:88\",\"msg\":\"x\",\"operationID\":\"abc\"}")
            << LogLevel::Debug << F::ZapJson << QByteArray("abc");
        QTest::newRow("mysql warning")
            << QByteArray("2025-03-14T09:12:03.481234Z 0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.")
            << LogLevel::Warning << F::MySql << QByteArray();
        QTest::newRow("mysql error")
            << QByteArray("2025-03-14T09:12:03.481234Z 8 [ERROR] [MY-010584] [Repl] Replica I/O: error connecting to source")
            << LogLevel::Error << F::MySql << QByteArray();
        QTest::newRow("mysql system")
            << QByteArray("2025-03-14T09:12:03.481234Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections.")
            << LogLevel::Info << F::MySql << QByteArray();
        QTest::newRow("redis notice")
            << QByteArray("1:M 14 Mar 2025 09:12:03.481 * Ready to accept connections tcp")
            << LogLevel::Info << F::Redis << QByteArray();
        QTest::newRow("redis warning")
            << QByteArray("1:M 14 Mar 2025 09:12:03.481 # WARNING Memory overcommit must be enabled!")
            << LogLevel::Warning << F::Redis << QByteArray();
        QTest::newRow("redis verbose")
            << QByteArray("7:S 14 Mar 2025 09:12:03.481 - Accepted 10.0.0.3:6379")
            << LogLevel::Debug << F::Redis << QByteArray();
        QTest::newRow("mongodb info")
            << QByteArray("{\"t\":{\"$date\":\"2025-03-14T09:12:03.481+00:00\"},\"s\":\"I\",\"c\":\"NETWORK\",\"id\":23015,\"ctx\":\"listener\",\"msg\":\"Listening on\",\"attr\":{\"address\":\"0.0.0.0\"}}")
            << LogLevel::Info << F::MongoJson << QByteArray();
        QTest::newRow("mongodb warning")
            << QByteArray("{\"t\":{\"$date\":\"2025-03-14T09:12:03.481+00:00\"},\"s\":\"W\",\"c\":\"CONTROL\",\"id\":22120,\"ctx\":\"initandlisten\",\"msg\":\"Access control is not enabled\"}")
            << LogLevel::Warning << F::MongoJson << QByteArray();
        QTest::newRow("mongodb error")
            << QByteArray("{\"t\":{\"$date\":\"2025-03-14T09:12:03.481+00:00\"},\"s\":\"E\",\"c\":\"REPL\",\"id\":21426,\"msg\":\"x\"}")
            << LogLevel::Error << F::MongoJson << QByteArray();
        QTest::newRow("kafka info")
            << QByteArray("[2025-03-14 09:12:03,481] INFO [KafkaServer id=0] started (kafka.server.KafkaServer)")
            << LogLevel::Info << F::Kafka << QByteArray();
        QTest::newRow("kafka warn")
            << QByteArray("[2025-03-14 09:12:03,481] WARN [Controller id=0] Connection to node 1 could not be established.")
            << LogLevel::Warning << F::Kafka << QByteArray();
        QTest::newRow("minio error")
            << QByteArray("Error: Read failed. Insufficient number of drives online (*errors.errorString)")
            << LogLevel::Error << F::MinIO << QByteArray();
        QTest::newRow("minio json")
            << QByteArray("{\"level\":\"ERROR\",\"errKind\":\"ALL\",\"time\":\"2025-03-14T09:12:03Z\",\"error\":{\"message\":\"x\"}}")
            << LogLevel::Error << F::MinIO << QByteArray();
        QTest::newRow("logfmt")
            << QByteArray("time=2025-03-14T09:12:03Z level=warn msg=\"slow\" operationID=op-9")
            << LogLevel::Warning << F::Logfmt << QByteArray("op-9");
        QTest::newRow("plain text") << QByteArray("just some text") << LogLevel::Unknown << F::Unknown << QByteArray();
        QTest::newRow("empty") << QByteArray() << LogLevel::Unknown << F::Unknown << QByteArray();
        QTest::newRow("fatal startup line")
            << QByteArray("openim-rpc-user exit -1: failed to read config file") << LogLevel::Unknown << F::Unknown << QByteArray();
    }
    void levels()
    {
        QFETCH(QByteArray, line);
        QFETCH(LogLevel, level);
        QFETCH(LogParser::Format, format);
        QFETCH(QByteArray, operationId);
        const LogParser::Info info = LogParser::parse(line);
        QCOMPARE(info.level, level);
        QCOMPARE(info.format, format);
        QCOMPARE(LogParser::operationId(line).toByteArray(), operationId);
        if (!operationId.isEmpty())
            QCOMPARE(line.mid(info.operationIdStart, info.operationIdLength), operationId);
    }

    void stripAnsi_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("none") << QByteArray("plain") << QByteArray("plain");
        QTest::newRow("zap colour level")
            << QByteArray("2025-03-14 09:15:21.337\t\x1b[34mINFO\x1b[0m\tmsg") << QByteArray("2025-03-14 09:15:21.337\tINFO\tmsg");
        QTest::newRow("bold and 256 colours") << QByteArray("\x1b[1;38;5;208mhot\x1b[m") << QByteArray("hot");
        QTest::newRow("osc title") << QByteArray("a\x1b]0;title\x07" "b") << QByteArray("ab");
        QTest::newRow("two-byte escape") << QByteArray("a\x1b" "cb") << QByteArray("ab");
        QTest::newRow("cut at the end") << QByteArray("tail\x1b[3") << QByteArray("tail");
        QTest::newRow("lone escape at the end") << QByteArray("tail\x1b") << QByteArray("tail");
    }
    void stripAnsi()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        QByteArray buf(in.size(), '\0');
        buf.resize(LogParser::stripAnsi(in, buf.data()));
        QCOMPARE(buf, out);
    }

    // SGR codes become style runs over the stripped text (what the logs view paints).
    void ansiStyles_data()
    {
        using S = LogParser::AnsiStyle;
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<LogParser::AnsiRun>>("runs");
        auto pal = [](int i) { return S::kPalette | quint32(i); };
        QTest::newRow("zap level") << QByteArray("t\t\x1b[34mINFO\x1b[0m\tmsg") << QByteArray("t\tINFO\tmsg")
                                   << QList<LogParser::AnsiRun>{{2, 4, S{0, pal(4), 0}}};
        QTest::newRow("bold off keeps colour") << QByteArray("\x1b[1;31mERR\x1b[22mOR\x1b[0m!") << QByteArray("ERROR!")
                                               << QList<LogParser::AnsiRun>{{0, 3, S{S::Bold, pal(1), 0}}, {3, 2, S{0, pal(1), 0}}};
        QTest::newRow("256 colours") << QByteArray("a\x1b[38;5;208mhot\x1b[m") << QByteArray("ahot")
                                     << QList<LogParser::AnsiRun>{{1, 3, S{0, pal(208), 0}}};
        QTest::newRow("rgb on palette background") << QByteArray("\x1b[38;2;1;2;3;48;5;4mY\x1b[49mZ") << QByteArray("YZ")
                                                   << QList<LogParser::AnsiRun>{{0, 1, S{0, S::kRgb | 0x010203, pal(4)}},
                                                                                {1, 1, S{0, S::kRgb | 0x010203, 0}}};
        QTest::newRow("bright and underline") << QByteArray("\x1b[4;92mok") << QByteArray("ok")
                                              << QList<LogParser::AnsiRun>{{0, 2, S{S::Underline, pal(10), 0}}};
        QTest::newRow("same style merged") << QByteArray("\x1b[31mA\x1b[31mB") << QByteArray("AB")
                                           << QList<LogParser::AnsiRun>{{0, 2, S{0, pal(1), 0}}};
        QTest::newRow("cursor codes are no style") << QByteArray("\x1b[2K\x1b[?25hA") << QByteArray("A")
                                                   << QList<LogParser::AnsiRun>{};
        QTest::newRow("malformed colour ends the sequence") << QByteArray("\x1b[38;5mX") << QByteArray("X")
                                                            << QList<LogParser::AnsiRun>{};
    }
    void ansiStyles()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, text);
        QFETCH(QList<LogParser::AnsiRun>, runs);
        QByteArray buf(in.size(), '\0');
        std::vector<LogParser::AnsiRun> got;
        buf.resize(LogParser::stripAnsi(in, buf.data(), &got));
        QCOMPARE(buf, text);
        QCOMPARE(QList<LogParser::AnsiRun>(got.begin(), got.end()), runs);
    }

    // The buffer keeps the runs next to the stripped text and gives them back.
    void bufferKeepsStyles()
    {
        LogBuffer buffer;
        const qint64 plain = buffer.append(1, 0, "no colour");
        const qint64 zap = buffer.append(2, 0, "2025-03-14 09:15:21.341\t\x1b[31mERROR\x1b[0m\tboom \x1b[1;38;2;9;8;7mx\xff\x1b[0m");
        const qint64 after = buffer.append(3, 0, "next");
        QVERIFY(buffer.styles(plain).empty());
        QCOMPARE(buffer.text(zap), QByteArrayView("2025-03-14 09:15:21.341\tERROR\tboom x\xff"));
        const auto runs = buffer.styles(zap);
        QCOMPARE(runs.size(), size_t(2));
        QCOMPARE(runs[0], (LogParser::AnsiRun{24, 5, {0, LogParser::AnsiStyle::kPalette | 1, 0}}));
        QCOMPARE(runs[1], (LogParser::AnsiRun{35, 2, {LogParser::AnsiStyle::Bold, LogParser::AnsiStyle::kRgb | 0x090807, 0}}));
        QCOMPARE(buffer.text(after), QByteArrayView("next"));
        QCOMPARE(buffer.record(zap).level, LogLevel::Error);
        // Thousands of colour changes in one line: shown plain rather than stored at any size.
        QByteArray rainbow;
        for (int i = 0; i < 20'000; ++i)
            rainbow += (i % 2 ? "\x1b[31m" : "\x1b[32m") + QByteArray(1, char('a' + i % 26));
        const qint64 wild = buffer.append(4, 0, rainbow);
        QCOMPARE(buffer.text(wild).size(), 20'000);
        QVERIFY(buffer.styles(wild).empty());
    }

    void colouredZapLineGetsItsLevel()
    {
        LogBuffer buffer;
        const QByteArray line("2025-03-14 09:15:21.341\t\x1b[31mERROR\x1b[0m\t[PID:1]\topenim-msg\tboom");
        const qint64 seq = buffer.append(1, 0, line);
        QCOMPARE(buffer.record(seq).level, LogLevel::Error);
        QVERIFY(!buffer.text(seq).toByteArray().contains('\x1b'));
    }

    void junkIsSafe()
    {
        // Invalid UTF-8, NULs, unterminated JSON, a 5 MB line: parse, store and show without trouble.
        const QByteArray junk[] = {QByteArray("\xff\xfe\xc3(\x00\x80", 6), QByteArray("{\"level\":\""),
                                   QByteArray("{\"t\":{\"s\":\""), QByteArray("12:M"), QByteArray("[2025-03-14 09:12:03,481]"),
                                   QByteArray(5 << 20, 'x')};
        LogBuffer buffer;
        for (const QByteArray &j : junk) {
            LogParser::parse(j);
            const qint64 seq = buffer.append(1, 0, j);
            QVERIFY(buffer.text(seq).size() <= LogBuffer::maxLineBytes());
            QVERIFY(!buffer.displayText(seq).isNull() || j.isEmpty());
        }
        QVERIFY(buffer.record(buffer.endSeq() - 1).flags & LogRecord::Truncated);
        QCOMPARE(buffer.displayText(buffer.firstSeq()).at(0), QChar(QChar::ReplacementCharacter));
    }
};

QTEST_GUILESS_MAIN(tst_LogParser)
#include "tst_logparser.moc"
