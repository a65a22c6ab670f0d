#include "kubesim/openimprocess.h"

#include "kubesim/clusternetwork.h"
#include "kubesim/dataregistry.h"
#include "kubesim/objects.h"
#include "kubesim/openimconfig.h"
#include "kubesim/store.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>

#include <cmath>

namespace sd::sim {

using json = nlohmann::json;
using ojson = nlohmann::ordered_json;

namespace {

struct Binary
{
    const char *name;
    const char *discoveryKey;  // its key under discovery.yml rpcService ("" when it has no gRPC service)
    QStringList loads;         // datastore files it reads
    QStringList connects;      // datastores it connects to before serving
};

// What each binary's main() reads and connects to (openim.md §2; code reading of the `main` design).
const QList<Binary> &binaries()
{
    static const QString mongo = QStringLiteral("mongodb"), redis = QStringLiteral("redis"), kafka = QStringLiteral("kafka"),
                         minio = QStringLiteral("minio");
    static const QList<Binary> list = {
        {"openim-api", "", {}, {}},
        {"openim-msggateway", "messageGateway", {redis}, {redis}},
        {"openim-msgtransfer", "", {mongo, redis, kafka}, {mongo, redis, kafka}},
        {"openim-push", "push", {redis, kafka}, {redis, kafka}},
        {"openim-crontask", "", {}, {}},
        {"openim-rpc-auth", "auth", {mongo, redis}, {mongo, redis}},
        {"openim-rpc-conversation", "conversation", {mongo, redis}, {mongo, redis}},
        {"openim-rpc-friend", "friend", {mongo, redis}, {mongo, redis}},
        {"openim-rpc-group", "group", {mongo, redis}, {mongo, redis}},
        {"openim-rpc-msg", "msg", {mongo, redis, kafka}, {mongo, redis, kafka}},
        {"openim-rpc-third", "third", {mongo, redis, minio}, {mongo, redis, minio}},
        {"openim-rpc-user", "user", {mongo, redis, kafka}, {mongo, redis}},
    };
    return list;
}

const Binary *binary(const QString &name)
{
    for (const Binary &b : binaries()) {
        if (name == QLatin1String(b.name))
            return &b;
    }
    return nullptr;
}

QString q(const json &j, const char *key)
{
    const json v = j.is_object() ? j.value(key, json()) : json();
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QStringList stringList(const json &j)
{
    QStringList out;
    for (const auto &v : j.is_array() ? j : json::array())
        out.append(v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString::fromStdString(v.dump()));
    return out;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

HttpAnswer openImJson(int errCode, const QString &errMsg, const QString &errDlt, const json &data = nullptr)
{
    json body = {{"errCode", errCode}, {"errMsg", errMsg.toStdString()}, {"errDlt", errDlt.toStdString()}};
    if (!data.is_null())
        body["data"] = data;
    return HttpAnswer::json(200, QByteArray::fromStdString(body.dump()));
}

} // namespace

OpenImProcess::OpenImProcess(ContainerEnv env) : SimProcess(std::move(env))
{
    m_binary = m_env.imageName();
    m_version = m_env.imageTag();
    const QStringList argv = m_env.command + m_env.args;
    const qsizetype i = argv.indexOf(QStringLiteral("-i"));
    if (i >= 0)
        m_index = argv.value(i + 1).toInt();
}

bool OpenImProcess::handles(const ContainerEnv &env) { return binary(env.imageName()) != nullptr; }

bool OpenImProcess::loadFile(const QString &file, Fatal *fatal)
{
    QString error;
    const auto loaded = OpenImConfig::load(m_env, file, &error);
    if (!loaded) {
        fatal->error = error;
        return false;
    }
    m_config[file.toStdString()] = *loaded;
    return true;
}

bool OpenImProcess::logs(int level) const
{
    const json log = m_config.value("log.yml", json::object());
    if (!log.value("isStdout", false))
        return false;
    return level <= log.value("remainLogLevel", 6);
}

QByteArray OpenImProcess::zapLine(const char *level, const QString &caller, const QString &message, const ojson &fields) const
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")).toUtf8();
    if (m_config.value("log.yml", json::object()).value("isJson", false)) {
        ojson line = {{"level", level}, {"time", now.toStdString()}, {"logger", m_binary.toStdString()},
                      {"caller", caller.toStdString()}, {"msg", message.toStdString()}, {"PID", 1},
                      {"version", m_version.toStdString()}};
        for (auto it = fields.begin(); it != fields.end(); ++it)
            line[it.key()] = *it;
        return QByteArray::fromStdString(line.dump());
    }
    // zap's console encoder with OpenIM's coloured, padded columns (openim.md §6).
    const QByteArray colour = qstrcmp(level, "ERROR") == 0 ? "31" : qstrcmp(level, "WARN") == 0 ? "33"
                              : qstrcmp(level, "DEBUG") == 0                                  ? "35"
                                                                                              : "34";
    QByteArray kv = "{";
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (kv.size() > 1)
            kv += ", ";
        kv += QByteArray::fromStdString(json(it.key()).dump()) + ": " + QByteArray::fromStdString(it->dump());
    }
    kv += "}";
    const auto pad = [](const QByteArray &text, int width) { return text.leftJustified(width, ' '); };
    return now + '\t' + "\x1b[" + colour + 'm' + level + "\x1b[0m" + '\t' + "\x1b[36m" + pad("[PID:1]", 15) + "\x1b[0m" + '\t'
           + "\x1b[32m" + pad(m_binary.toUtf8(), 25) + "\x1b[0m" + '\t' + pad('[' + m_version.toUtf8() + ']', 30) + '\t'
           + pad('[' + caller.toUtf8() + ']', 50) + '\t' + pad(message.toUtf8(), 50) + '\t' + kv;
}

int OpenImProcess::portAt(const QString &file, const char *section, const char *key, QString *error) const
{
    const json list = m_config.value(file.toStdString(), json::object()).value(section, json::object()).value(key, json::array());
    if (!list.is_array() || m_index >= int(list.size()) || !list[m_index].is_number_integer()) {
        *error = QStringLiteral("index out of range, index=%1, length=%2, %3.%4 in %5")
                     .arg(m_index)
                     .arg(list.is_array() ? int(list.size()) : 0)
                     .arg(QLatin1String(section), QLatin1String(key), file);
        return 0;
    }
    return list[m_index].get<int>();
}

SimProcess::Startup OpenImProcess::start(const ProcessWorld &world)
{
    SimProcess::start(world);
    Startup s;
    const Binary *bin = binary(m_binary);
    Fatal fatal;
    qint64 elapsed = 0;
    const auto fail = [&](const Fatal &f) {
        s.exitCode = 255;  // os.Exit(-1)
        s.durationMs = f.afterMs;
        if (f.logReady && logs(2))
            s.lines.append(zapLine("ERROR", QStringLiteral("cmd/main.go:34"), QStringLiteral("start failed"),
                                   ojson{{"error", f.error.toStdString()}}));
        for (const QString &line : QStringList{QStringLiteral("%1 exit -1: %2").arg(m_binary, f.error)})
            s.lines.append(line.toUtf8());
        return s;
    };
    if (m_env.env.value(QStringLiteral("CONFIG_PATH")).isEmpty()) {
        fatal.error = QStringLiteral("CONFIG_PATH env is empty");
        return fail(fatal);
    }
    const QString own = m_binary + QStringLiteral(".yml");
    QStringList files = {QStringLiteral("log.yml"), own, QStringLiteral("share.yml"), QStringLiteral("discovery.yml")};
    for (const QString &engine : bin->loads)
        files.append(engine + QStringLiteral(".yml"));
    if (QLatin1String(bin->discoveryKey) != QLatin1String("") && m_binary.startsWith(QStringLiteral("openim-rpc-")))
        files.append({QStringLiteral("local-cache.yml"), QStringLiteral("notification.yml"), QStringLiteral("webhooks.yml")});
    for (const QString &file : std::as_const(files)) {
        if (!loadFile(file, &fatal))
            return fail(fatal);
        fatal.logReady = true;  // log.yml comes first: later failures are logged
    }
    const QString discovery = q(m_config["discovery.yml"], "enable");
    if (discovery == QStringLiteral("etcd")) {
        fatal.afterMs = 5300;
        fatal.error = QStringLiteral("failed to connect to etcd, address=[%1]: context deadline exceeded")
                          .arg(stringList(m_config["discovery.yml"].value("etcd", json::object()).value("address", json::array()))
                                   .join(QLatin1Char(' ')));
        return fail(fatal);
    }
    if (discovery != QStringLiteral("kubernetes")) {
        fatal.error = QStringLiteral("unsupported discovery type, type=%1").arg(discovery);
        return fail(fatal);
    }

    // Ports by index (-i), as the binary picks them.
    QString error;
    const json ownConfig = m_config[own.toStdString()];
    const bool prometheus = ownConfig.value("prometheus", json::object()).value("enable", false);
    const auto take = [&](const char *section, const char *key, int *into) {
        if (!error.isEmpty())
            return;
        *into = portAt(own, section, key, &error);
        if (error.isEmpty())
            m_ports.append(*into);
    };
    int rpcPort = 0;
    if (m_binary == QStringLiteral("openim-api"))
        take("api", "ports", &m_httpPort);
    else if (QLatin1String(bin->discoveryKey) != QLatin1String(""))
        take("rpc", "ports", &rpcPort);
    if (m_binary == QStringLiteral("openim-msggateway"))
        take("longConnSvr", "ports", &m_wsPort);
    if (prometheus)
        take("prometheus", "ports", &m_metricsPort);
    if (!error.isEmpty()) {
        fatal.error = error;
        return fail(fatal);
    }

    // Init lines as the binaries write them (openim.md §6).
    const std::string podIp = m_env.podIP.toStdString();
    const ojson metricsPorts = m_metricsPort ? ojson::array({m_metricsPort}) : ojson::array();
    if (m_binary == QStringLiteral("openim-api")) {
        s.lines.append(zapLine("INFO", QStringLiteral("api/init.go:72"), QStringLiteral("api server is init"),
                               {{"runtimeEnv", "kubernetes"}, {"address", "0.0.0.0:" + std::to_string(m_httpPort)}, {"apiPort", m_httpPort}}));
    } else if (m_binary == QStringLiteral("openim-msggateway")) {
        s.lines.append(zapLine("INFO", QStringLiteral("msggateway/init.go:43"), QStringLiteral("MSG-GATEWAY server is initializing"),
                               {{"runtimeEnv", "kubernetes"}, {"rpcPorts", ojson::array({rpcPort})}, {"wsPort", ojson::array({m_wsPort})}, {"prometheusPorts", metricsPorts}}));
    } else if (m_binary == QStringLiteral("openim-msgtransfer")) {
        s.lines.append(zapLine("INFO", QStringLiteral("msgtransfer/init.go:64"), QStringLiteral("MSG-TRANSFER server is initializing"),
                               {{"runTimeEnv", "kubernetes"}, {"prometheusPorts", metricsPorts}, {"index", m_index}}));
    } else if (m_binary == QStringLiteral("openim-crontask")) {
        s.lines.append(zapLine("INFO", QStringLiteral("tools/cron_task.go:55"), QStringLiteral("cron task server is initializing"),
                               {{"runTimeEnv", "kubernetes"}, {"cronExecuteTime", q(m_config[own.toStdString()], "cronExecuteTime").toStdString()}}));
    } else {
        s.lines.append(zapLine("INFO", QStringLiteral("startrpc/start.go:92"), QStringLiteral("RPC server is initializing"),
                               {{"runTimeEnv", "kubernetes"}, {"rpcPorts", ojson::array({rpcPort})}, {"prometheusPorts", metricsPorts}}));
    }
    if (!logs(4))
        s.lines.clear();

    for (const QString &engine : bin->connects) {
        QString failure;
        if (engine == QStringLiteral("mongodb"))
            failure = connectMongo(&elapsed);
        else if (engine == QStringLiteral("redis"))
            failure = connectRedis(&elapsed);
        else if (engine == QStringLiteral("kafka"))
            failure = connectKafka(&elapsed);
        else if (engine == QStringLiteral("minio") && q(m_config[own.toStdString()].value("object", json::object()), "enable") == engine)
            failure = connectMinio(&elapsed);
        if (!failure.isEmpty()) {
            fatal.error = failure;
            fatal.afterMs = elapsed + 300;
            return fail(fatal);
        }
    }
    if (rpcPort && logs(5)) {
        const std::string service = q(m_config["discovery.yml"].value("rpcService", json::object()), bin->discoveryKey).toStdString();
        s.lines.append(zapLine("DEBUG", QStringLiteral("startrpc/start.go:237"), QStringLiteral("rpc start register"),
                               {{"rpcRegisterName", service}, {"registerIP", podIp}, {"rpcPort", rpcPort}}));
    }
    s.durationMs = elapsed + 1200;
    return s;
}

QString OpenImProcess::connectMongo(qint64 *elapsedMs) const
{
    const json c = m_config["mongodb.yml"];
    const QString user = q(c, "username");
    const QString password = q(c, "password");
    QString uri = q(c, "uri");
    QStringList hosts;
    QString authSource = q(c, "authSource");
    if (uri.isEmpty()) {
        hosts = stringList(c.value("address", json::array()));
        QString query = QStringLiteral("maxPoolSize=%1").arg(c.value("maxPoolSize", 100));
        if (!user.isEmpty())
            query += QStringLiteral("&authSource=%1").arg(authSource);
        uri = QStringLiteral("mongodb://%1%2/%3?%4")
                  .arg(user.isEmpty() ? QString() : QStringLiteral("%1:****@").arg(user), hosts.join(QLatin1Char(',')),
                       q(c, "database"), query);
    } else {
        // mongodb://user:pass@h1,h2/db?opts: what matters here is the hosts (the password stays out of the logs).
        const QString rest = uri.section(QStringLiteral("://"), 1);
        hosts = rest.section(QLatin1Char('@'), -1).section(QLatin1Char('/'), 0, 0).split(QLatin1Char(','));
        uri = QStringLiteral("mongodb://****@") + rest.section(QLatin1Char('@'), -1);
    }
    const QString wrap = QStringLiteral("failed to connect to MongoDB, URI=%1: ").arg(uri);
    if (hosts.isEmpty() || hosts.first().isEmpty()) {
        *elapsedMs += 200;
        return wrap + QStringLiteral("error parsing uri: must have at least 1 host");
    }
    QStringList topology;
    ClusterNetwork::Dial reached;
    for (const QString &h : std::as_const(hosts)) {
        const auto d = ClusterNetwork::dial(m_world.store, m_env.ns, h.contains(QLatin1Char(':')) ? h : h + QStringLiteral(":27017"));
        if (d.ok && !reached.ok)
            reached = d;
        if (!d.ok)
            topology.append(QStringLiteral("{ Addr: %1, Type: Unknown, Last error: %2 }, ").arg(h, d.error));
    }
    if (!reached.ok) {
        *elapsedMs += 10000;  // server selection waits for its timeout
        return wrap + QStringLiteral("server selection error: context deadline exceeded, current topology: { Type: Unknown, Servers: [%1] }")
                          .arg(topology.join(QString()));
    }
    *elapsedMs += 600;
    if (!reached.cluster.isEmpty() && m_world.data) {
        if (user.isEmpty())
            return QStringLiteral("CreateIndex failed, collection=user: (Unauthorized) Command createIndexes requires authentication");
        if (authSource != QStringLiteral("admin")
            || !m_world.data->checkAccount(reached.ns, reached.cluster, user, password))
            return wrap + QStringLiteral("connection() error occurred during connection handshake: auth error: sasl conversation error: "
                                         "unable to authenticate using mechanism \"SCRAM-SHA-256\": (AuthenticationFailed) "
                                         "Authentication failed.");
    }
    return {};
}

QString OpenImProcess::connectRedis(qint64 *elapsedMs) const
{
    const json c = m_config["redis.yml"];
    const QStringList addresses = stringList(c.value("address", json::array()));
    const QString mode = q(c, "redisMode");
    const QString wrap = QStringLiteral("Redis Ping failed, Address=[%1], Username=%2, RedisMode=%3: ")
                             .arg(addresses.join(QLatin1Char(' ')), q(c, "username"), mode);
    static const QStringList modes = {QStringLiteral("standalone"), QStringLiteral("cluster"), QStringLiteral("sentinel")};
    if (!modes.contains(mode)) {
        *elapsedMs += 100;
        return QStringLiteral("invalid redis mode, RedisMode=%1").arg(mode);
    }
    if (addresses.isEmpty()) {
        *elapsedMs += 100;
        return wrap + QStringLiteral("redis: no address configured");
    }
    const auto d = ClusterNetwork::dial(m_world.store, m_env.ns, addresses.first());
    *elapsedMs += 400;
    if (!d.ok)
        return wrap + d.error;
    if (d.cluster.isEmpty() || !m_world.data)
        return {};
    const QString password = q(c, "password");
    const QString user = q(c, "username").isEmpty() ? QStringLiteral("default") : q(c, "username");
    if (password.isEmpty())
        return wrap + QStringLiteral("NOAUTH Authentication required.");
    if (!m_world.data->checkAccount(d.ns, d.cluster, user, password))
        return wrap + QStringLiteral("WRONGPASS invalid username-password pair or user is disabled.");
    if (mode == QStringLiteral("cluster"))
        return wrap + QStringLiteral("ERR This instance has cluster support disabled");
    return {};
}

QString OpenImProcess::connectKafka(qint64 *elapsedMs) const
{
    const json c = m_config["kafka.yml"];
    const QStringList addresses = stringList(c.value("address", json::array()));
    QStringList errors;
    for (const QString &a : addresses) {
        const auto d = ClusterNetwork::dial(m_world.store, m_env.ns, a);
        if (d.ok) {
            *elapsedMs += 500;
            return {};
        }
        errors.append(d.error);
    }
    *elapsedMs += 3000;  // sarama retries each broker before giving up
    return QStringLiteral("failed to create kafka producer, Addr=[%1]: kafka: client has run out of available brokers to talk to: %2")
        .arg(addresses.join(QLatin1Char(' ')), errors.isEmpty() ? QStringLiteral("no brokers configured") : errors.last());
}

QString OpenImProcess::connectMinio(qint64 *elapsedMs) const
{
    const json c = m_config["minio.yml"];
    const QString endpoint = q(c, "internalAddress");
    const QString wrap = QStringLiteral("minio init failed, Endpoint=%1, Bucket=%2: ").arg(endpoint, q(c, "bucket"));
    const auto d = ClusterNetwork::dial(m_world.store, m_env.ns,
                                        endpoint.contains(QLatin1Char(':')) ? endpoint.section(QStringLiteral("://"), -1)
                                                                            : endpoint + QStringLiteral(":80"));
    *elapsedMs += 500;
    if (!d.ok)
        return wrap + QStringLiteral("Get \"http://%1/%2/?location=\": %3").arg(endpoint, q(c, "bucket"), d.error);
    if (d.cluster.isEmpty() || !m_world.data)
        return {};
    const QString key = q(c, "accessKeyID");
    if (!m_world.data->checkAccount(d.ns, d.cluster, key, q(c, "secretAccessKey"))) {
        // The access key exists when some account has that name with another secret.
        const bool knownKey = !key.isEmpty() && key == QStringLiteral("root");
        return wrap + (knownKey ? QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                                 "Check your key and signing method.")
                                : QStringLiteral("The Access Key Id you provided does not exist in our records."));
    }
    return {};
}

