#include "kubesim/selectors.h"

#include <QTest>

using json = nlohmann::json;

class tst_Selectors : public QObject
{
    Q_OBJECT
private slots:
    void labels_data();
    void labels();
    void malformed_data();
    void malformed();
    void fields();
};

void tst_Selectors::labels_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("matches");
    // Labels under test: app=web, tier=front
    QTest::newRow("equals") << "app=web" << true;
    QTest::newRow("double equals") << "app==web" << true;
    QTest::newRow("not equals") << "app!=web" << false;
    QTest::newRow("not equals missing key") << "zone!=a" << true;
    QTest::newRow("in") << "app in (db, web)" << true;
    QTest::newRow("notin") << "tier notin (front)" << false;
    QTest::newRow("exists") << "tier" << true;
    QTest::newRow("does not exist") << "!tier" << false;
    QTest::newRow("and") << "app=web,tier in (back)" << false;
    QTest::newRow("empty matches all") << "" << true;
}

void tst_Selectors::labels()
{
    QFETCH(QString, selector);
    QFETCH(bool, matches);
    const auto s = sd::sim::LabelSelector::parse(selector);
    QVERIFY(s.has_value());
    QCOMPARE(s->matches(json{{"app", "web"}, {"tier", "front"}}), matches);
}

void tst_Selectors::malformed_data()
{
    QTest::addColumn<QString>("selector");
    QTest::newRow("bad key") << "-app=web";
    QTest::newRow("unclosed") << "app in (a,b";
    QTest::newRow("bad value") << "app=-web-";
    QTest::newRow("empty part") << "app=web,,x";
}

void tst_Selectors::malformed()
{
    QFETCH(QString, selector);
    QString error;
    QVERIFY(!sd::sim::LabelSelector::parse(selector, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void tst_Selectors::fields()
{
    const json pod = {{"metadata", {{"name", "web-0"}, {"namespace", "x"}}}, {"status", {{"phase", "Running"}}},
                      {"spec", {{"nodeName", "n1"}}}};
    QVERIFY(sd::sim::FieldSelector::parse(QStringLiteral("metadata.name=web-0,status.phase!=Pending"))->matches(pod));
    QVERIFY(!sd::sim::FieldSelector::parse(QStringLiteral("spec.nodeName==n2"))->matches(pod));
    QVERIFY(!sd::sim::FieldSelector::parse(QStringLiteral("metadata.name")).has_value());
}

QTEST_GUILESS_MAIN(tst_Selectors)
#include "tst_selectors.moc"
