#include "kube/prerequisitechecker.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"

#include <QRegularExpression>

#include <cmath>

namespace sd {

namespace {
constexpr int MinNodes = 3;
constexpr double MinCpu = 4.0;
constexpr double MinMemory = 8.0 * 1024 * 1024 * 1024;
constexpr char KubeBlocksVersion[] = "1.0.2";

const QStringList &checkOrder()
{
    static const QStringList order{"kubernetes-version", "nodes", "network", "storage-class",
                                   "kubeblocks-apis", "kubeblocks-operator", "addon", "permissions"};
    return order;
}

CheckResult result(const QString &id, const QString &title, CheckResult::Status status,
                   const QString &message, const QString &fix = {})
{
    return {id, title, status, message, fix};
}

QJsonArray items(const QJsonObject &list)
{
    return list.value(QLatin1String("items")).toArray();
}

QJsonObject meta(const QJsonObject &o)
{
    return o.value(QLatin1String("metadata")).toObject();
}
} // namespace

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Fail:
        return QStringLiteral("fail");
    }
    return {};
}

PrerequisiteChecker::PrerequisiteChecker(KubeClient *client, const QString &stackNamespace,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(stackNamespace)
    , m_addons(defaultAddons())
{}

PrerequisiteChecker::~PrerequisiteChecker() = default;

QStringList PrerequisiteChecker::defaultAddons()
{
    return {QStringLiteral("mongodb"), QStringLiteral("redis"), QStringLiteral("kafka"),
            QStringLiteral("minio")};
}

QList<AccessCheck> PrerequisiteChecker::requiredPermissions()
{
    return {
        {"create", "", "namespaces", {}, false},
        {"list", "", "nodes", {}, false},
        {"list", "", "pods", {}, true},
        {"get", "", "pods", "log", true},
        {"watch", "", "events", {}, true},
        {"create", "", "services", {}, true},
        {"create", "", "configmaps", {}, true},
        {"create", "", "secrets", {}, true},
        {"patch", "apps", "deployments", {}, true},
        {"patch", "apps", "statefulsets", {}, true},
        {"delete", "apps", "deployments", {}, true},
        {"create", "apps.kubeblocks.io", "clusters", {}, true},
        {"patch", "apps.kubeblocks.io", "clusters", {}, true},
        {"create", "operations.kubeblocks.io", "opsrequests", {}, true},
    };
}

double PrerequisiteChecker::parseQuantity(const QString &q)
{
    static const QRegularExpression re(
        QStringLiteral("^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$"));
    const auto m = re.match(q.trimmed());
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const double v = m.captured(1).toDouble(&ok);
    if (!ok)
        return -1;
    static const QHash<QString, double> factors{
        {"Ki", 1024.0}, {"Mi", std::pow(1024.0, 2)}, {"Gi", std::pow(1024.0, 3)},
        {"Ti", std::pow(1024.0, 4)}, {"Pi", std::pow(1024.0, 5)}, {"Ei", std::pow(1024.0, 6)},
        {"n", 1e-9}, {"u", 1e-6}, {"m", 1e-3}, {"k", 1e3}, {"M", 1e6}, {"G", 1e9},
        {"T", 1e12}, {"P", 1e15}, {"E", 1e18}};
    return v * factors.value(m.captured(2), 1.0);
}

CheckResult PrerequisiteChecker::evaluateVersion(const QJsonObject &version)
{
    const QString id = QStringLiteral("kubernetes-version");
    const QString title = tr("Kubernetes version");
    const QString git = version.value(QLatin1String("gitVersion")).toString();
    const int major = version.value(QLatin1String("major")).toString().toInt();
    // Managed clusters report minors such as "27+".
    const int minor = version.value(QLatin1String("minor")).toString().remove(QLatin1Char('+')).toInt();
    if (major <= 0)
        return result(id, title, CheckResult::Status::Fail,
                      tr("The server did not report its version."));
    const QString upgrade = tr("Upgrade the cluster to Kubernetes 1.25 or newer with your "
                               "provider's tools (e.g. “gcloud container clusters upgrade”, "
                               "“eksctl upgrade cluster”).");
    if (major == 1 && minor < 22)
        return result(id, title, CheckResult::Status::Fail,
                      tr("Kubernetes %1 is too old; at least 1.22 is required.").arg(git), upgrade);
    if (major == 1 && minor < 25)
        return result(id, title, CheckResult::Status::Warning,
                      tr("Kubernetes %1 works, but KubeBlocks' CRD validation rules are only "
                         "enforced from 1.25.")
                          .arg(git),
                      upgrade);
    return result(id, title, CheckResult::Status::Pass, tr("Kubernetes %1.").arg(git));
}

CheckResult PrerequisiteChecker::evaluateNodes(const QJsonObject &nodeList)
{
    const QString id = QStringLiteral("nodes");
    const QString title = tr("Nodes");
    int ready = 0;
    int big = 0;
    for (const QJsonValue &v : items(nodeList)) {
        const QJsonObject status = v.toObject().value(QLatin1String("status")).toObject();
        bool isReady = false;
        for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            if (cond.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
                isReady = cond.value(QLatin1String("status")).toString() == QLatin1String("True");
        }
        if (v.toObject().value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool())
            isReady = false;
        if (!isReady)
            continue;
        ++ready;
        const QJsonObject alloc = status.value(QLatin1String("allocatable")).toObject();
        const double cpu = parseQuantity(alloc.value(QLatin1String("cpu")).toString());
        const double mem = parseQuantity(alloc.value(QLatin1String("memory")).toString());
        // Allocatable is a little below capacity: allow 10 % for system reservations.
        if (cpu >= MinCpu * 0.9 && mem >= MinMemory * 0.9)
            ++big;
    }
    const int total = int(items(nodeList).size());
    if (ready == 0)
        return result(id, title, CheckResult::Status::Fail,
                      tr("None of the %n node(s) is Ready and schedulable.", nullptr, total),
                      QStringLiteral("kubectl describe nodes"));
    if (big < MinNodes)
        return result(id, title, CheckResult::Status::Warning,
                      tr("%1 of %2 Ready node(s) have at least 4 CPUs and 8 GiB; 3 are recommended "
                         "for a production stack (fine for a development cluster).")
                          .arg(big)
                          .arg(ready),
                      tr("Add nodes of at least 4 CPUs and 8 GiB to the cluster's node pool."));
    return result(id, title, CheckResult::Status::Pass,
                  tr("%n Ready node(s) with at least 4 CPUs and 8 GiB.", nullptr, big));
}

CheckResult PrerequisiteChecker::evaluateNetwork(const QJsonObject &nodeList,
                                                 const QJsonObject &dnsPodList)
{
    const QString id = QStringLiteral("network");
    const QString title = tr("Network and DNS");
    QStringList noNetwork;
    for (const QJsonValue &v : items(nodeList)) {
        const QJsonObject n = v.toObject();
        for (const QJsonValue &c : n.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            if (cond.value(QLatin1String("type")).toString() == QLatin1String("NetworkUnavailable")
                && cond.value(QLatin1String("status")).toString() == QLatin1String("True"))
                noNetwork.append(meta(n).value(QLatin1String("name")).toString());
        }
    }
    if (!noNetwork.isEmpty())
        return result(id, title, CheckResult::Status::Fail,
                      tr("The pod network is not ready on: %1.").arg(noNetwork.join(QLatin1String(", "))),
                      QStringLiteral("kubectl get pods -n kube-system -o wide"));
    int readyDns = 0;
    for (const QJsonValue &v : items(dnsPodList)) {
        const QJsonObject status = v.toObject().value(QLatin1String("status")).toObject();
        for (const QJsonValue &c : status.value(QLatin1String("conditions")).toArray()) {
            const QJsonObject cond = c.toObject();
            if (cond.value(QLatin1String("type")).toString() == QLatin1String("Ready")
                && cond.value(QLatin1String("status")).toString() == QLatin1String("True"))
                ++readyDns;
        }
    }
    if (readyDns == 0)
        return result(id, title, CheckResult::Status::Warning,
                      tr("No Ready cluster DNS pod (label k8s-app=kube-dns) was found in "
                         "kube-system; services may not resolve."),
                      QStringLiteral("kubectl get pods -n kube-system -l k8s-app=kube-dns"));
    return result(id, title, CheckResult::Status::Pass,
                  tr("Pod network ready on all nodes; %n cluster DNS pod(s) Ready.", nullptr, readyDns));
}

CheckResult PrerequisiteChecker::evaluateStorageClasses(const QJsonObject &list)
{
    const QString id = QStringLiteral("storage-class");
    const QString title = tr("Default StorageClass");
    QStringList all;
    QStringList defaults;
    for (const QJsonValue &v : items(list)) {
        const QJsonObject m = meta(v.toObject());
        const QString name = m.value(QLatin1String("name")).toString();
        all.append(name);
        const QJsonObject ann = m.value(QLatin1String("annotations")).toObject();
        if (ann.value(QLatin1String("storageclass.kubernetes.io/is-default-class")).toString() == QLatin1String("true")
            || ann.value(QLatin1String("storageclass.beta.kubernetes.io/is-default-class")).toString() == QLatin1String("true"))
            defaults.append(name);
    }
    if (defaults.isEmpty()) {
        const QString fix = all.isEmpty()
            ? tr("Install a storage provisioner (e.g. local-path-provisioner, or your cloud's CSI "
                 "driver) and mark its StorageClass as default.")
            : QStringLiteral("kubectl patch storageclass %1 -p "
                             "'{\"metadata\":{\"annotations\":{\"storageclass.kubernetes.io/is-default-class\":\"true\"}}}'")
                  .arg(all.constFirst());
        return result(id, title, CheckResult::Status::Fail,
                      all.isEmpty() ? tr("The cluster has no StorageClass.")
                                    : tr("None of the StorageClasses (%1) is the default.")
                                          .arg(all.join(QLatin1String(", "))),
                      fix);
    }
    if (defaults.size() > 1)
        return result(id, title, CheckResult::Status::Warning,
                      tr("Several StorageClasses are marked default (%1); Kubernetes picks the "
                         "newest.").arg(defaults.join(QLatin1String(", "))),
                      QStringLiteral("kubectl patch storageclass %1 -p "
                                     "'{\"metadata\":{\"annotations\":{\"storageclass.kubernetes.io/is-default-class\":\"false\"}}}'")
                          .arg(defaults.at(1)));
    return result(id, title, CheckResult::Status::Pass,
                  tr("StorageClass “%1” is the default.").arg(defaults.constFirst()));
}

CheckResult PrerequisiteChecker::evaluateKubeBlocksApis(const QList<ApiResource> &resources)
{
    const QString id = QStringLiteral("kubeblocks-apis");
    const QString title = tr("KubeBlocks APIs");
    struct Need
    {
        const char *group;
        const char *version;
        const char *resource;
    };
    static const Need needs[] = {{"apps.kubeblocks.io", "v1", "clusters"},
                                 {"apps.kubeblocks.io", "v1", "componentdefinitions"},
                                 {"operations.kubeblocks.io", "v1alpha1", "opsrequests"},
                                 {"dataprotection.kubeblocks.io", "v1alpha1", "backups"},
                                 {"extensions.kubeblocks.io", "v1alpha1", "addons"}};
    QStringList missing;
    bool oldClusters = false;
    for (const Need &n : needs) {
        bool found = false;
        for (const ApiResource &r : resources) {
            if (r.group == QLatin1String(n.group) && r.resource == QLatin1String(n.resource)) {
                if (r.version == QLatin1String(n.version))
                    found = true;
                else if (QLatin1String(n.resource) == QLatin1String("clusters"))
                    oldClusters = true;
            }
        }
        if (!found)
            missing.append(QStringLiteral("%1.%2/%3").arg(QLatin1String(n.resource), QLatin1String(n.group), QLatin1String(n.version)));
    }
    const QString fix = QStringLiteral("kubectl create -f https://github.com/apecloud/kubeblocks/releases/download/v%1/kubeblocks_crds.yaml")
                            .arg(QLatin1String(KubeBlocksVersion));
    if (missing.isEmpty())
        return result(id, title, CheckResult::Status::Pass, tr("The KubeBlocks 1.0 APIs are served."));
    if (oldClusters && missing.contains(QStringLiteral("clusters.apps.kubeblocks.io/v1")))
        return result(id, title, CheckResult::Status::Fail,
                      tr("KubeBlocks older than 1.0 is installed (apps.kubeblocks.io/v1 is not "
                         "served); Stackdeck needs KubeBlocks 1.0."),
                      fix);
    return result(id, title, CheckResult::Status::Fail,
                  tr("These KubeBlocks APIs are not served: %1.").arg(missing.join(QLatin1String(", "))),
                  fix);
}

CheckResult PrerequisiteChecker::evaluateKubeBlocksOperator(const QJsonObject &deploymentList)
{
    const QString id = QStringLiteral("kubeblocks-operator");
    const QString title = tr("KubeBlocks operator");
    const QString install = QStringLiteral(
        "helm repo add kubeblocks https://apecloud.github.io/helm-charts && "
        "helm install kubeblocks kubeblocks/kubeblocks -n kb-system --create-namespace --version %1")
                                .arg(QLatin1String(KubeBlocksVersion));
    QJsonObject apps;
    QJsonObject dataProtection;
    for (const QJsonValue &v : items(deploymentList)) {
        const QJsonObject d = v.toObject();
        const QString name = meta(d).value(QLatin1String("name")).toString();
        const QString component = meta(d).value(QLatin1String("labels")).toObject().value(QLatin1String("app.kubernetes.io/component")).toString();
        if (name.endsWith(QLatin1String("dataprotection")))
            dataProtection = d;
        else if (component == QLatin1String("apps") || name == QLatin1String("kubeblocks"))
            apps = d;
    }
    if (apps.isEmpty())
        return result(id, title, CheckResult::Status::Fail,
                      tr("No KubeBlocks operator deployment was found (label "
                         "app.kubernetes.io/name=kubeblocks)."),
                      install);
    const QJsonObject labels = meta(apps).value(QLatin1String("labels")).toObject();
    QString version = labels.value(QLatin1String("app.kubernetes.io/version")).toString();
    if (version.isEmpty())
        version = labels.value(QLatin1String("helm.sh/chart")).toString().section(QLatin1Char('-'), -1);
    const QString ns = meta(apps).value(QLatin1String("namespace")).toString();
    auto available = [](const QJsonObject &d) {
        return d.value(QLatin1String("status")).toObject().value(QLatin1String("availableReplicas")).toInt() > 0;
    };
    if (!available(apps))
        return result(id, title, CheckResult::Status::Fail,
                      tr("The KubeBlocks operator in namespace “%1” has no available replica.").arg(ns),
                      QStringLiteral("kubectl -n %1 describe deployment %2")
                          .arg(ns, meta(apps).value(QLatin1String("name")).toString()));
    if (!version.isEmpty() && !version.startsWith(QLatin1String("1.")))
        return result(id, title, CheckResult::Status::Fail,
                      tr("KubeBlocks %1 is installed; Stackdeck needs 1.0.").arg(version),
                      QStringLiteral("helm upgrade kubeblocks kubeblocks/kubeblocks -n %1 --version %2")
                          .arg(ns, QLatin1String(KubeBlocksVersion)));
    if (dataProtection.isEmpty() || !available(dataProtection))
        return result(id, title, CheckResult::Status::Warning,
                      tr("KubeBlocks %1 runs in “%2”, but its data protection controller is not "
                         "available: backups will not run.")
                          .arg(version, ns),
                      QStringLiteral("kubectl -n %1 get deployments").arg(ns));
    return result(id, title, CheckResult::Status::Pass,
                  tr("KubeBlocks %1 is running in namespace “%2”.").arg(version, ns));
}

QList<CheckResult> PrerequisiteChecker::evaluateAddons(const QJsonObject &addonList,
                                                       const QStringList &required)
{
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : items(addonList))
        byName.insert(meta(v.toObject()).value(QLatin1String("name")).toString(), v.toObject());
    QList<CheckResult> out;
    for (const QString &name : required) {
        const QString id = QStringLiteral("addon-") + name;
        const QString title = tr("KubeBlocks addon “%1”").arg(name);
        const auto it = byName.constFind(name);
        if (it == byName.cend()) {
            out.append(result(id, title, CheckResult::Status::Fail,
                              tr("The addon is not installed."),
                              QStringLiteral("kbcli addon install %1 --version %2")
                                  .arg(name, QLatin1String(KubeBlocksVersion))));
            continue;
        }
        const QString phase = it->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
        const QString version = it->value(QLatin1String("spec")).toObject().value(QLatin1String("version")).toString();
        if (phase == QLatin1String("Enabled"))
            out.append(result(id, title, CheckResult::Status::Pass,
                              tr("Enabled (version %1).").arg(version.isEmpty() ? tr("unknown") : version)));
        else if (phase == QLatin1String("Enabling"))
            out.append(result(id, title, CheckResult::Status::Warning,
                              tr("Being enabled; check again in a minute.")));
        else
            out.append(result(id, title, CheckResult::Status::Fail,
                              tr("The addon is %1.").arg(phase.isEmpty() ? tr("in an unknown state") : phase),
                              QStringLiteral("kbcli addon enable %1").arg(name)));
    }
    return out;
}

