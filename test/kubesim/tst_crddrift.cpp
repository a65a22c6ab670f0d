// Our KubeBlocks CRDs are a hand-written subset of upstream's. This compares them with the upstream
// reference CRDs (when present) so a field, enum, pattern or limit that drifts is caught.
#include "kubesim/scenario.h"
#include "schema/yamljson.h"

#include <QDir>
#include <QFile>
#include <QTest>

using json = nlohmann::json;

class tst_CrdDrift : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();

private:
    QString m_referenceDir;
};

namespace {
json enumOf(const json &schema)
{
    if (schema.contains("enum"))
        return schema["enum"];
    for (const auto &part : schema.value("allOf", json::array())) {
        if (part.contains("enum"))
            return part["enum"];
    }
    return nullptr;
}

// Walks our schema; every node must exist upstream with the same constraints.
void compare(const json &ours, const json &theirs, const QString &path, QStringList &problems)
{
    if (!theirs.is_object()) {
        problems.append(QStringLiteral("%1: not in the reference CRD").arg(path));
        return;
    }
    for (const char *key : {"type", "pattern", "maxLength", "minLength", "minimum", "maximum", "maxItems", "minItems", "format"}) {
        if (ours.contains(key) && ours[key] != theirs.value(key, json()))
            problems.append(QStringLiteral("%1: %2 is %3 here, %4 upstream")
                                .arg(path, QLatin1String(key), QString::fromStdString(ours[key].dump()),
                                     QString::fromStdString(theirs.value(key, json()).dump())));
    }
    if (ours.contains("enum") && enumOf(ours) != enumOf(theirs))
        problems.append(QStringLiteral("%1: enum differs from upstream %2").arg(path, QString::fromStdString(enumOf(theirs).dump())));
    for (const auto &r : ours.value("required", json::array())) {
        const json up = theirs.value("required", json::array());
        if (std::find(up.begin(), up.end(), r) == up.end())
            problems.append(QStringLiteral("%1: requires %2, upstream does not").arg(path, QString::fromStdString(r.dump())));
    }
    for (const auto &r : theirs.value("required", json::array())) {
        const json mine = ours.value("required", json::array());
        if (ours.contains("properties") && std::find(mine.begin(), mine.end(), r) == mine.end())
            problems.append(QStringLiteral("%1: upstream requires %2").arg(path, QString::fromStdString(r.dump())));
    }
    const json props = ours.value("properties", json::object());
    for (auto it = props.begin(); it != props.end(); ++it) {
        const json up = theirs.value("properties", json::object());
        compare(*it, up.value(it.key(), json()), path + QLatin1Char('.') + QString::fromStdString(it.key()), problems);
    }
    if (ours.contains("items") && ours["items"].contains("properties"))
        compare(ours["items"], theirs.value("items", json()), path + QStringLiteral("[]"), problems);
}
} // namespace

void tst_CrdDrift::initTestCase()
{
    m_referenceDir = qEnvironmentVariable("KUBESIM_REFERENCE_CRDS",
                                          QStringLiteral(SD_SOURCE_DIR "/../shared/reference/kubeblocks/crds"));
    if (!QDir(m_referenceDir).exists())
        QSKIP("reference KubeBlocks CRDs not present (set KUBESIM_REFERENCE_CRDS)");
}

void tst_CrdDrift::matchesReference_data()
{
    QTest::addColumn<QString>("name");
    for (const json &crd : sd::sim::Scenario::kubeBlocksCrds())
        QTest::newRow(crd["metadata"]["name"].get<std::string>().c_str())
            << QString::fromStdString(crd["metadata"]["name"].get<std::string>());
}

void tst_CrdDrift::matchesReference()
{
    QFETCH(QString, name);
    json ours;
    for (const json &crd : sd::sim::Scenario::kubeBlocksCrds()) {
        if (crd["metadata"]["name"] == name.toStdString())
            ours = crd;
    }
    const QString group = name.section(QLatin1Char('.'), 1);
    const QString plural = name.section(QLatin1Char('.'), 0, 0);
    const QStringList files = QDir(m_referenceDir).entryList({group + QStringLiteral("_") + plural + QStringLiteral("*.yaml")});
    if (files.isEmpty())
        QSKIP("no reference CRD for this one");
    QFile f(QDir(m_referenceDir).filePath(files.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto theirs = sd::parseJsonOrYaml(f.readAll());
    QVERIFY(theirs.has_value());
    QCOMPARE(QString::fromStdString(ours["spec"]["group"].get<std::string>()),
             QString::fromStdString((*theirs)["spec"]["group"].get<std::string>()));
    QCOMPARE(QString::fromStdString(ours["spec"]["scope"].get<std::string>()),
             QString::fromStdString((*theirs)["spec"]["scope"].get<std::string>()));
    for (const char *n : {"kind", "plural", "singular", "listKind"})
        QCOMPARE(QString::fromStdString(ours["spec"]["names"].value(n, std::string())),
                 QString::fromStdString((*theirs)["spec"]["names"].value(n, std::string())));
    QStringList problems;
    int compared = 0;
    for (const auto &mine : ours["spec"]["versions"]) {
        for (const auto &up : (*theirs)["spec"]["versions"]) {
            if (up["name"] != mine["name"])
                continue;
            ++compared;
            const QString v = QString::fromStdString(mine["name"].get<std::string>());
            if (mine.value("storage", false) != up.value("storage", false))
                problems.append(v + QStringLiteral(": storage flag differs"));
            for (const auto &col : mine.value("additionalPrinterColumns", json::array())) {
                bool found = false;
                for (const auto &c : up.value("additionalPrinterColumns", json::array()))
                    found = found || (c["name"] == col["name"] && c["jsonPath"] == col["jsonPath"] && c["type"] == col["type"]);
                if (!found)
                    problems.append(v + QStringLiteral(": printer column %1 differs").arg(QString::fromStdString(col.dump())));
            }
            compare(mine["schema"]["openAPIV3Schema"], up["schema"]["openAPIV3Schema"], v, problems);
        }
    }
    QVERIFY2(compared > 0, "no version in common with the reference CRD");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CrdDrift)
#include "tst_crddrift.moc"
