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
class ProcessTable;
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
    ControllerManager(Store *store, LogBook *logs, MetricsRegistry *metrics, const SimOptions &options,
                      DataRegistry *data = nullptr, QObject *parent = nullptr);
    ~ControllerManager() override;

    // Connects to the store and queues every existing object. Call on the manager's thread.
    void start();

    Store *store() const { return m_store; }
    LogBook *logs() const { return m_logs; }
    MetricsRegistry *metrics() const { return m_metrics; }
    // The container processes, published for the API server's proxy (optional; set before start()).
    void setProcesses(ProcessTable *processes) { m_processes = processes; }
    ProcessTable *processes() const { return m_processes; }
    // The datastores' data and accounts (may be null): traffic writes to it, processes check
    // credentials against it.
    DataRegistry *data() const { return m_data; }
    const SimOptions &options() const { return m_options; }
    EventRecorder &events() { return m_events; }
    // Changes the simulated speed from now on (timers already running keep their deadlines).
    void setTimeScale(double scale) { m_options.timeScale = scale; }
    // Holds the load knobs (log traffic, churn) while a scenario sets itself up at a fast time scale,
    // where they would multiply; backlogs are still written.
    void setLoadPaused(bool paused) { m_loadPaused = paused; }
    bool loadPaused() const { return m_loadPaused; }
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
    ProcessTable *m_processes = nullptr;  // not owned
    DataRegistry *m_data;  // not owned, may be null
    SimOptions m_options;
    bool m_loadPaused = false;
    EventRecorder m_events;
    QRandomGenerator m_random;
    std::vector<Controller *> m_controllers;  // children
};

} // namespace sd::sim
