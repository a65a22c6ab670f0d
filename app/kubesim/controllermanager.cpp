#include "kubesim/controllermanager.h"

#include "kubesim/churnwriter.h"
#include "kubesim/controller.h"
#include "kubesim/deploymentcontroller.h"
#include "kubesim/endpointscontroller.h"
#include "kubesim/kubelet.h"
#include "kubesim/logwriter.h"
#include "kubesim/replicasetcontroller.h"
#include "kubesim/scheduler.h"
#include "kubesim/statefulsetcontroller.h"
#include "kubesim/store.h"
#include "kubesim/volumebinder.h"

#include <QPointer>
#include <QTimer>

#include <cmath>

namespace sd::sim {

ControllerManager::ControllerManager(Store *store, LogBook *logs, MetricsRegistry *metrics, const SimOptions &options,
                                     DataRegistry *data, QObject *parent)
    : QObject(parent), m_store(store), m_logs(logs), m_metrics(metrics), m_data(data), m_options(options), m_events(store),
      m_random(quint32(options.seed ^ (options.seed >> 32)))
{
    m_controllers = {new DeploymentController(this), new ReplicaSetController(this), new StatefulSetController(this),
                     new Scheduler(this),           new VolumeBinder(this),         new Kubelet(this),
                     new EndpointsController(this), new LogWriter(this, data),     new ChurnWriter(this)};
}

ControllerManager::~ControllerManager() = default;

void ControllerManager::start()
{
    connect(m_store, &Store::changed, this, &ControllerManager::onChanged);
    for (Controller *c : m_controllers)
        c->resync();
}

qint64 ControllerManager::realMs(qint64 simulatedMs) const
{
    const double scale = m_options.timeScale > 0 ? m_options.timeScale : 1.0;
    return qint64(std::llround(double(simulatedMs) / scale));
}

void ControllerManager::after(qint64 simulatedMs, QObject *context, std::function<void()> fn)
{
    QTimer::singleShot(int(std::min<qint64>(realMs(simulatedMs), INT_MAX)), context, std::move(fn));
}

void ControllerManager::onChanged(const WatchEvent &event)
{
    for (Controller *c : m_controllers) {
        try {
            c->observe(event);
        } catch (const std::exception &e) {
            qWarning("kubesim: %s ignored a malformed object: %s", c->metaObject()->className(), e.what());
        }
    }
}

} // namespace sd::sim
