#include "gui/mainwindow.h"

#include "gui/aboutdialog.h"
#include "gui/canvascontroller.h"
#include "gui/canvasstatus.h"
#include "gui/canvasview.h"
#include "gui/clustersession.h"
#include "gui/connectdialog.h"
#include "gui/deploy/applystackdialog.h"
#include "gui/driftmonitor.h"
#include "gui/prerequisitesdialog.h"
#include "gui/ops/backuprepodialog.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "gui/docks/eventsdock.h"
#include "gui/docks/healthdock.h"
#include "gui/docks/logsdock.h"
#include "gui/docks/propertiesdock.h"
#include "monitor/healthmonitor.h"
#include "monitor/logtarget.h"
#include "gui/emptystatewidget.h"
#include "gui/forms/stackforms.h"
#include "gui/languagemanager.h"
#include "gui/ops/backupsview.h"
#include "gui/ops/operationscontroller.h"
#include "gui/selection.h"
#include "gui/stackdocument.h"
#include "stack/nodemanifests.h"
#include "stack/openimcatalog.h"
#include "stack/stackfile.h"
#include "topology/stackgraph.h"
#include "topology/topologymodel.h"
#include "topology/topologypainter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <cmath>

namespace sd {

namespace {
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kStateKey = QStringLiteral("window/state");
constexpr int kLayoutVersion = 1; // bump when docks are added or removed
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_undoStack(new QUndoStack(this))
    , m_selection(new Selection(this))
    , m_topology(new TopologyModel(this))
    , m_document(new StackDocument(m_undoStack, this))
    , m_canvasController(new CanvasController(m_topology, m_selection, m_undoStack, this))
    , m_session(new ClusterSession(this))
    , m_addedClusters(new AddedClusters(SecretStore(), this))
    , m_drift(new DriftMonitor(this))
    , m_forms(new StackForms(this, m_undoStack, m_session,
                             {[this] { return m_document->stack(); }, [this](const Stack &s) { m_document->update(s); }},
                             this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stackdeck.svg")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_canvasController->setDocument(m_document);
    // A palette drop opens the node's form at the drop point; Accept adds it, Cancel nothing.
    m_canvasController->setAddHandler([this](const QString &type, bool datastore, std::optional<QPointF> position) {
        if (datastore)
            m_forms->addDatastore(type, position);
        else
            m_forms->addComponent(type, position);
    });
    connect(m_document, &StackDocument::changed, this, &MainWindow::stackChanged);
    connect(m_canvasController, &CanvasController::deleteRequested, this, &MainWindow::confirmDelete);
    connect(m_canvasController, &CanvasController::refused, this, [this](const QString &reason) {
        statusBar()->showMessage(reason, 8000);
    });
    m_canvas = new CanvasView(m_canvasController, this);
    setCentralWidget(m_canvas);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("status.connection"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    setupDocks();
    setupActions();
    setupMenus();
    retranslate();
    resize(1280, 800);
    m_defaultState = saveState(kLayoutVersion);

    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        updateConnectionState();
        if (state == ClusterSession::State::Failed) {
            showError(tr("Cannot Connect"),
                      tr("The cluster of context \"%1\" did not answer as expected.").arg(m_session->contextName()),
                      m_session->errorString());
        }
    });
    connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        if (QAction *action = m_actions.value(QStringLiteral("view.language.") + language))
            action->setChecked(true);
    });
    connectMonitoring();
}

