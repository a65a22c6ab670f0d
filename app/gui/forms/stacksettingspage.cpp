#include "gui/forms/stacksettingspage.h"

#include "gui/forms/discardprompt.h"
#include "stack/stackvalidator.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSet>
#include <QUrl>

namespace sd {

namespace {
// Secret data keys: alphanumerics, '-', '_' and '.'.
bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[-._a-zA-Z0-9]+$"));
    return key.size() <= 253 && re.match(key).hasMatch();
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

StackSettingsPage::StackSettingsPage(const Stack &stack, QWidget *parent)
    : QDialog(parent)
    , m_stack(stack)
    , m_initial(stack.openim)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("form.stackSettings"));
    for (const QString &provider : OpenImSettings::pushProviders())
        m_ui.pushCombo->addItem(provider == QLatin1String("none") ? tr("None") : provider, provider);

    connect(m_ui.generateRadio, &QRadioButton::toggled, this, &StackSettingsPage::refresh);
    connect(m_ui.secretNameEdit, &QLineEdit::textChanged, this, &StackSettingsPage::refresh);
    connect(m_ui.secretKeyEdit, &QLineEdit::textChanged, this, &StackSettingsPage::refresh);
    connect(m_ui.minioEdit, &QLineEdit::textChanged, this, &StackSettingsPage::refresh);
    connect(m_ui.adminTable, &QTableWidget::itemChanged, this, &StackSettingsPage::refresh);
    connect(m_ui.pushTable, &QTableWidget::itemChanged, this, &StackSettingsPage::refresh);
    connect(m_ui.pushCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        fillPushTable(m_ui.pushCombo->currentData().toString(), settings().push.credentials);
        refresh();
    });
    connect(m_ui.addAdminButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui.adminTable->rowCount();
        m_ui.adminTable->insertRow(row);
        m_ui.adminTable->setItem(row, 0, new QTableWidgetItem());
        m_ui.adminTable->setItem(row, 1, new QTableWidgetItem());
        m_ui.adminTable->setCurrentCell(row, 0);
        m_ui.adminTable->editItem(m_ui.adminTable->item(row, 0));
        refresh();
    });
    connect(m_ui.removeAdminButton, &QPushButton::clicked, this, [this] {
        if (m_ui.adminTable->currentRow() >= 0)
            m_ui.adminTable->removeRow(m_ui.adminTable->currentRow());
        refresh();
    });
    connect(m_ui.buttonBox, &QDialogButtonBox::accepted, this, &StackSettingsPage::accept);
    connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &StackSettingsPage::reject);
    setFields(stack.openim);
}

void StackSettingsPage::setFields(const OpenImSettings &s)
{
    {
        QScopedValueRollback guard(m_updating, true);
        const bool reference = s.secret.kind == SecretSource::Kind::Reference;
        m_ui.referenceRadio->setChecked(reference);
        m_ui.generateRadio->setChecked(!reference);
        m_ui.secretNameEdit->setText(s.secret.ref.name);
        m_ui.secretKeyEdit->setText(s.secret.ref.key);
        m_ui.adminTable->setRowCount(0);
        for (const AdminUser &u : s.adminUsers) {
            const int row = m_ui.adminTable->rowCount();
            m_ui.adminTable->insertRow(row);
            m_ui.adminTable->setItem(row, 0, new QTableWidgetItem(u.userID));
            m_ui.adminTable->setItem(row, 1, new QTableWidgetItem(u.nickname));
        }
        m_ui.minioEdit->setText(s.minioExternalAddress);
        m_ui.pushCombo->setCurrentIndex(std::max(0, m_ui.pushCombo->findData(s.push.provider)));
        fillPushTable(s.push.provider, s.push.credentials);
    }
    refresh();
}

void StackSettingsPage::fillPushTable(const QString &provider,
                                      const QList<QPair<QString, SecretKeyRef>> &credentials)
{
    QScopedValueRollback guard(m_updating, true);
    m_ui.pushTable->setRowCount(0);
    const QStringList names = OpenImSettings::pushCredentialNames(provider);
    m_ui.pushTable->setEnabled(!names.isEmpty());
    for (const QString &name : names) {
        SecretKeyRef ref;
        for (const auto &[credential, r] : credentials) {
            if (credential == name)
                ref = r;
        }
        const int row = m_ui.pushTable->rowCount();
        m_ui.pushTable->insertRow(row);
        auto *label = new QTableWidgetItem(name);
        label->setFlags(label->flags() & ~Qt::ItemIsEditable);
        m_ui.pushTable->setItem(row, 0, label);
        m_ui.pushTable->setItem(row, 1, new QTableWidgetItem(ref.name));
        m_ui.pushTable->setItem(row, 2, new QTableWidgetItem(ref.key));
    }
}

