#include "gui/ops/operationdialog.h"

#include "ops/factsloader.h"
#include "ops/operationplanner.h"
#include "ops/operationrules.h"

#include <QFontDatabase>
#include <QPushButton>

namespace sd {

OperationDialog::OperationDialog(KubeClient *client, const OperationTarget &target, OperationAction action, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_target(target)
    , m_action(action)
    , m_loader(new FactsLoader(client, this))
    , m_planner(new OperationPlanner(client, this))
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("dialog.operation"));
    QString title = Operation::title(action);
    title.remove(QStringLiteral("…"));
    setWindowTitle(tr("%1: %2").arg(title, target.name));
    m_ui.titleLabel->setText(tr("%1 on %2").arg(title, target.display()));
    m_ui.planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui.pages->setCurrentWidget(m_ui.inputPage);
    m_runButton = m_ui.buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setEnabled(false);
    m_cancelButton = m_ui.buttons->addButton(tr("Cancel &operation"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelOperationButton"));
    m_cancelButton->setVisible(false);
    m_cancelButton->setToolTip(tr("KubeBlocks can cancel horizontal and vertical scaling only; the cluster goes back to how it was."));
    // Run must not close the dialog: the progress shows in it.
    disconnect(m_ui.buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_runButton, &QPushButton::clicked, this, &OperationDialog::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_cancelButton->setEnabled(false);
    });
    connect(m_ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_facts)
            m_planner->start(request(), *m_facts);
    });
    connect(m_planner, &OperationPlanner::finished, this, &OperationDialog::showPlan);
    connect(m_loader, &FactsLoader::finished, this, &OperationDialog::setFacts);

    const auto changed = [this] { schedulePlan(); };
    for (QLineEdit *e : {m_ui.cpuField, m_ui.memoryField, m_ui.storageField, m_ui.restoreNameField, m_ui.restoreNamespaceField, m_ui.tagField})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QComboBox *c : {m_ui.componentField, m_ui.versionField, m_ui.candidateField, m_ui.methodField, m_ui.revisionField})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_ui.componentField, &QComboBox::currentTextChanged, this, [this](const QString &component) {
        if (m_facts && m_target.kind == OperationTarget::Kind::Cluster)
            showComponentChoices(*m_facts, component);
    });
    connect(m_ui.replicasField, &QSpinBox::valueChanged, this, changed);

    // Only the inputs this action takes.
    using A = OperationAction;
    const bool deployment = target.kind == OperationTarget::Kind::Deployment;
    setRowVisible(m_ui.componentField, (target.kind == OperationTarget::Kind::Cluster && action != A::Stop && action != A::Start)
                                           || (deployment && action == A::SetImage));
    m_ui.componentLabel->setText(deployment ? tr("C&ontainer:") : tr("Co&mponent:"));
    setRowVisible(m_ui.replicasField, action == A::Scale);
    setRowVisible(m_ui.cpuField, action == A::VerticalScale);
    setRowVisible(m_ui.memoryField, action == A::VerticalScale);
    setRowVisible(m_ui.storageField, action == A::ExpandVolume);
    setRowVisible(m_ui.versionField, action == A::Upgrade);
    setRowVisible(m_ui.candidateField, action == A::Switchover);
    setRowVisible(m_ui.methodField, action == A::Backup);
    setRowVisible(m_ui.restoreNameField, action == A::Restore);
    setRowVisible(m_ui.restoreNamespaceField, action == A::Restore);
    setRowVisible(m_ui.tagField, action == A::SetImage);
    setRowVisible(m_ui.revisionField, action == A::Rollback);
    m_ui.summaryLabel->setText(tr("Reading %1…").arg(target.display()));
    m_loader->load(target);
}

OperationDialog::~OperationDialog() = default;

void OperationDialog::setRowVisible(QWidget *field, bool visible)
{
    m_ui.form->setRowVisible(field, visible);
}

void OperationDialog::setFacts(const TargetFacts &facts)
{
    m_facts = facts;
    showFacts(facts);
    // Planned at once: the facts are the answer the first plan waited for.
    m_planner->start(request(), facts);
}

void OperationDialog::showFacts(const TargetFacts &facts)
{
    const QSignalBlocker b1(m_ui.componentField), b2(m_ui.versionField), b3(m_ui.candidateField), b4(m_ui.methodField),
        b5(m_ui.revisionField), b6(m_ui.replicasField), b7(m_ui.restoreNamespaceField);
    if (facts.target.kind == OperationTarget::Kind::Cluster) {
        m_ui.componentField->clear();
        m_ui.componentField->addItems(OperationRules::components(facts));
        m_ui.componentField->setCurrentText(OperationRules::mainComponent(facts));
        showComponentChoices(facts, m_ui.componentField->currentText());
    } else if (facts.target.kind == OperationTarget::Kind::Deployment) {
        m_ui.componentField->clear();
        m_ui.componentField->addItems(OperationRules::containers(facts));
        if (facts.object)
            m_ui.replicasField->setValue((*facts.object)["spec"].value("replicas", 1));
        m_ui.revisionField->clear();
        const int current = OperationRules::currentRevision(facts);
        const QList<int> revisions = OperationRules::revisions(facts);
        for (auto it = revisions.rbegin(); it != revisions.rend(); ++it) {
            if (*it != current)
                m_ui.revisionField->addItem(tr("Revision %1").arg(*it), *it);
        }
        const QString image = OperationRules::image(facts, m_ui.componentField->currentText());
        m_ui.tagField->setPlaceholderText(tr("now %1").arg(image));
    } else {
        m_ui.restoreNamespaceField->setText(facts.target.ns);
    }
}

