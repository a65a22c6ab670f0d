#include "gui/docks/liveobjectsview.h"

#include "deploy/kubeobject.h"
#include "deploy/manifestdiff.h"
#include "deploy/plan.h"
#include "deploy/yamldocuments.h"
#include "gui/deploy/plandialog.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/kubeerror.h"
#include "stack/stack.h"
#include "stack/yamlwriter.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {

using Json = nlohmann::json;

namespace {
// What the tab shows and what an edit starts from: no server bookkeeping, Secret values hidden.
QByteArray displayYaml(const Json &object)
{
    Json shown = ManifestDiff::masked(object);
    if (shown.contains("metadata"))
        shown["metadata"].erase("managedFields");
    return YamlWriter::write(nlohmann::ordered_json::parse(shown.dump()));
}
} // namespace

LiveObjectsView::LiveObjectsView(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_editButton(new QPushButton(this))
    , m_applyButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
{
    m_combo->setObjectName(QStringLiteral("liveObjectCombo"));
    m_editor->setObjectName(QStringLiteral("liveYamlEdit"));
    m_message->setObjectName(QStringLiteral("liveMessage"));
    m_editButton->setObjectName(QStringLiteral("liveEditButton"));
    m_applyButton->setObjectName(QStringLiteral("liveApplyButton"));
    m_cancelButton->setObjectName(QStringLiteral("liveCancelButton"));
    m_reloadButton->setObjectName(QStringLiteral("liveReloadButton"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_combo, 1);
    top->addWidget(m_reloadButton);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &LiveObjectsView::showSelected);
    connect(m_reloadButton, &QPushButton::clicked, this, &LiveObjectsView::reload);
    connect(m_editButton, &QPushButton::clicked, this, &LiveObjectsView::startEdit);
    connect(m_cancelButton, &QPushButton::clicked, this, &LiveObjectsView::cancelEdit);
    connect(m_applyButton, &QPushButton::clicked, this, &LiveObjectsView::apply);
    retranslate();
    updateButtons();
}

LiveObjectsView::~LiveObjectsView() = default;

PlanDialog *LiveObjectsView::planDialog() const
{
    return m_plan;
}

void LiveObjectsView::setClient(KubeClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    reload();
}

void LiveObjectsView::setNode(const Stack *stack, const QString &node)
{
    const QList<NodeObjectRef> refs = stack ? nodeObjectRefs(*stack, node) : QList<NodeObjectRef>();
    const QString ns = stack ? stack->ns : QString();
    auto same = [](const QList<NodeObjectRef> &a, const QList<NodeObjectRef> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const NodeObjectRef &x, const NodeObjectRef &y) {
            return x.apiVersion == y.apiVersion && x.kind == y.kind && x.name == y.name;
        });
    };
    if (ns == m_namespace && same(refs, m_refs))
        return; // nothing new to read; an edit in progress stays
    m_namespace = ns;
    m_refs = refs;
    reload();
}

void LiveObjectsView::reload()
{
    ++m_generation;
    if (m_work)
        delete m_work.data();
    m_work = new QObject(this);
    m_editing = false;
    m_entries.clear();
    m_combo->clear();
    m_editor->clear();
    m_editor->setReadOnly(true);
    m_message->clear();
    updateButtons();
    if (m_refs.isEmpty())
        return;
    if (!m_client) {
        m_message->setText(tr("Connect to a cluster to see the live objects."));
        return;
    }
    m_message->setText(tr("Reading the live objects…"));
    const quint64 generation = m_generation;
    m_client->discovery()->ensure(m_work, [this, generation](const KubeError &e) {
        if (generation != m_generation)
            return;
        if (e.isError()) {
            showError(tr("Cannot read the API server's resource types."), e);
            return;
        }
        readNext(generation, 0);
    });
}

void LiveObjectsView::readNext(quint64 generation, int index)
{
    if (generation != m_generation || !m_client)
        return;
    if (index >= m_refs.size()) {
        m_message->clear();
        QSignalBlocker block(m_combo);
        for (const Entry &e : m_entries) {
            m_combo->addItem(e.live ? QStringLiteral("%1 %2").arg(e.ref.kind, e.ref.name)
                                    : tr("%1 %2 (not on the cluster)").arg(e.ref.kind, e.ref.name));
        }
        m_combo->setCurrentIndex(0);
        showSelected();
        emit loaded();
        return;
    }
    const NodeObjectRef ref = m_refs.at(index);
    const auto type = KubeObject::resourceFor(*m_client->discovery(), ref.apiVersion, ref.kind);
    if (!type) {
        m_entries.push_back({ref, std::nullopt});
        readNext(generation, index + 1);
        return;
    }
    KubeRequest *request = m_client->get(*type, m_namespace, ref.name, m_work);
    connect(request, &KubeRequest::finished, m_work.data(), [this, generation, index, ref](const KubeResponse &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() && r.error.httpStatus() != 404) {
            showError(tr("Cannot read %1 %2.").arg(ref.kind, ref.name), r.error);
            return;
        }
        m_entries.push_back({ref, r.ok() ? std::optional<Json>(KubeObject::fromQt(r.object())) : std::nullopt});
        readNext(generation, index + 1);
    });
}

void LiveObjectsView::showSelected()
{
    m_editing = false;
    m_editor->setReadOnly(true);
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= int(m_entries.size())) {
        m_editor->clear();
    } else if (const Entry &e = m_entries.at(size_t(index)); e.live) {
        m_editor->setPlainText(QString::fromUtf8(displayYaml(*e.live)));
    } else {
        m_editor->setPlainText(tr("%1 %2 is not on the cluster: apply the stack to create it.").arg(e.ref.kind, e.ref.name));
    }
    updateButtons();
}

