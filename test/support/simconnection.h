#pragma once

#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"

#include <QTemporaryDir>

#include <memory>

// A simulated cluster started in-process, and a KubeClient that reaches it through the kubeconfig
// the cluster writes: the same path a real cluster takes. For tests only (header-only).
class SimConnection
{
public:
    // false with `error` when the cluster does not start or its kubeconfig cannot be used.
    bool start(const QString &scenario, const sd::sim::SimOptions &options, const QString &defaultNamespace,
               QString *error)
    {
        m_cluster.setOptions(options);
        if (!m_cluster.loadScenario(scenario) || !m_cluster.start()) {
            *error = m_cluster.errorString();
            return false;
        }
        m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        if (!m_cluster.writeKubeconfig(m_kubeconfig, defaultNamespace)) {
            *error = m_cluster.errorString();
            return false;
        }
        const auto connection = sd::ClusterConnection::fromConfig(sd::KubeConfig::loadFiles({m_kubeconfig}, true),
                                                                  QStringLiteral("kubesim"), error);
        if (!connection)
            return false;
        m_client = std::make_unique<sd::KubeClient>(*connection);
        return true;
    }

    // The API server alone, the way envtest runs kube-apiserver: tests write controller statuses.
    static sd::sim::SimOptions apiServerOnly()
    {
        sd::sim::SimOptions options;
        options.controllers = false;
        return options;
    }

    sd::sim::Cluster &cluster() { return m_cluster; }
    sd::sim::Store *store() const { return m_cluster.store(); }
    sd::KubeClient *client() const { return m_client.get(); }
    QString kubeconfigPath() const { return m_kubeconfig; }

private:
    QTemporaryDir m_dir;
    sd::sim::Cluster m_cluster;
    std::unique_ptr<sd::KubeClient> m_client; // destroyed before the cluster
    QString m_kubeconfig;
};
