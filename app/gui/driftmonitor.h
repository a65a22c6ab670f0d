#pragma once

#include "deploy/designdrift.h"
#include "stack/stack.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace sd {

class DriftReader;
class KubeClient;

// Keeps the canvas' design states (modified since deploy, unmanaged) current without work per
// cluster event: design edits and poke() (the health monitor saw a change) schedule one read
// (DriftReader: two list requests, the comparison on a worker thread) at most every interval;
// pokes during a read lead to one more read after it. changed() when the report differs from
// the last one. GUI thread only; the client is not owned (setClient(nullptr) before it goes).
class DriftMonitor final : public QObject
{
    Q_OBJECT
public:
    explicit DriftMonitor(QObject *parent = nullptr);
    ~DriftMonitor() override;

    void setClient(KubeClient *client);
    void setStack(const std::optional<Stack> &stack);
    void poke();
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // The last report for the current stack and client; nullopt before the first.
    const std::optional<DriftReport> &report() const { return m_report; }

signals:
    void changed();

private:
    void read();
    void finished(const DriftReport &report, const QString &error);

    QPointer<KubeClient> m_client;
    std::unique_ptr<DriftReader> m_reader;
    std::optional<Stack> m_stack;
    std::optional<DriftReport> m_report;
    QTimer m_timer;
    bool m_pending = false; // poked while a read ran
};

} // namespace sd
