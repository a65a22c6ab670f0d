#include "stack/stackfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A stack that uses every optional field, so the round trip covers all of them.
Stack fullStack()
{
    Stack s;
    s.name = QStringLiteral("branch-42");
    s.ns = QStringLiteral("im-branch-42");
    s.profile = {QStringLiteral("openim-3.8"),
                 QStringLiteral("aliyun"),
                 QStringLiteral("v3.8.3"),
                 {QStringLiteral("regcred"), QStringLiteral("true")}};
    s.profile.chat = true;
    s.openim.secret.kind = SecretSource::Kind::Reference;
    s.openim.secret.ref = {QStringLiteral("im-secret"), QStringLiteral("share-secret")};
    s.openim.adminUsers = {{QStringLiteral("imAdmin"), QStringLiteral("superAdmin")},
                           {QStringLiteral("007"), QStringLiteral("yes")}};
    s.openim.minioExternalAddress = QStringLiteral("https://files.example.com:9000");
    s.openim.push.provider = QStringLiteral("jpush");
    s.openim.push.credentials
        = {{QStringLiteral("appKey"), {QStringLiteral("jp"), QStringLiteral("key")}},
           {QStringLiteral("masterSecret"), {QStringLiteral("jp"), QStringLiteral("secret")}}};
    s.openim.logLevel = 4;
    s.openim.logJson = true;
    DatastoreSpec d;
    d.name = QStringLiteral("redis-cluster");
    d.engine = QStringLiteral("redis");
    d.version = QStringLiteral("7.0");
    d.topology = QStringLiteral("replication");
    d.replicas = 2;
    d.resources = {*Quantity::parse(QStringLiteral("0.5")),
                   *Quantity::parse(QStringLiteral("512Mi")),
                   *Quantity::parse(QStringLiteral("1")),
                   *Quantity::parse(QStringLiteral("1Gi"))};
    d.storageSize = *Quantity::parse(QStringLiteral("20Gi"));
    d.storageClass = QStringLiteral("fast-ssd");
    d.terminationPolicy = QStringLiteral("DoNotTerminate");
    d.exporter = false;
    d.backup = BackupScheduleSpec{false, QStringLiteral("0 18 * * *"), QStringLiteral("datafile"),
                                  QStringLiteral("30d"), QStringLiteral("minio-repo")};
    d.canvas = {true, 12.5, -40};
    s.datastores.append(d);
    ComponentSpec c;
    c.name = QStringLiteral("openim-api");
    c.image = QStringLiteral("registry.example.com/im/api");
    c.tag = QStringLiteral("1.0");
    c.replicas = 3;
    c.resources = d.resources;
    c.env = {{QStringLiteral("IMENV_LOG_ISJSON"), QStringLiteral("true")},
             {QStringLiteral("IMENV_SHARE_MULTILOGIN_POLICY"), QStringLiteral("2")},
             {QStringLiteral("NOTE"), QStringLiteral("line one\nline two")}};
    c.exposure = {QStringLiteral("NodePort"), 30002};
    c.canvas = {true, 0, 0};
    s.components.append(c);
    DatastoreSpec shared; // made outside the stack: name and engine only
    shared.name = QStringLiteral("shared-mongo");
    shared.engine = QStringLiteral("mongodb");
    shared.existing = true;
    shared.canvas = {true, 5, 5};
    s.datastores.append(shared);
    ComponentSpec gw;
    gw.name = QStringLiteral("openim-msggateway");
    gw.replicas = 0;
    gw.resources = d.resources;
    gw.exposure = {QStringLiteral("Ingress"), 0, QStringLiteral("ws.example.com"), QStringLiteral("nginx")};
    s.components.append(gw);
    s.edges = {{QStringLiteral("openim-api"), QStringLiteral("redis-cluster"), {}},
               {QStringLiteral("openim-api"), QStringLiteral("openim-msggateway"), {}}};
    return s;
}

} // namespace

