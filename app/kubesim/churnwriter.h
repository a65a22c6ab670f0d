#pragma once

#include "kubesim/controller.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace sd::sim {

// A load knob, not a behaviour (SimOptions::churnRate, `--churn N`): N watch events per simulated
// second spread round-robin over the running pods, so benchmarks can hold the clients' watch caches
// under a steady rate with objects of real size. One in fifty touches the pod (an annotation
// counter: a MODIFIED Pod with its whole status, what a kubelet status update costs a watcher);
// the others repeat a Normal Event about it (count and lastTimestamp bumped, the kubelet's
// aggregation, as in an event storm), so the Events store stays bounded. Lives on the manager's
// thread.
class ChurnWriter final : public Controller
{
    Q_OBJECT
public:
    explicit ChurnWriter(ControllerManager *manager);

    void observe(const WatchEvent &event) override;
    void resync() override;

    static constexpr const char *kAnnotation = "kubesim.stackdeck.io/churn";

protected:
    void reconcile(const QString &ns, const QString &name) override;

private:
    struct Target
    {
        QString ns, name;
        nlohmann::json involved;  // what an Event names of the pod (kind, metadata), not the whole pod
    };
    void tick();
    void churn(const Target &pod);

    QList<Target> m_pods;  // the running pods, in the order they came
    qsizetype m_next = 0;
    quint64 m_count = 0;
    double m_owed = 0;   // events due but not yet written (fractions carry over)
    QTimer m_timer{this};
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
};

} // namespace sd::sim
