#pragma once

#include "deploy/plan.h"
#include "kube/apiresource.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

class QWidget;

namespace sd {

class ComponentForm;
class KubeClient;
class PlanDialog;

// A Day-2 edit of a deployed OpenIM component (resources, env, replicas… of its Deployment and
// Services): the component form opens on the stack's component; on OK the objects the edited stack
// generates for that component are sent as server-side dry runs, their differences with the live
// objects are shown in a PlanDialog, and its Apply writes them with server-side apply under the
// deploy engine's field manager ("stackdeck", forced, as DeployEngine applies), so later deploys
// and this edit own the same fields. applied() then hands over the edited stack, which the caller
// puts in place so the design and the cluster agree. Nothing changes when the form or the plan is
// cancelled. One edit per object; it deletes itself when done (finished()). GUI thread only; the
// client must outlive it.
class ComponentEdit final : public QObject
{
    Q_OBJECT
public:
    ComponentEdit(KubeClient *client, const Stack &stack, const QString &component, QWidget *window);
    ~ComponentEdit() override;

    // Opens the form; false (and nothing shown) when the stack has no such component.
    bool start();

    ComponentForm *form() const;     // while it is open (tests)
    PlanDialog *planDialog() const;  // while it is open (tests)

signals:
    void applied(const sd::Stack &before, const sd::Stack &after); // the cluster has the edit
    void failed(const QString &message);                           // translated
    void finished(); // applied, failed or cancelled; the object deletes itself after this

private:
    struct Entry
    {
        nlohmann::json desired;
        nlohmann::json live; // null when not on the cluster
        bool changed = false;
    };
    void plan();
    // The API resource of an entry's object; fails the edit (and returns nullopt) when the
    // cluster does not serve it.
    std::optional<ApiResource> resourceOf(const Entry &entry);
    void planNext(size_t index);
    void showPlan();
    void applyNext(size_t index);
    void fail(const QString &message);
    void finish();

    QPointer<KubeClient> m_client;
    Stack m_before;
    Stack m_after;
    QString m_component;
    QWidget *m_window; // not owned; parent of the dialogs
    QPointer<ComponentForm> m_form;
    QPointer<PlanDialog> m_planDialog;
    QObject *m_work; // owned (child); parent of the requests in flight
    std::vector<Entry> m_entries;
    Plan m_plan;
    bool m_finished = false;
};

} // namespace sd