CheckResult PrerequisiteChecker::evaluatePermissions(const QList<QPair<AccessCheck, bool>> &answers,
                                                     const QString &ns)
{
    const QString id = QStringLiteral("permissions");
    const QString title = tr("Permissions");
    QStringList denied;
    for (const auto &[check, allowed] : answers) {
        if (allowed)
            continue;
        QString what = check.resource;
        if (!check.subresource.isEmpty())
            what += QLatin1Char('/') + check.subresource;
        if (!check.group.isEmpty())
            what += QLatin1Char('.') + check.group;
        denied.append(QStringLiteral("%1 %2").arg(check.verb, what));
    }
    if (denied.isEmpty())
        return result(id, title, CheckResult::Status::Pass,
                      tr("All %n permission(s) Stackdeck uses are granted.", nullptr, int(answers.size())));
    return result(id, title, CheckResult::Status::Fail,
                  tr("Not allowed in namespace “%1”: %2.").arg(ns, denied.join(QLatin1String(", "))),
                  QStringLiteral("kubectl auth can-i --list -n %1   # then ask an administrator "
                                 "to bind a role that grants the missing verbs")
                      .arg(ns));
}

bool PrerequisiteChecker::allRequiredPassed(const QList<CheckResult> &results)
{
    return std::none_of(results.begin(), results.end(), [](const CheckResult &r) {
        return r.status == CheckResult::Status::Fail;
    });
}

