#pragma once

#include "gui/chaosdialog.h"
#include "kubesim/simoptions.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sd {
class OpenImScenario;
namespace sim {
class Cluster;
}

// `stackdeck --demo`: the simulated cluster (kubesim) running in this process on its own thread,
// with a generated kubeconfig in a private temporary directory, and the `openim` scenario: the
// shipped dev stack deployed on it with the deploy engine while the window is already up, with
// log traffic. The app connects to it through that kubeconfig, exactly as it connects to a real
// cluster.
class DemoCluster
{
public:
    DemoCluster();
    ~DemoCluster();

    // False with a translated *error when the server cannot start; the deploy then runs on.
    bool start(const QString &defaultNamespace, QString *error);
    QString kubeconfigPath() const;
    // The running deploy of the dev stack (finished() says when it is up); null before start().
    OpenImScenario *scenario() const { return m_scenario.get(); }
    // The simulated cluster (the Chaos menu acts on it); null before start().
    sim::Cluster *cluster() const { return m_cluster.get(); }
    // What the Chaos dialog can aim at now (pods and containers, KubeBlocks Clusters, nodes), and
    // how it sends a fault.
    ChaosDialog::Targets chaosTargets() const;
    ChaosDialog::Executor chaosExecutor() const;
    static QString contextName(); // the admin context of the generated kubeconfig
    // How the demo's cluster behaves (log history and traffic).
    static sim::SimOptions options();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::Cluster> m_cluster;
    std::unique_ptr<OpenImScenario> m_scenario;  // destroyed before the cluster
};

} // namespace sd
