#include "gui/deploy/planview.h"

#include "deploy/planner.h"

#include <QEvent>
#include <QStyle>

namespace sd {

namespace {
// Colour is never the only cue: the action's word is in its own column too.
QColor actionColor(PlanItem::Action action)
{
    switch (action) {
    case PlanItem::Action::Create:
        return QColor(0x1b, 0x7f, 0x3b);
    case PlanItem::Action::Change:
        return QColor(0x9a, 0x67, 0x00);
    case PlanItem::Action::Delete:
        return QColor(0xb3, 0x26, 0x1e);
    case PlanItem::Action::Unchanged:
        break;
    }
    return {};
}
} // namespace

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
{
    m_ui.setupUi(this);
    m_ui.splitter->setStretchFactor(0, 3);
    m_ui.splitter->setStretchFactor(1, 2);
    m_ui.messageList->hide();
    connect(m_ui.showUnchangedCheck, &QCheckBox::toggled, this, &PlanView::fill);
    connect(m_ui.objectTree, &QTreeWidget::currentItemChanged, this, &PlanView::showSelected);
    m_ui.summaryLabel->setText(tr("No plan yet."));
}

PlanView::~PlanView() = default;

void PlanView::startPlanning(KubeClient *client, const Stack &stack)
{
    m_plan.reset();
    m_ui.objectTree->clear();
    m_ui.yamlEdit->clear();
    m_ui.messageList->clear();
    m_ui.messageList->hide();
    m_ui.summaryLabel->setText(tr("Planning stack %1 in namespace %2…").arg(stack.name, stack.ns));
    m_planner = std::make_unique<Planner>(client);
    connect(m_planner.get(), &Planner::progressed, m_ui.summaryLabel, &QLabel::setText);
    connect(m_planner.get(), &Planner::finished, this, &PlanView::setPlan);
    m_planner->start(stack);
}

bool PlanView::isPlanning() const
{
    return m_planner && m_planner->isRunning();
}

void PlanView::setPlan(const Plan &plan)
{
    m_plan = plan;
    fill();
    emit planReady(plan);
}

void PlanView::fill()
{
    m_ui.objectTree->clear();
    m_ui.yamlEdit->clear();
    m_ui.messageList->clear();
    if (!m_plan)
        return;
    const Plan &plan = *m_plan;
    m_ui.summaryLabel->setText(plan.blocked()
                                   ? tr("Stack %1 cannot be applied to namespace %2: see the errors below.")
                                         .arg(plan.stackName, plan.ns)
                                   : tr("Applying stack %1 to namespace %2 on %3: %4.")
                                         .arg(plan.stackName, plan.ns, plan.server, plan.summary()));
    for (const PlanMessage &m : plan.messages) {
        auto *item = new QListWidgetItem(m.message, m_ui.messageList);
        const bool error = m.severity == PlanMessage::Severity::Error;
        const bool warning = m.severity == PlanMessage::Severity::Warning;
        item->setIcon(style()->standardIcon(error     ? QStyle::SP_MessageBoxCritical
                                            : warning ? QStyle::SP_MessageBoxWarning
                                                      : QStyle::SP_MessageBoxInformation));
        item->setData(Qt::AccessibleTextRole, error     ? tr("Error: %1").arg(m.message)
                                              : warning ? tr("Warning: %1").arg(m.message)
                                                        : m.message);
    }
    m_ui.messageList->setVisible(!plan.messages.isEmpty());
    for (int i = 0; i < plan.items.size(); ++i) {
        const PlanItem &p = plan.items[i];
        if (p.action == PlanItem::Action::Unchanged && !m_ui.showUnchangedCheck->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_ui.objectTree);
        item->setText(0, Plan::actionText(p.action));
        item->setText(1, QStringLiteral("%1 %2").arg(p.kind, p.name));
        item->setText(2, p.action == PlanItem::Action::Change ? tr("%n field(s)", nullptr, int(p.changes.size())) : p.note);
        item->setToolTip(2, p.note);
        item->setData(0, Qt::UserRole, i);
        if (const QColor c = actionColor(p.action); c.isValid())
            item->setForeground(0, c);
        for (const FieldChange &c : p.changes) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(1, c.path);
            child->setText(2, c.added     ? tr("(absent) → %1").arg(c.after)
                              : c.removed ? tr("%1 → (absent)").arg(c.before)
                                          : tr("%1 → %2").arg(c.before, c.after));
            child->setToolTip(2, child->text(2));
            child->setData(0, Qt::UserRole, i);
        }
        item->setExpanded(p.action == PlanItem::Action::Change);
    }
    m_ui.objectTree->resizeColumnToContents(0);
    m_ui.objectTree->resizeColumnToContents(1);
}

void PlanView::showSelected()
{
    const QTreeWidgetItem *item = m_ui.objectTree->currentItem();
    if (!item || !m_plan) {
        m_ui.yamlEdit->clear();
        return;
    }
    const int index = item->data(0, Qt::UserRole).toInt();
    if (index < 0 || index >= m_plan->items.size())
        return;
    const PlanItem &p = m_plan->items[index];
    m_ui.yamlEdit->setPlainText(p.yaml.isEmpty() ? p.note : QString::fromUtf8(p.yaml));
}

void PlanView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace sd
