#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sd {
namespace sim {
class Cluster;
}

// `stackdeck --demo`: the simulated cluster (kubesim) running in this process on its own thread,
// with a generated kubeconfig in a private temporary directory. The app connects to it through
// that kubeconfig, exactly as it connects to a real cluster.
class DemoCluster
{
public:
    DemoCluster();
    ~DemoCluster();

    // False with a translated *error when the server cannot start.
    bool start(const QString &defaultNamespace, QString *error);
    QString kubeconfigPath() const;
    static QString contextName(); // the admin context of the generated kubeconfig

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::Cluster> m_cluster;
};

} // namespace sd
