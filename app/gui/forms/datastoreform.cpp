#include "gui/forms/datastoreform.h"

#include "common/cronexpression.h"
#include "gui/forms/clusterfacts.h"
#include "gui/forms/discardprompt.h"
#include "gui/forms/formmemory.h"
#include "kube/kubeclient.h"
#include "schema/validator.h"
#include "stack/manifestgenerator.h"
#include "stack/openimcatalog.h"
#include "stack/stackeditor.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTimer>

namespace sd {

namespace {
const KubeBlocksCatalog &catalog()
{
    return KubeBlocksCatalog::builtIn();
}

// The Cluster object ManifestGenerator makes for `d` in `stack`.
nlohmann::ordered_json clusterObject(const Stack &stack, const DatastoreSpec &d)
{
    Stack one;
    one.name = stack.name;
    one.ns = stack.ns;
    one.profile = stack.profile;
    one.datastores = {d};
    for (nlohmann::ordered_json &object : ManifestGenerator().generate(one).objects) {
        if (object.value("kind", std::string()) == "Cluster")
            return object;
    }
    return nlohmann::ordered_json::object();
}

// Sizes of the ready-made stacks (resources/stacks), the presets' source.
const Stack *presetStack(DatastoreForm::Preset preset)
{
    static const std::optional<Stack> dev
        = StackFile::load(QStringLiteral(":/stackdeck/stacks/openim-dev.yaml")).stack;
    static const std::optional<Stack> production
        = StackFile::load(QStringLiteral(":/stackdeck/stacks/openim-production.yaml")).stack;
    const std::optional<Stack> &s = preset == DatastoreForm::Preset::DevTest ? dev : production;
    return s ? &*s : nullptr;
}

QString quantityText(const Quantity &q)
{
    return q.isZero() ? QString() : q.toString();
}

Quantity parsedOrZero(const QString &text)
{
    return Quantity::parse(text.trimmed()).value_or(Quantity());
}

const auto kTerminationPolicies = {"DoNotTerminate", "Delete", "WipeOut"};
} // namespace

DatastoreForm::DatastoreForm(const Stack &stack, ClusterFacts *facts, QWidget *parent)
    : QDialog(parent)
    , m_stack(stack)
    , m_facts(facts)
    , m_dryRunTimer(new QTimer(this))
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("form.datastore"));
    if (!m_facts) {
        m_ownFacts = std::make_unique<ClusterFacts>(nullptr, stack.ns);
        m_facts = m_ownFacts.get();
    }
    m_ui.namespaceEdit->setText(m_stack.ns);
    for (const char *policy : kTerminationPolicies)
        m_ui.terminationCombo->addItem(QString::fromLatin1(policy), QString::fromLatin1(policy));
    m_dryRunTimer->setSingleShot(true);
    m_dryRunTimer->setInterval(500);
    connect(m_dryRunTimer, &QTimer::timeout, this, &DatastoreForm::startDryRun);

    connect(m_ui.engineCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || !isNew())
            return;
        // Another engine has other versions, topologies and sizes: start from its defaults,
        // keeping a name the user typed and what counts as typed input.
        const QString typedName = m_ui.nameEdit->text();
        const bool typed = typedName != m_autoName;
        const DatastoreSpec initial = m_initial;
        startNew(m_ui.engineCombo->currentData().toString());
        if (typed)
            m_ui.nameEdit->setText(typedName);
        m_initial = initial;
    });
    for (QLineEdit *edit : {m_ui.nameEdit, m_ui.cpuRequestEdit, m_ui.cpuLimitEdit,
                            m_ui.memoryRequestEdit, m_ui.memoryLimitEdit, m_ui.storageEdit})
        connect(edit, &QLineEdit::textChanged, this, &DatastoreForm::refresh);
    for (QComboBox *combo : {m_ui.versionCombo, m_ui.topologyCombo, m_ui.storageClassCombo,
                             m_ui.terminationCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &DatastoreForm::refresh);
    connect(m_ui.storageClassCombo, &QComboBox::editTextChanged, this, &DatastoreForm::refresh);
    connect(m_ui.replicasSpin, &QSpinBox::valueChanged, this, &DatastoreForm::refresh);
    connect(m_ui.exporterCheck, &QCheckBox::toggled, this, &DatastoreForm::refresh);
    connect(m_ui.backupGroup, &QGroupBox::toggled, this, &DatastoreForm::refresh);
    for (QLineEdit *edit : {m_ui.backupCronEdit, m_ui.backupRetentionEdit, m_ui.backupRepoEdit})
        connect(edit, &QLineEdit::textChanged, this, &DatastoreForm::refresh);
    connect(m_ui.backupMethodCombo, &QComboBox::currentIndexChanged, this, &DatastoreForm::refresh);
    connect(m_ui.devPresetButton, &QPushButton::clicked, this, [this] { applyPreset(Preset::DevTest); });
    connect(m_ui.productionPresetButton, &QPushButton::clicked, this,
            [this] { applyPreset(Preset::Production); });
    connect(m_ui.buttonBox, &QDialogButtonBox::accepted, this, &DatastoreForm::accept);
    connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &DatastoreForm::reject);

    connect(m_facts, &ClusterFacts::loaded, this, [this] {
        // The cluster's engines, versions and classes replace the offline guesses; what the
        // user typed stays.
        const DatastoreSpec typed = datastore();
        const bool untouched = typed == m_initial;
        populateEngines();
        populateEngineFields(typed.engine);
        setFields(typed);
        if (untouched)
            m_initial = datastore();
        refresh();
    });
    if (!m_facts->isLoaded())
        m_facts->load();
    populateEngines();
}

