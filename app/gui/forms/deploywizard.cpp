#include "gui/forms/deploywizard.h"

#include "deploy/statusreader.h"
#include "gui/clustersession.h"
#include "gui/deploy/applyprogressview.h"
#include "gui/deploy/planview.h"
#include "gui/forms/clusterfacts.h"
#include "gui/forms/componentform.h"
#include "gui/forms/datastoreform.h"
#include "gui/forms/discardprompt.h"
#include "gui/forms/formmemory.h"
#include "gui/forms/stacksettingspage.h"
#include "kube/kubeclient.h"
#include "stack/manifestgenerator.h"
#include "stack/openimcatalog.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

#include <QCheckBox>
#include <QEvent>
#include <QPushButton>
#include <QStyle>

namespace sd {

namespace {
QString statusText(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass: return DeployWizard::tr("✓ Passed");
    case CheckResult::Status::Warning: return DeployWizard::tr("! Warning");
    case CheckResult::Status::Fail: break;
    }
    return DeployWizard::tr("✗ Failed");
}

bool connected(const ClusterSession *session)
{
    return session && session->state() == ClusterSession::State::Connected && session->client();
}
} // namespace

DeployWizard::DeployWizard(ClusterSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("wizard.deploy"));
    setOption(QWizard::NoBackButtonOnStartPage);
    const QString ns = connected(session) ? session->namespaceName() : QString();
    for (const OpenImProfileSpec &p : OpenImCatalog::builtIn().profiles())
        m_ui.releaseCombo->addItem(p.displayName.isEmpty() ? p.id : p.displayName, p.id);
    for (const RegistrySpec &r : OpenImCatalog::builtIn().registries())
        m_ui.registryCombo->addItem(QStringLiteral("%1 (%2)").arg(r.displayName, r.prefix), r.id);
    m_ui.presetCombo->addItem(QString(), int(Sizing::DevTest));
    m_ui.presetCombo->addItem(QString(), int(Sizing::Production));
    // The choices last finished with on this cluster, else the connection's namespace.
    const FormMemory memory(connected(session) ? session->contextName() : QString(), QStringLiteral("wizard"));
    const QString defaultNs = ns.isEmpty() || ns == QLatin1String("default") ? QStringLiteral("openim") : ns;
    m_ui.stackNameEdit->setText(memory.value(QStringLiteral("name"), QStringLiteral("openim")).toString());
    m_ui.namespaceEdit->setText(memory.value(QStringLiteral("namespace"), defaultNs).toString());
    auto select = [](QComboBox *combo, const QVariant &data) {
        if (const int i = combo->findData(data); i >= 0)
            combo->setCurrentIndex(i);
    };
    select(m_ui.releaseCombo, memory.value(QStringLiteral("release")));
    select(m_ui.registryCombo, memory.value(QStringLiteral("registry")));
    select(m_ui.presetCombo, memory.value(QStringLiteral("sizing")));
    retranslate();

    m_ui.prerequisitesPage->setCompleteCheck([this] {
        return !connected(m_session)
               || (m_checked
                   && (PrerequisiteChecker::allRequiredPassed(m_checks) || m_ui.ignoreChecksCheck->isChecked()));
    });
    m_ui.profilePage->setCompleteCheck([this] { return profileProblem().isEmpty(); });
    m_ui.datastoresPage->setCompleteCheck([this] {
        for (const DatastoreSpec &d : m_stack.datastores) {
            if (m_facts->isLoaded() && !m_facts->isEngineAvailable(d.engine))
                return false;
        }
        return !m_stack.datastores.isEmpty();
    });
    // Online the review shows the server-side dry run; Finish there designs without deploying.
    m_planView = new PlanView(m_ui.reviewPage);
    m_planView->setObjectName(QStringLiteral("reviewPlan"));
    m_ui.reviewLayout->addWidget(m_planView, 1);
    m_ui.reviewPage->setFinalPage(true);
    m_ui.reviewPage->setCompleteCheck([this] { return m_reviewOk && !m_planView->isPlanning(); });
    connect(m_planView, &PlanView::planReady, m_ui.reviewPage, &WizardPage::update);

    m_progress = new ApplyProgressView(m_ui.applyPage);
    m_ui.applyLayout->addWidget(m_progress);
    m_ui.applyPage->setCompleteCheck([this] { return m_applied; });
    connect(m_progress, &ApplyProgressView::finished, this, [this](DeployEngine::Outcome outcome) {
        m_applied = outcome == DeployEngine::Outcome::Succeeded;
        m_ui.applyPage->update();
    });

    m_ui.verifyPage->setCompleteCheck([this] { return m_status && m_status->allReady(); });
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(2000);
    connect(&m_statusTimer, &QTimer::timeout, this, &DeployWizard::readStatus);

    auto profileChanged = [this] {
        m_ui.profileProblems->setText(profileProblem());
        m_ui.profilePage->update();
    };
    connect(m_ui.stackNameEdit, &QLineEdit::textChanged, this, profileChanged);
    connect(m_ui.namespaceEdit, &QLineEdit::textChanged, this, profileChanged);
    connect(m_ui.recheckButton, &QPushButton::clicked, this, &DeployWizard::runChecks);
    connect(m_ui.ignoreChecksCheck, &QCheckBox::toggled, m_ui.prerequisitesPage, &WizardPage::update);
    connect(m_ui.checksTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_ui.fixEdit->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    connect(m_ui.editDatastoreButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_ui.datastoresTree->currentItem())
            editDatastore(item->text(0));
    });
    connect(m_ui.datastoresTree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editDatastore(item->text(0)); });
    connect(m_ui.editComponentButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_ui.componentsTree->currentItem())
            editComponent(item->text(0));
    });
    connect(m_ui.componentsTree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editComponent(item->text(0)); });
    connect(m_ui.settingsButton, &QPushButton::clicked, this, &DeployWizard::editSettings);
    reloadFacts();
    profileChanged();
}

