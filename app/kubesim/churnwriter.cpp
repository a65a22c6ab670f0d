#include "kubesim/churnwriter.h"

#include "kubesim/controllermanager.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <algorithm>

namespace sd::sim {

using json = nlohmann::json;

namespace {
constexpr int kTickMs = 20;
// One in kPodShare updates touches a pod (a whole Pod object to every watcher; what a status update
// costs), the rest repeat Events (small objects, what an event storm sends).
constexpr quint64 kPodShare = 50;
// One tick writes at most this many seconds' worth, so a stalled thread does not answer with a burst.
constexpr double kMaxCatchUpSeconds = 0.5;
} // namespace

ChurnWriter::ChurnWriter(ControllerManager *manager) : Controller(manager)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &ChurnWriter::tick);
}

void ChurnWriter::observe(const WatchEvent &event)
{
    if (event.resource != objects::kPods || manager()->options().churnRate <= 0)
        return;
    // Only a change of phase or a deletion moves a pod in or out of the set (our own annotation
    // updates are most of the pod events here).
    if (event.type == WatchEvent::Modified && event.previous
        && objects::str((*event.object)["status"], "phase") == objects::str((*event.previous)["status"], "phase")
        && (*event.object)["metadata"].contains("deletionTimestamp") == (*event.previous)["metadata"].contains("deletionTimestamp"))
        return;
    enqueue(objects::ns(*event.object), objects::name(*event.object));
}

void ChurnWriter::resync()
{
    if (manager()->options().churnRate <= 0)
        return;
    for (const JsonPtr &pod : manager()->store()->list(objects::kPods).items)
        enqueue(objects::ns(*pod), objects::name(*pod));
    m_clock.start();
    m_timer.start();
}

void ChurnWriter::reconcile(const QString &ns, const QString &name)
{
    const auto pod = manager()->store()->get(objects::kPods, ns, name);
    const QString &only = manager()->options().churnNamespace;
    const bool running = pod && objects::str((*pod)["status"], "phase") == "Running"
                         && !(*pod)["metadata"].contains("deletionTimestamp") && (only.isEmpty() || ns == only);
    const auto at = std::find_if(m_pods.begin(), m_pods.end(), [&](const Target &t) { return t.ns == ns && t.name == name; });
    if (running && at == m_pods.end()) {
        const json &meta = (*pod)["metadata"];
        m_pods.append({ns, name,
                       {{"kind", "Pod"}, {"apiVersion", "v1"},
                        {"metadata", {{"name", meta["name"]}, {"namespace", meta["namespace"]}, {"uid", meta.value("uid", "")}}}}});
    } else if (!running && at != m_pods.end()) {
        m_pods.erase(at);
    }
}

void ChurnWriter::tick()
{
    const qint64 nowMs = m_clock.elapsed();
    const double simulatedSeconds = double(nowMs - m_lastTickMs) * manager()->options().timeScale / 1000.0;
    m_lastTickMs = nowMs;
    if (m_pods.isEmpty() || manager()->loadPaused())
        return;
    m_owed += manager()->options().churnRate * std::min(simulatedSeconds, kMaxCatchUpSeconds);
    for (; m_owed >= 1; m_owed -= 1)
        churn(m_pods.at(m_next++ % m_pods.size()));
}

void ChurnWriter::churn(const Target &pod)
{
    if (++m_count % kPodShare == 0) {
        objects::update(manager()->store(), objects::kPods, pod.ns, pod.name, [this](json &object) {
            object["metadata"]["annotations"][kAnnotation] = std::to_string(m_count);
        });
        return;
    }
    manager()->events().record(pod.involved, EventRecorder::Normal, QStringLiteral("Churn"),
                               QStringLiteral("kubesim load knob (--churn)"), QStringLiteral("kubesim"));
}

} // namespace sd::sim
