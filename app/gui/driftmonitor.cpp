#include "gui/driftmonitor.h"

#include "deploy/driftreader.h"
#include "kube/kubeclient.h"

#include <algorithm>

namespace sd {

namespace {
bool sameStates(const DriftReport &a, const DriftReport &b)
{
    return a.stackName == b.stackName && a.live == b.live && a.modified == b.modified && a.unmanaged == b.unmanaged;
}
} // namespace

DriftMonitor::DriftMonitor(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &DriftMonitor::read);
}

DriftMonitor::~DriftMonitor() = default;

void DriftMonitor::setClient(KubeClient *client)
{
    if (client == m_client)
        return;
    m_reader.reset();
    m_client = client;
    const bool had = m_report.has_value();
    m_report.reset();
    m_pending = false;
    if (had)
        emit changed();
    if (m_client && m_stack)
        m_timer.start(0);
}

void DriftMonitor::setStack(const std::optional<Stack> &stack)
{
    const bool same = stack && m_stack && *stack == *m_stack && stack->ns == m_stack->ns;
    m_stack = stack;
    if (same)
        return;
    // A design edit changes what "modified" means at once; read soon, once for a burst of edits.
    if (m_client && m_stack && !m_timer.isActive())
        m_timer.start(std::min(m_timer.interval(), 500));
}

void DriftMonitor::poke()
{
    if (!m_client || !m_stack)
        return;
    if (m_reader && m_reader->isRunning())
        m_pending = true;
    else if (!m_timer.isActive())
        m_timer.start();
}

void DriftMonitor::read()
{
    if (!m_client || !m_stack)
        return;
    if (!m_reader) {
        m_reader = std::make_unique<DriftReader>(m_client);
        connect(m_reader.get(), &DriftReader::finished, this, &DriftMonitor::finished);
    }
    m_pending = false;
    m_reader->read(*m_stack);
}

void DriftMonitor::finished(const DriftReport &report, const QString &error)
{
    if (m_pending)
        m_timer.start();
    if (!error.isEmpty() || !m_stack || report.stackName != m_stack->name)
        return; // keeps what was known; the next poke tries again
    const bool differs = !m_report || !sameStates(*m_report, report);
    m_report = report;
    if (differs)
        emit changed();
}

} // namespace sd
