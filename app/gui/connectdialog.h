#pragma once

#include "kube/kubeconfig.h"

#include "ui_connectdialog.h"

#include <QDialog>

namespace sd {

// File → Open Kubeconfig…: pick a kubeconfig file and one of its contexts (and optionally a
// namespace). Loads the file the way kubectl does and shows every problem it finds, naming the
// file and the entry, without ever writing to it.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    // `kubeconfig` empty: kubectl's default ($KUBECONFIG, else ~/.kube/config).
    explicit ConnectDialog(const QString &kubeconfig, QWidget *parent = nullptr);

    QString kubeconfigPath() const;
    QString contextName() const;
    QString namespaceName() const;
    const KubeConfig &config() const { return m_config; }

    void selectContext(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void updateOk();

    Ui::ConnectDialog m_ui;
    KubeConfig m_config;
};

} // namespace sd
