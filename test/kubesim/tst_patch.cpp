#include "kubesim/patch.h"

#include <QTest>

using json = nlohmann::json;

class tst_Patch : public QObject
{
    Q_OBJECT
private slots:
    void strategicMerge_data();
    void strategicMerge();
    void fieldSetRoundTrip();
    void fieldPathText();
    void applyMergeKeepsOtherElements();
};

void tst_Patch::strategicMerge_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("patch");
    QTest::addColumn<QString>("expected");
    QTest::newRow("maps merge, null deletes") << R"({"a":{"x":1,"y":2},"b":1})" << R"({"a":{"y":null,"z":3}})"
                                              << R"({"a":{"x":1,"z":3},"b":1})";
    QTest::newRow("containers merge by name")
        << R"({"containers":[{"name":"a","image":"1"},{"name":"b","image":"1"}]})"
        << R"({"containers":[{"name":"b","image":"2"}]})"
        << R"({"containers":[{"name":"a","image":"1"},{"name":"b","image":"2"}]})";
    QTest::newRow("env appends by name") << R"({"env":[{"name":"A","value":"1"}]})" << R"({"env":[{"name":"B","value":"2"}]})"
                                         << R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]})";
    QTest::newRow("container ports by containerPort")
        << R"({"ports":[{"containerPort":80,"name":"http"}]})" << R"({"ports":[{"containerPort":80,"protocol":"TCP"}]})"
        << R"({"ports":[{"containerPort":80,"name":"http","protocol":"TCP"}]})";
    QTest::newRow("service ports by port") << R"({"ports":[{"port":80,"name":"a"},{"port":81}]})" << R"({"ports":[{"port":81,"name":"b"}]})"
                                           << R"({"ports":[{"port":80,"name":"a"},{"port":81,"name":"b"}]})";
    QTest::newRow("other lists replace") << R"({"args":["a","b"]})" << R"({"args":["c"]})" << R"({"args":["c"]})";
    QTest::newRow("$patch delete element") << R"({"volumes":[{"name":"a"},{"name":"b"}]})"
                                           << R"({"volumes":[{"name":"a","$patch":"delete"}]})" << R"({"volumes":[{"name":"b"}]})";
    QTest::newRow("$patch replace map") << R"({"m":{"a":1,"b":2}})" << R"({"m":{"c":3,"$patch":"replace"}})" << R"({"m":{"c":3}})";
    QTest::newRow("$patch replace list") << R"({"env":[{"name":"A"},{"name":"B"}]})"
                                         << R"({"env":[{"name":"C"},{"$patch":"replace"}]})" << R"({"env":[{"name":"C"}]})";
    QTest::newRow("$retainKeys") << R"({"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":1}}})"
                                 << R"({"strategy":{"$retainKeys":["type"],"type":"Recreate"}})" << R"({"strategy":{"type":"Recreate"}})";
    QTest::newRow("$setElementOrder") << R"({"env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]})"
                                      << R"({"$setElementOrder/env":[{"name":"B"},{"name":"A"}],"env":[{"name":"A","value":"3"}]})"
                                      << R"({"env":[{"name":"B","value":"2"},{"name":"A","value":"3"}]})";
    QTest::newRow("$deleteFromPrimitiveList") << R"({"finalizers":["a","b"]})" << R"({"$deleteFromPrimitiveList/finalizers":["a"]})"
                                              << R"({"finalizers":["b"]})";
    QTest::newRow("finalizers merge as a set") << R"({"finalizers":["a"]})" << R"({"finalizers":["b","a"]})"
                                               << R"({"finalizers":["a","b"]})";
}

void tst_Patch::strategicMerge()
{
    QFETCH(QString, original);
    QFETCH(QString, patch);
    QFETCH(QString, expected);
    const json result = sd::sim::strategicMerge(json::parse(original.toStdString()), json::parse(patch.toStdString()));
    QCOMPARE(QString::fromStdString(result.dump()), QString::fromStdString(json::parse(expected.toStdString()).dump()));
}

void tst_Patch::fieldSetRoundTrip()
{
    const json obj = json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment",
        "metadata":{"name":"x","uid":"u","labels":{"app":"x"}},
        "spec":{"replicas":2,"template":{"spec":{"containers":[{"name":"web","image":"nginx"}]}}},
        "status":{"replicas":2}})");
    const sd::sim::FieldSet set = sd::sim::fieldSetOf(obj);
    QVERIFY(set.count({"f:spec", "f:replicas"}));
    QVERIFY(set.count({"f:metadata", "f:labels", "f:app"}));
    QVERIFY(set.count({"f:spec", "f:template", "f:spec", "f:containers", "k:{\"name\":\"web\"}", "f:image"}));
    QVERIFY(!set.count({"f:metadata", "f:name"}));
    QVERIFY(!set.count({"f:status", "f:replicas"}));
    const json fieldsV1 = sd::sim::fieldSetToJson(set);
    QVERIFY(fieldsV1["f:spec"]["f:template"]["f:spec"]["f:containers"]["k:{\"name\":\"web\"}"].contains("."));
    QCOMPARE(sd::sim::fieldSetFromJson(fieldsV1), set);
}

void tst_Patch::fieldPathText()
{
    QCOMPARE(sd::sim::fieldPathText({"f:spec", "f:replicas"}), QStringLiteral(".spec.replicas"));
    QCOMPARE(sd::sim::fieldPathText({"f:spec", "f:containers", "k:{\"name\":\"web\"}", "f:image"}),
             QStringLiteral(".spec.containers[name=\"web\"].image"));
}

void tst_Patch::applyMergeKeepsOtherElements()
{
    const json live = json::parse(R"({"spec":{"containers":[{"name":"a","image":"1"},{"name":"b","image":"1"}],"args":["x"]}})");
    const json applied = json::parse(R"({"spec":{"containers":[{"name":"b","image":"2"}],"args":["y"]}})");
    const json merged = sd::sim::applyMerge(live, applied);
    QCOMPARE(merged["spec"]["containers"].size(), size_t(2));
    QCOMPARE(merged["spec"]["containers"][1]["image"].get<std::string>(), std::string("2"));
    QVERIFY(merged["spec"]["args"] == json::array({"y"}));
    json removed = merged;
    sd::sim::removeAt(removed, {"f:spec", "f:containers", "k:{\"name\":\"a\"}"});
    QCOMPARE(removed["spec"]["containers"].size(), size_t(1));
}

QTEST_GUILESS_MAIN(tst_Patch)
#include "tst_patch.moc"