QList<int> OpenImProcess::listenPorts() const { return m_ports; }

HttpAnswer OpenImProcess::serve(int port, const HttpExchange &request) const
{
    const QByteArray path = request.route();
    if (port == m_metricsPort)
        return path == "/metrics" ? HttpAnswer::text(200, metrics()) : HttpAnswer::text(404, "404 page not found");
    if (port == m_httpPort) {
        if (request.method == "POST" && path == "/auth/get_admin_token")
            return adminToken(request);
        return HttpAnswer::text(404, "404 page not found");
    }
    if (port == m_wsPort) {
        // Without the websocket upgrade and its query arguments the gateway refuses the connection attempt.
        return openImJson(1001, QStringLiteral("ArgsError"), QStringLiteral("sendID is empty"));
    }
    HttpAnswer grpc;
    grpc.kind = HttpAnswer::NotHttp;
    grpc.error = QStringLiteral("net/http: HTTP/1.x transport connection broken: malformed HTTP response "
                                "\"\\x00\\x00\\x06\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00@\\x00\"");
    return grpc;
}

HttpAnswer OpenImProcess::adminToken(const HttpExchange &request) const
{
    if (request.header("operationid").isEmpty())
        return openImJson(1001, QStringLiteral("ArgsError"), QStringLiteral("header must have operationID"));
    const json body = json::parse(request.body.toStdString(), nullptr, false);
    if (!body.is_object() || !body.contains("secret") || !body.contains("userID"))
        return openImJson(1001, QStringLiteral("ArgsError"), QStringLiteral("secret and userID are required"));
    const QString secret = q(m_config["share.yml"], "secret");
    if (q(body, "secret") != secret || secret.isEmpty())
        return openImJson(1002, QStringLiteral("NoPermissionError"), QStringLiteral("secret invalid"));
    const QString user = q(body, "userID");
    if (!stringList(m_config["share.yml"].value("imAdminUser", json::object()).value("userIDs", json::array())).contains(user))
        return openImJson(1004, QStringLiteral("RecordNotFoundError"), QStringLiteral("user %1 is not an admin").arg(user));
    // The api asks the auth RPC for the token: it must have a ready endpoint.
    const json discovery = m_config["discovery.yml"];
    const QString ns = q(discovery.value("kubernetes", json::object()), "namespace").isEmpty()
                           ? m_env.ns
                           : q(discovery.value("kubernetes", json::object()), "namespace");
    const QString auth = q(discovery.value("rpcService", json::object()), "auth");
    const auto endpoints = m_world.store ? m_world.store->get(objects::kEndpoints, ns, auth) : std::nullopt;
    bool ready = false;
    for (const auto &subset : endpoints ? endpoints->value("subsets", json::array()) : json::array())
        ready = ready || !subset.value("addresses", json::array()).empty();
    if (!ready)
        return openImJson(500, QStringLiteral("ServerInternalError"),
                          QStringLiteral("rpc error: code = Unavailable desc = last resolver error: produced zero addresses"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 expire = 90LL * 24 * 3600;
    const QByteArray header = base64Url(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray claims = base64Url(QByteArray::fromStdString(
        json{{"UserID", user.toStdString()}, {"PlatformID", 10}, {"exp", now + expire}, {"nbf", now - 300}, {"iat", now}}.dump()));
    const QByteArray signature = base64Url(QMessageAuthenticationCode::hash(header + '.' + claims, secret.toUtf8(), QCryptographicHash::Sha256));
    return openImJson(0, {}, {}, {{"token", (header + '.' + claims + '.' + signature).toStdString()}, {"expireTimeSeconds", expire}});
}

QByteArray OpenImProcess::metrics() const
{
    const double up = uptimeSeconds();
    QByteArray out = baseMetrics();
    const auto counter = [&out](const char *name, const char *help, const QByteArray &labels, double value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " counter\n" + name + labels + ' '
               + QByteArray::number(std::floor(value), 'f', 0) + '\n';
    };
    if (m_binary == QStringLiteral("openim-api")) {
        counter("api_count", "Total number of API calls", "{code=\"0\",method=\"POST\",path=\"/msg/send_msg\"}", up * 2.5);
        counter("http_count", "Total number of HTTP calls", "{method=\"POST\",path=\"/msg/send_msg\",status=\"200\"}", up * 2.5);
    } else if (m_binary == QStringLiteral("openim-msggateway")) {
        out += "# HELP online_user_num The number of online user num\n# TYPE online_user_num gauge\nonline_user_num "
               + QByteArray::number(40 + int(std::lround(25 * (1 + std::sin(up / 30))))) + '\n';
    } else if (m_binary == QStringLiteral("openim-msgtransfer")) {
        counter("msg_insert_redis_success_total", "The number of successful insert msg to redis", {}, up * 3.1);
        counter("msg_insert_mongo_success_total", "The number of successful insert msg to mongo", {}, up * 3.0);
        counter("seq_set_failed_total", "The number of failed set seq", {}, 0);
    } else {
        counter("rpc_count", "Total number of RPC calls", "{code=\"0\",name=\"" + m_binary.toUtf8() + "\",path=\"\"}", up * 4.2);
    }
    return out;
}

} // namespace sd::sim