QJsonArray PrerequisiteChecker::toJson(const QList<CheckResult> &results)
{
    QJsonArray out;
    for (const CheckResult &r : results)
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("title"), r.title},
                               {QStringLiteral("status"), CheckResult::statusName(r.status)},
                               {QStringLiteral("message"), r.message},
                               {QStringLiteral("fix"), r.fix}});
    return out;
}

KubeRequest *PrerequisiteChecker::fetch(const QString &path, const QString &labelSelector)
{
    KubeRequestSpec s;
    s.path = path;
    if (!labelSelector.isEmpty())
        s.query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
    ++m_pending;
    m_requests.emplace_back(m_client->request(s));
    return m_requests.back().get();
}

void PrerequisiteChecker::failed(const QString &id, const QString &title, const KubeError &error)
{
    m_results.append(result(id, title, CheckResult::Status::Fail,
                            tr("Could not be checked: %1").arg(error.text())));
}

void PrerequisiteChecker::start()
{
    if (m_started)
        return;
    m_started = true;

    connect(fetch(QStringLiteral("/version")), &KubeRequest::finished, this, [this](const KubeResponse &r) {
        if (r.ok())
            m_results.append(evaluateVersion(r.object()));
        else
            failed(QStringLiteral("kubernetes-version"), tr("Kubernetes version"), r.error);
        maybeFinish();
    });

    // Nodes feed two checks; DNS pods are needed for the network one.
    auto dns = std::make_shared<std::optional<QJsonObject>>();
    auto nodes = std::make_shared<std::optional<QJsonObject>>();
    auto network = [this, dns, nodes] {
        if (*dns && *nodes)
            m_results.append(evaluateNetwork(**nodes, **dns));
    };
    connect(fetch(QStringLiteral("/api/v1/nodes")), &KubeRequest::finished, this,
            [this, nodes, network](const KubeResponse &r) {
                if (r.ok()) {
                    m_results.append(evaluateNodes(r.object()));
                    *nodes = r.object();
                    network();
                } else {
                    failed(QStringLiteral("nodes"), tr("Nodes"), r.error);
                }
                maybeFinish();
            });
    connect(fetch(QStringLiteral("/api/v1/namespaces/kube-system/pods"), QStringLiteral("k8s-app=kube-dns")),
            &KubeRequest::finished, this, [this, dns, network](const KubeResponse &r) {
                *dns = r.ok() ? r.object() : QJsonObject();
                network();
                maybeFinish();
            });
    connect(fetch(QStringLiteral("/apis/storage.k8s.io/v1/storageclasses")), &KubeRequest::finished, this,
            [this](const KubeResponse &r) {
                if (r.ok())
                    m_results.append(evaluateStorageClasses(r.object()));
                else
                    failed(QStringLiteral("storage-class"), tr("Default StorageClass"), r.error);
                maybeFinish();
            });
    connect(fetch(QStringLiteral("/apis/apps/v1/deployments"), QStringLiteral("app.kubernetes.io/name=kubeblocks")),
            &KubeRequest::finished, this, [this](const KubeResponse &r) {
                if (r.ok())
                    m_results.append(evaluateKubeBlocksOperator(r.object()));
                else
                    failed(QStringLiteral("kubeblocks-operator"), tr("KubeBlocks operator"), r.error);
                maybeFinish();
            });
    connect(fetch(QStringLiteral("/apis/extensions.kubeblocks.io/v1alpha1/addons")), &KubeRequest::finished, this,
            [this](const KubeResponse &r) {
                if (r.ok() || r.httpStatus == 404)
                    m_results += evaluateAddons(r.ok() ? r.object() : QJsonObject(), m_addons);
                else
                    failed(QStringLiteral("addon"), tr("KubeBlocks addons"), r.error);
                maybeFinish();
            });

    ++m_pending;
    m_client->discovery()->invalidate(); // CRDs may have been installed since the last look
    m_client->discovery()->ensure(this, [this](const KubeError &e) {
        if (e.isError())
            failed(QStringLiteral("kubeblocks-apis"), tr("KubeBlocks APIs"), e);
        else
            m_results.append(evaluateKubeBlocksApis(m_client->discovery()->resources()));
        maybeFinish();
    });

    const QList<AccessCheck> checks = requiredPermissions();
    auto answers = std::make_shared<QList<QPair<AccessCheck, bool>>>();
    auto remaining = std::make_shared<int>(int(checks.size()));
    auto reviewError = std::make_shared<KubeError>();
    for (qsizetype i = 0; i < checks.size(); ++i)
        answers->append({checks.at(i), false});
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const AccessCheck &c = checks.at(i);
        ++m_pending;
        m_requests.emplace_back(m_client->accessReview(c.verb, c.group, c.resource,
                                                       c.namespaced ? m_namespace : QString(), {},
                                                       c.subresource));
        connect(m_requests.back().get(), &KubeRequest::finished, this,
                [this, i, answers, remaining, reviewError](const KubeResponse &r) {
                    if (!r.ok())
                        *reviewError = r.error; // not an answer: do not report it as a denial
                    (*answers)[i].second = KubeClient::accessAllowed(r);
                    if (--*remaining == 0) {
                        if (reviewError->isError())
                            failed(QStringLiteral("permissions"), tr("Permissions"), *reviewError);
                        else
                            m_results.append(evaluatePermissions(*answers, m_namespace));
                    }
                    maybeFinish();
                });
    }
}

void PrerequisiteChecker::maybeFinish()
{
    if (--m_pending > 0)
        return;
    std::stable_sort(m_results.begin(), m_results.end(), [](const CheckResult &a, const CheckResult &b) {
        auto rank = [](const QString &id) {
            const QString base = id.startsWith(QLatin1String("addon-")) ? QStringLiteral("addon") : id;
            return checkOrder().indexOf(base);
        };
        return rank(a.id) < rank(b.id);
    });
    emit finished(m_results);
}

} // namespace sd
