#include "schema/validator.h"

#include <QTest>

using json = nlohmann::json;

class tst_Validator : public QObject
{
    Q_OBJECT
private slots:
    void issues_data();
    void issues();
    void prunesUnknownFieldsAndAppliesDefaults();
    void preservesUnknownWhereAllowed();
};

static const json kSchema = json::parse(R"({
  "type": "object",
  "properties": {
    "spec": {
      "type": "object",
      "required": ["policy"],
      "properties": {
        "policy": {"type": "string", "enum": ["Delete", "WipeOut"]},
        "name": {"type": "string", "maxLength": 5, "pattern": "^[a-z]+$"},
        "replicas": {"type": "integer", "minimum": 0, "maximum": 9, "default": 1},
        "port": {"x-kubernetes-int-or-string": true},
        "items": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}
      }
    }
  }
})");

void tst_Validator::issues_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("required") << R"({})" << "FieldValueRequired" << "spec.policy" << "Required value";
    QTest::newRow("enum") << R"({"policy":"Keep"})" << "FieldValueNotSupported" << "spec.policy"
                          << R"(Unsupported value: "Keep": supported values: "Delete", "WipeOut")";
    QTest::newRow("type") << R"({"policy":"Delete","replicas":"two"})" << "FieldValueTypeInvalid" << "spec.replicas"
                          << R"(Invalid value: "two": spec.replicas in body must be of type integer: "string")";
    QTest::newRow("maxLength") << R"({"policy":"Delete","name":"abcdef"})" << "FieldValueTooLong" << "spec.name"
                               << "Too long: may not be more than 5 bytes";
    QTest::newRow("pattern") << R"({"policy":"Delete","name":"AB"})" << "FieldValueInvalid" << "spec.name"
                             << R"(Invalid value: "AB": spec.name in body should match '^[a-z]+$')";
    QTest::newRow("minimum") << R"({"policy":"Delete","replicas":-1})" << "FieldValueInvalid" << "spec.replicas"
                             << "Invalid value: -1: spec.replicas in body should be greater than or equal to 0";
    QTest::newRow("maximum") << R"({"policy":"Delete","replicas":10})" << "FieldValueInvalid" << "spec.replicas"
                             << "Invalid value: 10: spec.replicas in body should be less than or equal to 9";
    QTest::newRow("int-or-string") << R"({"policy":"Delete","port":true})" << "FieldValueTypeInvalid" << "spec.port"
                                   << R"(Invalid value: true: spec.port in body must be of type integer,string: "boolean")";
    QTest::newRow("maxItems") << R"({"policy":"Delete","items":["a","b","c"]})" << "FieldValueTooMany" << "spec.items"
                              << "Too many: 3: must have at most 2 items";
    QTest::newRow("array item type") << R"({"policy":"Delete","items":[1]})" << "FieldValueTypeInvalid" << "spec.items[0]"
                                     << R"(Invalid value: 1: spec.items[0] in body must be of type string: "integer")";
    QTest::newRow("additionalProperties") << R"({"policy":"Delete","labels":{"a":1}})" << "FieldValueTypeInvalid"
                                          << "spec.labels.a" << R"(Invalid value: 1: spec.labels.a in body must be of type string: "integer")";
}

void tst_Validator::issues()
{
    QFETCH(QString, spec);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const sd::schema::Validator v(kSchema);
    const auto r = v.validate(json{{"spec", json::parse(spec.toStdString())}});
    QCOMPARE(r.issues.size(), size_t(1));
    QCOMPARE(r.issues[0].reason, reason);
    QCOMPARE(r.issues[0].field, field);
    QCOMPARE(r.issues[0].message, message);
}

void tst_Validator::prunesUnknownFieldsAndAppliesDefaults()
{
    const sd::schema::Validator v(kSchema);
    const auto r = v.validate(json::parse(R"({"apiVersion":"x/v1","kind":"K","metadata":{"name":"n","extra":1},
                                              "spec":{"policy":"Delete","bogus":1},"top":2})"));
    QVERIFY(r.ok());
    QCOMPARE(r.unknownFields, (QStringList{QStringLiteral("spec.bogus"), QStringLiteral("top")}));
    QVERIFY(!r.value["spec"].contains("bogus"));
    QVERIFY(!r.value.contains("top"));
    QCOMPARE(r.value["spec"]["replicas"].get<int>(), 1);
    QCOMPARE(r.value["metadata"]["extra"].get<int>(), 1);  // metadata is the API server's business
    const auto noDefaults = v.validate(json{{"spec", {{"policy", "Delete"}}}}, false);
    QVERIFY(!noDefaults.value["spec"].contains("replicas"));
}

void tst_Validator::preservesUnknownWhereAllowed()
{
    const sd::schema::Validator v(kSchema);
    const auto r = v.validate(json{{"spec", {{"policy", "WipeOut"}, {"free", {{"anything", {{"goes", true}}}}}}}});
    QVERIFY(r.ok());
    QVERIFY(r.unknownFields.isEmpty());
    QCOMPARE(r.value["spec"]["free"]["anything"]["goes"].get<bool>(), true);
}

QTEST_GUILESS_MAIN(tst_Validator)
#include "tst_validator.moc"
