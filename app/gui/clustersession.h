#pragma once

#include "kube/clusterconnection.h"
#include "kube/exectrust.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace sd {

class KubeClient;
class KubeRequest;

// The application's connection to one cluster: the KubeClient for the chosen kubeconfig context
// and what the server said about itself. Connecting asks the API server for /version (the client
// has timeouts and retries), so "connected" means the server answered with these credentials.
// GUI thread only.
class ClusterSession final : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    // Replaces any current connection. `ns` empty: the context's namespace.
    void connectTo(const ClusterConnection &connection, const QString &ns, ExecTrustPolicy trust);
    void disconnect();

    State state() const { return m_state; }
    KubeClient *client() const { return m_client.get(); } // null unless connecting or connected
    QString contextName() const { return m_connection.contextName; }
    QString namespaceName() const { return m_namespace; }
    QString serverVersion() const { return m_serverVersion; } // "v1.30.2" once connected
    QString errorString() const { return m_error; }
    QStringList warnings() const { return m_connection.warnings; } // e.g. TLS verification off

signals:
    void stateChanged(sd::ClusterSession::State state);
    // The client is about to be destroyed (reconnect, disconnect, shutdown): whatever streams
    // through it must stop now.
    void clientAboutToBeDropped(sd::KubeClient *client);

private:
    void setState(State state);
    void dropClient();

    ClusterConnection m_connection;
    QString m_namespace;
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<KubeRequest> m_versionRequest;
    State m_state = State::Disconnected;
    QString m_serverVersion;
    QString m_error;
};

} // namespace sd
