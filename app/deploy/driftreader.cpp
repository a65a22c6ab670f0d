#include "deploy/driftreader.h"

#include "deploy/kubeobject.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "stack/kubeblockscatalog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sd {

namespace {
std::vector<nlohmann::json> toJson(const QJsonArray &items)
{
    std::vector<nlohmann::json> out;
    out.reserve(size_t(items.size()));
    for (const QJsonValue &v : items)
        out.push_back(KubeObject::fromQt(v.toObject()));
    return out;
}
} // namespace

DriftReader::DriftReader(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&m_watcher, &QFutureWatcher<DriftReport>::finished, this, [this] {
        if (m_watcher.future().isCanceled() || !m_running || m_computing != m_generation)
            return; // an older read's result
        m_running = false;
        emit finished(m_watcher.result(), {});
    });
}

DriftReader::~DriftReader()
{
    // The worker holds only copies; waiting keeps it from outliving the watcher.
    m_watcher.waitForFinished();
}

void DriftReader::read(const Stack &stack)
{
    ++m_generation;
    if (m_work)
        delete m_work.data(); // drops the previous read's requests
    m_work = new QObject(this);
    m_stack = stack;
    m_deployments = {};
    m_clusters = {};
    m_running = true;
    const quint64 generation = m_generation;
    m_client->discovery()->ensure(m_work, [this, generation](const KubeError &e) {
        if (generation != m_generation)
            return;
        if (e.isError()) {
            fail(tr("Cannot read the API server's resource types: %1").arg(e.text()));
            return;
        }
        list(QStringLiteral("apps/v1"), QStringLiteral("Deployment"), &m_deployments, [this, generation] {
            list(KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster"), &m_clusters, [this, generation] {
                if (generation != m_generation)
                    return;
                if (m_work)
                    m_work->deleteLater();
                // Conversion, generation and diff of a whole stack: off this thread.
                m_computing = generation;
                m_watcher.setFuture(QtConcurrent::run(
                    [stack = m_stack, deployments = m_deployments, clusters = m_clusters] {
                        return DesignDrift::evaluate(stack, toJson(deployments), toJson(clusters));
                    }));
            });
        });
    });
}

void DriftReader::list(const QString &apiVersion, const QString &kind, QJsonArray *out, std::function<void()> next)
{
    const auto type = KubeObject::resourceFor(*m_client->discovery(), apiVersion, kind);
    if (!type) { // e.g. KubeBlocks not installed: there are none
        next();
        return;
    }
    KubeRequest *r = m_client->list(*type, m_stack.ns, {}, m_work);
    connect(r, &KubeRequest::finished, m_work.data(), [this, out, next, kind](const KubeResponse &response) {
        if (!response.ok() && response.error.httpStatus() != 404) {
            fail(tr("Cannot list %1 objects: %2").arg(kind, response.error.text()));
            return;
        }
        *out = response.object().value(QLatin1String("items")).toArray();
        next();
    });
}

void DriftReader::fail(const QString &error)
{
    if (m_work)
        m_work->deleteLater();
    m_running = false;
    DriftReport empty;
    empty.stackName = m_stack.name;
    emit finished(empty, error);
}

} // namespace sd