DatastoreForm::~DatastoreForm() = default;

void DatastoreForm::populateEngines()
{
    QScopedValueRollback guard(m_updating, true);
    const QString current = m_ui.engineCombo->currentData().toString();
    auto *model = new QStandardItemModel(m_ui.engineCombo);
    for (const KbEngineSpec &engine : catalog().engines()) {
        auto *item = new QStandardItem(engine.displayName);
        item->setData(engine.id, Qt::UserRole);
        QString reason;
        if (m_facts->isLoaded() && !m_facts->isEngineAvailable(engine.id, &reason)) {
            item->setEnabled(false);
            item->setText(tr("%1 (unavailable)").arg(engine.displayName));
            item->setToolTip(reason);
        }
        model->appendRow(item);
    }
    m_ui.engineCombo->setModel(model);
    const int index = m_ui.engineCombo->findData(current);
    m_ui.engineCombo->setCurrentIndex(index >= 0 ? index : 0);
}

QString DatastoreForm::defaultName(const QString &engine) const
{
    auto taken = [this](const QString &name) {
        return name != m_original && (m_stack.datastore(name) || m_stack.component(name));
    };
    QString name = QStringLiteral("%1-cluster").arg(engine);
    for (int n = 2; taken(name) || name.size() > catalog().maxClusterNameLength(); ++n)
        name = QStringLiteral("%1-%2").arg(engine).arg(n);
    return name;
}

void DatastoreForm::populateEngineFields(const QString &engineId)
{
    QScopedValueRollback guard(m_updating, true);
    const KbEngineSpec *engine = catalog().engine(engineId);
    m_ui.versionCombo->clear();
    m_ui.topologyCombo->clear();
    m_ui.storageClassCombo->clear();
    m_ui.backupMethodCombo->clear();
    if (!engine)
        return;
    const EngineVersions versions = m_facts->versions(engineId);
    for (auto it = versions.versions.crbegin(); it != versions.versions.crend(); ++it)
        m_ui.versionCombo->addItem(*it, *it); // newest first
    switch (versions.source) {
    case EngineVersions::Source::Cluster:
        m_ui.versionHint->setText(tr("Versions offered by the cluster's ComponentVersion objects."));
        break;
    case EngineVersions::Source::BuiltIn:
        m_ui.versionHint->setText(
            m_facts->isOnline()
                ? tr("The cluster has no ComponentVersion API; versions of KubeBlocks addon %1.")
                      .arg(catalog().fallbackAddonVersion())
                : tr("Not connected: versions of KubeBlocks addon %1.").arg(catalog().fallbackAddonVersion()));
        break;
    case EngineVersions::Source::NotInstalled:
        m_ui.versionHint->setText(tr("The cluster offers no versions of this engine (its ComponentVersion is missing or not Available)."));
        break;
    }
    for (const QString &method : engine->backupMethods)
        m_ui.backupMethodCombo->addItem(method, method);
    m_ui.topologyCombo->setEnabled(engine->topologies.size() > 1);
    for (const KbTopologySpec &t : engine->topologies)
        m_ui.topologyCombo->addItem(t.id.isEmpty() ? tr("(single component)") : t.id, t.id);

    const bool online = m_facts->isOnline() && m_facts->isLoaded();
    m_ui.storageClassCombo->setEditable(!online);
    m_ui.storageClassCombo->addItem(
        m_facts->defaultStorageClass().isEmpty()
            ? tr("(the default StorageClass)")
            : tr("(the default StorageClass: %1)").arg(m_facts->defaultStorageClass()),
        QString());
    for (const QString &sc : m_facts->storageClasses()) {
        m_ui.storageClassCombo->addItem(sc == m_facts->defaultStorageClass() ? tr("%1 (default)").arg(sc)
                                                                             : sc,
                                        sc);
    }
}

