#include "gui/forms/componentform.h"

#include "gui/forms/clusterfacts.h"
#include "gui/forms/discardprompt.h"
#include "gui/forms/formmemory.h"
#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"
#include "stack/openimcatalog.h"
#include "stack/stackeditor.h"
#include "stack/stackvalidator.h"
#include "stack/yamlwriter.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSet>

namespace sd {

namespace {
// Wiring choices that name a Cluster on the cluster rather than one of the stack.
constexpr int kExistingRole = Qt::UserRole + 1;

const OpenImCatalog &catalog()
{
    return OpenImCatalog::builtIn();
}

QString quantityText(const Quantity &q)
{
    return q.isZero() ? QString() : q.toString();
}

QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    return names;
}
} // namespace

ComponentForm::ComponentForm(const Stack &stack, ClusterFacts *facts, QWidget *parent)
    : QDialog(parent)
    , m_stack(stack)
    , m_facts(facts)
{
    m_ui.setupUi(this);
    setObjectName(QStringLiteral("form.component"));
    if (!m_facts) {
        m_ownFacts = std::make_unique<ClusterFacts>(nullptr, stack.ns);
        m_facts = m_ownFacts.get();
    }
    for (const RegistrySpec &r : catalog().registries())
        m_ui.registryCombo->addItem(QStringLiteral("%1 (%2)").arg(r.displayName, r.prefix), r.id);
    for (const char *type : {"ClusterIP", "NodePort", "LoadBalancer", "Ingress"})
        m_ui.exposureCombo->addItem(QString::fromLatin1(type), QString::fromLatin1(type));

    connect(m_ui.componentCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || !isNew())
            return;
        const QString initial = m_initial;
        startNew(m_ui.componentCombo->currentData().toString());
        m_initial = initial;
    });
    for (QLineEdit *edit : {m_ui.imageEdit, m_ui.tagEdit, m_ui.pullSecretsEdit, m_ui.cpuRequestEdit,
                            m_ui.cpuLimitEdit, m_ui.memoryRequestEdit, m_ui.memoryLimitEdit,
                            m_ui.ingressHostEdit, m_ui.ingressClassEdit})
        connect(edit, &QLineEdit::textChanged, this, &ComponentForm::refresh);
    connect(m_ui.registryCombo, &QComboBox::currentIndexChanged, this, &ComponentForm::refresh);
    connect(m_ui.exposureCombo, &QComboBox::currentIndexChanged, this, &ComponentForm::refresh);
    connect(m_ui.replicasSpin, &QSpinBox::valueChanged, this, &ComponentForm::refresh);
    connect(m_ui.nodePortSpin, &QSpinBox::valueChanged, this, &ComponentForm::refresh);
    connect(m_ui.envTable, &QTableWidget::itemChanged, this, &ComponentForm::refresh);
    connect(m_ui.addEnvButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui.envTable->rowCount();
        m_ui.envTable->insertRow(row);
        m_ui.envTable->setItem(row, 0, new QTableWidgetItem(QStringLiteral("IMENV_")));
        m_ui.envTable->setItem(row, 1, new QTableWidgetItem());
        m_ui.envTable->setCurrentCell(row, 0);
        m_ui.envTable->editItem(m_ui.envTable->item(row, 0));
        refresh();
    });
    connect(m_ui.removeEnvButton, &QPushButton::clicked, this, [this] {
        if (m_ui.envTable->currentRow() >= 0)
            m_ui.envTable->removeRow(m_ui.envTable->currentRow());
        refresh();
    });
    connect(m_ui.buttonBox, &QDialogButtonBox::accepted, this, &ComponentForm::accept);
    connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &ComponentForm::reject);
    // The Clusters already on the cluster join the wiring choices once known; choices made stay.
    connect(m_facts, &ClusterFacts::loaded, this, [this] {
        QHash<QString, QString> chosen;
        for (auto it = m_wiring.cbegin(); it != m_wiring.cend(); ++it)
            chosen.insert(it.key(), it.value()->currentData().toString());
        {
            QScopedValueRollback guard(m_updating, true);
            rebuildWiring(m_ui.componentCombo->currentData().toString(), m_original);
            for (auto it = m_wiring.cbegin(); it != m_wiring.cend(); ++it) {
                if (const int i = it.value()->findData(chosen.value(it.key())); i >= 0)
                    it.value()->setCurrentIndex(i);
            }
        }
        refresh();
    });
    m_facts->load();
    populateComponents();
}

