#pragma once

#include "stack/stack.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;

namespace sd {

class ApplyProgressView;
class DeployEngine;
class KubeClient;

// A window that runs one apply of a stack with its progress (ApplyProgressView) and owns the
// DeployEngine. Closing it while the apply runs cancels the apply first. GUI thread only.
class ApplyStackDialog final : public QDialog
{
    Q_OBJECT
public:
    // `client` is not owned and must outlive the dialog (the session's client).
    ApplyStackDialog(KubeClient *client, const Stack &stack, QWidget *parent = nullptr);
    ~ApplyStackDialog() override;

    void start();
    ApplyProgressView *view() const { return m_view; }
    DeployEngine *engine() const { return m_engine; }

    // Cluster → Apply Stack…: plans `stack` against the cluster in a PlanDialog; on Apply, opens
    // an ApplyStackDialog that runs it. Both windows delete themselves when closed.
    static void planAndApply(KubeClient *client, const Stack &stack, QWidget *parent);

public slots:
    void reject() override;

private:
    DeployEngine *m_engine;   // owned (child)
    ApplyProgressView *m_view; // owned (child)
    QDialogButtonBox *m_buttons;
    Stack m_stack;
};

} // namespace sd
