#include "kubesim/kbcatalog.h"

#include <QHash>
#include <QRegularExpression>

namespace sd::sim::KbCatalog {

namespace {
QStringList split(const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); }

QString versioned(const char *prefix) { return QLatin1String(prefix) + QLatin1Char('-') + QLatin1String(addonVersion); }

std::vector<ComponentDef> makeComponentDefs()
{
    std::vector<ComponentDef> defs;
    const QStringList mysqlAccounts = split("root kbadmin kbdataprotection kbprobe kbmonitoring kbreplicator proxysql");
    const QList<ServiceDef> mysqlServices = {{QStringLiteral("default"), {}, {{QStringLiteral("mysql"), 3306}}, QStringLiteral("primary")}};
    const QList<Port> mysqlPorts = {{QStringLiteral("mysql"), 3306}, {QStringLiteral("kbagent"), 3501}};
    for (const auto &[prefix, versions] :
         {std::pair{"mysql-5.7", "5.7.44"},
          std::pair{"mysql-8.0", "8.0.33 8.0.34 8.0.35 8.0.36 8.0.37 8.0.38 8.0.39 8.0.41 8.0.44"},
          std::pair{"mysql-8.4", "8.4.0 8.4.1 8.4.2 8.4.3 8.4.7"}}) {
        ComponentDef d;
        d.name = versioned(prefix);
        d.addon = d.serviceKind = d.versionsFrom = QStringLiteral("mysql");
        d.serviceVersions = split(versions);
        d.container = QStringLiteral("mysql");
        d.image = QStringLiteral("docker.io/apecloud/mysql");
        d.containerPorts = mysqlPorts;
        d.volumes = {QStringLiteral("data")};
        d.roles = {QStringLiteral("primary"), QStringLiteral("secondary")};
        d.exclusiveLeader = true;
        d.accounts = mysqlAccounts;
        d.services = mysqlServices;
        d.switchover = true;
        d.backupMethod = QStringLiteral("xtrabackup");
        defs.push_back(d);
    }
    const QList<std::pair<const char *, const char *>> redisMajors = {
        {"5", "5.0.12"},
        {"6", "6.2.14 6.2.17 6.2.18"},
        {"7", "7.0.6 7.2.4 7.2.7 7.2.10 7.2.11 7.2.12 7.4.2 7.4.5 7.4.6 7.4.7"},
        {"8", "8.0.1 8.0.3 8.0.4 8.0.5 8.2.1 8.2.2 8.2.3 8.4.0"}};
    for (const auto &[major, versions] : redisMajors) {
        ComponentDef d;
        d.name = QStringLiteral("redis-%1-%2").arg(QLatin1String(major), QLatin1String(addonVersion));
        d.addon = d.serviceKind = d.versionsFrom = QStringLiteral("redis");
        d.serviceVersions = split(versions);
        d.container = QStringLiteral("redis");
        d.image = QStringLiteral("docker.io/apecloud/redis");
        d.containerPorts = {{QStringLiteral("redis"), 6379}, {QStringLiteral("kbagent"), 3501}};
        d.volumes = {QStringLiteral("data")};
        d.roles = {QStringLiteral("primary"), QStringLiteral("secondary")};
        d.exclusiveLeader = true;
        d.accounts = {QStringLiteral("default")};
        d.services = {{QStringLiteral("redis"), QStringLiteral("redis"), {{QStringLiteral("redis"), 6379}}, QStringLiteral("primary")}};
        d.switchover = true;
        d.backupMethod = QStringLiteral("datafile");
        defs.push_back(d);

        ComponentDef s;
        s.name = QStringLiteral("redis-sentinel-%1-%2").arg(QLatin1String(major), QLatin1String(addonVersion));
        s.addon = QStringLiteral("redis");
        s.serviceKind = s.versionsFrom = QStringLiteral("redis-sentinel");
        s.serviceVersions = split(versions);
        s.container = QStringLiteral("redis-sentinel");
        s.image = QStringLiteral("docker.io/apecloud/redis");
        s.containerPorts = {{QStringLiteral("redis-sentinel"), 26379}};
        s.volumes = {QStringLiteral("data")};
        s.accounts = {QStringLiteral("default")};
        s.services = {{QStringLiteral("redis-sentinel"), QStringLiteral("redis-sentinel"),
                       {{QStringLiteral("redis-sentinel"), 26379}}, {}}};
        defs.push_back(s);
    }
    {
        ComponentDef d;
        d.name = versioned("mongodb");
        d.addon = d.serviceKind = d.versionsFrom = QStringLiteral("mongodb");
        d.serviceVersions = split("4.4.29 5.0.29 6.0.27 7.0.28 8.0.17");
        d.container = QStringLiteral("mongodb");
        d.image = QStringLiteral("docker.io/library/mongo");
        d.containerPorts = {{QStringLiteral("mongodb"), 27017}, {QStringLiteral("kbagent"), 3501}};
        d.volumes = {QStringLiteral("data")};
        d.roles = {QStringLiteral("primary"), QStringLiteral("secondary")};
        d.exclusiveLeader = true;
        d.accounts = {QStringLiteral("root")};
        d.services = {{QStringLiteral("default"), {}, {{QStringLiteral("mongodb"), 27017}}, {}},
                      {QStringLiteral("mongodb"), QStringLiteral("mongodb"), {{QStringLiteral("mongodb"), 27017}}, QStringLiteral("primary")},
                      {QStringLiteral("readonly"), QStringLiteral("mongodb-ro"), {{QStringLiteral("mongodb"), 27017}}, QStringLiteral("secondary")}};
        d.switchover = true;
        d.backupMethod = QStringLiteral("datafile");
        defs.push_back(d);
    }
    {
        ComponentDef d;
        d.name = versioned("kafka-combine");
        d.addon = QStringLiteral("kafka");
        d.serviceKind = QStringLiteral("kafka");
        d.versionsFrom = QStringLiteral("kafka-combine");
        d.serviceVersions = split("3.3.2 3.7.1 3.8.1 3.9.0");
        d.container = QStringLiteral("kafka");
        d.image = QStringLiteral("docker.io/apecloud/kafka");
        d.containerPorts = {{QStringLiteral("kafka-client"), 9092}, {QStringLiteral("kafka-ctrlr"), 9093},
                            {QStringLiteral("kafka-internal"), 9094}, {QStringLiteral("metrics"), 5556}};
        d.volumes = {QStringLiteral("data"), QStringLiteral("metadata")};
        d.accounts = {QStringLiteral("admin"), QStringLiteral("client")};
        d.services = {{QStringLiteral("advertised-listener"), QStringLiteral("advertised-listener"),
                       {{QStringLiteral("broker"), 9092}}, {}, true}};
        defs.push_back(d);

        ComponentDef e;
        e.name = versioned("kafka-exporter");
        e.addon = QStringLiteral("kafka");
        e.serviceKind = e.versionsFrom = QStringLiteral("kafka-exporter");
        e.serviceVersions = {QStringLiteral("1.6.0")};
        e.container = QStringLiteral("kafka-exporter");
        e.image = QStringLiteral("docker.io/bitnami/kafka-exporter");
        e.containerPorts = {{QStringLiteral("metrics"), 9308}};
        defs.push_back(e);
    }
    {
        ComponentDef d;
        d.name = versioned("minio");
        d.addon = d.serviceKind = d.versionsFrom = QStringLiteral("minio");
        d.serviceVersions = split("2024.6.29 2025.10.15");
        d.container = QStringLiteral("minio");
        d.image = QStringLiteral("docker.io/coollabsio/minio");
        d.containerPorts = {{QStringLiteral("api"), 9000}, {QStringLiteral("console"), 9001}};
        d.volumes = {QStringLiteral("data")};
        d.roles = {QStringLiteral("readwrite"), QStringLiteral("notready")};
        d.accounts = {QStringLiteral("root")};
        d.services = {{QStringLiteral("default"), {}, {{QStringLiteral("api"), 9000}, {QStringLiteral("console"), 9001}}, {}}};
        d.minReplicas = 2;
        d.maxReplicas = 32;
        defs.push_back(d);
    }
    return defs;
}

std::vector<ClusterDef> makeClusterDefs()
{
    const auto topo = [](const char *name, bool isDefault, QList<TopologyComponent> comps) {
        return Topology{QString::fromLatin1(name), isDefault, std::move(comps)};
    };
    const TopologyComponent mysql{QStringLiteral("mysql"), QStringLiteral("^mysql-\\d+\\.\\d+-")};
    const TopologyComponent proxysql{QStringLiteral("proxysql"), QStringLiteral("^proxysql-mysql-")};
    const TopologyComponent redis{QStringLiteral("redis"), QStringLiteral("^redis-\\d+")};
    const TopologyComponent sentinel{QStringLiteral("redis-sentinel"), QStringLiteral("^redis-sentinel-\\d+")};
    const TopologyComponent twemproxy{QStringLiteral("redis-twemproxy"), QStringLiteral("^redis-twemproxy-")};
    const TopologyComponent combine{QStringLiteral("kafka-combine"), QStringLiteral("^kafka-combine-")};
    const TopologyComponent exporter{QStringLiteral("kafka-exporter"), QStringLiteral("^kafka-exporter-")};
    const TopologyComponent controller{QStringLiteral("kafka-controller"), QStringLiteral("^kafka-controller-")};
    const TopologyComponent broker{QStringLiteral("kafka-broker"), QStringLiteral("^kafka-broker-")};
    return {
        {QStringLiteral("mysql"), QStringLiteral("mysql"),
         {topo("semisync", true, {mysql}), topo("semisync-proxysql", false, {mysql, proxysql}),
          topo("mgr", false, {{QStringLiteral("mysql"), QStringLiteral("^mysql-mgr-")}}),
          topo("mgr-proxysql", false, {{QStringLiteral("mysql"), QStringLiteral("^mysql-mgr-")}, proxysql}),
          topo("orc", false, {{QStringLiteral("mysql"), QStringLiteral("^mysql-orc-")}}),
          topo("orc-proxysql", false, {{QStringLiteral("mysql"), QStringLiteral("^mysql-orc-")}, proxysql})}},
        {QStringLiteral("redis"), QStringLiteral("redis"),
         {topo("standalone", true, {redis}), topo("replication", false, {redis, sentinel}),
          topo("replication-twemproxy", false, {redis, sentinel, twemproxy}), topo("cluster", false, {})}},
        {QStringLiteral("mongodb"), QStringLiteral("mongodb"),
         {topo("replicaset", true, {{QStringLiteral("mongodb"), QStringLiteral("mongodb")}}), topo("sharding", false, {})}},
        {QStringLiteral("kafka"), QStringLiteral("kafka"),
         {topo("combined_monitor", true, {combine, exporter}), topo("combined", false, {combine}),
          topo("separated_monitor", false, {controller, broker, exporter}), topo("separated", false, {controller, broker}),
          topo("kafka2-external-zk", false, {broker, exporter})}},
    };
}
} // namespace

