#include "gui/docks/servicechecksdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace sd;

// The service-checks dialog: rows become checks (HTTP or TCP), incomplete rows are left out,
// and what is saved per namespace comes back.
class tst_ServiceChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsBecomeChecksAndPersist()
    {
        ServiceCheck api;
        api.name = QStringLiteral("api http");
        api.service = QStringLiteral("openim-api-service");
        api.port = QStringLiteral("10002");
        api.path = QStringLiteral("/");
        ServiceChecksDialog dialog({api}, false);
        QVERIFY(!dialog.defaultsEnabled());
        ServiceCheck gateway;
        gateway.service = QStringLiteral("messagegateway-rpc-service");
        gateway.port = QStringLiteral("10001");
        gateway.kind = ServiceCheck::Kind::Tcp;
        dialog.addRow(gateway);
        dialog.addRow(ServiceCheck()); // left empty by the user
        QCOMPARE(dialog.table()->rowCount(), 3);
        const QList<ServiceCheck> checks = dialog.checks();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[0], api);
        QCOMPARE(checks[1].kind, ServiceCheck::Kind::Tcp);
        QCOMPARE(checks[1].name, QStringLiteral("messagegateway-rpc-service:10001")); // named for the user
        QCOMPARE(checks[1].path, QStringLiteral("/"));
        qobject_cast<QComboBox *>(dialog.table()->cellWidget(0, 4))->setCurrentIndex(1);
        QCOMPARE(dialog.checks()[0].kind, ServiceCheck::Kind::Tcp);

        ServiceChecksDialog::save(QStringLiteral("openim"), dialog.checks(), false);
        bool defaults = true;
        QCOMPARE(ServiceChecksDialog::load(QStringLiteral("openim"), &defaults), dialog.checks());
        QVERIFY(!defaults);
        QVERIFY(ServiceChecksDialog::load(QStringLiteral("elsewhere"), &defaults).isEmpty());
        QVERIFY(defaults); // automatic checks are on until switched off
    }
};

QTEST_MAIN(tst_ServiceChecks)
#include "tst_servicechecks.moc"
