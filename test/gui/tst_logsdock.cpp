#include "gui/docks/logsdock.h"
#include "gui/docks/logtab.h"
#include "gui/docks/logview.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/scenario.h"
#include "monitor/logmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

// The log tab's wiring, offscreen: follow, pause, filter, search, save and the previous
// container instance (the last one against the simulated cluster over TLS).
class tst_LogsDock : public QObject
{
    Q_OBJECT

    static void feed(LogModel *model, int from, int count)
    {
        std::vector<MergedLine> lines;
        for (int i = from; i < from + count; ++i)
            lines.push_back({qint64(i + 1) * 1'000'000, 0,
                             "line " + QByteArray::number(i) + (i % 50 == 0 ? " needle" : ""), 0});
        model->append(lines);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followStopsWhenScrollingUp()
    {
        LogTab tab(nullptr, LogTarget::pod("ns", "p"), LogOptions{});
        tab.resize(800, 400);
        tab.show();
        tab.model()->addSource("p");
        feed(tab.model(), 0, 2000);
        QCoreApplication::processEvents();
        QScrollBar *bar = tab.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
        bar->setValue(0); // the user scrolls up
        QVERIFY(!tab.view()->isFollowing());
        feed(tab.model(), 2000, 100);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), 0);
        tab.view()->setFollowing(true);
        QCoreApplication::processEvents();
        QTRY_COMPARE(bar->value(), bar->maximum());
        bar->setValue(bar->maximum()); // back at the bottom keeps following
        QVERIFY(tab.view()->isFollowing());
    }

    void pauseLosesNothing()
    {
        LogTab tab(nullptr, LogTarget::pod("ns", "p"), LogOptions{});
        tab.model()->addSource("p");
        feed(tab.model(), 0, 10);
        tab.setPaused(true);
        feed(tab.model(), 10, 500);
        QCOMPARE(tab.model()->rowCount(), 10);
        QTRY_VERIFY(tab.statusText().contains("500")); // "paused, 500 waiting"
        tab.setPaused(false);
        QCOMPARE(tab.model()->rowCount(), 510);
    }

    void filterAndSearch()
    {
        LogTab tab(nullptr, LogTarget::pod("ns", "p"), LogOptions{});
        tab.model()->addSource("p");
        feed(tab.model(), 0, 1000);
        QSignalSpy searched(tab.model(), &LogModel::searchFinished);
        tab.setSearchText("NEEDLE");
        QVERIFY(searched.wait(10000));
        QCOMPARE(tab.model()->searchMatchCount(), 20);
        tab.findNext(true);
        QCOMPARE(tab.view()->currentIndex().row(), 0);
        tab.findNext(true);
        QCOMPARE(tab.view()->currentIndex().row(), 50);
        tab.findNext(false);
        QCOMPARE(tab.view()->currentIndex().row(), 0);
        QVERIFY(!tab.view()->isFollowing()); // jumping to a match stops following

        QSignalSpy filtered(tab.model(), &LogModel::filterFinished);
        tab.setOnlyMatching(true);
        QVERIFY(filtered.wait(10000));
        QCOMPARE(tab.model()->rowCount(), 20);
        tab.setOnlyMatching(false);
        QCOMPARE(tab.model()->rowCount(), 1000);
    }

    // ANSI colours are painted (never shown raw): the delegate's formats carry them, the view
    // really draws the colour, and copy/save give plain text.
    void ansiColoursRendered()
    {
        LogTab tab(nullptr, LogTarget::pod("ns", "p"), LogOptions{});
        tab.resize(900, 300);
        tab.model()->addSource("p");
        std::vector<MergedLine> lines{
            {1, 0, "2025-03-14 09:15:21.341\t\x1b[31mERROR\x1b[0m\t\x1b[1mbold\x1b[0m " + QByteArray(40, '#'), 0},
            {2, 0, "plain", 0}};
        tab.model()->append(lines);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        const QModelIndex first = tab.model()->index(0);
        const QString shown = first.data().toString();
        QVERIFY(!shown.contains(QChar(0x1b)));
        LogDelegate *delegate = tab.view()->logDelegate();
        const auto formats = delegate->textFormats(first, shown, tab.view()->palette(), false);
        QCOMPARE(formats.size(), 2);
        QCOMPARE(shown.mid(formats[0].start, formats[0].length), QStringLiteral("ERROR"));
        const QColor red = LogDelegate::ansiColour(LogParser::AnsiStyle::kPalette | 1, tab.view()->palette());
        QCOMPARE(formats[0].format.foreground().color(), red);
        QCOMPARE(shown.mid(formats[1].start, formats[1].length), QStringLiteral("bold"));
        QCOMPARE(formats[1].format.fontWeight(), int(QFont::Bold));
        QVERIFY(delegate->textFormats(tab.model()->index(1), QStringLiteral("plain"), tab.view()->palette(), false).isEmpty());

        // The painted row has pixels of the ANSI red.
        const QRect rowRect = tab.view()->visualRect(first);
        const QImage image = tab.view()->viewport()->grab(rowRect).toImage();
        int reddish = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                reddish += c.red() > 150 && c.green() < 110 && c.blue() < 110;
            }
        }
        QVERIFY2(reddish > 5, qPrintable(QStringLiteral("%1 reddish pixels").arg(reddish)));

        QTemporaryDir dir;
        QVERIFY(tab.saveTo(dir.filePath("all.log"), true));
        QFile saved(dir.filePath("all.log"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(!bytes.contains('\x1b'));
        QVERIFY(bytes.startsWith("2025-03-14 09:15:21.341\tERROR\tbold #"));
        tab.view()->setCurrentIndex(first);
        tab.copySelection();
        QVERIFY(!QApplication::clipboard()->text().contains(QChar(0x1b)));
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("ERROR\tbold")));
    }

    void saveVisibleAndAll()
    {
        LogTab tab(nullptr, LogTarget::pod("ns", "p"), LogOptions{});
        tab.model()->addSource("p");
        feed(tab.model(), 0, 300);
        QSignalSpy filtered(tab.model(), &LogModel::filterFinished);
        tab.setSearchText("needle");
        tab.setOnlyMatching(true);
        QVERIFY(filtered.wait(10000));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(tab.saveTo(dir.filePath("visible.log"), false, &error), qPrintable(error));
        QVERIFY2(tab.saveTo(dir.filePath("all.log"), true, &error), qPrintable(error));
        QFile visible(dir.filePath("visible.log"));
        QVERIFY(visible.open(QIODevice::ReadOnly));
        QCOMPARE(visible.readAll(), QByteArray("line 0 needle\nline 50 needle\nline 100 needle\nline 150 needle\n"
                                               "line 200 needle\nline 250 needle\n"));
        QFile all(dir.filePath("all.log"));
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().count('\n'), 300);
        QVERIFY(!tab.saveTo(dir.filePath("missing-dir/x.log"), true, &error));
        QVERIFY(!error.isEmpty());
    }

    void previousInstance()
    {
        sim::Cluster cluster;
        QVERIFY(cluster.loadScenario("empty"));
        QVERIFY2(cluster.start(), qPrintable(cluster.errorString()));
        QTemporaryDir dir;
        const QString kubeconfig = dir.filePath("kubeconfig");
        QVERIFY(cluster.writeKubeconfig(kubeconfig, "default"));
        nlohmann::json pod = {{"apiVersion", "v1"}, {"kind", "Pod"},
                              {"metadata", {{"name", "crashy"}, {"namespace", "default"}}},
                              {"spec", {{"containers", {{{"name", "main"}, {"image", "busybox"}}}}}},
                              {"status", {{"phase", "Running"},
                                          {"containerStatuses", {{{"name", "main"}, {"restartCount", 1}, {"ready", true}}}}}}};
        sim::Scenario::add(cluster.store(), "/pods", pod);
        cluster.appendLog("default", "crashy", "main", {"old 1", "old 2 before the crash"});
        cluster.restartContainerLog("default", "crashy", "main");
        cluster.appendLog("default", "crashy", "main", {"new 1"});

        QString error;
        const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), {}, &error);
        QVERIFY2(connection, qPrintable(error));
        KubeClient client(*connection);
        LogsDock dock;
        dock.setClient(&client);
        LogTab *tab = dock.openLogs(LogTarget::pod("default", "crashy"));
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, 20000);
        QCOMPARE(tab->model()->index(0).data().toString(), QStringLiteral("new 1"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->previousAvailable(), 10000);
        tab->setPrevious(true);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 2, 20000);
        QCOMPARE(tab->model()->index(1).data().toString(), QStringLiteral("old 2 before the crash"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->state(), LogSession::State::Ended, 20000);
        // The same target raises the existing tab.
        QCOMPARE(dock.openLogs(LogTarget::pod("default", "crashy")), tab);
        QCOMPARE(dock.tabCount(), 1);
        dock.setClient(nullptr); // before the client goes away
    }
};

QTEST_MAIN(tst_LogsDock)
#include "tst_logsdock.moc"
