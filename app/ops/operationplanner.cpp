#include "ops/operationplanner.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"
#include "deploy/manifestdiff.h"
#include "kube/kubeclient.h"
#include "ops/opsresources.h"
#include "ops/operationrules.h"

#include <QJsonDocument>

namespace sd {

OperationPlanner::OperationPlanner(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_loader(new FactsLoader(client, this))
{
    connect(m_loader, &FactsLoader::finished, this, &OperationPlanner::planWith);
}

void OperationPlanner::start(const OperationRequest &request)
{
    delete m_work;
    m_request = request;
    m_loader->load(request.target);
}

void OperationPlanner::start(const OperationRequest &request, const TargetFacts &facts)
{
    delete m_work;
    m_request = request;
    // Queued: finished() never comes from inside start().
    QMetaObject::invokeMethod(this, [this, facts] { planWith(facts); }, Qt::QueuedConnection);
}

void OperationPlanner::planWith(const TargetFacts &facts)
{
    m_work = new QObject(this);
    m_plan = OperationRules::plan(facts, m_request);
    if (!m_plan.ready()) {
        done();
        return;
    }
    checkDestination();
}

// A restore creates a Cluster in a namespace the facts did not cover: may the user, and does it exist?
void OperationPlanner::checkDestination()
{
    if (m_plan.request.action != OperationAction::Restore || m_plan.ns == m_plan.request.target.ns) {
        dryRun();
        return;
    }
    KubeRequest *review = m_client->accessReview(QStringLiteral("create"), QStringLiteral("apps.kubeblocks.io"),
                                                 QStringLiteral("clusters"), m_plan.ns, {}, {}, m_work);
    connect(review, &KubeRequest::finished, this, [this, review](const KubeResponse &r) {
        review->deleteLater();
        QString reason;
        if (!KubeClient::accessAllowed(r, &reason)) {
            m_plan = OperationPlan::refused(m_plan.request, OperationPlan::Verdict::Denied,
                                            Tr::tr("You may not create Cluster objects in namespace %1 (%2).")
                                                .arg(m_plan.ns, reason.isEmpty() ? Tr::tr("no RBAC rule allows it") : reason));
            done();
            return;
        }
        KubeRequest *get = m_client->get(OpsResources::namespaces(), {}, m_plan.ns, m_work);
        connect(get, &KubeRequest::finished, this, [this, get](const KubeResponse &r) {
            get->deleteLater();
            if (r.httpStatus == 404) {
                m_plan.createNamespace = true;
                // The server cannot dry-run a create in a namespace that does not exist yet.
                done();
                return;
            }
            if (!r.ok()) {
                m_plan = OperationPlan::refused(m_plan.request, OperationPlan::Verdict::Error,
                                                Tr::tr("Cannot read namespace %1: %2").arg(m_plan.ns, r.error.text()));
                done();
                return;
            }
            dryRun();
        });
    });
}

void OperationPlanner::dryRun()
{
    KubeRequest *request = nullptr;
    const QJsonObject body = KubeObject::toQt(m_plan.body);
    switch (m_plan.method) {
    case OperationPlan::Method::Create: {
        WriteOptions options;
        options.dryRun = true;
        options.fieldManager = m_plan.fieldManager;
        request = m_client->create(m_plan.type, m_plan.ns, body, options, m_work);
        break;
    }
    case OperationPlan::Method::Apply: {
        ApplyOptions options;
        options.dryRun = true;
        options.force = true;
        options.fieldManager = m_plan.fieldManager;
        request = m_client->apply(m_plan.type, m_plan.ns, m_plan.name, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                  options, m_work);
        break;
    }
    case OperationPlan::Method::Update: {
        WriteOptions options;
        options.dryRun = true;
        options.fieldManager = m_plan.fieldManager;
        request = m_client->update(m_plan.type, m_plan.ns, body, options, m_work);
        break;
    }
    case OperationPlan::Method::Delete: {
        DeleteOptions options;
        options.dryRun = true;
        request = m_client->remove(m_plan.type, m_plan.ns, m_plan.name, options, m_work);
        break;
    }
    }
    connect(request, &KubeRequest::finished, this, [this, request](const KubeResponse &r) {
        request->deleteLater();
        if (!r.ok()) {
            const bool forbidden = r.httpStatus == 403;
            m_plan = OperationPlan::refused(m_plan.request, forbidden ? OperationPlan::Verdict::Denied : OperationPlan::Verdict::Error,
                                            Tr::tr("The server refused a dry run of the request: %1").arg(r.error.text()));
            done();
            return;
        }
        m_plan.dryRun = true;
        if (m_plan.method == OperationPlan::Method::Apply || m_plan.method == OperationPlan::Method::Update) {
            m_plan.changes = ManifestDiff::diff(m_plan.live, KubeObject::fromQt(r.object()));
            if (m_plan.changes.isEmpty()) {
                m_plan = OperationPlan::refused(m_plan.request, OperationPlan::Verdict::Invalid,
                                                Tr::tr("The server's dry run shows no change to Deployment %1.").arg(m_plan.name));
            }
        }
        done();
    });
}

void OperationPlanner::done()
{
    const OperationPlan plan = m_plan;
    emit finished(plan);
}

} // namespace sd
