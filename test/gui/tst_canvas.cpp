// The canvas end to end, offscreen: the QML draws the model's nodes and edges, input goes through
// the controller to the application-wide selection and the undo stack.
#include "../topology/topologyfixtures.h"
#include "gui/canvascontroller.h"
#include "gui/canvasview.h"
#include "gui/forms/datastoreform.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "gui/selection.h"
#include "gui/stackdocument.h"
#include "stack/stack.h"
#include "topology/nodelistmodel.h"
#include "topology/topologymodel.h"

#include <QFile>
#include <QLineF>
#include <QMessageBox>
#include <QPushButton>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;

class tst_Canvas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->topology()->setGraph(smallOpenImGraph());
        QTRY_VERIFY(!m_window->topology()->isLayingOut());
        QVERIFY2(m_window->canvas()->errorString().isEmpty(), qPrintable(m_window->canvas()->errorString()));
        QVERIFY(m_window->canvas()->rootObject()->property("controller").value<QObject *>());
        QTRY_VERIFY(item("node:openim-api"));
    }
    void cleanup() { m_window.reset(); }

    void drawsEveryNodeAndEdge()
    {
        const TopologyGraph graph = smallOpenImGraph();
        for (const TopologyNode &node : graph.nodes) {
            QQuickItem *it = item("node:" + node.id);
            QVERIFY2(it, qPrintable(node.id));
            QVERIFY(it->isVisible());
            QCOMPARE(it->width(), kNodeSize.width());
        }
        for (const TopologyEdge &edge : graph.edges)
            QVERIFY2(item("edge:" + edge.id()), qPrintable(edge.id()));
        // The empty state is gone once there is something to draw.
        auto *empty = m_window->canvas()->rootObject()->findChild<QQuickItem *>(QStringLiteral("emptyTitle"));
        QVERIFY(empty);
        QVERIFY(!empty->parentItem()->isVisible());
        // And it really rendered: the framebuffer is not blank.
        const QImage frame = m_window->canvas()->grabFramebuffer();
        QVERIFY(!frame.isNull());
        frame.save(QStringLiteral(SD_BINARY_DIR "/test/gui/canvas-offscreen.png")); // for humans
        QSet<QRgb> colours;
        for (int x = 0; x < frame.width(); x += 7)
            colours.insert(frame.pixel(x, frame.height() / 2));
        QVERIFY(colours.size() > 3);
    }

    // Modified and unmanaged nodes carry their tag (a word, not only a colour) and the legend
    // explains every tag.
    void designStatesAreDrawnAndExplained()
    {
        TopologyGraph graph = smallOpenImGraph();
        graph.node("openim-api")->design = DesignState::Modified;
        TopologyNode legacy;
        legacy.id = legacy.label = QStringLiteral("legacy-admin");
        legacy.design = DesignState::Unmanaged;
        graph.nodes.append(legacy);
        m_window->topology()->setGraph(graph);
        QTRY_VERIFY(item("node:legacy-admin"));
        QTRY_COMPARE(item("node:legacy-admin")->property("design").toString(), QStringLiteral("unmanaged"));
        QCOMPARE(item("node:openim-api")->property("design").toString(), QStringLiteral("modified"));
        QCOMPARE(item("node:redis")->property("design").toString(), toString(graph.node("redis")->design));
        for (const char *state : {"designed", "modified", "unmanaged"}) {
            QQuickItem *entry = item(QStringLiteral("legend.design:") + QLatin1String(state));
            QVERIFY2(entry, state);
            QVERIFY(entry->isVisible());
        }
        const QImage frame = m_window->canvas()->grabFramebuffer();
        QVERIFY(!frame.isNull());
    }

    void clickSelectsCtrlClickAdds()
    {
        clickNode("openim-api");
        QCOMPARE(m_window->selection()->ids(), QStringList{"openim-api"});
        QTRY_VERIFY(item("node:openim-api")->property("selected").toBool());
        clickNode("redis", Qt::ControlModifier);
        QCOMPARE(m_window->selection()->ids(), (QStringList{"openim-api", "redis"}));
        // Selecting elsewhere (a dock) is reflected on the canvas.
        m_window->selection()->set({"mongodb"});
        QTRY_VERIFY(item("node:mongodb")->property("selected").toBool());
        QVERIFY(!item("node:openim-api")->property("selected").toBool());
    }

    void keyboardMovesAndUndoRestores()
    {
        clickNode("redis");
        const QPointF before = m_window->topology()->graph().node("redis")->position;
        QTest::keyClick(m_window->canvas(), Qt::Key_Right);
        QTest::keyClick(m_window->canvas(), Qt::Key_Right);
        QCOMPARE(m_window->topology()->graph().node("redis")->position, before + QPointF(16, 0));
        QCOMPARE(m_window->undoStack()->count(), 1); // nudges merge
        QTRY_COMPARE(item("node:redis")->x(), before.x() + 16);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->topology()->graph().node("redis")->position, before);
        m_window->undoStack()->redo();
        QCOMPARE(m_window->topology()->graph().node("redis")->position, before + QPointF(16, 0));
    }

    void tabWalksNodesAndEnterActivates()
    {
        auto *controller = m_window->canvas()->rootObject()->property("controller").value<CanvasController *>();
        QVERIFY(controller);
        QSignalSpy activated(controller, &CanvasController::activated);
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_Tab);
        QCOMPARE(m_window->selection()->ids().size(), 1);
        const QString first = m_window->selection()->current();
        QTest::keyClick(m_window->canvas(), Qt::Key_Tab);
        QVERIFY(m_window->selection()->current() != first);
        QTest::keyClick(m_window->canvas(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), m_window->selection()->current());
    }

    void doubleClickActivates()
    {
        auto *controller = m_window->canvas()->rootObject()->property("controller").value<CanvasController *>();
        QSignalSpy activated(controller, &CanvasController::activated);
        const QPoint p = nodeCenter("mongodb");
        QTest::mouseDClick(m_window->canvas()->quickWindow(), Qt::LeftButton, Qt::NoModifier, p);
        QTRY_COMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("mongodb"));
    }

    void liveStatusReachesTheNode()
    {
        NodeStatus status;
        status.health = Health::Failed;
        status.readyReplicas = 0;
        status.desiredReplicas = 2;
        status.message = QStringLiteral("CrashLoopBackOff");
        m_window->topology()->setStatus("openim-rpc-user", status);
        QTRY_COMPARE(item("node:openim-rpc-user")->property("health").toString(), QStringLiteral("failed"));
        QVERIFY(item("node:openim-rpc-user")->property("accessibleName").toString().contains("Failed"));
    }

    void opensAndSavesAStackWithPositions()
    {
        const QString dev = QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");
        QVERIFY(m_window->openStack(dev));
        QTRY_VERIFY(!m_window->topology()->isLayingOut());
        const Stack &stack = *m_window->stack();
        const int expectedNodes = int(stack.components.size() + stack.datastores.size()) + 1; // + clients
        QCOMPARE(m_window->topology()->nodes()->rowCount(), expectedNodes);
        QTRY_VERIFY(item("node:openim-api"));
        QVERIFY(item("node:clients"));
        QVERIFY(item("edge:clients->openim-msggateway"));
        QVERIFY(m_window->windowTitle().contains("openim-dev.yaml"));
        m_window->canvas()->grabFramebuffer().save(QStringLiteral(SD_BINARY_DIR "/test/gui/canvas-dev-stack.png"));

        // Move a node, save elsewhere, reopen: the position travelled with the file.
        clickNode("openim-api");
        QTest::keyClick(m_window->canvas(), Qt::Key_Down);
        QVERIFY(m_window->isWindowModified());
        const QPointF moved = m_window->topology()->graph().node("openim-api")->position;
        const QString copy = m_config.filePath("copy.yaml");
        QVERIFY(m_window->saveStack(copy));
        QVERIFY(!m_window->isWindowModified());
        QVERIFY(m_window->openStack(copy));
        QCOMPARE(m_window->topology()->graph().node("openim-api")->position, moved);

        // File → Export Image writes what the canvas shows.
        const QString svg = m_config.filePath("topology.svg");
        QVERIFY(m_window->exportImage(svg));
        QFile image(svg);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QVERIFY(image.readAll().contains("msggateway"));
        QVERIFY(!m_window->exportImage(m_config.filePath("topology.bmp")));
    }

    // Design edits on the canvas: delete with confirmation, add from the palette by drag and by
    // keyboard, link two nodes by dragging a node's handle, refusals with a reason; all undoable.
    void editsTheDesignOnTheCanvas()
    {
        QVERIFY(m_window->openStack(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")));
        QTRY_VERIFY(!m_window->topology()->isLayingOut());
        QTRY_VERIFY(item("node:mongodb-cluster"));
        QVERIFY(item("palette:mongodb"));
        QCOMPARE(item("palette:mongodb")->opacity() < 1.0, true); // the stack already has one

        // Delete: the confirmation names the cluster objects that go on the next apply.
        clickNode("mongodb-cluster");
        QString informative;
        QTimer::singleShot(0, this, [&] {
            auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("dialog.confirmDelete"));
            QVERIFY(box);
            informative = box->informativeText();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QTest::keyClick(m_window->canvas(), Qt::Key_Delete);
        QVERIFY2(informative.contains("Cluster mongodb-cluster"), qPrintable(informative));
        QVERIFY(!m_window->stack()->datastore("mongodb-cluster"));
        QTRY_VERIFY(!item("node:mongodb-cluster"));
        QVERIFY(m_window->isWindowModified());
        m_window->undoStack()->undo();
        QTRY_VERIFY(item("node:mongodb-cluster"));
        QTRY_VERIFY(item("edge:openim-rpc-user->mongodb-cluster")); // once the layout placed it
        m_window->undoStack()->redo();
        QTRY_VERIFY(!item("node:mongodb-cluster"));
        QTRY_COMPARE(item("palette:mongodb")->opacity(), 1.0);

        // Drop MongoDB from the palette onto an empty spot: its form opens pre-filled; Cancel
        // adds nothing, Accept adds it there, wired to its users.
        // (The drop is invoked on the canvas here; paletteDragWithTheMouse drags with the mouse.)
        QQuickItem *root = m_window->canvas()->rootObject();
        const QPoint to(m_window->canvas()->width() / 2, m_window->canvas()->height() - 60);
        const int undoBeforeDrop = m_window->undoStack()->count();
        auto dropMongo = [&] {
            QVERIFY(QMetaObject::invokeMethod(root, "dropFromPalette", Q_ARG(QVariant, QStringLiteral("mongodb")),
                                              Q_ARG(QVariant, double(to.x())), Q_ARG(QVariant, double(to.y()))));
        };
        dropMongo();
        auto *form = m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore"));
        QVERIFY(form);
        QCOMPARE(form->datastore().engine, QStringLiteral("mongodb"));
        QCOMPARE(form->datastore().name, QStringLiteral("mongodb-cluster"));
        QVERIFY(form->datastore().canvas.isSet);
        form->reject(); // nothing typed: closes without asking
        QTRY_VERIFY(!m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore")));
        QCOMPARE(m_window->undoStack()->count(), undoBeforeDrop);
        QVERIFY(!m_window->stack()->datastore("mongodb-cluster"));
        dropMongo();
        form = m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore"));
        QVERIFY(form);
        QTRY_VERIFY_WITH_TIMEOUT(form->canAccept(), 20000);
        form->accept();
        QCOMPARE(m_window->undoStack()->count(), undoBeforeDrop + 1);
        QVERIFY2(m_window->stack()->datastore("mongodb-cluster"), qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_VERIFY(item("node:mongodb-cluster"));
        QTRY_VERIFY(item("edge:openim-rpc-user->mongodb-cluster"));
        QQuickItem *dropped = item("node:mongodb-cluster");
        const QPointF centre = dropped->mapToScene(QPointF(dropped->width() / 2, dropped->height() / 2));
        // Where it was dropped (the view may refit vertically as the drawing grows).
        QVERIFY(m_window->stack()->datastore("mongodb-cluster")->canvas.isSet);
        QVERIFY2(qAbs(centre.x() - to.x()) < 4, qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
        // Dropping back onto the palette cancels.
        const int before = m_window->undoStack()->count();
        QVERIFY(QMetaObject::invokeMethod(root, "dropFromPalette", Q_ARG(QVariant, QStringLiteral("openim-api")),
                                          Q_ARG(QVariant, 20.0), Q_ARG(QVariant, 20.0)));
        QCOMPARE(m_window->undoStack()->count(), before);

        // Link: drop the handle of openim-rpc-user onto mongodb-cluster after unwiring them.
        Stack unwired = *m_window->stack();
        unwired.edges.removeIf([](const Edge &e) { return e.from == "openim-rpc-user" && e.to == "mongodb-cluster"; });
        QVERIFY(m_window->document()->edit(unwired, QStringLiteral("unwire")));
        QTRY_VERIFY(!item("edge:openim-rpc-user->mongodb-cluster"));
        linkNodes("openim-rpc-user", "mongodb-cluster");
        qDebug() << m_window->undoStack()->text(m_window->undoStack()->index()-1) << m_window->statusBar()->currentMessage();
        QTRY_VERIFY(item("edge:openim-rpc-user->mongodb-cluster"));
        // A link OpenIM could not use is refused with the reason, and nothing changes.
        const int steps = m_window->undoStack()->count();
        linkNodes("openim-crontask", "minio-cluster");
        QVERIFY2(m_window->statusBar()->currentMessage().contains("does not use"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_window->undoStack()->count(), steps);
        QVERIFY(!item("edge:openim-crontask->minio-cluster"));
    }

    // The palette used with real input sent to the canvas' QQuickWindow, the way QQuickWidget
    // forwards it: Space on an entry, then a mouse drag (press, moves past the entry's edge,
    // release) whose engine form opens for the drop point; accepting it puts the node there.
    void paletteDragWithTheMouse()
    {
        QVERIFY(m_window->openStack(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")));
        QTRY_VERIFY(!m_window->topology()->isLayingOut());
        Stack withoutMongo = *m_window->stack();
        withoutMongo.datastores.removeIf([](const DatastoreSpec &d) { return d.engine == QLatin1String("mongodb"); });
        withoutMongo.edges.removeIf([](const Edge &e) { return e.to == QLatin1String("mongodb-cluster"); });
        QVERIFY(m_window->document()->edit(withoutMongo, QStringLiteral("drop mongodb")));
        QTRY_VERIFY(!item("node:mongodb-cluster"));
        QTRY_COMPARE(item("palette:mongodb")->opacity(), 1.0);

        QQuickWindow *window = m_window->canvas()->quickWindow();
        QQuickItem *entry = item("palette:mongodb");
        // The keyboard way first: Space on the entry opens the form too.
        entry->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        auto *keyed = m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore"));
        QVERIFY(keyed);
        QCOMPARE(keyed->datastore().engine, QStringLiteral("mongodb"));
        keyed->reject();
        QTRY_VERIFY(!m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore")));

        const QPoint from = entry->mapToScene(QPointF(entry->width() / 2, entry->height() / 2)).toPoint();
        const QPoint to(m_window->canvas()->width() / 2, m_window->canvas()->height() - 60);
        QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, from);
        for (int i = 1; i <= 10; ++i) // past the entry's edge, then on to the drop point
            QTest::mouseMove(window, from + (to - from) * i / 10);
        // Where the drop lands on the drawing (the view refits once the node is in).
        const QPointF expected = item("node:openim-api")->parentItem()->mapFromScene(QPointF(to));
        QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, to);

        auto *form = m_window->findChild<DatastoreForm *>(QStringLiteral("form.datastore"));
        QVERIFY(form);
        QCOMPARE(form->datastore().engine, QStringLiteral("mongodb"));
        QVERIFY(form->datastore().canvas.isSet);
        QTRY_VERIFY_WITH_TIMEOUT(form->canAccept(), 20000);
        form->accept();
        QTRY_VERIFY(item("node:mongodb-cluster"));
        QQuickItem *dropped = item("node:mongodb-cluster");
        const QPointF centre(dropped->x() + dropped->width() / 2, dropped->y() + dropped->height() / 2);
        QVERIFY2(QLineF(centre, expected).length() < 4,
                 qPrintable(QStringLiteral("%1,%2 for %3,%4").arg(centre.x()).arg(centre.y()).arg(expected.x()).arg(expected.y())));
    }

    void brokenStackIsRefusedAndNothingIsLost()
    {
        QVERIFY(m_window->openStack(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")));
        const QString broken = m_config.filePath("broken.yaml");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("apiVersion: stackdeck.io/v1\nkind: Stack\nmetadata: {name: x\n");
        file.close();
        QVERIFY(!m_window->openStack(broken));
        QVERIFY(m_window->stack().has_value()); // still the dev stack
        QVERIFY(m_window->windowTitle().contains("openim-dev.yaml"));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("dialog.error"));
        QVERIFY(box);
        QVERIFY(box->detailedText().contains("broken.yaml:"));
    }

private:
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
    QQuickItem *item(const QString &name) const
    {
        return findItem(m_window->canvas()->rootObject(), name);
    }
    QPoint nodeCenter(const QString &id) const
    {
        QQuickItem *node = item("node:" + id);
        return node->mapToScene(QPointF(node->width() / 2, node->height() / 2)).toPoint();
    }
    // What a node's link handle reports when released over `to` (see TopologyNode.linking).
    void linkNodes(const QString &from, const QString &to)
    {
        QQuickItem *target = item("node:" + to);
        QVERIFY(target);
        const double x = target->x() + target->width() / 2;
        const double y = target->y() + target->height() / 2;
        QQuickItem *root = m_window->canvas()->rootObject();
        QVERIFY(QMetaObject::invokeMethod(root, "updateLink", Q_ARG(QVariant, from), Q_ARG(QVariant, x),
                                          Q_ARG(QVariant, y), Q_ARG(QVariant, false)));
        QCOMPARE(root->property("linkTarget").toString(), to);
        QVERIFY(QMetaObject::invokeMethod(root, "updateLink", Q_ARG(QVariant, from), Q_ARG(QVariant, x),
                                          Q_ARG(QVariant, y), Q_ARG(QVariant, true)));
    }
    void clickNode(const QString &id, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mouseClick(m_window->canvas()->quickWindow(), Qt::LeftButton, modifiers, nodeCenter(id));
    }

    QTemporaryDir m_config;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_Canvas)
#include "tst_canvas.moc"
