#include "stack/stackfile.h"

#include "common/cronexpression.h"
#include "common/tr.h"
#include "stack/yamlwriter.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace sd {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Walks the YAML tree, collecting issues with positions instead of throwing.
class Reader
{
public:
    explicit Reader(QString file)
        : m_file(std::move(file))
    {}

    StackIssues issues;

    void error(const YAML::Mark &mark, const QString &message)
    {
        StackIssue issue;
        issue.file = m_file;
        if (mark.line >= 0) {
            issue.line = mark.line + 1;
            issue.column = mark.column + 1;
        }
        issue.message = message;
        issues.append(issue);
    }
    void error(const YAML::Node &node, const QString &message) { error(node.Mark(), message); }

    static QString describe(const YAML::Node &node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Map:
            return Tr::tr("a mapping");
        case YAML::NodeType::Sequence:
            return Tr::tr("a list");
        case YAML::NodeType::Null:
            return Tr::tr("nothing");
        default:
            return Tr::tr("\"%1\"").arg(q(node.Scalar()));
        }
    }

    // Checks that node is a mapping whose keys are unique scalars from allowed; reports the rest.
    bool mapping(const YAML::Node &node, const QString &where, const QStringList &allowed)
    {
        if (!node.IsMap()) {
            error(node, Tr::tr("%1 must be a mapping, found %2.").arg(where, describe(node)));
            return false;
        }
        QSet<QString> seen;
        for (const auto &kv : node) {
            if (!kv.first.IsScalar()) {
                error(kv.first, Tr::tr("Keys in %1 must be plain names.").arg(where));
                continue;
            }
            const QString key = q(kv.first.Scalar());
            if (seen.contains(key))
                error(kv.first, Tr::tr("Field \"%1\" appears twice in %2.").arg(key, where));
            seen.insert(key);
            if (!allowed.contains(key))
                error(kv.first,
                      Tr::tr("Unknown field \"%1\" in %2; expected one of: %3.")
                          .arg(key, where, allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    // The value of a field, or an undefined node when absent (reported when required).
    YAML::Node field(const YAML::Node &map, const char *key, const QString &where, bool required)
    {
        if (map.IsMap()) {
            for (const auto &kv : map) {
                if (kv.first.IsScalar() && kv.first.Scalar() == key)
                    return kv.second;
            }
        }
        // Spelled with its context: lupdate misreads this function and would file a plain
        // Tr::tr() here under the wrong context, leaving the message untranslated.
        if (required && map.IsMap()) {
            error(map, QCoreApplication::translate("Stackdeck", "Missing required field \"%1\" in %2.")
                           .arg(QLatin1String(key), where));
        }
        return YAML::Node(YAML::NodeType::Undefined);
    }

    std::optional<QString> string(const YAML::Node &node, const QString &what)
    {
        if (!node.IsScalar()) {
            error(node, Tr::tr("%1 must be a text value, found %2.").arg(what, describe(node)));
            return std::nullopt;
        }
        return q(node.Scalar());
    }

    QString string(const YAML::Node &map, const char *key, const QString &where, bool required)
    {
        const YAML::Node node = field(map, key, where, required);
        if (!node.IsDefined())
            return {};
        return string(node, Tr::tr("Field \"%1\" in %2").arg(QLatin1String(key), where))
            .value_or(QString());
    }

    std::optional<qint64>
    integer(const YAML::Node &node, const QString &what, qint64 min, qint64 max)
    {
        bool ok = false;
        const qint64 v = node.IsScalar() ? q(node.Scalar()).toLongLong(&ok) : 0;
        if (!ok || v < min || v > max) {
            error(node,
                  Tr::tr("%1 must be a whole number from %2 to %3, found %4.")
                      .arg(what)
                      .arg(min)
                      .arg(max)
                      .arg(describe(node)));
            return std::nullopt;
        }
        return v;
    }

    std::optional<double> number(const YAML::Node &node, const QString &what)
    {
        bool ok = false;
        const double v = node.IsScalar() ? q(node.Scalar()).toDouble(&ok) : 0;
        if (!ok || !qIsFinite(v)) {
            error(node, Tr::tr("%1 must be a number, found %2.").arg(what, describe(node)));
            return std::nullopt;
        }
        return v;
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &what)
    {
        if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
            return node.Scalar() == "true";
        error(node, Tr::tr("%1 must be true or false, found %2.").arg(what, describe(node)));
        return std::nullopt;
    }

    Quantity quantity(const YAML::Node &node, const QString &what)
    {
        if (node.IsScalar()) {
            if (const auto v = Quantity::parse(q(node.Scalar())); v && v->milliValue() >= 0)
                return *v;
        }
        error(node,
              Tr::tr("%1 must be a Kubernetes quantity such as 500m, 2 or 1Gi, found %2.")
                  .arg(what, describe(node)));
        return {};
    }

    QString oneOf(const YAML::Node &node, const QString &what, const QStringList &allowed)
    {
        const auto v = string(node, what);
        if (v && !allowed.contains(*v)) {
            error(node,
                  Tr::tr("%1 must be one of: %2; found \"%3\".")
                      .arg(what, allowed.join(QStringLiteral(", ")), *v));
            return {};
        }
        return v.value_or(QString());
    }

    SourceLocation location(const YAML::Node &node) const
    {
        const YAML::Mark m = node.Mark();
        return m.line >= 0 ? SourceLocation{m.line + 1, m.column + 1} : SourceLocation{};
    }

private:
    QString m_file;
};

const QStringList kTerminationPolicies{
    QStringLiteral("DoNotTerminate"), QStringLiteral("Delete"), QStringLiteral("WipeOut")};
const QStringList kServiceTypes{
    QStringLiteral("ClusterIP"), QStringLiteral("NodePort"), QStringLiteral("LoadBalancer"), QStringLiteral("Ingress")};

SecretKeyRef readSecretKeyRef(Reader &r, const YAML::Node &node, const QString &where)
{
    SecretKeyRef ref;
    if (!r.mapping(node, where, {QStringLiteral("name"), QStringLiteral("key")}))
        return ref;
    ref.name = r.string(node, "name", where, true);
    ref.key = r.string(node, "key", where, true);
    return ref;
}

SecretSource readSecretSource(Reader &r, const YAML::Node &node, const QString &where)
{
    SecretSource src;
    if (!r.mapping(node, where, {QStringLiteral("generate"), QStringLiteral("secretKeyRef")}))
        return src;
    const YAML::Node gen = r.field(node, "generate", where, false);
    const YAML::Node ref = r.field(node, "secretKeyRef", where, false);
    if (gen.IsDefined() == ref.IsDefined()) {
        r.error(
            node,
            Tr::tr("%1 needs exactly one of \"generate: true\" or \"secretKeyRef\".").arg(where));
        return src;
    }
    if (gen.IsDefined()) {
        const auto v = r.boolean(gen, Tr::tr("Field \"generate\" in %1").arg(where));
        if (v && !*v)
            r.error(gen,
                    Tr::tr("\"generate\" in %1 can only be true; use \"secretKeyRef\" to bring "
                           "your own Secret.")
                        .arg(where));
        src.kind = SecretSource::Kind::Generate;
    } else {
        src.kind = SecretSource::Kind::Reference;
        src.ref = readSecretKeyRef(r, ref, Tr::tr("secretKeyRef in %1").arg(where));
    }
    return src;
}

ResourceSpec readResources(Reader &r, const YAML::Node &node, const QString &where)
{
    ResourceSpec res;
    if (!r.mapping(node, where, {QStringLiteral("requests"), QStringLiteral("limits")}))
        return res;
    const QString reqWhere = Tr::tr("requests of %1").arg(where);
    const QString limWhere = Tr::tr("limits of %1").arg(where);
    const YAML::Node req = r.field(node, "requests", where, true);
    const YAML::Node lim = r.field(node, "limits", where, true);
    const QStringList keys{QStringLiteral("cpu"), QStringLiteral("memory")};
    if (req.IsDefined() && r.mapping(req, reqWhere, keys)) {
        if (const auto n = r.field(req, "cpu", reqWhere, true); n.IsDefined())
            res.cpuRequest = r.quantity(n, Tr::tr("cpu in %1").arg(reqWhere));
        if (const auto n = r.field(req, "memory", reqWhere, true); n.IsDefined())
            res.memoryRequest = r.quantity(n, Tr::tr("memory in %1").arg(reqWhere));
    }
    if (lim.IsDefined() && r.mapping(lim, limWhere, keys)) {
        if (const auto n = r.field(lim, "cpu", limWhere, true); n.IsDefined())
            res.cpuLimit = r.quantity(n, Tr::tr("cpu in %1").arg(limWhere));
        if (const auto n = r.field(lim, "memory", limWhere, true); n.IsDefined())
            res.memoryLimit = r.quantity(n, Tr::tr("memory in %1").arg(limWhere));
    }
    return res;
}

CanvasPosition readCanvas(Reader &r, const YAML::Node &node, const QString &where)
{
    CanvasPosition pos;
    if (!r.mapping(node, where, {QStringLiteral("x"), QStringLiteral("y")}))
        return pos;
    const YAML::Node x = r.field(node, "x", where, true);
    const YAML::Node y = r.field(node, "y", where, true);
    if (x.IsDefined())
        pos.x = r.number(x, Tr::tr("x in %1").arg(where)).value_or(0);
    if (y.IsDefined())
        pos.y = r.number(y, Tr::tr("y in %1").arg(where)).value_or(0);
    pos.isSet = true;
    return pos;
}

void readProfile(Reader &r, const YAML::Node &node, Profile &p)
{
    const QString where = QStringLiteral("profile");
    if (!r.mapping(node,
                   where,
                   {QStringLiteral("release"),
                    QStringLiteral("registry"),
                    QStringLiteral("imageTag"),
                    QStringLiteral("imagePullSecrets"),
                    QStringLiteral("chat")}))
        return;
    p.release = r.string(node, "release", where, true);
    if (const auto n = r.field(node, "registry", where, true); n.IsDefined())
        p.registry = r.oneOf(
            n,
            Tr::tr("Field \"registry\" in profile"),
            {QStringLiteral("dockerhub"), QStringLiteral("ghcr"), QStringLiteral("aliyun")});
    p.imageTag = r.string(node, "imageTag", where, false);
    if (const auto n = r.field(node, "chat", where, false); n.IsDefined())
        p.chat = r.boolean(n, Tr::tr("Field \"chat\" in profile")).value_or(false);
    if (const auto n = r.field(node, "imagePullSecrets", where, false); n.IsDefined()) {
        if (!n.IsSequence()) {
            r.error(n,
                    Tr::tr("imagePullSecrets must be a list of Secret names, found %1.")
                        .arg(Reader::describe(n)));
        } else {
            for (const auto &item : n) {
                if (const auto s = r.string(item, Tr::tr("An imagePullSecrets entry")))
                    p.imagePullSecrets.append(*s);
            }
        }
    }
}

void readOpenIm(Reader &r, const YAML::Node &node, OpenImSettings &o)
{
    const QString where = QStringLiteral("openim");
    if (!r.mapping(node,
                   where,
                   {QStringLiteral("secret"),
                    QStringLiteral("adminUsers"),
                    QStringLiteral("minioExternalAddress"),
                    QStringLiteral("push"),
                    QStringLiteral("log")}))
        return;
    if (const auto n = r.field(node, "secret", where, true); n.IsDefined())
        o.secret = readSecretSource(r, n, QStringLiteral("openim.secret"));
    if (const auto n = r.field(node, "adminUsers", where, true); n.IsDefined()) {
        if (!n.IsSequence() || n.size() == 0) {
            r.error(n, Tr::tr("openim.adminUsers must be a non-empty list of {userID, nickname}."));
        } else {
            for (const auto &item : n) {
                const QString w = QStringLiteral("openim.adminUsers");
                if (!r.mapping(item, w, {QStringLiteral("userID"), QStringLiteral("nickname")}))
                    continue;
                o.adminUsers.append(
                    {r.string(item, "userID", w, true), r.string(item, "nickname", w, true)});
            }
        }
    }
    o.minioExternalAddress = r.string(node, "minioExternalAddress", where, false);
    if (const auto n = r.field(node, "push", where, true); n.IsDefined()) {
        const QString w = QStringLiteral("openim.push");
        if (r.mapping(n, w, {QStringLiteral("provider"), QStringLiteral("credentials")})) {
            if (const auto p = r.field(n, "provider", w, true); p.IsDefined())
                o.push.provider = r.oneOf(p,
                                          Tr::tr("Field \"provider\" in openim.push"),
                                          OpenImSettings::pushProviders());
            const QStringList names = OpenImSettings::pushCredentialNames(o.push.provider);
            const YAML::Node creds = r.field(n, "credentials", w, !names.isEmpty());
            if (creds.IsDefined()) {
                const QString cw = QStringLiteral("openim.push.credentials");
                if (names.isEmpty()) {
                    r.error(
                        creds,
                        Tr::tr("Push provider \"%1\" takes no credentials.").arg(o.push.provider));
                } else if (r.mapping(creds, cw, names)) {
                    for (const QString &name : names) {
                        const auto c = r.field(creds, name.toLatin1().constData(), cw, true);
                        if (!c.IsDefined())
                            continue;
                        const QString cwhere
                            = QStringLiteral("openim.push.credentials.%1").arg(name);
                        if (!r.mapping(c, cwhere, {QStringLiteral("secretKeyRef")}))
                            continue;
                        if (const auto ref = r.field(c, "secretKeyRef", cwhere, true);
                            ref.IsDefined())
                            o.push.credentials.append({name, readSecretKeyRef(r, ref, cwhere)});
                    }
                }
            }
        }
    }
    if (const auto n = r.field(node, "log", where, true); n.IsDefined()) {
        const QString w = QStringLiteral("openim.log");
        if (r.mapping(n, w, {QStringLiteral("level"), QStringLiteral("json")})) {
            if (const auto l = r.field(n, "level", w, true); l.IsDefined())
                o.logLevel
                    = int(r.integer(l, Tr::tr("Field \"level\" in openim.log"), 0, 6).value_or(3));
            if (const auto j = r.field(n, "json", w, true); j.IsDefined())
                o.logJson = r.boolean(j, Tr::tr("Field \"json\" in openim.log")).value_or(false);
        }
    }
}

// How messages name a list entry: by its "name" when it has a usable one, else by the list.
QString entryName(Reader &r, const YAML::Node &item, const QString &named, const QString &list)
{
    const YAML::Node name = r.field(item, "name", QString(), false);
    if (name.IsScalar() && !name.Scalar().empty())
        return named.arg(q(name.Scalar()));
    return list;
}

BackupScheduleSpec readBackup(Reader &r, const YAML::Node &node, const QString &where)
{
    BackupScheduleSpec b;
    if (!r.mapping(node,
                   where,
                   {QStringLiteral("enabled"),
                    QStringLiteral("cron"),
                    QStringLiteral("method"),
                    QStringLiteral("retention"),
                    QStringLiteral("repo")}))
        return b;
    if (const auto n = r.field(node, "enabled", where, false); n.IsDefined())
        b.enabled = r.boolean(n, Tr::tr("Field \"enabled\" in %1").arg(where)).value_or(true);
    if (const auto n = r.field(node, "cron", where, true); n.IsDefined()) {
        b.cron = r.string(n, Tr::tr("Field \"cron\" in %1").arg(where)).value_or(QString());
        QString error;
        if (n.IsScalar() && !CronExpression::parse(b.cron, &error))
            r.error(n, Tr::tr("Field \"cron\" in %1: %2").arg(where, error));
    }
    b.method = r.string(node, "method", where, true);
    if (const auto n = r.field(node, "retention", where, false); n.IsDefined()) {
        b.retention = r.string(n, Tr::tr("Field \"retention\" in %1").arg(where)).value_or(QString());
        if (n.IsScalar() && !StackFile::isRetentionPeriod(b.retention))
            r.error(n,
                    Tr::tr("Field \"retention\" in %1 must be a duration such as 30m, 12h, 7d, "
                           "6mo or 1y, found \"%2\".")
                        .arg(where, b.retention));
    }
    b.repo = r.string(node, "repo", where, false);
    return b;
}

void readDatastores(Reader &r, const YAML::Node &node, QList<DatastoreSpec> &out)
{
    if (!node.IsSequence()) {
        r.error(node, Tr::tr("datastores must be a list, found %1.").arg(Reader::describe(node)));
        return;
    }
    for (const auto &item : node) {
        const QString w
            = entryName(r, item, Tr::tr("datastore \"%1\""), QStringLiteral("datastores"));
        if (!r.mapping(item,
                       w,
                       {QStringLiteral("name"),
                        QStringLiteral("engine"),
                        QStringLiteral("version"),
                        QStringLiteral("topology"),
                        QStringLiteral("replicas"),
                        QStringLiteral("resources"),
                        QStringLiteral("storage"),
                        QStringLiteral("terminationPolicy"),
                        QStringLiteral("exporter"),
                        QStringLiteral("existing"),
                        QStringLiteral("backup"),
                        QStringLiteral("canvas")}))
            continue;
        DatastoreSpec d;
        d.location = r.location(item);
        d.name = r.string(item, "name", w, true);
        d.engine = r.string(item, "engine", w, true);
        if (const auto n = r.field(item, "existing", w, false); n.IsDefined())
            d.existing = r.boolean(n, Tr::tr("Field \"existing\" in %1").arg(w)).value_or(false);
        if (d.existing) {
            // Made outside the stack: nothing but where to find it.
            for (const char *field : {"version", "topology", "replicas", "resources", "storage", "terminationPolicy", "exporter", "backup"}) {
                if (const auto n = r.field(item, field, w, false); n.IsDefined())
                    r.error(n, Tr::tr("%1 is an existing Cluster; field \"%2\" does not apply to it.")
                                   .arg(w, QLatin1String(field)));
            }
            if (const auto n = r.field(item, "canvas", w, false); n.IsDefined())
                d.canvas = readCanvas(r, n, Tr::tr("canvas of %1").arg(w));
            out.append(d);
            continue;
        }
        d.version = r.string(item, "version", w, true);
        d.topology = r.string(item, "topology", w, false);
        if (const auto n = r.field(item, "replicas", w, true); n.IsDefined())
            d.replicas
                = int(r.integer(n, Tr::tr("Field \"replicas\" in %1").arg(w), 1, 128).value_or(1));
        if (const auto n = r.field(item, "resources", w, true); n.IsDefined())
            d.resources = readResources(r, n, w);
        if (const auto n = r.field(item, "storage", w, true); n.IsDefined()) {
            const QString sw = Tr::tr("storage of %1").arg(w);
            if (r.mapping(n, sw, {QStringLiteral("size"), QStringLiteral("class")})) {
                if (const auto s = r.field(n, "size", sw, true); s.IsDefined())
                    d.storageSize = r.quantity(s, Tr::tr("size in %1").arg(sw));
                d.storageClass = r.string(n, "class", sw, false);
            }
        }
        if (const auto n = r.field(item, "terminationPolicy", w, true); n.IsDefined())
            d.terminationPolicy = r.oneOf(
                n, Tr::tr("Field \"terminationPolicy\" in %1").arg(w), kTerminationPolicies);
        if (const auto n = r.field(item, "exporter", w, false); n.IsDefined())
            d.exporter = r.boolean(n, Tr::tr("Field \"exporter\" in %1").arg(w)).value_or(true);
        if (const auto n = r.field(item, "backup", w, false); n.IsDefined())
            d.backup = readBackup(r, n, Tr::tr("backup of %1").arg(w));
        if (const auto n = r.field(item, "canvas", w, false); n.IsDefined())
            d.canvas = readCanvas(r, n, Tr::tr("canvas of %1").arg(w));
        out.append(d);
    }
}

void readComponents(Reader &r, const YAML::Node &node, QList<ComponentSpec> &out)
{
    if (!node.IsSequence()) {
        r.error(node, Tr::tr("components must be a list, found %1.").arg(Reader::describe(node)));
        return;
    }
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    for (const auto &item : node) {
        const QString w
            = entryName(r, item, Tr::tr("component \"%1\""), QStringLiteral("components"));
        if (!r.mapping(item,
                       w,
                       {QStringLiteral("name"),
                        QStringLiteral("image"),
                        QStringLiteral("tag"),
                        QStringLiteral("replicas"),
                        QStringLiteral("resources"),
                        QStringLiteral("env"),
                        QStringLiteral("exposure"),
                        QStringLiteral("canvas")}))
            continue;
        ComponentSpec c;
        c.location = r.location(item);
        c.name = r.string(item, "name", w, true);
        c.image = r.string(item, "image", w, false);
        c.tag = r.string(item, "tag", w, false);
        if (const auto n = r.field(item, "replicas", w, true); n.IsDefined())
            c.replicas
                = int(r.integer(n, Tr::tr("Field \"replicas\" in %1").arg(w), 0, 1000).value_or(1));
        if (const auto n = r.field(item, "resources", w, true); n.IsDefined())
            c.resources = readResources(r, n, w);
        if (const auto n = r.field(item, "env", w, false); n.IsDefined()) {
            const QString ew = Tr::tr("env of %1").arg(w);
            if (!n.IsMap()) {
                r.error(n, Tr::tr("%1 must be a mapping of variable names to values.").arg(ew));
            } else {
                QSet<QString> seen;
                for (const auto &kv : n) {
                    const auto key = r.string(kv.first, Tr::tr("A variable name in %1").arg(ew));
                    if (!key)
                        continue;
                    if (!envName.match(*key).hasMatch())
                        r.error(
                            kv.first,
                            Tr::tr("\"%1\" is not a valid environment variable name.").arg(*key));
                    if (seen.contains(*key))
                        r.error(kv.first,
                                Tr::tr("Field \"%1\" appears twice in %2.").arg(*key, ew));
                    seen.insert(*key);
                    if (const auto value = r.string(kv.second, Tr::tr("The value of %1").arg(*key)))
                        c.env.append({*key, *value});
                }
            }
        }
        if (const auto n = r.field(item, "exposure", w, false); n.IsDefined()) {
            const QString xw = Tr::tr("exposure of %1").arg(w);
            if (r.mapping(n, xw, {QStringLiteral("type"), QStringLiteral("nodePort"), QStringLiteral("host"),
                                  QStringLiteral("ingressClass")})) {
                if (const auto t = r.field(n, "type", xw, true); t.IsDefined())
                    c.exposure.type
                        = r.oneOf(t, Tr::tr("Field \"type\" in %1").arg(xw), kServiceTypes);
                if (const auto p = r.field(n, "nodePort", xw, false); p.IsDefined())
                    c.exposure.nodePort
                        = int(r.integer(p, Tr::tr("Field \"nodePort\" in %1").arg(xw), 1, 65535)
                                  .value_or(0));
                if (const auto h = r.field(n, "host", xw, false); h.IsDefined())
                    c.exposure.host = r.string(h, Tr::tr("Field \"host\" in %1").arg(xw)).value_or(QString());
                if (const auto i = r.field(n, "ingressClass", xw, false); i.IsDefined())
                    c.exposure.ingressClass
                        = r.string(i, Tr::tr("Field \"ingressClass\" in %1").arg(xw)).value_or(QString());
            }
        }
        if (const auto n = r.field(item, "canvas", w, false); n.IsDefined())
            c.canvas = readCanvas(r, n, Tr::tr("canvas of %1").arg(w));
        out.append(c);
    }
}

void readEdges(Reader &r, const YAML::Node &node, QList<Edge> &out)
{
    if (!node.IsSequence()) {
        r.error(node, Tr::tr("edges must be a list, found %1.").arg(Reader::describe(node)));
        return;
    }
    for (const auto &item : node) {
        const QString where = QStringLiteral("edges");
        if (!r.mapping(item, where, {QStringLiteral("from"), QStringLiteral("to")}))
            continue;
        Edge e;
        e.location = r.location(item);
        e.from = r.string(item, "from", where, true);
        e.to = r.string(item, "to", where, true);
        out.append(e);
    }
}

// ---- writing ------------------------------------------------------------------------------

void scalar(YAML::Emitter &out, const QString &value)
{
    const std::string s = value.toStdString();
    if (YamlWriter::needsQuotes(s))
        out << YAML::DoubleQuoted;
    out << s;
}

void keyValue(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value;
    scalar(out, value);
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

void writeSecretKeyRef(YAML::Emitter &out, const SecretKeyRef &ref)
{
    out << YAML::Key << "secretKeyRef" << YAML::Value << YAML::Flow << YAML::BeginMap;
    keyValue(out, "name", ref.name);
    keyValue(out, "key", ref.key);
    out << YAML::EndMap;
}

void writeResources(YAML::Emitter &out, const ResourceSpec &r)
{
    out << YAML::Key << "resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "requests" << YAML::Value << YAML::Flow << YAML::BeginMap;
    keyValue(out, "cpu", r.cpuRequest.toString());
    keyValue(out, "memory", r.memoryRequest.toString());
    out << YAML::EndMap;
    out << YAML::Key << "limits" << YAML::Value << YAML::Flow << YAML::BeginMap;
    keyValue(out, "cpu", r.cpuLimit.toString());
    keyValue(out, "memory", r.memoryLimit.toString());
    out << YAML::EndMap;
    out << YAML::EndMap;
}

void writeCanvas(YAML::Emitter &out, const CanvasPosition &c)
{
    if (!c.isSet)
        return;
    out << YAML::Key << "canvas" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "x" << YAML::Value << number(c.x).toStdString();
    out << YAML::Key << "y" << YAML::Value << number(c.y).toStdString();
    out << YAML::EndMap;
}

} // namespace

StackFile::Result StackFile::parse(const QByteArray &text, const QString &fileName)
{
    Result result;
    Reader r(fileName);
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        r.error(e.mark, Tr::tr("Not valid YAML: %1.").arg(q(e.msg)));
        result.issues = r.issues;
        return result;
    }
    if (!root.IsDefined() || root.IsNull()) {
        r.error(YAML::Mark::null_mark(), Tr::tr("The file is empty; expected a Stackdeck stack."));
        result.issues = r.issues;
        return result;
    }
    const QString where = Tr::tr("the stack file");
    if (!r.mapping(root,
                   where,
                   {QStringLiteral("apiVersion"),
                    QStringLiteral("kind"),
                    QStringLiteral("metadata"),
                    QStringLiteral("profile"),
                    QStringLiteral("openim"),
                    QStringLiteral("datastores"),
                    QStringLiteral("components"),
                    QStringLiteral("edges")})) {
        result.issues = r.issues;
        return result;
    }
    // The version decides how the rest is read, so a wrong one stops here.
    const YAML::Node apiVersion = r.field(root, "apiVersion", where, true);
    if (apiVersion.IsDefined()) {
        const auto v = r.string(apiVersion, QStringLiteral("apiVersion"));
        if (v && *v != QLatin1String(kApiVersion)) {
            r.error(apiVersion,
                    Tr::tr("Unsupported stack file version \"%1\"; this Stackdeck reads \"%2\".")
                        .arg(*v, QLatin1String(kApiVersion)));
            result.issues = r.issues;
            return result;
        }
    }
    if (const auto kind = r.field(root, "kind", where, true); kind.IsDefined())
        r.oneOf(kind, QStringLiteral("kind"), {QLatin1String(kKind)});

    Stack stack;
    stack.fileName = fileName;
    if (const auto md = r.field(root, "metadata", where, true); md.IsDefined()) {
        if (r.mapping(md,
                      QStringLiteral("metadata"),
                      {QStringLiteral("name"), QStringLiteral("namespace")})) {
            stack.name = r.string(md, "name", QStringLiteral("metadata"), true);
            stack.ns = r.string(md, "namespace", QStringLiteral("metadata"), true);
        }
    }
    if (const auto n = r.field(root, "profile", where, true); n.IsDefined())
        readProfile(r, n, stack.profile);
    if (const auto n = r.field(root, "openim", where, true); n.IsDefined())
        readOpenIm(r, n, stack.openim);
    if (const auto n = r.field(root, "datastores", where, true); n.IsDefined())
        readDatastores(r, n, stack.datastores);
    if (const auto n = r.field(root, "components", where, true); n.IsDefined())
        readComponents(r, n, stack.components);
    if (const auto n = r.field(root, "edges", where, false); n.IsDefined())
        readEdges(r, n, stack.edges);

    result.issues = r.issues;
    if (!hasErrors(result.issues))
        result.stack = std::move(stack);
    return result;
}

StackFile::Result StackFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        StackIssue issue;
        issue.file = path;
        issue.message = Tr::tr("Cannot read the stack file: %1.").arg(file.errorString());
        result.issues.append(issue);
        return result;
    }
    // Stack files are small; refuse anything absurd rather than parse it.
    constexpr qint64 kMaxSize = 4 * 1024 * 1024;
    if (file.size() > kMaxSize) {
        Result result;
        StackIssue issue;
        issue.file = path;
        issue.message = Tr::tr("The stack file is larger than 4 MiB; this is not a stack file.");
        result.issues.append(issue);
        return result;
    }
    return parse(file.readAll(), path);
}