void DatastoreForm::setFields(const DatastoreSpec &d)
{
    {
        QScopedValueRollback guard(m_updating, true);
        m_ui.engineCombo->setCurrentIndex(std::max(0, m_ui.engineCombo->findData(d.engine)));
        m_ui.nameEdit->setText(d.name);
        int v = m_ui.versionCombo->findData(d.version);
        if (v < 0 && !d.version.isEmpty()) {
            // A version the list does not offer (an older stack file): keep it visible, so
            // the problem is shown rather than silently replaced.
            m_ui.versionCombo->addItem(d.version, d.version);
            v = m_ui.versionCombo->count() - 1;
        }
        m_ui.versionCombo->setCurrentIndex(v);
        const KbEngineSpec *engine = catalog().engine(d.engine);
        const QString topology = d.topology.isEmpty() && engine ? engine->defaultTopology : d.topology;
        m_ui.topologyCombo->setCurrentIndex(std::max(0, m_ui.topologyCombo->findData(topology)));
        const KbComponentSpec *data = engine ? engine->dataComponent() : nullptr;
        m_ui.replicasSpin->setRange(data ? data->minReplicas : 1, data ? data->maxReplicas : 99);
        m_ui.replicasSpin->setValue(d.replicas);
        m_ui.cpuRequestEdit->setText(quantityText(d.resources.cpuRequest));
        m_ui.cpuLimitEdit->setText(quantityText(d.resources.cpuLimit));
        m_ui.memoryRequestEdit->setText(quantityText(d.resources.memoryRequest));
        m_ui.memoryLimitEdit->setText(quantityText(d.resources.memoryLimit));
        m_ui.storageEdit->setText(quantityText(d.storageSize));
        const int sc = m_ui.storageClassCombo->findData(d.storageClass);
        if (sc >= 0)
            m_ui.storageClassCombo->setCurrentIndex(sc);
        else if (m_ui.storageClassCombo->isEditable())
            m_ui.storageClassCombo->setEditText(d.storageClass);
        else
            m_ui.storageClassCombo->setCurrentIndex(0);
        m_ui.terminationCombo->setCurrentIndex(
            std::max(0, m_ui.terminationCombo->findData(d.terminationPolicy)));
        m_ui.exporterCheck->setChecked(d.exporter);
        // An engine without backup methods cannot have a schedule; a stopped one shows unchecked.
        const BackupScheduleSpec backup = d.backup.value_or(BackupScheduleSpec{});
        m_ui.backupGroup->setEnabled(engine && !engine->backupMethods.isEmpty());
        m_ui.backupGroup->setChecked(d.backup && d.backup->enabled);
        m_ui.backupCronEdit->setText(backup.cron.isEmpty() ? QStringLiteral("0 18 * * *") : backup.cron);
        int method = m_ui.backupMethodCombo->findData(backup.method);
        if (method < 0 && !backup.method.isEmpty()) {
            // A method the catalog does not list for this engine: shown, and reported.
            m_ui.backupMethodCombo->addItem(backup.method, backup.method);
            method = m_ui.backupMethodCombo->count() - 1;
        }
        m_ui.backupMethodCombo->setCurrentIndex(std::max(0, method));
        m_ui.backupRetentionEdit->setText(backup.retention);
        m_ui.backupRepoEdit->setText(backup.repo);
    }
    refresh();
}

void DatastoreForm::startNew(const QString &engineId)
{
    m_original.clear();
    setWindowTitle(tr("Add Datastore"));
    m_ui.engineCombo->setEnabled(true);
    QString id = engineId;
    if (id.isEmpty()) {
        for (const KbEngineSpec &e : catalog().engines()) {
            if (m_facts->isEngineAvailable(e.id) || !m_facts->isLoaded()) {
                id = e.id;
                break;
            }
        }
    }
    const KbEngineSpec *engine = catalog().engine(id);
    if (!engine)
        engine = &catalog().engines().first();
    populateEngineFields(engine->id);
    DatastoreSpec d;
    d.engine = engine->id;
    d.name = defaultName(engine->id);
    m_autoName = d.name;
    const QStringList offered = m_facts->versions(engine->id).versions;
    d.version = offered.contains(engine->defaultVersion) || offered.isEmpty() ? engine->defaultVersion
                                                                              : offered.last();
    d.topology = engine->defaultTopology;
    if (const KbComponentSpec *data = engine->dataComponent()) {
        d.replicas = data->defaultReplicas;
        d.resources = data->defaultResources;
    }
    d.storageSize = engine->defaultStorage;
    d.terminationPolicy = engine->defaultTerminationPolicy;
    loadRemembered(&d);
    setFields(d);
    m_initial = datastore();
}

