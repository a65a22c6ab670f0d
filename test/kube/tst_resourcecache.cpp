#include "fakeapiserver.h"
#include "kubetesthelpers.h"

#include "kube/resourcecache.h"
#include "kube/watchstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace sd;

namespace {
QJsonObject pod(const QString &name, int rv, const QString &phase = "Running")
{
    return QJsonObject{{"kind", "Pod"},
                       {"metadata", QJsonObject{{"name", name}, {"namespace", "ns1"},
                                                {"resourceVersion", QString::number(rv)}}},
                       {"status", QJsonObject{{"phase", phase}}}};
}

// A scripted pod store with a bounded event history: list (paginated), watch from a
// resourceVersion, 410 for compacted history, drops on demand.
class FakePodServer
{
public:
    explicit FakePodServer(FakeApiServer &server)
        : m_server(server)
    {
        server.setHandler([this](const FakeRequest &req, QSslSocket *s) { handle(req, s); });
    }
    void add(const QString &name) { change("ADDED", name); }
    void modify(const QString &name) { change("MODIFIED", name); }
    void remove(const QString &name) { change("DELETED", name); }
    void dropWatches()
    {
        for (const auto &s : std::as_const(m_watches))
            if (s)
                s->abort();
        m_watches.clear();
    }
    void compact() { m_compactedBelow = m_rv; }
    QHash<QString, int> state() const { return m_pods; }
    int watchRequests = 0;
    int listRequests = 0;

private:
    void change(const QString &type, const QString &name)
    {
        ++m_rv;
        if (type == "DELETED")
            m_pods.remove(name);
        else
            m_pods.insert(name, m_rv);
        m_history.append({m_rv, type, name});
        const QByteArray line = event(type, name, m_rv);
        for (const auto &s : std::as_const(m_watches))
            if (s)
                FakeApiServer::chunk(s, line);
    }
    static QByteArray event(const QString &type, const QString &name, int rv)
    {
        return QJsonDocument(QJsonObject{{"type", type}, {"object", pod(name, rv)}}).toJson(QJsonDocument::Compact) + "\n";
    }
    void handle(const FakeRequest &req, QSslSocket *s)
    {
        if (req.query.queryItemValue("watch") != "true") {
            ++listRequests;
            QStringList names = m_pods.keys();
            names.sort();
            const int offset = req.query.queryItemValue("continue").toInt();
            const int limit = req.query.queryItemValue("limit").toInt();
            QJsonArray items;
            for (int i = offset; i < names.size() && (limit == 0 || i < offset + limit); ++i)
                items.append(pod(names[i], m_pods.value(names[i])));
            QJsonObject meta{{"resourceVersion", QString::number(m_rv)}};
            if (limit && offset + limit < names.size())
                meta.insert("continue", QString::number(offset + limit));
            FakeApiServer::respond(s, 200, QJsonDocument(QJsonObject{{"kind", "PodList"}, {"metadata", meta},
                                                                     {"items", items}}).toJson(QJsonDocument::Compact));
            return;
        }
        ++watchRequests;
        const int from = req.query.queryItemValue("resourceVersion").toInt();
        FakeApiServer::startChunked(s);
        if (from < m_compactedBelow) {
            FakeApiServer::chunk(s, "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                                    "\"message\":\"too old resource version: " + QByteArray::number(from) + "\",\"reason\":\"Expired\",\"code\":410}}\n");
            FakeApiServer::endChunked(s);
            return;
        }
        for (const auto &h : std::as_const(m_history))
            if (h.rv > from)
                FakeApiServer::chunk(s, event(h.type, h.name, h.rv));
        FakeApiServer::chunk(s, "{\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"resourceVersion\":\""
                                + QByteArray::number(m_rv) + "\"}}}\n");
        m_watches.append(s);
    }

    struct Entry
    {
        int rv;
        QString type;
        QString name;
    };
    FakeApiServer &m_server;
    QHash<QString, int> m_pods;
    QList<Entry> m_history;
    QList<QPointer<QSslSocket>> m_watches;
    int m_rv = 100;
    int m_compactedBelow = 0;
};
} // namespace

