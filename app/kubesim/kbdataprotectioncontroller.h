#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <set>

namespace sd::sim {

class DataRegistry;
class KbClusterController;
class Store;

// The simulated KubeBlocks dataprotection controller (dataprotection.kubeblocks.io/v1alpha1).
// - BackupRepo: Ready when its credential Secret exists, else Failed; the default repo is the one
//   annotated `dataprotection.kubeblocks.io/is-default-repo: "true"`.
// - BackupPolicy `<cluster>-<component>-backup-policy` for every component whose engine has a backup
//   method (mysql xtrabackup, redis/mongodb datafile), as the BackupPolicyTemplates make them.
// - Backup: New → Running → Completed (or Failed with failureReason); records the source Cluster's
//   data fingerprint in the DataRegistry (the repo contents) and shows it in the annotation
//   `kubesim.stackdeck.io/data-fingerprint`, with totalSize, timeRange, duration and path.
// - Restore: a Cluster annotated `kubeblocks.io/restore-from-backup` waits until a Restore CR
//   (Running → Completed) has put the backup's data into its datastore; then the annotation is
//   removed and the Cluster controller starts its pods, so the new Cluster's fingerprint is exactly
//   the backup's.
// Not thread-safe: runs on the KubeBlocks thread.
class KbDataProtectionController
{
public:
    KbDataProtectionController(Store *store, DataRegistry *data, KbClusterController *clusters);
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    void reconcile();

private:
    using json = nlohmann::json;
    void reconcileRepos();
    void reconcilePolicies(const json &cluster);
    void reconcileBackup(const json &backup);
    void reconcileRestore(const json &cluster);
    QString defaultRepo() const;
    void warnOnce(const json &object, const QString &reason, const QString &message);

    Store *m_store;
    DataRegistry *m_data;
    KbClusterController *m_clusters;
    double m_timeScale = 1.0;
    std::set<QString> m_warned;
};

} // namespace sd::sim
