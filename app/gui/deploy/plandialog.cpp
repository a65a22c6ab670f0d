#include "gui/deploy/plandialog.h"

#include "gui/deploy/planview.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

PlanDialog::PlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new PlanView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    resize(900, 620);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_buttons);
    m_applyButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &PlanView::planReady, this, [this](const Plan &plan) {
        m_applyButton->setEnabled(m_view->canApply());
        emit planReady(plan);
    });
    retranslate();
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::startPlanning(KubeClient *client, const Stack &stack)
{
    m_applyButton->setEnabled(false);
    m_view->startPlanning(client, stack);
}

void PlanDialog::setPlan(const Plan &plan)
{
    m_view->setPlan(plan);
}

const std::optional<Plan> &PlanDialog::plan() const
{
    return m_view->plan();
}

bool PlanDialog::isApplyEnabled() const
{
    return m_applyButton->isEnabled();
}

QTreeWidget *PlanDialog::objectTree() const
{
    return m_view->objectTree();
}

void PlanDialog::retranslate()
{
    setWindowTitle(tr("Apply Stack: Plan"));
    m_applyButton->setText(tr("&Apply"));
}

void PlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace sd
