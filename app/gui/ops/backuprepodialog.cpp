#include "gui/ops/backuprepodialog.h"

#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/kuberequest.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

namespace sd {

namespace {

const QString group = QStringLiteral("dataprotection.kubeblocks.io");
const QString defaultAnnotation = QStringLiteral("dataprotection.kubeblocks.io/is-default-repo");
constexpr int PollIntervalMs = 1000;
constexpr int MaxPolls = 120;

QString phaseOf(const QJsonObject &repo)
{
    return repo.value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString();
}

// The message of the first condition that is not True: why a repository Failed.
QString failureOf(const QJsonObject &repo)
{
    const QJsonArray conditions = repo.value(QLatin1String("status")).toObject().value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &c : conditions) {
        const QJsonObject condition = c.toObject();
        if (condition.value(QLatin1String("status")).toString() != QLatin1String("True"))
            return condition.value(QLatin1String("message")).toString();
    }
    return {};
}

} // namespace

BackupRepoDialog::BackupRepoDialog(KubeClient *client, const SecretStore &store, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_store(store)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.backupRepo"));
    // Provider names are product names: not translated. The data is KubeBlocks' storageProviderRef.
    m_ui.providerCombo->addItem(QStringLiteral("Amazon S3"), QStringLiteral("s3"));
    m_ui.providerCombo->addItem(QStringLiteral("MinIO"), QStringLiteral("minio"));
    m_ui.providerCombo->addItem(QStringLiteral("Alibaba Cloud OSS"), QStringLiteral("oss"));
    for (QLineEdit *edit : {m_ui.nameEdit, m_ui.bucketEdit, m_ui.endpointEdit, m_ui.regionEdit, m_ui.accessKeyEdit,
                            m_ui.secretKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &BackupRepoDialog::updateForm);
    connect(m_ui.providerCombo, &QComboBox::currentIndexChanged, this, &BackupRepoDialog::updateForm);
    connect(m_ui.nameEdit, &QLineEdit::editingFinished, this, &BackupRepoDialog::loadKeys);
    connect(m_ui.buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &BackupRepoDialog::apply);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &BackupRepoDialog::poll);
    m_ui.statusLabel->hide();
    updateForm();
}

BackupRepoDialog::~BackupRepoDialog()
{
    // Requests go before anything they report to.
    m_request.reset();
    m_patches.clear();
}

QString BackupRepoDialog::repoName() const
{
    return m_ui.nameEdit->text().trimmed();
}

QString BackupRepoDialog::provider() const
{
    return m_ui.providerCombo->currentData().toString();
}

QString BackupRepoDialog::secretName() const
{
    return repoName() + QStringLiteral("-credential-for-backuprepo");
}

QString BackupRepoDialog::keychainKey() const
{
    const QString server = m_client ? m_client->connection().server.toString() : QString();
    return QStringLiteral("backuprepo/%1@%2").arg(repoName(), server);
}

QString BackupRepoDialog::validate() const
{
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    static const QRegularExpression bucketName(QStringLiteral("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"));
    if (repoName().isEmpty())
        return tr("Enter a name for the repository.");
    if (!dnsName.match(repoName()).hasMatch())
        return tr("The name must be lowercase letters, digits and “-” (at most 63), starting and ending with a letter or digit.");
    const QString bucket = m_ui.bucketEdit->text().trimmed();
    if (bucket.isEmpty())
        return tr("Enter the bucket.");
    if (!bucketName.match(bucket).hasMatch())
        return tr("A bucket name is 3 to 63 lowercase letters, digits, “.” and “-”.");
    const QString endpoint = m_ui.endpointEdit->text().trimmed();
    if (provider() == QLatin1String("minio") && endpoint.isEmpty())
        return tr("MinIO needs its endpoint, e.g. http://minio.kb-system.svc:9000.");
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return tr("The endpoint must be an http:// or https:// URL.");
    }
    if (provider() != QLatin1String("minio") && m_ui.regionEdit->text().trimmed().isEmpty())
        return tr("Enter the region of the bucket.");
    if (m_ui.accessKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the access key ID.");
    if (m_ui.secretKeyEdit->text().isEmpty())
        return tr("Enter the secret access key.");
    if (!m_client)
        return tr("Not connected to a cluster.");
    return {};
}

