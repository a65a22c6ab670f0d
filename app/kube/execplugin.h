#pragma once

#include "kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace sd {

struct ExecPluginResult
{
    bool ok = false;
    QString errorMessage;        // translated; includes the installHint when the binary is missing
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiry;            // invalid: no expirationTimestamp (cached for the session)
};

// Runs one exec credential plugin (client.authentication.k8s.io v1/v1beta1) once, without a
// terminal (interactive=false). Destroying it kills the process; finished() is then not emitted.
// Lives on the thread that created it.
class ExecPlugin final : public QObject
{
    Q_OBJECT
public:
    ExecPlugin(const ExecConfig &config, const KubeCluster &cluster, QObject *parent = nullptr);
    ~ExecPlugin() override;

    // Absolute path of the program: relative paths with a slash resolve against the kubeconfig's
    // directory, bare names through PATH. Empty when it cannot be found.
    static QString resolveProgram(const ExecConfig &config);
    // The KUBERNETES_EXEC_INFO value given to the plugin.
    static QByteArray execInfo(const ExecConfig &config, const KubeCluster &cluster);
    // Parses the plugin's stdout; exposed for tests.
    static ExecPluginResult parseOutput(const QByteArray &stdoutData, const QString &apiVersion);

    void setTimeout(int msec) { m_timer.setInterval(msec); }
    void start();

signals:
    void finished(const sd::ExecPluginResult &result);

private:
    void finish(ExecPluginResult result);
    QString displayName() const;

    ExecConfig m_config;
    KubeCluster m_cluster;
    std::unique_ptr<QProcess> m_process;
    QTimer m_timer;
};

} // namespace sd
