// The properties dock's YAML tab against the simulated cluster: the live objects behind a node,
// an edit shown as a diff and applied by server-side apply, a refused edit with its field path.
#include "../deploy/simapifixture.h"

#include "deploy/plan.h"
#include "gui/deploy/plandialog.h"
#include "gui/docks/liveobjectsview.h"
#include "stack/manifestgenerator.h"
#include "stack/stackfile.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace sd;

class tst_LiveObjects : public QObject
{
    Q_OBJECT

    SimApiFixture m_sim;
    Stack m_stack;

private slots:
    void initTestCase()
    {
        const QString started = m_sim.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_stack = *StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")).stack;
        m_stack.ns = QStringLiteral("live");
        // The api's Deployment is on the cluster; its Services are not (yet).
        for (const auto &o : ManifestGenerator().generate(m_stack).objects) {
            const nlohmann::json object = KubeObject::fromOrdered(o);
            if (KubeObject::kind(object) == QLatin1String("Deployment") && KubeObject::name(object) == QLatin1String("openim-api")) {
                const QString error = m_sim.applyAsStackdeck(m_stack.ns, object);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }

    void showsEditsAndAppliesWithADiff()
    {
        LiveObjectsView view;
        QSignalSpy loaded(&view, &LiveObjectsView::loaded);
        QSignalSpy failed(&view, &LiveObjectsView::failed);
        view.setNode(&m_stack, QStringLiteral("openim-api"));
        QVERIFY(view.messageLabel()->text().startsWith(QLatin1String("Connect to a cluster")));
        view.setClient(m_sim.client.get());
        QVERIFY(loaded.wait(20000));
        QStringList items;
        for (int i = 0; i < view.objectCombo()->count(); ++i)
            items << view.objectCombo()->itemText(i);
        QVERIFY2(items.contains(QStringLiteral("Deployment openim-api")), qPrintable(items.join(QLatin1Char('|'))));
        QVERIFY2(items.contains(QStringLiteral("Service openim-api-service (not on the cluster)")), qPrintable(items.join(QLatin1Char('|'))));
        view.objectCombo()->setCurrentIndex(int(items.indexOf(QStringLiteral("Deployment openim-api"))));
        const QString yaml = view.editor()->toPlainText();
        QVERIFY(yaml.contains(QLatin1String("kind: Deployment")));
        QVERIFY(!yaml.contains(QLatin1String("managedFields")));
        QVERIFY(view.editor()->isReadOnly());

        // Edit → Apply: the dry run's diff first, then the real apply.
        view.startEdit();
        QVERIFY(!view.editor()->isReadOnly());
        QVERIFY(yaml.contains(QLatin1String("  replicas: 1\n")));
        view.editor()->setPlainText(QString(yaml).replace(QLatin1String("  replicas: 1\n"), QLatin1String("  replicas: 3\n")));
        view.apply();
        QTRY_VERIFY_WITH_TIMEOUT(view.planDialog(), 20000);
        PlanDialog *plan = view.planDialog();
        QVERIFY(plan->plan());
        QCOMPARE(plan->plan()->items.size(), qsizetype(1));
        const PlanItem &item = plan->plan()->items.first();
        QCOMPARE(item.action, PlanItem::Action::Change);
        QCOMPARE(item.changes.size(), qsizetype(1));
        QCOMPARE(item.changes.first().path, QStringLiteral("spec.replicas"));
        QCOMPARE(item.changes.first().after, QStringLiteral("3"));
        QVERIFY(plan->isApplyEnabled());
        QSignalSpy applied(&view, &LiveObjectsView::applied);
        plan->accept();
        QVERIFY(applied.wait(20000));
        QVERIFY(loaded.wait(20000));
        view.objectCombo()->setCurrentIndex(int(items.indexOf(QStringLiteral("Deployment openim-api"))));
        QVERIFY(view.editor()->toPlainText().contains(QLatin1String("  replicas: 3\n")));

        // A refused edit names the field.
        view.startEdit();
        view.editor()->setPlainText(view.editor()->toPlainText().replace(QLatin1String("  replicas: 3\n"),
                                                                         QLatin1String("  replicas: -2\n")));
        view.apply();
        QVERIFY(failed.wait(20000));
        QVERIFY2(view.messageLabel()->text().contains(QLatin1String("spec.replicas")), qPrintable(view.messageLabel()->text()));
        QVERIFY(view.isEditing()); // what was typed stays for another try

        // More than the object is refused before anything is sent.
        view.editor()->setPlainText(QStringLiteral("kind: ConfigMap\nmetadata: {name: other}\n"));
        view.apply();
        QCOMPARE(view.messageLabel()->text(), QStringLiteral("The YAML must stay one object: Deployment openim-api."));
    }
};

QTEST_MAIN(tst_LiveObjects)
#include "tst_liveobjects.moc"
