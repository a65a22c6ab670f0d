#include "kube/kubeconfig.h"

#include "common/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace sd {

QString KubeConfigProblem::text() const
{
    if (entry.isEmpty())
        return Tr::tr("%1: %2").arg(QDir::toNativeSeparators(file), message);
    return Tr::tr("%1, %2: %3").arg(QDir::toNativeSeparators(file), entry, message);
}

// Reads one kubeconfig file into a KubeConfig, reporting every problem with its location.
class KubeConfigParser
{
public:
    KubeConfigParser(KubeConfig &config, const QString &file)
        : m_config(config)
        , m_file(file)
        , m_dir(QFileInfo(file).absolutePath())
    {}

    void parse(const YAML::Node &root);

private:
    void error(const QString &entry, const QString &message)
    {
        m_config.addProblem(KubeConfigProblem::Severity::Error, m_file, entry, message);
    }
    void warning(const QString &entry, const QString &message)
    {
        m_config.addProblem(KubeConfigProblem::Severity::Warning, m_file, entry, message);
    }

    // Typed field readers: a wrong type is an error naming the field; absence returns the default.
    QString str(const YAML::Node &map, const char *key, const QString &entry);
    bool boolean(const YAML::Node &map, const char *key, const QString &entry);
    QStringList strList(const YAML::Node &map, const char *key, const QString &entry);
    QByteArray base64(const YAML::Node &map, const char *key, const QString &entry);
    QString path(const YAML::Node &map, const char *key, const QString &entry);
    void checkKnown(const YAML::Node &map, const QSet<QString> &known, const QString &entry);

    // Walks a list of {name, <payload>} items, checking names; calls fn for each valid, unique one.
    template<typename Fn>
    void namedList(const YAML::Node &root, const char *listKey, const char *payloadKey, Fn fn);

    void parseCluster(const QString &name, const YAML::Node &node, const QString &entry);
    void parseUser(const QString &name, const YAML::Node &node, const QString &entry);
    void parseContext(const QString &name, const YAML::Node &node, const QString &entry);

    KubeConfig &m_config;
    QString m_file;
    QString m_dir;
};

static QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

static QJsonValue yamlToJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject obj;
        for (auto it = node.begin(); it != node.end(); ++it)
            obj.insert(fromStd(it->first.Scalar()), yamlToJson(it->second));
        return obj;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray arr;
        for (const auto &item : node)
            arr.append(yamlToJson(item));
        return arr;
    }
    case YAML::NodeType::Scalar:
        return fromStd(node.Scalar());
    default:
        return QJsonValue();
    }
}

QString KubeConfigParser::str(const YAML::Node &map, const char *key, const QString &entry)
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return {};
    if (!n.IsScalar()) {
        error(entry, Tr::tr("field “%1” must be a string").arg(QLatin1String(key)));
        return {};
    }
    return fromStd(n.Scalar());
}

bool KubeConfigParser::boolean(const YAML::Node &map, const char *key, const QString &entry)
{
    const YAML::Node n = map[key];
    if (!n || n.IsNull())
        return false;
    bool value = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, value)) {
        error(entry, Tr::tr("field “%1” must be true or false").arg(QLatin1String(key)));
        return false;
    }
    return value;
}

QStringList KubeConfigParser::strList(const YAML::Node &map, const char *key, const QString &entry)
{
    const YAML::Node n = map[key];
    QStringList out;
    if (!n || n.IsNull())
        return out;
    if (!n.IsSequence()) {
        error(entry, Tr::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
        return out;
    }
    for (const auto &item : n) {
        if (!item.IsScalar()) {
            error(entry, Tr::tr("field “%1” must be a list of strings").arg(QLatin1String(key)));
            return {};
        }
        out.append(fromStd(item.Scalar()));
    }
    return out;
}

QByteArray KubeConfigParser::base64(const YAML::Node &map, const char *key, const QString &entry)
{
    const QString text = str(map, key, entry);
    if (text.isEmpty())
        return {};
    // Tolerate line-wrapped base64, as kubectl does.
    QByteArray compact = text.toLatin1();
    compact.replace('\n', "").replace('\r', "").replace(' ', "");
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        error(entry, Tr::tr("field “%1” is not valid base64").arg(QLatin1String(key)));
        return {};
    }
    return *decoded;
}

