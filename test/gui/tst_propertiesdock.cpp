#include "gui/docks/propertiesdock.h"
#include "gui/selection.h"
#include "stack/stackfile.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace sd;

class tst_PropertiesDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const auto loaded = StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"));
        QVERIFY(loaded.stack);
        m_stack = *loaded.stack;
    }

    void followsTheSelection()
    {
        Selection selection;
        PropertiesDock dock(&selection);
        auto *pages = dock.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));

        selection.set({"openim-api"});
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage")); // no stack yet
        dock.setStack(&m_stack);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("detailsPage"));
        QCOMPARE(dock.shownNode(), QStringLiteral("openim-api"));
        QVERIFY(value(dock, "Image").contains(QStringLiteral("openim-api:v3.8.3")));
        QCOMPARE(value(dock, "Replicas"), QStringLiteral("1"));
        QVERIFY(value(dock, "Uses").contains(QStringLiteral("openim-rpc-auth")));
        QVERIFY(manifests(dock).contains("kind: Deployment"));
        QVERIFY(manifests(dock).contains("name: openim-api"));

        selection.set({"mongodb-cluster"});
        QCOMPARE(dock.shownNode(), QStringLiteral("mongodb-cluster"));
        // KubeBlocks 1.0 names (kubeblocks.md §5: the primary Service), typed out here on purpose.
        QVERIFY2(value(dock, "In-cluster address").contains(QStringLiteral("mongodb-cluster-mongodb-mongodb.openim-dev.svc:27017")),
                 qPrintable(value(dock, "In-cluster address")));
        QVERIFY(value(dock, "Credentials").contains(QStringLiteral("mongodb-cluster-mongodb-account-root")));
        QVERIFY(value(dock, "Used by").contains(QStringLiteral("openim-rpc-user")));
        QVERIFY(manifests(dock).contains("kind: Cluster"));
        QVERIFY(!manifests(dock).contains("kind: Deployment"));

        selection.set({"no-such-node"});
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        selection.set({"openim-api"});
        dock.setStack(nullptr); // the stack was closed
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    }

private:
    static QString value(const PropertiesDock &dock, const char *property)
    {
        const auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("settingsTree"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == QLatin1String(property))
                return tree->topLevelItem(i)->text(1);
        }
        return {};
    }
    static QString manifests(const PropertiesDock &dock)
    {
        return dock.findChild<QPlainTextEdit *>(QStringLiteral("manifestsEdit"))->toPlainText();
    }

    Stack m_stack;
};

QTEST_MAIN(tst_PropertiesDock)
#include "tst_propertiesdock.moc"
