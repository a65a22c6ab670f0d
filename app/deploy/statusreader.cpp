#include "deploy/statusreader.h"

#include "deploy/kubeobject.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "stack/kubeblockscatalog.h"

#include <QJsonArray>

namespace sd {

StatusReader::StatusReader(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void StatusReader::fail(const QString &error)
{
    if (m_work)
        m_work->deleteLater();
    m_work = nullptr;
    emit finished(StackStatus::evaluate(m_stack, m_namespaceExists, {}, {}), error);
}

void StatusReader::read(const Stack &stack)
{
    if (m_work)
        delete m_work.data(); // drops the previous read's requests and their answers
    m_work = new QObject(this);
    m_stack = stack;
    m_deployments.clear();
    m_clusters.clear();
    QObject *work = m_work;
    KubeRequest *ns = m_client->get(ApiResource::core(QStringLiteral("namespaces"), QStringLiteral("Namespace"), false), {},
                                    stack.ns, work);
    connect(ns, &KubeRequest::finished, work, [this, work](const KubeResponse &r) {
        if (!r.ok() && r.error.httpStatus() != 404) {
            fail(tr("Cannot read namespace %1: %2").arg(m_stack.ns, r.error.text()));
            return;
        }
        m_namespaceExists = r.ok();
        if (!m_namespaceExists) {
            fail({});
            return;
        }
        m_client->discovery()->ensure(work, [this](const KubeError &e) {
            if (e.isError()) {
                fail(tr("Cannot read the API server's resource types: %1").arg(e.text()));
                return;
            }
            listKind(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), &m_deployments, [this] {
                listKind(KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster"), &m_clusters, [this] {
                    if (m_work)
                        m_work->deleteLater();
                    m_work = nullptr;
                    emit finished(StackStatus::evaluate(m_stack, true, m_deployments, m_clusters), {});
                });
            });
        });
    });
}

void StatusReader::listKind(const QString &apiVersion, const QString &kind, std::vector<nlohmann::json> *out,
                            std::function<void()> next)
{
    const auto type = KubeObject::resourceFor(*m_client->discovery(), apiVersion, kind);
    if (!type) {
        next();
        return;
    }
    // Existing Clusters the stack uses carry no stack labels: then all are listed and filtered.
    QStringList existing;
    for (const DatastoreSpec &d : m_stack.datastores) {
        if (d.existing && kind == QLatin1String("Cluster"))
            existing.append(d.name);
    }
    ListOptions options;
    if (existing.isEmpty())
        options.labelSelector = KubeObject::stackSelector(m_stack.name);
    KubeRequest *r = m_client->list(*type, m_stack.ns, options, m_work);
    connect(r, &KubeRequest::finished, m_work.data(), [this, out, next, kind, existing](const KubeResponse &resp) {
        if (!resp.ok()) {
            fail(tr("Cannot list %1 objects: %2").arg(kind, resp.error.text()));
            return;
        }
        for (const QJsonValue &v : resp.object().value(QLatin1String("items")).toArray()) {
            nlohmann::json object = KubeObject::fromQt(v.toObject());
            if (existing.isEmpty() || KubeObject::belongsTo(object, m_stack.name) || existing.contains(KubeObject::name(object)))
                out->push_back(std::move(object));
        }
        next();
    });
}

} // namespace sd
