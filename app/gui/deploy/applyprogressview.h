#pragma once

#include "deploy/deployengine.h"
#include "stack/stack.h"

#include "ui_applyprogressview.h"

#include <QPointer>
#include <QWidget>

namespace sd {

// Progress of an apply or destroy (shared view: the Apply Stack dialog, the forms wizard, day-2
// operations use it): each step with its state, elapsed time and the message that explains a
// wait or a failure (the latest Event or condition); Cancel while it runs, Retry when it failed
// or was cancelled (a rerun converges). GUI thread only.
class ApplyProgressView final : public QWidget
{
    Q_OBJECT
public:
    enum class Operation { Apply, Destroy };

    explicit ApplyProgressView(QWidget *parent = nullptr);
    ~ApplyProgressView() override;

    // Runs `operation` for `stack` on `engine` (not owned; its options are used as they are) and
    // follows it. Retry runs the same again.
    void run(DeployEngine *engine, const Stack &stack, Operation operation = Operation::Apply);
    void retry();
    void cancel();
    bool isRunning() const;
    QTreeWidget *stepTree() const { return m_ui.stepTree; } // tests, accessibility

signals:
    void finished(sd::DeployEngine::Outcome outcome, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reset();
    void updateStep(int index);
    void onFinished(DeployEngine::Outcome outcome, const QString &message);
    void showSelected();
    void updateButtons();

    Ui::ApplyProgressView m_ui;
    QPointer<DeployEngine> m_engine;
    Stack m_stack;
    Operation m_operation = Operation::Apply;
    QString m_outcomeText;
};

} // namespace sd
