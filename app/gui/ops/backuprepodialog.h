#pragma once

#include "kube/apiresource.h"
#include "kube/secretstore.h"

#include "ui_backuprepodialog.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace sd {

class KubeClient;
class KubeRequest;

// Backups → Backup Repository…: a KubeBlocks BackupRepo (dataprotection.kubeblocks.io/v1alpha1)
// on S3, MinIO or Alibaba OSS, the storage providers KubeBlocks 1.0 ships. The access keys are
// kept in the OS keychain (one entry per cluster and repository) and reach the cluster only as a
// Secret in kb-system that the BackupRepo references; never QSettings or a file. Both objects are
// written by server-side apply (field manager "stackdeck"); making a repository the default takes
// the default annotation off the others. After applying, the dialog follows the repository until
// it is Ready or Failed.
// GUI thread. `client` is not owned; when it goes away, the dialog stops.
class BackupRepoDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *CredentialNamespace = "kb-system";

    BackupRepoDialog(KubeClient *client, const SecretStore &store = SecretStore(), QWidget *parent = nullptr);
    ~BackupRepoDialog() override;

    QString repoName() const;
    QString provider() const; // storageProviderRef: "s3", "minio" or "oss"
    // The first problem with the form as filled in (translated), empty when it can be applied.
    QString validate() const;

    // Manifests as applied (JSON). The Secret holds the keys: do not log it.
    QJsonObject secretManifest() const;
    QJsonObject repoManifest() const;
    QString secretName() const;
    // The keychain entry of this repository on this cluster.
    QString keychainKey() const;

public slots:
    void apply();
    // Fills the key fields from the keychain when the user has not typed any.
    void loadKeys();

signals:
    // The repository reached phase Ready (true) or Failed (false) after apply().
    void finished(bool ready);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateForm();
    void setBusy(bool busy);
    void fail(const QString &message);
    void applySecret();
    void clearOtherDefaults();
    void applyRepo();
    void poll();
    void retire(std::unique_ptr<KubeRequest> &request);

    Ui::BackupRepoDialog m_ui;
    QPointer<KubeClient> m_client;
    SecretStore m_store;
    ApiResource m_repoType;
    std::unique_ptr<SecretJob> m_keychainJob;
    std::unique_ptr<KubeRequest> m_request;
    std::vector<std::unique_ptr<KubeRequest>> m_patches;
    QString m_keychainNote; // what went wrong with the keychain, shown with the result
    QTimer m_pollTimer;
    int m_polls = 0;
    bool m_busy = false;
};

} // namespace sd
