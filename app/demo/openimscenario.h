#pragma once

#include "deploy/deployengine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

namespace sd {

class KubeClient;
namespace sim {
class Cluster;
}

// The `openim` scenario of the simulated cluster: the shipped dev stack
// (resources/stacks/openim-dev.yaml) deployed with the DeployEngine through the cluster's
// kubeconfig, like any user deploys it, on top of the `kubeblocks` scenario. The manifests thus
// have one source of truth (the stack generator); kubesim itself knows nothing about OpenIM.
//
// While it deploys, the cluster runs at `setupTimeScale` (image pulls, KubeBlocks provisioning
// and rollouts go by quickly), then returns to the time scale it was started with.
//
// Usage: cluster.loadScenario("kubeblocks"); cluster.start(); cluster.writeKubeconfig(path);
// then OpenImScenario s(&cluster); s.start(path); wait for finished(). Lives on the thread that
// calls start() (an event loop must run there); the cluster must outlive it.
class OpenImScenario final : public QObject
{
    Q_OBJECT
public:
    explicit OpenImScenario(sim::Cluster *cluster, QObject *parent = nullptr);
    ~OpenImScenario() override;

    static QString name() { return QStringLiteral("openim"); }
    // The stack the scenario deploys (the shipped dev stack, from the stack library's resources).
    static QString stackResource() { return QStringLiteral(":/stackdeck/stacks/openim-dev.yaml"); }
    static QString namespaceName() { return QStringLiteral("openim-dev"); }

    void setSetupTimeScale(double scale) { m_setupScale = scale; }
    // Deploys through the kubeconfig at `kubeconfigPath` (context `kubesim`). False with `error`
    // when the stack or the kubeconfig cannot be read; otherwise finished() follows.
    bool start(const QString &kubeconfigPath, QString *error);
    bool isRunning() const;
    // Wall-clock milliseconds from start() to finished().
    qint64 elapsedMs() const { return m_elapsedMs; }
    const DeployEngine *engine() const { return m_engine.get(); }

signals:
    // Every step of the deploy engine succeeded (ok), or why not.
    void finished(bool ok, const QString &message);

private:
    sim::Cluster *m_cluster;  // not owned
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<DeployEngine> m_engine;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = -1;
    double m_setupScale = 20;
    double m_runScale = 1;
};

} // namespace sd
