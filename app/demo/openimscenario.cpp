#include "demo/openimscenario.h"

#include "common/tr.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"
#include "stack/stackfile.h"

namespace sd {

OpenImScenario::OpenImScenario(sim::Cluster *cluster, QObject *parent) : QObject(parent), m_cluster(cluster) {}

OpenImScenario::~OpenImScenario()
{
    m_engine.reset();  // before the client it uses
}

bool OpenImScenario::isRunning() const { return m_engine && m_engine->isRunning(); }

bool OpenImScenario::start(const QString &kubeconfigPath, QString *error)
{
    const StackFile::Result loaded = StackFile::load(stackResource());
    if (!loaded.stack) {
        *error = Tr::tr("The demo stack cannot be read: %1")
                     .arg(loaded.issues.isEmpty() ? stackResource() : loaded.issues.first().toString());
        return false;
    }
    const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfigPath}, true),
                                                          QStringLiteral("kubesim"), error);
    if (!connection)
        return false;
    m_client = std::make_unique<KubeClient>(*connection);
    m_engine = std::make_unique<DeployEngine>(m_client.get());
    DeployOptions options;
    options.pollIntervalMs = 200;
    options.timeoutMs = 120'000;
    m_engine->setOptions(options);
    connect(m_engine.get(), &DeployEngine::finished, this, [this](DeployEngine::Outcome outcome, const QString &message) {
        m_elapsedMs = m_clock.elapsed();
        m_cluster->setTimeScale(m_runScale);
        m_cluster->setLoadPaused(false);
        emit finished(outcome == DeployEngine::Outcome::Succeeded, message);
    });
    m_runScale = m_cluster->options().timeScale;
    m_cluster->setTimeScale(std::max(m_setupScale, m_runScale));
    m_cluster->setLoadPaused(true);  // traffic at the setup's speed would be many times the asked rate
    m_clock.start();
    m_engine->apply(*loaded.stack);
    return true;
}

} // namespace sd
