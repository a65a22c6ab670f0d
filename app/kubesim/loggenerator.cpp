#include "kubesim/loggenerator.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>

namespace sd::sim {

namespace {

struct Parts
{
    int year, month, day, hour, minute, second, ms;
};

Parts parts(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec()};
}

// Formats into a QByteArray (the lines are short; one allocation each).
template<typename... Args> QByteArray formatted(const char *fmt, Args... args)
{
    char buffer[1024];
    const int n = std::snprintf(buffer, sizeof buffer, fmt, args...);
    return QByteArray(buffer, std::clamp(n, 0, int(sizeof buffer) - 1));
}

// zap's console encoder pads some fields with spaces before the tab.
QByteArray padded(const QByteArray &text, int width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct Call
{
    const char *method;  // gRPC method or HTTP path
    const char *req;     // request body / fields
    const char *resp;
    qint64 write;        // bytes stored; 0 for reads
};

// What each OpenIM program is busy with (the gRPC methods of its service, the api's HTTP routes).
const Call kApi[] = {
    {"/msg/send_msg", R"({\"sendID\":\"%s\",\"recvID\":\"%s\",\"contentType\":101,\"sessionType\":1,\"content\":{\"content\":\"hello\"}})",
     R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"serverMsgID\":\"%s\",\"clientMsgID\":\"%s\",\"sendTime\":%lld}})", 0},
    {"/user/get_users_info", R"({\"userIDs\":[\"%s\"]})", R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"usersInfo\":[{\"userID\":\"%s\",\"nickname\":\"%s\",\"faceURL\":\"\",\"ex\":\"\",\"createTime\":%lld}]}})", 0},
    {"/friend/get_friend_list", R"({\"userID\":\"%s\",\"pagination\":{\"pageNumber\":1,\"showNumber\":100}})",
     R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"friendsInfo\":[],\"total\":0,\"ownerUserID\":\"%s\",\"nonce\":\"%s\",\"time\":%lld}})", 0},
    {"/conversation/get_sorted_conversation_list", R"({\"userID\":\"%s\",\"conversationIDs\":[],\"pagination\":{\"pageNumber\":1,\"showNumber\":20}})",
     R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"conversationTotal\":3,\"unreadTotal\":%s,\"conversationElems\":\"[%s]\",\"t\":%lld}})", 0},
    {"/msg/pull_msg_by_seq", R"({\"userID\":\"%s\",\"seqRanges\":[{\"conversationID\":\"si_%s\",\"begin\":1,\"end\":20,\"num\":20}],\"order\":0})",
     R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"msgs\":{},\"notificationMsgs\":{},\"isEnd\":true,\"ts\":\"%s\",\"v\":\"%s\",\"t\":%lld}})", 0},
    {"/auth/get_user_token", R"({\"userID\":\"%s\",\"platformID\":1})",
     R"({\"errCode\":0,\"errMsg\":\"\",\"errDlt\":\"\",\"data\":{\"token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s\",\"expireTimeSeconds\":%lld}})", 0},
};
const Call kUser[] = {{"/openim.user.user/getDesignateUsers", "userIDs:\\\"%s\\\"", "users:{userID:\\\"%s\\\" nickname:\\\"%s\\\"}", 0},
                      {"/openim.user.user/updateUserInfoEx", "userInfo:{userID:\\\"%s\\\" nickname:{value:\\\"%s\\\"}}", "", 412},
                      {"/openim.user.user/getGlobalRecvMessageOpt", "userID:\\\"%s\\\"", "globalRecvMsgOpt:0", 0}};
const Call kMsg[] = {{"/openim.msg.msg/sendMsg", "msgData:{sendID:\\\"%s\\\" recvID:\\\"%s\\\" contentType:101 sessionType:1}",
                      "serverMsgID:\\\"%s\\\" clientMsgID:\\\"%s\\\" sendTime:%lld", 1380},
                     {"/openim.msg.msg/pullMessageBySeqs", "userID:\\\"%s\\\" seqRanges:{conversationID:\\\"si_%s\\\" begin:1 end:20}", "isEnd:true", 0},
                     {"/openim.msg.msg/getMaxSeq", "userID:\\\"%s\\\"", "maxSeqs:{key:\\\"si_%s_%s\\\" value:%lld}", 0},
                     {"/openim.msg.msg/markConversationAsRead", "conversationID:\\\"si_%s\\\" userID:\\\"%s\\\" hasReadSeq:12", "", 96}};
const Call kFriend[] = {{"/openim.relation.friend/getPaginationFriends", "userID:\\\"%s\\\" pagination:{pageNumber:1 showNumber:100}", "friendsInfo:{friendUser:{userID:\\\"%s\\\"}} total:1", 0},
                        {"/openim.relation.friend/applyToAddFriend", "fromUserID:\\\"%s\\\" toUserID:\\\"%s\\\" reqMsg:\\\"hi\\\"", "", 540},
                        {"/openim.relation.friend/isFriend", "userID1:\\\"%s\\\" userID2:\\\"%s\\\"", "inUser1Friends:true inUser2Friends:true", 0}};
const Call kGroup[] = {{"/openim.group.group/getJoinedGroupList", "fromUserID:\\\"%s\\\" pagination:{pageNumber:1 showNumber:20}", "groups:{groupID:\\\"%s\\\"} total:1", 0},
                       {"/openim.group.group/getGroupMemberUserIDs", "groupID:\\\"%s\\\"", "userIDs:\\\"%s\\\"", 0},
                       {"/openim.group.group/createGroup", "memberUserIDs:\\\"%s\\\" groupInfo:{groupName:\\\"%s\\\" groupType:2}", "groupInfo:{groupID:\\\"%s\\\"}", 980}};
const Call kConversation[] = {{"/openim.conversation.conversation/getConversationsByConversationID", "conversationIDs:\\\"si_%s\\\"", "conversations:{ownerUserID:\\\"%s\\\"}", 0},
                              {"/openim.conversation.conversation/setConversations", "userIDs:\\\"%s\\\" conversation:{conversationID:\\\"si_%s\\\" recvMsgOpt:{value:0}}", "", 260},
                              {"/openim.conversation.conversation/getSortedConversationList", "userID:\\\"%s\\\" pagination:{pageNumber:1 showNumber:20}", "conversationTotal:3 conversationElems:{conversationID:\\\"si_%s\\\"}", 0}};
const Call kAuth[] = {{"/openim.auth.Auth/getUserToken", "userID:\\\"%s\\\" platformID:1", "token:\\\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s\\\" expireTimeSeconds:%lld", 240},
                      {"/openim.auth.Auth/parseToken", "token:\\\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.%s\\\"", "userID:\\\"%s\\\" platformID:1 nonce:\\\"%s\\\" expireTimeSeconds:%lld", 0}};
const Call kThird[] = {{"/openim.third.third/initiateFormData", "name:\\\"%s.jpg\\\" size:%s contentType:\\\"image/jpeg\\\"", "id:\\\"%s\\\" url:\\\"http://minio:9000/openim/%s\\\" expires:%lld", 18432},
                       {"/openim.third.third/accessURL", "name:\\\"openim/data/hash/%s\\\"", "url:\\\"http://minio:9000/openim/%s?X-Amz-Signature=%s\\\" expireTime:%lld", 0},
                       {"/openim.third.third/fcmUpdateToken", "account:\\\"%s\\\" platformID:2 fcmToken:\\\"%s\\\"", "", 180}};

struct Event
{
    const char *level;
    const char *caller;
    const char *message;
    const char *fields;  // after the common keys; %s placeholders take user ids
    qint64 write;
};
const Event kGateway[] = {{"INFO", "msggateway/ws_server.go:361", "new conn", R"("remoteAddr": "%s:%s", "platformID": 1, "connID": "%s", "userID": "%s")", 96},
                          {"DEBUG", "msggateway/client.go:204", "ReadMessage", R"("connID": "%s", "reqIdentifier": 1003, "sendID": "%s", "msgIncr": "%s")", 0},
                          {"INFO", "msggateway/ws_server.go:425", "conn closed", R"("remoteAddr": "%s:%s", "connID": "%s", "userID": "%s", "reason": "read tcp: i/o timeout")", 48}};
const Event kTransfer[] = {{"DEBUG", "msgtransfer/online_history_msg_handler.go:114", "handle msg to redis", R"("conversationID": "si_%s_%s", "msgs": 3, "lastSeq": %s)", 1940},
                           {"INFO", "msgtransfer/online_msg_to_mongo_handler.go:77", "BatchInsertChat2DB", R"("conversationID": "si_%s_%s", "msgCount": 4, "begin": %s)", 5320},
                           {"DEBUG", "kafka/consumer_group.go:88", "kafka consume message", R"("topic": "toRedis", "partition": %s, "offset": %s, "key": "si_%s")", 0}};
const Event kPush[] = {{"DEBUG", "push/push_handler.go:107", "push msg to online users", R"("sendID": "%s", "recvID": "%s", "contentType": 101, "seq": %s)", 64},
                       {"INFO", "push/onlinepusher.go:140", "online push result", R"("userIDs": ["%s"], "onlineCount": 1, "pushToUserID": "%s", "elapsed": "%sms")", 0},
                       {"DEBUG", "kafka/consumer_group.go:88", "kafka consume message", R"("topic": "toPush", "partition": %s, "offset": %s, "key": "%s")", 0}};
const Event kCron[] = {{"INFO", "tools/cron_task.go:72", "clear expired user msg start", R"("cronExpression": "0 2 * * *", "retainChatRecords": 365, "node": "%s")", 0},
                       {"INFO", "tools/cron_task.go:96", "clear expired user msg done", R"("deleteCount": %s, "cost": "%sms", "user": "%s")", 128},
                       {"DEBUG", "tools/cron_task.go:112", "cron lock acquired", R"("key": "CRON_%s", "owner": "%s", "ttl": %s)", 0}};

} // namespace

QString LogGenerator::openImProgram(const QString &image)
{
    const QString last = image.section(QLatin1Char('/'), -1).section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0);
    return last.startsWith(QStringLiteral("openim-")) ? last : QString();
}

