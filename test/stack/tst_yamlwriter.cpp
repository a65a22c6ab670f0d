#include "stack/yamlwriter.h"

#include <yaml-cpp/yaml.h>

#include <QTest>

using namespace sd;
using Json = nlohmann::ordered_json;

class tst_YamlWriter : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quoted");
        for (const char *q :
             {"",      "1",     "-1",   "1.0",  "8.0",  ".5",    "1e3",   "0x1F", "0o17",
              "017",   "1_000", "1:20", "on",   "Off",  "yes",   "NO",    "y",    "true",
              "False", "null",  "~",    ".inf", ".NaN", " lead", "trail "})
            QTest::newRow(q) << QString::fromLatin1(q) << true;
        for (const char *p : {"v3.8.3",
                              "6.0.27",
                              "2024.6.29",
                              "500m",
                              "1Gi",
                              "openim",
                              "redis-cluster",
                              "kafka.yml",
                              "a b",
                              "IMENV_X",
                              "0 2 * * *"})
            QTest::newRow(p) << QString::fromLatin1(p) << false;
    }
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(bool, quoted);
        QCOMPARE(YamlWriter::needsQuotes(text.toStdString()), quoted);
        // Whatever the writer decides, the value reads back as the same string.
        Json doc;
        doc["v"] = text.toStdString();
        const YAML::Node back = YAML::Load(YamlWriter::write(doc).toStdString());
        QCOMPARE(QString::fromStdString(back["v"].Scalar()), text);
        if (quoted)
            QVERIFY(back["v"].Tag() == "!");
    }

    void structureAndOrder()
    {
        Json doc;
        doc["zeta"] = 1;
        doc["alpha"] = Json::array({"a", 2, true});
        doc["empty"] = Json::object();
        doc["none"] = Json::array();
        doc["text"] = "line one\nline two\n";
        doc["nested"]["b"] = false;
        const QByteArray text = YamlWriter::write(doc);
        QVERIFY(text.startsWith("zeta: 1\nalpha:\n"));
        QVERIFY(text.contains("empty: {}\n"));
        QVERIFY(text.contains("none: []\n"));
        QVERIFY(text.contains("text: |\n"));
        const YAML::Node back = YAML::Load(text.toStdString());
        QCOMPARE(back["text"].Scalar(), std::string("line one\nline two\n"));
        QCOMPARE(back["alpha"][2].as<bool>(), true);
        QCOMPARE(back["nested"]["b"].as<bool>(), false);

        const QByteArray two = YamlWriter::writeDocuments({doc, doc});
        QCOMPARE(YAML::LoadAll(two.toStdString()).size(), size_t(2));
        QVERIFY(two.startsWith("---\n"));
    }
};

QTEST_GUILESS_MAIN(tst_YamlWriter)
#include "tst_yamlwriter.moc"
