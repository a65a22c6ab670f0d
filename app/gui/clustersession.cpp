#include "gui/clustersession.h"

#include "kube/kubeclient.h"
#include "kube/kuberequest.h"

namespace sd {

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{}

ClusterSession::~ClusterSession()
{
    // Requests must go before the client they belong to.
    m_versionRequest.reset();
    dropClient();
}

void ClusterSession::dropClient()
{
    if (m_client)
        emit clientAboutToBeDropped(m_client.get());
    m_client.reset();
}

void ClusterSession::connectTo(const ClusterConnection &connection, const QString &ns, ExecTrustPolicy trust)
{
    m_versionRequest.reset();
    dropClient();
    m_connection = connection;
    m_namespace = ns.isEmpty() ? connection.defaultNamespace : ns;
    m_serverVersion.clear();
    m_error.clear();
    m_client = std::make_unique<KubeClient>(connection, std::move(trust));
    m_versionRequest.reset(m_client->version());
    connect(m_versionRequest.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        if (!response.ok()) {
            m_error = response.error.text();
            setState(State::Failed);
            return;
        }
        m_serverVersion = response.object().value(QLatin1String("gitVersion")).toString();
        setState(State::Connected);
    });
    setState(State::Connecting);
}

void ClusterSession::disconnect()
{
    m_versionRequest.reset();
    dropClient();
    m_serverVersion.clear();
    m_error.clear();
    setState(State::Disconnected);
}

void ClusterSession::setState(State state)
{
    if (state == m_state && state != State::Connecting)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace sd
