#include "common/version.h"
#include "gui/aboutdialog.h"
#include "gui/canvasview.h"
#include "gui/docks/logsdock.h"
#include "gui/emptystatewidget.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QQuickItem>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sd;

namespace {
const QStringList kDocks = {QStringLiteral("dock.properties"),
                            QStringLiteral("dock.logs"),
                            QStringLiteral("dock.health"),
                            QStringLiteral("dock.events")};

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QString qmlText(CanvasView *canvas, const char *objectName)
{
    auto *item = canvas->rootObject()->findChild<QObject *>(QLatin1String(objectName));
    return item ? item->property("text").toString() : QString();
}
} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StackdeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void init() { QSettings().clear(); }

    void hasCanvasAndEveryDock()
    {
        MainWindow window(&m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.canvas()->status(), QQuickWidget::Ready);
        QVERIFY2(window.canvas()->errorString().isEmpty(), qPrintable(window.canvas()->errorString()));
        QCOMPARE(qmlText(window.canvas(), "emptyTitle"), QStringLiteral("Not connected"));
        for (const QString &name : kDocks) {
            QDockWidget *dock = window.dock(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY(dock->isVisibleTo(&window));
            QVERIFY(!dock->windowTitle().isEmpty());
            // Each dock is toggled from the View menu.
            QAction *toggle = window.action(QStringLiteral("view.") + name);
            QVERIFY(toggle);
            toggle->trigger();
            QVERIFY(!dock->isVisibleTo(&window));
            toggle->trigger();
            QVERIFY(dock->isVisibleTo(&window));
        }
    }

    void actionsHaveStandardShortcuts()
    {
        MainWindow window(&m_languages);
        QCOMPARE(window.action(QStringLiteral("file.quit"))->shortcut(),
                 QKeySequence(QKeySequence::Quit));
        QCOMPARE(window.action(QStringLiteral("file.openStack"))->shortcut(),
                 QKeySequence(QKeySequence::Open));
        QCOMPARE(window.action(QStringLiteral("file.saveStack"))->shortcut(),
                 QKeySequence(QKeySequence::Save));
    }

    void connectionStateShownInStatusBarAndCanvas()
    {
        MainWindow window(&m_languages);
        auto *label = window.findChild<QLabel *>(QStringLiteral("status.connection"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Not connected"));
        window.setConnection(QStringLiteral("kind-dev"), QStringLiteral("openim"));
        QVERIFY(label->text().contains(QStringLiteral("kind-dev")));
        QVERIFY(label->text().contains(QStringLiteral("openim")));
        QVERIFY(window.canvas()->rootObject()->property("connectionLabel").toString().contains(
            QStringLiteral("kind-dev")));
    }

    void layoutPersistsAndResets()
    {
        {
            MainWindow window(&m_languages);
            QVERIFY(!window.restoreLayout()); // nothing saved yet
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.dock(QStringLiteral("dock.events"))->hide();
            window.dock(QStringLiteral("dock.health"))->setFloating(true);
            window.resize(900, 650);
            window.close(); // closing saves
        }
        MainWindow window(&m_languages);
        QVERIFY(window.restoreLayout());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.dock(QStringLiteral("dock.events"))->isVisibleTo(&window));
        QVERIFY(window.dock(QStringLiteral("dock.health"))->isFloating());
        QCOMPARE(window.size(), QSize(900, 650));

        window.action(QStringLiteral("view.resetLayout"))->trigger();
        QVERIFY(window.dock(QStringLiteral("dock.events"))->isVisibleTo(&window));
        QVERIFY(!window.dock(QStringLiteral("dock.health"))->isFloating());
    }

    void switchesLanguageAtRunTime()
    {
        MainWindow window(&m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AboutDialog about(&window);
        about.show();
        const QString aboutTitleEn = about.windowTitle();
        const auto *librariesLabel = about.findChild<QLabel *>(QStringLiteral("librariesLabel"));
        QVERIFY(librariesLabel);
        const QString librariesEn = librariesLabel->text();
        QCOMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QCOMPARE(window.dock(QStringLiteral("dock.logs"))->windowTitle(), QStringLiteral("Logs"));

        window.action(QStringLiteral("view.language.zh_CN"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("文件(&F)"));
        QCOMPARE(m_languages.language(), QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN"));
        QVERIFY(window.action(QStringLiteral("view.language.zh_CN"))->isChecked());
        QCOMPARE(window.dock(QStringLiteral("dock.logs"))->windowTitle(), QStringLiteral("日志"));
        QCOMPARE(window.dock(QStringLiteral("dock.events"))->windowTitle(), QStringLiteral("事件"));
        QCOMPARE(window.logsDock()->emptyState()->title(), QStringLiteral("未打开日志"));
        QTRY_COMPARE(about.windowTitle(), QStringLiteral("关于 Stackdeck")); // the .ui form
        QVERIFY(librariesLabel->text() != librariesEn);
        QCOMPARE(qmlText(window.canvas(), "emptyTitle"), QStringLiteral("未连接"));
        // Language names stay in their own language whatever the UI language is.
        QCOMPARE(window.action(QStringLiteral("view.language.en"))->text(), QStringLiteral("English"));

        window.action(QStringLiteral("view.language.en"))->trigger();
        QTRY_COMPARE(menuTitles(window).first(), QStringLiteral("&File"));
        QTRY_COMPARE(about.windowTitle(), aboutTitleEn);
        QCOMPARE(qmlText(window.canvas(), "emptyTitle"), QStringLiteral("Not connected"));
    }

    void aboutListsVersions()
    {
        AboutDialog about;
        auto *tree = about.findChild<QTreeWidget *>(QStringLiteral("librariesTree"));
        QVERIFY(tree);
        QHash<QString, QString> versions;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            versions.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->text(1));
        QCOMPARE(versions.value(QStringLiteral("Stackdeck")), Version::full());
        QCOMPARE(versions.value(QStringLiteral("Qt (run time)")), QString::fromLatin1(qVersion()));
        for (const char *library : {"yaml-cpp", "nlohmann/json", "Graphviz", "TLS"})
            QVERIFY2(!versions.value(QLatin1String(library)).isEmpty(), library);
    }

    void rejectsUnknownLanguage()
    {
        const QString before = m_languages.language();
        QVERIFY(!m_languages.setLanguage(QStringLiteral("xx_YY")));
        QCOMPARE(m_languages.language(), before);
    }

private:
    QTemporaryDir m_config;
    LanguageManager m_languages;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