QJsonObject BackupRepoDialog::secretManifest() const
{
    // data (base64) rather than stringData: server-side apply then owns exactly these fields.
    const QJsonObject data{
        {QStringLiteral("accessKeyId"), QString::fromLatin1(m_ui.accessKeyEdit->text().trimmed().toUtf8().toBase64())},
        {QStringLiteral("secretAccessKey"), QString::fromLatin1(m_ui.secretKeyEdit->text().toUtf8().toBase64())}};
    return QJsonObject{
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("kind"), QStringLiteral("Secret")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), secretName()},
                     {QStringLiteral("namespace"), QLatin1String(CredentialNamespace)},
                     {QStringLiteral("labels"),
                      QJsonObject{{QStringLiteral("app.kubernetes.io/managed-by"), QStringLiteral("stackdeck")}}}}},
        {QStringLiteral("type"), QStringLiteral("Opaque")},
        {QStringLiteral("data"), data}};
}

QJsonObject BackupRepoDialog::repoManifest() const
{
    QJsonObject config{{QStringLiteral("bucket"), m_ui.bucketEdit->text().trimmed()},
                       {QStringLiteral("endpoint"), m_ui.endpointEdit->text().trimmed()}};
    if (!m_ui.regionEdit->text().trimmed().isEmpty())
        config.insert(QStringLiteral("region"), m_ui.regionEdit->text().trimmed());
    return QJsonObject{
        {QStringLiteral("apiVersion"), group + QStringLiteral("/v1alpha1")},
        {QStringLiteral("kind"), QStringLiteral("BackupRepo")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), repoName()},
                     {QStringLiteral("annotations"),
                      QJsonObject{{defaultAnnotation, m_ui.defaultCheck->isChecked() ? QStringLiteral("true")
                                                                                     : QStringLiteral("false")}}}}},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("storageProviderRef"), provider()},
                     // Tool: backup tools stream to the bucket; Mount would need a CSI driver.
                     {QStringLiteral("accessMethod"), QStringLiteral("Tool")},
                     {QStringLiteral("pvReclaimPolicy"), QStringLiteral("Retain")},
                     {QStringLiteral("volumeCapacity"), QStringLiteral("100Gi")},
                     {QStringLiteral("config"), config},
                     {QStringLiteral("credential"),
                      QJsonObject{{QStringLiteral("name"), secretName()},
                                  {QStringLiteral("namespace"), QLatin1String(CredentialNamespace)}}}}}};
}

void BackupRepoDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        updateForm();
    }
    QDialog::changeEvent(event);
}

void BackupRepoDialog::updateForm()
{
    const bool minio = provider() == QLatin1String("minio");
    m_ui.endpointEdit->setPlaceholderText(minio ? tr("required, e.g. http://minio.kb-system.svc:9000")
                                                : tr("optional: the provider's own"));
    m_ui.regionEdit->setPlaceholderText(minio ? tr("optional")
                                              : provider() == QLatin1String("oss") ? QStringLiteral("cn-hangzhou")
                                                                                   : QStringLiteral("us-east-1"));
    const QString problem = validate();
    m_ui.problemLabel->setText(problem);
    m_ui.problemLabel->setVisible(!problem.isEmpty());
    m_ui.buttonBox->button(QDialogButtonBox::Apply)->setEnabled(problem.isEmpty() && !m_busy);
}

void BackupRepoDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_ui.nameEdit), static_cast<QWidget *>(m_ui.providerCombo),
                       static_cast<QWidget *>(m_ui.bucketEdit), static_cast<QWidget *>(m_ui.endpointEdit),
                       static_cast<QWidget *>(m_ui.regionEdit), static_cast<QWidget *>(m_ui.accessKeyEdit),
                       static_cast<QWidget *>(m_ui.secretKeyEdit), static_cast<QWidget *>(m_ui.defaultCheck)})
        w->setEnabled(!busy);
    updateForm();
}

void BackupRepoDialog::fail(const QString &message)
{
    m_pollTimer.stop();
    m_ui.statusLabel->setText(m_keychainNote.isEmpty() ? message : message + QLatin1Char('\n') + m_keychainNote);
    m_ui.statusLabel->show();
    setBusy(false);
    emit finished(false);
}

void BackupRepoDialog::retire(std::unique_ptr<KubeRequest> &request)
{
    // Handlers run inside the request's own finished(): delete it once that has returned.
    if (request)
        request.release()->deleteLater();
}

void BackupRepoDialog::loadKeys()
{
    if (m_busy || repoName().isEmpty() || !m_ui.accessKeyEdit->text().isEmpty() || !m_ui.secretKeyEdit->text().isEmpty())
        return;
    m_keychainJob.reset(m_store.read(keychainKey()));
    connect(m_keychainJob.get(), &SecretJob::finished, this, [this](SecretJob *job) {
        const QJsonObject keys = QJsonDocument::fromJson(job->secret().toUtf8()).object();
        if (job->error() == SecretJob::Error::NoError && m_ui.accessKeyEdit->text().isEmpty()
            && m_ui.secretKeyEdit->text().isEmpty()) {
            m_ui.accessKeyEdit->setText(keys.value(QLatin1String("accessKeyId")).toString());
            m_ui.secretKeyEdit->setText(keys.value(QLatin1String("secretAccessKey")).toString());
            m_ui.statusLabel->setText(tr("The access keys of “%1” were filled in from the keychain.").arg(repoName()));
            m_ui.statusLabel->show();
        }
        m_keychainJob.release()->deleteLater();
    });
}

void BackupRepoDialog::apply()
{
    if (m_busy || !validate().isEmpty())
        return;
    setBusy(true);
    m_keychainNote.clear();
    m_polls = 0;
    m_ui.statusLabel->setText(tr("Saving the access keys in the keychain…"));
    m_ui.statusLabel->show();
    const QJsonObject keys{{QStringLiteral("accessKeyId"), m_ui.accessKeyEdit->text().trimmed()},
                           {QStringLiteral("secretAccessKey"), m_ui.secretKeyEdit->text()}};
    m_keychainJob.reset(m_store.write(keychainKey(), QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))));
    connect(m_keychainJob.get(), &SecretJob::finished, this, [this](SecretJob *job) {
        // A keychain failure does not stop the repository: the keys go to the cluster either way,
        // the user just has to type them again next time.
        if (job->error() != SecretJob::Error::NoError)
            m_keychainNote = tr("The access keys could not be saved in the keychain, so you will have to type "
                                "them again next time: %1").arg(job->errorString());
        m_keychainJob.release()->deleteLater();
        if (!m_client) {
            fail(tr("Not connected to a cluster."));
            return;
        }
        m_ui.statusLabel->setText(tr("Looking up BackupRepo on the cluster…"));
        m_client->discovery()->ensure(this, [this](const KubeError &error) {
            if (!m_client)
                return fail(tr("Not connected to a cluster."));
            const std::optional<ApiResource> type = m_client->discovery()->find(QStringLiteral("backuprepos"), group);
            if (!type) {
                fail(error.isError() ? error.text()
                                     : tr("This cluster does not serve BackupRepo (%1/v1alpha1): is KubeBlocks installed?")
                                           .arg(group));
                return;
            }
            m_repoType = *type;
            applySecret();
        });
    });
}

