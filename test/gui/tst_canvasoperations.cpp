// The way into Day-2 operations from the main window, offscreen: a right click on a canvas node
// selects it and asks for its operations menu; the properties area's Operations button says why
// it is unavailable while no cluster is connected; the Backups dock is there.
#include "../topology/topologyfixtures.h"
#include "gui/canvascontroller.h"
#include "gui/canvasview.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/selection.h"
#include "topology/topologymodel.h"

#include <QDockWidget>
#include <QQuickItem>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sd;

class tst_CanvasOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;

    // Repeater delegates are visual children, not QObject children: walk the item tree.
    static QQuickItem *findItem(QQuickItem *parent, const QString &name)
    {
        for (QQuickItem *child : parent->childItems()) {
            if (child->objectName() == name)
                return child;
            if (QQuickItem *found = findItem(child, name))
                return found;
        }
        return nullptr;
    }
    QQuickItem *item(const QString &name) const { return findItem(m_window->canvas()->rootObject(), name); }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->topology()->setGraph(smallOpenImGraph());
        QTRY_VERIFY(!m_window->topology()->isLayingOut());
        QTRY_VERIFY(item("node:mongodb"));
    }
    void cleanupTestCase() { m_window.reset(); }

    void rightClickAsksForTheNodesMenu()
    {
        auto *controller = m_window->canvas()->rootObject()->property("controller").value<CanvasController *>();
        QVERIFY(controller);
        QSignalSpy requested(controller, &CanvasController::contextMenuRequested);
        QQuickItem *node = item("node:mongodb");
        const QPoint p = node->mapToScene(QPointF(node->width() / 2, node->height() / 2)).toPoint();
        QTest::mouseClick(m_window->canvas()->quickWindow(), Qt::RightButton, Qt::NoModifier, p);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("mongodb"));
        QCOMPARE(m_window->selection()->ids(), QStringList{QStringLiteral("mongodb")});
    }

    void operationsButtonSaysWhyNot()
    {
        auto *button = m_window->findChild<QToolButton *>(QStringLiteral("properties.operations"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("Connect to a cluster to run operations."));
        QVERIFY(m_window->dock(QStringLiteral("dock.backups")));
        QCOMPARE(m_window->dock(QStringLiteral("dock.backups"))->windowTitle(), QStringLiteral("Backups"));
    }
};

QTEST_MAIN(tst_CanvasOperations)
#include "tst_canvasoperations.moc"
