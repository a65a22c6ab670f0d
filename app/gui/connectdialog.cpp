#include "gui/connectdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace sd {

ConnectDialog::ConnectDialog(const QString &kubeconfig, QWidget *parent)
    : QDialog(parent)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.connect"));
    m_ui.kubeconfigEdit->setText(kubeconfig);
    connect(m_ui.kubeconfigEdit, &QLineEdit::editingFinished, this, &ConnectDialog::reload);
    connect(m_ui.browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Kubeconfig"), m_ui.kubeconfigEdit->text());
        if (!path.isEmpty()) {
            m_ui.kubeconfigEdit->setText(path);
            reload();
        }
    });
    connect(m_ui.contextsTree, &QTreeWidget::itemSelectionChanged, this, &ConnectDialog::updateOk);
    connect(m_ui.contextsTree, &QTreeWidget::itemDoubleClicked, this, &QDialog::accept);
    reload();
}

QString ConnectDialog::kubeconfigPath() const
{
    return m_ui.kubeconfigEdit->text().trimmed();
}

QString ConnectDialog::contextName() const
{
    const QList<QTreeWidgetItem *> selected = m_ui.contextsTree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

QString ConnectDialog::namespaceName() const
{
    return m_ui.namespaceEdit->text().trimmed();
}

void ConnectDialog::selectContext(const QString &name)
{
    for (int i = 0; i < m_ui.contextsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui.contextsTree->topLevelItem(i);
        item->setSelected(item->data(0, Qt::UserRole).toString() == name);
    }
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}

void ConnectDialog::reload()
{
    const QString previous = contextName();
    m_config = KubeConfig::load(kubeconfigPath());
    m_ui.contextsTree->clear();
    for (const KubeContext &context : m_config.contexts()) {
        const bool current = context.name == m_config.currentContext();
        auto *item = new QTreeWidgetItem(m_ui.contextsTree,
                                         {current ? tr("%1 (current)").arg(context.name) : context.name,
                                          context.cluster, context.user,
                                          context.defaultNamespace.isEmpty() ? QStringLiteral("default")
                                                                             : context.defaultNamespace});
        item->setData(0, Qt::UserRole, context.name);
        if (current) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
    }
    for (int c = 0; c < m_ui.contextsTree->columnCount(); ++c)
        m_ui.contextsTree->resizeColumnToContents(c);
    selectContext(previous.isEmpty() ? m_config.currentContext() : previous);
    if (m_ui.contextsTree->selectedItems().isEmpty() && m_ui.contextsTree->topLevelItemCount() > 0)
        m_ui.contextsTree->topLevelItem(0)->setSelected(true);

    QStringList problems;
    for (const KubeConfigProblem &problem : m_config.problems())
        problems << problem.text();
    if (m_config.contexts().isEmpty() && problems.isEmpty())
        problems << tr("No contexts found. Choose a kubeconfig file, or start Stackdeck with --demo.");
    m_ui.problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui.problemsLabel->setVisible(!problems.isEmpty());
    updateOk();
}

void ConnectDialog::updateOk()
{
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!contextName().isEmpty());
}

} // namespace sd
