#include "gui/democluster.h"

#include "common/tr.h"
#include "demo/openimscenario.h"
#include "kubesim/cluster.h"

namespace sd {

DemoCluster::DemoCluster() = default;

DemoCluster::~DemoCluster()
{
    m_scenario.reset();  // stops a deploy in flight before the server goes
}

bool DemoCluster::start(const QString &defaultNamespace, QString *error)
{
    if (!m_dir.isValid()) {
        *error = Tr::tr("Cannot create a temporary directory for the demo cluster: %1").arg(m_dir.errorString());
        return false;
    }
    m_cluster = std::make_unique<sim::Cluster>();
    sim::SimOptions options;
    // A lived-in cluster: every container has some history and keeps logging, in bursts.
    options.logBacklog = 200;
    options.logRate = 2;
    options.logBurstiness = 0.6;
    m_cluster->setOptions(options);
    if (!m_cluster->loadScenario(QStringLiteral("kubeblocks")) || !m_cluster->start()
        || !m_cluster->writeKubeconfig(kubeconfigPath(), defaultNamespace)) {
        *error = Tr::tr("The demo cluster did not start: %1").arg(m_cluster->errorString());
        m_cluster.reset();
        return false;
    }
    m_scenario = std::make_unique<OpenImScenario>(m_cluster.get());
    if (!m_scenario->start(kubeconfigPath(), error)) {
        m_scenario.reset();
        m_cluster.reset();
        return false;
    }
    return true;
}

QString DemoCluster::kubeconfigPath() const
{
    return m_dir.filePath(QStringLiteral("kubeconfig"));
}

QString DemoCluster::contextName()
{
    return QStringLiteral("kubesim");
}

} // namespace sd
