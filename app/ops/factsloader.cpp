#include "ops/factsloader.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "kube/kubeclient.h"
#include "ops/opsresources.h"

#include <QJsonArray>

namespace sd {

FactsLoader::FactsLoader(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QList<FactsLoader::Access> FactsLoader::accessFor(OperationTarget::Kind kind)
{
    switch (kind) {
    case OperationTarget::Kind::Cluster:
        return {{QStringLiteral("create"), QStringLiteral("operations.kubeblocks.io"), QStringLiteral("opsrequests")},
                {QStringLiteral("create"), QStringLiteral("dataprotection.kubeblocks.io"), QStringLiteral("backups")}};
    case OperationTarget::Kind::Deployment:
        return {{QStringLiteral("patch"), QStringLiteral("apps"), QStringLiteral("deployments")},
                {QStringLiteral("update"), QStringLiteral("apps"), QStringLiteral("deployments")}};
    case OperationTarget::Kind::Backup:
        return {{QStringLiteral("delete"), QStringLiteral("dataprotection.kubeblocks.io"), QStringLiteral("backups")},
                {QStringLiteral("create"), QStringLiteral("apps.kubeblocks.io"), QStringLiteral("clusters")}};
    }
    return {};
}

void FactsLoader::issue(KubeRequest *request, std::function<void(const KubeResponse &)> done)
{
    ++m_pending;
    connect(request, &KubeRequest::finished, this, [this, request, done = std::move(done)](const KubeResponse &r) {
        request->deleteLater();
        done(r);
        if (--m_pending == 0) {
            // Emitted last: a slot may start the next load() right away.
            const TargetFacts facts = m_facts;
            emit finished(facts);
        }
    });
}

void FactsLoader::listInto(const ApiResource &type, const QString &ns, const QString &selector,
                           std::vector<nlohmann::json> *out)
{
    ListOptions options;
    options.labelSelector = selector;
    issue(m_client->list(type, ns, options, m_work), [this, type, out](const KubeResponse &r) {
        if (!r.ok()) {
            m_facts.notes.append(Tr::tr("Cannot list %1: %2").arg(type.kind, r.error.text()));
            return;
        }
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray())
            out->push_back(KubeObject::fromQt(v.toObject()));
    });
}

void FactsLoader::review(const Access &access, const QString &ns)
{
    issue(m_client->accessReview(access.verb, access.group, access.resource, ns, {}, {}, m_work),
          [this, access](const KubeResponse &r) {
              Permission p;
              p.allowed = KubeClient::accessAllowed(r, &p.reason);
              m_facts.permissions.insert(TargetFacts::permissionKey(access.verb, access.group, access.resource), p);
          });
}

void FactsLoader::load(const OperationTarget &target)
{
    delete m_work;
    m_work = new QObject(this);
    m_pending = 0;
    m_facts = TargetFacts();
    m_facts.target = target;
    const QString ns = target.ns;
    const QString selector = QStringLiteral("app.kubernetes.io/instance=%1").arg(target.name);
    const auto readTarget = [this, target](const ApiResource &type) {
        issue(m_client->get(type, target.ns, target.name, m_work), [this, type, target](const KubeResponse &r) {
            if (r.ok())
                m_facts.object = KubeObject::fromQt(r.object());
            else
                m_facts.error = Tr::tr("Cannot read %1 %2/%3: %4").arg(type.kind, target.ns, target.name, r.error.text());
        });
    };
    switch (target.kind) {
    case OperationTarget::Kind::Cluster:
        readTarget(OpsResources::clusters());
        listInto(OpsResources::pods(), ns, selector, &m_facts.pods);
        listInto(OpsResources::pvcs(), ns, selector, &m_facts.pvcs);
        listInto(OpsResources::storageClasses(), {}, {}, &m_facts.storageClasses);
        listInto(OpsResources::componentVersions(), {}, {}, &m_facts.componentVersions);
        listInto(OpsResources::backupPolicies(), ns, selector, &m_facts.backupPolicies);
        break;
    case OperationTarget::Kind::Deployment:
        readTarget(OpsResources::deployments());
        listInto(OpsResources::replicaSets(), ns, {}, &m_facts.replicaSets);
        break;
    case OperationTarget::Kind::Backup:
        readTarget(OpsResources::backups());
        listInto(OpsResources::clusters(), ns, {}, &m_facts.clusters);
        break;
    }
    for (const Access &a : accessFor(target.kind))
        review(a, ns);
}

} // namespace sd
