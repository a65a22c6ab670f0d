// The Day-2 operation views offscreen against the simulated cluster (controllers on): the dialog
// plans from its inputs and runs to the result, the menu disables what the target cannot do with
// the reason, the Backups view lists backups with status and size.
#include "gui/ops/backuplistmodel.h"
#include "gui/ops/backupsview.h"
#include "gui/ops/operationdialog.h"
#include "gui/ops/operationsmenu.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kubesim/cluster.h"
#include "kubesim/dataregistry.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "schema/yamljson.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <QTableView>

using namespace sd;
using json = nlohmann::json;

class tst_OperationDialog : public QObject
{
    Q_OBJECT

    sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<KubeClient> m_client;
    bool m_mongo = false;

    QString primary()
    {
        for (const auto &p : m_cluster.store()->list(QStringLiteral("/pods"), QStringLiteral("demo")).items) {
            const json lbl = (*p)["metadata"].value("labels", json::object());
            if (lbl.value("app.kubernetes.io/instance", std::string()) == "mongo-cluster" && lbl.value("kubeblocks.io/role", std::string()) == "primary")
                return QString::fromStdString((*p)["metadata"]["name"].get<std::string>());
        }
        return {};
    }

    bool rolledOut(int replicas)
    {
        const auto d = m_cluster.store()->get(QStringLiteral("apps/deployments"), QStringLiteral("demo"), QStringLiteral("openim-api"));
        if (!d)
            return false;
        const json st = (*d).value("status", json::object());
        return st.value("availableReplicas", 0) == replicas && st.value("updatedReplicas", 0) == replicas
               && st.value("observedGeneration", qint64(0)) == (*d)["metadata"].value("generation", qint64(-1));
    }

private slots:
    void initTestCase()
    {
        sim::SimOptions options;
        options.timeScale = 50;
        m_cluster.setOptions(options);
        QVERIFY(m_cluster.loadScenario(QStringLiteral("kubeblocks")));
        sim::Store *store = m_cluster.store();
        sim::Scenario::add(store, QStringLiteral("/namespaces"),
                           {{"apiVersion", "v1"}, {"kind", "Namespace"}, {"metadata", {{"name", "demo"}}}, {"status", {{"phase", "Active"}}}});
        const json templ = {{"metadata", {{"labels", {{"app", "openim-api"}}}}},
                            {"spec", {{"containers", json::array({{{"name", "openim-api"}, {"image", "openim/openim-server:v3.8.0"}}})}}}};
        sim::Scenario::add(store, QStringLiteral("apps/deployments"),
                           {{"apiVersion", "apps/v1"}, {"kind", "Deployment"},
                            {"metadata", {{"name", "openim-api"}, {"namespace", "demo"}}},
                            {"spec", {{"replicas", 1}, {"selector", {{"matchLabels", {{"app", "openim-api"}}}}}, {"template", templ}}}});
        sim::Scenario::add(store, QStringLiteral("dataprotection.kubeblocks.io/backups"),
                           {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"}, {"kind", "Backup"},
                            {"metadata", {{"name", "mongo-base-1"}, {"namespace", "demo"},
                                          {"labels", {{"app.kubernetes.io/instance", "mongo"}}}}},
                            {"spec", {{"backupMethod", "datafile"}, {"backupPolicyName", "mongo-mongodb-backup-policy"}}},
                            {"status", {{"phase", "Completed"}, {"totalSize", "3145728"}}}});
        QFile example(qEnvironmentVariable("KUBESIM_KUBEBLOCKS_EXAMPLES", QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/examples"))
                      + QStringLiteral("/mongodb/cluster.yaml"));
        if (example.open(QIODevice::ReadOnly)) {
            const auto doc = sd::parseJsonOrYaml(example.readAll());
            QVERIFY(doc);
            sim::Scenario::add(store, QStringLiteral("apps.kubeblocks.io/clusters"), *doc);
            m_mongo = true;
        }
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QVERIFY(m_cluster.writeKubeconfig(kubeconfig));
        QString error;
        const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), QStringLiteral("kubesim"), &error);
        QVERIFY2(connection, qPrintable(error));
        m_client = std::make_unique<KubeClient>(*connection);
        QTRY_VERIFY_WITH_TIMEOUT(rolledOut(1), 30000);
    }

    void cleanupTestCase() { m_client.reset(); }

    void scaleDialogPlansAndRuns()
    {
        OperationDialog dialog(m_client.get(), {OperationTarget::Kind::Deployment, QStringLiteral("demo"), QStringLiteral("openim-api")},
                               OperationAction::Scale);
        dialog.show();
        QSignalSpy planned(&dialog, &OperationDialog::planned);
        // The first plan: the current replica count is no change, said as the reason.
        QVERIFY(planned.wait(20000));
        QVERIFY(!dialog.isRunEnabled());
        QVERIFY(dialog.plan() && dialog.plan()->verdict == OperationPlan::Verdict::Invalid);
        auto *replicas = dialog.findChild<QSpinBox *>(QStringLiteral("replicasField"));
        QVERIFY(replicas && replicas->isVisibleTo(&dialog));
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("tagField"))->isVisibleTo(&dialog));
        QCOMPARE(replicas->value(), 1);
        replicas->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isRunEnabled(), 20000);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("planText"))->toPlainText().contains(QLatin1String("spec.replicas")));
        QSignalSpy finished(&dialog, &OperationDialog::runFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<OperationRun::State>(), OperationRun::State::Succeeded);
        QVERIFY(rolledOut(2));
        QVERIFY(dialog.isVisible()); // the result shows in the dialog
    }

    void switchoverDialogMovesThePrimary()
    {
        if (!m_mongo) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("KubeBlocks examples not found");
            QSKIP("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)");
        }
        QTRY_VERIFY_WITH_TIMEOUT(!primary().isEmpty(), 60000);
        const QString before = primary();
        OperationDialog dialog(m_client.get(), {OperationTarget::Kind::Cluster, QStringLiteral("demo"), QStringLiteral("mongo-cluster")},
                               OperationAction::Switchover);
        dialog.show();
        QSignalSpy planned(&dialog, &OperationDialog::planned);
        QVERIFY(planned.wait(20000));
        auto *candidates = dialog.findChild<QComboBox *>(QStringLiteral("candidateField"));
        QVERIFY(candidates->isVisibleTo(&dialog));
        // "Let KubeBlocks choose" and the two secondaries; never the primary itself.
        QCOMPARE(candidates->count(), 3);
        QVERIFY(candidates->findData(before) < 0);
        candidates->setCurrentIndex(2);
        const QString chosen = candidates->currentData().toString();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isRunEnabled() && dialog.plan()->body.dump().find(chosen.toStdString()) != std::string::npos, 20000);
        QSignalSpy finished(&dialog, &OperationDialog::runFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).value<OperationRun::State>(), OperationRun::State::Succeeded);
        QCOMPARE(primary(), chosen);
    }

    void menuSaysWhyNot()
    {
        OperationsMenu menu(m_client.get(), {OperationTarget::Kind::Deployment, QStringLiteral("demo"), QStringLiteral("openim-api")});
        QVERIFY(!menu.actionFor(OperationAction::Scale)->isEnabled()); // until the facts are read
        QSignalSpy loaded(&menu, &OperationsMenu::factsLoaded);
        QVERIFY(loaded.wait(20000));
        QVERIFY(menu.actionFor(OperationAction::Scale)->isEnabled());
        QVERIFY(menu.actionFor(OperationAction::SetImage)->isEnabled());
        // One revision only: nothing to roll back to, and the tooltip says so.
        QVERIFY(!menu.actionFor(OperationAction::Rollback)->isEnabled());
        QVERIFY2(menu.actionFor(OperationAction::Rollback)->toolTip().contains(QLatin1String("no earlier revision")),
                 qPrintable(menu.actionFor(OperationAction::Rollback)->toolTip()));
        QSignalSpy requested(&menu, &OperationsMenu::operationRequested);
        menu.actionFor(OperationAction::SetImage)->trigger();
        QCOMPARE(requested.size(), 1);
    }

    void backupsViewListsStatusAndSize()
    {
        BackupsView view;
        QSignalSpy refreshed(&view, &BackupsView::refreshed);
        view.setClient(m_client.get(), QStringLiteral("demo"));
        QVERIFY(refreshed.wait(20000));
        const int row = view.model()->rowOf(QStringLiteral("mongo-base-1"));
        QVERIFY(row >= 0);
        const QAbstractItemModel *model = view.list()->model();
        QCOMPARE(model->index(row, BackupListModel::Cluster).data().toString(), QStringLiteral("mongo"));
        QCOMPARE(model->index(row, BackupListModel::Status).data().toString(), QStringLiteral("Completed"));
        QCOMPARE(model->index(row, BackupListModel::Size).data().toString(), QLocale().formattedDataSize(3145728));
        auto *restore = view.findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(!restore->isEnabled());
        view.list()->selectRow(row);
        QVERIFY(restore->isEnabled());
        QSignalSpy requested(&view, &BackupsView::operationRequested);
        restore->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(1).value<OperationAction>(), OperationAction::Restore);
    }

    // The baseline flow from the Backups view: a real backup of the mongo Cluster, its row
    // selected, Restore, the dialog's new name, Run → a new Cluster Running with the backup's data.
    void restoreThroughTheView()
    {
        if (!m_mongo) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("KubeBlocks examples not found");
            QSKIP("KubeBlocks examples not present (set KUBESIM_KUBEBLOCKS_EXAMPLES)");
        }
        sim::Store *store = m_cluster.store();
        const auto phaseOf = [store](const char *resource, const char *name) {
            const auto o = store->get(QString::fromLatin1(resource), QStringLiteral("demo"), QString::fromLatin1(name));
            return o ? QString::fromStdString((*o).value("status", json::object()).value("phase", std::string())) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf("apps.kubeblocks.io/clusters", "mongo-cluster"), QStringLiteral("Running"), 60000);
        sim::Scenario::add(store, QStringLiteral("/secrets"),
                           {{"apiVersion", "v1"}, {"kind", "Secret"}, {"metadata", {{"name", "repo-keys"}, {"namespace", "kb-system"}}},
                            {"data", {{"accessKeyId", "a2V5"}, {"secretAccessKey", "c2VjcmV0"}}}});
        sim::Scenario::add(store, QStringLiteral("dataprotection.kubeblocks.io/backuprepos"),
                           {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"}, {"kind", "BackupRepo"},
                            {"metadata", {{"name", "view-repo"}, {"annotations", {{"dataprotection.kubeblocks.io/is-default-repo", "true"}}}}},
                            {"spec", {{"storageProviderRef", "s3"}, {"credential", {{"name", "repo-keys"}, {"namespace", "kb-system"}}}}}});
        QTRY_VERIFY_WITH_TIMEOUT(store->get(QStringLiteral("dataprotection.kubeblocks.io/backuppolicies"), QStringLiteral("demo"),
                                            QStringLiteral("mongo-cluster-mongodb-backup-policy")), 20000);
        sim::Scenario::add(store, QStringLiteral("dataprotection.kubeblocks.io/backups"),
                           {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"}, {"kind", "Backup"},
                            {"metadata", {{"name", "mongo-baseline"}, {"namespace", "demo"}}},
                            {"spec", {{"backupMethod", "datafile"}, {"backupPolicyName", "mongo-cluster-mongodb-backup-policy"}}}});
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf("dataprotection.kubeblocks.io/backups", "mongo-baseline"), QStringLiteral("Completed"), 30000);

        QWidget window;
        BackupsView view(&window);
        QPointer<OperationDialog> dialog;
        // What OperationsController does with the view's request.
        connect(&view, &BackupsView::operationRequested, &window, [&](const OperationTarget &target, OperationAction action) {
            dialog = new OperationDialog(m_client.get(), target, action, &window);
            dialog->show();
        });
        QSignalSpy refreshed(&view, &BackupsView::refreshed);
        view.setClient(m_client.get(), QStringLiteral("demo"));
        QVERIFY(refreshed.wait(20000));
        const int row = view.model()->rowOf(QStringLiteral("mongo-baseline"));
        QVERIFY(row >= 0);
        view.list()->selectRow(row);
        QCOMPARE(view.selectedBackup(), QStringLiteral("mongo-baseline"));
        view.findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QVERIFY(dialog);
        QSignalSpy planned(dialog.data(), &OperationDialog::planned);
        QVERIFY(planned.wait(20000));
        dialog->findChild<QLineEdit *>(QStringLiteral("restoreNameField"))->setText(QStringLiteral("mongo-restored"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isRunEnabled(), 20000);
        QSignalSpy finished(dialog.data(), &OperationDialog::runFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).value<OperationRun::State>(), OperationRun::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(phaseOf("apps.kubeblocks.io/clusters", "mongo-restored"), QStringLiteral("Running"), 60000);
        const auto backup = store->get(QStringLiteral("dataprotection.kubeblocks.io/backups"), QStringLiteral("demo"), QStringLiteral("mongo-baseline"));
        QCOMPARE(m_cluster.data()->fingerprint(QStringLiteral("demo"), QStringLiteral("mongo-restored")).toStdString(),
                 (*backup)["metadata"]["annotations"]["kubesim.stackdeck.io/data-fingerprint"].get<std::string>());
    }
};

QTEST_MAIN(tst_OperationDialog)
#include "tst_operationdialog.moc"