bool DatastoreForm::startEdit(const QString &name)
{
    const DatastoreSpec *d = m_stack.datastore(name);
    if (!d)
        return false;
    m_original = name;
    setWindowTitle(tr("Edit Datastore %1").arg(name));
    populateEngineFields(d->engine);
    setFields(*d);
    // The engine of an existing Cluster is fixed (clusterDef is immutable).
    m_ui.engineCombo->setEnabled(false);
    m_initial = datastore();
    return true;
}

void DatastoreForm::setCanvasPosition(QPointF position)
{
    m_position = position;
    m_hasPosition = true;
    m_initial.canvas = CanvasPosition{true, position.x(), position.y()}; // where it goes is not typed input
}

void DatastoreForm::loadRemembered(DatastoreSpec *d) const
{
    const FormMemory memory(m_facts->clusterName(), QStringLiteral("datastore-") + d->engine);
    const QString version = memory.value(QStringLiteral("version")).toString();
    if (m_facts->versions(d->engine).versions.contains(version))
        d->version = version;
    const QString topology = memory.value(QStringLiteral("topology"), d->topology).toString();
    if (catalog().engine(d->engine)->topology(topology))
        d->topology = topology;
    memory.loadSizing(&d->replicas, &d->resources);
    d->storageSize = memory.quantity(QStringLiteral("storage"), d->storageSize);
    const QString sc = memory.value(QStringLiteral("storageClass")).toString();
    if (sc.isEmpty() || !m_facts->isOnline() || m_facts->storageClasses().contains(sc))
        d->storageClass = sc;
    d->terminationPolicy = memory.value(QStringLiteral("terminationPolicy"), d->terminationPolicy).toString();
    d->exporter = memory.value(QStringLiteral("exporter"), d->exporter).toBool();
}

void DatastoreForm::remember(const DatastoreSpec &d) const
{
    FormMemory memory(m_facts->clusterName(), QStringLiteral("datastore-") + d.engine);
    memory.setValue(QStringLiteral("version"), d.version);
    memory.setValue(QStringLiteral("topology"), d.topology);
    memory.setSizing(d.replicas, d.resources);
    memory.setValue(QStringLiteral("storage"), d.storageSize.toString());
    memory.setValue(QStringLiteral("storageClass"), d.storageClass);
    memory.setValue(QStringLiteral("terminationPolicy"), d.terminationPolicy);
    memory.setValue(QStringLiteral("exporter"), d.exporter);
}

DatastoreSpec DatastoreForm::datastore() const
{
    DatastoreSpec d;
    if (const DatastoreSpec *original = m_stack.datastore(m_original)) {
        d.canvas = original->canvas;
        d.location = original->location;
    }
    if (m_hasPosition)
        d.canvas = CanvasPosition{true, m_position.x(), m_position.y()};
    d.engine = m_ui.engineCombo->currentData().toString();
    d.name = m_ui.nameEdit->text().trimmed();
    d.version = m_ui.versionCombo->currentData().toString();
    d.topology = m_ui.topologyCombo->currentData().toString();
    d.replicas = m_ui.replicasSpin->value();
    d.resources.cpuRequest = parsedOrZero(m_ui.cpuRequestEdit->text());
    d.resources.cpuLimit = parsedOrZero(m_ui.cpuLimitEdit->text());
    d.resources.memoryRequest = parsedOrZero(m_ui.memoryRequestEdit->text());
    d.resources.memoryLimit = parsedOrZero(m_ui.memoryLimitEdit->text());
    d.storageSize = parsedOrZero(m_ui.storageEdit->text());
    const int sc = m_ui.storageClassCombo->currentIndex();
    const QString typed = m_ui.storageClassCombo->currentText().trimmed();
    d.storageClass = sc >= 0 && m_ui.storageClassCombo->itemText(sc) == typed
                         ? m_ui.storageClassCombo->itemData(sc).toString()
                         : typed;
    d.terminationPolicy = m_ui.terminationCombo->currentData().toString();
    d.exporter = m_ui.exporterCheck->isChecked();
    // Removing spec.backup would leave KubeBlocks' schedule running: a schedule the datastore had
    // is kept, switched off, when the box is cleared.
    const DatastoreSpec *original = m_stack.datastore(m_original);
    if (m_ui.backupGroup->isChecked() || (original && original->backup)) {
        BackupScheduleSpec backup;
        backup.enabled = m_ui.backupGroup->isChecked();
        backup.cron = m_ui.backupCronEdit->text().simplified();
        backup.method = m_ui.backupMethodCombo->currentData().toString();
        backup.retention = m_ui.backupRetentionEdit->text().trimmed();
        backup.repo = m_ui.backupRepoEdit->text().trimmed();
        d.backup = backup;
    }
    return d;
}

