// stackdeck-cli export and validate, run as a CI pipeline would run them.
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SD_CLI_EXE), args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

const QString kDev = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
const QString kProduction = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-production.yaml");
} // namespace

class tst_CliStack : public QObject
{
    Q_OBJECT
private slots:
    void listsCommands()
    {
        const Run r = cli({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("export"));
        QVERIFY(r.out.contains("validate"));
    }

    void shippedStacksAreValid_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dev") << kDev;
        QTest::newRow("production") << kProduction;
    }
    void shippedStacksAreValid()
    {
        QFETCH(QString, path);
        const Run r = cli({"validate", "--stack", path, "--output", "json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(result.value("valid").toBool(), true);
        QVERIFY(result.value("issues").isArray());
    }

    void exportWritesABundle()
    {
        const Run r = cli({"export", "--stack", kDev});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.count("\n---\n") >= 20);
        QVERIFY(r.out.contains("kind: Cluster"));
        QVERIFY(r.out.contains("kind: Deployment"));
        QVERIFY(!r.out.contains("warning")); // warnings go to stderr, never into the bundle
        // A namespace override serves one namespace per branch from the same file.
        const Run branch = cli({"export", "--stack", kDev, "-n", "feature-42"});
        QCOMPARE(branch.exitCode, 0);
        QVERIFY(branch.out.contains("namespace: feature-42"));
        QVERIFY(!branch.out.contains("namespace: openim-dev"));
    }

    void exportToFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("bundle.yaml");
        const Run r = cli({"export", "--stack", kDev, "--out", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("kind: Namespace"));
        // An unwritable target is an I/O failure with its own exit code.
        QCOMPARE(cli({"export", "--stack", kDev, "--out", "/nonexistent/dir/b.yaml"}).exitCode, 3);
    }

    void invalidStackFailsWithPositions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: stackdeck.io/v1\nkind: Stack\nmetadata:\n  name: x\n  colour: blue\n");
        file.close();
        Run r = cli({"validate", "--stack", path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.yaml:5:3:"), r.err.constData()); // file:line:column
        QVERIFY(r.err.contains("colour"));
        r = cli({"export", "--stack", path, "--output", "json"});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value("issues").toArray();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().toObject().value("line").toInt(), 5);
        // A missing file is reported, not crashed on.
        r = cli({"validate", "--stack", dir.filePath("missing.yaml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("missing.yaml"));
    }

    void renderDrawsPngAndSvg()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath("topology.png");
        Run r = cli({"render", "--stack", kDev, "--out", png});
        QCOMPARE(r.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 1000);
        QVERIFY(image.height() > 400);
        const QString svg = dir.filePath("topology.svg");
        r = cli({"render", "--stack", kDev, "--out", svg, "--relayout"});
        QCOMPARE(r.exitCode, 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("msggateway")); // node labels are text, not pixels
        QVERIFY(text.contains("1 replica planned")); // English plural forms
        QCOMPARE(cli({"render", "--stack", kDev, "--out", dir.filePath("t.gif")}).exitCode, 2);
        QCOMPARE(cli({"render", "--stack", kDev}).exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(cli({"export"}).exitCode, 2);                              // no --stack
        QCOMPARE(cli({"export", "--stack", kDev, "--bogus"}).exitCode, 2);  // unknown option
        QCOMPARE(cli({"validate", "--stack", kDev, "--output", "xml"}).exitCode, 2);
        QCOMPARE(cli({"export", "--help"}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(tst_CliStack)
#include "tst_clistack.moc"