LogGenerator::Format LogGenerator::formatFor(const QString &image, const QString &container)
{
    Q_UNUSED(container)
    const QString repo = image.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0).section(QLatin1Char('/'), -1);
    if (!openImProgram(image).isEmpty())
        return Format::OpenIM;
    if (repo == QLatin1String("mysql") || repo == QLatin1String("mariadb"))
        return Format::MySql;
    if (repo.startsWith(QLatin1String("redis")) && !repo.contains(QLatin1String("exporter")))
        return Format::Redis;
    if (repo.startsWith(QLatin1String("mongo")) && !repo.contains(QLatin1String("exporter")))
        return Format::MongoDB;
    if (repo == QLatin1String("kafka"))
        return Format::Kafka;
    if (repo == QLatin1String("minio"))
        return Format::MinIO;
    return Format::Generic;
}

LogGenerator::LogGenerator(Format format, const QString &program, quint64 seed)
    : m_format(format), m_program(program.toUtf8())
{
    // One stream per program and seed: two containers never repeat each other's lines.
    const QByteArray digest = QCryptographicHash::hash(m_program + QByteArray::number(seed), QCryptographicHash::Sha256);
    quint32 words[8];
    std::memcpy(words, digest.constData(), sizeof words);
    m_rng = QRandomGenerator(words, words + 4);
    m_shape = QRandomGenerator(words + 4, words + 8);
    m_counter = 1000 + m_rng.bounded(9000);
}

