#include "gui/deploy/applystackdialog.h"

#include "deploy/deployengine.h"
#include "gui/deploy/applyprogressview.h"
#include "gui/deploy/plandialog.h"
#include "kube/kubeclient.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ApplyStackDialog::ApplyStackDialog(KubeClient *client, const Stack &stack, QWidget *parent)
    : QDialog(parent)
    , m_engine(new DeployEngine(client, this))
    , m_view(new ApplyProgressView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_stack(stack)
{
    setWindowTitle(tr("Apply Stack %1").arg(stack.name));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApplyStackDialog::reject);
}

ApplyStackDialog::~ApplyStackDialog() = default;

void ApplyStackDialog::start()
{
    m_view->run(m_engine, m_stack, ApplyProgressView::Operation::Apply);
}

void ApplyStackDialog::reject()
{
    // Closing never leaves an apply running unseen; a later apply converges from here.
    if (m_engine->isRunning())
        m_engine->cancel();
    QDialog::reject();
}

void ApplyStackDialog::planAndApply(KubeClient *client, const Stack &stack, QWidget *parent)
{
    auto *plan = new PlanDialog(parent);
    plan->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<KubeClient> guard(client);
    connect(plan, &QDialog::accepted, parent, [guard, stack, parent] {
        if (!guard)
            return;
        auto *apply = new ApplyStackDialog(guard, stack, parent);
        apply->setAttribute(Qt::WA_DeleteOnClose);
        apply->show();
        apply->start();
    });
    plan->open();
    plan->startPlanning(client, stack);
}

} // namespace sd