QString KubeConfigParser::path(const YAML::Node &map, const char *key, const QString &entry)
{
    const QString p = str(map, key, entry);
    if (p.isEmpty())
        return p;
    QString expanded = p;
    if (expanded.startsWith(QLatin1String("~/")))
        expanded = QDir::homePath() + expanded.mid(1);
    return QDir::cleanPath(QDir(m_dir).absoluteFilePath(expanded));
}

void KubeConfigParser::checkKnown(const YAML::Node &map, const QSet<QString> &known,
                                  const QString &entry)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = fromStd(it->first.Scalar());
        if (!known.contains(key))
            warning(entry, Tr::tr("unknown field “%1” is ignored").arg(key));
    }
}

template<typename Fn>
void KubeConfigParser::namedList(const YAML::Node &root, const char *listKey,
                                 const char *payloadKey, Fn fn)
{
    const YAML::Node list = root[listKey];
    if (!list || list.IsNull())
        return;
    const QString listName = QLatin1String(listKey);
    if (!list.IsSequence()) {
        error(listName, Tr::tr("must be a list"));
        return;
    }
    QSet<QString> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const YAML::Node item = list[i];
        QString entry = QStringLiteral("%1[%2]").arg(listName).arg(i);
        if (!item.IsMap()) {
            error(entry, Tr::tr("must be a mapping with “name” and “%1”").arg(QLatin1String(payloadKey)));
            continue;
        }
        const QString name = str(item, "name", entry);
        if (name.isEmpty()) {
            error(entry, Tr::tr("has no name"));
            continue;
        }
        entry = QStringLiteral("%1 “%2”").arg(entry, name);
        checkKnown(item, {QStringLiteral("name"), QLatin1String(payloadKey)}, entry);
        if (seen.contains(name)) {
            // kubectl refuses a file with duplicate names; we keep the first and say so.
            error(entry, Tr::tr("duplicate name “%1”; the first entry with this name is used").arg(name));
            continue;
        }
        seen.insert(name);
        const YAML::Node payload = item[payloadKey];
        if (!payload || payload.IsNull()) {
            error(entry, Tr::tr("field “%1” is missing").arg(QLatin1String(payloadKey)));
            continue;
        }
        if (!payload.IsMap()) {
            error(entry, Tr::tr("field “%1” must be a mapping").arg(QLatin1String(payloadKey)));
            continue;
        }
        fn(name, payload, entry);
    }
}

void KubeConfigParser::parseCluster(const QString &name, const YAML::Node &n, const QString &entry)
{
    if (m_config.cluster(name))
        return; // an earlier file wins
    checkKnown(n,
               {"server", "tls-server-name", "insecure-skip-tls-verify", "certificate-authority",
                "certificate-authority-data", "proxy-url", "disable-compression", "extensions"},
               entry);
    KubeCluster c;
    c.name = name;
    c.sourceFile = m_file;
    c.server = str(n, "server", entry);
    c.tlsServerName = str(n, "tls-server-name", entry);
    c.insecureSkipTlsVerify = boolean(n, "insecure-skip-tls-verify", entry);
    c.certificateAuthorityFile = path(n, "certificate-authority", entry);
    c.certificateAuthorityData = base64(n, "certificate-authority-data", entry);
    c.proxyUrl = str(n, "proxy-url", entry);
    if (const YAML::Node ext = n["extensions"]; ext && ext.IsSequence()) {
        for (const auto &e : ext) {
            if (e.IsMap() && e["name"] && e["name"].IsScalar()
                && e["name"].Scalar() == "client.authentication.k8s.io/exec")
                c.execExtension = yamlToJson(e["extension"]).toObject();
        }
    }
    if (c.server.isEmpty())
        error(entry, Tr::tr("field “server” is missing"));
    m_config.m_clusters.append(c);
}