int LogGenerator::linesFor(double simulatedSeconds, double rate, double burstiness)
{
    if (rate <= 0 || simulatedSeconds <= 0)
        return 0;
    burstiness = std::clamp(burstiness, 0.0, 1.0);
    double left = simulatedSeconds;
    double lines = 0;
    while (left > 0) {
        if (m_spellLeft <= 0) {
            // Spells of 2–20 s: quiet (0.2×), normal, or a burst (3×); weights keep the mean at 1×.
            const double roll = m_shape.generateDouble();
            const double shape = roll < 0.35 ? 0.2 : roll < 0.85 ? 1.0 : 3.0;
            const double mean = 0.35 * 0.2 + 0.5 * 1.0 + 0.15 * 3.0;
            m_factor = 1.0 + burstiness * (shape / mean - 1.0);
            m_spellLeft = 2.0 + m_shape.generateDouble() * 18.0;
        }
        const double step = std::min(left, m_spellLeft);
        lines += rate * m_factor * step;
        m_spellLeft -= step;
        left -= step;
    }
    m_carry += lines;
    const int whole = int(std::floor(m_carry));
    m_carry -= whole;
    return whole;
}

QByteArray LogGenerator::hex(int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QByteArray out(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        out[i] = alphabet[m_rng.bounded(16)];
    return out;
}

QByteArray LogGenerator::operationId()
{
    // OpenIM SDKs send a millisecond timestamp followed by random digits.
    return QByteArray::number(1700000000000LL + qint64(m_rng.bounded(99999999))) + QByteArray::number(m_rng.bounded(1000, 9999));
}

QByteArray LogGenerator::userId()
{
    return QByteArray::number(1000000000 + m_rng.bounded(900000000));
}

QByteArray LogGenerator::podIp()
{
    return QByteArrayLiteral("10.244.") + QByteArray::number(1 + m_rng.bounded(3)) + '.' + QByteArray::number(20 + m_rng.bounded(200));
}

int LogGenerator::startupCount() const
{
    switch (m_format) {
    case Format::MySql: return 6;
    case Format::Redis: return 6;
    case Format::MongoDB: return 5;
    case Format::Kafka: return 5;
    case Format::MinIO: return 4;
    case Format::Generic: return 1;
    case Format::OpenIM: return 0;  // OpenIM's start-up lines come from its simulated process
    }
    return 0;
}

LogGenerator::Line LogGenerator::next(const QDateTime &time)
{
    const int index = m_emitted++;
    if (index < startupCount())
        return startupLine(index, time);
    switch (m_format) {
    case Format::OpenIM: return openIm(time);
    case Format::MySql: return mysql(time);
    case Format::Redis: return redis(time);
    case Format::MongoDB: return mongo(time);
    case Format::Kafka: return kafka(time);
    case Format::MinIO: return minio(time);
    case Format::Generic: return generic(time);
    }
    return {};
}

LogGenerator::Line LogGenerator::startupLine(int index, const QDateTime &time)
{
    const Parts p = parts(time);
    switch (m_format) {
    case Format::MySql: {
        static const char *const lines[] = {
            "0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.30) starting as process 1",
            "1 [System] [MY-013576] [InnoDB] InnoDB initialization has started.",
            "1 [System] [MY-013577] [InnoDB] InnoDB initialization has ended.",
            "0 [Warning] [MY-010068] [Server] CA certificate ca.pem is self signed.",
            "0 [System] [MY-013602] [Server] Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.",
            "0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.30'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."};
        return {formatted("%04d-%02d-%02dT%02d:%02d:%02d.%03d%03dZ %s", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms,
                       int(m_rng.bounded(1000)), lines[index])};
    }
    case Format::Redis: {
        static const char *const lines[] = {"# oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                                            "# Redis version=7.2.7, bits=64, commit=00000000, modified=0, pid=1, just started",
                                            "* monotonic clock: POSIX clock_gettime",
                                            "* Running mode=standalone, port=6379.",
                                            "* Server initialized",
                                            "* Ready to accept connections tcp"};
        return {formatted("1:%c %d %s %04d %02d:%02d:%02d.%03d %s", index < 2 ? 'C' : 'M', p.day, kMonths[p.month - 1], p.year,
                       p.hour, p.minute, p.second, p.ms, lines[index])};
    }
    case Format::MongoDB: {
        static const char *const lines[] = {
            R"("s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"main","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'")",
            R"("s":"I",  "c":"CONTROL",  "id":4615611, "ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":1,"port":27017,"dbPath":"/data/mongodb/db","architecture":"64-bit","host":"mongodb-0"})",
            R"("s":"I",  "c":"STORAGE",  "id":22315,   "ctx":"initandlisten","msg":"Opening WiredTiger","attr":{"config":"create,eviction=(threads_min=4,threads_max=4),cache_size=256M,session_max=33000"}})",
            R"("s":"I",  "c":"REPL",     "id":21392,   "ctx":"ReplCoord-0","msg":"New replica set config in use","attr":{"config":{"_id":"mongodb","version":1,"term":1,"members":[{"_id":0,"host":"mongodb-0:27017"}]}}})",
            R"("s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}})"};
        return {formatted(R"({"t":{"$date":"%04d-%02d-%02dT%02d:%02d:%02d.%03d+00:00"},%s)", p.year, p.month, p.day, p.hour,
                       p.minute, p.second, p.ms, lines[index])};
    }
    case Format::Kafka: {
        static const char *const lines[] = {
            "INFO Registered kafka:type=kafka.Log4jController MBean (kafka.utils.Log4jControllerRegistration$)",
            "INFO [KafkaRaftServer nodeId=0] Starting (kafka.server.KafkaRaftServer)",
            "INFO [LogLoader partition=__cluster_metadata-0, dir=/bitnami/kafka/data] Loading producer state till offset 0 with message format version 2 (kafka.log.UnifiedLog$)",
            "INFO [SocketServer listenerType=BROKER, nodeId=0] Enabling request processing. (kafka.network.SocketServer)",
            "INFO [KafkaRaftServer nodeId=0] Kafka Server started (kafka.server.KafkaRaftServer)"};
        return {formatted("[%04d-%02d-%02d %02d:%02d:%02d,%03d] %s", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms,
                       lines[index])};
    }
    case Format::MinIO: {
        static const char *const lines[] = {"MinIO Object Storage Server", "Copyright: 2015-2024 MinIO, Inc.",
                                            "License: GNU AGPLv3 <https://www.gnu.org/licenses/agpl-3.0.html>",
                                            "Version: RELEASE.2024-06-29T01-20-47Z (go1.22.4 linux/amd64)"};
        return {QByteArray(lines[index])};
    }
    case Format::Generic:
        return {formatted("time=\"%04d-%02d-%02dT%02d:%02d:%02dZ\" level=info msg=\"starting %s\" version=v1.0.0", p.year, p.month,
                       p.day, p.hour, p.minute, p.second, m_program.constData())};
    case Format::OpenIM:
        break;
    }
    return {};
}

