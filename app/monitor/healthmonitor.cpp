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
    m_userChecks = checks;
    applyChecks();
}

void HealthMonitor::setDefaultChecksEnabled(bool enabled)
{
    if (m_defaultsEnabled == enabled)
        return;
    m_defaultsEnabled = enabled;
    applyChecks();
}

void HealthMonitor::applyChecks()
{
    QList<ServiceCheck> checks = m_defaultsEnabled ? defaultChecks(m_defaultsFor) : QList<ServiceCheck>();
    for (const ServiceCheck &c : std::as_const(m_userChecks)) {
        if (!checks.contains(c))
            checks.append(c);
    }
    if (checks == m_checks)
        return;
    m_checks = checks;
    m_checkResults.clear();
    for (const ServiceCheck &c : std::as_const(m_checks))
        m_checkResults.append({c, false, 0, -1, Tr::tr("not checked yet"), {}});
    m_checkRequests.clear();
    m_checkRequests.resize(size_t(m_checks.size()));
    if (!m_caches.empty()) { // started
        for (int i = 0; i < m_checks.size(); ++i)
            runCheck(i);
    }
    scheduleCompute();
}

QList<ServiceCheck> HealthMonitor::defaultChecks(const QStringList &components, const OpenImCatalog &catalog)
{
    QList<ServiceCheck> checks;
    for (const QString &id : components) {
        const OpenImComponentSpec *spec = catalog.component(id);
        if (!spec || spec->service.isEmpty())
            continue;
        ServiceCheck c;
        c.service = spec->service;
        c.component = id;
        if (const OpenImPort *metrics = spec->portFor(PortProtocol::Metrics)) {
            c.kind = ServiceCheck::Kind::Http;
            c.name = Tr::tr("%1 metrics").arg(id);
            c.port = QString::number(metrics->port);
            c.path = QStringLiteral("/metrics");
        } else if (const OpenImPort *probe = spec->port(spec->probePort)) {
            c.kind = ServiceCheck::Kind::Tcp;
            c.name = Tr::tr("%1 %2 port").arg(id, probe->name);
            c.port = QString::number(probe->port);
            c.path = QStringLiteral("/");
        } else {
            continue;
        }
        checks.append(c);
    }
    return checks;
}

bool HealthMonitor::evaluate(const ServiceCheck &check, int httpStatus, const QString &errorText, QString *message)
{
    const bool answered = httpStatus >= 200 && httpStatus < 400;
    if (check.kind == ServiceCheck::Kind::Http || answered) {
        *message = answered ? Tr::tr("HTTP %1").arg(httpStatus) : errorText;
        return answered;
    }
    // TCP through the HTTP proxy: the port is open when the backend answered anything, or the
    // proxy connected and then found no HTTP there (EOF, malformed response, reset). Refused
    // connections, missing endpoints or Services and timeouts fail.
    static const char *const connected[] = {"EOF", "malformed HTTP", "connection reset", "unexpected EOF"};
    // A 4xx from the backend is an answer; the API server's own refusals (401, 403, the Service
    // not found) are not.
    bool open = httpStatus >= 400 && httpStatus < 500 && httpStatus != 401 && httpStatus != 403
                && !errorText.contains(QLatin1String("services \""));
    if ((httpStatus == 502 || httpStatus == 503 || httpStatus == 500) && !errorText.contains(QLatin1String("refused"))) {
        for (const char *hint : connected)
            open |= errorText.contains(QLatin1String(hint), Qt::CaseInsensitive);
    }
    *message = open ? Tr::tr("port open") : errorText;
    return open;
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
                if (index >= m_checkResults.size() || !(m_checkResults[index].check == check))
                    return; // the checks were replaced meanwhile
                ServiceCheckResult &result = m_checkResults[index];
                result.httpStatus = r.httpStatus;
                result.latencyMs = int(clock->elapsed());
                const QString error = r.ok() ? QString() : r.error.text();
                result.ok = evaluate(check, r.httpStatus, error, &result.message);
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
    QStringList present;
    for (const ComponentHealth &c : std::as_const(m_health.components))
        present.append(c.name);
    present.sort();
    if (present != m_defaultsFor) {
        // Components came or went: their automatic checks follow.
        m_defaultsFor = present;
        applyChecks();
    }
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
