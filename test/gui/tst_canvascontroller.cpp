#include "../topology/topologyfixtures.h"
#include "gui/canvascontroller.h"
#include "gui/selection.h"
#include "topology/topologymodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace sd;

class tst_CanvasController : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<TopologyModel>();
        m_selection = std::make_unique<Selection>();
        m_undo = std::make_unique<QUndoStack>();
        m_controller = std::make_unique<CanvasController>(m_model.get(), m_selection.get(), m_undo.get());
        TopologyGraph g = smallOpenImGraph();
        for (int i = 0; i < g.nodes.size(); ++i) {
            g.nodes[i].position = QPointF(i * 200.0, (i % 3) * 100.0);
            g.nodes[i].placed = true;
        }
        m_model->setGraph(g);
    }

    void clickAndToggle()
    {
        m_controller->click("redis", Qt::NoModifier);
        m_controller->click("mongodb", Qt::NoModifier);
        QCOMPARE(m_selection->ids(), QStringList{"mongodb"});
        m_controller->click("redis", Qt::ShiftModifier);
        QCOMPARE(m_selection->ids(), (QStringList{"mongodb", "redis"}));
        m_controller->click("redis", Qt::ControlModifier);
        QCOMPARE(m_selection->ids(), QStringList{"mongodb"});
        m_controller->clickBackground(Qt::ControlModifier); // keeps the selection
        QCOMPARE(m_selection->ids().size(), 1);
        m_controller->clickBackground(Qt::NoModifier);
        QVERIFY(m_selection->ids().isEmpty());
    }

    void rubberBand()
    {
        // Nodes 0 and 1 sit at (0,0) and (200,100).
        m_controller->selectInRect(QRectF(QPointF(380, 260), QPointF(-10, -10)), Qt::NoModifier);
        QCOMPARE(m_selection->ids().size(), 2);
        m_controller->selectInRect(QRectF(1000, 0, 10, 10), Qt::ShiftModifier); // adds nothing new
        QCOMPARE(m_selection->ids().size(), 2);
        m_controller->selectAll();
        QCOMPARE(m_selection->ids().size(), 6);
    }

    void dragMovesTheSelectionAsOneUndoStep()
    {
        m_selection->set({"openim-api", "redis"});
        const QPointF api = m_model->graph().node("openim-api")->position;
        const QPointF redis = m_model->graph().node("redis")->position;
        QSignalSpy dragSpy(m_controller.get(), &CanvasController::dragChanged);
        m_controller->drag("redis", 10, 10, false);
        QVERIFY(m_controller->isDragging());
        QCOMPARE(m_controller->dragOffset(), QPointF(10, 10));
        QCOMPARE(m_model->graph().node("redis")->position, redis); // preview only
        m_controller->drag("redis", 40, 25, true);
        QVERIFY(!m_controller->isDragging());
        QCOMPARE(m_model->graph().node("redis")->position, redis + QPointF(40, 25));
        QCOMPARE(m_model->graph().node("openim-api")->position, api + QPointF(40, 25));
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(m_model->graph().node("openim-api")->position, api);

        // Dragging an unselected node selects and moves only it; a second drag is its own step.
        m_controller->drag("mongodb", 5, 0, true);
        QCOMPARE(m_selection->ids(), QStringList{"mongodb"});
        QCOMPARE(m_undo->count(), 1); // the undone step was replaced
        m_controller->drag("mongodb", 5, 0, true);
        QCOMPARE(m_undo->count(), 2);
        // A click without movement is not an edit.
        m_controller->drag("mongodb", 0, 0, true);
        QCOMPARE(m_undo->count(), 2);
    }

    void nudgesMergeUntilTheSelectionChanges()
    {
        m_selection->set({"redis"});
        m_controller->moveSelection(8, 0);
        m_controller->moveSelection(8, 0);
        m_controller->moveSelection(0, 8);
        QCOMPARE(m_undo->count(), 1);
        m_selection->set({"mongodb"});
        m_controller->moveSelection(8, 0);
        QCOMPARE(m_undo->count(), 2);
    }

    void activateSelects()
    {
        QSignalSpy spy(m_controller.get(), &CanvasController::activated);
        m_controller->activate("openim-rpc-msg");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_selection->ids(), QStringList{"openim-rpc-msg"});
    }

private:
    std::unique_ptr<TopologyModel> m_model;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CanvasController> m_controller;
};

QTEST_GUILESS_MAIN(tst_CanvasController)
#include "tst_canvascontroller.moc"