class tst_StackFile : public QObject
{
    Q_OBJECT
private slots:
    void shippedStacks_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dev") << QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
        QTest::newRow("production")
            << QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-production.yaml");
    }
    void shippedStacks()
    {
        QFETCH(QString, path);
        const QByteArray text = readAll(path);
        QVERIFY(!text.isEmpty());
        const auto result = StackFile::parse(text, path);
        for (const auto &issue : result.issues)
            qWarning("%s", qPrintable(issue.toString()));
        QVERIFY(result.issues.isEmpty());
        QVERIFY(result.stack);
        // Files Stackdeck wrote come back byte for byte.
        QCOMPARE(StackFile::serialize(*result.stack), text);
    }

    void roundTripAllFields()
    {
        const Stack original = fullStack();
        const QByteArray first = StackFile::serialize(original);
        const auto parsed = StackFile::parse(first, QStringLiteral("mem.yaml"));
        for (const auto &issue : parsed.issues)
            qWarning("%s", qPrintable(issue.toString()));
        QVERIFY(parsed.stack);
        QVERIFY(*parsed.stack == original);
        QCOMPARE(StackFile::serialize(*parsed.stack), first);
        // Values that look like other YAML types stay strings.
        QVERIFY(first.contains("tag: \"1.0\""));
        QVERIFY(first.contains("version: \"7.0\""));
        QVERIFY(first.contains("nickname: \"yes\""));
        QVERIFY(first.contains("userID: \"007\""));
        QVERIFY(first.contains("exporter: false"));
        QVERIFY(first.contains("existing: true"));
        QVERIFY(first.contains("host: ws.example.com"));
        const QByteArray backupLine = first.mid(first.indexOf("backup:"));
        QVERIFY2(backupLine.startsWith(
                     "backup: {enabled: false, cron: 0 18 * * *, method: datafile, retention: 30d, repo: minio-repo}"),
                 backupLine.left(120).constData());
    }

    // A schedule with its defaults writes only what it must; a file without one still loads.
    void backupScheduleDefaults()
    {
        Stack s = fullStack();
        s.datastores[0].backup = BackupScheduleSpec{};
        s.datastores[0].backup->cron = QStringLiteral("@daily");
        s.datastores[0].backup->method = QStringLiteral("datafile");
        const QByteArray text = StackFile::serialize(s);
        QVERIFY2(text.contains("backup: {cron: \"@daily\", method: datafile}"), text.constData());
        const auto parsed = StackFile::parse(text, QStringLiteral("mem.yaml"));
        QVERIFY(parsed.stack);
        QVERIFY(parsed.stack->datastores[0].backup);
        QVERIFY(parsed.stack->datastores[0].backup->enabled);
        QCOMPARE(parsed.stack->datastores[0].backup->retention, QStringLiteral("7d"));
        QVERIFY(*parsed.stack == s);

        s.datastores[0].backup.reset();
        const QByteArray without = StackFile::serialize(s);
        QVERIFY(!without.contains("backup:"));
        const auto old = StackFile::parse(without, QStringLiteral("old.yaml"));
        QVERIFY(old.stack);
        QVERIFY(!old.stack->datastores[0].backup);
    }

    void retentionPeriods_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *ok : {"7d", "12h", "30m", "6mo", "1y", "1d12h"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        for (const char *bad : {"", "7", "d", "7 days", "-1d", "7w", "1.5d"})
            QTest::newRow(*bad ? bad : "empty") << QString::fromLatin1(bad) << false;
    }
    void retentionPeriods()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(StackFile::isRetentionPeriod(text), valid);
    }

    void saveAndLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("s.yaml"));
        QString error;
        QVERIFY(StackFile::save(fullStack(), path, &error));
        const auto loaded = StackFile::load(path);
        QVERIFY(loaded.stack);
        QCOMPARE(loaded.stack->fileName, path);
        QVERIFY(*loaded.stack == fullStack());
        QVERIFY(!StackFile::save(
            fullStack(), dir.filePath(QStringLiteral("no/such/dir/s.yaml")), &error));
        QVERIFY(!error.isEmpty());
        const auto missing = StackFile::load(dir.filePath(QStringLiteral("missing.yaml")));
        QVERIFY(!missing.stack);
        QCOMPARE(missing.issues.size(), 1);
    }

    // Each broken file lists the issues it must produce as "# expect: LINE:COL: text" lines.
    void brokenFiles_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_SOURCE_DIR "/test/data/stack/broken"));
        const auto files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void brokenFiles()
    {
        QFETCH(QString, path);
        const QByteArray text = readAll(path);
        static const QRegularExpression expectRe(QStringLiteral("^# expect: (\\d+):(\\d+): (.+)$"),
                                                 QRegularExpression::MultilineOption);
        struct Expect
        {
            int line;
            int column;
            QString text;
        };
        QList<Expect> expected;
        auto it = expectRe.globalMatch(QString::fromUtf8(text));
        while (it.hasNext()) {
            const auto m = it.next();
            expected.append({m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3)});
        }
        QVERIFY2(!expected.isEmpty(), "broken file without # expect lines");

        const auto result = StackFile::parse(text, path);
        QVERIFY(!result.stack);
        QStringList actual;
        for (const auto &issue : result.issues) {
            actual.append(issue.toString());
            QCOMPARE(issue.file, path);
        }
        QVERIFY2(result.issues.size() == expected.size(),
                 qPrintable(QStringLiteral("expected %1 issues, got:\n%2")
                                .arg(expected.size())
                                .arg(actual.join(QLatin1Char('\n')))));
        for (const Expect &e : expected) {
            const bool found = std::any_of(
                result.issues.cbegin(), result.issues.cend(), [&](const StackIssue &i) {
                    return i.line == e.line && i.column == e.column && i.message.contains(e.text);
                });
            QVERIFY2(found,
                     qPrintable(QStringLiteral("expected %1:%2: %3\nactual:\n%4")
                                    .arg(e.line)
                                    .arg(e.column)
                                    .arg(e.text, actual.join(QLatin1Char('\n')))));
        }
    }
};

QTEST_GUILESS_MAIN(tst_StackFile)
#include "tst_stackfile.moc"
