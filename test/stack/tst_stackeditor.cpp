#include "stack/stackeditor.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"

#include <QTest>

using namespace sd;

namespace {

Stack devStack()
{
    return StackFile::load(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml"))
        .stack.value_or(Stack{});
}

bool hasEdge(const Stack &s, const QString &from, const QString &to)
{
    return std::any_of(s.edges.cbegin(), s.edges.cend(),
                       [&](const Edge &e) { return e.from == from && e.to == to; });
}

int errorCount(const Stack &s)
{
    int n = 0;
    for (const StackIssue &issue : StackValidator().validate(s))
        n += issue.severity == StackIssue::Severity::Error;
    return n;
}

} // namespace

class TestStackEditor : public QObject
{
    Q_OBJECT

private slots:
    void paletteReflectsTheStack()
    {
        const Stack stack = devStack();
        QVERIFY(!stack.components.isEmpty());
        const StackEditor editor;
        bool sawMongo = false, sawApi = false, sawMysql = false;
        for (const StackEditor::PaletteEntry &e : editor.palette(stack)) {
            if (e.type == QLatin1String("mongodb")) {
                sawMongo = true;
                QVERIFY(e.datastore);
                QVERIFY2(e.unavailableReason.contains(QLatin1String("mongodb-cluster")), qPrintable(e.unavailableReason));
            } else if (e.type == QLatin1String("openim-api")) {
                sawApi = true;
                QVERIFY(!e.datastore);
                QVERIFY(!e.unavailableReason.isEmpty());
            } else if (e.type == QLatin1String("mysql")) {
                sawMysql = true; // only OpenIM Chat of old releases uses it
            }
        }
        QVERIFY(sawMongo && sawApi && sawMysql);
        // An empty stack can take every server component and every engine OpenIM binds.
        Stack empty;
        empty.profile = stack.profile;
        for (const StackEditor::PaletteEntry &e : editor.palette(empty)) {
            if (e.type == QLatin1String("mongodb") || e.type == QLatin1String("openim-rpc-user"))
                QVERIFY2(e.unavailableReason.isEmpty(), qPrintable(e.unavailableReason));
        }
    }

    // Removing a datastore and adding it back from the palette restores a valid, fully wired stack.
    void removeAndAddDatastoreRewires()
    {
        Stack stack = devStack();
        QCOMPARE(errorCount(stack), 0);
        const StackEditor editor;
        QCOMPARE(editor.remove(stack, {QStringLiteral("mongodb-cluster"), QStringLiteral("nope")}),
                 QStringList{QStringLiteral("mongodb-cluster")});
        QVERIFY(!stack.datastore(QStringLiteral("mongodb-cluster")));
        for (const Edge &e : stack.edges)
            QVERIFY(e.to != QLatin1String("mongodb-cluster"));
        QVERIFY(errorCount(stack) > 0);

        QString reason;
        const QString name = editor.addNode(stack, QStringLiteral("mongodb"), CanvasPosition{true, 40, 500}, &reason);
        QCOMPARE(name, QStringLiteral("mongodb-cluster"));
        QVERIFY(reason.isEmpty());
        const DatastoreSpec *d = stack.datastore(name);
        QVERIFY(d);
        QCOMPARE(d->canvas, (CanvasPosition{true, 40, 500}));
        QVERIFY(!d->version.isEmpty());
        QVERIFY(!d->storageSize.isZero());
        QVERIFY(hasEdge(stack, QStringLiteral("openim-rpc-user"), name));
        QCOMPARE(errorCount(stack), 0);

        QVERIFY(editor.addNode(stack, QStringLiteral("mongodb"), {}, &reason).isEmpty());
        QVERIFY(reason.contains(QLatin1String("mongodb-cluster")));
    }

    void removeAndAddComponentRewiresBothDirections()
    {
        Stack stack = devStack();
        const StackEditor editor;
        const QString user = QStringLiteral("openim-rpc-user");
        QVERIFY(hasEdge(stack, QStringLiteral("openim-api"), user));
        editor.remove(stack, {user});
        QVERIFY(!hasEdge(stack, QStringLiteral("openim-api"), user));
        QString reason;
        QCOMPARE(editor.addNode(stack, user, {}, &reason), user);
        QVERIFY(hasEdge(stack, QStringLiteral("openim-api"), user)); // caller -> new node
        QVERIFY(hasEdge(stack, user, QStringLiteral("mongodb-cluster"))); // new node -> datastore
        QCOMPARE(errorCount(stack), 0);
    }

