#include "monitor/healthmonitor.h"

#include "common/tr.h"
#include "kube/kubeclient.h"
#include "kube/resourcecache.h"

#include <QJsonArray>

namespace sd {

namespace {
ApiResource type(const QString &group, const QString &version, const QString &resource, const QString &kind)
{
    ApiResource r;
    r.group = group;
    r.version = version;
    r.resource = resource;
    r.kind = kind;
    return r;
}

bool fine(HealthState s)
{
    return s == HealthState::Healthy || s == HealthState::Progressing || s == HealthState::Unknown;
}
} // namespace

HealthMonitor::HealthMonitor(KubeClient *client, const QString &ns, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(ns)
{
    m_computeTimer.setSingleShot(true);
    m_computeTimer.setInterval(200);
    connect(&m_computeTimer, &QTimer::timeout, this, &HealthMonitor::compute);
    m_pollTimer.setInterval(15'000);
    connect(&m_pollTimer, &QTimer::timeout, this, &HealthMonitor::poll);
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::setPollInterval(int ms)
{
    m_pollTimer.setInterval(ms);
}

void HealthMonitor::start()
{
    const ApiResource types[] = {
        type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"), QStringLiteral("Deployment")),
        type(QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("statefulsets"), QStringLiteral("StatefulSet")),
        ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")),
        type(QStringLiteral("apps.kubeblocks.io"), QStringLiteral("v1"), QStringLiteral("clusters"), QStringLiteral("Cluster")),
    };
    for (const ApiResource &t : types) {
        auto cache = std::make_unique<ResourceCache>(m_client, t, m_namespace);
        connect(cache.get(), &ResourceCache::changed, this, &HealthMonitor::scheduleCompute);
        connect(cache.get(), &ResourceCache::synced, this, &HealthMonitor::scheduleCompute);
        cache->start();
        m_caches.push_back(std::move(cache));
    }
    poll();
    m_pollTimer.start();
}

void HealthMonitor::setServiceChecks(const QList<ServiceCheck> &checks)
{
    m_checks = checks;
    m_checkResults.clear();
    for (const ServiceCheck &c : checks)
        m_checkResults.append({c, false, 0, -1, Tr::tr("not checked yet"), {}});
    m_checkRequests.clear();
    m_checkRequests.resize(size_t(checks.size()));
    for (int i = 0; i < checks.size(); ++i)
        runCheck(i);
    scheduleCompute();
}

void HealthMonitor::poll()
{
    // metrics.k8s.io is optional: a 404 means "not served" and hides the columns.
    KubeRequestSpec spec;
    spec.path = QStringLiteral("/apis/metrics.k8s.io/v1beta1/namespaces/%1/pods").arg(m_namespace);
    m_metricsRequest.reset(m_client->request(spec));
    connect(m_metricsRequest.get(), &KubeRequest::finished, this, [this](const KubeResponse &r) {
        m_metricsRequest.release()->deleteLater();
        m_metricsAvailable = r.ok();
        m_newMetrics = r.ok();
        m_podMetrics.clear();
        if (r.ok()) {
            for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray())
                m_podMetrics.append(v.toObject());
        }
        scheduleCompute();
    });
    for (int i = 0; i < m_checks.size(); ++i)
        runCheck(i);
}

void HealthMonitor::runCheck(int index)
{
    if (m_checkRequests[size_t(index)])
        return; // the previous one is still waiting
    const ServiceCheck check = m_checks[index];
    KubeRequestSpec spec;
    spec.path = QStringLiteral("/api/v1/namespaces/%1/services/%2:%3/proxy%4")
                    .arg(m_namespace, check.service, check.port,
                         check.path.startsWith(QLatin1Char('/')) ? check.path : QLatin1Char('/') + check.path);
    spec.accept = "*/*";
    spec.decodeJson = false;
    spec.timeoutMs = 5000;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_checkRequests[size_t(index)].reset(m_client->request(spec));
    connect(m_checkRequests[size_t(index)].get(), &KubeRequest::finished, this,
            [this, index, check, clock](const KubeResponse &r) {
                m_checkRequests[size_t(index)].release()->deleteLater();
                if (index >= m_checkResults.size() || !(m_checkResults[index].check.service == check.service))
                    return; // the checks were replaced meanwhile
                ServiceCheckResult &result = m_checkResults[index];
                result.httpStatus = r.httpStatus;
                result.latencyMs = int(clock->elapsed());
                result.ok = r.ok() && r.httpStatus >= 200 && r.httpStatus < 400;
                result.message = result.ok ? Tr::tr("HTTP %1").arg(r.httpStatus) : r.error.text();
                result.checkedAt = QDateTime::currentDateTimeUtc();
                scheduleCompute();
            });
}

void HealthMonitor::scheduleCompute()
{
    if (!m_computeTimer.isActive())
        m_computeTimer.start();
}

void HealthMonitor::compute()
{
    HealthInputs in;
    auto values = [](const ResourceCache &c) { return c.objects().values(); };
    in.deployments = values(*m_caches[0]);
    in.statefulSets = values(*m_caches[1]);
    in.pods = values(*m_caches[2]);
    in.clusters = values(*m_caches[3]);
    in.podMetrics = m_podMetrics;
    in.metricsAvailable = m_metricsAvailable;
    in.checks = m_checkResults;
    in.now = QDateTime::currentDateTimeUtc();
    const HealthState before = m_health.overall;
    m_health = StackHealth::compute(in);
    m_synced = m_caches[0]->hasSynced() && m_caches[2]->hasSynced();
    if (std::exchange(m_newMetrics, false)) {
        auto sample = [this](const QString &id, qint64 cpu, qint64 mem) {
            if (cpu < 0)
                return;
            Samples &s = m_history[id];
            s.cpu.push_back(double(cpu));
            s.memory.push_back(double(mem));
            while (s.cpu.size() > size_t(kHistory)) {
                s.cpu.pop_front();
                s.memory.pop_front();
            }
        };
        for (const ComponentHealth &c : std::as_const(m_health.components))
            sample(c.name, c.cpuMilli, c.memoryBytes);
        for (const DatastoreHealth &d : std::as_const(m_health.datastores))
            sample(d.name, d.cpuMilli, d.memoryBytes);
    }
    emit healthChanged();
    if (m_synced && before != HealthState::Unknown && fine(before) != fine(m_health.overall))
        emit overallTransition(before, m_health.overall);
}

std::vector<double> HealthMonitor::cpuHistory(const QString &nodeId) const
{
    const auto it = m_history.constFind(nodeId);
    return it == m_history.constEnd() ? std::vector<double>() : std::vector<double>(it->cpu.begin(), it->cpu.end());
}

std::vector<double> HealthMonitor::memoryHistory(const QString &nodeId) const
{
    const auto it = m_history.constFind(nodeId);
    return it == m_history.constEnd() ? std::vector<double>()
                                      : std::vector<double>(it->memory.begin(), it->memory.end());
}

} // namespace sd
