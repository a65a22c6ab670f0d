#include "fakeapiserver.h"
#include "kubetesthelpers.h"

#include "kube/logresumefilter.h"
#include "kube/logstream.h"

#include <QSignalSpy>

using namespace sd;

namespace {
// 300 lines over 6 seconds, several per second, including two identical lines in one second.
QList<QByteArray> makeLog()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 300; ++i) {
        const int sec = 10 + i / 50;
        const int nanos = (i % 50) * 20'000'000 + 123;
        QByteArray text = "line " + QByteArray::number(i);
        if (i == 121)
            text = "line 120"; // same text as the previous line, different timestamp
        lines.append(QStringLiteral("2026-11-26T04:33:%1.%2Z")
                         .arg(sec, 2, 10, QLatin1Char('0'))
                         .arg(nanos, 9, 10, QLatin1Char('0'))
                         .toLatin1()
                     + ' ' + text);
    }
    return lines;
}
} // namespace

// Log following: timestamp parsing, resume de-duplication of the truncated second, and a
// follow against a server that cuts the stream mid-line and then loses the pod.
class tst_LogStream : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("nanos");
        QTest::newRow("kubelet fixed 9") << QByteArray("2026-11-26T04:33:06.592218000Z") << true << qint64(1795667586) << 592218000;
        QTest::newRow("trimmed fraction") << QByteArray("2026-11-26T04:33:06.5Z") << true << qint64(1795667586) << 500000000;
        QTest::newRow("no fraction") << QByteArray("2026-11-26T04:33:06Z") << true << qint64(1795667586) << 0;
        QTest::newRow("offset") << QByteArray("2026-11-26T05:33:06.000000001+01:00") << true << qint64(1795667586) << 1;
        QTest::newRow("garbage") << QByteArray("hello world") << false << qint64(0) << 0;
        QTest::newRow("bad month") << QByteArray("2026-13-26T04:33:06Z") << false << qint64(0) << 0;
        QTest::newRow("empty fraction") << QByteArray("2026-11-26T04:33:06.Z") << false << qint64(0) << 0;
    }
    void timestamps()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, seconds);
        QFETCH(int, nanos);
        const auto ts = LogResumeFilter::parseTimestamp(text);
        QCOMPARE(ts.has_value(), valid);
        if (ts) {
            QCOMPARE(ts->seconds, seconds);
            QCOMPARE(ts->nanos, nanos);
        }
    }

    void resumeDropsOnlyTheRepeatedSecond()
    {
        LogResumeFilter f;
        const QList<QByteArray> before{"2026-01-01T00:00:10.100Z a", "2026-01-01T00:00:10.500Z b",
                                       "2026-01-01T00:00:11.200Z same", "2026-01-01T00:00:11.200Z same",
                                       "2026-01-01T00:00:11.700Z d"};
        for (const auto &l : before)
            QVERIFY(f.accept(l));
        QCOMPARE(f.beginResume(), QString("2026-01-01T00:00:11Z")); // truncated to the second
        // The server replays second 11, then continues.
        QVERIFY(!f.accept("2026-01-01T00:00:11.200Z same"));
        QVERIFY(!f.accept("2026-01-01T00:00:11.200Z same"));
        QVERIFY(!f.accept("2026-01-01T00:00:11.700Z d"));
        QVERIFY(f.accept("2026-01-01T00:00:11.900Z e"));
        QVERIFY(f.accept("2026-01-01T00:00:12.000Z f"));
        // A later identical text at a new time is a new line.
        QVERIFY(f.accept("2026-01-01T00:00:12.500Z same"));
    }

    void resumeKeepsUnseenLinesOfTheSameInstant()
    {
        LogResumeFilter f;
        QVERIFY(f.accept("2026-01-01T00:00:10.100Z x"));
        f.beginResume();
        QVERIFY(!f.accept("2026-01-01T00:00:10.100Z x"));
        QVERIFY(f.accept("2026-01-01T00:00:10.100Z y")); // written at the same instant, after the drop
    }

    void resumeWithoutLinesRepeatsRequest()
    {
        LogResumeFilter f;
        QVERIFY(f.beginResume().isEmpty());
        QVERIFY(f.accept("no timestamp at all"));
    }

    void firstQuery()
    {
        KubeClient *none = nullptr;
        LogOptions o;
        o.container = "side";
        o.tailLines = 10;
        o.sinceSeconds = 300;
        o.previous = false;
        o.limitBytes = 1000;
        o.timestamps = true;
        LogStream s(none, "x", "web-0", o);
        const QUrlQuery q = s.nextQuery();
        QCOMPARE(q.queryItemValue("container"), QString("side"));
        QCOMPARE(q.queryItemValue("follow"), QString("true"));
        QCOMPARE(q.queryItemValue("timestamps"), QString("true"));
        QCOMPARE(q.queryItemValue("tailLines"), QString("10"));
        QCOMPARE(q.queryItemValue("sinceSeconds"), QString("300"));
        QCOMPARE(q.queryItemValue("limitBytes"), QString("1000"));
        o.previous = true;
        o.timestamps = false;
        LogStream prev(none, "x", "web-0", o);
        QCOMPARE(prev.nextQuery().queryItemValue("previous"), QString("true"));
        QVERIFY(!prev.nextQuery().hasQueryItem("follow"));
        QVERIFY(!prev.nextQuery().hasQueryItem("limitBytes")); // enforced client-side
        QCOMPARE(prev.nextQuery().queryItemValue("timestamps"), QString("true")); // for a resume
        o.alwaysStamped = false;
        LogStream plain(none, "x", "web-0", o);
        QVERIFY(!plain.stamped());
        QVERIFY(!plain.nextQuery().hasQueryItem("timestamps"));
        o.timestamps = true;
        QVERIFY(LogStream(none, "x", "web-0", o).nextQuery().hasQueryItem("timestamps"));
    }

    // Without timestamps (a one-shot read, as kubectl does it) lines arrive whole, even those
    // that start with a date of their own, and a dropped stream fails instead of resuming.
    void unstampedReadDeliversTextAndFailsOnDrop()
    {
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        QList<QUrlQuery> queries;
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            queries.append(req.query);
            FakeApiServer::startChunked(s, 200, "text/plain");
            FakeApiServer::chunk(s, "2025-03-14T09:12:03.481234Z 7 [Warning] [MY-013360] x\nplain line\nhalf");
            s->flush();
            s->disconnectFromHost(); // mid-stream: no final chunk
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        LogOptions o;
        o.follow = false;
        o.alwaysStamped = false;
        LogStream stream(&client, "ns1", "db-0", o);
        stream.setRawDelivery(true);
        QList<QByteArray> got;
        connect(&stream, &LogStream::rawLinesReceived, this, [&](const QList<QByteArray> &l) { got += l; });
        QSignalSpy ended(&stream, &LogStream::ended);
        stream.start();
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().value<LogStream::EndReason>(), LogStream::EndReason::Failed);
        QCOMPARE(queries.size(), 1); // no resume
        QVERIFY(!queries.first().hasQueryItem("timestamps"));
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0], QByteArray("2025-03-14T09:12:03.481234Z 7 [Warning] [MY-013360] x"));
        QCOMPARE(got[1], QByteArray("plain line"));
    }

    void followSurvivesCutsAndEndsWhenPodGoes()
    {
        const QList<QByteArray> log = makeLog();
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        int logRequests = 0;
        QList<QUrlQuery> queries;
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            if (!req.path.endsWith("/log")) {
                // Pod lookups after each stream end: present after the first cut, gone at the end.
                if (logRequests < 3)
                    FakeApiServer::respond(s, 200, "{\"kind\":\"Pod\",\"status\":{\"phase\":\"Running\"}}");
                else
                    FakeApiServer::respond(s, 404, FakeApiServer::status(404, "NotFound", "pods \\\"web-0\\\" not found"));
                return;
            }
            ++logRequests;
            queries.append(req.query);
            const QString since = req.query.queryItemValue("sinceTime");
            QList<QByteArray> lines;
            for (const auto &l : log) {
                if (since.isEmpty() || l.left(19) + "Z" >= since.toLatin1())
                    lines.append(l);
            }
            FakeApiServer::startChunked(s, 200, "text/plain");
            if (logRequests == 1) {
                // 137 lines, then half of the next one, then the connection dies.
                QByteArray data;
                for (int i = 0; i < 137; ++i)
                    data += lines[i] + '\n';
                data += lines[137].left(20);
                FakeApiServer::chunk(s, data);
                s->flush();
                QTimer::singleShot(50, s, [s] { s->abort(); });
            } else if (logRequests == 2) {
                // The container restarts: the stream ends cleanly after a while.
                QByteArray data;
                for (int i = 0; i < qMin(100, int(lines.size())); ++i)
                    data += lines[i] + '\n';
                FakeApiServer::chunk(s, data);
                FakeApiServer::endChunked(s);
            } else {
                QByteArray data;
                for (const auto &l : lines)
                    data += l + '\n';
                FakeApiServer::chunk(s, data);
                FakeApiServer::endChunked(s);
            }
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        LogOptions o;
        o.container = "main";
        o.tailLines = 1000;
        LogStream stream(&client, "ns1", "web-0", o);
        stream.setBackoff(5, 20);
        QList<LogLine> got;
        connect(&stream, &LogStream::linesReceived, this, [&](const QList<LogLine> &l) { got += l; });
        QSignalSpy ended(&stream, &LogStream::ended);
        stream.start();
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().first().value<LogStream::EndReason>(), LogStream::EndReason::PodGone);
        QCOMPARE(logRequests, 3);
        QCOMPARE(stream.reconnects(), 2);
        // Resumes ask for the truncated second and never repeat tailLines.
        QCOMPARE(queries[1].queryItemValue("sinceTime"), QString("2026-11-26T04:33:12Z"));
        QVERIFY(!queries[1].hasQueryItem("tailLines"));
        QCOMPARE(queries[0].queryItemValue("tailLines"), QString("1000"));
        // Every line exactly once, in order, against the server's own log.
        QCOMPARE(got.size(), log.size());
        for (int i = 0; i < log.size(); ++i) {
            QCOMPARE(got[i].text.toUtf8(), log[i].mid(log[i].indexOf(' ') + 1));
            QCOMPARE(got[i].timestamp.toLatin1(), log[i].left(log[i].indexOf(' ')));
        }
    }

    void invalidContainerFails()
    {
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        server.setHandler([&](const FakeRequest &req, QSslSocket *s) {
            if (req.path.endsWith("/log"))
                FakeApiServer::respond(s, 400, FakeApiServer::status(400, "BadRequest", "container nope is not valid for pod web-0"));
            else
                FakeApiServer::respond(s, 200, "{\"kind\":\"Pod\",\"status\":{\"phase\":\"Running\"}}");
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        LogOptions o;
        o.container = "nope";
        LogStream stream(&client, "ns1", "web-0", o);
        QSignalSpy ended(&stream, &LogStream::ended);
        stream.start();
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().value<LogStream::EndReason>(), LogStream::EndReason::Failed);
        QVERIFY(ended.first().at(1).toString().contains("not valid"));
    }

    void limitBytesEndsStream()
    {
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        server.setHandler([&](const FakeRequest &, QSslSocket *s) {
            FakeApiServer::startChunked(s, 200, "text/plain");
            FakeApiServer::chunk(s, "2026-01-01T00:00:01Z 0123456789\n2026-01-01T00:00:02Z abcdefghij\n");
        });
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        LogOptions o;
        o.limitBytes = 15;
        LogStream stream(&client, "ns1", "web-0", o);
        QList<LogLine> got;
        connect(&stream, &LogStream::linesReceived, this, [&](const QList<LogLine> &l) { got += l; });
        QSignalSpy ended(&stream, &LogStream::ended);
        stream.start();
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().first().value<LogStream::EndReason>(), LogStream::EndReason::LimitReached);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].text, QString("0123456789"));
        QCOMPARE(got[1].text, QString("abcd")); // 11 + 4 = 15 bytes
    }
};

QTEST_GUILESS_MAIN(tst_LogStream)
#include "tst_logstream.moc"
