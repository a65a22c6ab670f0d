#pragma once

#include "kube/addedclusters.h"

#include "ui_addclusterdialog.h"

#include <QDialog>

#include <memory>

namespace sd {

class KubeClient;
class KubeRequest;

// Cluster → Add Cluster…: a cluster by API server URL and bearer token (optional CA file and
// tls-server-name), checked as the user types; "Test Connection" asks the server for its version
// with exactly these settings. The dialog only collects the entry: saving it (token to the
// keychain) is AddedClusters::add(), done by whoever opened the dialog.
class AddClusterDialog final : public QDialog
{
    Q_OBJECT
public:
    // `clusters` (not owned, must outlive the dialog) is used to refuse names already taken.
    explicit AddClusterDialog(const AddedClusters *clusters, QWidget *parent = nullptr);
    ~AddClusterDialog() override;

    AddedCluster cluster() const;
    QString token() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void testConnection();
    void cancelTest();

    Ui::AddClusterDialog m_ui;
    const AddedClusters *m_clusters;
    std::unique_ptr<KubeRequest> m_testRequest; // before m_testClient: requests go first
    std::unique_ptr<KubeClient> m_testClient;
};

} // namespace sd
