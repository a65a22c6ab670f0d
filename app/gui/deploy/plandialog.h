#pragma once

#include "deploy/plan.h"
#include "stack/stack.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPushButton;
class QTreeWidget;

namespace sd {

class KubeClient;
class PlanView;

// A PlanView with Apply and Cancel (shared view: the canvas's Apply, day-2 edits use it). Apply
// is enabled only for a finished plan that nothing blocks; it accepts the dialog. GUI thread only.
class PlanDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PlanDialog(QWidget *parent = nullptr);
    ~PlanDialog() override;

    // See PlanView::startPlanning(); `client` is not owned and must outlive the planning.
    void startPlanning(KubeClient *client, const Stack &stack);
    void setPlan(const Plan &plan);
    const std::optional<Plan> &plan() const;
    bool isApplyEnabled() const;
    PlanView *view() const { return m_view; }
    QTreeWidget *objectTree() const; // tests, accessibility

signals:
    void planReady(const sd::Plan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PlanView *m_view;             // owned (child)
    QDialogButtonBox *m_buttons;  // owned (child)
    QPushButton *m_applyButton;   // owned by the button box
};

} // namespace sd
