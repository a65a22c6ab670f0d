#include "gui/chaosdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd {

ChaosDialog::ChaosDialog(const Targets &targets, Executor executor, QWidget *parent)
    : QDialog(parent), m_targets(targets), m_executor(std::move(executor))
{
    setWindowTitle(tr("Chaos"));
    m_actions = {
        {"killPod", tr("Kill a pod"), Kind::Pod, false},
        {"crashLoop", tr("Crash-loop a container"), Kind::Container, false},
        {"crashLoop", tr("Stop a container's crash loop"), Kind::Container, true},
        {"failPrimary", tr("Fail a datastore's primary"), Kind::Cluster, false},
        {"failCluster", tr("Make a datastore Cluster fail"), Kind::Cluster, false},
        {"recoverCluster", tr("Recover a failed datastore Cluster"), Kind::Cluster, false},
        {"fillVolume", tr("Fill a datastore's volume"), Kind::Cluster, false},
        {"clearVolume", tr("Free a datastore's volume"), Kind::Cluster, false},
        {"cordon", tr("Cordon a node"), Kind::Node, false},
        {"cordon", tr("Uncordon a node"), Kind::Node, true},
    };
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("chaos.action"));
    for (const Action &a : std::as_const(m_actions))
        m_action->addItem(a.title);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("chaos.target"));
    m_detail = new QComboBox(this);
    m_detail->setObjectName(QStringLiteral("chaos.detail"));
    m_detailLabel = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("chaos.result"));
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Fault:"), m_action);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(m_detailLabel, m_detail);
    m_detailLabel->setBuddy(m_detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    applyButton->setObjectName(QStringLiteral("chaos.apply"));
    connect(applyButton, &QPushButton::clicked, this, &ChaosDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_action, &QComboBox::currentIndexChanged, this, &ChaosDialog::actionChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ChaosDialog::targetChanged);
    actionChanged();
}

void ChaosDialog::actionChanged()
{
    const Action &a = m_actions.at(std::max(0, m_action->currentIndex()));
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    switch (a.kind) {
    case Kind::Pod:
    case Kind::Container: m_target->addItems(m_targets.pods.keys()); break;
    case Kind::Cluster: m_target->addItems(m_targets.clusters.keys()); break;
    case Kind::Node: m_target->addItems(m_targets.nodes); break;
    }
    targetChanged();
}

void ChaosDialog::targetChanged()
{
    const Action &a = m_actions.at(std::max(0, m_action->currentIndex()));
    m_detail->clear();
    const bool container = a.kind == Kind::Container;
    const bool component = a.kind == Kind::Cluster && QLatin1String(a.id) == QLatin1String("failPrimary");
    if (container)
        m_detail->addItems(m_targets.pods.value(m_target->currentText()));
    if (component) {
        m_detail->addItem(tr("(any with a primary)"));
        m_detail->addItems(m_targets.clusters.value(m_target->currentText()));
    }
    m_detailLabel->setText(container ? tr("&Container:") : tr("&Component:"));
    m_detail->setVisible(container || component);
    m_detailLabel->setVisible(container || component);
}

nlohmann::json ChaosDialog::request() const
{
    const Action &a = m_actions.at(std::max(0, m_action->currentIndex()));
    const QString target = m_target->currentText();
    nlohmann::json r = {{"action", a.id}};
    if (a.undo)
        r["undo"] = true;
    const std::string ns = target.section(QLatin1Char('/'), 0, 0).toStdString();
    const std::string name = target.section(QLatin1Char('/'), 1).toStdString();
    switch (a.kind) {
    case Kind::Pod: r.update({{"namespace", ns}, {"pod", name}}); break;
    case Kind::Container: r.update({{"namespace", ns}, {"pod", name}, {"container", m_detail->currentText().toStdString()}}); break;
    case Kind::Cluster:
        r.update({{"namespace", ns}, {"cluster", name}});
        if (QLatin1String(a.id) == QLatin1String("failPrimary") && m_detail->currentIndex() > 0)
            r["component"] = m_detail->currentText().toStdString();
        break;
    case Kind::Node: r["node"] = target.toStdString(); break;
    }
    return r;
}

void ChaosDialog::apply()
{
    if (m_target->currentText().isEmpty()) {
        m_result->setText(tr("Nothing to apply this fault to."));
        return;
    }
    QString error;
    if (m_executor(request(), &error))
        m_result->setText(tr("Done: %1 on %2.").arg(m_action->currentText(), m_target->currentText()));
    else
        m_result->setText(tr("Refused: %1").arg(error));
}

} // namespace sd
