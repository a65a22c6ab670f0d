#pragma once

#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <memory>

class QThread;

namespace sd::sim {

class DataRegistry;
class KbClusterController;
class KbDataProtectionController;
class KbOpsController;
class Store;

// The simulated KubeBlocks operator: the Cluster/Component/InstanceSet controller, the OpsRequest
// controller and the dataprotection controller (Backup, Restore, BackupPolicy, BackupRepo), driven
// on their own thread by a short reconcile tick over the objects in the store, plus the datastore
// chaos actions. Like the real operator it talks to the rest of the cluster only through API
// objects: it creates pods and PVCs and reads their status, which the kubelet simulation drives.
//
// Threading: construct, start() and destroy on one thread; every other method is thread-safe (it
// runs on the operator thread and waits for the answer).
class KubeBlocks final : public QObject
{
    Q_OBJECT
public:
    KubeBlocks(Store *store, DataRegistry *data, QObject *parent = nullptr);
    ~KubeBlocks() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    // Simulated seconds per real second (switchover, failover, backups, volume resizes…).
    void setTimeScale(double scale);
    // Seeds the operator's random choices (account passwords); call before start().
    void setSeed(quint64 seed) { m_seed = seed; }

    // ---- chaos: false with `error` when the target does not exist ----
    // The primary of `component` (any component with a primary when empty) fails; KubeBlocks fails
    // over (roles move; phase Failed/Abnormal, then Running once the old primary rejoins).
    bool failPrimary(const QString &ns, const QString &cluster, const QString &component, QString *error = nullptr);
    // Every pod of the Cluster fails (phase Failed) until recoverCluster().
    bool failCluster(const QString &ns, const QString &cluster, QString *error = nullptr);
    bool recoverCluster(const QString &ns, const QString &cluster, QString *error = nullptr);
    // The Cluster's data volumes are full: datastore writes fail (DataRegistry) until cleared.
    bool fillVolume(const QString &ns, const QString &cluster, bool full = true, QString *error = nullptr);

    // The same actions as one JSON request, for the admin endpoint (POST /kubesim/v1/chaos):
    // {"action": "failPrimary"|"failCluster"|"recoverCluster"|"fillVolume"|"clearVolume",
    //  "namespace": …, "cluster": …, "component": … (failPrimary, optional)}.
    // Returns the answer to send ({"action", "namespace", "cluster", "done": true}); false with
    // `error` for an unknown action, a missing field or a target that does not exist.
    bool chaos(const nlohmann::json &request, nlohmann::json *answer, QString *error);

private:
    class Worker;
    template<typename F> bool onWorker(F &&fn);

    Store *m_store;
    DataRegistry *m_data;
    double m_timeScale = 1.0;
    quint64 m_seed = 20261126;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;  // lives on m_thread
};

} // namespace sd::sim