void BackupRepoDialog::applySecret()
{
    m_ui.statusLabel->setText(tr("Applying the credential Secret %1/%2…").arg(QLatin1String(CredentialNamespace), secretName()));
    m_request.reset(m_client->apply(ApiResource::core(QStringLiteral("secrets"), QStringLiteral("Secret")),
                                    QLatin1String(CredentialNamespace), secretName(),
                                    QJsonDocument(secretManifest()).toJson(QJsonDocument::Compact)));
    connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        retire(m_request);
        if (!response.ok())
            return fail(response.error.text());
        if (m_ui.defaultCheck->isChecked())
            clearOtherDefaults();
        else
            applyRepo();
    });
}

void BackupRepoDialog::clearOtherDefaults()
{
    // KubeBlocks refuses to pick when several repositories claim to be the default.
    m_request.reset(m_client->list(m_repoType, {}));
    connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        retire(m_request);
        if (!response.ok())
            return fail(response.error.text());
        m_patches.clear();
        const QJsonObject unset{{QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("annotations"),
                                              QJsonObject{{defaultAnnotation, QStringLiteral("false")}}}}}};
        for (const QJsonValue &item : response.object().value(QLatin1String("items")).toArray()) {
            const QJsonObject metadata = item.toObject().value(QLatin1String("metadata")).toObject();
            const QString name = metadata.value(QLatin1String("name")).toString();
            if (name == repoName()
                || metadata.value(QLatin1String("annotations")).toObject().value(defaultAnnotation).toString()
                       != QLatin1String("true"))
                continue;
            m_patches.emplace_back(m_client->mergePatch(m_repoType, {}, name, unset));
        }
        if (m_patches.empty())
            return applyRepo();
        auto pending = std::make_shared<int>(int(m_patches.size()));
        auto failed = std::make_shared<QString>();
        for (const auto &patch : m_patches) {
            connect(patch.get(), &KubeRequest::finished, this, [this, pending, failed](const KubeResponse &r) {
                if (!r.ok() && failed->isEmpty())
                    *failed = r.error.text();
                if (--*pending > 0)
                    return;
                for (auto &p : m_patches)
                    p.release()->deleteLater();
                m_patches.clear();
                if (!failed->isEmpty())
                    return fail(*failed);
                applyRepo();
            });
        }
    });
}

void BackupRepoDialog::applyRepo()
{
    m_ui.statusLabel->setText(tr("Applying BackupRepo %1…").arg(repoName()));
    m_request.reset(m_client->apply(m_repoType, {}, repoName(), QJsonDocument(repoManifest()).toJson(QJsonDocument::Compact)));
    connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        retire(m_request);
        if (!response.ok())
            return fail(response.error.text());
        m_ui.statusLabel->setText(tr("BackupRepo %1 applied; waiting for it to become Ready…").arg(repoName()));
        m_pollTimer.start();
    });
}

void BackupRepoDialog::poll()
{
    if (!m_client)
        return fail(tr("Not connected to a cluster."));
    m_request.reset(m_client->get(m_repoType, {}, repoName()));
    connect(m_request.get(), &KubeRequest::finished, this, [this](const KubeResponse &response) {
        retire(m_request);
        if (!response.ok())
            return fail(response.error.text());
        const QString phase = phaseOf(response.object());
        if (phase == QLatin1String("Ready")) {
            QString text = tr("BackupRepo %1 is Ready.").arg(repoName());
            if (!m_keychainNote.isEmpty())
                text += QLatin1Char('\n') + m_keychainNote;
            m_ui.statusLabel->setText(text);
            setBusy(false);
            emit finished(true);
            return;
        }
        if (phase == QLatin1String("Failed")) {
            const QString why = failureOf(response.object());
            return fail(tr("BackupRepo %1 failed: %2").arg(repoName(), why.isEmpty() ? tr("no reason given") : why));
        }
        if (++m_polls >= MaxPolls)
            return fail(tr("BackupRepo %1 did not become Ready within %n second(s).", nullptr,
                           MaxPolls * PollIntervalMs / 1000).arg(repoName()));
        m_pollTimer.start();
    });
}

} // namespace sd
