#include "kubesim/controller.h"

#include "kubesim/controllermanager.h"

#include <QTimer>

namespace sd::sim {

Controller::Controller(ControllerManager *manager) : QObject(manager), m_manager(manager) {}

void Controller::enqueue(const QString &ns, const QString &name)
{
    m_queue.insert({ns, name});
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &Controller::drain);
    }
}

void Controller::enqueueAfter(qint64 simulatedMs, const QString &ns, const QString &name)
{
    m_manager->after(simulatedMs, this, [this, ns, name] { enqueue(ns, name); });
}

void Controller::reconcileAll(const std::set<Key> &keys)
{
    for (const Key &k : keys)
        reconcile(k.first, k.second);
}

void Controller::drainGuarded(const std::set<Key> &keys)
{
    // Objects written straight to the store skip validation: a malformed one must cost its own
    // reconcile, never the controller thread.
    try {
        reconcileAll(keys);
    } catch (const std::exception &e) {
        qWarning("kubesim: %s skipped a malformed object: %s", metaObject()->className(), e.what());
    }
}

void Controller::drain()
{
    m_scheduled = false;
    const std::set<Key> keys = std::exchange(m_queue, {});
    drainGuarded(keys);
}

} // namespace sd::sim
