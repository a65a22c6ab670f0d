#pragma once

#include <QObject>
#include <QString>

#include <set>
#include <utility>

namespace sd::sim {

class ControllerManager;
struct WatchEvent;

// One reconciling controller of the simulated control plane. It reacts to store changes by queueing
// object keys; queued keys are reconciled together on the next turn of the manager's event loop, each
// against the store's current state (level-triggered like the real controllers, so missed or repeated
// events do no harm). Lives on the manager's thread; not thread-safe.
class Controller : public QObject
{
    Q_OBJECT
public:
    using Key = std::pair<QString, QString>;  // namespace, name

    explicit Controller(ControllerManager *manager);

    // A change in the store: queue the keys it concerns.
    virtual void observe(const WatchEvent &event) = 0;
    // Queue every object this controller owns (at start).
    virtual void resync() = 0;

    void enqueue(const QString &ns, const QString &name);
    // Queue again after `simulatedMs` of simulated time.
    void enqueueAfter(qint64 simulatedMs, const QString &ns, const QString &name);

protected:
    // Reconciles the queued keys (sorted, so runs with one seed are repeatable). The default calls
    // reconcile() for each.
    virtual void reconcileAll(const std::set<Key> &keys);
    virtual void reconcile(const QString &ns, const QString &name) = 0;

    ControllerManager *manager() const { return m_manager; }

private:
    void drain();
    void drainGuarded(const std::set<Key> &keys);

    ControllerManager *m_manager;  // not owned (parent)
    std::set<Key> m_queue;
    bool m_scheduled = false;
};

} // namespace sd::sim