Stack DatastoreForm::resultStack() const
{
    Stack s = m_stack;
    const DatastoreSpec d = datastore();
    if (isNew()) {
        s.datastores.append(d);
        StackEditor().wireDatastore(s, d.name);
        return s;
    }
    for (DatastoreSpec &existing : s.datastores) {
        if (existing.name == m_original)
            existing = d;
    }
    for (Edge &e : s.edges) {
        if (e.to == m_original)
            e.to = d.name;
    }
    return s;
}

std::unique_ptr<QUndoCommand> DatastoreForm::createCommand(ChangeStackCommand::Apply apply) const
{
    const QString name = datastore().name;
    return std::make_unique<ChangeStackCommand>(std::move(apply), m_stack, resultStack(),
                                                isNew() ? tr("Add datastore %1").arg(name)
                                                        : tr("Edit datastore %1").arg(name));
}

void DatastoreForm::applyPreset(Preset preset)
{
    DatastoreSpec d = datastore();
    const KbEngineSpec *engine = catalog().engine(d.engine);
    if (!engine)
        return;
    const Stack *source = presetStack(preset);
    const auto it = source ? std::find_if(source->datastores.cbegin(), source->datastores.cend(),
                                          [&](const DatastoreSpec &p) { return p.engine == d.engine; })
                           : QList<DatastoreSpec>::const_iterator();
    if (source && it != source->datastores.cend()) {
        d.topology = it->topology;
        d.replicas = it->replicas;
        d.resources = it->resources;
        d.storageSize = it->storageSize;
        d.terminationPolicy = it->terminationPolicy;
    } else if (const KbComponentSpec *data = engine->dataComponent()) {
        // Engines the ready-made stacks do not use (MySQL): the catalog's sizes.
        d.topology = engine->defaultTopology;
        d.replicas = preset == Preset::DevTest ? data->minReplicas : data->defaultReplicas;
        d.resources = data->defaultResources;
        d.storageSize = engine->defaultStorage;
        d.terminationPolicy = preset == Preset::DevTest ? QStringLiteral("WipeOut")
                                                        : QStringLiteral("DoNotTerminate");
    }
    setFields(d);
}

void DatastoreForm::updateHints()
{
    const DatastoreSpec d = datastore();
    const KbEngineSpec *engine = catalog().engine(d.engine);
    const KbComponentSpec *data = engine ? engine->dataComponent() : nullptr;
    QStringList hints;
    if (data) {
        hints << tr("%1 runs %2 to %3 replicas.").arg(data->name).arg(data->minReplicas).arg(data->maxReplicas);
        if (data->replicaRule == QLatin1String("odd"))
            hints << tr("Use an odd number: the replicas form a quorum.");
        else if (data->replicaRule == QLatin1String("even"))
            hints << tr("Use an even number: erasure coding spreads data over pairs.");
    }
    if (const KbTopologySpec *t = engine ? engine->topology(d.topology) : nullptr) {
        for (const QString &name : t->components) {
            const KbComponentSpec *c = engine->component(name);
            if (c && c != data)
                hints << tr("The topology adds %1 with %n replica(s).", nullptr, c->defaultReplicas).arg(name);
        }
    }
    if (d.engine == QLatin1String("redis") && d.topology == QLatin1String("replication"))
        hints << tr("Two or more replicas give a standby that Sentinel promotes on failure.");
    m_ui.replicasHint->setText(hints.join(QLatin1Char(' ')));

    const QString policy = d.terminationPolicy;
    if (policy == QLatin1String("DoNotTerminate"))
        m_ui.terminationHint->setText(tr("The Cluster cannot be deleted until this policy is changed."));
    else if (policy == QLatin1String("Delete"))
        m_ui.terminationHint->setText(tr("Deleting the Cluster deletes its Pods, Services and volumes (PVCs); backups are kept."));
    else
        m_ui.terminationHint->setText(tr("Deleting the Cluster deletes everything, including volume snapshots and backups in external storage."));
}

