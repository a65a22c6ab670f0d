#include "kubesim/kbdataprotectioncontroller.h"

#include "kubesim/dataregistry.h"
#include "kubesim/kbclustercontroller.h"
#include "kubesim/kbhelpers.h"
#include "kubesim/store.h"

#include "common/cronexpression.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace sd::sim {

using namespace KbHelpers;

namespace {
constexpr const char *restoreAnnotation = "kubeblocks.io/restore-from-backup";
constexpr const char *fingerprintAnnotation = "kubesim.stackdeck.io/data-fingerprint";
constexpr const char *component = "dataprotection-controller";
constexpr const char *scheduleLabel = "dataprotection.kubeblocks.io/backup-schedule";
// What KubeBlocks' BackupPolicyTemplates put in a schedule until the Cluster says otherwise.
constexpr const char *defaultCron = "0 18 * * *";
constexpr const char *defaultRetention = "7d";
// Simulated time a backup or restore takes: a fixed start plus the data volume.
constexpr double baseSeconds = 3;
constexpr double bytesPerSecond = 50.0 * 1024 * 1024;

std::string s(const QString &text) { return text.toStdString(); }

double transferSeconds(qint64 bytes) { return baseSeconds + double(bytes) / bytesPerSecond; }

// Go's time.Duration formatting for whole seconds ("1m5s").
std::string goDuration(double seconds)
{
    const qint64 total = qint64(seconds + 0.5);
    if (total < 60)
        return std::to_string(total) + "s";
    if (total < 3600)
        return std::to_string(total / 60) + "m" + std::to_string(total % 60) + "s";
    return std::to_string(total / 3600) + "h" + std::to_string(total % 3600 / 60) + "m" + std::to_string(total % 60) + "s";
}

// retentionPeriod like "7d", "12h", "30m", "6mo", "1y" or "1d12h" → seconds (0 when absent or
// unparsable). Months count 30 days and years 365, as KubeBlocks' RetentionPeriod does.
qint64 retentionSeconds(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]+)(y|mo|d|h|m)"));
    qint64 total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (m.capturedStart() != consumed)
            return 0;
        consumed = m.capturedEnd();
        const QString unit = m.captured(2);
        const qint64 seconds = unit == QLatin1String("y") ? 365 * 86400 : unit == QLatin1String("mo") ? 30 * 86400
                             : unit == QLatin1String("d") ? 86400 : unit == QLatin1String("h") ? 3600 : 60;
        total += m.captured(1).toLongLong() * seconds;
    }
    return consumed == text.size() ? total : 0;
}
} // namespace

KbDataProtectionController::KbDataProtectionController(Store *store, DataRegistry *data, KbClusterController *clusters)
    : m_store(store), m_data(data), m_clusters(clusters)
{
}

void KbDataProtectionController::setTimeScale(double scale)
{
    m_simAnchor = simulatedNow();
    m_wallAnchor = QDateTime::currentDateTimeUtc();
    m_timeScale = scale > 0 ? scale : 1.0;
}

QDateTime KbDataProtectionController::simulatedNow() const
{
    const qint64 wallMs = m_wallAnchor.msecsTo(QDateTime::currentDateTimeUtc());
    return m_simAnchor.addMSecs(qint64(double(wallMs) * m_timeScale));
}

void KbDataProtectionController::reconcile()
{
    reconcileRepos();
    for (const auto &c : m_store->list(QString::fromLatin1(clusters)).items) {
        if (isDeleting(*c))
            continue;
        guarded(*c, [&] { reconcilePolicies(*c); });
        guarded(*c, [&] { reconcileRestore(*c); });
    }
    fireSchedules();
    for (const auto &b : m_store->list(QString::fromLatin1(backups)).items)
        guarded(*b, [&] { reconcileBackup(*b); });
    pruneExpired();
}

void KbDataProtectionController::warnOnce(const json &object, const QString &reason, const QString &message)
{
    if (m_warned.insert(q(object["metadata"]["uid"]) + reason + message).second)
        recordEvent(m_store, object, "Warning", reason, message, component);
}

