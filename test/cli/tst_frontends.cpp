// Runs the real executables the way a user or a script does and checks what they print.
#include "common/version.h"

#include <QProcess>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// --version and --help run without any display; everything else gets the offscreen platform.
Run run(const QString &program, const QStringList &args, const QByteArray &lang = "en_US.UTF-8")
{
    const bool console = args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("--help"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!console)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(lang));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class tst_Frontends : public QObject
{
    Q_OBJECT
private slots:
    void version_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("gui") << QStringLiteral(SD_GUI_EXE) << QStringLiteral("stackdeck");
        QTest::newRow("cli") << QStringLiteral(SD_CLI_EXE) << QStringLiteral("stackdeck-cli");
    }
    void version()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        const Run r = run(program, {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), name + QLatin1Char(' ') + sd::Version::full());
    }

    void help_data() { version_data(); }
    void help()
    {
        QFETCH(QString, program);
        const Run r = run(program, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--version")));
        QVERIFY(r.out.contains(QStringLiteral("Stackdeck")));
    }

    void guiOptionsListed()
    {
        const Run r = run(QStringLiteral(SD_GUI_EXE), {QStringLiteral("--help")});
        for (const char *option : {"--lang", "--kubeconfig", "--context", "--namespace", "--demo"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void helpFollowsLocale()
    {
        const Run r = run(QStringLiteral(SD_GUI_EXE), {QStringLiteral("--help")}, "zh_CN.UTF-8");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("界面语言")), qPrintable(r.out));
        const Run cli = run(QStringLiteral(SD_CLI_EXE), {QStringLiteral("--help")}, "zh_CN.UTF-8");
        QCOMPARE(cli.exitCode, 0);
        QVERIFY2(cli.out.contains(QStringLiteral("用法")), qPrintable(cli.out));
    }

    void badArgumentsFailClearly()
    {
        Run r = run(QStringLiteral(SD_GUI_EXE), {QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("fr")), qPrintable(r.err));

        r = run(QStringLiteral(SD_CLI_EXE), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(tst_Frontends)
#include "tst_frontends.moc"
