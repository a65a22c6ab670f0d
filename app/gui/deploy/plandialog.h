#pragma once

#include "deploy/plan.h"
#include "stack/stack.h"

#include "ui_plandialog.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace sd {

class KubeClient;
class Planner;

// The deploy engine's plan as a readable diff (shared view: the canvas's Apply, the forms
// wizard and day-2 edits use it). Each object with its action (create, change, unchanged,
// delete); a changed object lists its fields "path: before → after"; the selected object's
// YAML beside it (Secret values hidden); validation, capacity and server warnings on top.
// Apply is enabled only for a finished plan that nothing blocks; it accepts the dialog.
//
// Either hand it a Plan (setPlan) or let it plan (startPlanning). GUI thread only.
class PlanDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PlanDialog(QWidget *parent = nullptr);
    ~PlanDialog() override;

    // Plans `stack` against the cluster of `client` (not owned; must outlive the planning) and
    // shows the result when it arrives.
    void startPlanning(KubeClient *client, const Stack &stack);
    void setPlan(const Plan &plan);
    const std::optional<Plan> &plan() const { return m_plan; }
    bool isApplyEnabled() const;
    QTreeWidget *objectTree() const { return m_ui.objectTree; } // tests, accessibility

signals:
    void planReady(const sd::Plan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();
    void retranslate();

    Ui::PlanDialog m_ui;
    QPushButton *m_applyButton; // owned by the button box
    std::unique_ptr<Planner> m_planner;
    std::optional<Plan> m_plan;
};

} // namespace sd