QString KbDataProtectionController::defaultRepo() const
{
    for (const auto &r : m_store->list(QString::fromLatin1(backupRepos)).items) {
        const json st = (*r).value("status", json::object());
        if (st.value("isDefault", false) && st.value("phase", std::string()) == "Ready")
            return q((*r)["metadata"]["name"]);
    }
    return {};
}

void KbDataProtectionController::reconcileRepos()
{
    for (const auto &r : m_store->list(QString::fromLatin1(backupRepos)).items) {
        const json repo = *r;
        const json cred = repo["spec"].value("credential", json::object());
        const bool needsSecret = !cred.empty();
        const bool hasSecret = !needsSecret
                               || m_store->get(QString::fromLatin1(secrets), q(cred.value("namespace", json())), q(cred.value("name", json())));
        const bool isDefault = repo["metadata"].value("annotations", json::object())
                                   .value("dataprotection.kubeblocks.io/is-default-repo", std::string()) == "true";
        update(m_store, QString::fromLatin1(backupRepos), {}, q(repo["metadata"]["name"]), [&](json &o) {
            const json before = o.value("status", json::object());
            json st = before;
            st["phase"] = hasSecret ? "Ready" : "Failed";
            st["isDefault"] = isDefault;
            st["observedGeneration"] = o["metadata"].value("generation", 1);
            st["backedUpPVCName"] = "";
            json conds = st.value("conditions", json::array());
            if (hasSecret)
                setCondition(conds, "StorageProviderReady", "True", "StorageProviderReady", "storage provider is ready");
            else
                setCondition(conds, "StorageProviderReady", "False", "CredentialSecretNotFound",
                             s(QStringLiteral("secret %1/%2 not found").arg(q(cred.value("namespace", json())), q(cred.value("name", json())))));
            st["conditions"] = conds;
            o["status"] = st;
            return st != before;
        });
    }
}

void KbDataProtectionController::reconcilePolicies(const json &cluster)
{
    QString error;
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    for (const auto &c : m_clusters->resolve(cluster, &error)) {
        if (c.def->backupMethod.isEmpty())
            continue;
        const QString name = clusterName + QLatin1Char('-') + c.name + QStringLiteral("-backup-policy");
        json labels = {{"app.kubernetes.io/instance", s(clusterName)},
                       {"app.kubernetes.io/managed-by", "kubeblocks"},
                       {"apps.kubeblocks.io/component-name", s(c.name)}};
        json selector = labels;
        json methods = json::array();
        json mounts = json::array();
        for (const json &vct : c.spec.value("volumeClaimTemplates", json::array()))
            mounts.push_back({{"name", vct["name"]}, {"mountPath", "/data"}});
        methods.push_back({{"name", s(c.def->backupMethod)},
                           {"actionSetName", s(c.def->addon + QLatin1Char('-') + c.def->backupMethod)},
                           {"snapshotVolumes", false},
                           {"targetVolumes", {{"volumeMounts", mounts}}}});
        methods.push_back({{"name", "volume-snapshot"}, {"snapshotVolumes", true},
                           {"targetVolumes", {{"volumes", {"data"}}}}});
        json spec = {{"backupMethods", methods},
                     {"pathPrefix", "/" + s(ns) + "/" + s(clusterName) + "-" + cluster["metadata"]["uid"].get<std::string>() + "/" + s(c.name)},
                     {"target", {{"podSelector", {{"labelSelector", {{"matchLabels", selector}}}, {"strategy", "Any"}}},
                                 {"account", "root"}}}};
        const QString repo = defaultRepo();
        if (!repo.isEmpty())
            spec["backupRepoName"] = s(repo);
        if (!createIfAbsent(m_store, QString::fromLatin1(backupPolicies),
                            {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                             {"kind", "BackupPolicy"},
                             {"metadata", {{"name", s(name)}, {"namespace", s(ns)}, {"labels", labels},
                                           {"annotations", {{"dataprotection.kubeblocks.io/is-default-policy", "true"}}},
                                           {"ownerReferences", json::array({ownerRef(cluster)})}}},
                             {"spec", spec},
                             {"status", {{"phase", "Available"}, {"observedGeneration", 1}}}})) {
            // A repo that became the default later is picked up, as KubeBlocks does.
            if (!repo.isEmpty())
                update(m_store, QString::fromLatin1(backupPolicies), ns, name, [&](json &o) {
                    if (o["spec"].contains("backupRepoName"))
                        return false;
                    o["spec"]["backupRepoName"] = s(repo);
                    return true;
                });
        }
        if (const auto policy = m_store->get(QString::fromLatin1(backupPolicies), ns, name))
            reconcileSchedule(cluster, c.name, *policy);
    }
}