LogGenerator::Line LogGenerator::openIm(const QDateTime &time)
{
    const Parts p = parts(time);
    const QByteArray op = operationId();
    const QByteArray user = userId();
    const QByteArray other = userId();
    const double roll = m_rng.generateDouble();
    QByteArray level = "DEBUG";
    QByteArray caller;
    QByteArray message;
    QByteArray fields;
    qint64 write = 0;
    const qint64 now = time.toMSecsSinceEpoch();
    const auto pickCall = [&](const Call *calls, int count) -> const Call & { return calls[m_rng.bounded(count)]; };
    const QByteArray prog = m_program;
    if (prog == "openim-api") {
        const Call &c = pickCall(kApi, int(std::size(kApi)));
        const QByteArray req = formatted(c.req, user.constData(), other.constData());
        const QByteArray resp = formatted(c.resp, hex(32).constData(), hex(32).constData(), now);
        const bool failed = roll < 0.03;
        level = failed ? "WARN" : "INFO";
        caller = "api/logger.go:54";
        message = "http request processed";
        fields = formatted(R"({"operationID": "%s", "opUserID": "imAdmin", "httpID": "%s", "method": "POST", "requestURI": "%s", "status": %d, "cost": "%.1fms", "reqBody": "%s", "respBody": "%s")",
                        op.constData(), hex(16).constData(), c.method, 200, 0.4 + m_rng.generateDouble() * 12, req.constData(),
                        failed ? R"({\"errCode\":1004,\"errMsg\":\"RecordNotFoundError\",\"errDlt\":\"record not found\"})" : resp.constData());
        if (failed)
            fields += R"(, "error": "RecordNotFoundError")";
        fields += '}';
    } else if (prog.startsWith("openim-rpc-")) {
        const Call *calls = kUser;
        int count = int(std::size(kUser));
        if (prog == "openim-rpc-msg") {
            calls = kMsg;
            count = int(std::size(kMsg));
        } else if (prog == "openim-rpc-friend") {
            calls = kFriend;
            count = int(std::size(kFriend));
        } else if (prog == "openim-rpc-group") {
            calls = kGroup;
            count = int(std::size(kGroup));
        } else if (prog == "openim-rpc-conversation") {
            calls = kConversation;
            count = int(std::size(kConversation));
        } else if (prog == "openim-rpc-auth") {
            calls = kAuth;
            count = int(std::size(kAuth));
        } else if (prog == "openim-rpc-third") {
            calls = kThird;
            count = int(std::size(kThird));
        }
        const Call &c = pickCall(calls, count);
        const QByteArray req = formatted(c.req, user.constData(), other.constData());
        if (roll < 0.02) {
            level = "ERROR";
            caller = "server/logger.go:19";
            message = "rpc server response error";
            fields = formatted(R"({"operationID": "%s", "opUserID": "%s", "method": "%s", "cost": "%.1fms", "req": "%s", "error": "RecordNotFoundError: record not found"})",
                            op.constData(), user.constData(), c.method, 0.3 + m_rng.generateDouble() * 4, req.constData());
        } else if (roll < 0.5) {
            level = "INFO";
            caller = "server/logger.go:13";
            message = "rpc server request";
            fields = formatted(R"({"operationID": "%s", "opUserID": "%s", "method": "%s", "req": "%s"})", op.constData(),
                            user.constData(), c.method, req.constData());
        } else {
            level = "INFO";
            caller = "server/logger.go:25";
            message = "rpc server response success";
            const QByteArray resp = formatted(c.resp, other.constData(), hex(8).constData(), now);
            fields = formatted(R"({"operationID": "%s", "opUserID": "%s", "method": "%s", "cost": "%.1fms", "resp": "%s"})",
                            op.constData(), user.constData(), c.method, 0.3 + m_rng.generateDouble() * 6, resp.constData());
            write = c.write;
        }
    } else {
        const Event *events = kCron;
        int count = int(std::size(kCron));
        if (prog == "openim-msggateway") {
            events = kGateway;
            count = int(std::size(kGateway));
        } else if (prog == "openim-msgtransfer") {
            events = kTransfer;
            count = int(std::size(kTransfer));
        } else if (prog == "openim-push") {
            events = kPush;
            count = int(std::size(kPush));
        }
        const Event &e = events[m_rng.bounded(count)];
        level = e.level;
        caller = e.caller;
        message = e.message;
        const QByteArray a = prog == "openim-msggateway" ? podIp() : user;
        const QByteArray b = QByteArray::number(m_rng.bounded(1, 65535));
        const QByteArray c = hex(12);
        fields = "{\"operationID\": \"" + op + "\", " + formatted(e.fields, a.constData(), b.constData(), c.constData(), other.constData()) + '}';
        write = e.write;
        if (prog == "openim-push" && roll < 0.03) {
            level = "WARN";
            caller = "push/onlinepusher.go:72";
            message = "get gateway conn 0";
            fields = "{\"operationID\": \"" + op + "\", \"error\": null}";
            write = 0;
        }
    }
    static const QByteArray reset = "\x1b[0m";
    const char *colour = level == "INFO" ? "\x1b[34m" : level == "WARN" ? "\x1b[33m" : level == "ERROR" ? "\x1b[31m" : "\x1b[35m";
    QByteArray line = formatted("%04d-%02d-%02d %02d:%02d:%02d.%03d\t", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms);
    line.reserve(360 + fields.size());
    line += colour + level + reset + '\t';
    line += "\x1b[36m" + padded("[PID:1]", 15) + reset + '\t';
    line += "\x1b[32m" + padded(prog, 25) + reset + '\t';
    line += padded("[v3.8.3]", 30) + '\t';
    line += padded('[' + caller + ']', 50) + '\t';
    line += padded(message, 50) + '\t';
    line += fields;
    return {line, write};
}

