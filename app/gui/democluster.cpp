#include "gui/democluster.h"

#include "common/tr.h"
#include "demo/openimscenario.h"
#include "kubesim/cluster.h"
#include "kubesim/store.h"

namespace sd {

DemoCluster::DemoCluster() = default;

DemoCluster::~DemoCluster()
{
    m_scenario.reset();  // stops a deploy in flight before the server goes
}

sim::SimOptions DemoCluster::options()
{
    sim::SimOptions options;
    // A lived-in cluster: every container has some history and keeps logging, in bursts.
    options.logBacklog = 200;
    options.logRate = 2;
    options.logBurstiness = 0.6;
    return options;
}

bool DemoCluster::start(const QString &defaultNamespace, QString *error)
{
    if (!m_dir.isValid()) {
        *error = Tr::tr("Cannot create a temporary directory for the demo cluster: %1").arg(m_dir.errorString());
        return false;
    }
    m_cluster = std::make_unique<sim::Cluster>();
    m_cluster->setOptions(options());
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

ChaosDialog::Targets DemoCluster::chaosTargets() const
{
    ChaosDialog::Targets t;
    if (!m_cluster)
        return t;
    const auto text = [](const nlohmann::json &o, const char *key) { return QString::fromStdString(o.value(key, std::string())); };
    sim::Store *store = m_cluster->store();
    for (const auto &p : store->list(QStringLiteral("/pods")).items) {
        const QString key = text((*p)["metadata"], "namespace") + QLatin1Char('/') + text((*p)["metadata"], "name");
        QStringList containers;
        for (const auto &c : (*p)["spec"].value("containers", nlohmann::json::array()))
            containers.append(text(c, "name"));
        t.pods.insert(key, containers);
    }
    for (const auto &c : store->list(QStringLiteral("apps.kubeblocks.io/clusters")).items) {
        const QString key = text((*c)["metadata"], "namespace") + QLatin1Char('/') + text((*c)["metadata"], "name");
        QStringList components;
        for (const auto &s : (*c)["spec"].value("componentSpecs", nlohmann::json::array()))
            components.append(text(s, "name"));
        t.clusters.insert(key, components);
    }
    for (const auto &n : store->list(QStringLiteral("/nodes")).items)
        t.nodes.append(text((*n)["metadata"], "name"));
    return t;
}

ChaosDialog::Executor DemoCluster::chaosExecutor() const
{
    sim::Cluster *cluster = m_cluster.get();
    return [cluster](const nlohmann::json &request, QString *error) { return cluster && cluster->chaos(request, error); };
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