    void chatComponentsNeedChat()
    {
        Stack stack = devStack();
        stack.profile.chat = false;
        QString reason;
        const StackEditor editor;
        QVERIFY(editor.addNode(stack, QStringLiteral("chat-api"), {}, &reason).isEmpty());
        QVERIFY2(reason.contains(QLatin1String("Chat")), qPrintable(reason));
        QVERIFY(!stack.component(QStringLiteral("chat-api")));
        stack.profile.chat = true;
        QCOMPARE(editor.addNode(stack, QStringLiteral("chat-api"), {}, &reason), QStringLiteral("chat-api"));
        QVERIFY(editor.addNode(stack, QStringLiteral("no-such-thing"), {}, &reason).isEmpty());
        QVERIFY(reason.contains(QLatin1String("no-such-thing")));
    }

    void connectRules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reasonPart"); // empty: allowed
        QTest::newRow("datastore first") << "mongodb-cluster" << "openim-api" << "datastore";
        QTest::newRow("self") << "openim-api" << "openim-api" << "itself";
        QTest::newRow("never calls") << "openim-rpc-user" << "openim-api" << "never calls";
        QTest::newRow("unused engine") << "openim-crontask" << "minio-cluster" << "does not use";
        QTest::newRow("already") << "openim-api" << "openim-rpc-user" << "already";
        QTest::newRow("unknown") << "openim-api" << "ghost" << "ghost";
    }
    void connectRules()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reasonPart);
        Stack stack = devStack();
        const Stack before = stack;
        QString reason;
        QVERIFY(!StackEditor().connect(stack, from, to, &reason));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        QVERIFY(stack == before);
    }

    void connectReplacesSameEngineAndDisconnects()
    {
        Stack stack = devStack();
        const StackEditor editor;
        const QString user = QStringLiteral("openim-rpc-user");
        QVERIFY(editor.disconnect(stack, user, QStringLiteral("mongodb-cluster")));
        QVERIFY(!editor.disconnect(stack, user, QStringLiteral("mongodb-cluster")));
        QVERIFY(errorCount(stack) > 0);
        QString reason;
        QVERIFY2(editor.connect(stack, user, QStringLiteral("mongodb-cluster"), &reason), qPrintable(reason));
        QCOMPARE(errorCount(stack), 0);
        // A second MongoDB cluster (as after a restore) takes over the component's MongoDB edge.
        DatastoreSpec copy = *stack.datastore(QStringLiteral("mongodb-cluster"));
        copy.name = QStringLiteral("mongo-restored");
        stack.datastores.append(copy);
        QVERIFY2(editor.connect(stack, user, copy.name, &reason), qPrintable(reason));
        QVERIFY(hasEdge(stack, user, copy.name));
        QVERIFY(!hasEdge(stack, user, QStringLiteral("mongodb-cluster")));
    }

    void copySettings()
    {
        Stack stack = devStack();
        const StackEditor editor;
        QString reason;
        ComponentSpec &api = stack.components[0];
        const QString apiName = api.name;
        api.replicas = 3;
        api.env = {{QStringLiteral("IMENV_LOG_REMAINLOGLEVEL"), QStringLiteral("3")}};
        const QString target = QStringLiteral("openim-rpc-user");
        QVERIFY2(editor.copySettings(stack, apiName, target, &reason), qPrintable(reason));
        QCOMPARE(stack.component(target)->replicas, 3);
        QCOMPARE(stack.component(target)->env.size(), 1);
        QVERIFY(!editor.copySettings(stack, apiName, QStringLiteral("mongodb-cluster"), &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(!editor.copySettings(stack, QStringLiteral("redis-cluster"), QStringLiteral("mongodb-cluster"), &reason));
        QVERIFY(reason.contains(QLatin1String("redis")));
    }
};

QTEST_GUILESS_MAIN(TestStackEditor)
#include "tst_stackeditor.moc"
