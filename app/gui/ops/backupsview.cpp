#include "gui/ops/backupsview.h"

#include "gui/ops/backuplistmodel.h"
#include "kube/kubeclient.h"
#include "ops/opsresources.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

BackupsView::BackupsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new BackupListModel(this))
    , m_list(new QTableView(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_restore(new QPushButton(tr("&Restore into a new cluster…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("view.backups"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setShowGrid(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Backups"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsView::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BackupsView::updateButtons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        emit operationRequested({OperationTarget::Kind::Backup, m_ns, selectedBackup()}, OperationAction::Restore);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        emit operationRequested({OperationTarget::Kind::Backup, m_ns, selectedBackup()}, OperationAction::DeleteBackup);
    });
    updateButtons();
}

void BackupsView::setClient(KubeClient *client, const QString &ns)
{
    delete m_request;
    m_client = client;
    m_ns = ns;
    m_model->clear();
    m_status->setText(client ? QString() : tr("Connect to a cluster to see its backups."));
    if (client)
        refresh();
    updateButtons();
}

QString BackupsView::selectedBackup() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(BackupListModel::NameRole).toString();
}

void BackupsView::updateButtons()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty() && m_client;
    m_refresh->setEnabled(bool(m_client));
    m_delete->setEnabled(selected);
    const bool completed = selected && rows.first().data(BackupListModel::PhaseRole).toString() == QLatin1String("Completed");
    m_restore->setEnabled(completed);
    m_restore->setToolTip(selected && !completed ? tr("Only a completed backup can be restored.") : QString());
}

void BackupsView::refresh()
{
    if (!m_client)
        return;
    delete m_request;
    KubeRequest *request = m_client->list(OpsResources::backups(), m_ns, {}, this);
    m_request = request;
    m_status->setText(tr("Reading the backups of namespace %1…").arg(m_ns));
    connect(request, &KubeRequest::finished, this, [this, request](const KubeResponse &r) {
        request->deleteLater();
        if (!r.ok()) {
            m_model->clear();
            m_status->setText(tr("Cannot list the backups: %1").arg(r.error.text()));
            updateButtons();
            emit refreshed();
            return;
        }
        // The model keeps rows by name, so the selection survives the refresh.
        m_model->setBackups(BackupListModel::rowsFromList(r.object()));
        m_status->setText(tr("%n backup(s) in namespace %1.", nullptr, m_model->rowCount()).arg(m_ns));
        updateButtons();
        emit refreshed();
    });
}

} // namespace sd
