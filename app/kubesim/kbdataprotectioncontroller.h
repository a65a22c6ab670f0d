#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

#include <map>
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
// - BackupSchedule `<cluster>-<component>-backup-schedule` beside each BackupPolicy, one disabled
//   schedule per method; the Cluster's spec.backup enables the schedule of its method with its cron
//   expression and retention, and its repoName becomes the policy's backupRepoName. Enabled schedules
//   fire on a simulated clock (wall time × the time scale, in UTC): each due time makes a Backup
//   `<schedule>-<method>-<yyyyMMddHHmmss>` labelled with the schedule, which completes like a manual
//   one. status.schedules[method] reports lastScheduleTime (simulated) and lastSuccessfulTime.
// - Retention: a completed Backup with a retentionPeriod gets status.expiration (in wall time, the
//   period divided by the time scale) and is deleted, with its data, once that has passed.
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
    void setTimeScale(double scale);
    void reconcile();

private:
    using json = nlohmann::json;
    void reconcileRepos();
    void reconcilePolicies(const json &cluster);
    void reconcileSchedule(const json &cluster, const QString &component, const json &policy);
    void fireSchedules();
    void fireSchedule(const json &schedule, const QDateTime &now, std::set<QString> &enabledKeys);
    void pruneExpired();
    void pruneIfExpired(const json &backup, const QDateTime &now);
    QDateTime simulatedNow() const;
    void reconcileBackup(const json &backup);
    void reconcileRestore(const json &cluster);
    QString defaultRepo() const;
    void warnOnce(const json &object, const QString &reason, const QString &message);

    Store *m_store;
    DataRegistry *m_data;
    KbClusterController *m_clusters;
    double m_timeScale = 1.0;
    // The simulated clock: simulated = m_simAnchor + (wall - m_wallAnchor) × m_timeScale, re-anchored
    // when the scale changes so simulated time never jumps.
    QDateTime m_wallAnchor = QDateTime::currentDateTimeUtc();
    QDateTime m_simAnchor = m_wallAnchor;
    // Simulated time each enabled schedule (BackupSchedule uid + method) was first seen enabled:
    // the first run is the first due time after it.
    std::map<QString, QDateTime> m_scheduleStart;
    std::set<QString> m_warned;
};

} // namespace sd::sim