void KbDataProtectionController::reconcileSchedule(const json &cluster, const QString &comp, const json &policy)
{
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    const QString policyName = q(policy["metadata"]["name"]);
    const QString name = clusterName + QLatin1Char('-') + comp + QStringLiteral("-backup-schedule");
    json schedules = json::array();
    for (const json &m : policy["spec"].value("backupMethods", json::array()))
        schedules.push_back({{"backupMethod", m.value("name", std::string())}, {"enabled", false},
                             {"cronExpression", defaultCron}, {"retentionPeriod", defaultRetention}});
    createIfAbsent(m_store, QString::fromLatin1(backupSchedules),
                   {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                    {"kind", "BackupSchedule"},
                    {"metadata", {{"name", s(name)}, {"namespace", s(ns)},
                                  {"labels", {{"app.kubernetes.io/instance", s(clusterName)},
                                              {"app.kubernetes.io/managed-by", "kubeblocks"},
                                              {"apps.kubeblocks.io/component-name", s(comp)}}},
                                  {"ownerReferences", json::array({ownerRef(cluster)})}}},
                    {"spec", {{"backupPolicyName", s(policyName)}, {"schedules", schedules}}}});

    // The Cluster's spec.backup decides the schedule of its method; the others stay as they are.
    const json backup = cluster["spec"].value("backup", json::object());
    QString failure;
    if (backup.is_object() && !backup.empty()) {
        const QString method = q(backup.value("method", json()));
        const QString cron = q(backup.value("cronExpression", json(defaultCron)));
        QString cronError;
        bool known = false;
        for (const json &m : schedules)
            known = known || q(m["backupMethod"]) == method;
        if (!known)
            failure = QStringLiteral("backup method %1 is not found in BackupPolicy %2").arg(method, policyName);
        else if (!CronExpression::parse(cron, &cronError))
            failure = QStringLiteral("invalid cronExpression %1: %2").arg(cron, cronError);
        if (!failure.isEmpty()) {
            warnOnce(cluster, QStringLiteral("BackupScheduleFailed"), failure);
        } else {
            const bool enabled = backup.value("enabled", false);
            update(m_store, QString::fromLatin1(backupSchedules), ns, name, [&](json &o) {
                const json before = o;
                for (json &sc : o["spec"]["schedules"]) {
                    if (q(sc.value("backupMethod", json())) != method)
                        continue;
                    sc["enabled"] = enabled;
                    sc["cronExpression"] = s(cron);
                    sc["retentionPeriod"] = backup.value("retentionPeriod", std::string(defaultRetention));
                }
                if (backup.contains("startingDeadlineMinutes"))
                    o["spec"]["startingDeadlineMinutes"] = backup["startingDeadlineMinutes"];
                return o != before;
            });
            const QString repo = q(backup.value("repoName", json()));
            if (!repo.isEmpty())
                update(m_store, QString::fromLatin1(backupPolicies), ns, policyName, [&](json &o) {
                    if (q(o["spec"].value("backupRepoName", json())) == repo)
                        return false;
                    o["spec"]["backupRepoName"] = s(repo);
                    return true;
                });
        }
    }
    update(m_store, QString::fromLatin1(backupSchedules), ns, name, [&](json &o) {
        const json before = o.value("status", json::object());
        json st = before;
        st["phase"] = failure.isEmpty() ? "Available" : "Failed";
        if (failure.isEmpty())
            st.erase("failureReason");
        else
            st["failureReason"] = s(failure);
        st["observedGeneration"] = o["metadata"].value("generation", 1);
        o["status"] = st;
        return st != before;
    });
}