LogGenerator::Line LogGenerator::mysql(const QDateTime &time)
{
    const Parts p = parts(time);
    const double roll = m_rng.generateDouble();
    const quint64 conn = ++m_counter;
    QByteArray body;
    if (roll < 0.55)
        body = formatted("%llu [Note] [MY-010914] [Server] Aborted connection %llu to db: 'openim' user: 'root' host: '%s' (Got an error reading communication packets).",
                      conn, conn, podIp().constData());
    else if (roll < 0.85)
        body = formatted("%llu [Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
                      conn);
    else if (roll < 0.97)
        body = formatted("0 [Note] [MY-011953] [InnoDB] Page cleaner took %d ms to flush %d and evict 0 pages",
                      4000 + int(m_rng.bounded(3000)), 100 + int(m_rng.bounded(900)));
    else
        body = formatted("%llu [ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction; Error 'Lock wait timeout exceeded; try restarting transaction' on query, Error_code: MY-001205",
                      conn);
    return {formatted("%04d-%02d-%02dT%02d:%02d:%02d.%03d%03dZ ", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms,
                   int(m_rng.bounded(1000)))
                + body,
            roll < 0.55 ? 256 : 0};
}

LogGenerator::Line LogGenerator::redis(const QDateTime &time)
{
    const Parts p = parts(time);
    const bool sentinel = m_program.contains("sentinel");
    const double roll = m_rng.generateDouble();
    const quint64 child = 100 + (++m_counter % 30000);
    char role = sentinel ? 'X' : 'M';
    QByteArray body;
    qint64 write = 0;
    if (sentinel) {
        static const char *const lines[] = {"* +sentinel sentinel %s %s 26379 @ redis-cluster-redis %s 6379",
                                            "# +sdown sentinel %s %s 26379 @ redis-cluster-redis %s 6379",
                                            "# -sdown sentinel %s %s 26379 @ redis-cluster-redis %s 6379",
                                            "* Sentinel new configuration saved on disk"};
        const QByteArray id = hex(40);
        const QByteArray ip = podIp();
        const QByteArray ip2 = podIp();
        body = formatted(lines[m_rng.bounded(4)], id.constData(), ip.constData(), ip2.constData());
    } else if (roll < 0.4) {
        body = formatted("* %d changes in %d seconds. Saving...", 1 + int(m_rng.bounded(1000)), roll < 0.2 ? 60 : 300);
        write = 0;
    } else if (roll < 0.6) {
        body = formatted("* Background saving started by pid %llu", child);
    } else if (roll < 0.8) {
        role = 'C';
        body = formatted("* Fork CoW for RDB: current %d MB, peak %d MB, average %d MB", int(m_rng.bounded(8)), 1 + int(m_rng.bounded(8)),
                      int(m_rng.bounded(4)));
    } else if (roll < 0.97) {
        role = 'C';
        body = "* DB saved on disk";
        write = 4096;
    } else {
        body = "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.";
    }
    return {formatted("1:%c %d %s %04d %02d:%02d:%02d.%03d ", role, p.day, kMonths[p.month - 1], p.year, p.hour, p.minute, p.second, p.ms)
                + body,
            write};
}

