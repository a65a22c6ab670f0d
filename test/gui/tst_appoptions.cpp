#include "common/version.h"
#include "gui/appoptions.h"

#include <QTest>

using namespace sd;
using Outcome = AppOptions::Outcome;

class tst_AppOptions : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kubeconfig");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<bool>("demo");

        const auto run = int(Outcome::Run);
        QTest::newRow("nothing") << QStringList{} << run << "" << "" << "" << "" << false;
        QTest::newRow("zh") << QStringList{"--lang", "zh_CN"} << run << "zh_CN" << "" << "" << "" << false;
        QTest::newRow("zh-dash") << QStringList{"--lang=zh-CN"} << run << "zh_CN" << "" << "" << "" << false;
        QTest::newRow("en") << QStringList{"--lang", "en"} << run << "en" << "" << "" << "" << false;
        QTest::newRow("cluster")
            << QStringList{"--kubeconfig", "/k/config", "--context", "prod", "-n", "openim"} << run
            << "" << "/k/config" << "prod" << "openim" << false;
        QTest::newRow("long-ns") << QStringList{"--namespace", "im"} << run << "" << "" << "" << "im" << false;
        QTest::newRow("demo") << QStringList{"--demo"} << run << "" << "" << "" << "" << true;
        QTest::newRow("bad-lang") << QStringList{"--lang", "fr"} << int(Outcome::ExitError) << "" << ""
                                  << "" << "" << false;
        QTest::newRow("unknown") << QStringList{"--bogus"} << int(Outcome::ExitError) << "" << "" << ""
                                 << "" << false;
        QTest::newRow("positional") << QStringList{"extra"} << int(Outcome::ExitError) << "" << ""
                                    << "" << "" << false;
        QTest::newRow("bad-quit") << QStringList{"--quit-after", "soon"} << int(Outcome::ExitError)
                                  << "" << "" << "" << "" << false;
        QTest::newRow("help") << QStringList{"--help"} << int(Outcome::ExitOk) << "" << "" << "" << ""
                              << false;
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, outcome);
        AppOptions options;
        const auto result = AppOptions::parse(QStringList{"stackdeck"} + args, &options);
        QCOMPARE(int(result.outcome), outcome);
        if (result.outcome != Outcome::Run) {
            QVERIFY(!result.output.isEmpty());
            return;
        }
        QTEST(options.language, "language");
        QTEST(options.kubeconfig, "kubeconfig");
        QTEST(options.context, "context");
        QTEST(options.namespaceName, "ns");
        QTEST(options.demo, "demo");
    }

    void versionComesFromOnePlace()
    {
        AppOptions options;
        const auto result = AppOptions::parse({"stackdeck", "--version"}, &options);
        QCOMPARE(result.outcome, Outcome::ExitOk);
        QCOMPARE(result.output.trimmed(), QStringLiteral("stackdeck ") + Version::full());
    }

    void quitAfter()
    {
        AppOptions options;
        QCOMPARE(AppOptions::parse({"stackdeck", "--quit-after", "1500"}, &options).outcome, Outcome::Run);
        QCOMPARE(options.quitAfterMs, 1500);
    }
};

QTEST_GUILESS_MAIN(tst_AppOptions)
#include "tst_appoptions.moc"
