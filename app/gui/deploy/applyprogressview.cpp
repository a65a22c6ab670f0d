#include "gui/deploy/applyprogressview.h"

#include <QStyle>

namespace sd {

ApplyProgressView::ApplyProgressView(QWidget *parent)
    : QWidget(parent)
{
    m_ui.setupUi(this);
    m_ui.stepTree->header()->setStretchLastSection(true);
    connect(m_ui.cancelButton, &QPushButton::clicked, this, &ApplyProgressView::cancel);
    connect(m_ui.retryButton, &QPushButton::clicked, this, &ApplyProgressView::retry);
    connect(m_ui.stepTree, &QTreeWidget::currentItemChanged, this, &ApplyProgressView::showSelected);
    updateButtons();
}

ApplyProgressView::~ApplyProgressView() = default;

void ApplyProgressView::run(DeployEngine *engine, const Stack &stack, Operation operation)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    m_stack = stack;
    m_operation = operation;
    connect(engine, &DeployEngine::stepsReset, this, &ApplyProgressView::reset);
    connect(engine, &DeployEngine::stepChanged, this, &ApplyProgressView::updateStep);
    connect(engine, &DeployEngine::finished, this, &ApplyProgressView::onFinished);
    retry();
}

void ApplyProgressView::retry()
{
    if (!m_engine || m_engine->isRunning())
        return;
    m_outcomeText.clear();
    m_ui.outcomeLabel->clear();
    m_ui.titleLabel->setText(m_operation == Operation::Apply
                                 ? tr("Applying stack %1 to namespace %2").arg(m_stack.name, m_stack.ns)
                                 : tr("Destroying stack %1 in namespace %2").arg(m_stack.name, m_stack.ns));
    m_operation == Operation::Apply ? m_engine->apply(m_stack) : m_engine->destroy(m_stack);
    updateButtons();
}

void ApplyProgressView::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

bool ApplyProgressView::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

void ApplyProgressView::reset()
{
    m_ui.stepTree->clear();
    m_ui.messageEdit->clear();
    for (int i = 0; i < m_engine->steps().size(); ++i) {
        new QTreeWidgetItem(m_ui.stepTree);
        updateStep(i);
    }
    m_ui.stepTree->resizeColumnToContents(0);
    updateButtons();
}

void ApplyProgressView::updateStep(int index)
{
    if (!m_engine || index < 0 || index >= m_engine->steps().size())
        return;
    QTreeWidgetItem *item = m_ui.stepTree->topLevelItem(index);
    if (!item)
        return;
    const DeployStep &s = m_engine->steps().at(index);
    item->setText(0, s.title);
    item->setText(1, DeployStep::stateText(s.state));
    item->setText(2, s.state == DeployStep::State::Pending ? QString() : DeployStep::elapsedText(s.elapsedMs));
    item->setText(3, s.message.section(QLatin1Char('\n'), 0, 0));
    item->setToolTip(3, s.message);
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (s.state) {
    case DeployStep::State::Succeeded:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case DeployStep::State::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case DeployStep::State::Cancelled:
        icon = QStyle::SP_DialogCancelButton;
        break;
    case DeployStep::State::Running:
    case DeployStep::State::Waiting:
        icon = QStyle::SP_BrowserReload;
        break;
    case DeployStep::State::Skipped:
        icon = QStyle::SP_ArrowRight;
        break;
    case DeployStep::State::Pending:
        break;
    }
    item->setIcon(1, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    if (!s.isFinished() && s.state != DeployStep::State::Pending) {
        m_ui.stepTree->setCurrentItem(item);
        m_ui.stepTree->scrollToItem(item);
    }
    if (item == m_ui.stepTree->currentItem())
        showSelected();
}

void ApplyProgressView::onFinished(DeployEngine::Outcome outcome, const QString &message)
{
    switch (outcome) {
    case DeployEngine::Outcome::Succeeded:
        m_outcomeText = m_operation == Operation::Apply ? tr("Done: the stack is up and verified.")
                                                        : tr("Done: everything the stack made is gone.");
        break;
    case DeployEngine::Outcome::Failed:
        m_outcomeText = tr("Failed: %1").arg(message.section(QLatin1Char('\n'), 0, 0));
        break;
    case DeployEngine::Outcome::Cancelled:
        m_outcomeText = tr("Cancelled. Retry continues where it stopped; nothing is left half-made.");
        break;
    }
    m_ui.outcomeLabel->setText(m_outcomeText);
    // Show the failed step's full explanation.
    for (int i = 0; m_engine && i < m_engine->steps().size(); ++i) {
        if (m_engine->steps().at(i).state == DeployStep::State::Failed)
            m_ui.stepTree->setCurrentItem(m_ui.stepTree->topLevelItem(i));
    }
    updateButtons();
    emit finished(outcome, message);
}

void ApplyProgressView::showSelected()
{
    const QTreeWidgetItem *item = m_ui.stepTree->currentItem();
    const int index = item ? m_ui.stepTree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(item)) : -1;
    if (!m_engine || index < 0 || index >= m_engine->steps().size()) {
        m_ui.messageEdit->clear();
        return;
    }
    m_ui.messageEdit->setPlainText(m_engine->steps().at(index).message);
}

void ApplyProgressView::updateButtons()
{
    const bool running = isRunning();
    m_ui.cancelButton->setEnabled(running);
    m_ui.retryButton->setEnabled(m_engine && !running);
    m_ui.cancelButton->setText(m_operation == Operation::Apply ? tr("&Cancel Apply") : tr("&Cancel Destroy"));
}

void ApplyProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        m_ui.outcomeLabel->setText(m_outcomeText);
        for (int i = 0; m_engine && i < m_engine->steps().size(); ++i)
            updateStep(i);
        updateButtons();
    }
    QWidget::changeEvent(event);
}

} // namespace sd
