// Demo mode's Chaos dialog, offscreen: each fault builds the request kubesim's chaos router
// expects from the chosen target, Apply sends it and shows the answer; and against a real
// in-process cluster (the demo's executor) a cordon takes effect.
#include "gui/chaosdialog.h"
#include "kubesim/cluster.h"
#include "kubesim/store.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using json = nlohmann::json;

class tst_ChaosDialog : public QObject
{
    Q_OBJECT
private slots:
    void requestsPerFault_data();
    void requestsPerFault();
    void applySendsAndReports();
    void cordonsARealNode();

private:
    static sd::ChaosDialog::Targets targets()
    {
        sd::ChaosDialog::Targets t;
        t.pods.insert(QStringLiteral("openim-dev/openim-api-7c9-abcde"), {QStringLiteral("openim-api")});
        t.clusters.insert(QStringLiteral("openim-dev/redis-cluster"), {QStringLiteral("redis"), QStringLiteral("redis-sentinel")});
        t.nodes = {QStringLiteral("kubesim-node-1"), QStringLiteral("kubesim-node-2")};
        return t;
    }
};

void tst_ChaosDialog::requestsPerFault_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kill pod") << 0 << -1 << R"({"action":"killPod","namespace":"openim-dev","pod":"openim-api-7c9-abcde"})";
    QTest::newRow("crash loop") << 1 << 0 << R"({"action":"crashLoop","container":"openim-api","namespace":"openim-dev","pod":"openim-api-7c9-abcde"})";
    QTest::newRow("stop crash loop") << 2 << 0 << R"({"action":"crashLoop","container":"openim-api","namespace":"openim-dev","pod":"openim-api-7c9-abcde","undo":true})";
    QTest::newRow("fail primary, any") << 3 << 0 << R"({"action":"failPrimary","cluster":"redis-cluster","namespace":"openim-dev"})";
    QTest::newRow("fail primary, component") << 3 << 1 << R"({"action":"failPrimary","cluster":"redis-cluster","component":"redis","namespace":"openim-dev"})";
    QTest::newRow("fail cluster") << 4 << -1 << R"({"action":"failCluster","cluster":"redis-cluster","namespace":"openim-dev"})";
    QTest::newRow("recover cluster") << 5 << -1 << R"({"action":"recoverCluster","cluster":"redis-cluster","namespace":"openim-dev"})";
    QTest::newRow("fill volume") << 6 << -1 << R"({"action":"fillVolume","cluster":"redis-cluster","namespace":"openim-dev"})";
    QTest::newRow("clear volume") << 7 << -1 << R"({"action":"clearVolume","cluster":"redis-cluster","namespace":"openim-dev"})";
    QTest::newRow("cordon") << 8 << -1 << R"({"action":"cordon","node":"kubesim-node-1"})";
    QTest::newRow("uncordon") << 9 << -1 << R"({"action":"cordon","node":"kubesim-node-1","undo":true})";
}

void tst_ChaosDialog::requestsPerFault()
{
    QFETCH(int, fault);
    QFETCH(int, detail);
    QFETCH(QString, expected);
    sd::ChaosDialog dialog(targets(), [](const json &, QString *) { return true; });
    auto *action = dialog.findChild<QComboBox *>(QStringLiteral("chaos.action"));
    auto *detailBox = dialog.findChild<QComboBox *>(QStringLiteral("chaos.detail"));
    QVERIFY(action && detailBox);
    QCOMPARE(action->count(), 10);
    action->setCurrentIndex(fault);
    if (detail >= 0)
        detailBox->setCurrentIndex(detail);
    QCOMPARE(QString::fromStdString(dialog.request().dump()), expected);
}

void tst_ChaosDialog::applySendsAndReports()
{
    QList<json> sent;
    bool refuse = false;
    sd::ChaosDialog dialog(targets(), [&](const json &r, QString *error) {
        sent.append(r);
        if (refuse)
            *error = QStringLiteral("the chaos target does not exist");
        return !refuse;
    });
    dialog.show();
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("chaos.apply"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("chaos.result"));
    QVERIFY(apply && result);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(sent.size(), 1);
    QVERIFY(result->text().contains(QStringLiteral("openim-api-7c9-abcde")));
    refuse = true;
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(sent.size(), 2);
    QVERIFY(result->text().contains(QStringLiteral("does not exist")));
}

void tst_ChaosDialog::cordonsARealNode()
{
    sd::sim::Cluster cluster;
    QVERIFY(cluster.loadScenario(QStringLiteral("empty")));
    QVERIFY(cluster.start());
    sd::ChaosDialog dialog(targets(), [&](const json &r, QString *error) { return cluster.chaos(r, error); });
    dialog.findChild<QComboBox *>(QStringLiteral("chaos.action"))->setCurrentIndex(8);
    dialog.findChild<QComboBox *>(QStringLiteral("chaos.target"))->setCurrentIndex(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("chaos.apply")), Qt::LeftButton);
    const auto node = cluster.store()->get(QStringLiteral("/nodes"), {}, QStringLiteral("kubesim-node-2"));
    QVERIFY(node && (*node)["spec"].value("unschedulable", false));
}

QTEST_MAIN(tst_ChaosDialog)
#include "tst_chaosdialog.moc"
