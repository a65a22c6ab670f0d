#pragma once

#include "kube/prerequisitechecker.h"

#include "ui_prerequisitesdialog.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace sd {

class KubeClient;

// Cluster → Check Prerequisites…: runs PrerequisiteChecker against the connected cluster and
// shows each check with its result and, for anything that did not pass, the command that fixes it.
class PrerequisitesDialog final : public QDialog
{
    Q_OBJECT
public:
    // `client` is not owned; when it goes away the dialog stops waiting for it.
    PrerequisitesDialog(KubeClient *client, const QString &ns, QWidget *parent = nullptr);
    ~PrerequisitesDialog() override;

    void start();
    const QList<CheckResult> &results() const { return m_results; }

signals:
    void checked(); // results are in

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResults(const QList<CheckResult> &results);
    void showFix();

    Ui::PrerequisitesDialog m_ui;
    QPointer<KubeClient> m_client;
    QString m_namespace;
    std::unique_ptr<PrerequisiteChecker> m_checker;
    QList<CheckResult> m_results;
};

} // namespace sd
