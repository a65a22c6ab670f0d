#include "stack/stackeditor.h"

#include "common/tr.h"

#include <algorithm>

namespace sd {

namespace {

bool hasEdge(const Stack &stack, const QString &from, const QString &to)
{
    return std::any_of(stack.edges.cbegin(), stack.edges.cend(),
                       [&](const Edge &e) { return e.from == from && e.to == to; });
}

void addEdge(Stack &stack, const QString &from, const QString &to)
{
    if (!hasEdge(stack, from, to))
        stack.edges.append(Edge{from, to, {}});
}

} // namespace

StackEditor::StackEditor(const OpenImCatalog &openim, const KubeBlocksCatalog &kubeblocks)
    : m_openim(openim)
    , m_kubeblocks(kubeblocks)
{}

QList<StackEditor::PaletteEntry> StackEditor::palette(const Stack &stack) const
{
    QList<PaletteEntry> entries;
    for (const KbEngineSpec &engine : m_kubeblocks.engines())
        entries.append({engine.id, engine.displayName, true, paletteProblem(stack, engine.id)});
    for (const OpenImComponentSpec &spec : m_openim.components())
        entries.append({spec.id, spec.id, false, paletteProblem(stack, spec.id)});
    return entries;
}

QString StackEditor::paletteProblem(const Stack &stack, const QString &type) const
{
    if (const KbEngineSpec *engine = m_kubeblocks.engine(type)) {
        if (!m_openim.binding(type))
            return Tr::tr("OpenIM does not use %1.").arg(engine->displayName);
        for (const DatastoreSpec &d : stack.datastores) {
            if (d.engine == type)
                return Tr::tr("The stack already has a %1 cluster (%2); OpenIM uses one per engine.")
                    .arg(engine->displayName, d.name);
        }
        return {};
    }
    if (const OpenImComponentSpec *spec = m_openim.component(type)) {
        if (stack.component(type))
            return Tr::tr("The stack already has %1.").arg(type);
        if (spec->group == QLatin1String("chat") && !stack.profile.chat)
            return Tr::tr("%1 belongs to OpenIM Chat, which is off for this stack: turn it on in the stack settings first.")
                .arg(type);
        return {};
    }
    return Tr::tr("\"%1\" is neither a datastore engine nor an OpenIM component.").arg(type);
}

QString StackEditor::addNode(Stack &stack, const QString &type, const CanvasPosition &position,
                             QString *reason) const
{
    if (const QString problem = paletteProblem(stack, type); !problem.isEmpty()) {
        if (reason)
            *reason = problem;
        return {};
    }
    if (const KbEngineSpec *engine = m_kubeblocks.engine(type))
        return addDatastore(stack, *engine, position, reason);
    return addComponent(stack, *m_openim.component(type), position, reason);
}

QString StackEditor::addDatastore(Stack &stack, const KbEngineSpec &engine,
                                  const CanvasPosition &position, QString *reason) const
{
    // The shipped stacks name clusters "<engine>-cluster"; fall back to the engine id when that
    // would break KubeBlocks' length limit or is taken by a component.
    QString name = engine.id + QStringLiteral("-cluster");
    if (name.size() > m_kubeblocks.maxClusterNameLength() || stack.component(name))
        name = engine.id;
    for (int n = 2; stack.datastore(name) || stack.component(name); ++n)
        name = QStringLiteral("%1-%2").arg(engine.id).arg(n);
    if (name.size() > m_kubeblocks.maxClusterNameLength()) {
        if (reason)
            *reason = Tr::tr("No free name for another %1 cluster.").arg(engine.displayName);
        return {};
    }

    DatastoreSpec d;
    d.name = name;
    d.engine = engine.id;
    d.version = engine.defaultVersion;
    d.topology = engine.defaultTopology;
    if (const KbComponentSpec *data = engine.dataComponent()) {
        d.replicas = data->defaultReplicas;
        d.resources = data->defaultResources;
    }
    d.storageSize = engine.defaultStorage;
    d.terminationPolicy = engine.defaultTerminationPolicy;
    d.canvas = position;
    stack.datastores.append(d);
    wireDatastore(stack, name);
    return name;
}

void StackEditor::wireDatastore(Stack &stack, const QString &name) const
{
    const DatastoreSpec *d = stack.datastore(name);
    if (!d)
        return;
    const QString engine = d->engine;
    for (const ComponentSpec &c : stack.components) {
        const OpenImComponentSpec *spec = m_openim.component(c.name);
        if (!spec || !spec->datastores.contains(engine))
            continue;
        const bool wired = std::any_of(stack.edges.cbegin(), stack.edges.cend(), [&](const Edge &e) {
            const DatastoreSpec *to = stack.datastore(e.to);
            return e.from == c.name && to && to->engine == engine;
        });
        if (!wired)
            addEdge(stack, c.name, name);
    }
}

QStringList StackEditor::useExistingCluster(Stack &stack, const QString &name, const QString &engine) const
{
    QStringList replaced;
    for (const DatastoreSpec &d : stack.datastores) {
        if (d.engine == engine && d.name != name)
            replaced.append(d.name);
    }
    stack.datastores.removeIf([&](const DatastoreSpec &d) { return replaced.contains(d.name); });
    if (!stack.datastore(name)) {
        DatastoreSpec existing;
        existing.name = name;
        existing.engine = engine;
        existing.existing = true;
        stack.datastores.append(existing);
    }
    for (Edge &e : stack.edges) {
        if (replaced.contains(e.to))
            e.to = name;
    }
    wireDatastore(stack, name);
    return replaced;
}

QString StackEditor::addComponent(Stack &stack, const OpenImComponentSpec &spec,
                                  const CanvasPosition &position, QString *) const
{
    ComponentSpec c;
    c.name = spec.id;
    c.replicas = spec.defaultReplicas;
    c.resources = spec.resources;
    c.canvas = position;
    stack.components.append(c);
    wireComponent(stack, spec.id);
    return spec.id;
}

void StackEditor::wireComponent(Stack &stack, const QString &name) const
{
    const OpenImComponentSpec *found = stack.component(name) ? m_openim.component(name) : nullptr;
    if (!found)
        return;
    const OpenImComponentSpec &spec = *found;
    for (const QString &engine : spec.datastores) {
        for (const DatastoreSpec &d : stack.datastores) {
            if (d.engine == engine) {
                addEdge(stack, spec.id, d.name);
                break;
            }
        }
    }
    for (const QString &callee : spec.calls) {
        if (stack.component(callee))
            addEdge(stack, spec.id, callee);
    }
    for (const ComponentSpec &other : stack.components) {
        const OpenImComponentSpec *caller = m_openim.component(other.name);
        if (caller && caller->calls.contains(spec.id))
            addEdge(stack, other.name, spec.id);
    }
}

QString StackEditor::connectProblem(const Stack &stack, const QString &from, const QString &to) const
{
    if (from == to)
        return Tr::tr("A node cannot depend on itself.");
    if (stack.datastore(from))
        return Tr::tr("%1 is a datastore: dependencies start at an OpenIM component.").arg(from);
    const OpenImComponentSpec *spec = stack.component(from) ? m_openim.component(from) : nullptr;
    if (!spec)
        return Tr::tr("No component \"%1\" in the stack.").arg(from);
    if (stack.component(to)) {
        if (!spec->calls.contains(to))
            return Tr::tr("%1 never calls %2.").arg(from, to);
    } else if (const DatastoreSpec *d = stack.datastore(to)) {
        if (!spec->datastores.contains(d->engine))
            return Tr::tr("%1 does not use %2.").arg(from, d->engine);
    } else {
        return Tr::tr("No component or datastore \"%1\" in the stack.").arg(to);
    }
    if (hasEdge(stack, from, to))
        return Tr::tr("%1 already depends on %2.").arg(from, to);
    return {};
}

bool StackEditor::connect(Stack &stack, const QString &from, const QString &to, QString *reason) const
{
    if (const QString problem = connectProblem(stack, from, to); !problem.isEmpty()) {
        if (reason)
            *reason = problem;
        return false;
    }
    if (const DatastoreSpec *target = stack.datastore(to)) {
        const QString engine = target->engine;
        stack.edges.removeIf([&](const Edge &e) {
            const DatastoreSpec *d = stack.datastore(e.to);
            return e.from == from && d && d->engine == engine;
        });
    }
    stack.edges.append(Edge{from, to, {}});
    return true;
}

bool StackEditor::disconnect(Stack &stack, const QString &from, const QString &to) const
{
    return stack.edges.removeIf([&](const Edge &e) { return e.from == from && e.to == to; }) > 0;
}

QStringList StackEditor::remove(Stack &stack, const QStringList &ids) const
{
    QStringList removed;
    for (const QString &id : ids) {
        const auto before = stack.components.size() + stack.datastores.size();
        stack.components.removeIf([&](const ComponentSpec &c) { return c.name == id; });
        stack.datastores.removeIf([&](const DatastoreSpec &d) { return d.name == id; });
        if (stack.components.size() + stack.datastores.size() != before)
            removed << id;
    }
    stack.edges.removeIf([&](const Edge &e) { return removed.contains(e.from) || removed.contains(e.to); });
    return removed;
}

bool StackEditor::copySettings(Stack &stack, const QString &from, const QString &to, QString *reason) const
{
    auto fail = [reason](const QString &text) {
        if (reason)
            *reason = text;
        return false;
    };
    if (from == to)
        return fail(Tr::tr("Pick another node to copy the settings of %1 to.").arg(from));
    const DatastoreSpec *sourceStore = stack.datastore(from);
    const ComponentSpec *sourceComponent = stack.component(from);
    if (sourceStore) {
        auto target = std::find_if(stack.datastores.begin(), stack.datastores.end(),
                                   [&](const DatastoreSpec &d) { return d.name == to; });
        if (target == stack.datastores.end() || target->engine != sourceStore->engine)
            return fail(Tr::tr("The settings of %1 fit only another %2 cluster.").arg(from, sourceStore->engine));
        const DatastoreSpec source = *sourceStore;
        target->version = source.version;
        target->topology = source.topology;
        target->replicas = source.replicas;
        target->resources = source.resources;
        target->storageSize = source.storageSize;
        target->storageClass = source.storageClass;
        target->terminationPolicy = source.terminationPolicy;
        return true;
    }
    if (sourceComponent) {
        auto target = std::find_if(stack.components.begin(), stack.components.end(),
                                   [&](const ComponentSpec &c) { return c.name == to; });
        if (target == stack.components.end())
            return fail(Tr::tr("The settings of %1 fit only another OpenIM component.").arg(from));
        const ComponentSpec source = *sourceComponent;
        target->tag = source.tag;
        target->replicas = source.replicas;
        target->resources = source.resources;
        target->env = source.env;
        return true;
    }
    return fail(Tr::tr("No component or datastore \"%1\" in the stack.").arg(from));
}

} // namespace sd