LogGenerator::Line LogGenerator::mongo(const QDateTime &time)
{
    const Parts p = parts(time);
    const double roll = m_rng.generateDouble();
    const quint64 conn = ++m_counter;
    QByteArray body;
    qint64 write = 0;
    if (roll < 0.35) {
        body = formatted(R"("s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"%s:%d","uuid":{"uuid":{"$uuid":"%s-%s-4%s-a%s-%s"}},"connectionId":%llu,"connectionCount":%d}})",
                      podIp().constData(), 30000 + int(m_rng.bounded(30000)), hex(8).constData(), hex(4).constData(), hex(3).constData(),
                      hex(3).constData(), hex(12).constData(), conn, 8 + int(m_rng.bounded(40)));
    } else if (roll < 0.6) {
        body = formatted(R"("s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"conn%llu","msg":"client metadata","attr":{"remote":"%s:%d","client":"conn%llu","doc":{"driver":{"name":"mongo-go-driver","version":"v1.14.0"},"os":{"type":"linux","architecture":"amd64"},"platform":"go1.22.4"}}})",
                      conn, podIp().constData(), 30000 + int(m_rng.bounded(30000)), conn);
    } else if (roll < 0.85) {
        static const char *const colls[] = {"msg", "conversation", "user", "friend", "group_member", "seq_user"};
        const char *coll = colls[m_rng.bounded(int(std::size(colls)))];
        body = formatted(R"("s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn%llu","msg":"Slow query","attr":{"type":"command","ns":"openim_v3.%s","command":{"update":"%s","ordered":true,"lsid":{"id":{"$uuid":"%s"}},"$db":"openim_v3"},"numYields":0,"reslen":60,"locks":{"Global":{"acquireCount":{"w":1}}},"storage":{},"remote":"%s:%d","protocol":"op_msg","durationMillis":%d}})",
                      conn, coll, coll, hex(32).constData(), podIp().constData(), 30000 + int(m_rng.bounded(30000)), 100 + int(m_rng.bounded(400)));
        write = 2048;
    } else if (roll < 0.98) {
        body = formatted(R"("s":"I",  "c":"WTCHKPT",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":{"ts_sec":%lld,"ts_usec":%d,"thread":"1:0x7f2a5c5fe640","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: %llu, snapshot max: %llu snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: 1"}}})",
                      time.toSecsSinceEpoch(), int(m_rng.bounded(999999)), conn * 7, conn * 7);
    } else {
        body = formatted(R"("s":"W",  "c":"NETWORK",  "id":4615610, "ctx":"conn%llu","msg":"Failed to check socket connectivity","attr":{"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection closed by peer"}}})",
                      conn);
    }
    return {formatted(R"({"t":{"$date":"%04d-%02d-%02dT%02d:%02d:%02d.%03d+00:00"},)", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms)
                + body,
            write};
}

