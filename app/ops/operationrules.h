#pragma once

#include "ops/operationplan.h"
#include "ops/targetfacts.h"

#include <QDateTime>
#include <QStringList>

namespace sd {

// Whether an action can run on a target now, and why not.
struct Availability
{
    OperationPlan::Verdict verdict = OperationPlan::Verdict::Ready;
    QString reason; // translated; empty when available
    bool available() const { return verdict == OperationPlan::Verdict::Ready; }
};

// The rules of every operation as pure functions of the TargetFacts: availability (engine and
// topology support, the target's state, permissions) and the exact request an operation sends.
// Dialogs read the facts' choices (components, versions, candidates) through the helpers.
// Stateless; thread-safe.
class OperationRules
{
public:
    static Availability availability(const TargetFacts &facts, OperationAction action);
    // The request, or a refusal with the reason. `now` stamps a rollout restart.
    static OperationPlan plan(const TargetFacts &facts, const OperationRequest &request,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

    // ---- Cluster ----
    static QString engine(const TargetFacts &facts);        // catalog id ("mysql"), "" unknown
    static QStringList components(const TargetFacts &facts);
    static QString mainComponent(const TargetFacts &facts); // the engine's data component
    static int replicas(const TargetFacts &facts, const QString &component);
    struct ReplicaLimits
    {
        int min = 0;
        int max = 0; // 0: no limit known
        QString rule; // any | odd | even
    };
    static ReplicaLimits replicaLimits(const TargetFacts &facts, const QString &component);
    static QString serviceVersion(const TargetFacts &facts, const QString &component);
    static QStringList offeredVersions(const TargetFacts &facts, const QString &component);
    static QString storage(const TargetFacts &facts, const QString &component, const QString &volume = {});
    static QString storageClass(const TargetFacts &facts, const QString &component);
    static QString primary(const TargetFacts &facts, const QString &component);
    static QStringList switchoverCandidates(const TargetFacts &facts, const QString &component);
    static QStringList backupMethods(const TargetFacts &facts, const QString &component);
    static QString clusterPhase(const TargetFacts &facts);
    // ---- Deployment ----
    static QStringList containers(const TargetFacts &facts);
    static QString image(const TargetFacts &facts, const QString &container);
    static int currentRevision(const TargetFacts &facts);
    static QList<int> revisions(const TargetFacts &facts); // ascending, from the ReplicaSets
    // ---- Backup ----
    static QString backupPhase(const TargetFacts &facts);
    static QString sourceCluster(const TargetFacts &facts);

    // DNS-1123 label (what a Cluster or namespace name must be).
    static bool isDnsLabel(const QString &name, int maxLength = 63);
};

} // namespace sd