void KbDataProtectionController::fireSchedules()
{
    const QDateTime now = simulatedNow();
    std::set<QString> enabledKeys;
    for (const auto &bs : m_store->list(QString::fromLatin1(backupSchedules)).items)
        guarded(*bs, [&] { fireSchedule(*bs, now, enabledKeys); });
    for (auto it = m_scheduleStart.begin(); it != m_scheduleStart.end();)
        it = enabledKeys.count(it->first) ? std::next(it) : m_scheduleStart.erase(it);
}

void KbDataProtectionController::fireSchedule(const json &schedule, const QDateTime &now, std::set<QString> &enabledKeys)
{
    if (isDeleting(schedule) || schedule.value("status", json::object()).value("phase", std::string()) != "Available")
        return;
    const QString ns = q(schedule["metadata"]["namespace"]);
    const QString name = q(schedule["metadata"]["name"]);
    const QString uid = q(schedule["metadata"]["uid"]);
    const json labels = schedule["metadata"].value("labels", json::object());
    const json spec = schedule.value("spec", json::object());
    for (const json &sc : spec.value("schedules", json::array())) {
        const QString method = q(sc.value("backupMethod", json()));
        const auto cron = CronExpression::parse(q(sc.value("cronExpression", json())));
        if (!sc.value("enabled", false) || !cron)
            continue;
        const QString key = uid + QLatin1Char('/') + method;
        enabledKeys.insert(key);
        const json status = schedule.value("status", json::object()).value("schedules", json::object()).value(s(method), json::object());
        QDateTime last = QDateTime::fromString(q(status.value("lastScheduleTime", json())), Qt::ISODate);
        if (!last.isValid()) {
            const auto [it, inserted] = m_scheduleStart.emplace(key, now);
            last = it->second;
        }
        // Missed runs collapse into the latest one, as a CronJob without a deadline does.
        QDateTime due;
        for (QDateTime t = cron->next(last); t.isValid() && t <= now; t = cron->next(t))
            due = t;
        if (!due.isValid())
            continue;
        const QString backupName = QStringLiteral("%1-%2-%3").arg(name, method, due.toString(QStringLiteral("yyyyMMddHHmmss")));
        createIfAbsent(m_store, QString::fromLatin1(backups),
                       {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                        {"kind", "Backup"},
                        {"metadata", {{"name", s(backupName)}, {"namespace", s(ns)},
                                      {"labels", {{"app.kubernetes.io/instance", labels.value("app.kubernetes.io/instance", json(""))},
                                                  {"app.kubernetes.io/managed-by", "kubeblocks-dataprotection"},
                                                  {scheduleLabel, s(name)}}}}},
                        {"spec", {{"backupPolicyName", spec.value("backupPolicyName", json(""))},
                                  {"backupMethod", s(method)},
                                  {"deletionPolicy", "Delete"},
                                  {"retentionPeriod", sc.value("retentionPeriod", json(defaultRetention))}}}});
        update(m_store, QString::fromLatin1(backupSchedules), ns, name, [&](json &o) {
            o["status"]["schedules"][s(method)]["phase"] = "Running";
            o["status"]["schedules"][s(method)]["lastScheduleTime"] = due.toString(Qt::ISODate).toStdString();
            return true;
        });
    }
    // The newest completed scheduled Backup of each method.
    for (const auto &b : m_store->list(QString::fromLatin1(backups), ns).items) {
        const json &backupObj = *b;
        if (backupObj["metadata"].value("labels", json::object()).value(scheduleLabel, std::string()) != s(name)
            || backupObj.value("status", json::object()).value("phase", std::string()) != "Completed")
            continue;
        const std::string method = backupObj.value("spec", json::object()).value("backupMethod", std::string());
        const std::string done = backupObj["status"].value("completionTimestamp", std::string());
        update(m_store, QString::fromLatin1(backupSchedules), ns, name, [&](json &o) {
            json &st = o["status"]["schedules"][method];
            if (st.value("lastSuccessfulTime", std::string()) >= done)
                return false;
            st["lastSuccessfulTime"] = done;
            return true;
        });
    }
}