QString DatastoreForm::fieldForPath(const QString &rawPath)
{
    QString path = rawPath;
    if (path.startsWith(QLatin1Char('.')))
        path.remove(0, 1);
    static const QList<QPair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("^metadata\\.name")), QStringLiteral("name")},
        {QRegularExpression(QStringLiteral("^spec\\.terminationPolicy")), QStringLiteral("termination")},
        {QRegularExpression(QStringLiteral("^spec\\.(topology|clusterDef)")), QStringLiteral("topology")},
        {QRegularExpression(QStringLiteral("serviceVersion")), QStringLiteral("version")},
        {QRegularExpression(QStringLiteral("\\.replicas$")), QStringLiteral("replicas")},
        {QRegularExpression(QStringLiteral("resources\\.(requests|limits)\\.cpu")), QStringLiteral("cpu")},
        {QRegularExpression(QStringLiteral("resources\\.(requests|limits)\\.memory")), QStringLiteral("memory")},
        {QRegularExpression(QStringLiteral("storageClassName")), QStringLiteral("storageClass")},
        {QRegularExpression(QStringLiteral("volumeClaimTemplates")), QStringLiteral("storage")},
        {QRegularExpression(QStringLiteral("disableExporter")), QStringLiteral("exporter")},
        {QRegularExpression(QStringLiteral("^spec\\.backup\\.cronExpression")), QStringLiteral("backupCron")},
        {QRegularExpression(QStringLiteral("^spec\\.backup\\.method")), QStringLiteral("backupMethod")},
        {QRegularExpression(QStringLiteral("^spec\\.backup\\.retentionPeriod")), QStringLiteral("backupRetention")},
        {QRegularExpression(QStringLiteral("^spec\\.backup\\.repoName")), QStringLiteral("backupRepo")},
    };
    for (const auto &[re, field] : rules) {
        if (re.match(path).hasMatch())
            return field;
    }
    return QStringLiteral("general");
}

