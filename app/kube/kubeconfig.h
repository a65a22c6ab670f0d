#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// One cluster entry of a kubeconfig. Relative file paths are already resolved against the
// directory of the file that named them; -data fields are base64-decoded.
struct KubeCluster
{
    QString name;
    QString sourceFile;
    QString server;
    QString certificateAuthorityFile;
    QByteArray certificateAuthorityData; // PEM
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    QJsonObject execExtension; // extensions["client.authentication.k8s.io/exec"], for provideClusterInfo
};

struct ExecConfig
{
    QString apiVersion;     // client.authentication.k8s.io/v1 or /v1beta1
    QString command;        // as written; resolve with ExecPlugin::resolveProgram()
    QString baseDirectory;  // directory of the kubeconfig file naming it
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never | IfAvailable | Always
};

struct AuthProviderConfig
{
    QString name;                   // oidc, gcp, azure, ...
    QMap<QString, QString> config;
};

struct KubeUser
{
    QString name;
    QString sourceFile;
    QString token;
    QString tokenFile;
    QString clientCertificateFile;
    QByteArray clientCertificateData; // PEM
    QString clientKeyFile;
    QByteArray clientKeyData; // PEM
    QString username;
    QString password;
    std::optional<ExecConfig> exec;
    std::optional<AuthProviderConfig> authProvider;
    QString impersonate;
    QString impersonateUid;
    QStringList impersonateGroups;
    QMap<QString, QStringList> impersonateExtra;
};

struct KubeContext
{
    QString name;
    QString sourceFile;
    QString cluster;
    QString user;
    QString defaultNamespace; // empty: "default"
};

// A problem found while loading: names the file, the entry (e.g. users[2] "admin") and what is wrong.
struct KubeConfigProblem
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    QString entry; // empty when the problem concerns the whole file
    QString message;

    QString text() const; // translated, one line
};

// A merged kubeconfig, loaded the way kubectl loads it. Never writes the user's files.
// Value type; not thread-bound.
class KubeConfig
{
public:
    // kubectl's precedence: explicitPath if set (must exist), else $KUBECONFIG (list, missing
    // entries skipped, first file wins for duplicate names and current-context), else
    // ~/.kube/config (absence is not an error). kubeconfigEnv/homeDir default to the process
    // environment; tests pass them explicitly.
    static KubeConfig load(const QString &explicitPath = {});
    static KubeConfig load(const QString &explicitPath, const std::optional<QString> &kubeconfigEnv,
                           const QString &homeDir);
    // Merges the given files in order (first wins). Missing files are errors only when
    // missingIsError is set (the explicit --kubeconfig case).
    static KubeConfig loadFiles(const QStringList &files, bool missingIsError);

    QStringList files() const { return m_files; }
    QString currentContext() const { return m_currentContext; }
    const QList<KubeContext> &contexts() const { return m_contexts; }
    const QList<KubeCluster> &clusters() const { return m_clusters; }
    const QList<KubeUser> &users() const { return m_users; }
    const KubeContext *context(const QString &name) const;
    const KubeCluster *cluster(const QString &name) const;
    const KubeUser *user(const QString &name) const;

    const QList<KubeConfigProblem> &problems() const { return m_problems; }
    bool hasErrors() const;
    QStringList errorTexts() const;

private:
    void loadFile(const QString &path, bool missingIsError);
    void addProblem(KubeConfigProblem::Severity severity, const QString &file, const QString &entry,
                    const QString &message);

    QStringList m_files;
    QString m_currentContext;
    QList<KubeContext> m_contexts;
    QList<KubeCluster> m_clusters;
    QList<KubeUser> m_users;
    QList<KubeConfigProblem> m_problems;

    friend class KubeConfigParser;
};

} // namespace sd