void MainWindow::connectMonitoring()
{
    // The docks stream through the session's client and must let go of it before it is destroyed.
    connect(m_session, &ClusterSession::clientAboutToBeDropped, this, [this] {
        m_drift->setClient(nullptr);
        m_properties->setClient(nullptr);
        m_logs->setClient(nullptr);
        m_operations->setClient(nullptr, {});
        m_health->setClient(nullptr, {});
        m_events->setClient(nullptr, {});
    });
    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        const bool connected = state == ClusterSession::State::Connected;
        KubeClient *client = connected ? m_session->client() : nullptr;
        const QString ns = m_document->isOpen() ? m_document->stack()->ns : m_session->namespaceName();
        m_logs->setClient(client);
        m_operations->setClient(client, ns);
        m_drift->setClient(client);
        m_properties->setClient(client);
        m_health->setClient(client, ns);
        m_events->setClient(client, ns);
    });
    connect(m_canvasController, &CanvasController::activated, this, [this](const QString &id) { openLogs(id); });
    connect(m_canvasController, &CanvasController::contextMenuRequested, m_operations, &OperationsController::showMenu);
    connect(m_operations, &OperationsController::editComponentRequested, m_forms, &StackForms::editComponentOnCluster);
    connect(m_drift, &DriftMonitor::changed, this, [this] {
        if (m_document->isOpen())
            stackChanged();
    });
    m_healthLabel = new QLabel(this);
    m_healthLabel->setObjectName(QStringLiteral("status.health"));
    statusBar()->addPermanentWidget(m_healthLabel);
    connect(m_health, &HealthDock::overallChanged, this, [this](HealthState state, const QString &summary) {
        m_healthLabel->setText(state == HealthState::Unknown && summary.isEmpty()
                                   ? QString()
                                   : tr("Health: %1").arg(StackHealth::stateText(state)));
        m_healthLabel->setToolTip(summary);
    });
    connect(m_health, &HealthDock::healthUpdated, this, &MainWindow::applyLiveHealth);
    connect(m_health, &HealthDock::transitioned, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15'000); });
    connect(m_health, &HealthDock::logsRequested, this, [this](const LogTarget &target) {
        m_logs->openLogs(target);
        m_docks.value(QStringLiteral("dock.logs"))->raise();
    });
    connect(m_health, &HealthDock::eventsRequested, this, [this](const QString &name) {
        m_events->setTextFilter(name);
        m_docks.value(QStringLiteral("dock.events"))->raise();
    });
}

void MainWindow::updateMonitoredNodes()
{
    QStringList ids;
    if (const std::optional<Stack> &stack = m_document->stack()) {
        for (const ComponentSpec &c : stack->components)
            ids << c.name;
        for (const DatastoreSpec &d : stack->datastores)
            ids << d.name;
    }
    m_events->setNodeIds(ids);
}

void MainWindow::openLogs(const QString &nodeId)
{
    const QString ns = m_document->isOpen() ? m_document->stack()->ns : m_namespace;
    const bool datastore = m_document->isOpen() && m_document->stack()->datastore(nodeId);
    if (!m_logs->openLogs(datastore ? LogTarget::cluster(ns, nodeId) : LogTarget::component(ns, nodeId)))
        statusBar()->showMessage(tr("Connect to a cluster to see the logs of %1.").arg(nodeId), 5000);
    m_docks.value(QStringLiteral("dock.logs"))->raise();
}