void LiveObjectsView::startEdit()
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= int(m_entries.size()) || !m_entries.at(size_t(index)).live)
        return;
    m_editing = true;
    m_editor->setReadOnly(false);
    m_editor->setFocus();
    m_message->setText(tr("Edit the object, then Apply to see what changes before it is applied."));
    updateButtons();
}

void LiveObjectsView::cancelEdit()
{
    showSelected();
    m_message->clear();
}

void LiveObjectsView::apply()
{
    const int index = m_combo->currentIndex();
    if (!m_editing || !m_client || index < 0 || index >= int(m_entries.size()) || !m_entries.at(size_t(index)).live)
        return;
    const Entry &entry = m_entries.at(size_t(index));
    QString error;
    const auto documents = YamlDocuments::parse(m_editor->toPlainText().toUtf8(), &error);
    if (!documents) {
        m_message->setText(tr("The YAML cannot be read: %1").arg(error));
        emit failed(m_message->text());
        return;
    }
    if (documents->size() != 1 || KubeObject::kind(documents->front()) != entry.ref.kind
        || KubeObject::name(documents->front()) != entry.ref.name) {
        m_message->setText(tr("The YAML must stay one object: %1 %2.").arg(entry.ref.kind, entry.ref.name));
        emit failed(m_message->text());
        return;
    }
    applyFor(ManifestDiff::normalized(documents->front()), true);
}

void LiveObjectsView::applyFor(const Json &object, bool dryRun)
{
    const int index = m_combo->currentIndex();
    const Entry entry = m_entries.at(size_t(index));
    const auto type = KubeObject::resourceFor(*m_client->discovery(), entry.ref.apiVersion, entry.ref.kind);
    if (!type)
        return;
    ApplyOptions options;
    options.dryRun = dryRun;
    options.force = true; // as the deploy engine: what is edited here wins
    m_message->setText(dryRun ? tr("Asking the cluster what would change…") : tr("Applying…"));
    KubeRequest *request = m_client->apply(*type, m_namespace, entry.ref.name, QByteArray::fromStdString(object.dump()),
                                           options, m_work);
    const quint64 generation = m_generation;
    connect(request, &KubeRequest::finished, m_work.data(), [this, generation, object, dryRun, entry](const KubeResponse &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            showError(dryRun ? tr("The cluster refuses the edit of %1 %2:").arg(entry.ref.kind, entry.ref.name)
                             : tr("Applying %1 %2 failed:").arg(entry.ref.kind, entry.ref.name),
                      r.error);
            return;
        }
        if (!dryRun) {
            m_message->clear();
            emit applied();
            reload();
            return;
        }
        const Json after = KubeObject::fromQt(r.object());
        Plan plan;
        plan.stackName = entry.ref.name;
        plan.ns = m_namespace;
        plan.server = m_client->connection().server.toString();
        PlanItem item;
        item.apiVersion = entry.ref.apiVersion;
        item.kind = entry.ref.kind;
        item.ns = m_namespace;
        item.name = entry.ref.name;
        item.changes = ManifestDiff::diff(*entry.live, after);
        item.action = item.changes.isEmpty() ? PlanItem::Action::Unchanged : PlanItem::Action::Change;
        item.yaml = displayYaml(after);
        plan.items = {item};
        if (item.changes.isEmpty()) {
            m_message->setText(tr("The edit changes nothing on the cluster."));
            return;
        }
        m_message->clear();
        m_plan = new PlanDialog(this);
        m_plan->setAttribute(Qt::WA_DeleteOnClose);
        m_plan->setWindowTitle(tr("Apply %1 %2").arg(entry.ref.kind, entry.ref.name));
        m_plan->setPlan(plan);
        connect(m_plan, &QDialog::accepted, this, [this, generation, object] {
            if (generation == m_generation)
                applyFor(object, false);
        });
        m_plan->open();
    });
}

void LiveObjectsView::showError(const QString &what, const KubeError &error)
{
    QStringList lines{what};
    if (error.causes().isEmpty()) {
        lines << error.text();
    } else {
        for (const StatusCause &cause : error.causes()) {
            lines << (cause.field.isEmpty() ? cause.message
                                            //: A server error about one field: "spec.replicas: must be >= 0"
                                            : tr("%1: %2").arg(cause.field, cause.message));
        }
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    emit failed(m_message->text());
}

void LiveObjectsView::updateButtons()
{
    const int index = m_combo->currentIndex();
    const bool live = index >= 0 && index < int(m_entries.size()) && m_entries.at(size_t(index)).live;
    const bool secret = live && m_entries.at(size_t(index)).ref.kind == QLatin1String("Secret");
    m_editButton->setVisible(!m_editing);
    m_editButton->setEnabled(live && !secret && m_client);
    m_editButton->setToolTip(secret ? tr("Secret values are hidden here and cannot be edited.") : QString());
    m_applyButton->setVisible(m_editing);
    m_cancelButton->setVisible(m_editing);
    m_combo->setEnabled(!m_editing);
    m_reloadButton->setEnabled(!m_editing && m_client && !m_refs.isEmpty());
}

void LiveObjectsView::retranslate()
{
    m_editButton->setText(tr("&Edit"));
    m_applyButton->setText(tr("&Apply…"));
    m_cancelButton->setText(tr("Cancel Edit"));
    m_reloadButton->setText(tr("Re&load"));
    m_editor->setAccessibleName(tr("Live object YAML"));
    m_combo->setAccessibleName(tr("Live object"));
    m_combo->setToolTip(tr("The objects on the cluster behind the selected node."));
}

void LiveObjectsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace sd