ComponentForm::~ComponentForm() = default;

void ComponentForm::populateComponents()
{
    QScopedValueRollback guard(m_updating, true);
    m_ui.componentCombo->clear();
    for (const OpenImComponentSpec &spec : catalog().components()) {
        if (spec.group == QLatin1String("chat") && !m_stack.profile.chat)
            continue;
        if (isNew() && m_stack.component(spec.id))
            continue;
        m_ui.componentCombo->addItem(spec.id, spec.id);
    }
}

void ComponentForm::rebuildWiring(const QString &componentId, const QString &wiredFrom)
{
    while (m_ui.wiringLayout->rowCount() > 0)
        m_ui.wiringLayout->removeRow(0);
    m_wiring.clear();
    const OpenImComponentSpec *spec = catalog().component(componentId);
    if (!spec)
        return;
    for (const QString &engine : spec->datastores) {
        auto *combo = new QComboBox(m_ui.wiringWidget);
        combo->setObjectName(QStringLiteral("wiring.") + engine);
        QString current;
        for (const DatastoreSpec &d : m_stack.datastores) {
            if (d.engine != engine)
                continue;
            const QString secret = KubeBlocksCatalog::builtIn().accountSecret(d);
            combo->addItem(d.name, d.name);
            combo->setItemData(combo->count() - 1,
                               secret.isEmpty() ? tr("%1 needs no credentials.").arg(d.name)
                                                : tr("Credentials from Secret %1.").arg(secret),
                               Qt::ToolTipRole);
            for (const Edge &e : m_stack.edges) {
                if (e.from == wiredFrom && e.to == d.name)
                    current = d.name;
            }
        }
        // Clusters of this engine already on the cluster but not in the stack (shared ones, made
        // by hand or by another tool): used by name, credentials from their account Secret.
        const QHash<QString, QString> onCluster = m_facts ? m_facts->existingClusters() : QHash<QString, QString>();
        QStringList outside;
        for (auto it = onCluster.cbegin(); it != onCluster.cend(); ++it) {
            if (it.value() == engine && !m_stack.datastore(it.key()))
                outside.append(it.key());
        }
        outside.sort();
        QStringList replaced;
        for (const DatastoreSpec &d : m_stack.datastores) {
            if (d.engine == engine)
                replaced.append(d.name);
        }
        for (const QString &name : outside) {
            DatastoreSpec d;
            d.name = name;
            d.engine = engine;
            const QString secret = KubeBlocksCatalog::builtIn().accountSecret(d);
            combo->addItem(tr("%1 (on the cluster, not in the stack)").arg(name), name);
            QString tip = secret.isEmpty() ? tr("%1 needs no credentials.").arg(name)
                                           : tr("Credentials from Secret %1.").arg(secret);
            if (!replaced.isEmpty())
                tip += QLatin1Char('\n')
                       + tr("OpenIM uses one %1 for every component: choosing %2 replaces %3 in the stack.")
                             .arg(engine, name, replaced.join(QLatin1String(", ")));
            combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
            combo->setItemData(combo->count() - 1, true, kExistingRole);
        }
        if (combo->count() == 0)
            combo->addItem(tr("(none in the stack: add a %1 datastore)").arg(engine), QString());
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        combo->setToolTip(tr("The %1 datastore this component uses; its credentials come from the Cluster's account Secret.")
                              .arg(engine));
        connect(combo, &QComboBox::currentIndexChanged, this, &ComponentForm::refresh);
        m_ui.wiringLayout->addRow(engine, combo);
        m_wiring.insert(engine, combo);
    }
    if (spec->datastores.isEmpty())
        m_ui.wiringLayout->addRow(new QLabel(tr("This component uses no datastore."), m_ui.wiringWidget));
}

