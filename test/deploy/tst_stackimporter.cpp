#include "deploy/stackimporter.h"
#include "deploy/yamldocuments.h"
#include "stack/bundleexporter.h"
#include "stack/stackfile.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using Json = nlohmann::json;

class tst_StackImporter : public QObject
{
    Q_OBJECT

    static QString upstreamDir()
    {
        return QStringLiteral("/work/shared/reference/openim/open-im-server@main/deployments/deploy");
    }

private slots:
    // Our own bundle maps back onto the stack it came from.
    void exportedBundleRoundTrips()
    {
        const auto loaded = StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"));
        QVERIFY(loaded.stack);
        const Stack &original = *loaded.stack;
        const auto bundle = BundleExporter::exportStack(original);
        QVERIFY(!bundle.text.isEmpty());
        QString error;
        const auto docs = YamlDocuments::parse(bundle.text, &error);
        QVERIFY2(docs, qPrintable(error));

        const auto result = StackImporter::fromObjects(*docs, original.name, QString());
        QVERIFY(result.stack);
        const Stack &imported = *result.stack;
        for (const StackIssue &issue : result.issues)
            QVERIFY2(issue.severity != StackIssue::Severity::Error, qPrintable(issue.toString()));
        QCOMPARE(imported.ns, original.ns);
        QCOMPARE(imported.profile.registry, original.profile.registry);
        QCOMPARE(imported.openim.adminUsers, original.openim.adminUsers);
        QCOMPARE(imported.openim.logLevel, original.openim.logLevel);
        QCOMPARE(imported.datastores.size(), original.datastores.size());
        for (const DatastoreSpec &d : original.datastores) {
            const DatastoreSpec *i = imported.datastore(d.name);
            QVERIFY2(i, qPrintable(d.name));
            QCOMPARE(*i, d);
        }
        QCOMPARE(imported.components.size(), original.components.size());
        for (const ComponentSpec &c : original.components) {
            const ComponentSpec *i = imported.component(c.name);
            QVERIFY2(i, qPrintable(c.name));
            QCOMPARE(i->replicas, c.replicas);
            QCOMPARE(i->resources, c.resources);
            QCOMPARE(i->exposure.type, c.exposure.type);
            QCOMPARE(i->image, c.image);
            QCOMPARE(i->tag, c.tag);
        }
        QSet<QPair<QString, QString>> originalEdges;
        QSet<QPair<QString, QString>> importedEdges;
        for (const Edge &e : original.edges)
            originalEdges.insert({e.from, e.to});
        for (const Edge &e : imported.edges)
            importedEdges.insert({e.from, e.to});
        QCOMPARE(importedEdges, originalEdges);
    }

    void upstreamManifests()
    {
        if (!QDir(upstreamDir()).exists())
            QSKIP("OpenIM's deployment files are not on this machine");
        const auto result = StackImporter::fromPath(upstreamDir(), QStringLiteral("openim"), QStringLiteral("openim"));
        QVERIFY(result.stack);
        const Stack &s = *result.stack;
        QCOMPARE(s.components.size(), 12);
        for (const char *name : {"openim-api", "openim-msggateway", "openim-msgtransfer", "openim-push", "openim-crontask",
                                 "openim-rpc-user", "openim-rpc-third"})
            QVERIFY2(s.component(QLatin1String(name)), name);
        QCOMPARE(s.component(QStringLiteral("openim-crontask"))->replicas, 1); // upstream runs 2: no lock
        QCOMPARE(s.component(QStringLiteral("openim-api"))->replicas, 2);
        QCOMPARE(s.component(QStringLiteral("openim-api"))->exposure.type, QStringLiteral("NodePort"));
        QSet<QString> engines;
        for (const DatastoreSpec &d : s.datastores)
            engines.insert(d.engine);
        QCOMPARE(engines, (QSet<QString>{"mongodb", "redis", "kafka", "minio"}));
        QCOMPARE(s.openim.adminUsers.value(0).userID, QStringLiteral("imAdmin"));
        QCOMPARE(s.openim.secret.kind, SecretSource::Kind::Generate);
        // Credentials never travel into the stack file.
        const QByteArray file = StackFile::serialize(s);
        QVERIFY(!file.contains("openIM123"));
        const QString unmapped = result.unmapped.join(QLatin1Char('\n'));
        QVERIFY2(unmapped.contains(QLatin1String("Ingress")), qPrintable(unmapped));
        QVERIFY(unmapped.contains(QLatin1String("Secret")));
        QVERIFY(result.mapped.join(QLatin1Char('\n')).contains(QLatin1String("data is not migrated")));
        // What it could map is a stack Stackdeck can deploy.
        for (const StackIssue &issue : result.issues)
            QVERIFY2(issue.severity != StackIssue::Severity::Error, qPrintable(issue.toString()));
    }

    void unreadableFilesAreReported()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("kind: Deployment\nmetadata: [unclosed\n");
        bad.close();
        const auto result = StackImporter::fromPath(dir.path(), QStringLiteral("x"), QString());
        QVERIFY(!result.stack);
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues[0].file, bad.fileName());
    }

    void adoptFindsOpenImObjects_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<bool>("openim");
        QTest::newRow("openim image") << QByteArray(R"({"kind":"Deployment","metadata":{"name":"x"},"spec":{"template":{"spec":{"containers":[{"name":"a","image":"ghcr.io/openimsdk/openim-rpc-user:v3.8.3"}]}}}})") << true;
        QTest::newRow("mongo image") << QByteArray(R"({"kind":"StatefulSet","metadata":{"name":"m"},"spec":{"template":{"spec":{"containers":[{"name":"a","image":"mongo:7.0"}]}}}})") << true;
        QTest::newRow("upstream app label") << QByteArray(R"({"kind":"Service","metadata":{"name":"s","labels":{"app":"user-rpc-server"}}})") << true;
        QTest::newRow("unrelated") << QByteArray(R"({"kind":"Deployment","metadata":{"name":"web"},"spec":{"template":{"spec":{"containers":[{"name":"a","image":"nginx:1.25"}]}}}})") << false;
    }
    void adoptFindsOpenImObjects()
    {
        QFETCH(QByteArray, object);
        QFETCH(bool, openim);
        QCOMPARE(StackImporter::looksLikeOpenIm(Json::parse(object.toStdString())), openim);
    }
};

QTEST_GUILESS_MAIN(tst_StackImporter)
#include "tst_stackimporter.moc"
