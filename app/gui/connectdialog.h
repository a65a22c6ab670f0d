#pragma once

#include "kube/addedclusters.h"
#include "kube/kubeconfig.h"

#include "ui_connectdialog.h"

#include <QDialog>

#include <memory>

namespace sd {

// File → Open Kubeconfig…: pick a kubeconfig file and one of its contexts (and optionally a
// namespace). Loads the file the way kubectl does and shows every problem it finds, naming the
// file and the entry, without ever writing to it.
// Clusters added by URL and token (AddedClusters) are listed with the contexts; "Add Cluster…" and
// "Remove" manage them. Choosing one reads its token from the keychain before the dialog accepts;
// when the keychain fails, the dialog says why in plain words and lets the user type the token for
// this session only.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    // `kubeconfig` empty: kubectl's default ($KUBECONFIG, else ~/.kube/config). `clusters`: the
    // application's added clusters (not owned; it keeps session-only tokens across dialogs); null:
    // the dialog makes its own with the default keychain service.
    explicit ConnectDialog(const QString &kubeconfig, AddedClusters *clusters = nullptr, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    QString kubeconfigPath() const;
    QString contextName() const; // the kubeconfig context, or the added cluster's name
    QString namespaceName() const;
    const KubeConfig &config() const { return m_config; }
    AddedClusters *addedClusters() const { return m_added; }

    bool isAddedClusterSelected() const;
    // After accept() with an added cluster selected: its connection with the token read back (or
    // typed for this session). nullopt with a translated message when it cannot be used.
    std::optional<ClusterConnection> addedConnection(QString *errorMessage) const;

    void selectContext(const QString &name);

public slots:
    void accept() override;
    void addCluster();
    void removeCluster();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateOk();
    void selectionChanged();
    void showKeychainMessage(const QString &text);
    void setSessionTokenVisible(bool visible);

    Ui::ConnectDialog m_ui;
    KubeConfig m_config;
    AddedClusters *m_added; // not owned, or a child when none was given
    std::unique_ptr<SecretJob> m_readJob;
    QString m_token; // the chosen added cluster's token, in memory only
    bool m_askingToken = false; // the keychain failed: the token is typed for this session
};

} // namespace sd
