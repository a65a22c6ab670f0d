#include "kubesim/kubeblocks.h"

#include "kubesim/kbclustercontroller.h"
#include "kubesim/kbdataprotectioncontroller.h"
#include "kubesim/kbopscontroller.h"

#include <QThread>
#include <QTimer>

namespace sd::sim {

namespace {
constexpr int tickMs = 20;
}

// Owns the controllers on the operator thread; one tick reconciles everything once.
class KubeBlocks::Worker final : public QObject
{
public:
    Worker(Store *store, DataRegistry *data)
        : clusters(store, data), ops(store, &clusters), protection(store, data, &clusters)
    {
        timer.setInterval(tickMs);
        connect(&timer, &QTimer::timeout, this, [this] {
            clusters.reconcile();
            ops.reconcile();
            protection.reconcile();
        });
    }
    void setTimeScale(double scale)
    {
        clusters.setTimeScale(scale);
        ops.setTimeScale(scale);
        protection.setTimeScale(scale);
    }

    KbClusterController clusters;
    KbOpsController ops;
    KbDataProtectionController protection;
    QTimer timer{this};
};

KubeBlocks::KubeBlocks(Store *store, DataRegistry *data, QObject *parent) : QObject(parent), m_store(store), m_data(data) {}

KubeBlocks::~KubeBlocks() { stop(); }

void KubeBlocks::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("kubesim-kubeblocks"));
    m_worker = new Worker(m_store, m_data);
    m_worker->setTimeScale(m_timeScale);
    m_worker->clusters.setSeed(m_seed);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->timer.start(); });
}

void KubeBlocks::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->timer.stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

template<typename F> bool KubeBlocks::onWorker(F &&fn)
{
    if (!m_worker)
        return false;
    bool result = false;
    QMetaObject::invokeMethod(m_worker, [&] { result = fn(m_worker); }, Qt::BlockingQueuedConnection);
    return result;
}

void KubeBlocks::setTimeScale(double scale)
{
    m_timeScale = scale;
    onWorker([scale](Worker *w) {
        w->setTimeScale(scale);
        return true;
    });
}

bool KubeBlocks::failPrimary(const QString &ns, const QString &cluster, const QString &component, QString *error)
{
    QString e = QStringLiteral("KubeBlocks is not running");
    const bool ok = onWorker([&](Worker *w) { return w->clusters.failPrimary(ns, cluster, component, &e); });
    if (!ok && error)
        *error = e;
    return ok;
}

bool KubeBlocks::failCluster(const QString &ns, const QString &cluster, QString *error)
{
    QString e = QStringLiteral("KubeBlocks is not running");
    const bool ok = onWorker([&](Worker *w) { return w->clusters.failCluster(ns, cluster, &e); });
    if (!ok && error)
        *error = e;
    return ok;
}

bool KubeBlocks::recoverCluster(const QString &ns, const QString &cluster, QString *error)
{
    QString e = QStringLiteral("KubeBlocks is not running");
    const bool ok = onWorker([&](Worker *w) { return w->clusters.recoverCluster(ns, cluster, &e); });
    if (!ok && error)
        *error = e;
    return ok;
}

bool KubeBlocks::fillVolume(const QString &ns, const QString &cluster, bool full, QString *error)
{
    QString e = QStringLiteral("KubeBlocks is not running");
    const bool ok = onWorker([&](Worker *w) { return w->clusters.fillVolume(ns, cluster, full, &e); });
    if (!ok && error)
        *error = e;
    return ok;
}

bool KubeBlocks::chaos(const nlohmann::json &request, nlohmann::json *answer, QString *error)
{
    const auto field = [&](const char *name) {
        const auto it = request.is_object() ? request.find(name) : request.end();
        return it != request.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    const QString action = field("action");
    const QString ns = field("namespace");
    const QString cluster = field("cluster");
    QString e;
    if (ns.isEmpty() || cluster.isEmpty()) {
        e = QStringLiteral("chaos: \"namespace\" and \"cluster\" are required");
    } else if (action == QLatin1String("failPrimary")) {
        failPrimary(ns, cluster, field("component"), &e);
    } else if (action == QLatin1String("failCluster")) {
        failCluster(ns, cluster, &e);
    } else if (action == QLatin1String("recoverCluster")) {
        recoverCluster(ns, cluster, &e);
    } else if (action == QLatin1String("fillVolume") || action == QLatin1String("clearVolume")) {
        fillVolume(ns, cluster, action == QLatin1String("fillVolume"), &e);
    } else {
        e = QStringLiteral("chaos: unknown action \"%1\" (known: failPrimary, failCluster, recoverCluster, fillVolume, clearVolume)")
                .arg(action);
    }
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    if (answer)
        *answer = {{"action", action.toStdString()}, {"namespace", ns.toStdString()}, {"cluster", cluster.toStdString()}, {"done", true}};
    return true;
}

} // namespace sd::sim
