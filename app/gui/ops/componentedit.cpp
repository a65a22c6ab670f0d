#include "gui/ops/componentedit.h"

#include "deploy/kubeobject.h"
#include "deploy/manifestdiff.h"
#include "gui/deploy/plandialog.h"
#include "gui/forms/clusterfacts.h"
#include "gui/forms/componentform.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/kubeerror.h"
#include "stack/manifestgenerator.h"
#include "stack/yamlwriter.h"

#include <QMessageBox>

namespace sd {

namespace {
using Json = nlohmann::json;

QByteArray displayYaml(const Json &object)
{
    return YamlWriter::write(nlohmann::ordered_json::parse(ManifestDiff::masked(ManifestDiff::normalized(object)).dump()));
}
} // namespace

ComponentEdit::ComponentEdit(KubeClient *client, const Stack &stack, const QString &component, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_before(stack)
    , m_component(component)
    , m_window(window)
    , m_work(new QObject(this))
{}

ComponentEdit::~ComponentEdit() = default;

ComponentForm *ComponentEdit::form() const
{
    return m_form;
}

PlanDialog *ComponentEdit::planDialog() const
{
    return m_planDialog;
}

bool ComponentEdit::start()
{
    if (!m_client || !m_before.component(m_component))
        return false;
    // The facts live as long as the form that shows them.
    auto *facts = new ClusterFacts(m_client, m_before.ns, nullptr);
    m_form = new ComponentForm(m_before, facts, m_window);
    facts->setParent(m_form);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_form->startEdit(m_component)) {
        delete m_form;
        return false;
    }
    m_form->setWindowTitle(tr("Edit %1 on the Cluster").arg(m_component));
    connect(m_form, &QDialog::accepted, this, [this] {
        m_after = m_form->resultStack();
        plan();
    });
    connect(m_form, &QDialog::rejected, this, &ComponentEdit::finish);
    m_form->open();
    return true;
}

void ComponentEdit::plan()
{
    if (!m_client) {
        fail(tr("The cluster connection is gone; nothing was changed."));
        return;
    }
    if (!m_after.component(m_component)) {
        // Another component id would be another Deployment: that is a redeploy, not an edit.
        fail(tr("%1 cannot become another component on a running cluster; deploy the stack instead.")
                 .arg(m_component));
        return;
    }
    m_entries.clear();
    for (const nlohmann::ordered_json &o : ManifestGenerator().generate(m_after).objects) {
        const Json object = KubeObject::fromOrdered(o);
        // Secrets are the deploy engine's to generate once; the rest of the node is its Deployment,
        // Services and config.
        if (KubeObject::label(object, "app.kubernetes.io/component") == m_component
            && KubeObject::kind(object) != QLatin1String("Secret"))
            m_entries.push_back({object, Json(), false});
    }
    m_plan = Plan{};
    m_plan.stackName = m_after.name;
    m_plan.ns = m_after.ns;
    m_plan.server = m_client->connection().server.toString();
    m_client->discovery()->ensure(m_work, [this](const KubeError &e) {
        if (e.isError()) {
            fail(tr("Cannot read the API server's resource types: %1").arg(e.text()));
            return;
        }
        planNext(0);
    });
}

std::optional<ApiResource> ComponentEdit::resourceOf(const Entry &entry)
{
    const auto type = KubeObject::resourceFor(*m_client->discovery(), KubeObject::apiVersion(entry.desired),
                                              KubeObject::kind(entry.desired));
    if (!type)
        fail(tr("The cluster does not serve %1 (%2).")
                 .arg(KubeObject::kind(entry.desired), KubeObject::apiVersion(entry.desired)));
    return type;
}

void ComponentEdit::planNext(size_t index)
{
    if (index >= m_entries.size()) {
        showPlan();
        return;
    }
    Entry &entry = m_entries[index];
    const auto type = resourceOf(entry);
    if (!type)
        return;
    KubeRequest *get = m_client->get(*type, m_after.ns, KubeObject::name(entry.desired), m_work);
    connect(get, &KubeRequest::finished, this, [this, get, index, type = *type](const KubeResponse &live) {
        get->deleteLater();
        if (!live.ok() && live.error.httpStatus() != 404) {
            fail(tr("Cannot read %1: %2").arg(KubeObject::display(m_entries[index].desired), live.error.text()));
            return;
        }
        m_entries[index].live = live.ok() ? KubeObject::fromQt(live.object()) : Json();
        ApplyOptions options;
        options.dryRun = true;
        options.force = true; // as the deploy engine: the stack owns what it generates
        KubeRequest *dryRun = m_client->apply(type, m_after.ns, KubeObject::name(m_entries[index].desired),
                                              QByteArray::fromStdString(m_entries[index].desired.dump()), options, m_work);
        connect(dryRun, &KubeRequest::finished, this, [this, dryRun, index](const KubeResponse &r) {
            dryRun->deleteLater();
            Entry &e = m_entries[index];
            if (!r.ok()) {
                QStringList causes{r.error.text()};
                for (const StatusCause &cause : r.error.causes())
                    causes << (cause.field.isEmpty() ? cause.message : tr("%1: %2").arg(cause.field, cause.message));
                fail(tr("The cluster refuses %1:\n%2").arg(KubeObject::display(e.desired), causes.join(QLatin1Char('\n'))));
                return;
            }
            const Json result = KubeObject::fromQt(r.object());
            PlanItem item;
            item.apiVersion = KubeObject::apiVersion(e.desired);
            item.kind = KubeObject::kind(e.desired);
            item.ns = m_after.ns;
            item.name = KubeObject::name(e.desired);
            item.node = m_component;
            item.yaml = displayYaml(result);
            if (e.live.is_null()) {
                item.action = PlanItem::Action::Create;
            } else {
                item.changes = ManifestDiff::diff(e.live, result);
                item.action = item.changes.isEmpty() ? PlanItem::Action::Unchanged : PlanItem::Action::Change;
            }
            e.changed = item.action != PlanItem::Action::Unchanged;
            m_plan.items.append(item);
            planNext(index + 1);
        });
    });
}

void ComponentEdit::showPlan()
{
    if (!m_plan.hasChanges()) {
        // The cluster already runs what the form says; only the design may differ.
        if (!(m_after == m_before))
            emit applied(m_before, m_after);
        finish();
        return;
    }
    m_planDialog = new PlanDialog(m_window);
    m_planDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_planDialog->setWindowTitle(tr("Apply the Edit of %1").arg(m_component));
    m_planDialog->setPlan(m_plan);
    connect(m_planDialog, &QDialog::accepted, this, [this] { applyNext(0); });
    connect(m_planDialog, &QDialog::rejected, this, &ComponentEdit::finish);
    m_planDialog->open();
}

void ComponentEdit::applyNext(size_t index)
{
    while (index < m_entries.size() && !m_entries[index].changed)
        ++index;
    if (!m_client) {
        fail(tr("The cluster connection is gone; the edit was not applied completely."));
        return;
    }
    if (index >= m_entries.size()) {
        emit applied(m_before, m_after);
        finish();
        return;
    }
    const Entry &entry = m_entries[index];
    const auto type = resourceOf(entry);
    if (!type)
        return;
    ApplyOptions options;
    options.force = true;
    KubeRequest *request = m_client->apply(*type, m_after.ns, KubeObject::name(entry.desired),
                                           QByteArray::fromStdString(entry.desired.dump()), options, m_work);
    connect(request, &KubeRequest::finished, this, [this, request, index](const KubeResponse &r) {
        request->deleteLater();
        if (!r.ok()) {
            fail(tr("Applying %1 failed: %2").arg(KubeObject::display(m_entries[index].desired), r.error.text()));
            return;
        }
        applyNext(index + 1);
    });
}

void ComponentEdit::fail(const QString &message)
{
    emit failed(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Edit %1").arg(m_component), message, QMessageBox::Close,
                                m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    finish();
}

void ComponentEdit::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    // Answers still in flight are dropped; the requests go with this object (this may run inside
    // one of their finished() signals, so nothing is deleted here).
    for (QObject *request : m_work->children())
        request->disconnect(this);
    emit finished();
    deleteLater();
}

} // namespace sd