DeployWizard::~DeployWizard() = default;

Stack DeployWizard::presetStack(Sizing sizing, const QString &name, const QString &ns)
{
    const QString file = sizing == Sizing::DevTest ? QStringLiteral(":/stackdeck/stacks/openim-dev.yaml")
                                                   : QStringLiteral(":/stackdeck/stacks/openim-production.yaml");
    Stack s = StackFile::load(file).stack.value_or(Stack());
    s.fileName.clear();
    s.name = name;
    s.ns = ns;
    return s;
}

void DeployWizard::retranslate()
{
    m_ui.presetCombo->setItemText(0, tr("Dev/test"));
    m_ui.presetCombo->setItemText(1, tr("Production"));
    setButtonText(QWizard::FinishButton, tr("&Put on Canvas"));
    m_ui.reviewPage->setButtonText(QWizard::NextButton, tr("&Apply >"));
}

int DeployWizard::nextId() const
{
    switch (currentId()) {
    case ReviewPage:
        return connected(m_session) ? int(ApplyPage) : -1;
    case VerifyPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

QString DeployWizard::profileProblem() const
{
    if (!StackValidator::isDnsLabel(m_ui.stackNameEdit->text()))
        return tr("The stack name must be lowercase letters, digits and '-', starting with a letter.");
    if (!StackValidator::isDnsLabel(m_ui.namespaceEdit->text()))
        return tr("The namespace must be lowercase letters, digits and '-', starting with a letter.");
    return {};
}

void DeployWizard::initializePage(int id)
{
    switch (id) {
    case PrerequisitesPage:
        if (connected(m_session) && !m_checker)
            runChecks();
        m_ui.ignoreChecksCheck->setVisible(connected(m_session));
        if (!connected(m_session))
            m_ui.prerequisitesSummary->setText(
                tr("Not connected: the stack can be designed now and deployed once a cluster is connected."));
        break;
    case DatastoresPage:
        fillDatastores();
        break;
    case ComponentsPage:
        fillComponents();
        break;
    case ReviewPage:
        fillReview();
        break;
    case ApplyPage:
        startApply();
        break;
    case VerifyPage:
        m_status.reset();
        m_ui.verifyTree->clear();
        m_ui.verifySummary->setText(tr("Reading the live state of stack %1…").arg(m_stack.name));
        readStatus();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void DeployWizard::cleanupPage(int id)
{
    // Back from the apply stops it: what was applied stays, the next apply converges from there.
    if (id == ApplyPage && m_engine && m_engine->isRunning())
        m_engine->cancel();
    if (id == VerifyPage) {
        m_statusTimer.stop();
        m_statusReader.reset();
    }
    QWizard::cleanupPage(id);
}

bool DeployWizard::validateCurrentPage()
{
    if (currentId() == ProfilePage) {
        const int sizing = m_ui.presetCombo->currentData().toInt();
        const QString name = m_ui.stackNameEdit->text();
        const QString ns = m_ui.namespaceEdit->text();
        // A new preset starts over; otherwise what was edited on later pages stays.
        if (sizing != m_builtSizing) {
            m_stack = presetStack(Sizing(sizing), name, ns);
            m_builtSizing = sizing;
        }
        m_stack.name = name;
        m_stack.ns = ns;
        m_stack.profile.release = m_ui.releaseCombo->currentData().toString();
        m_stack.profile.registry = m_ui.registryCombo->currentData().toString();
    }
    // Apply only what the dry run accepted; Finish (design only) stays possible.
    if (currentId() == ReviewPage && !m_finishing && connected(m_session) && !m_planView->canApply())
        return false;
    return QWizard::validateCurrentPage();
}

void DeployWizard::reloadFacts()
{
    if (m_facts)
        m_facts->deleteLater();
    const QString ns = m_ui.namespaceEdit->text();
    m_facts = new ClusterFacts(connected(m_session) ? m_session->client() : nullptr,
                               ns.isEmpty() ? QStringLiteral("openim") : ns, this);
    connect(m_facts, &ClusterFacts::loaded, this, [this] {
        if (currentId() == DatastoresPage)
            fillDatastores();
    });
    m_facts->load();
}

void DeployWizard::runChecks()
{
    if (!connected(m_session))
        return;
    // What the fixes changed (addons enabled, classes added) counts for the later pages too.
    if (m_checker)
        reloadFacts();
    m_checked = false;
    m_ui.prerequisitesPage->update();
    m_ui.prerequisitesSummary->setText(tr("Checking the cluster…"));
    m_ui.checksTree->clear();
    m_checker = std::make_unique<PrerequisiteChecker>(m_session->client(), m_ui.namespaceEdit->text());
    connect(m_checker.get(), &PrerequisiteChecker::finished, this, &DeployWizard::showChecks);
    m_checker->start();
}

void DeployWizard::showChecks(const QList<CheckResult> &results)
{
    m_checks = results;
    m_checked = true;
    m_ui.checksTree->clear();
    for (const CheckResult &r : results) {
        auto *item = new QTreeWidgetItem(m_ui.checksTree, {statusText(r.status), r.title, r.message});
        item->setData(0, Qt::UserRole, r.fix);
        item->setToolTip(2, r.message);
    }
    m_ui.checksTree->resizeColumnToContents(0);
    m_ui.checksTree->resizeColumnToContents(1);
    const bool ok = PrerequisiteChecker::allRequiredPassed(results);
    m_ui.prerequisitesSummary->setText(ok ? tr("The cluster can run the stack.")
                                          : tr("Fix the failed checks (select one to see how), then check again."));
    m_ui.prerequisitesPage->update();
    emit checked();
}

void DeployWizard::fillDatastores()
{
    m_ui.datastoresTree->clear();
    for (const DatastoreSpec &d : m_stack.datastores) {
        QString reason;
        if (m_facts->isLoaded())
            m_facts->isEngineAvailable(d.engine, &reason);
        auto *item = new QTreeWidgetItem(m_ui.datastoresTree,
                                         {d.name, d.engine, d.version, QString::number(d.replicas),
                                          d.storageSize.toString(), reason});
        item->setToolTip(5, reason);
    }
    if (m_ui.datastoresTree->topLevelItemCount() > 0)
        m_ui.datastoresTree->setCurrentItem(m_ui.datastoresTree->topLevelItem(0));
    m_ui.datastoresPage->update();
}

void DeployWizard::fillComponents()
{
    m_ui.componentsTree->clear();
    for (const ComponentSpec &c : m_stack.components)
        new QTreeWidgetItem(m_ui.componentsTree, {c.name, QString::number(c.replicas), c.exposure.type});
    if (m_ui.componentsTree->topLevelItemCount() > 0)
        m_ui.componentsTree->setCurrentItem(m_ui.componentsTree->topLevelItem(0));
}

void DeployWizard::fillReview()
{
    const StackIssues issues = StackValidator().validate(m_stack);
    m_reviewOk = !hasErrors(issues);
    QStringList lines;
    lines << tr("Stack %1 in namespace %2.").arg(m_stack.name, m_stack.ns)
          << tr("%n datastore(s).", nullptr, int(m_stack.datastores.size()))
          << tr("%n OpenIM component(s).", nullptr, int(m_stack.components.size()));
    for (const StackIssue &issue : issues)
        lines << (issue.severity == StackIssue::Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(issue.message);
    m_ui.reviewSummary->setText(lines.join(QLatin1Char('\n')));
    m_ui.reviewEdit->setPlainText(
        QString::fromUtf8(YamlWriter::writeDocuments(ManifestGenerator().generate(m_stack).objects)));
    // Connected, the dry run replaces the generated YAML: it shows what would change.
    const bool online = connected(m_session);
    m_ui.reviewEdit->setVisible(!online);
    m_planView->setVisible(online);
    if (online && m_reviewOk)
        m_planView->startPlanning(m_session->client(), m_stack);
    m_ui.reviewPage->update();
}

void DeployWizard::startApply()
{
    m_applied = false;
    m_ui.applyPage->update();
    if (!connected(m_session))
        return;
    // One engine per client: a reconnect makes a new client, and the engine must not outlive its own.
    if (m_engine && m_engineClient != m_session->client()) {
        m_engine->cancel();
        m_engine->deleteLater();
        m_engine = nullptr;
    }
    if (!m_engine) {
        m_engine = new DeployEngine(m_session->client(), this);
        m_engineClient = m_session->client();
    }
    m_engine->setOptions(m_deployOptions);
    m_progress->run(m_engine, m_stack);
}

bool DeployWizard::isStackRunning() const
{
    return m_status && m_status->allReady();
}

void DeployWizard::setDeployOptions(const DeployOptions &options)
{
    m_deployOptions = options;
    if (m_engine)
        m_engine->setOptions(options); // for Retry
}

void DeployWizard::readStatus()
{
    if (!connected(m_session) || currentId() != VerifyPage)
        return;
    m_statusReader = std::make_unique<StatusReader>(m_session->client());
    connect(m_statusReader.get(), &StatusReader::finished, this, &DeployWizard::showStatus);
    m_statusReader->read(m_stack);
}

void DeployWizard::showStatus(const StackStatus &status, const QString &error)
{
    m_ui.verifyTree->clear();
    if (!error.isEmpty()) {
        m_status.reset();
        m_ui.verifySummary->setText(tr("Cannot read the live state: %1").arg(error));
    } else {
        m_status = std::make_unique<StackStatus>(status);
        int ready = 0;
        for (const NodeStatus &n : status.nodes) {
            auto *item = new QTreeWidgetItem(m_ui.verifyTree, {n.name, StackStatus::stateText(n.state), n.detail});
            item->setToolTip(2, n.detail);
            item->setIcon(1, style()->standardIcon(n.state == NodeStatus::State::Ready ? QStyle::SP_DialogApplyButton
                                                   : n.state == NodeStatus::State::Progressing ? QStyle::SP_BrowserReload
                                                                                               : QStyle::SP_MessageBoxWarning));
            ready += n.state == NodeStatus::State::Ready ? 1 : 0;
        }
        m_ui.verifyTree->resizeColumnToContents(0);
        m_ui.verifyTree->resizeColumnToContents(1);
        m_ui.verifySummary->setText(status.allReady()
                                        ? tr("Stack %1 is running: every node is ready.").arg(status.stackName)
                                        : tr("%1 of %n node(s) ready; checking again…", nullptr, int(status.nodes.size())).arg(ready));
    }
    // The engine's service checks (verify step), when it ran them.
    QString checks = tr("The service checks were not run (turned off for this cluster).");
    for (const DeployStep &step : m_engine ? m_engine->steps() : QList<DeployStep>()) {
        if (step.id == QLatin1String("verify"))
            checks = tr("Service checks: %1").arg(step.message.isEmpty() ? DeployStep::stateText(step.state) : step.message);
    }
    m_ui.serviceChecksLabel->setText(checks);
    m_ui.verifyPage->update();
    if (!m_status || !m_status->allReady())
        m_statusTimer.start();
}

template<typename Form>
Form *DeployWizard::openEditForm(const QString &name, void (DeployWizard::*refill)())
{
    auto *form = new Form(m_stack, m_facts, this);
    if (!form->startEdit(name)) {
        delete form;
        return nullptr;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form, refill] {
        m_stack = form->resultStack();
        m_edited = true;
        (this->*refill)();
    });
    form->open();
    return form;
}

DatastoreForm *DeployWizard::editDatastore(const QString &name)
{
    return openEditForm<DatastoreForm>(name, &DeployWizard::fillDatastores);
}

ComponentForm *DeployWizard::editComponent(const QString &name)
{
    return openEditForm<ComponentForm>(name, &DeployWizard::fillComponents);
}

StackSettingsPage *DeployWizard::editSettings()
{
    auto *page = new StackSettingsPage(m_stack, this);
    page->setAttribute(Qt::WA_DeleteOnClose);
    connect(page, &QDialog::accepted, this, [this, page] {
        m_stack = page->resultStack();
        m_edited = true;
    });
    page->open();
    return page;
}

std::unique_ptr<QUndoCommand> DeployWizard::createCommand(ChangeStackCommand::Apply apply, const Stack &before) const
{
    return std::make_unique<ChangeStackCommand>(std::move(apply), before, m_stack,
                                                tr("Design stack %1").arg(m_stack.name));
}

void DeployWizard::accept()
{
    FormMemory memory(connected(m_session) ? m_session->contextName() : QString(), QStringLiteral("wizard"));
    memory.setValue(QStringLiteral("name"), m_stack.name);
    memory.setValue(QStringLiteral("namespace"), m_stack.ns);
    memory.setValue(QStringLiteral("release"), m_stack.profile.release);
    memory.setValue(QStringLiteral("registry"), m_stack.profile.registry);
    memory.setValue(QStringLiteral("sizing"), m_builtSizing);
    // QWizard validates the current page on Finish as on Next; the review page tells them apart.
    m_finishing = true;
    QWizard::accept();
    m_finishing = false;
}

void DeployWizard::reject()
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    rejectOrConfirm(this, m_edited, [this] { QWizard::reject(); });
}

void DeployWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWizard::changeEvent(event);
}

} // namespace sd