MainWindow::~MainWindow()
{
    // The undo stack outlives this class's part of the object and says it is clean again as it
    // goes; nothing here may answer that.
    m_undoStack->disconnect(this);
    // Let go of the cluster while the docks that stream through it and the selection they
    // follow still exist (children are destroyed in creation order, the session before them).
    m_session->disconnect();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return m_docks.value(objectName);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QDockWidget *MainWindow::addPanel(const QString &objectName, Qt::DockWidgetArea area, QWidget *content)
{
    auto *dock = new QDockWidget(this);
    dock->setObjectName(objectName);
    if (!content) {
        auto *empty = new EmptyStateWidget(dock);
        m_emptyStates.insert(objectName, empty);
        content = empty;
    }
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks.insert(objectName, dock);
    return dock;
}

void MainWindow::setupDocks()
{
    m_properties = new PropertiesDock(m_selection, this);
    // The selected node's Day-2 operations sit under its properties.
    m_operations = new OperationsController(m_selection, this);
    auto *propertiesPanel = new QWidget(this);
    auto *propertiesLayout = new QVBoxLayout(propertiesPanel);
    propertiesLayout->setContentsMargins(0, 0, 0, 0);
    propertiesLayout->addWidget(m_properties);
    propertiesLayout->addWidget(m_operations->createPropertiesButton(propertiesPanel), 0, Qt::AlignLeft);
    addPanel(QStringLiteral("dock.properties"), Qt::RightDockWidgetArea, propertiesPanel);
    m_health = new HealthDock(m_selection, this);
    addPanel(QStringLiteral("dock.health"), Qt::RightDockWidgetArea, m_health);
    m_logs = new LogsDock(this);
    m_emptyStates.insert(QStringLiteral("dock.logs"), m_logs->emptyState());
    QDockWidget *logs = addPanel(QStringLiteral("dock.logs"), Qt::BottomDockWidgetArea, m_logs);
    m_events = new EventsDock(m_selection, this);
    QDockWidget *events = addPanel(QStringLiteral("dock.events"), Qt::BottomDockWidgetArea, m_events);
    tabifyDockWidget(logs, events);
    tabifyDockWidget(events, addPanel(QStringLiteral("dock.backups"), Qt::BottomDockWidgetArea, m_operations->backupsView()));
    logs->raise();
    resizeDocks({logs}, {240}, Qt::Vertical);
    resizeDocks({dock(QStringLiteral("dock.properties"))}, {340}, Qt::Horizontal);
}

void MainWindow::setupActions()
{
    auto add = [this](const QString &name, QKeySequence::StandardKey key = QKeySequence::UnknownKey) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        if (key != QKeySequence::UnknownKey)
            action->setShortcuts(key);
        m_actions.insert(name, action);
        return action;
    };

    QAction *openKubeconfig = add(QStringLiteral("file.openKubeconfig"));
    openKubeconfig->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(openKubeconfig, &QAction::triggered, this, &MainWindow::showConnectDialog);
    QAction *prerequisites = add(QStringLiteral("cluster.prerequisites"));
    prerequisites->setEnabled(false);
    connect(prerequisites, &QAction::triggered, this, &MainWindow::showPrerequisites);
    QAction *backupRepo = add(QStringLiteral("cluster.backupRepo"));
    backupRepo->setEnabled(false);
    connect(backupRepo, &QAction::triggered, this, [this] {
        if (!m_session->client())
            return;
        auto *dialog = new BackupRepoDialog(m_session->client(), SecretStore(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &ClusterSession::clientAboutToBeDropped, dialog, &QDialog::reject);
        dialog->open();
    });
    QAction *applyStack = add(QStringLiteral("cluster.applyStack"));
    applyStack->setEnabled(false);
    connect(applyStack, &QAction::triggered, this, [this] {
        if (m_session->client() && m_document->isOpen())
            ApplyStackDialog::planAndApply(m_session->client(), *m_document->stack(), this);
    });
    QAction *disconnect = add(QStringLiteral("cluster.disconnect"));
    disconnect->setEnabled(false);
    connect(disconnect, &QAction::triggered, m_session, &ClusterSession::disconnect);
    connect(add(QStringLiteral("file.openStack"), QKeySequence::Open), &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Stack"), QFileInfo(m_document->path()).path(),
                                                          tr("Stack files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty())
            openStack(path);
    });
    QAction *save = add(QStringLiteral("file.saveStack"), QKeySequence::Save);
    save->setEnabled(false);
    connect(save, &QAction::triggered, this, [this] {
        if (m_document->path().isEmpty()) // a stack made with the forms has no file yet
            m_actions.value(QStringLiteral("file.saveStackAs"))->trigger();
        else
            saveStack();
    });
    QAction *saveAs = add(QStringLiteral("file.saveStackAs"), QKeySequence::SaveAs);
    saveAs->setEnabled(false);
    connect(saveAs, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Stack As"), m_document->path(),
                                                          tr("Stack files (*.yaml *.yml)"));
        if (!path.isEmpty())
            saveStack(path);
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    QAction *exportAction = add(QStringLiteral("file.exportImage"));
    exportAction->setEnabled(false);
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Topology Image"),
                                                          QFileInfo(m_document->path()).completeBaseName() + QStringLiteral(".png"),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    QAction *quit = add(QStringLiteral("file.quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_undoStack->createUndoAction(this);
    undo->setObjectName(QStringLiteral("edit.undo"));
    undo->setShortcuts(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_undoStack->createRedoAction(this);
    redo->setObjectName(QStringLiteral("edit.redo"));
    redo->setShortcuts(QKeySequence::Redo);
    m_actions.insert(redo->objectName(), redo);
    QAction *remove = add(QStringLiteral("edit.delete"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // the canvas' keys: docks keep Delete/Copy/Paste
    connect(remove, &QAction::triggered, m_canvasController, &CanvasController::requestDelete);
    QAction *copy = add(QStringLiteral("edit.copySettings"), QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, m_canvasController, &CanvasController::copySettings);
    QAction *paste = add(QStringLiteral("edit.pasteSettings"), QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetShortcut);
    m_canvas->addActions({remove, copy, paste});
    connect(paste, &QAction::triggered, m_canvasController, &CanvasController::pasteSettings);

    connect(add(QStringLiteral("edit.addDatastore")), &QAction::triggered, this, [this] { m_forms->addDatastore(); });
    connect(add(QStringLiteral("edit.addComponent")), &QAction::triggered, this, [this] { m_forms->addComponent(); });
    connect(add(QStringLiteral("edit.stackSettings")), &QAction::triggered, m_forms, &StackForms::editSettings);
    connect(add(QStringLiteral("cluster.deployWizard")), &QAction::triggered, m_forms, &StackForms::deployWizard);

    connect(add(QStringLiteral("view.resetLayout")), &QAction::triggered, this, &MainWindow::resetLayout);
    connect(add(QStringLiteral("view.relayout")), &QAction::triggered, m_topology,
            &TopologyModel::relayout);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        QAction *action = add(QStringLiteral("view.language.") + language);
        action->setText(LanguageManager::nativeName(language)); // never translated, see nativeName()
        action->setCheckable(true);
        action->setChecked(language == m_languages->language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_languages->setLanguage(language))
                LanguageManager::saveLanguage(language);
        });
    }

    QAction *about = add(QStringLiteral("help.about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = add(QStringLiteral("help.aboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setupMenus()
{
    auto menu = [this](const QString &name) {
        QMenu *m = menuBar()->addMenu(QString());
        m->setObjectName(name);
        m_menus.insert(name, m);
        return m;
    };
    QMenu *file = menu(QStringLiteral("menu.file"));
    file->addAction(m_actions.value(QStringLiteral("file.openKubeconfig")));
    file->addAction(m_actions.value(QStringLiteral("file.openStack")));
    file->addAction(m_actions.value(QStringLiteral("file.saveStack")));
    file->addAction(m_actions.value(QStringLiteral("file.saveStackAs")));
    file->addAction(m_actions.value(QStringLiteral("file.exportImage")));
    file->addSeparator();
    file->addAction(m_actions.value(QStringLiteral("file.quit")));

    QMenu *cluster = menu(QStringLiteral("menu.cluster"));
    cluster->addAction(m_actions.value(QStringLiteral("file.openKubeconfig")));
    cluster->addAction(m_actions.value(QStringLiteral("cluster.prerequisites")));
    cluster->addAction(m_actions.value(QStringLiteral("cluster.applyStack")));
    cluster->addAction(m_actions.value(QStringLiteral("cluster.deployWizard")));
    cluster->addAction(m_actions.value(QStringLiteral("cluster.backupRepo")));
    cluster->addSeparator();
    cluster->addAction(m_actions.value(QStringLiteral("cluster.disconnect")));

    QMenu *edit = menu(QStringLiteral("menu.edit"));
    edit->addAction(m_actions.value(QStringLiteral("edit.undo")));
    edit->addAction(m_actions.value(QStringLiteral("edit.redo")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("edit.addDatastore")));
    edit->addAction(m_actions.value(QStringLiteral("edit.addComponent")));
    edit->addAction(m_actions.value(QStringLiteral("edit.stackSettings")));
    edit->addSeparator();
    edit->addAction(m_actions.value(QStringLiteral("edit.copySettings")));
    edit->addAction(m_actions.value(QStringLiteral("edit.pasteSettings")));
    edit->addAction(m_actions.value(QStringLiteral("edit.delete")));

    QMenu *view = menu(QStringLiteral("menu.view"));
    for (const char *name : {"dock.properties", "dock.logs", "dock.health", "dock.events", "dock.backups"}) {
        QAction *toggle = m_docks.value(QLatin1String(name))->toggleViewAction();
        toggle->setObjectName(QStringLiteral("view.") + QLatin1String(name));
        m_actions.insert(toggle->objectName(), toggle);
        view->addAction(toggle);
    }
    view->addSeparator();
    QMenu *language = view->addMenu(QString());
    language->setObjectName(QStringLiteral("menu.language"));
    m_menus.insert(language->objectName(), language);
    language->addActions(m_languageGroup->actions());
    view->addSeparator();
    view->addAction(m_actions.value(QStringLiteral("view.relayout")));
    view->addAction(m_actions.value(QStringLiteral("view.resetLayout")));

    QMenu *help = menu(QStringLiteral("menu.help"));
    help->addAction(m_actions.value(QStringLiteral("help.about")));
    help->addAction(m_actions.value(QStringLiteral("help.aboutQt")));
}

void MainWindow::retranslate()
{
    m_menus.value(QStringLiteral("menu.file"))->setTitle(tr("&File"));
    m_menus.value(QStringLiteral("menu.edit"))->setTitle(tr("&Edit"));
    m_menus.value(QStringLiteral("menu.cluster"))->setTitle(tr("&Cluster"));
    m_menus.value(QStringLiteral("menu.view"))->setTitle(tr("&View"));
    m_menus.value(QStringLiteral("menu.language"))->setTitle(tr("&Language"));
    m_menus.value(QStringLiteral("menu.help"))->setTitle(tr("&Help"));

    auto text = [this](const char *name, const QString &label, const QString &tip = {}) {
        QAction *action = m_actions.value(QLatin1String(name));
        action->setText(label);
        action->setStatusTip(tip);
    };
    text("file.openKubeconfig", tr("Open &Kubeconfig…"), tr("Choose a kubeconfig context and connect to its cluster"));
    text("cluster.prerequisites", tr("Check &Prerequisites…"),
         tr("Check that the cluster can run OpenIM with KubeBlocks, and how to fix what is missing"));
    text("cluster.applyStack", tr("&Apply Stack…"),
         tr("Show what applying the open stack would change on the cluster, then apply it"));
    text("cluster.backupRepo", tr("&Backup Repository…"),
         tr("Set up where KubeBlocks stores backups (S3, MinIO or OSS); the access keys stay in the system keychain"));
    text("cluster.disconnect", tr("&Disconnect"), tr("Close the connection to the cluster"));
    text("file.openStack", tr("&Open Stack…"), tr("Open a stack file and show its topology"));
    text("file.saveStack", tr("&Save Stack"), tr("Save the stack, canvas positions included"));
    text("file.saveStackAs", tr("Save Stack &As…"), tr("Save the stack under another name"));
    text("file.exportImage", tr("&Export Image…"), tr("Save the topology as a PNG or SVG image"));
    text("file.quit", tr("&Quit"), tr("Quit Stackdeck"));
    text("edit.delete", tr("&Delete"), tr("Remove the selected nodes from the stack"));
    text("edit.copySettings", tr("&Copy Settings"), tr("Copy the selected node's settings"));
    text("edit.pasteSettings", tr("&Paste Settings"),
         tr("Give the selected nodes the copied settings (same engine or another component)"));
    text("cluster.deployWizard", tr("Deploy &OpenIM…"), tr("Design a complete OpenIM stack step by step"));
    text("edit.addDatastore", tr("Add &Datastore…"), tr("Add a KubeBlocks datastore Cluster to the stack"));
    text("edit.addComponent", tr("Add &Component…"), tr("Add an OpenIM component to the stack"));
    text("edit.stackSettings", tr("Stack &Settings…"), tr("OpenIM settings of the whole stack: secret, administrators, files, push"));
    text("view.resetLayout", tr("&Reset Layout"), tr("Put every panel back where it started"));
    text("view.relayout", tr("Re-&layout Canvas"), tr("Arrange every node of the canvas afresh"));
    text("help.about", tr("&About Stackdeck"), tr("Version and libraries of this build"));
    text("help.aboutQt", tr("About &Qt"));

    struct Panel
    {
        const char *name;
        QString title;
        QString emptyTitle;
        QString emptyBody;
    };
    m_docks.value(QStringLiteral("dock.properties"))->setWindowTitle(tr("Properties"));
    const Panel panels[] = {
        {"dock.logs",
         tr("Logs"),
         tr("No logs open"),
         tr("Double-click a component on the canvas to stream the logs of all its pods.")},
        {"dock.health",
         tr("Health"),
         tr("Not connected"),
         tr("Readiness, restarts and datastore roles appear here once a cluster is connected.")},
        {"dock.events",
         tr("Events"),
         tr("Not connected"),
         tr("Kubernetes events of the stack's namespace appear here once a cluster is connected.")},
        {"dock.backups", tr("Backups"), {}, {}},
    };
    for (const Panel &panel : panels) {
        m_docks.value(QLatin1String(panel.name))->setWindowTitle(panel.title);
        if (EmptyStateWidget *empty = m_emptyStates.value(QLatin1String(panel.name)))
            empty->setTexts(panel.emptyTitle, panel.emptyBody);
    }
    updateConnectionState();
    updateTitle();
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_kubeconfigPath, m_addedClusters, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_session->contextName().isEmpty())
        dialog->selectContext(m_session->contextName());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->isAddedClusterSelected()) {
            connectToCluster(dialog->kubeconfigPath(), dialog->contextName(), dialog->namespaceName());
            return;
        }
        QString error;
        if (const std::optional<ClusterConnection> connection = dialog->addedConnection(&error))
            m_session->connectTo(*connection, dialog->namespaceName(), {});
        else
            showError(tr("Cannot Connect"), tr("The added cluster cannot be used as it is."), error);
    });
    dialog->open();
}

bool MainWindow::connectToCluster(const QString &kubeconfig, const QString &context, const QString &ns)
{
    const KubeConfig config = KubeConfig::load(kubeconfig);
    QString error;
    std::optional<ClusterConnection> connection;
    if (!config.hasErrors())
        connection = ClusterConnection::fromConfig(config, context, &error);
    if (!connection) {
        QStringList problems = config.errorTexts();
        if (!error.isEmpty())
            problems << error;
        showError(tr("Cannot Connect"), tr("The kubeconfig cannot be used as it is."),
                  problems.join(QLatin1Char('\n')));
        return false;
    }
    m_kubeconfigPath = kubeconfig;
    m_session->connectTo(*connection, ns,
                         [this](const ExecTrustRequest &request) { return trustExecPlugin(request); });
    return true;
}

bool MainWindow::trustExecPlugin(const ExecTrustRequest &request)
{
    // A kubeconfig can name any program; it runs only once the user has seen it. The decision is
    // remembered per kubeconfig file and exact command (which holds no secret: env values are
    // never shown or stored).
    const QString key = QStringLiteral("execTrust/") + QString::fromLatin1(QCryptographicHash::hash(
                            (request.kubeconfigFile + QLatin1Char('\n') + request.commandLine()).toUtf8(),
                            QCryptographicHash::Sha256).toHex());
    QSettings settings;
    if (settings.value(key).toBool())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Run Credential Plugin?"),
        tr("The kubeconfig %1 asks Stackdeck to run this program to get credentials for user \"%2\":\n\n%3\n\n"
           "Run it only if you trust this kubeconfig.")
            .arg(request.kubeconfigFile, request.userName, request.commandLine()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    settings.setValue(key, true);
    return true;
}

void MainWindow::updateConnectionState()
{
    const ClusterSession::State state = m_session->state();
    m_actions.value(QStringLiteral("cluster.prerequisites"))->setEnabled(state == ClusterSession::State::Connected);
    m_actions.value(QStringLiteral("cluster.backupRepo"))->setEnabled(state == ClusterSession::State::Connected);
    m_actions.value(QStringLiteral("cluster.disconnect"))->setEnabled(state != ClusterSession::State::Disconnected);
    m_actions.value(QStringLiteral("cluster.applyStack"))->setEnabled(state == ClusterSession::State::Connected && m_document->isOpen());
    switch (state) {
    case ClusterSession::State::Disconnected:
        setConnection({}, {});
        break;
    case ClusterSession::State::Connecting:
        setConnection(m_session->contextName(), m_session->namespaceName());
        m_connectionLabel->setText(tr("Connecting to %1…").arg(m_session->contextName()));
        break;
    case ClusterSession::State::Connected: {
        setConnection(m_session->contextName(), m_session->namespaceName());
        QString label = tr("Context: %1 · Namespace: %2 · Kubernetes %3")
                            .arg(m_session->contextName(), m_session->namespaceName(), m_session->serverVersion());
        if (!m_session->warnings().isEmpty())
            label += QStringLiteral(" · ⚠ ") + m_session->warnings().join(QStringLiteral("; "));
        m_connectionLabel->setText(label);
        break;
    }
    case ClusterSession::State::Failed:
        setConnection({}, {});
        m_connectionLabel->setText(tr("Connection to %1 failed").arg(m_session->contextName()));
        break;
    }
}

void MainWindow::showPrerequisites()
{
    if (!m_session->client())
        return;
    auto *dialog = new PrerequisitesDialog(m_session->client(), m_session->namespaceName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

void MainWindow::updateTitle()
{
    // The product name stays as it is in every language.
    if (!m_document->isOpen()) {
        setWindowTitle(QStringLiteral("Stackdeck"));
        setWindowModified(false);
        return;
    }
    const QString file = m_document->path().isEmpty() ? tr("Untitled stack") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — Stackdeck").arg(file));
    setWindowModified(!m_undoStack->isClean());
}

void MainWindow::showError(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("dialog.error"));
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // non-blocking: nothing waits on the user
}

bool MainWindow::openStack(const QString &path)
{
    const StackFile::Result result = StackFile::load(path);
    if (!result.stack) {
        QStringList lines;
        for (const StackIssue &issue : result.issues)
            lines << issue.toString();
        showError(tr("Cannot Open Stack"),
                  tr("%1 is not a valid stack file.").arg(QFileInfo(path).fileName()),
                  lines.join(QLatin1Char('\n')));
        return false;
    }
    m_selection->clear();
    m_topology->setGraph({}); // a new design: nothing keeps the old one's positions
    m_document->open(*result.stack, path);
    return true;
}

bool MainWindow::exportImage(const QString &path)
{
    QString error;
    if (!TopologyPainter(m_topology->graph()).save(path, &error)) {
        showError(tr("Cannot Export Image"), error);
        return false;
    }
    return true;
}

bool MainWindow::saveStack(const QString &path)
{
    if (!m_document->isOpen())
        return false;
    const QString target = path.isEmpty() ? m_document->path() : path;
    // Canvas positions belong to the design and travel with the stack file.
    const TopologyGraph graph = m_topology->graph();
    auto placeAt = [&graph](const QString &id, CanvasPosition *canvas) {
        if (const TopologyNode *node = graph.node(id); node && node->placed)
            *canvas = CanvasPosition{true, std::round(node->position.x()), std::round(node->position.y())};
    };
    Stack stack = *m_document->stack();
    for (ComponentSpec &component : stack.components)
        placeAt(component.name, &component.canvas);
    for (DatastoreSpec &datastore : stack.datastores)
        placeAt(datastore.name, &datastore.canvas);
    QString error;
    if (!StackFile::save(stack, target, &error)) {
        showError(tr("Cannot Save Stack"), error);
        return false;
    }
    m_document->update(stack);
    m_document->setPath(target);
    m_undoStack->setClean();
    updateTitle();
    return true;
}

const std::optional<Stack> &MainWindow::stack() const
{
    return m_document->stack();
}

void MainWindow::stackChanged()
{
    // Nodes already on the canvas keep where they are (dragged or laid out); only new nodes take
    // the position the stack gives them, or get one from the incremental layout.
    TopologyGraph graph = graphFromStack(*m_document->stack(), OpenImCatalog::builtIn());
    for (TopologyNode &node : graph.nodes) {
        if (m_topology->graph().node(node.id))
            node.placed = false;
        if (node.kind != NodeKind::External && m_liveHealth) {
            bool live = false;
            node.status = nodeStatus(*m_liveHealth, node.id, &live);
            node.design = live ? DesignState::Deployed : DesignState::Designed;
        }
    }
    m_drift->setStack(m_document->stack());
    if (const std::optional<DriftReport> &drift = m_drift->report())
        applyDesignDrift(graph, *drift, m_document->stack()->name);
    for (TopologyNode &node : graph.nodes) { // unmanaged nodes joining keep a place once laid out
        if (node.design == DesignState::Unmanaged && m_topology->graph().node(node.id))
            node.placed = false;
    }
    m_topology->setGraph(graph);
    m_properties->setStack(&*m_document->stack());
    m_operations->setStack(&*m_document->stack());
    updateMonitoredNodes();
    QStringList alive;
    for (const QString &id : m_selection->ids()) {
        if (graph.node(id))
            alive << id;
    }
    if (alive != m_selection->ids())
        m_selection->set(alive);
    for (const char *name : {"file.saveStack", "file.saveStackAs", "file.exportImage"})
        m_actions.value(QLatin1String(name))->setEnabled(true);
    m_actions.value(QStringLiteral("cluster.applyStack"))->setEnabled(m_session->state() == ClusterSession::State::Connected);
    updateTitle();
}

void MainWindow::applyLiveHealth(const StackHealth &health)
{
    m_liveHealth = std::make_unique<StackHealth>(health);
    m_drift->poke(); // at most one drift read per interval, however many events
    // Status changes touch one row each; only a node appearing on or leaving the cluster
    // changes the design state and needs the graph rebuilt.
    QSet<QString> live;
    for (const TopologyNode &node : m_topology->graph().nodes) {
        if (node.kind == NodeKind::External)
            continue;
        bool found = false;
        m_topology->setStatus(node.id, nodeStatus(health, node.id, &found));
        if (found)
            live.insert(node.id);
    }
    if (live != m_liveNodes) {
        m_liveNodes = live;
        if (m_document->isOpen())
            stackChanged();
    }
}

void MainWindow::confirmDelete(const QStringList &ids)
{
    // Say what the cluster loses on the next apply, not just what leaves the drawing.
    QStringList objects;
    for (const QString &id : ids)
        objects << nodeObjectNames(*m_document->stack(), id);
    QMessageBox box(QMessageBox::Question, tr("Delete from the Stack"),
                    tr("Delete %n node(s) from the stack?", nullptr, int(ids.size())),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("dialog.confirmDelete"));
    box.setInformativeText(
        tr("The next apply deletes these objects from the cluster, where they exist:\n%1\n"
           "A datastore's data goes with it when its termination policy is Delete or WipeOut.")
            .arg(objects.join(QLatin1Char('\n'))));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        m_canvasController->removeNodes(ids);
}

void MainWindow::setConnection(const QString &context, const QString &namespaceName)
{
    m_context = context;
    m_namespace = namespaceName;
    const QString label = context.isEmpty()
                              ? QString()
                              : tr("Context: %1 · Namespace: %2").arg(context, namespaceName);
    m_connectionLabel->setText(label.isEmpty() ? tr("Not connected") : label);
    m_canvas->setConnectionLabel(label);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

bool MainWindow::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    const QByteArray state = settings.value(kStateKey).toByteArray();
    const bool restoredGeometry = !geometry.isEmpty() && restoreGeometry(geometry);
    const bool restoredState = !state.isEmpty() && restoreState(state, kLayoutVersion);
    return restoredGeometry || restoredState;
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kLayoutVersion);
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
    m_docks.value(QStringLiteral("dock.logs"))->raise();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace sd
