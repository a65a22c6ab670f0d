#include "gui/forms/stackforms.h"

#include "gui/clustersession.h"
#include "gui/forms/clusterfacts.h"
#include "gui/forms/componentform.h"
#include "gui/forms/datastoreform.h"
#include "gui/forms/deploywizard.h"
#include "gui/forms/stacksettingspage.h"
#include "gui/ops/componentedit.h"
#include "stack/openimcatalog.h"

#include <QUndoStack>

namespace sd {

StackForms::StackForms(QWidget *window, QUndoStack *undoStack, ClusterSession *session, Host host,
                       QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_undoStack(undoStack)
    , m_session(session)
    , m_host(std::move(host))
{}

Stack StackForms::newStack(const QString &ns)
{
    const OpenImCatalog &catalog = OpenImCatalog::builtIn();
    Stack s;
    s.name = QStringLiteral("openim");
    s.ns = ns.isEmpty() ? QStringLiteral("openim") : ns;
    s.profile.release = catalog.profiles().isEmpty() ? QString() : catalog.profiles().first().id;
    s.profile.registry = catalog.registries().isEmpty() ? QString() : catalog.registries().first().id;
    s.openim.adminUsers = {AdminUser{QStringLiteral("imAdmin"), QStringLiteral("superAdmin")}};
    return s;
}

Stack StackForms::currentStack() const
{
    if (const std::optional<Stack> s = m_host.stack())
        return *s;
    const bool connected = m_session && m_session->state() == ClusterSession::State::Connected;
    return newStack(connected ? m_session->namespaceName() : QString());
}

template<typename Form>
Form *StackForms::show(Form *form)
{
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        m_undoStack->push(form->createCommand(m_host.apply).release());
    });
    form->open();
    return form;
}

namespace {
ClusterFacts *factsFor(ClusterSession *session, const QString &ns, QObject *parent)
{
    const bool connected = session && session->state() == ClusterSession::State::Connected;
    return new ClusterFacts(connected ? session->client() : nullptr, ns, parent);
}
} // namespace

DatastoreForm *StackForms::addDatastore(const QString &engine, std::optional<QPointF> position)
{
    const Stack stack = currentStack();
    // The facts live as long as the form that shows them.
    auto *facts = factsFor(m_session, stack.ns, nullptr);
    auto *form = new DatastoreForm(stack, facts, m_window);
    facts->setParent(form);
    form->startNew(engine);
    if (position)
        form->setCanvasPosition(*position);
    return show(form);
}

DatastoreForm *StackForms::editDatastore(const QString &name)
{
    const Stack stack = currentStack();
    auto *facts = factsFor(m_session, stack.ns, nullptr);
    auto *form = new DatastoreForm(stack, facts, m_window);
    facts->setParent(form);
    if (!form->startEdit(name)) {
        delete form;
        return nullptr;
    }
    return show(form);
}

ComponentForm *StackForms::addComponent(const QString &component, std::optional<QPointF> position)
{
    const Stack stack = currentStack();
    auto *facts = factsFor(m_session, stack.ns, nullptr);
    auto *form = new ComponentForm(stack, facts, m_window);
    facts->setParent(form);
    form->startNew(component);
    if (position)
        form->setCanvasPosition(*position);
    return show(form);
}

ComponentForm *StackForms::editComponent(const QString &name)
{
    const Stack stack = currentStack();
    auto *facts = factsFor(m_session, stack.ns, nullptr);
    auto *form = new ComponentForm(stack, facts, m_window);
    facts->setParent(form);
    if (!form->startEdit(name)) {
        delete form;
        return nullptr;
    }
    return show(form);
}

ComponentEdit *StackForms::editComponentOnCluster(const QString &name)
{
    const std::optional<Stack> stack = m_host.stack();
    if (!stack || !m_session || m_session->state() != ClusterSession::State::Connected)
        return nullptr;
    auto *edit = new ComponentEdit(m_session->client(), *stack, name, m_window);
    connect(edit, &ComponentEdit::applied, this, [this, name](const Stack &before, const Stack &after) {
        m_undoStack->push(new ChangeStackCommand(m_host.apply, before, after, tr("Edit %1 on the cluster").arg(name)));
    });
    if (!edit->start()) {
        delete edit;
        return nullptr;
    }
    return edit;
}

StackSettingsPage *StackForms::editSettings()
{
    return show(new StackSettingsPage(currentStack(), m_window));
}

DeployWizard *StackForms::deployWizard()
{
    auto *wizard = new DeployWizard(m_session, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        m_undoStack->push(wizard->createCommand(m_host.apply, currentStack()).release());
    });
    wizard->open();
    return wizard;
}

} // namespace sd
