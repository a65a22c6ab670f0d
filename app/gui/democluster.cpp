#include "gui/democluster.h"

#include "common/tr.h"
#include "kubesim/cluster.h"

namespace sd {

DemoCluster::DemoCluster() = default;

DemoCluster::~DemoCluster() = default; // stops the server thread

bool DemoCluster::start(const QString &defaultNamespace, QString *error)
{
    if (!m_dir.isValid()) {
        *error = Tr::tr("Cannot create a temporary directory for the demo cluster: %1").arg(m_dir.errorString());
        return false;
    }
    m_cluster = std::make_unique<sim::Cluster>();
    if (!m_cluster->loadScenario(QStringLiteral("kubeblocks")) || !m_cluster->start()
        || !m_cluster->writeKubeconfig(kubeconfigPath(), defaultNamespace)) {
        *error = Tr::tr("The demo cluster did not start: %1").arg(m_cluster->errorString());
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
