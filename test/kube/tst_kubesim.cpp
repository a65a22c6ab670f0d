#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubestream.h"
#include "kube/logstream.h"
#include "kube/resourcecache.h"
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/store.h"
#include "../support/responseof.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace sd;

// The kube library against the simulated cluster over real TLS: token, client-certificate,
// read-only and exec-plugin users; watches with forced drops and 410s; 429 with Retry-After;
// log follows cut repeatedly while lines arrive at 250/s; 30 open streams while a GET answers.
// Lost and duplicated events and lines are counted against the simulator's own records.
class tst_KubeSim : public QObject
{
    Q_OBJECT

    sim::Cluster m_cluster;
    QTemporaryDir m_dir;
    QString m_kubeconfig;

    std::optional<ClusterConnection> connect(const QString &context)
    {
        QString error;
        auto c = ClusterConnection::fromConfig(KubeConfig::loadFiles({m_kubeconfig}, true), context, &error);
        if (!c)
            qWarning("%s", qPrintable(error));
        return c;
    }
    static ApiResource configMaps() { return ApiResource::core("configmaps", "ConfigMap"); }

private slots:
    void initTestCase()
    {
        // The API server alone (envtest style): this test writes pods and statuses itself.
        sim::SimOptions apiOnly;
        apiOnly.controllers = false;
        apiOnly.recordEventLog = true;  // informerAgainstEventLog compares against it
        m_cluster.setOptions(apiOnly);
        QVERIFY(m_cluster.loadScenario("empty"));
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.errorString()));
        m_kubeconfig = m_dir.filePath("kubeconfig");
        QVERIFY(m_cluster.writeKubeconfig(m_kubeconfig, "sim"));
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> ns(client.create(ApiResource::core("namespaces", "Namespace", false), {},
                                                      QJsonObject{{"apiVersion", "v1"}, {"kind", "Namespace"},
                                                                  {"metadata", QJsonObject{{"name", "sim"}}}}));
        const KubeResponse r = responseOf(ns.get());
        QVERIFY2(r.ok() || r.error.reason() == "AlreadyExists", qPrintable(r.error.text()));
    }

    void users_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<bool>("canWrite");
        QTest::newRow("admin token") << "kubesim" << true;
        QTest::newRow("admin client certificate") << "kubesim-cert" << true;
        QTest::newRow("viewer without write permission") << "kubesim-viewer" << false;
    }
    void users()
    {
        QFETCH(QString, context);
        QFETCH(bool, canWrite);
        auto c = connect(context);
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> version(client.version());
        const KubeResponse v = responseOf(version.get());
        QVERIFY2(v.ok(), qPrintable(v.error.text()));
        QVERIFY(!v.object().value("gitVersion").toString().isEmpty());

        std::unique_ptr<KubeRequest> review(client.accessReview("create", "", "configmaps", "sim"));
        QCOMPARE(KubeClient::accessAllowed(responseOf(review.get())), canWrite);

        const QJsonObject cm{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                             {"metadata", QJsonObject{{"name", "users-" + context}}}};
        std::unique_ptr<KubeRequest> create(client.create(configMaps(), "sim", cm, {true, "stackdeck"}));
        const KubeResponse r = responseOf(create.get());
        QCOMPARE(r.ok(), canWrite);
        if (!canWrite) {
            QCOMPARE(r.httpStatus, 403);
            QVERIFY2(r.error.text().contains("Permission denied"), qPrintable(r.error.text()));
        }
    }

    void execPluginUser()
    {
        QFile f(m_kubeconfig);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray y = f.readAll();
        f.close();
        const QString path = m_dir.filePath("exec-kubeconfig");
        // Same clusters, plus a user whose token comes from the test plugin.
        y.replace("users:\n", "users:\n- name: plugin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                              "      command: " SD_SOURCE_DIR "/test/data/kube/plugins/token-plugin.sh\n"
                              "      interactiveMode: Never\n"
                              "      env: [{name: PLUGIN_TOKEN, value: \"" + m_cluster.adminToken().toUtf8() + "\"}]\n");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(y);
        out.close();
        const KubeConfig config = KubeConfig::loadFiles({path}, true);
        QString error;
        auto c = ClusterConnection::fromConfig(config, "kubesim", &error);
        QVERIFY2(c, qPrintable(error));
        c->user = *config.user("plugin");
        KubeClient client(*c, [](const ExecTrustRequest &) { return true; });
        std::unique_ptr<KubeRequest> r(client.list(configMaps(), "sim"));
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
    }

    void informerAgainstEventLog()
    {
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        ResourceCache cache(&client, configMaps(), "sim", {"app=informer", {}});
        cache.setBatchInterval(20);
        cache.setBackoff(20, 100);
        QHash<QString, QString> model;
        int duplicates = 0;
        int lost = 0;
        QObject::connect(&cache, &ResourceCache::changed, this, [&](const QList<ResourceChange> &batch) {
            for (const auto &ch : batch) {
                const QString rv = ResourceStore::resourceVersionOf(ch.object);
                if (ch.type == ResourceChange::Type::Added)
                    duplicates += model.contains(ch.key);
                else
                    lost += !model.contains(ch.key);
                if (ch.type == ResourceChange::Type::Deleted)
                    model.remove(ch.key);
                else
                    model.insert(ch.key, rv);
            }
        });
        QSignalSpy synced(&cache, &ResourceCache::synced);
        cache.start();
        QVERIFY(synced.wait(20000));

        auto cm = [](int i, int v) {
            return QJsonObject{{"apiVersion", "v1"}, {"kind", "ConfigMap"},
                               {"metadata", QJsonObject{{"name", QString("inf-%1").arg(i)},
                                                        {"labels", QJsonObject{{"app", "informer"}}}}},
                               {"data", QJsonObject{{"v", QString::number(v)}}}};
        };
        std::vector<std::unique_ptr<KubeRequest>> writes;
        auto round = [&](int base) {
            for (int i = 0; i < 10; ++i)
                writes.emplace_back(client.apply(configMaps(), "sim", QString("inf-%1").arg(i),
                                                 QJsonDocument(cm(i, base)).toJson()));
            for (int i = 0; i < 3; ++i)
                writes.emplace_back(client.remove(configMaps(), "sim", QString("inf-%1").arg(base % 10 + i)));
        };
        round(1);
        m_cluster.dropWatches();
        round(2);
        m_cluster.failNextWatches(1); // the resume gets 410 Expired: relist
        m_cluster.dropWatches();
        round(3);
        for (const auto &w : writes)
            responseOf(w.get());

        // The truth: the simulator's event log, replayed for this namespace and label.
        auto truth = [&] {
            QHash<QString, QString> state;
            for (const sim::WatchEvent &e : m_cluster.eventLog()) {
                if (e.resource != "/configmaps" || !e.object)
                    continue;
                const auto &meta = (*e.object)["metadata"];
                if (meta.value("namespace", "") != "sim" || meta.value("labels", nlohmann::json::object()).value("app", "") != "informer")
                    continue;
                const QString key = "sim/" + QString::fromStdString(meta.value("name", ""));
                if (e.type == sim::WatchEvent::Deleted)
                    state.remove(key);
                else
                    state.insert(key, QString::number(e.resourceVersion));
            }
            return state;
        };
        QTRY_COMPARE_WITH_TIMEOUT(model, truth(), 20000);
        QVERIFY(cache.relistCount() >= 1);
        QCOMPARE(duplicates, 0);
        QCOMPARE(lost, 0);
    }

    void throttlingWithRetryAfter()
    {
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        m_cluster.setErrorShares(0.3, 0.0);
        int retried = 0;
        for (int i = 0; i < 8; ++i) {
            std::unique_ptr<KubeRequest> r(client.list(configMaps(), "sim"));
            const KubeResponse resp = responseOf(r.get());
            QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
            retried += resp.attempts > 1;
        }
        m_cluster.setErrorShares(0.0, 0.0);
        // Write requests are not retried: a 429 reaches the caller as a clear error.
        m_cluster.setErrorShares(1.0, 0.0);
        std::unique_ptr<KubeRequest> post(client.create(configMaps(), "sim",
                                                        QJsonObject{{"metadata", QJsonObject{{"name", "throttled"}}}}));
        const KubeResponse p = responseOf(post.get());
        m_cluster.setErrorShares(0.0, 0.0);
        QCOMPARE(p.httpStatus, 429);
        QCOMPARE(p.retryAfterMs, 1000);
        QVERIFY(p.error.text().contains("too many requests"));
        QVERIFY2(retried > 0, "with 30 % throttling some of 8 lists must have needed a retry");
    }

    void logFollowAcrossCuts()
    {
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        const QJsonObject pod{{"apiVersion", "v1"}, {"kind", "Pod"},
                              {"metadata", QJsonObject{{"name", "chatty"}}},
                              {"spec", QJsonObject{{"containers", QJsonArray{QJsonObject{{"name", "main"}, {"image", "busybox"}}}}}}};
        std::unique_ptr<KubeRequest> create(client.create(ApiResource::core("pods", "Pod"), "sim", pod));
        QVERIFY2(responseOf(create.get()).ok(), qPrintable(create->response().error.text()));
        KubeRequestSpec status;
        status.method = "PATCH";
        status.path = "/api/v1/namespaces/sim/pods/chatty/status";
        status.contentType = "application/merge-patch+json";
        status.body = R"({"status":{"phase":"Running","containerStatuses":[{"name":"main","ready":true,"state":{"running":{}}}]}})";
        std::unique_ptr<KubeRequest> running(client.request(status));
        QVERIFY2(responseOf(running.get()).ok(), qPrintable(running->response().error.text()));

        LogOptions o;
        o.container = "main";
        LogStream stream(&client, "sim", "chatty", o);
        stream.setBackoff(10, 50);
        QList<LogLine> got;
        QObject::connect(&stream, &LogStream::linesReceived, this, [&](const QList<LogLine> &l) { got += l; });
        stream.start();

        // 250 lines/s for 3 s, the stream cut every 400 ms.
        int written = 0;
        QTimer writer;
        QObject::connect(&writer, &QTimer::timeout, this, [&] {
            QList<QByteArray> lines;
            for (int i = 0; i < 5; ++i)
                lines.append("line " + QByteArray::number(written++));
            m_cluster.appendLog("sim", "chatty", "main", lines);
        });
        QTimer cutter;
        QObject::connect(&cutter, &QTimer::timeout, this, [&] { m_cluster.cutLogStreams(); });
        writer.start(20);
        cutter.start(400);
        QTest::qWait(3000);
        writer.stop();
        cutter.stop();
        QTRY_COMPARE_WITH_TIMEOUT(int(got.size()), written, 20000);
        QVERIFY(stream.reconnects() >= 3);
        const auto truth = m_cluster.logs()->lines("sim", "chatty", "main");
        QCOMPARE(int(truth.size()), written);
        for (int i = 0; i < written; ++i)
            QCOMPARE(got[i].text.toUtf8(), truth[size_t(i)].text);

        // The pod goes away: the follow ends cleanly.
        QSignalSpy ended(&stream, &LogStream::ended);
        std::unique_ptr<KubeRequest> del(client.remove(ApiResource::core("pods", "Pod"), "sim", "chatty", {false, "Background", 0}));
        responseOf(del.get());
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().first().value<LogStream::EndReason>(), LogStream::EndReason::PodGone);
    }

    void streamsDoNotStarveRequests()
    {
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        std::vector<std::unique_ptr<KubeStream>> streams;
        int opened = 0;
        for (int i = 0; i < 30; ++i) {
            KubeRequestSpec s;
            s.path = "/api/v1/namespaces/sim/configmaps";
            s.query.addQueryItem("watch", "true");
            s.query.addQueryItem("timeoutSeconds", "120");
            streams.emplace_back(client.stream(s, 0));
            QObject::connect(streams.back().get(), &KubeStream::opened, this, [&] { ++opened; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(opened, 30, 20000);
        std::unique_ptr<KubeRequest> r(client.get(ApiResource::core("namespaces", "Namespace", false), {}, "sim"));
        const KubeResponse resp = responseOf(r.get());
        QVERIFY2(resp.ok(), qPrintable(resp.error.text()));
        for (const auto &s : streams)
            QVERIFY(s->isOpen());
    }

    // A controller writing the object between the server's read and write must not fail a patch
    // that names no resourceVersion (the real server recomputes it, kubectl label relies on that);
    // a patch that names a stale one still answers 409. The other writer here writes every 5 ms,
    // far more often than any controller writes one object.
    void patchesRetryRacesWithOtherWriters()
    {
        auto c = connect("kubesim");
        QVERIFY(c);
        KubeClient client(*c);
        std::unique_ptr<KubeRequest> create(client.create(configMaps(), "sim",
                                                          QJsonObject{{"metadata", QJsonObject{{"name", "raced"}}}}));
        const KubeResponse created = responseOf(create.get());
        QVERIFY2(created.ok(), qPrintable(created.error.text()));
        const QString staleRv = created.object().value("metadata").toObject().value("resourceVersion").toString();

        std::atomic<bool> stop = false;
        std::atomic<int> writes = 0;
        std::thread writer([&] {
            while (!stop) {
                m_cluster.store()->mutate("/configmaps", "sim", "raced", [&](std::optional<nlohmann::json> &o) {
                    if (!o)
                        return sim::Store::Action::Keep;
                    (*o)["metadata"]["annotations"]["writer"] = std::to_string(writes);
                    return sim::Store::Action::Write;
                });
                ++writes;
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });
        // Patch for as long as the writer makes 200 writes (about a second).
        int patches = 0;
        int failed = 0;
        QString firstError;
        while (writes < 200) {
            std::unique_ptr<KubeRequest> p(client.mergePatch(
                configMaps(), "sim", "raced", QJsonObject{{"data", QJsonObject{{QString::number(patches % 50), QString::number(patches)}}}}));
            const KubeResponse r = responseOf(p.get());
            ++patches;
            if (!r.ok()) {
                ++failed;
                firstError = r.error.text();
            }
        }
        stop = true;
        writer.join();
        QVERIFY2(failed == 0, qPrintable(QStringLiteral("%1 of %2 patches failed: %3").arg(failed).arg(patches).arg(firstError)));

        std::unique_ptr<KubeRequest> stale(client.mergePatch(
            configMaps(), "sim", "raced", QJsonObject{{"metadata", QJsonObject{{"resourceVersion", staleRv}}}}));
        QCOMPARE(responseOf(stale.get()).httpStatus, 409);
    }
};

QTEST_GUILESS_MAIN(tst_KubeSim)
#include "tst_kubesim.moc"
