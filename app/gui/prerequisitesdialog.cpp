#include "gui/prerequisitesdialog.h"

#include "kube/kubeclient.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>

namespace sd {

namespace {
QString statusText(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass: return PrerequisitesDialog::tr("✓ Passed");
    case CheckResult::Status::Warning: return PrerequisitesDialog::tr("! Warning");
    case CheckResult::Status::Fail: break;
    }
    return PrerequisitesDialog::tr("✕ Failed");
}

QColor statusColor(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass: return QColor(0x2e, 0x7d, 0x32);
    case CheckResult::Status::Warning: return QColor(0xef, 0x6c, 0x00);
    case CheckResult::Status::Fail: break;
    }
    return QColor(0xc6, 0x28, 0x28);
}
} // namespace

PrerequisitesDialog::PrerequisitesDialog(KubeClient *client, const QString &ns, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_namespace(ns)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.prerequisites"));
    connect(m_ui.resultsTree, &QTreeWidget::itemSelectionChanged, this, &PrerequisitesDialog::showFix);
    connect(m_ui.rerunButton, &QPushButton::clicked, this, &PrerequisitesDialog::start);
    connect(m_ui.copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui.fixEdit->toPlainText());
    });
}

PrerequisitesDialog::~PrerequisitesDialog() = default;

void PrerequisitesDialog::start()
{
    m_checker.reset();
    m_results.clear();
    m_ui.resultsTree->clear();
    m_ui.fixEdit->clear();
    if (!m_client) {
        m_ui.summaryLabel->setText(tr("Not connected to a cluster."));
        return;
    }
    m_ui.summaryLabel->setText(tr("Checking %1…").arg(m_client->connection().server.toString()));
    m_ui.rerunButton->setEnabled(false);
    m_checker = std::make_unique<PrerequisiteChecker>(m_client, m_namespace);
    connect(m_checker.get(), &PrerequisiteChecker::finished, this, &PrerequisitesDialog::showResults);
    m_checker->start();
}

void PrerequisitesDialog::showResults(const QList<CheckResult> &results)
{
    m_results = results;
    m_ui.rerunButton->setEnabled(true);
    m_ui.resultsTree->clear();
    int failed = 0;
    int warnings = 0;
    for (const CheckResult &result : results) {
        auto *item = new QTreeWidgetItem(m_ui.resultsTree, {statusText(result.status), result.title, result.message});
        item->setForeground(0, statusColor(result.status));
        item->setToolTip(2, result.message);
        item->setData(0, Qt::UserRole, result.id);
        failed += result.status == CheckResult::Status::Fail;
        warnings += result.status == CheckResult::Status::Warning;
    }
    m_ui.resultsTree->resizeColumnToContents(0);
    m_ui.resultsTree->resizeColumnToContents(1);
    if (failed > 0)
        m_ui.summaryLabel->setText(tr("%n check(s) failed. Select one to see how to fix it.", nullptr, failed));
    else if (warnings > 0)
        m_ui.summaryLabel->setText(tr("The cluster can run the stack, with %n warning(s).", nullptr, warnings));
    else
        m_ui.summaryLabel->setText(tr("The cluster meets every prerequisite."));
    // Show the first problem's fix right away.
    for (int i = 0; i < m_ui.resultsTree->topLevelItemCount(); ++i) {
        if (m_results.at(i).status != CheckResult::Status::Pass) {
            m_ui.resultsTree->topLevelItem(i)->setSelected(true);
            break;
        }
    }
    emit checked();
}

void PrerequisitesDialog::showFix()
{
    const QList<QTreeWidgetItem *> selected = m_ui.resultsTree->selectedItems();
    const int row = selected.isEmpty() ? -1 : m_ui.resultsTree->indexOfTopLevelItem(selected.first());
    const QString fix = row < 0 ? QString() : m_results.value(row).fix;
    m_ui.fixEdit->setPlainText(fix.isEmpty() && row >= 0 ? tr("Nothing to fix.") : fix);
    m_ui.copyButton->setEnabled(!fix.isEmpty());
}

void PrerequisitesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui.retranslateUi(this);
    QDialog::changeEvent(event);
}

} // namespace sd
