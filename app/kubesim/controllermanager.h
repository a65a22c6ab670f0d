#pragma once

#include "kubesim/eventrecorder.h"
#include "kubesim/simoptions.h"

#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <vector>

namespace sd::sim {

class Controller;
class DataRegistry;
class LogBook;
class MetricsRegistry;
class Store;
struct WatchEvent;

// The simulated control plane and kubelets: owns the controllers, feeds them the store's changes and
// runs their timers in simulated time (SimOptions::timeScale). Created by Cluster and moved to a
// thread of its own; after start() every method must be called on that thread.
class ControllerManager final : public QObject
{
    Q_OBJECT
public:
    // `data` (may be null) receives the datastore writes of simulated traffic.
    ControllerManager(Store *store, LogBook *logs, MetricsRegistry *metrics, const SimOptions &options,
                      DataRegistry *data = nullptr, QObject *parent = nullptr);
    ~ControllerManager() override;

    // Connects to the store and queues every existing object. Call on the manager's thread.
    void start();

    Store *store() const { return m_store; }
    LogBook *logs() const { return m_logs; }
    MetricsRegistry *metrics() const { return m_metrics; }
    const SimOptions &options() const { return m_options; }
    EventRecorder &events() { return m_events; }
    // Changes the simulated speed from now on (timers already running keep their deadlines).
    void setTimeScale(double scale) { m_options.timeScale = scale; }
    // The seeded random source every simulated choice draws from.
    QRandomGenerator &random() { return m_random; }

    // Runs `fn` on this thread after `simulatedMs` of simulated time, unless `context` is gone.
    void after(qint64 simulatedMs, QObject *context, std::function<void()> fn);
    // Simulated milliseconds as wall-clock milliseconds.
    qint64 realMs(qint64 simulatedMs) const;

    template<typename T> T *controller() const
    {
        for (Controller *c : m_controllers) {
            if (auto *t = qobject_cast<T *>(c))
                return t;
        }
        return nullptr;
    }

private:
    void onChanged(const WatchEvent &event);

    Store *m_store;   // not owned
    LogBook *m_logs;  // not owned
    MetricsRegistry *m_metrics;  // not owned
    SimOptions m_options;
    EventRecorder m_events;
    QRandomGenerator m_random;
    std::vector<Controller *> m_controllers;  // children
};

} // namespace sd::sim