void ComponentForm::setFields(const ComponentSpec &c, const QString &wiredFrom)
{
    {
        QScopedValueRollback guard(m_updating, true);
        const OpenImComponentSpec *spec = catalog().component(c.name);
        m_ui.componentCombo->setCurrentIndex(std::max(0, m_ui.componentCombo->findData(c.name)));
        m_ui.registryCombo->setCurrentIndex(
            std::max(0, m_ui.registryCombo->findData(m_stack.profile.registry)));
        m_ui.imageEdit->setText(c.image);
        m_ui.tagEdit->setText(c.tag);
        m_ui.pullSecretsEdit->setText(m_stack.profile.imagePullSecrets.join(QStringLiteral(", ")));
        m_ui.replicasSpin->setMaximum(spec && spec->maxReplicas > 0 ? spec->maxReplicas : 100);
        m_ui.replicasSpin->setValue(c.replicas);
        m_ui.cpuRequestEdit->setText(quantityText(c.resources.cpuRequest));
        m_ui.cpuLimitEdit->setText(quantityText(c.resources.cpuLimit));
        m_ui.memoryRequestEdit->setText(quantityText(c.resources.memoryRequest));
        m_ui.memoryLimitEdit->setText(quantityText(c.resources.memoryLimit));
        const bool exposable = spec && !spec->exposable.isEmpty();
        m_ui.exposureCombo->setEnabled(exposable);
        m_ui.exposureCombo->setCurrentIndex(std::max(0, m_ui.exposureCombo->findData(c.exposure.type)));
        m_ui.nodePortSpin->setValue(c.exposure.nodePort);
        m_ui.ingressHostEdit->setText(c.exposure.host);
        m_ui.ingressClassEdit->setText(c.exposure.ingressClass);
        m_ui.envTable->setRowCount(0);
        for (const auto &[name, value] : c.env) {
            const int row = m_ui.envTable->rowCount();
            m_ui.envTable->insertRow(row);
            m_ui.envTable->setItem(row, 0, new QTableWidgetItem(name));
            m_ui.envTable->setItem(row, 1, new QTableWidgetItem(value));
        }
        rebuildWiring(c.name, wiredFrom);
    }
    refresh();
}

void ComponentForm::startNew(const QString &id)
{
    m_original.clear();
    setWindowTitle(tr("Add OpenIM Component"));
    populateComponents();
    m_ui.componentCombo->setEnabled(true);
    QString componentId = id;
    if (componentId.isEmpty() && m_ui.componentCombo->count() > 0)
        componentId = m_ui.componentCombo->itemData(0).toString();
    const OpenImComponentSpec *spec = catalog().component(componentId);
    ComponentSpec c;
    c.name = componentId;
    if (spec) {
        c.replicas = spec->defaultReplicas;
        c.resources = spec->resources;
    }
    const FormMemory memory(m_facts->clusterName(), QStringLiteral("component-") + componentId);
    memory.loadSizing(&c.replicas, &c.resources);
    if (spec && !spec->exposable.isEmpty())
        c.exposure.type = memory.value(QStringLiteral("exposure"), c.exposure.type).toString();
    setFields(c, QString());
    m_initial = state();
}

bool ComponentForm::startEdit(const QString &name)
{
    const ComponentSpec *c = m_stack.component(name);
    if (!c)
        return false;
    m_original = name;
    setWindowTitle(tr("Edit Component %1").arg(name));
    populateComponents();
    setFields(*c, name);
    m_ui.componentCombo->setEnabled(false);
    m_initial = state();
    return true;
}

