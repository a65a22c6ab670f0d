#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sd;

class tst_Catalogs : public QObject
{
    Q_OBJECT
private slots:
    void openImComponents()
    {
        const auto &cat = OpenImCatalog::builtIn();
        QSet<QString> ids;
        for (const auto &c : cat.components())
            ids.insert(c.id);
        const QStringList server{QStringLiteral("openim-api"),
                                 QStringLiteral("openim-msggateway"),
                                 QStringLiteral("openim-msgtransfer"),
                                 QStringLiteral("openim-push"),
                                 QStringLiteral("openim-crontask"),
                                 QStringLiteral("openim-rpc-auth"),
                                 QStringLiteral("openim-rpc-conversation"),
                                 QStringLiteral("openim-rpc-friend"),
                                 QStringLiteral("openim-rpc-group"),
                                 QStringLiteral("openim-rpc-msg"),
                                 QStringLiteral("openim-rpc-third"),
                                 QStringLiteral("openim-rpc-user")};
        for (const QString &id : server)
            QVERIFY2(ids.contains(id), qPrintable(id));
        for (const char *chat : {"chat-api", "admin-api", "chat-rpc", "admin-rpc"}) {
            const auto *c = cat.component(QLatin1String(chat));
            QVERIFY(c);
            QVERIFY(c->optional);
            QCOMPARE(c->group, QStringLiteral("chat"));
        }
        QCOMPARE(ids.size(), cat.components().size()); // unique

        static const QRegularExpression dnsLabel(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
        for (const auto &c : cat.components()) {
            QVERIFY2(dnsLabel.match(c.id).hasMatch(), qPrintable(c.id));
            for (const auto &p : c.ports) {
                // Service port names must be lowercase IANA-style names of at most 15 characters.
                QVERIFY2(dnsLabel.match(p.name).hasMatch() && p.name.size() <= 15,
                         qPrintable(p.name));
                QVERIFY(p.port > 0 && p.port < 65536);
            }
            // kuberesolver dials the first port of the slice: gRPC must come first.
            if (c.portFor(PortProtocol::Grpc))
                QCOMPARE(c.ports.first().protocol, PortProtocol::Grpc);
            if (!c.probePort.isEmpty())
                QVERIFY2(c.port(c.probePort), qPrintable(c.id));
            for (const QString &e : c.exposable)
                QVERIFY(c.port(e));
            for (const QString &callee : c.calls)
                QVERIFY2(cat.component(callee), qPrintable(callee));
            for (const QString &engine : c.datastores) {
                QVERIFY(KubeBlocksCatalog::builtIn().engine(engine));
                QVERIFY(cat.binding(engine));
            }
            if (!c.discoveryKey.isEmpty())
                QVERIFY(!c.service.isEmpty());
            QVERIFY(c.resources.cpuRequest <= c.resources.cpuLimit);
            QVERIFY(c.resources.memoryRequest <= c.resources.memoryLimit);
            QVERIFY(!c.resources.cpuRequest.isZero());
        }
        // push fans out to every gateway through Endpoints ports named exactly "grpc".
        QVERIFY(cat.component(QStringLiteral("openim-msggateway"))->port(QStringLiteral("grpc")));
        QCOMPARE(cat.component(QStringLiteral("openim-msggateway"))->ports.first().name,
                 QStringLiteral("grpc"));
        // No lock in Kubernetes mode: crontask must run once.
        QCOMPARE(cat.component(QStringLiteral("openim-crontask"))->maxReplicas, 1);
        QVERIFY(cat.component(QStringLiteral("openim-push"))
                    ->calls.contains(QStringLiteral("openim-msggateway")));
        QCOMPARE(cat.component(QStringLiteral("openim-rpc-user"))->service,
                 QStringLiteral("user-rpc-service"));
    }

    void openImProfileAndConfig()
    {
        const auto &cat = OpenImCatalog::builtIn();
        const auto *profile = cat.profile(QStringLiteral("openim-3.8"));
        QVERIFY(profile);
        QCOMPARE(profile->serverTag, QStringLiteral("v3.8.3"));
        const auto *server = profile->group(QStringLiteral("server"));
        const auto *chat = profile->group(QStringLiteral("chat"));
        QVERIFY(server && chat);
        QCOMPARE(server->envPrefix, QStringLiteral("IMENV_"));
        QCOMPARE(chat->envPrefix, QStringLiteral("CHATENV_"));
        QVERIFY(server->configMap != chat->configMap);
        const auto files = cat.configDefaults(*server);
        QVERIFY(files.is_object());
        for (const QString &f : cat.sharedConfigFiles())
            QVERIFY2(files.contains(f.toStdString()), qPrintable(f));
        for (const auto &b : cat.datastoreBindings())
            QVERIFY2(files.contains(b.configFile.toStdString()), qPrintable(b.configFile));
        const auto chatFiles = cat.configDefaults(*chat);
        QVERIFY(chatFiles.is_object());
        for (const auto &c : cat.components()) {
            const auto &groupFiles = c.group == QLatin1String("server") ? files : chatFiles;
            QVERIFY2(groupFiles.contains(c.configFile.toStdString()), qPrintable(c.configFile));
        }
        // Chat's generated-once keys live in Chat's own files.
        for (const auto &owned : chat->ownedKeys)
            QVERIFY2(chatFiles.contains(owned.configFile.toStdString()),
                     qPrintable(owned.configFile));
        QCOMPARE(cat.registries().size(), 3);
        QCOMPARE(cat.registry(QStringLiteral("aliyun"))->prefix,
                 QStringLiteral("registry.cn-hangzhou.aliyuncs.com/openimsdk"));
        QCOMPARE(cat.registry(QStringLiteral("ghcr"))->prefix, QStringLiteral("ghcr.io/openimsdk"));
    }

    void kubeBlocksEngines()
    {
        const auto &kb = KubeBlocksCatalog::builtIn();
        QCOMPARE(kb.apiVersion(), QStringLiteral("apps.kubeblocks.io/v1"));
        QCOMPARE(kb.maxClusterNameLength(), 15);
        for (const char *id : {"mysql", "redis", "mongodb", "kafka", "minio"}) {
            const auto *e = kb.engine(QLatin1String(id));
            QVERIFY2(e, id);
            QVERIFY(e->fallbackVersions.contains(e->defaultVersion));
            QVERIFY(e->dataComponent());
            for (const auto &t : e->topologies) {
                for (const QString &c : t.components)
                    QVERIFY(e->component(c));
            }
            QVERIFY(e->topology(e->defaultTopology));
            for (const auto &c : e->components) {
                QVERIFY(c.defaultReplicas >= c.minReplicas && c.defaultReplicas <= c.maxReplicas);
                QVERIFY(!c.volumes.isEmpty());
            }
        }
        QCOMPARE(
            kb.engine(QStringLiteral("redis"))->topology(QStringLiteral("replication"))->components,
            QStringList({QStringLiteral("redis"), QStringLiteral("redis-sentinel")}));
        QVERIFY(kb.engine(QStringLiteral("minio"))->clusterDef.isEmpty());
        QCOMPARE(kb.engine(QStringLiteral("minio"))->componentDef, QStringLiteral("minio"));
        QCOMPARE(kb.engine(QStringLiteral("minio"))->dataComponent()->replicaRule,
                 QStringLiteral("even"));
        QCOMPARE(kb.engine(QStringLiteral("kafka"))->dataComponent()->replicaRule,
                 QStringLiteral("odd"));
        // MongoDB 6.0.22 exists only in addon 1.0.0; the fallback list follows addon 1.0.2.
        QVERIFY(!kb.engine(QStringLiteral("mongodb"))
                     ->fallbackVersions.contains(QStringLiteral("6.0.22")));
    }

    // Names exactly as kubeblocks.md §5 and §11.2 write them.
    void kubeBlocksNaming()
    {
        QCOMPARE(KubeBlocksCatalog::serviceName(QStringLiteral("redis-cluster"),
                                                QStringLiteral("redis"),
                                                QStringLiteral("redis")),
                 QStringLiteral("redis-cluster-redis-redis"));
        QCOMPARE(KubeBlocksCatalog::serviceName(
                     QStringLiteral("mysql-cluster"), QStringLiteral("mysql"), QString()),
                 QStringLiteral("mysql-cluster-mysql"));
        QCOMPARE(KubeBlocksCatalog::accountSecretName(QStringLiteral("mongodb-cluster"),
                                                      QStringLiteral("mongodb"),
                                                      QStringLiteral("root")),
                 QStringLiteral("mongodb-cluster-mongodb-account-root"));
        QCOMPARE(KubeBlocksCatalog::accountSecretName(
                     QStringLiteral("c"), QStringLiteral("mysql"), QStringLiteral("kb_admin")),
                 QStringLiteral("c-mysql-account-kb-admin"));
        QCOMPARE(KubeBlocksCatalog::headlessServiceName(QStringLiteral("kafka-cluster"),
                                                        QStringLiteral("kafka-combine")),
                 QStringLiteral("kafka-cluster-kafka-combine-headless"));

        const auto &kb = KubeBlocksCatalog::builtIn();
        DatastoreSpec kafka;
        kafka.name = QStringLiteral("kafka-cluster");
        kafka.engine = QStringLiteral("kafka");
        kafka.replicas = 3;
        QCOMPARE(kb.clientAddresses(kafka, QStringLiteral("openim")),
                 QStringList(
                     {QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-0.openim.svc:9092"),
                      QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-1.openim.svc:9092"),
                      QStringLiteral(
                          "kafka-cluster-kafka-combine-advertised-listener-2.openim.svc:9092")}));
        QVERIFY(kb.accountSecret(kafka).isEmpty()); // SASL stays off: no credentials wired
        DatastoreSpec minio;
        minio.name = QStringLiteral("minio-cluster");
        minio.engine = QStringLiteral("minio");
        QCOMPARE(kb.clientAddresses(minio, QStringLiteral("openim")),
                 QStringList{QStringLiteral("minio-cluster-minio.openim.svc:9000")});
        QCOMPARE(kb.accountSecret(minio), QStringLiteral("minio-cluster-minio-account-root"));
    }

    void versionsFromCluster()
    {
        const auto &kb = KubeBlocksCatalog::builtIn();
        // Offline: the built-in list.
        const EngineVersions offline = kb.versions(QStringLiteral("mongodb"), std::nullopt);
        QCOMPARE(offline.source, EngineVersions::Source::BuiltIn);
        QVERIFY(offline.versions.contains(QStringLiteral("6.0.27")));

        // Connected: what the cluster's ComponentVersion says, in version order.
        const QJsonObject mongodb = QJsonDocument::fromJson(R"({
            "apiVersion": "apps.kubeblocks.io/v1", "kind": "ComponentVersion",
            "metadata": {"name": "mongodb"},
            "spec": {"releases": [{"name": "6.0.22", "serviceVersion": "6.0.22"}]},
            "status": {"phase": "Available", "serviceVersions": "7.0.12,6.0.22,4.4.29,6.0.16,8.0.4"}})")
                                        .object();
        const QJsonObject kafka = QJsonDocument::fromJson(R"({
            "metadata": {"name": "kafka-combine"},
            "spec": {"releases": [{"serviceVersion": "3.3.2"}, {"serviceVersion": "3.9.0"}, {"serviceVersion": "3.3.2"}]}})")
                                      .object();
        const QJsonObject minio = QJsonDocument::fromJson(R"({
            "metadata": {"name": "minio"}, "spec": {"releases": [{"serviceVersion": "2024.6.29"}]},
            "status": {"phase": "Unavailable"}})")
                                      .object();
        const QHash<QString, QJsonObject> objects{{QStringLiteral("mongodb"), mongodb},
                                                  {QStringLiteral("kafka-combine"), kafka},
                                                  {QStringLiteral("minio"), minio}};
        const EngineVersions m = kb.versions(QStringLiteral("mongodb"), objects);
        QCOMPARE(m.source, EngineVersions::Source::Cluster);
        QCOMPARE(m.versions,
                 QStringList({QStringLiteral("4.4.29"),
                              QStringLiteral("6.0.16"),
                              QStringLiteral("6.0.22"),
                              QStringLiteral("7.0.12"),
                              QStringLiteral("8.0.4")}));
        const EngineVersions k = kb.versions(QStringLiteral("kafka"), objects);
        QCOMPARE(k.source, EngineVersions::Source::Cluster);
        QCOMPARE(k.versions, QStringList({QStringLiteral("3.3.2"), QStringLiteral("3.9.0")}));
        QCOMPARE(kb.versions(QStringLiteral("minio"), objects).source,
                 EngineVersions::Source::NotInstalled);
        QCOMPARE(kb.versions(QStringLiteral("redis"), objects).source,
                 EngineVersions::Source::NotInstalled);
        QVERIFY(kb.versions(QStringLiteral("redis"), objects).versions.isEmpty());
    }

    void portsDoNotCollide()
    {
        // Every fixed port is distinct, so a stack can never wire two components to one port.
        QHash<int, QString> owner;
        for (const auto &c : OpenImCatalog::builtIn().components()) {
            for (const auto &p : c.ports) {
                QVERIFY2(!owner.contains(p.port),
                         qPrintable(QStringLiteral("%1 and %2 share %3")
                                        .arg(owner.value(p.port), c.id)
                                        .arg(p.port)));
                owner.insert(p.port, c.id);
            }
        }
    }

    void badCatalogJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("wrong version") << QByteArray(R"({"catalogVersion": 2})");
        QTest::newRow("missing keys") << QByteArray(R"({"catalogVersion": 1})");
    }
    void badCatalogJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!OpenImCatalog::fromJson(json, &error));
        QVERIFY(error.contains(QStringLiteral("OpenIM catalog")));
        error.clear();
        QVERIFY(!KubeBlocksCatalog::fromJson(json, &error));
        QVERIFY(error.contains(QStringLiteral("KubeBlocks catalog")));
    }

    void shippedStacksAreResources()
    {
        QFile dev(QStringLiteral(":/stackdeck/stacks/openim-dev.yaml"));
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QVERIFY(dev.readAll().startsWith("apiVersion: stackdeck.io/v1"));
        QVERIFY(QFile::exists(QStringLiteral(":/stackdeck/stacks/openim-production.yaml")));
    }
};

QTEST_GUILESS_MAIN(tst_Catalogs)
#include "tst_catalogs.moc"