void KubeConfigParser::parseUser(const QString &name, const YAML::Node &n, const QString &entry)
{
    if (m_config.user(name))
        return;
    checkKnown(n,
               {"client-certificate", "client-certificate-data", "client-key", "client-key-data",
                "token", "tokenFile", "as", "as-uid", "as-groups", "as-user-extra", "username",
                "password", "auth-provider", "exec", "extensions"},
               entry);
    KubeUser u;
    u.name = name;
    u.sourceFile = m_file;
    u.clientCertificateFile = path(n, "client-certificate", entry);
    u.clientCertificateData = base64(n, "client-certificate-data", entry);
    u.clientKeyFile = path(n, "client-key", entry);
    u.clientKeyData = base64(n, "client-key-data", entry);
    u.token = str(n, "token", entry);
    u.tokenFile = path(n, "tokenFile", entry);
    u.impersonate = str(n, "as", entry);
    u.impersonateUid = str(n, "as-uid", entry);
    u.impersonateGroups = strList(n, "as-groups", entry);
    if (const YAML::Node extra = n["as-user-extra"]; extra && !extra.IsNull()) {
        if (!extra.IsMap()) {
            error(entry, Tr::tr("field “%1” must be a mapping").arg(QStringLiteral("as-user-extra")));
        } else {
            for (auto it = extra.begin(); it != extra.end(); ++it) {
                YAML::Node holder;
                holder["v"] = it->second;
                u.impersonateExtra.insert(fromStd(it->first.Scalar()), strList(holder, "v", entry));
            }
        }
    }
    u.username = str(n, "username", entry);
    u.password = str(n, "password", entry);

    if (const YAML::Node ap = n["auth-provider"]; ap && !ap.IsNull()) {
        if (!ap.IsMap()) {
            error(entry, Tr::tr("field “%1” must be a mapping").arg(QStringLiteral("auth-provider")));
        } else {
            AuthProviderConfig p;
            p.name = str(ap, "name", entry);
            if (const YAML::Node cfg = ap["config"]; cfg && cfg.IsMap()) {
                for (auto it = cfg.begin(); it != cfg.end(); ++it) {
                    if (it->second.IsScalar())
                        p.config.insert(fromStd(it->first.Scalar()), fromStd(it->second.Scalar()));
                }
            }
            if (p.name.isEmpty())
                error(entry, Tr::tr("auth-provider has no name"));
            else
                u.authProvider = p;
        }
    }

    if (const YAML::Node ex = n["exec"]; ex && !ex.IsNull()) {
        if (!ex.IsMap()) {
            error(entry, Tr::tr("field “%1” must be a mapping").arg(QStringLiteral("exec")));
        } else {
            checkKnown(ex,
                       {"command", "args", "env", "apiVersion", "installHint", "provideClusterInfo",
                        "interactiveMode"},
                       entry);
            ExecConfig e;
            e.apiVersion = str(ex, "apiVersion", entry);
            e.command = str(ex, "command", entry);
            e.baseDirectory = m_dir;
            e.args = strList(ex, "args", entry);
            e.installHint = str(ex, "installHint", entry);
            e.provideClusterInfo = boolean(ex, "provideClusterInfo", entry);
            e.interactiveMode = str(ex, "interactiveMode", entry);
            if (const YAML::Node env = ex["env"]; env && !env.IsNull()) {
                if (!env.IsSequence()) {
                    error(entry, Tr::tr("field “%1” must be a list").arg(QStringLiteral("exec.env")));
                } else {
                    for (const auto &item : env) {
                        if (!item.IsMap() || !item["name"] || !item["name"].IsScalar()) {
                            error(entry, Tr::tr("exec.env entries need a “name” and a “value”"));
                            continue;
                        }
                        e.env.append({fromStd(item["name"].Scalar()), str(item, "value", entry)});
                    }
                }
            }
            bool ok = true;
            if (e.command.isEmpty()) {
                error(entry, Tr::tr("exec plugin has no “command”"));
                ok = false;
            }
            if (e.apiVersion != QLatin1String("client.authentication.k8s.io/v1")
                && e.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1")) {
                error(entry,
                      e.apiVersion.isEmpty()
                          ? Tr::tr("exec plugin has no “apiVersion”")
                          : Tr::tr("exec plugin apiVersion “%1” is not supported; use "
                                   "client.authentication.k8s.io/v1 or v1beta1")
                                .arg(e.apiVersion));
                ok = false;
            }
            if (e.interactiveMode.isEmpty()) {
                if (e.apiVersion.endsWith(QLatin1String("/v1"))) {
                    error(entry, Tr::tr("exec plugin needs “interactiveMode” with apiVersion v1"));
                    ok = false;
                }
                e.interactiveMode = QStringLiteral("IfAvailable");
            } else if (e.interactiveMode != QLatin1String("Never")
                       && e.interactiveMode != QLatin1String("IfAvailable")
                       && e.interactiveMode != QLatin1String("Always")) {
                error(entry, Tr::tr("exec plugin interactiveMode “%1” is not Never, IfAvailable or Always")
                                 .arg(e.interactiveMode));
                ok = false;
            }
            if (ok)
                u.exec = e;
        }
    }
    if (!u.token.isEmpty() && !u.tokenFile.isEmpty())
        warning(entry, Tr::tr("both “token” and “tokenFile” are set; “token” is used"));
    if (!u.clientCertificateFile.isEmpty() && !u.clientCertificateData.isEmpty())
        error(entry, Tr::tr("both “client-certificate” and “client-certificate-data” are set"));
    if (!u.clientKeyFile.isEmpty() && !u.clientKeyData.isEmpty())
        error(entry, Tr::tr("both “client-key” and “client-key-data” are set"));
    m_config.m_users.append(u);
}

