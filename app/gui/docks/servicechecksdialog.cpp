#include "gui/docks/servicechecksdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {

namespace {
enum Column { Name, Service, Port, Path, Kind, ColumnCount };

QString settingsKey(const QString &ns, const char *what)
{
    // Namespaces are DNS labels: safe as a settings group name.
    return QStringLiteral("health/%1/%2").arg(ns, QLatin1String(what));
}
} // namespace

ServiceChecksDialog::ServiceChecksDialog(const QList<ServiceCheck> &checks, bool defaultsEnabled, QWidget *parent)
    : QDialog(parent)
    , m_defaults(new QCheckBox(tr("Check the OpenIM components automatically (metrics over HTTP, else TCP)"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Service Checks"));
    m_defaults->setChecked(defaultsEnabled);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Service"), tr("Port"), tr("Path"), tr("Check")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    for (const ServiceCheck &c : checks)
        addRow(c);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        ServiceCheck c;
        c.path = QStringLiteral("/");
        addRow(c);
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_defaults);
    auto *hint = new QLabel(tr("Your own checks go through the API server's services proxy. HTTP passes on a 2xx or "
                               "3xx answer; TCP passes when the port accepts a connection."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ServiceChecksDialog::addRow(const ServiceCheck &check)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(check.name));
    m_table->setItem(row, Service, new QTableWidgetItem(check.service));
    m_table->setItem(row, Port, new QTableWidgetItem(check.port));
    m_table->setItem(row, Path, new QTableWidgetItem(check.path));
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("HTTP"), int(ServiceCheck::Kind::Http));
    kind->addItem(tr("TCP"), int(ServiceCheck::Kind::Tcp));
    kind->setCurrentIndex(check.kind == ServiceCheck::Kind::Tcp ? 1 : 0);
    m_table->setCellWidget(row, Kind, kind);
}

QList<ServiceCheck> ServiceChecksDialog::checks() const
{
    QList<ServiceCheck> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        ServiceCheck c;
        c.service = text(Service);
        c.port = text(Port);
        if (c.service.isEmpty() || c.port.isEmpty())
            continue;
        c.name = text(Name).isEmpty() ? tr("%1:%2").arg(c.service, c.port) : text(Name);
        c.path = text(Path).isEmpty() ? QStringLiteral("/") : text(Path);
        const auto *kind = qobject_cast<const QComboBox *>(m_table->cellWidget(row, Kind));
        c.kind = kind && kind->currentData().toInt() == int(ServiceCheck::Kind::Tcp) ? ServiceCheck::Kind::Tcp
                                                                                    : ServiceCheck::Kind::Http;
        out.append(c);
    }
    return out;
}

bool ServiceChecksDialog::defaultsEnabled() const
{
    return m_defaults->isChecked();
}

QList<ServiceCheck> ServiceChecksDialog::load(const QString &ns, bool *defaultsEnabled)
{
    QSettings settings;
    *defaultsEnabled = settings.value(settingsKey(ns, "automaticChecks"), true).toBool();
    QList<ServiceCheck> out;
    const QJsonArray array = QJsonDocument::fromJson(settings.value(settingsKey(ns, "checks")).toByteArray()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ServiceCheck c;
        c.name = o.value(QLatin1String("name")).toString();
        c.service = o.value(QLatin1String("service")).toString();
        c.port = o.value(QLatin1String("port")).toString();
        c.path = o.value(QLatin1String("path")).toString();
        c.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("tcp") ? ServiceCheck::Kind::Tcp
                                                                                 : ServiceCheck::Kind::Http;
        if (!c.service.isEmpty() && !c.port.isEmpty())
            out.append(c);
    }
    return out;
}

void ServiceChecksDialog::save(const QString &ns, const QList<ServiceCheck> &checks, bool defaultsEnabled)
{
    QJsonArray array;
    for (const ServiceCheck &c : checks) {
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("service"), c.service},
                                 {QStringLiteral("port"), c.port},
                                 {QStringLiteral("path"), c.path},
                                 {QStringLiteral("kind"), c.kind == ServiceCheck::Kind::Tcp ? QStringLiteral("tcp")
                                                                                            : QStringLiteral("http")}});
    }
    QSettings settings;
    settings.setValue(settingsKey(ns, "checks"), QJsonDocument(array).toJson(QJsonDocument::Compact));
    settings.setValue(settingsKey(ns, "automaticChecks"), defaultsEnabled);
}

} // namespace sd
