#pragma once

#include "kube/apiresource.h"
#include "kube/kubeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;

struct CheckResult
{
    enum class Status { Pass, Warning, Fail };
    QString id;       // stable, e.g. "kubernetes-version" (for --output json and tests)
    QString title;    // translated
    Status status = Status::Pass;
    QString message;  // translated, what was found
    QString fix;      // exact command(s) to fix it; empty when nothing to do

    static QString statusName(Status status); // "pass" | "warning" | "fail"
};

// One permission Stackdeck needs, checked with a SelfSubjectAccessReview.
struct AccessCheck
{
    QString verb;
    QString group;
    QString resource;
    QString subresource;
    bool namespaced = true;
};

// Checks whether a cluster can run the stack: Kubernetes version, nodes, network/DNS, a default
// StorageClass, KubeBlocks (CRDs at the right versions, operator deployments, version), the addons
// the stack's engines need, and the permissions Stackdeck uses. All requests run in parallel;
// finished() delivers the results, each with a fix command when it did not pass. The evaluators
// are pure functions of API answers so they can be tested on fixtures.
class PrerequisiteChecker final : public QObject
{
    Q_OBJECT
public:
    PrerequisiteChecker(KubeClient *client, const QString &stackNamespace, QObject *parent = nullptr);
    ~PrerequisiteChecker() override;

    void setRequiredAddons(const QStringList &addons) { m_addons = addons; }
    void start();

    const QList<CheckResult> &results() const { return m_results; }
    // True when nothing failed (warnings allowed): the exit status of `stackdeck-cli check`.
    static bool allRequiredPassed(const QList<CheckResult> &results);
    static QJsonArray toJson(const QList<CheckResult> &results);

    static QList<AccessCheck> requiredPermissions();
    static QStringList defaultAddons(); // mongodb, redis, kafka, minio

    static CheckResult evaluateVersion(const QJsonObject &version);
    static CheckResult evaluateNodes(const QJsonObject &nodeList);
    static CheckResult evaluateNetwork(const QJsonObject &nodeList, const QJsonObject &dnsPodList);
    static CheckResult evaluateStorageClasses(const QJsonObject &storageClassList);
    static CheckResult evaluateKubeBlocksApis(const QList<ApiResource> &resources);
    static CheckResult evaluateKubeBlocksOperator(const QJsonObject &deploymentList);
    static QList<CheckResult> evaluateAddons(const QJsonObject &addonList, const QStringList &required);
    static CheckResult evaluatePermissions(const QList<QPair<AccessCheck, bool>> &answers,
                                           const QString &ns);
    // Parses a Kubernetes quantity ("3920m", "16Gi", "8G", "1e3") into a plain number (cores,
    // bytes). Returns -1 when it is not a quantity.
    static double parseQuantity(const QString &quantity);

signals:
    void finished(const QList<sd::CheckResult> &results);

private:
    KubeRequest *fetch(const QString &path, const QString &labelSelector = {});
    void failed(const QString &id, const QString &title, const KubeError &error);
    void maybeFinish();

    KubeClient *m_client; // not owned
    QString m_namespace;
    QStringList m_addons;
    QList<CheckResult> m_results;
    std::vector<std::unique_ptr<KubeRequest>> m_requests;
    QJsonObject m_nodes;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace sd