// Informer logic: the pure store (idempotent events, coalescing, relist diff) and the cache
// against a scripted server with drops and 410s, checked against the server's own state.
class tst_ResourceCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void storeAppliesIdempotently()
    {
        ResourceStore s;
        QVERIFY(s.apply("ADDED", pod("a", 1)));
        QVERIFY(!s.apply("ADDED", pod("a", 1)));    // replay after reconnect
        QVERIFY(!s.apply("MODIFIED", pod("a", 1))); // same RV: nothing new
        QVERIFY(s.apply("MODIFIED", pod("a", 2)));
        QVERIFY(!s.apply("DELETED", pod("zzz", 3))); // unknown object
        QVERIFY(s.apply("MODIFIED", pod("b", 4)));   // never seen ADDED: still an addition
        QVERIFY(!s.apply("BOOKMARK", pod("", 5)));
        const auto changes = s.takeChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes[0].type, ResourceChange::Type::Added); // Added+Modified coalesce to Added
        QCOMPARE(ResourceStore::resourceVersionOf(changes[0].object), QString("2"));
        QCOMPARE(changes[1].key, QString("ns1/b"));
        QVERIFY(!s.hasChanges());
    }

    void storeCoalescing_data()
    {
        QTest::addColumn<QStringList>("events"); // TYPE:rv on object "a" (which exists at rv 1 unless noted)
        QTest::addColumn<bool>("preexisting");
        QTest::addColumn<QString>("result");     // Added | Modified | Deleted | none
        QTest::newRow("add+delete = nothing") << QStringList{"ADDED:2", "DELETED:3"} << false << "none";
        QTest::newRow("modify+modify") << QStringList{"MODIFIED:2", "MODIFIED:3"} << true << "Modified";
        QTest::newRow("modify+delete") << QStringList{"MODIFIED:2", "DELETED:3"} << true << "Deleted";
        QTest::newRow("delete+add = modified") << QStringList{"DELETED:2", "ADDED:3"} << true << "Modified";
    }
    void storeCoalescing()
    {
        QFETCH(QStringList, events);
        QFETCH(bool, preexisting);
        QFETCH(QString, result);
        ResourceStore s;
        if (preexisting) {
            s.apply("ADDED", pod("a", 1));
            s.takeChanges();
        }
        for (const QString &e : events) {
            const auto parts = e.split(':');
            s.apply(parts[0], pod("a", parts[1].toInt()));
        }
        const auto changes = s.takeChanges();
        if (result == "none") {
            QVERIFY(changes.isEmpty());
            return;
        }
        QCOMPARE(changes.size(), 1);
        const QHash<QString, ResourceChange::Type> types{{"Added", ResourceChange::Type::Added},
                                                         {"Modified", ResourceChange::Type::Modified},
                                                         {"Deleted", ResourceChange::Type::Deleted}};
        QCOMPARE(changes[0].type, types.value(result));
    }

    void storeRelistDiff()
    {
        ResourceStore s;
        s.replace({pod("a", 1), pod("b", 1), pod("c", 1)});
        s.takeChanges();
        s.replace({pod("a", 1), pod("b", 5), pod("d", 6)});
        const auto changes = s.takeChanges();
        QHash<QString, ResourceChange::Type> got;
        for (const auto &c : changes)
            got.insert(c.key, c.type);
        QCOMPARE(got.size(), 3);
        QCOMPARE(got.value("ns1/b"), ResourceChange::Type::Modified);
        QCOMPARE(got.value("ns1/c"), ResourceChange::Type::Deleted);
        QCOMPARE(got.value("ns1/d"), ResourceChange::Type::Added);
        QCOMPARE(s.size(), 3);
    }

    void watchLineSplitting()
    {
        QByteArray buf = "{\"type\":\"ADDED\"}\n\n{\"type\":\"MOD";
        QList<QByteArray> lines = WatchStream::takeLines(buf);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(buf, QByteArray("{\"type\":\"MOD"));
        buf += "IFIED\",\"object\":{\"metadata\":{\"name\":\"x\"}}}\n";
        lines = WatchStream::takeLines(buf);
        QCOMPARE(lines.size(), 1);
        QVERIFY(buf.isEmpty());
        const auto events = WatchStream::decode(lines + QList<QByteArray>{"garbage"});
        QCOMPARE(events[0].type, QString("MODIFIED"));
        QCOMPARE(events[0].object.value("metadata").toObject().value("name").toString(), QString("x"));
        QCOMPARE(events[1].type, QString("ERROR"));
    }

    void informerSurvivesDropsAnd410()
    {
        FakeApiServer server(QStringLiteral(SD_SOURCE_DIR "/test/data/kube/certs"));
        FakePodServer pods(server);
        for (int i = 0; i < 5; ++i)
            pods.add(QString("pod-%1").arg(i));
        auto c = testConnection(m_dir, server.url(), "    token: t\n");
        QVERIFY(c);
        KubeClient client(*c);
        ResourceCache cache(&client, ApiResource::core("pods", "Pod"), "ns1");
        cache.setPageSize(2); // forces limit/continue pagination
        cache.setBatchInterval(20);
        cache.setBackoff(10, 50);

        // The model a view would keep, built only from the emitted batches.
        QHash<QString, QString> model;
        int duplicates = 0;
        int lost = 0;
        int batches = 0;
        connect(&cache, &ResourceCache::changed, this, [&](const QList<ResourceChange> &batch) {
            ++batches;
            for (const auto &ch : batch) {
                const QString rv = ResourceStore::resourceVersionOf(ch.object);
                switch (ch.type) {
                case ResourceChange::Type::Added:
                    duplicates += model.contains(ch.key);
                    model.insert(ch.key, rv);
                    break;
                case ResourceChange::Type::Modified:
                    lost += !model.contains(ch.key);
                    model.insert(ch.key, rv);
                    break;
                case ResourceChange::Type::Deleted:
                    lost += !model.contains(ch.key);
                    model.remove(ch.key);
                    break;
                }
            }
        });
        auto matchesServer = [&] {
            const auto st = pods.state();
            if (st.size() != model.size())
                return false;
            for (auto it = st.cbegin(); it != st.cend(); ++it)
                if (model.value("ns1/" + it.key()) != QString::number(it.value()))
                    return false;
            return true;
        };
        QSignalSpy synced(&cache, &ResourceCache::synced);
        cache.start();
        QVERIFY(synced.wait(10000));
        QCOMPARE(pods.listRequests, 3); // 5 pods in pages of 2
        QVERIFY(matchesServer());
        QTRY_COMPARE(pods.watchRequests, 1);

        // Live events.
        pods.modify("pod-1");
        pods.add("pod-9");
        pods.remove("pod-0");
        QTRY_VERIFY(matchesServer());

        // Dropped connection: resume from the last resourceVersion, replaying nothing twice.
        pods.dropWatches();
        pods.modify("pod-2"); // happens while disconnected
        QTRY_COMPARE(pods.watchRequests, 2);
        QTRY_VERIFY(matchesServer());

        // History compacted while disconnected: the resume gets 410 and the cache relists.
        pods.dropWatches();
        pods.remove("pod-3");
        pods.add("pod-10");
        pods.compact();
        QTRY_VERIFY_WITH_TIMEOUT(cache.relistCount() >= 1, 10000);
        QTRY_VERIFY(matchesServer());
        QCOMPARE(cache.state(), ResourceCache::State::Watching);
        QCOMPARE(cache.objects().size(), pods.state().size());
        QCOMPARE(duplicates, 0);
        QCOMPARE(lost, 0);
        QVERIFY(batches >= 3);
    }
};

QTEST_GUILESS_MAIN(tst_ResourceCache)
#include "tst_resourcecache.moc"