void ComponentForm::setCanvasPosition(QPointF position)
{
    m_position = position;
    m_hasPosition = true;
}

ComponentSpec ComponentForm::component() const
{
    ComponentSpec c;
    if (const ComponentSpec *original = m_stack.component(m_original)) {
        c.canvas = original->canvas;
        c.location = original->location;
    }
    if (m_hasPosition)
        c.canvas = CanvasPosition{true, m_position.x(), m_position.y()};
    c.name = m_ui.componentCombo->currentData().toString();
    c.image = m_ui.imageEdit->text().trimmed();
    c.tag = m_ui.tagEdit->text().trimmed();
    c.replicas = m_ui.replicasSpin->value();
    auto q = [](QLineEdit *edit) { return Quantity::parse(edit->text().trimmed()).value_or(Quantity()); };
    c.resources.cpuRequest = q(m_ui.cpuRequestEdit);
    c.resources.cpuLimit = q(m_ui.cpuLimitEdit);
    c.resources.memoryRequest = q(m_ui.memoryRequestEdit);
    c.resources.memoryLimit = q(m_ui.memoryLimitEdit);
    c.exposure.type = m_ui.exposureCombo->isEnabled() ? m_ui.exposureCombo->currentData().toString()
                                                      : QStringLiteral("ClusterIP");
    c.exposure.nodePort = c.exposure.type == QLatin1String("NodePort") ? m_ui.nodePortSpin->value() : 0;
    if (c.exposure.type == QLatin1String("Ingress")) {
        c.exposure.host = m_ui.ingressHostEdit->text().trimmed();
        c.exposure.ingressClass = m_ui.ingressClassEdit->text().trimmed();
    }
    for (int row = 0; row < m_ui.envTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_ui.envTable->item(row, 0);
        const QTableWidgetItem *value = m_ui.envTable->item(row, 1);
        c.env.append({name ? name->text().trimmed() : QString(), value ? value->text() : QString()});
    }
    return c;
}

Stack ComponentForm::resultStack() const
{
    Stack s = m_stack;
    const ComponentSpec c = component();
    s.profile.registry = m_ui.registryCombo->currentData().toString();
    s.profile.imagePullSecrets = splitNames(m_ui.pullSecretsEdit->text());
    const StackEditor editor;
    if (isNew()) {
        s.components.append(c);
        editor.wireComponent(s, c.name); // as the palette wires it
    } else {
        for (ComponentSpec &existing : s.components) {
            if (existing.name == m_original)
                existing = c;
        }
    }
    // The datastore edges follow the wiring choices; unchanged ones keep their place in the file.
    for (auto it = m_wiring.cbegin(); it != m_wiring.cend(); ++it) {
        const QString target = it.value()->currentData().toString();
        if (target.isEmpty())
            continue;
        // A Cluster on the cluster takes the place of the stack's own for every component.
        if (it.value()->currentData(kExistingRole).toBool() && !s.datastore(target))
            editor.useExistingCluster(s, target, it.key());
        editor.connect(s, c.name, target, nullptr); // refused when already so: nothing to change
    }
    return s;
}

std::unique_ptr<QUndoCommand> ComponentForm::createCommand(ChangeStackCommand::Apply apply) const
{
    const QString name = component().name;
    return std::make_unique<ChangeStackCommand>(std::move(apply), m_stack, resultStack(),
                                                isNew() ? tr("Add component %1").arg(name)
                                                        : tr("Edit component %1").arg(name));
}

