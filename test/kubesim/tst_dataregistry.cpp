// The datastore fingerprint registry: writes change the fingerprint deterministically, a snapshot
// restored elsewhere reproduces it, a full volume refuses writes, accounts are checked.
#include "kubesim/dataregistry.h"

#include <QTest>

#include <thread>
#include <vector>

using sd::sim::DataRegistry;

class tst_DataRegistry : public QObject
{
    Q_OBJECT
private slots:
    void writesChangeTheFingerprint();
    void sameHistorySameFingerprint();
    void restoreReproducesSnapshot();
    void absentAndFullVolumes();
    void accounts();
    void concurrentWrites();
};

void tst_DataRegistry::writesChangeTheFingerprint()
{
    DataRegistry r;
    QVERIFY(r.fingerprint(QStringLiteral("ns"), QStringLiteral("db")).isEmpty());
    r.create(QStringLiteral("ns"), QStringLiteral("db"));
    const QByteArray empty = r.fingerprint(QStringLiteral("ns"), QStringLiteral("db"));
    QCOMPARE(empty, DataRegistry::emptyFingerprint());
    QCOMPARE(r.recordWrite(QStringLiteral("ns"), QStringLiteral("db"), 100), DataRegistry::WriteResult::Written);
    const QByteArray one = r.fingerprint(QStringLiteral("ns"), QStringLiteral("db"));
    QVERIFY(one != empty);
    QCOMPARE(one.size(), 64);
    QCOMPARE(r.snapshot(QStringLiteral("ns"), QStringLiteral("db"))->writes, quint64(1));
    QCOMPARE(r.snapshot(QStringLiteral("ns"), QStringLiteral("db"))->bytes, qint64(100));
}

void tst_DataRegistry::sameHistorySameFingerprint()
{
    DataRegistry a, b;
    for (DataRegistry *r : {&a, &b}) {
        r->create(QStringLiteral("x"), QStringLiteral("c"));
        r->recordWrite(QStringLiteral("x"), QStringLiteral("c"), 10, "msg");
        r->recordWrite(QStringLiteral("x"), QStringLiteral("c"), 20);
    }
    QCOMPARE(a.fingerprint(QStringLiteral("x"), QStringLiteral("c")), b.fingerprint(QStringLiteral("x"), QStringLiteral("c")));
    b.recordWrite(QStringLiteral("x"), QStringLiteral("c"), 1);
    QVERIFY(a.fingerprint(QStringLiteral("x"), QStringLiteral("c")) != b.fingerprint(QStringLiteral("x"), QStringLiteral("c")));
}

void tst_DataRegistry::restoreReproducesSnapshot()
{
    DataRegistry r;
    r.create(QStringLiteral("demo"), QStringLiteral("src"));
    r.recordWrite(QStringLiteral("demo"), QStringLiteral("src"), 4096, "rows");
    const auto snap = r.snapshot(QStringLiteral("demo"), QStringLiteral("src"));
    QVERIFY(snap.has_value());
    r.recordWrite(QStringLiteral("demo"), QStringLiteral("src"), 1);  // after the backup
    r.restore(QStringLiteral("demo"), QStringLiteral("copy"), *snap);
    QCOMPARE(r.fingerprint(QStringLiteral("demo"), QStringLiteral("copy")), snap->fingerprint);
    QVERIFY(r.fingerprint(QStringLiteral("demo"), QStringLiteral("src")) != snap->fingerprint);
    r.drop(QStringLiteral("demo"), QStringLiteral("copy"));
    QVERIFY(!r.exists(QStringLiteral("demo"), QStringLiteral("copy")));
}

void tst_DataRegistry::absentAndFullVolumes()
{
    DataRegistry r;
    QCOMPARE(r.recordWrite(QStringLiteral("a"), QStringLiteral("b"), 1), DataRegistry::WriteResult::NoDatastore);
    r.create(QStringLiteral("a"), QStringLiteral("b"));
    r.setVolumeFull(QStringLiteral("a"), QStringLiteral("b"), true);
    const QByteArray before = r.fingerprint(QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(r.recordWrite(QStringLiteral("a"), QStringLiteral("b"), 1), DataRegistry::WriteResult::VolumeFull);
    QCOMPARE(r.fingerprint(QStringLiteral("a"), QStringLiteral("b")), before);
    r.setVolumeFull(QStringLiteral("a"), QStringLiteral("b"), false);
    QCOMPARE(r.recordWrite(QStringLiteral("a"), QStringLiteral("b"), 1), DataRegistry::WriteResult::Written);
}

void tst_DataRegistry::accounts()
{
    DataRegistry r;
    r.create(QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(!r.checkAccount(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("root"), QStringLiteral("pw")));
    r.setAccount(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("root"), QStringLiteral("pw"));
    QVERIFY(r.checkAccount(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("root"), QStringLiteral("pw")));
    QVERIFY(!r.checkAccount(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("root"), QStringLiteral("wrong")));
    QVERIFY(!r.checkAccount(QStringLiteral("a"), QStringLiteral("other"), QStringLiteral("root"), QStringLiteral("pw")));
}

void tst_DataRegistry::concurrentWrites()
{
    DataRegistry r;
    r.create(QStringLiteral("a"), QStringLiteral("b"));
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&r] {
            for (int i = 0; i < 500; ++i)
                r.recordWrite(QStringLiteral("a"), QStringLiteral("b"), 1);
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(r.snapshot(QStringLiteral("a"), QStringLiteral("b"))->writes, quint64(2000));
}

QTEST_GUILESS_MAIN(tst_DataRegistry)
#include "tst_dataregistry.moc"