OpenImSettings StackSettingsPage::settings() const
{
    OpenImSettings s = m_stack.openim; // log settings and anything not on this page stay
    s.secret.kind = m_ui.referenceRadio->isChecked() ? SecretSource::Kind::Reference
                                                     : SecretSource::Kind::Generate;
    s.secret.ref = s.secret.kind == SecretSource::Kind::Reference
                       ? SecretKeyRef{m_ui.secretNameEdit->text().trimmed(),
                                      m_ui.secretKeyEdit->text().trimmed()}
                       : SecretKeyRef{};
    s.adminUsers.clear();
    for (int row = 0; row < m_ui.adminTable->rowCount(); ++row)
        s.adminUsers.append({cell(m_ui.adminTable, row, 0), cell(m_ui.adminTable, row, 1)});
    s.minioExternalAddress = m_ui.minioEdit->text().trimmed();
    s.push.provider = m_ui.pushCombo->currentData().toString();
    s.push.credentials.clear();
    for (int row = 0; row < m_ui.pushTable->rowCount(); ++row)
        s.push.credentials.append(
            {cell(m_ui.pushTable, row, 0),
             SecretKeyRef{cell(m_ui.pushTable, row, 1), cell(m_ui.pushTable, row, 2)}});
    return s;
}

Stack StackSettingsPage::resultStack() const
{
    Stack s = m_stack;
    s.openim = settings();
    return s;
}

std::unique_ptr<QUndoCommand> StackSettingsPage::createCommand(ChangeStackCommand::Apply apply) const
{
    return std::make_unique<ChangeStackCommand>(std::move(apply), m_stack, resultStack(),
                                                tr("Edit stack settings"));
}

void StackSettingsPage::refresh()
{
    if (m_updating)
        return;
    m_errors.clear();
    const OpenImSettings s = settings();
    const bool reference = s.secret.kind == SecretSource::Kind::Reference;
    m_ui.secretNameEdit->setEnabled(reference);
    m_ui.secretKeyEdit->setEnabled(reference);
    if (reference && !StackValidator::isDnsSubdomain(s.secret.ref.name))
        m_errors.insert(QStringLiteral("secret"), tr("Enter the name of a Secret (lowercase letters, digits, '-' and '.')."));
    else if (reference && !isSecretKey(s.secret.ref.key))
        m_errors.insert(QStringLiteral("secret"), tr("Enter the key in the Secret (letters, digits, '-', '_' and '.')."));

    QSet<QString> ids;
    if (s.adminUsers.isEmpty())
        m_errors.insert(QStringLiteral("admins"), tr("Add at least one administrator."));
    for (const AdminUser &u : s.adminUsers) {
        if (u.userID.isEmpty())
            m_errors.insert(QStringLiteral("admins"), tr("Every administrator needs a user ID."));
        else if (ids.contains(u.userID))
            m_errors.insert(QStringLiteral("admins"), tr("The user ID %1 is listed twice.").arg(u.userID));
        ids.insert(u.userID);
    }

    if (!s.minioExternalAddress.isEmpty()) {
        const QUrl url(s.minioExternalAddress, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            m_errors.insert(QStringLiteral("minio"), tr("Enter an http:// or https:// address, such as https://files.example.com."));
    }

    for (const auto &[name, ref] : s.push.credentials) {
        if (!StackValidator::isDnsSubdomain(ref.name) || !isSecretKey(ref.key)) {
            m_errors.insert(QStringLiteral("push"), tr("Name the Secret and key that hold the %1 credential.").arg(name));
            break;
        }
    }

    QStringList lines;
    for (const char *field : {"secret", "admins", "minio", "push"}) {
        if (m_errors.contains(QLatin1String(field)))
            lines << m_errors.value(QLatin1String(field));
    }
    m_ui.problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void StackSettingsPage::accept()
{
    if (canAccept())
        QDialog::accept();
}

void StackSettingsPage::reject()
{
    rejectOrConfirm(this, settings() != m_initial, [this] { QDialog::reject(); });
}

void StackSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        m_ui.pushCombo->setItemText(0, tr("None"));
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace sd