const std::vector<ComponentDef> &componentDefs()
{
    static const std::vector<ComponentDef> defs = makeComponentDefs();
    return defs;
}

const std::vector<ClusterDef> &clusterDefs()
{
    static const std::vector<ClusterDef> defs = makeClusterDefs();
    return defs;
}

const std::vector<Addon> &addons()
{
    static const std::vector<Addon> list = {
        {QStringLiteral("apecloud-mysql"), QStringLiteral("ApeCloud MySQL is a database that is compatible with MySQL syntax and achieves high availability through the utilization of the RAFT consensus protocol."), true},
        {QStringLiteral("etcd"), QStringLiteral("etcd is a strongly consistent, distributed key-value store."), true},
        {QStringLiteral("kafka"), QStringLiteral("Apache Kafka is a distributed streaming platform."), true},
        {QStringLiteral("minio"), QStringLiteral("MinIO is a high performance object storage."), false},
        {QStringLiteral("mongodb"), QStringLiteral("MongoDB is a document database designed for ease of application development and scaling."), true},
        {QStringLiteral("mysql"), QStringLiteral("MySQL is a widely used, open-source relational database management system (RDBMS)."), true},
        {QStringLiteral("postgresql"), QStringLiteral("PostgreSQL is an advanced, enterprise class open source relational database."), true},
        {QStringLiteral("qdrant"), QStringLiteral("Qdrant is an open source vector database."), true},
        {QStringLiteral("rabbitmq"), QStringLiteral("RabbitMQ is a reliable and mature messaging and streaming broker."), true},
        {QStringLiteral("redis"), QStringLiteral("Redis is an in-memory database."), true},
    };
    return list;
}

const ComponentDef *componentDef(const QString &fullName)
{
    for (const ComponentDef &d : componentDefs()) {
        if (d.name == fullName)
            return &d;
    }
    return nullptr;
}

const ClusterDef *clusterDef(const QString &name)
{
    for (const ClusterDef &d : clusterDefs()) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

bool compDefMatches(const QString &pattern, const QString &fullName)
{
    if (pattern.isEmpty())
        return false;
    if (fullName == pattern || fullName.startsWith(pattern))
        return true;
    // Compiled once per pattern and thread: Cluster reconciles ask this for every component and
    // compiling dominated them. The patterns are the few compdef names the catalog holds.
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(pattern));
    return it->isValid() && it->match(fullName).hasMatch();
}

int compareVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(QLatin1Char('.')), pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace sd::sim::KbCatalog