LogGenerator::Line LogGenerator::kafka(const QDateTime &time)
{
    const Parts p = parts(time);
    static const char *const topics[] = {"toRedis", "toMongo", "toPush", "toOfflinePush"};
    const char *topic = topics[m_rng.bounded(4)];
    const int partition = int(m_rng.bounded(8));
    const quint64 offset = (m_counter += 37 + m_rng.bounded(200));
    const double roll = m_rng.generateDouble();
    QByteArray body;
    qint64 write = 0;
    if (roll < 0.4) {
        body = formatted("INFO [LocalLog partition=%s-%d, dir=/bitnami/kafka/data] Rolled new log segment at offset %llu in %d ms. (kafka.log.LocalLog)",
                      topic, partition, offset, 1 + int(m_rng.bounded(9)));
        write = 1024;
    } else if (roll < 0.7) {
        body = formatted("INFO [ProducerStateManager partition=%s-%d] Wrote producer snapshot at offset %llu with 0 producer ids in %d ms. (kafka.log.ProducerStateManager)",
                      topic, partition, offset, 1 + int(m_rng.bounded(5)));
    } else if (roll < 0.9) {
        static const char *const groups[] = {"redis", "mongo", "push", "offlinePush"};
        body = formatted("INFO [GroupCoordinator 0]: Stabilized group %s generation %d (__consumer_offsets-%d) with 1 members (kafka.coordinator.group.GroupCoordinator)",
                      groups[m_rng.bounded(4)], 1 + int(m_rng.bounded(40)), int(m_rng.bounded(50)));
    } else if (roll < 0.98) {
        body = formatted("INFO [UnifiedLog partition=%s-%d, dir=/bitnami/kafka/data] Deleting segment LogSegment(baseOffset=%llu, size=%d, lastModifiedTime=%lld, largestRecordTimestamp=Some(%lld)) due to retention time 604800000ms breach based on the largest record timestamp in the segment (kafka.log.UnifiedLog)",
                      topic, partition, offset / 2, 4096 + int(m_rng.bounded(1 << 20)), time.toMSecsSinceEpoch() - 604800000LL,
                      time.toMSecsSinceEpoch() - 604800000LL);
    } else {
        body = formatted("WARN [Controller id=0, targetBrokerId=0] Connection to node 0 (kafka-cluster-kafka-combine-0/%s:9092) could not be established. Broker may not be available. (org.apache.kafka.clients.NetworkClient)",
                      podIp().constData());
    }
    return {formatted("[%04d-%02d-%02d %02d:%02d:%02d,%03d] ", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms) + body, write};
}

