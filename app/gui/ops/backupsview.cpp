#include "gui/ops/backupsview.h"

#include "kube/kubeclient.h"
#include "ops/opsresources.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
enum Column { Name, Cluster, Method, Status, Size, Created, ColumnCount };
}

BackupsView::BackupsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_restore(new QPushButton(tr("&Restore into a new cluster…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("view.backups"));
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Backup"), tr("Cluster"), tr("Method"), tr("Status"), tr("Size"), tr("Created")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsView::updateButtons);
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
    m_list->clear();
    m_status->setText(client ? QString() : tr("Connect to a cluster to see its backups."));
    if (client)
        refresh();
    updateButtons();
}

QString BackupsView::selectedBackup() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(Name);
}

void BackupsView::updateButtons()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    const bool selected = !items.isEmpty() && m_client;
    m_refresh->setEnabled(bool(m_client));
    m_delete->setEnabled(selected);
    const bool completed = selected && items.first()->data(Status, Qt::UserRole).toString() == QLatin1String("Completed");
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
        const QString selected = selectedBackup();
        m_list->clear();
        if (!r.ok()) {
            m_status->setText(tr("Cannot list the backups: %1").arg(r.error.text()));
            updateButtons();
            emit refreshed();
            return;
        }
        const QLocale locale;
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
            const QJsonObject b = v.toObject();
            const QJsonObject md = b.value(QLatin1String("metadata")).toObject();
            const QJsonObject status = b.value(QLatin1String("status")).toObject();
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(Name, md.value(QLatin1String("name")).toString());
            item->setText(Cluster, md.value(QLatin1String("labels")).toObject().value(QLatin1String("app.kubernetes.io/instance")).toString());
            item->setText(Method, b.value(QLatin1String("spec")).toObject().value(QLatin1String("backupMethod")).toString());
            const QString phase = status.value(QLatin1String("phase")).toString();
            const QString reason = status.value(QLatin1String("failureReason")).toString();
            item->setText(Status, phase);
            item->setData(Status, Qt::UserRole, phase);
            item->setToolTip(Status, reason);
            bool ok = false;
            const qint64 bytes = status.value(QLatin1String("totalSize")).toString().toLongLong(&ok);
            item->setText(Size, ok ? locale.formattedDataSize(bytes) : QString());
            const QDateTime created = QDateTime::fromString(md.value(QLatin1String("creationTimestamp")).toString(), Qt::ISODate);
            item->setText(Created, created.isValid() ? locale.toString(created.toLocalTime(), QLocale::ShortFormat) : QString());
            if (item->text(Name) == selected)
                item->setSelected(true);
        }
        m_status->setText(tr("%n backup(s) in namespace %1.", nullptr, m_list->topLevelItemCount()).arg(m_ns));
        updateButtons();
        emit refreshed();
    });
}

} // namespace sd
