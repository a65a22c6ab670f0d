#pragma once

#include "ops/operation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sd {

class BackupListModel;
class KubeClient;

// The dataprotection Backups of one namespace with status and size (refreshed on demand and after
// each operation), and the operations on the selected one: restore into a new cluster, delete.
// Each opens an OperationDialog. GUI thread only; the client may be replaced or cleared at any time.
class BackupsView final : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsView(QWidget *parent = nullptr);

    void setClient(KubeClient *client, const QString &ns);
    void refresh();
    QTableView *list() const { return m_list; }
    BackupListModel *model() const { return m_model; }
    QString selectedBackup() const;

signals:
    void refreshed();
    void operationRequested(const sd::OperationTarget &target, sd::OperationAction action);

private:
    void updateButtons();

    QPointer<KubeClient> m_client;
    QString m_ns;
    BackupListModel *m_model;     // owned (child)
    QTableView *m_list;           // owned (child)
    QLabel *m_status;             // owned (child)
    QPushButton *m_refresh;       // owned (child)
    QPushButton *m_restore;       // owned (child)
    QPushButton *m_delete;        // owned (child)
    QPointer<QObject> m_request;  // the list request in flight
};

} // namespace sd