LogGenerator::Line LogGenerator::minio(const QDateTime &time)
{
    const Parts p = parts(time);
    const double roll = m_rng.generateDouble();
    const char *level = roll < 0.9 ? "INFO" : roll < 0.98 ? "WARNING" : "ERROR";
    QByteArray message;
    qint64 write = 0;
    if (roll < 0.5) {
        message = formatted("PutObject openim/openim/data/hash/%s (%d bytes) from %s", hex(32).constData(), 2048 + int(m_rng.bounded(500000)),
                         podIp().constData());
        write = 16384;
    } else if (roll < 0.9) {
        message = formatted("Scanner cycle %llu completed in %dms: %d objects, %d versions", ++m_counter, 10 + int(m_rng.bounded(900)),
                         int(m_rng.bounded(5000)), int(m_rng.bounded(5000)));
    } else if (roll < 0.98) {
        message = formatted("Drive http://minio-cluster-minio-%d.minio-cluster-minio-headless:9000/data returned an error (context deadline exceeded), will be retried",
                         int(m_rng.bounded(2)));
    } else {
        message = formatted("Unable to read 'format.json' from http://minio-cluster-minio-%d.minio-cluster-minio-headless:9000/data: drive not found",
                         int(m_rng.bounded(2)));
    }
    return {formatted(R"({"level":"%s","errKind":"%s","time":"%04d-%02d-%02dT%02d:%02d:%02d.%03d%06dZ","message":"%s"})", level,
                   roll < 0.9 ? "" : "ALL", p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms, int(m_rng.bounded(1000000)),
                   message.constData()),
            write};
}

LogGenerator::Line LogGenerator::generic(const QDateTime &time)
{
    const Parts p = parts(time);
    const double roll = m_rng.generateDouble();
    static const char *const paths[] = {"/healthz", "/metrics", "/readyz", "/api/v1/status"};
    return {formatted("time=\"%04d-%02d-%02dT%02d:%02d:%02d.%03dZ\" level=%s msg=\"%s\" path=%s remote=%s duration=%.2fms", p.year,
                   p.month, p.day, p.hour, p.minute, p.second, p.ms, roll < 0.95 ? "info" : "warn",
                   roll < 0.95 ? "request served" : "slow request", paths[m_rng.bounded(4)], podIp().constData(),
                   0.1 + m_rng.generateDouble() * (roll < 0.95 ? 5 : 900))};
}

} // namespace sd::sim