void DatastoreForm::refresh()
{
    if (m_updating)
        return;
    updateHints();
    m_errors.clear();
    const DatastoreSpec d = datastore();
    const int maxName = catalog().maxClusterNameLength();

    QString reason;
    if (!m_facts->isEngineAvailable(d.engine, &reason) && isNew())
        m_errors.insert(QStringLiteral("engine"), reason);

    if (d.name.isEmpty())
        m_errors.insert(QStringLiteral("name"), tr("Enter a name."));
    else if (d.name.size() > maxName)
        m_errors.insert(QStringLiteral("name"),
                        tr("Use at most %1 characters: KubeBlocks appends to the name for Pods, Services and Secrets.")
                            .arg(maxName));
    else if (!StackValidator::isDnsLabel(d.name))
        m_errors.insert(QStringLiteral("name"),
                        tr("Use lowercase letters, digits and '-', starting with a letter and ending with a letter or digit."));
    else if (d.name != m_original && (m_stack.datastore(d.name) || m_stack.component(d.name)))
        m_errors.insert(QStringLiteral("name"), tr("The stack already has a node named “%1”.").arg(d.name));

    if (d.version.isEmpty())
        m_errors.insert(QStringLiteral("version"), tr("Choose a version."));
    else if (m_facts->isOnline() && m_facts->isLoaded()
             && !m_facts->versions(d.engine).versions.contains(d.version))
        m_errors.insert(QStringLiteral("version"),
                        tr("The cluster does not offer version %1 of this engine.").arg(d.version));

    const KbEngineSpec *engine = catalog().engine(d.engine);
    const KbComponentSpec *data = engine ? engine->dataComponent() : nullptr;
    if (data && data->replicaRule == QLatin1String("odd") && d.replicas % 2 == 0)
        m_errors.insert(QStringLiteral("replicas"), tr("Use an odd number of replicas (a quorum), not %1.").arg(d.replicas));
    else if (data && data->replicaRule == QLatin1String("even") && d.replicas % 2 != 0)
        m_errors.insert(QStringLiteral("replicas"), tr("Use an even number of replicas, not %1.").arg(d.replicas));

    auto checkPair = [this](const QString &field, QLineEdit *request, QLineEdit *limit, const QString &example) {
        const auto r = Quantity::parse(request->text().trimmed());
        const auto l = Quantity::parse(limit->text().trimmed());
        if (!r || r->isZero())
            m_errors.insert(field, tr("The request is not a quantity such as %1.").arg(example));
        else if (!l || l->isZero())
            m_errors.insert(field, tr("The limit is not a quantity such as %1.").arg(example));
        else if (*r > *l)
            m_errors.insert(field, tr("The request (%1) is above the limit (%2).").arg(r->toString(), l->toString()));
    };
    checkPair(QStringLiteral("cpu"), m_ui.cpuRequestEdit, m_ui.cpuLimitEdit, QStringLiteral("500m"));
    checkPair(QStringLiteral("memory"), m_ui.memoryRequestEdit, m_ui.memoryLimitEdit, QStringLiteral("512Mi"));
    if (const auto size = Quantity::parse(m_ui.storageEdit->text().trimmed()); !size || size->isZero())
        m_errors.insert(QStringLiteral("storage"), tr("The size is not a quantity such as 20Gi."));
    if (!d.storageClass.isEmpty() && !StackValidator::isDnsSubdomain(d.storageClass))
        m_errors.insert(QStringLiteral("storageClass"), tr("“%1” is not a valid StorageClass name.").arg(d.storageClass));

    if (d.backup) { // a stopped schedule is still written to the file and the Cluster: check it too
        QString cronError;
        if (const auto cron = CronExpression::parse(d.backup->cron, &cronError)) {
            const QDateTime next = cron->next(QDateTime::currentDateTimeUtc());
            m_ui.backupCronHint->setText(
                !d.backup->enabled ? tr("Stopped: KubeBlocks keeps the schedule but takes no backups.")
                : next.isValid() ? tr("Next backup: %1 UTC.").arg(QLocale().toString(next, QLocale::ShortFormat))
                               : tr("This schedule never runs."));
        } else {
            m_ui.backupCronHint->setText(QString());
            m_errors.insert(QStringLiteral("backupCron"), cronError);
        }
        if (d.backup->method.isEmpty())
            m_errors.insert(QStringLiteral("backupMethod"), tr("This engine has no backup method."));
        else if (engine && !engine->backupMethods.contains(d.backup->method))
            m_errors.insert(QStringLiteral("backupMethod"),
                            tr("%1 has no backup method “%2”; choose one of: %3.")
                                .arg(engine->displayName, d.backup->method,
                                     engine->backupMethods.join(QStringLiteral(", "))));
        if (!StackFile::isRetentionPeriod(d.backup->retention))
            m_errors.insert(QStringLiteral("backupRetention"),
                            tr("Keep backups for a duration such as 30m, 12h, 7d, 6mo or 1y."));
        if (!d.backup->repo.isEmpty() && !StackValidator::isDnsSubdomain(d.backup->repo))
            m_errors.insert(QStringLiteral("backupRepo"),
                            tr("“%1” is not a valid BackupRepo name.").arg(d.backup->repo));
    } else {
        m_ui.backupCronHint->setText(QString());
    }

    // The object as it will be sent, and what the Cluster CRD's schema says about it.
    const nlohmann::ordered_json object = clusterObject(m_stack, d);
    m_ui.previewEdit->setPlainText(QString::fromUtf8(YamlWriter::write(object)));
    if (const schema::Validator *validator = m_facts->clusterSchema()) {
        const schema::Validator::Result result = validator->validate(nlohmann::json(object));
        for (const schema::Issue &issue : result.issues) {
            const QString field = fieldForPath(issue.field);
            if (!m_errors.contains(field))
                m_errors.insert(field, tr("Cluster schema: %1: %2").arg(issue.field, issue.message));
        }
        m_ui.schemaLabel->setText(
            result.ok() ? (m_facts->schemaFromCluster()
                               ? tr("Valid against the Cluster schema of the connected cluster.")
                               : tr("Valid against the bundled KubeBlocks 1.0 Cluster schema."))
                        : tr("Not valid against the Cluster schema: %n problem(s).", nullptr,
                             int(result.issues.size())));
    } else {
        m_ui.schemaLabel->setText(tr("Loading the Cluster schema…"));
    }

    // A previous dry run's answer no longer describes what is typed now.
    m_serverErrors.clear();
    m_serverNote.clear();
    m_dryRun.reset();

    if (m_errors.isEmpty() && m_facts->isOnline() && m_facts->client())
        m_dryRunTimer->start();
    else
        m_dryRunTimer->stop();

    showProblems();
}

