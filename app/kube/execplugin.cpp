#include "kube/execplugin.h"

#include "common/tr.h"
#include "kube/exectrust.h"

#include <QDir>
#include <QRegularExpression>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace sd {

namespace {
constexpr int DefaultTimeoutMs = 60'000; // cloud plugins may open a browser-less token refresh
constexpr qint64 MaxOutputBytes = 1 << 20;

QString shellQuote(const QString &s)
{
    if (!s.isEmpty() && !s.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=@%+,-]"))))
        return s;
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

QString ExecTrustRequest::commandLine() const
{
    QStringList parts{shellQuote(program)};
    for (const QString &a : args)
        parts.append(shellQuote(a));
    return parts.join(QLatin1Char(' '));
}

ExecPlugin::ExecPlugin(const ExecConfig &config, const KubeCluster &cluster, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_cluster(cluster)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish({false, Tr::tr("The exec plugin “%1” did not answer within %n second(s).", nullptr,
                              m_timer.interval() / 1000)
                           .arg(displayName())});
    });
}

ExecPlugin::~ExecPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString ExecPlugin::displayName() const
{
    return m_config.command;
}

QString ExecPlugin::resolveProgram(const ExecConfig &config)
{
    const QString cmd = config.command;
    if (cmd.contains(QLatin1Char('/'))) {
        const QString abs = QDir::cleanPath(QDir(config.baseDirectory).absoluteFilePath(cmd));
        const QFileInfo fi(abs);
        return fi.isFile() && fi.isExecutable() ? abs : QString();
    }
    return QStandardPaths::findExecutable(cmd);
}

QByteArray ExecPlugin::execInfo(const ExecConfig &config, const KubeCluster &cluster)
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (config.provideClusterInfo) {
        QJsonObject c{{QStringLiteral("server"), cluster.server}};
        if (!cluster.tlsServerName.isEmpty())
            c.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        if (cluster.insecureSkipTlsVerify)
            c.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!cluster.certificateAuthorityData.isEmpty())
            c.insert(QStringLiteral("certificate-authority-data"),
                     QString::fromLatin1(cluster.certificateAuthorityData.toBase64()));
        if (!cluster.proxyUrl.isEmpty())
            c.insert(QStringLiteral("proxy-url"), cluster.proxyUrl);
        if (!cluster.execExtension.isEmpty())
            c.insert(QStringLiteral("config"), cluster.execExtension);
        spec.insert(QStringLiteral("cluster"), c);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), config.apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

ExecPluginResult ExecPlugin::parseOutput(const QByteArray &out, const QString &apiVersion)
{
    ExecPluginResult r;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &perr);
    if (!doc.isObject()) {
        r.errorMessage = Tr::tr("the plugin's output is not a JSON object: %1").arg(perr.errorString());
        return r;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential")) {
        r.errorMessage = Tr::tr("the plugin's output is not an ExecCredential");
        return r;
    }
    const QString gotVersion = o.value(QLatin1String("apiVersion")).toString();
    if (gotVersion != apiVersion) {
        r.errorMessage = Tr::tr("the plugin answered with apiVersion “%1”, but “%2” was requested")
                             .arg(gotVersion, apiVersion);
        return r;
    }
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    r.token = status.value(QLatin1String("token")).toString();
    r.clientCertificatePem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    r.clientKeyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (r.token.isEmpty() && (r.clientCertificatePem.isEmpty() || r.clientKeyPem.isEmpty())) {
        r.errorMessage = Tr::tr("the plugin returned neither a token nor a client certificate and key");
        return r;
    }
    const QString exp = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!exp.isEmpty()) {
        r.expiry = QDateTime::fromString(exp, Qt::ISODateWithMs);
        if (!r.expiry.isValid()) {
            r.errorMessage = Tr::tr("the plugin's expirationTimestamp “%1” is not RFC 3339").arg(exp);
            return r;
        }
    }
    r.ok = true;
    return r;
}

void ExecPlugin::start()
{
    const QString program = resolveProgram(m_config);
    if (program.isEmpty()) {
        QString msg = Tr::tr("The exec plugin “%1” was not found.").arg(m_config.command);
        if (!m_config.installHint.isEmpty())
            msg = Tr::tr("%1\n%2").arg(msg, m_config.installHint.trimmed());
        QMetaObject::invokeMethod(this, [this, msg] { finish({false, msg}); }, Qt::QueuedConnection);
        return;
    }
    if (m_config.interactiveMode == QLatin1String("Always")) {
        // We never have a terminal to hand to the plugin.
        const QString msg = Tr::tr("The exec plugin “%1” requires an interactive terminal "
                                   "(interactiveMode: Always), which Stackdeck cannot provide.")
                                .arg(m_config.command);
        QMetaObject::invokeMethod(this, [this, msg] { finish({false, msg}); }, Qt::QueuedConnection);
        return;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : std::as_const(m_config.env))
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfo(m_config, m_cluster)));
    m_process->setProcessEnvironment(env);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // crashes are reported through finished()
        finish({false, Tr::tr("The exec plugin “%1” could not be started: %2")
                           .arg(m_config.command, m_process->errorString())});
    });
    connect(m_process.get(), &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                const QByteArray out = m_process->readAllStandardOutput();
                const QString err = QString::fromUtf8(m_process->readAllStandardError()).trimmed();
                if (status != QProcess::NormalExit || exitCode != 0) {
                    QString msg = status == QProcess::NormalExit
                                      ? Tr::tr("The exec plugin “%1” failed with exit code %2.")
                                            .arg(m_config.command)
                                            .arg(exitCode)
                                      : Tr::tr("The exec plugin “%1” crashed.").arg(m_config.command);
                    if (!err.isEmpty())
                        msg = Tr::tr("%1\n%2").arg(msg, err.left(2000));
                    finish({false, msg});
                    return;
                }
                if (out.size() > MaxOutputBytes) {
                    finish({false, Tr::tr("The exec plugin “%1” printed too much output.")
                                       .arg(m_config.command)});
                    return;
                }
                ExecPluginResult r = parseOutput(out, m_config.apiVersion);
                if (!r.ok)
                    r.errorMessage = Tr::tr("The exec plugin “%1” gave an unusable answer: %2")
                                         .arg(m_config.command, r.errorMessage);
                finish(r);
            });
    m_timer.start();
    m_process->start(program, m_config.args);
    m_process->closeWriteChannel();
}

void ExecPlugin::finish(ExecPluginResult result)
{
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    emit finished(result);
}

} // namespace sd