QByteArray ComponentForm::previewYaml(const Stack &stack, const QString &component)
{
    const OpenImComponentSpec *spec = catalog().component(component);
    const OpenImProfileSpec *profile = catalog().profile(stack.profile.release);
    const ConfigGroupSpec *group = spec && profile ? profile->group(spec->group) : nullptr;
    const std::string id = component.toStdString();
    std::vector<nlohmann::ordered_json> mine;
    for (const nlohmann::ordered_json &object : ManifestGenerator().generate(stack).objects) {
        const auto &metadata = object.value("metadata", nlohmann::ordered_json::object());
        const auto &labels = metadata.value("labels", nlohmann::ordered_json::object());
        const std::string kind = object.value("kind", std::string());
        const std::string name = metadata.value("name", std::string());
        const bool own = (kind == "Deployment" || kind == "Service" || kind == "Ingress")
                         && labels.value("app.kubernetes.io/component", std::string()) == id;
        const bool config = kind == "ConfigMap" && group && name == group->configMap.toStdString();
        if (own || config)
            mine.push_back(object);
    }
    return YamlWriter::writeDocuments(mine);
}

QString ComponentForm::state() const
{
    QStringList parts;
    const ComponentSpec c = component();
    parts << c.name << c.image << c.tag << QString::number(c.replicas) << m_ui.registryCombo->currentText()
          << m_ui.pullSecretsEdit->text() << m_ui.cpuRequestEdit->text() << m_ui.cpuLimitEdit->text()
          << m_ui.memoryRequestEdit->text() << m_ui.memoryLimitEdit->text() << c.exposure.type
          << QString::number(c.exposure.nodePort) << c.exposure.host << c.exposure.ingressClass;
    for (const auto &[name, value] : c.env)
        parts << name << value;
    for (auto it = m_wiring.cbegin(); it != m_wiring.cend(); ++it)
        parts << it.key() << it.value()->currentText();
    return parts.join(QChar(0x1f));
}