// The choices that depend on the chosen component: replicas and their limits, versions, pods,
// backup methods, the volume size.
void OperationDialog::showComponentChoices(const TargetFacts &facts, const QString &component)
{
    const QSignalBlocker b1(m_ui.versionField), b2(m_ui.candidateField), b3(m_ui.methodField), b4(m_ui.replicasField);
    const int replicas = OperationRules::replicas(facts, component);
    const OperationRules::ReplicaLimits limits = OperationRules::replicaLimits(facts, component);
    m_ui.replicasField->setRange(qMax(1, limits.min), limits.max > 0 ? limits.max : 99);
    m_ui.replicasField->setValue(replicas);
    const QString current = OperationRules::serviceVersion(facts, component);
    m_ui.versionField->clear();
    for (const QString &v : OperationRules::offeredVersions(facts, component)) {
        if (v != current)
            m_ui.versionField->addItem(v);
    }
    m_ui.candidateField->clear();
    m_ui.candidateField->addItem(tr("Let KubeBlocks choose"), QString());
    for (const QString &pod : OperationRules::switchoverCandidates(facts, component))
        m_ui.candidateField->addItem(pod, pod);
    m_ui.methodField->clear();
    m_ui.methodField->addItems(OperationRules::backupMethods(facts, component));
    m_ui.storageField->setPlaceholderText(tr("now %1").arg(OperationRules::storage(facts, component)));
}

OperationRequest OperationDialog::request() const
{
    OperationRequest r;
    r.target = m_target;
    r.action = m_action;
    OperationParams &p = r.params;
    if (!m_ui.componentField->isHidden())
        p.component = m_ui.componentField->currentText();
    p.replicas = m_ui.replicasField->value();
    p.cpu = m_ui.cpuField->text().trimmed();
    p.memory = m_ui.memoryField->text().trimmed();
    p.storage = m_ui.storageField->text().trimmed();
    p.version = m_ui.versionField->currentText();
    p.candidate = m_ui.candidateField->currentData().toString();
    p.backupMethod = m_ui.methodField->currentText();
    p.restoreName = m_ui.restoreNameField->text().trimmed();
    p.restoreNamespace = m_ui.restoreNamespaceField->text().trimmed();
    p.imageTag = m_ui.tagField->text().trimmed();
    p.revision = m_ui.revisionField->currentData().toInt();
    return r;
}

void OperationDialog::schedulePlan()
{
    if (m_run)
        return;
    m_runButton->setEnabled(false);
    m_debounce.start();
}

void OperationDialog::showPlan(const OperationPlan &plan)
{
    m_plan = plan;
    m_ui.summaryLabel->setText(plan.summary);
    m_ui.reasonLabel->setText(plan.ready() ? QString() : plan.reason);
    m_ui.reasonLabel->setVisible(!plan.ready());
    m_ui.planText->setPlainText(plan.ready() ? plan.text() : QString());
    m_runButton->setEnabled(plan.ready() && !m_run);
    m_runButton->setToolTip(plan.ready() ? QString() : plan.reason);
    emit planned(plan);
}

bool OperationDialog::isRunEnabled() const
{
    return m_runButton->isEnabled();
}

void OperationDialog::startRun()
{
    if (!m_plan || !m_plan->ready() || m_run)
        return;
    m_run = new OperationRun(m_client, *m_plan, this);
    m_runButton->setEnabled(false);
    m_ui.pages->setCurrentWidget(m_ui.progressPage);
    m_ui.resultLabel->setText(tr("Submitting…"));
    connect(m_run, &OperationRun::progressed, this, &OperationDialog::showProgress);
    connect(m_run, &OperationRun::stateChanged, this, [this] { m_cancelButton->setVisible(m_run && m_run->canCancel()); });
    connect(m_run, &OperationRun::finished, this, &OperationDialog::showResult);
    m_run->start();
}

void OperationDialog::showProgress(const OperationProgress &progress)
{
    m_ui.objectValue->setText(progress.object);
    m_ui.phaseValue->setText(progress.phase);
    m_ui.progressValue->setText(progress.progress);
    m_ui.detailsList->clear();
    m_ui.detailsList->addItems(progress.details + progress.conditions);
    while (m_ui.eventsList->count() < progress.events.size())
        m_ui.eventsList->addItem(progress.events.at(m_ui.eventsList->count()));
    if (m_run && m_run->state() == OperationRun::State::Running)
        m_ui.resultLabel->setText(tr("Running…"));
    m_cancelButton->setVisible(m_run && m_run->canCancel());
}

void OperationDialog::showResult(OperationRun::State outcome, const QString &message)
{
    m_cancelButton->setVisible(false);
    m_ui.resultLabel->setText(tr("%1: %2").arg(OperationRun::stateText(outcome), message));
    m_ui.resultLabel->setStyleSheet(outcome == OperationRun::State::Succeeded ? QString() : QStringLiteral("color: #b71c1c;"));
    emit runFinished(outcome);
}

} // namespace sd