void KubeConfigParser::parseContext(const QString &name, const YAML::Node &n, const QString &entry)
{
    if (m_config.context(name))
        return;
    checkKnown(n, {"cluster", "user", "namespace", "extensions"}, entry);
    KubeContext c;
    c.name = name;
    c.sourceFile = m_file;
    c.cluster = str(n, "cluster", entry);
    c.user = str(n, "user", entry);
    c.defaultNamespace = str(n, "namespace", entry);
    if (c.cluster.isEmpty())
        error(entry, Tr::tr("field “cluster” is missing"));
    m_config.m_contexts.append(c);
}

void KubeConfigParser::parse(const YAML::Node &root)
{
    if (!root || root.IsNull())
        return; // an empty file is a valid empty config
    if (!root.IsMap()) {
        error({}, Tr::tr("not a kubeconfig: the top level must be a mapping"));
        return;
    }
    checkKnown(root,
               {"apiVersion", "kind", "preferences", "clusters", "users", "contexts",
                "current-context", "extensions"},
               {});
    const QString kind = str(root, "kind", {});
    if (!kind.isEmpty() && kind != QLatin1String("Config"))
        error({}, Tr::tr("kind is “%1”, expected “Config”").arg(kind));
    namedList(root, "clusters", "cluster",
              [this](const QString &name, const YAML::Node &n, const QString &entry) {
                  parseCluster(name, n, entry);
              });
    namedList(root, "users", "user",
              [this](const QString &name, const YAML::Node &n, const QString &entry) {
                  parseUser(name, n, entry);
              });
    namedList(root, "contexts", "context",
              [this](const QString &name, const YAML::Node &n, const QString &entry) {
                  parseContext(name, n, entry);
              });
    const QString current = str(root, "current-context", {});
    if (m_config.m_currentContext.isEmpty() && !current.isEmpty())
        m_config.m_currentContext = current;
}