void ComponentForm::refresh()
{
    if (m_updating)
        return;
    m_errors.clear();
    const ComponentSpec c = component();
    const Stack result = resultStack();
    const OpenImComponentSpec *spec = catalog().component(c.name);

    // The defaults the overrides replace, in grey.
    ComponentSpec plain = c;
    plain.image.clear();
    plain.tag.clear();
    const QString defaultImage = ManifestGenerator().image(result, plain);
    m_ui.imageEdit->setPlaceholderText(defaultImage.section(QLatin1Char(':'), 0, -2));
    m_ui.tagEdit->setPlaceholderText(defaultImage.section(QLatin1Char(':'), -1));
    m_ui.nodePortSpin->setEnabled(c.exposure.type == QLatin1String("NodePort"));
    const bool ingress = c.exposure.type == QLatin1String("Ingress");
    m_ui.nodePortSpin->setVisible(!ingress);
    m_ui.ingressHostEdit->setVisible(ingress);
    m_ui.ingressClassEdit->setVisible(ingress);

    if (!spec)
        m_errors.insert(QStringLiteral("component"),
                        m_ui.componentCombo->count() == 0 ? tr("Every component is in the stack already.")
                                                          : tr("Choose a component."));
    static const QRegularExpression imageRe(QStringLiteral("^[a-z0-9]+([._/:-][a-z0-9]+)*$"));
    if (!c.image.isEmpty() && !imageRe.match(c.image).hasMatch())
        m_errors.insert(QStringLiteral("image"), tr("“%1” is not an image repository such as registry.example.com/openim/openim-api.").arg(c.image));
    static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (!c.tag.isEmpty() && !tagRe.match(c.tag).hasMatch())
        m_errors.insert(QStringLiteral("tag"), tr("“%1” is not an image tag: letters, digits, '_', '.' and '-', at most 128.").arg(c.tag));
    for (const QString &secret : splitNames(m_ui.pullSecretsEdit->text())) {
        if (!StackValidator::isDnsSubdomain(secret))
            m_errors.insert(QStringLiteral("pullSecrets"), tr("“%1” is not a valid Secret name.").arg(secret));
    }
    if (spec && spec->maxReplicas > 0 && c.replicas > spec->maxReplicas)
        m_errors.insert(QStringLiteral("replicas"), tr("%1 runs at most %n replica(s).", nullptr, spec->maxReplicas).arg(c.name));

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
    if (c.exposure.type == QLatin1String("NodePort") && c.exposure.nodePort != 0
        && (c.exposure.nodePort < 30000 || c.exposure.nodePort > 32767))
        m_errors.insert(QStringLiteral("exposure"), tr("A NodePort is between 30000 and 32767, not %1.").arg(c.exposure.nodePort));
    if (ingress && c.exposure.host.isEmpty())
        m_errors.insert(QStringLiteral("exposure"), tr("Enter the host name clients use, such as im.example.com."));
    else if (ingress && !StackValidator::isDnsSubdomain(c.exposure.host))
        m_errors.insert(QStringLiteral("exposure"), tr("“%1” is not a host name such as im.example.com.").arg(c.exposure.host));
    else if (ingress && !c.exposure.ingressClass.isEmpty() && !StackValidator::isDnsSubdomain(c.exposure.ingressClass))
        m_errors.insert(QStringLiteral("exposure"), tr("“%1” is not an IngressClass name.").arg(c.exposure.ingressClass));

    static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> seen;
    for (const auto &[name, value] : c.env) {
        if (!envRe.match(name).hasMatch())
            m_errors.insert(QStringLiteral("env"), tr("“%1” is not an environment variable name.").arg(name));
        else if (seen.contains(name))
            m_errors.insert(QStringLiteral("env"), tr("%1 is set twice.").arg(name));
        seen.insert(name);
    }
    for (auto it = m_wiring.cbegin(); it != m_wiring.cend(); ++it) {
        if (it.value()->currentData().toString().isEmpty())
            m_errors.insert(QStringLiteral("wiring"), tr("The stack has no %1 datastore for this component; add one first.").arg(it.key()));
    }

    // What the stack's own rules say about the edit (IMENV_ keys, ports, …): only problems the
    // edit brings, not those the stack had before.
    if (m_errors.isEmpty()) {
        QSet<QString> before;
        for (const StackIssue &issue : StackValidator().validate(m_stack))
            before.insert(issue.message);
        QStringList introduced;
        for (const StackIssue &issue : StackValidator().validate(result)) {
            if (issue.severity == StackIssue::Severity::Error && !before.contains(issue.message))
                introduced << issue.message;
        }
        if (!introduced.isEmpty())
            m_errors.insert(QStringLiteral("general"), introduced.join(QLatin1Char('\n')));
    }

    m_ui.previewEdit->setPlainText(QString::fromUtf8(previewYaml(result, c.name)));
    static const char *const order[] = {"component", "image", "tag", "pullSecrets", "replicas", "cpu",
                                        "memory", "exposure", "env", "wiring", "general"};
    QStringList lines;
    for (const char *field : order) {
        if (m_errors.contains(QLatin1String(field)))
            lines << m_errors.value(QLatin1String(field));
    }
    m_ui.problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

QString ComponentForm::fieldError(const QString &field) const
{
    return m_errors.value(field);
}

QString ComponentForm::previewText() const
{
    return m_ui.previewEdit->toPlainText();
}

void ComponentForm::accept()
{
    if (!canAccept())
        return;
    const ComponentSpec c = component();
    FormMemory memory(m_facts->clusterName(), QStringLiteral("component-") + c.name);
    memory.setSizing(c.replicas, c.resources);
    memory.setValue(QStringLiteral("exposure"), c.exposure.type);
    QDialog::accept();
}

void ComponentForm::reject()
{
    rejectOrConfirm(this, state() != m_initial, [this] { QDialog::reject(); });
}

void ComponentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        setWindowTitle(isNew() ? tr("Add OpenIM Component") : tr("Edit Component %1").arg(m_original));
        refresh();
    }
    QDialog::changeEvent(event);
}

} // namespace sd
