#pragma once

#include "ops/operation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sd {

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
    QTreeWidget *list() const { return m_list; }
    QString selectedBackup() const;

signals:
    void refreshed();
    void operationRequested(const sd::OperationTarget &target, sd::OperationAction action);

private:
    void updateButtons();

    QPointer<KubeClient> m_client;
    QString m_ns;
    QTreeWidget *m_list;          // owned (child)
    QLabel *m_status;             // owned (child)
    QPushButton *m_refresh;       // owned (child)
    QPushButton *m_restore;       // owned (child)
    QPushButton *m_delete;        // owned (child)
    QPointer<QObject> m_request;  // the list request in flight
};

} // namespace sd