void KubeConfig::addProblem(KubeConfigProblem::Severity severity, const QString &file,
                            const QString &entry, const QString &message)
{
    m_problems.append({severity, file, entry, message});
}

void KubeConfig::loadFile(const QString &path, bool missingIsError)
{
    QFile f(path);
    if (!f.exists()) {
        if (missingIsError)
            addProblem(KubeConfigProblem::Severity::Error, path, {}, Tr::tr("file does not exist"));
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        addProblem(KubeConfigProblem::Severity::Error, path, {},
                   Tr::tr("cannot read the file: %1").arg(f.errorString()));
        return;
    }
    const QByteArray data = f.readAll();
    m_files.append(path);
    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::Exception &e) {
        addProblem(KubeConfigProblem::Severity::Error, path, {},
                   Tr::tr("invalid YAML at line %1, column %2: %3")
                       .arg(e.mark.line + 1)
                       .arg(e.mark.column + 1)
                       .arg(QString::fromStdString(e.msg)));
        return;
    }
    try {
        KubeConfigParser(*this, path).parse(root);
    } catch (const YAML::Exception &e) {
        addProblem(KubeConfigProblem::Severity::Error, path, {},
                   Tr::tr("unexpected structure: %1").arg(QString::fromStdString(e.msg)));
    }
}

KubeConfig KubeConfig::loadFiles(const QStringList &files, bool missingIsError)
{
    KubeConfig config;
    QSet<QString> seen;
    for (const QString &file : files) {
        if (file.isEmpty())
            continue;
        const QString abs = QFileInfo(file).absoluteFilePath();
        if (seen.contains(abs))
            continue; // kubectl de-duplicates repeated entries in KUBECONFIG
        seen.insert(abs);
        config.loadFile(abs, missingIsError);
    }
    if (!config.m_currentContext.isEmpty() && !config.context(config.m_currentContext)) {
        config.addProblem(KubeConfigProblem::Severity::Warning,
                          config.m_files.value(0), QStringLiteral("current-context"),
                          Tr::tr("context “%1” does not exist").arg(config.m_currentContext));
    }
    return config;
}

KubeConfig KubeConfig::load(const QString &explicitPath)
{
    const auto env = QProcessEnvironment::systemEnvironment();
    std::optional<QString> kubeconfigEnv;
    if (env.contains(QStringLiteral("KUBECONFIG")))
        kubeconfigEnv = env.value(QStringLiteral("KUBECONFIG"));
    return load(explicitPath, kubeconfigEnv, QDir::homePath());
}

KubeConfig KubeConfig::load(const QString &explicitPath, const std::optional<QString> &kubeconfigEnv,
                            const QString &homeDir)
{
    if (!explicitPath.isEmpty())
        return loadFiles({explicitPath}, true);
    if (kubeconfigEnv && !kubeconfigEnv->isEmpty())
        return loadFiles(kubeconfigEnv->split(QDir::listSeparator(), Qt::SkipEmptyParts), false);
    return loadFiles({QDir(homeDir).filePath(QStringLiteral(".kube/config"))}, false);
}

const KubeContext *KubeConfig::context(const QString &name) const
{
    for (const auto &c : m_contexts)
        if (c.name == name)
            return &c;
    return nullptr;
}

const KubeCluster *KubeConfig::cluster(const QString &name) const
{
    for (const auto &c : m_clusters)
        if (c.name == name)
            return &c;
    return nullptr;
}

const KubeUser *KubeConfig::user(const QString &name) const
{
    for (const auto &u : m_users)
        if (u.name == name)
            return &u;
    return nullptr;
}

bool KubeConfig::hasErrors() const
{
    return std::any_of(m_problems.begin(), m_problems.end(), [](const KubeConfigProblem &p) {
        return p.severity == KubeConfigProblem::Severity::Error;
    });
}

QStringList KubeConfig::errorTexts() const
{
    QStringList out;
    for (const auto &p : m_problems)
        if (p.severity == KubeConfigProblem::Severity::Error)
            out.append(p.text());
    return out;
}

} // namespace sd