void KbDataProtectionController::pruneExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &b : m_store->list(QString::fromLatin1(backups)).items)
        guarded(*b, [&] { pruneIfExpired(*b, now); });
}

void KbDataProtectionController::pruneIfExpired(const json &backup, const QDateTime &now)
{
    const json status = backup.value("status", json::object());
    if (status.value("phase", std::string()) != "Completed" || !status.contains("expiration"))
        return;
    const QDateTime expiration = QDateTime::fromString(q(status["expiration"]), Qt::ISODateWithMs);
    if (!expiration.isValid() || expiration > now)
        return;
    m_data->dropBackup(q(backup["metadata"]["uid"]));
    remove(m_store, QString::fromLatin1(backups), q(backup["metadata"]["namespace"]), q(backup["metadata"]["name"]));
    recordEvent(m_store, backup, "Normal", QStringLiteral("BackupExpired"),
                QStringLiteral("deleted backup %1: its retention period %2 has passed")
                    .arg(q(backup["metadata"]["name"]), q(backup.value("spec", json::object()).value("retentionPeriod", json()))),
                component);
}

void KbDataProtectionController::reconcileBackup(const json &backup)
{
    const QString ns = q(backup["metadata"]["namespace"]);
    const QString name = q(backup["metadata"]["name"]);
    const QString uid = q(backup["metadata"]["uid"]);
    const json spec = backup.value("spec", json::object());
    json status = backup.value("status", json::object());
    const QString phase = q(status.value("phase", json()));
    const auto write = [&](const std::function<void(json &)> &fn) {
        update(m_store, QString::fromLatin1(backups), ns, name, [&](json &o) {
            const json before = o;
            fn(o);
            return o != before;
        });
    };
    const auto fail = [&](const QString &reason) {
        write([&](json &o) {
            o["status"]["phase"] = "Failed";
            o["status"]["failureReason"] = s(reason);
            o["status"]["completionTimestamp"] = nowIso();
        });
        recordEvent(m_store, backup, "Warning", QStringLiteral("BackupFailed"), reason, component);
    };
    if (phase == QLatin1String("Completed") || phase == QLatin1String("Failed")) {
        return;
    }
    if (phase.isEmpty()) {
        write([](json &o) { o["status"]["phase"] = "New"; });
        return;
    }
    const QString policyName = q(spec.value("backupPolicyName", json()));
    const auto policy = m_store->get(QString::fromLatin1(backupPolicies), ns, policyName);
    if (phase == QLatin1String("New")) {
        if (!policy) {
            fail(QStringLiteral("BackupPolicy.dataprotection.kubeblocks.io \"%1\" not found").arg(policyName));
            return;
        }
        const QString method = q(spec.value("backupMethod", json()));
        bool knownMethod = false;
        for (const json &m : (*policy)["spec"].value("backupMethods", json::array()))
            knownMethod = knownMethod || q(m.value("name", json())) == method;
        if (!knownMethod) {
            fail(QStringLiteral("backupMethod %1 is not found in BackupPolicy %2").arg(method, policyName));
            return;
        }
        if (method == QLatin1String("volume-snapshot")) {
            fail(QStringLiteral("volume snapshot is not supported: the VolumeSnapshot CRDs are not installed"));
            return;
        }
        QString repo = q((*policy)["spec"].value("backupRepoName", json()));
        if (repo.isEmpty())
            repo = defaultRepo();
        const auto repoObj = repo.isEmpty() ? std::nullopt : m_store->get(QString::fromLatin1(backupRepos), {}, repo);
        if (!repoObj || (*repoObj).value("status", json::object()).value("phase", std::string()) != "Ready") {
            fail(repo.isEmpty() ? QStringLiteral("no default BackupRepo found")
                                : QStringLiteral("BackupRepo %1 is not ready").arg(repo));
            return;
        }
        const json target = (*policy)["spec"]["target"]["podSelector"]["labelSelector"]["matchLabels"];
        const QString clusterName = q(target.value("app.kubernetes.io/instance", json()));
        const QString comp = q(target.value("apps.kubeblocks.io/component-name", json()));
        const auto cluster = m_store->get(QString::fromLatin1(clusters), ns, clusterName);
        const auto snapshot = m_data->snapshot(ns, clusterName);
        if (!cluster || !snapshot) {
            fail(QStringLiteral("failed to find the target pods of BackupPolicy %1").arg(policyName));
            return;
        }
        // The backup reads the data as it is now; later writes are not in it.
        m_data->keepBackup(uid, *snapshot);
        const std::string start = nowIso();
        write([&](json &o) {
            o["metadata"]["labels"]["app.kubernetes.io/instance"] = s(clusterName);
            o["metadata"]["labels"]["apps.kubeblocks.io/component-name"] = s(comp);
            o["metadata"]["labels"]["dataprotection.kubeblocks.io/backup-policy"] = s(policyName);
            o["metadata"]["labels"]["dataprotection.kubeblocks.io/backup-type"] = "Full";
            o["metadata"]["annotations"][fingerprintAnnotation] = snapshot->fingerprint.toStdString();
            json &st = o["status"];
            st["phase"] = "Running";
            st["backupRepoName"] = s(repo);
            st["startTimestamp"] = start;
            st["formatVersion"] = "0.1.0";
            st["path"] = (*policy)["spec"].value("pathPrefix", std::string()) + "/" + s(name);
            st["persistentVolumeClaimName"] = "pvc-" + s(repo);
            st["backupMethod"] = {{"name", s(method)}, {"snapshotVolumes", false}};
            st["target"] = (*policy)["spec"]["target"];
        });
        recordEvent(m_store, backup, "Normal", QStringLiteral("CreatedBackupJob"),
                    QStringLiteral("Created backup job %1-%2").arg(name, uid.left(8)), component);
        return;
    }
    // Running
    const auto snapshot = m_data->backup(uid);
    if (!snapshot) {
        fail(QStringLiteral("backup data lost"));
        return;
    }
    const double elapsed = secondsSince(status.value("startTimestamp", std::string())) * m_timeScale;
    if (elapsed < transferSeconds(snapshot->bytes))
        return;
    const std::string end = nowIso();
    write([&](json &o) {
        json &st = o["status"];
        st["phase"] = "Completed";
        st["completionTimestamp"] = end;
        st["duration"] = goDuration(transferSeconds(snapshot->bytes));
        // What a real repo holds: the data plus a little overhead for the dump format.
        st["totalSize"] = std::to_string(snapshot->bytes + 4096);
        st["timeRange"] = {{"start", st.value("startTimestamp", end)}, {"end", end}, {"timeZone", "+00:00"}};
        const qint64 keep = retentionSeconds(q(spec.value("retentionPeriod", json())));
        if (keep > 0)
            st["expiration"] = QDateTime::currentDateTimeUtc()
                                   .addMSecs(qint64(double(keep) * 1000.0 / m_timeScale))
                                   .toString(Qt::ISODate)
                                   .toStdString();
    });
}