void DatastoreForm::showProblems()
{
    // One line per field, in the order of the form, local checks before the server's.
    static const char *const order[] = {"engine", "name", "version", "topology", "replicas", "cpu",
                                        "memory", "storage", "storageClass", "termination",
                                        "exporter", "backupCron", "backupMethod", "backupRetention",
                                        "backupRepo", "general"};
    QStringList lines;
    for (const char *field : order) {
        const QString message = fieldError(QLatin1String(field));
        if (!message.isEmpty())
            lines << message;
    }
    if (!m_serverNote.isEmpty())
        lines << m_serverNote;
    m_ui.problemsLabel->setText(lines.join(QLatin1Char('\n')));

    // The fields with a problem, local or the server's, are marked where they are typed.
    const QList<QPair<QString, QWidget *>> fields = {
        {QStringLiteral("name"), m_ui.nameEdit},
        {QStringLiteral("replicas"), m_ui.replicasSpin},
        {QStringLiteral("cpu"), m_ui.cpuRequestEdit},
        {QStringLiteral("cpu"), m_ui.cpuLimitEdit},
        {QStringLiteral("memory"), m_ui.memoryRequestEdit},
        {QStringLiteral("memory"), m_ui.memoryLimitEdit},
        {QStringLiteral("storage"), m_ui.storageEdit},
        {QStringLiteral("backupCron"), m_ui.backupCronEdit},
        {QStringLiteral("backupMethod"), m_ui.backupMethodCombo},
        {QStringLiteral("backupRetention"), m_ui.backupRetentionEdit},
        {QStringLiteral("backupRepo"), m_ui.backupRepoEdit},
    };
    for (const auto &[field, widget] : fields)
        widget->setStyleSheet(fieldError(field).isEmpty() ? QString()
                                                          : QStringLiteral("background-color: #fde2e1;"));
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void DatastoreForm::startDryRun()
{
    KubeClient *client = m_facts ? m_facts->client() : nullptr;
    if (!client)
        return;
    const DatastoreSpec d = datastore();
    const nlohmann::ordered_json object = clusterObject(m_stack, d);
    ApiResource type;
    type.group = QStringLiteral("apps.kubeblocks.io");
    type.version = QStringLiteral("v1");
    type.resource = QStringLiteral("clusters");
    type.kind = QStringLiteral("Cluster");
    ApplyOptions options;
    options.dryRun = true;
    options.force = true;
    m_dryRun.reset(client->apply(type, m_stack.ns, d.name, QByteArray::fromStdString(object.dump()), options));
    connect(m_dryRun.get(), &KubeRequest::finished, this, &DatastoreForm::showServerAnswer);
}

void DatastoreForm::showServerAnswer(const KubeResponse &response)
{
    m_serverErrors.clear();
    m_serverNote.clear();
    if (response.ok()) {
        // Nothing to add: the server accepts the object as it is.
    } else if (response.error.httpStatus() == 422) {
        // Invalid: each cause names a field of the object; show it where that field is edited.
        for (const StatusCause &cause : response.error.causes()) {
            const QString field = fieldForPath(cause.field);
            m_serverErrors.insert(field, tr("The cluster says: %1").arg(cause.message));
        }
        if (m_serverErrors.isEmpty())
            m_serverErrors.insert(QStringLiteral("general"), tr("The cluster says: %1").arg(response.error.text()));
    } else {
        // Not about the values (a namespace not created yet, no permission): worth knowing, not
        // a reason to refuse the edit; deploying will say it again.
        m_serverNote = tr("The cluster could not check the object: %1").arg(response.error.text());
    }
    showProblems();
}

QString DatastoreForm::fieldError(const QString &field) const
{
    return m_errors.value(field, m_serverErrors.value(field));
}

QString DatastoreForm::previewText() const
{
    return m_ui.previewEdit->toPlainText();
}

bool DatastoreForm::canAccept() const
{
    return m_errors.isEmpty() && m_serverErrors.isEmpty() && m_facts && m_facts->clusterSchema();
}

void DatastoreForm::accept()
{
    if (!canAccept())
        return;
    remember(datastore());
    QDialog::accept();
}

void DatastoreForm::reject()
{
    rejectOrConfirm(this, datastore() != m_initial, [this] { QDialog::reject(); });
}

void DatastoreForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        setWindowTitle(isNew() ? tr("Add Datastore") : tr("Edit Datastore %1").arg(m_original));
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace sd
