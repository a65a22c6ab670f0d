#pragma once

#include "deploy/plan.h"
#include "stack/stack.h"

#include "ui_planview.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace sd {

class KubeClient;
class Planner;

// The deploy engine's plan as a readable diff (shared view: the plan dialog and the forms
// wizard's review page embed it). Each object with its action (create, change, unchanged,
// delete); a changed object lists its fields "path: before → after"; the selected object's YAML
// beside it (Secret values hidden); validation, capacity and server warnings on top.
//
// Either hand it a Plan (setPlan) or let it plan (startPlanning). GUI thread only.
class PlanView final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    ~PlanView() override;

    // Plans `stack` against the cluster of `client` (not owned; must outlive the planning) and
    // shows the result when it arrives. A new call replaces a planning in progress.
    void startPlanning(KubeClient *client, const Stack &stack);
    void setPlan(const Plan &plan);
    const std::optional<Plan> &plan() const { return m_plan; }
    bool isPlanning() const;
    // A finished plan that nothing blocks.
    bool canApply() const { return m_plan && !m_plan->blocked(); }
    QTreeWidget *objectTree() const { return m_ui.objectTree; } // tests, accessibility

signals:
    void planReady(const sd::Plan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showSelected();

    Ui::PlanView m_ui;
    std::unique_ptr<Planner> m_planner;
    std::optional<Plan> m_plan;
};

} // namespace sd