QByteArray StackFile::serialize(const Stack &s)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    keyValue(out, "apiVersion", QLatin1String(kApiVersion));
    keyValue(out, "kind", QLatin1String(kKind));
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    keyValue(out, "name", s.name);
    keyValue(out, "namespace", s.ns);
    out << YAML::EndMap;

    out << YAML::Key << "profile" << YAML::Value << YAML::BeginMap;
    keyValue(out, "release", s.profile.release);
    keyValue(out, "registry", s.profile.registry);
    if (!s.profile.imageTag.isEmpty())
        keyValue(out, "imageTag", s.profile.imageTag);
    if (!s.profile.imagePullSecrets.isEmpty()) {
        out << YAML::Key << "imagePullSecrets" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &name : s.profile.imagePullSecrets)
            scalar(out, name);
        out << YAML::EndSeq;
    }
    if (s.profile.chat)
        out << YAML::Key << "chat" << YAML::Value << "true";
    out << YAML::EndMap;

    out << YAML::Key << "openim" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "secret" << YAML::Value << YAML::Flow << YAML::BeginMap;
    if (s.openim.secret.kind == SecretSource::Kind::Generate)
        out << YAML::Key << "generate" << YAML::Value << "true";
    else
        writeSecretKeyRef(out, s.openim.secret.ref);
    out << YAML::EndMap;
    out << YAML::Key << "adminUsers" << YAML::Value << YAML::BeginSeq;
    for (const AdminUser &u : s.openim.adminUsers) {
        out << YAML::Flow << YAML::BeginMap;
        keyValue(out, "userID", u.userID);
        keyValue(out, "nickname", u.nickname);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    if (!s.openim.minioExternalAddress.isEmpty())
        keyValue(out, "minioExternalAddress", s.openim.minioExternalAddress);
    out << YAML::Key << "push" << YAML::Value << YAML::BeginMap;
    keyValue(out, "provider", s.openim.push.provider);
    if (!s.openim.push.credentials.isEmpty()) {
        out << YAML::Key << "credentials" << YAML::Value << YAML::BeginMap;
        for (const auto &[name, ref] : s.openim.push.credentials) {
            out << YAML::Key << name.toStdString() << YAML::Value << YAML::Flow << YAML::BeginMap;
            writeSecretKeyRef(out, ref);
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::Key << "log" << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "level" << YAML::Value << s.openim.logLevel;
    out << YAML::Key << "json" << YAML::Value << (s.openim.logJson ? "true" : "false");
    out << YAML::EndMap;
    out << YAML::EndMap;

    out << YAML::Key << "datastores" << YAML::Value << YAML::BeginSeq;
    for (const DatastoreSpec &d : s.datastores) {
        out << YAML::BeginMap;
        keyValue(out, "name", d.name);
        keyValue(out, "engine", d.engine);
        if (d.existing) {
            out << YAML::Key << "existing" << YAML::Value << "true";
            writeCanvas(out, d.canvas);
            out << YAML::EndMap;
            continue;
        }
        keyValue(out, "version", d.version);
        if (!d.topology.isEmpty())
            keyValue(out, "topology", d.topology);
        out << YAML::Key << "replicas" << YAML::Value << d.replicas;
        writeResources(out, d.resources);
        out << YAML::Key << "storage" << YAML::Value << YAML::Flow << YAML::BeginMap;
        keyValue(out, "size", d.storageSize.toString());
        if (!d.storageClass.isEmpty())
            keyValue(out, "class", d.storageClass);
        out << YAML::EndMap;
        keyValue(out, "terminationPolicy", d.terminationPolicy);
        if (!d.exporter) // on is KubeBlocks' default; the file says only when it is off
            out << YAML::Key << "exporter" << YAML::Value << "false";
        if (d.backup) {
            const BackupScheduleSpec &b = *d.backup;
            out << YAML::Key << "backup" << YAML::Value << YAML::Flow << YAML::BeginMap;
            if (!b.enabled)
                out << YAML::Key << "enabled" << YAML::Value << "false";
            keyValue(out, "cron", b.cron);
            keyValue(out, "method", b.method);
            if (b.retention != BackupScheduleSpec().retention)
                keyValue(out, "retention", b.retention);
            if (!b.repo.isEmpty())
                keyValue(out, "repo", b.repo);
            out << YAML::EndMap;
        }
        writeCanvas(out, d.canvas);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "components" << YAML::Value << YAML::BeginSeq;
    for (const ComponentSpec &c : s.components) {
        out << YAML::BeginMap;
        keyValue(out, "name", c.name);
        if (!c.image.isEmpty())
            keyValue(out, "image", c.image);
        if (!c.tag.isEmpty())
            keyValue(out, "tag", c.tag);
        out << YAML::Key << "replicas" << YAML::Value << c.replicas;
        writeResources(out, c.resources);
        if (!c.env.isEmpty()) {
            out << YAML::Key << "env" << YAML::Value << YAML::BeginMap;
            for (const auto &[key, value] : c.env)
                keyValue(out, key.toStdString().c_str(), value);
            out << YAML::EndMap;
        }
        if (c.exposure != Exposure{}) {
            out << YAML::Key << "exposure" << YAML::Value << YAML::Flow << YAML::BeginMap;
            keyValue(out, "type", c.exposure.type);
            if (c.exposure.nodePort != 0)
                out << YAML::Key << "nodePort" << YAML::Value << c.exposure.nodePort;
            if (!c.exposure.host.isEmpty())
                keyValue(out, "host", c.exposure.host);
            if (!c.exposure.ingressClass.isEmpty())
                keyValue(out, "ingressClass", c.exposure.ingressClass);
            out << YAML::EndMap;
        }
        writeCanvas(out, c.canvas);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    if (!s.edges.isEmpty()) {
        out << YAML::Key << "edges" << YAML::Value << YAML::BeginSeq;
        for (const Edge &e : s.edges) {
            out << YAML::Flow << YAML::BeginMap;
            keyValue(out, "from", e.from);
            keyValue(out, "to", e.to);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    QByteArray text(out.c_str(), static_cast<qsizetype>(out.size()));
    text.append('\n');
    return text;
}

bool StackFile::isRetentionPeriod(const QString &text)
{
    // KubeBlocks' RetentionPeriod: whole numbers with y, mo, d, h or m, e.g. "7d" or "1d12h".
    static const QRegularExpression re(QStringLiteral("^([0-9]+(y|mo|d|h|m))+$"));
    return re.match(text).hasMatch();
}

bool StackFile::save(const Stack &stack, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(stack));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace sd
