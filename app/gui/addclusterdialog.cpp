#include "gui/addclusterdialog.h"

#include "kube/kubeclient.h"
#include "kube/kuberequest.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace sd {

AddClusterDialog::AddClusterDialog(const AddedClusters *clusters, QWidget *parent)
    : QDialog(parent)
    , m_clusters(clusters)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.addCluster"));
    for (QLineEdit *edit : {m_ui.nameEdit, m_ui.serverEdit, m_ui.tokenEdit, m_ui.caEdit, m_ui.tlsServerNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddClusterDialog::validate);
    connect(m_ui.insecureCheck, &QCheckBox::toggled, this, &AddClusterDialog::validate);
    connect(m_ui.caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), m_ui.caEdit->text(),
                                                          tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui.caEdit->setText(path);
    });
    connect(m_ui.testButton, &QPushButton::clicked, this, &AddClusterDialog::testConnection);
    validate();
}

AddClusterDialog::~AddClusterDialog()
{
    cancelTest();
}

AddedCluster AddClusterDialog::cluster() const
{
    AddedCluster c;
    c.name = m_ui.nameEdit->text().trimmed();
    c.server = m_ui.serverEdit->text().trimmed();
    c.certificateAuthorityFile = m_ui.caEdit->text().trimmed();
    c.tlsServerName = m_ui.tlsServerNameEdit->text().trimmed();
    c.insecureSkipTlsVerify = m_ui.insecureCheck->isChecked();
    return c;
}

QString AddClusterDialog::token() const
{
    return m_ui.tokenEdit->text().trimmed();
}

void AddClusterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        validate();
    }
    QDialog::changeEvent(event);
}

void AddClusterDialog::validate()
{
    // Any edit makes an earlier test result stale.
    cancelTest();
    m_ui.testResultLabel->clear();
    const QString problem = m_clusters->validate(cluster(), token(), true);
    m_ui.problemLabel->setText(problem);
    m_ui.problemLabel->setVisible(!problem.isEmpty());
    m_ui.insecureWarningLabel->setVisible(m_ui.insecureCheck->isChecked());
    m_ui.testButton->setEnabled(problem.isEmpty());
    QPushButton *ok = m_ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add"));
    ok->setEnabled(problem.isEmpty());
}

void AddClusterDialog::cancelTest()
{
    m_testRequest.reset();
    m_testClient.reset();
}

void AddClusterDialog::testConnection()
{
    cancelTest();
    QString error;
    const std::optional<ClusterConnection> connection = AddedClusters::connection(cluster(), token(), &error);
    if (!connection) {
        m_ui.testResultLabel->setText(error);
        return;
    }
    m_ui.testResultLabel->setText(tr("Connecting…"));
    m_testClient = std::make_unique<KubeClient>(*connection);
    m_testRequest.reset(m_testClient->version());
    connect(m_testRequest.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        if (response.ok()) {
            m_ui.testResultLabel->setText(
                tr("Connected: Kubernetes %1").arg(response.object().value(QLatin1String("gitVersion")).toString()));
        } else {
            m_ui.testResultLabel->setText(response.error.text());
        }
    });
}

} // namespace sd
