#include "gui/connectdialog.h"

#include "gui/addclusterdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace sd {

namespace {
constexpr int AddedRole = Qt::UserRole + 1;
}

ConnectDialog::ConnectDialog(const QString &kubeconfig, AddedClusters *clusters, QWidget *parent)
    : QDialog(parent)
    , m_added(clusters ? clusters : new AddedClusters(SecretStore(), this))
{
    if (clusters)
        clusters->reload(); // another instance may have changed QSettings since
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
    connect(m_ui.contextsTree, &QTreeWidget::itemSelectionChanged, this, &ConnectDialog::selectionChanged);
    connect(m_ui.contextsTree, &QTreeWidget::itemDoubleClicked, this, &ConnectDialog::accept);
    connect(m_ui.addClusterButton, &QPushButton::clicked, this, &ConnectDialog::addCluster);
    connect(m_ui.removeClusterButton, &QPushButton::clicked, this, &ConnectDialog::removeCluster);
    connect(m_ui.sessionTokenEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateOk);
    showKeychainMessage({});
    setSessionTokenVisible(false);
    reload();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::kubeconfigPath() const
{
    return m_ui.kubeconfigEdit->text().trimmed();
}

QString ConnectDialog::contextName() const
{
    const QList<QTreeWidgetItem *> selected = m_ui.contextsTree->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

bool ConnectDialog::isAddedClusterSelected() const
{
    const QList<QTreeWidgetItem *> selected = m_ui.contextsTree->selectedItems();
    return !selected.isEmpty() && selected.first()->data(0, AddedRole).toBool();
}

QString ConnectDialog::namespaceName() const
{
    return m_ui.namespaceEdit->text().trimmed();
}

std::optional<ClusterConnection> ConnectDialog::addedConnection(QString *errorMessage) const
{
    const std::optional<AddedCluster> cluster = m_added->cluster(contextName());
    if (!cluster) {
        *errorMessage = tr("No added cluster is selected.");
        return std::nullopt;
    }
    return AddedClusters::connection(*cluster, m_token, errorMessage);
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
    const QSignalBlocker blocker(m_ui.contextsTree);
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
    for (const AddedCluster &cluster : m_added->clusters()) {
        auto *item = new QTreeWidgetItem(m_ui.contextsTree, {tr("%1 (added)").arg(cluster.name), cluster.server,
                                                             tr("token in keychain"), QStringLiteral("default")});
        item->setData(0, Qt::UserRole, cluster.name);
        item->setData(0, AddedRole, true);
        item->setToolTip(0, tr("Added by URL and token; the token is kept in the system keychain."));
    }
    for (int c = 0; c < m_ui.contextsTree->columnCount(); ++c)
        m_ui.contextsTree->resizeColumnToContents(c);
    selectContext(previous.isEmpty() ? m_config.currentContext() : previous);
    if (m_ui.contextsTree->selectedItems().isEmpty() && m_ui.contextsTree->topLevelItemCount() > 0)
        m_ui.contextsTree->topLevelItem(0)->setSelected(true);

    QStringList problems;
    for (const KubeConfigProblem &problem : m_config.problems())
        problems << problem.text();
    if (m_config.contexts().isEmpty() && m_added->clusters().isEmpty() && problems.isEmpty())
        problems << tr("No contexts found. Choose a kubeconfig file, add a cluster by URL and token, "
                       "or start Stackdeck with --demo.");
    m_ui.problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui.problemsLabel->setVisible(!problems.isEmpty());
    selectionChanged();
}

void ConnectDialog::selectionChanged()
{
    // A different entry: any keychain read for the previous one no longer matters.
    m_readJob.reset();
    m_token.clear();
    m_ui.sessionTokenEdit->clear();
    setSessionTokenVisible(false);
    updateOk();
}

void ConnectDialog::updateOk()
{
    QPushButton *ok = m_ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Connect"));
    bool enabled = !contextName().isEmpty() && !m_readJob;
    if (enabled && m_askingToken)
        enabled = !m_ui.sessionTokenEdit->text().trimmed().isEmpty();
    ok->setEnabled(enabled);
    m_ui.removeClusterButton->setEnabled(isAddedClusterSelected());
}

void ConnectDialog::showKeychainMessage(const QString &text)
{
    m_ui.keychainLabel->setText(text);
    m_ui.keychainLabel->setVisible(!text.isEmpty());
}

void ConnectDialog::setSessionTokenVisible(bool visible)
{
    m_askingToken = visible;
    m_ui.sessionTokenLabel->setVisible(visible);
    m_ui.sessionTokenEdit->setVisible(visible);
}

void ConnectDialog::accept()
{
    if (contextName().isEmpty() || m_readJob)
        return;
    if (!isAddedClusterSelected()) {
        QDialog::accept();
        return;
    }
    const QString name = contextName();
    auto acceptWith = [this](const QString &token) {
        m_token = token;
        QString error;
        if (!addedConnection(&error)) {
            showKeychainMessage(error);
            return;
        }
        QDialog::accept();
    };
    if (m_askingToken) {
        const QString typed = m_ui.sessionTokenEdit->text().trimmed();
        if (typed.isEmpty())
            return;
        m_added->setSessionToken(name, typed);
        acceptWith(typed);
        return;
    }
    if (const QString session = m_added->sessionToken(name); !session.isEmpty()) {
        acceptWith(session);
        return;
    }
    showKeychainMessage(tr("Reading the token of “%1” from the keychain…").arg(name));
    m_readJob.reset(m_added->readToken(name));
    connect(m_readJob.get(), &SecretJob::finished, this, [this, acceptWith](SecretJob *job) {
        const SecretJob::Error error = job->error();
        const QString secret = job->secret();
        const QString message = job->errorString();
        m_readJob.release()->deleteLater(); // this runs inside the job's own signal
        if (error == SecretJob::Error::NoError) {
            showKeychainMessage({});
            acceptWith(secret);
        } else {
            showKeychainMessage(tr("%1\nType the token below to connect for this session only; it is not saved.")
                                    .arg(message));
            setSessionTokenVisible(true);
            m_ui.sessionTokenEdit->setFocus();
        }
        updateOk();
    });
    updateOk();
}

void ConnectDialog::addCluster()
{
    auto *dialog = new AddClusterDialog(m_added, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AddedCluster cluster = dialog->cluster();
        SecretJob *job = m_added->add(cluster, dialog->token(), this);
        showKeychainMessage(tr("Saving the token of “%1” in the keychain…").arg(cluster.name));
        connect(job, &SecretJob::finished, this, [this, name = cluster.name](SecretJob *done) {
            if (done->error() == SecretJob::Error::NoError)
                showKeychainMessage(tr("“%1” was added; its token is in the keychain.").arg(name));
            else
                showKeychainMessage(tr("“%1” was added, but its token could not be saved in the keychain: %2\n"
                                       "The token is kept until Stackdeck quits; after that you will be asked for it again.")
                                        .arg(name, done->errorString()));
            done->deleteLater();
        });
        reload();
        selectContext(cluster.name);
    });
    dialog->open();
}

void ConnectDialog::removeCluster()
{
    if (!isAddedClusterSelected())
        return;
    const QString name = contextName();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Cluster"),
                                tr("Remove “%1” from Stackdeck and delete its token from the keychain?").arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("dialog.removeCluster"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        SecretJob *job = m_added->remove(name, this);
        showKeychainMessage(tr("Deleting the token of “%1” from the keychain…").arg(name));
        connect(job, &SecretJob::finished, this, [this, name](SecretJob *done) {
            if (done->error() == SecretJob::Error::NoError)
                showKeychainMessage(tr("“%1” was removed and its token deleted from the keychain.").arg(name));
            else
                showKeychainMessage(tr("“%1” was removed, but its token could not be deleted from the keychain: %2")
                                        .arg(name, done->errorString()));
            done->deleteLater();
        });
        reload();
    });
    box->open();
}

} // namespace sd