void KbDataProtectionController::reconcileRestore(const json &cluster)
{
    const json annotations = cluster["metadata"].value("annotations", json::object());
    if (!annotations.contains(restoreAnnotation))
        return;
    QString error;
    const auto comps = m_clusters->resolve(cluster, &error);
    if (comps.empty())
        return;  // the Cluster cannot be provisioned at all (see its conditions); nothing to restore into
    const QString ns = q(cluster["metadata"]["namespace"]);
    const QString clusterName = q(cluster["metadata"]["name"]);
    const json request = json::parse(annotations[restoreAnnotation].get<std::string>(), nullptr, false);
    if (!request.is_object() || request.empty()) {
        warnOnce(cluster, QStringLiteral("RestoreFailed"),
                 QStringLiteral("invalid annotation %1: %2").arg(QLatin1String(restoreAnnotation), q(annotations[restoreAnnotation])));
        return;
    }
    bool allDone = true;
    for (auto it = request.begin(); it != request.end(); ++it) {
        const QString comp = QString::fromStdString(it.key());
        const QString backupName = q(it.value().value("name", json()));
        const QString backupNs = q(it.value().value("namespace", json(s(ns))));
        const QString restoreName = QStringLiteral("%1-%2-%3").arg(clusterName, comp,
            QString::fromLatin1(QCryptographicHash::hash(cluster["metadata"]["uid"].get<std::string>().c_str(), QCryptographicHash::Md5).toHex().left(8)));
        const auto backup = m_store->get(QString::fromLatin1(backups), backupNs, backupName);
        if (!backup || (*backup).value("status", json::object()).value("phase", std::string()) != "Completed") {
            warnOnce(cluster, QStringLiteral("RestoreFailed"),
                     backup ? QStringLiteral("backup %1/%2 is not completed").arg(backupNs, backupName)
                            : QStringLiteral("Backup.dataprotection.kubeblocks.io \"%1\" not found").arg(backupName));
            allDone = false;
            continue;
        }
        const auto data = m_data->backup(q((*backup)["metadata"]["uid"]));
        if (!data) {
            warnOnce(cluster, QStringLiteral("RestoreFailed"), QStringLiteral("the data of backup %1 is gone").arg(backupName));
            allDone = false;
            continue;
        }
        createIfAbsent(m_store, QString::fromLatin1(restores),
                       {{"apiVersion", "dataprotection.kubeblocks.io/v1alpha1"},
                        {"kind", "Restore"},
                        {"metadata", {{"name", s(restoreName)}, {"namespace", s(ns)},
                                      {"labels", {{"app.kubernetes.io/instance", s(clusterName)},
                                                  {"app.kubernetes.io/managed-by", "kubeblocks"},
                                                  {"apps.kubeblocks.io/component-name", s(comp)}}},
                                      {"ownerReferences", json::array({ownerRef(cluster, false)})}}},
                        {"spec", {{"backup", {{"name", s(backupName)}, {"namespace", s(backupNs)}}},
                                  {"backoffLimit", 3},
                                  {"prepareDataConfig", {{"volumeClaimRestorePolicy", it.value().value("volumeRestorePolicy", std::string("Parallel"))}}}}},
                        {"status", {{"phase", "Running"}, {"startTimestamp", nowIso()}}}});
        const auto restore = m_store->get(QString::fromLatin1(restores), ns, restoreName);
        const json rst = (*restore).value("status", json::object());
        if (rst.value("phase", std::string()) == "Completed")
            continue;
        const double elapsed = secondsSince(rst.value("startTimestamp", std::string())) * m_timeScale;
        if (elapsed < transferSeconds(data->bytes)) {
            allDone = false;
            continue;
        }
        m_data->restore(ns, clusterName, *data);
        update(m_store, QString::fromLatin1(restores), ns, restoreName, [&](json &o) {
            o["status"]["phase"] = "Completed";
            o["status"]["completionTimestamp"] = nowIso();
            o["status"]["duration"] = goDuration(transferSeconds(data->bytes));
            json conds = json::array();
            setCondition(conds, "PrepareData", "True", "Succeed", "restore data succeeded");
            o["status"]["conditions"] = conds;
            return true;
        });
        recordEvent(m_store, *restore, "Normal", QStringLiteral("RestoreCompleted"),
                    QStringLiteral("restored data of backup %1 into component %2").arg(backupName, comp), component);
    }
    if (allDone) {
        update(m_store, QString::fromLatin1(clusters), ns, clusterName, [](json &o) {
            o["metadata"]["annotations"].erase(restoreAnnotation);
            return true;
        });
    }
}

} // namespace sd::sim
