#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// The design edits the canvas and the forms make to a stack: add a node from the palette,
// connect two nodes, disconnect, remove nodes, copy one node's settings onto another. Each edit
// keeps the stack's wiring consistent with the catalog (a new node is wired to what it needs and
// to what needs it) and refuses, with a translated reason, what OpenIM could not run. Edits work
// on values; the caller decides how to make them undoable. Holds references to the catalogs.
// Thread-safe.
class StackEditor
{
public:
    explicit StackEditor(const OpenImCatalog &openim = OpenImCatalog::builtIn(),
                         const KubeBlocksCatalog &kubeblocks = KubeBlocksCatalog::builtIn());

    // What the palette offers: every datastore engine OpenIM can use and every OpenIM component,
    // with the reason when the stack cannot take one more (e.g. it already has one).
    struct PaletteEntry
    {
        QString type;  // engine id ("mongodb") or component id ("openim-api")
        QString label; // display name
        bool datastore = false;
        QString unavailableReason; // empty: can be added
    };
    QList<PaletteEntry> palette(const Stack &stack) const;

    // Adds a datastore of engine `type` (catalog defaults) or the component `type` (catalog
    // defaults) at `position`, wired to the nodes it needs and that need it. Returns the new node's
    // name, or an empty string and *reason.
    QString addNode(Stack &stack, const QString &type, const CanvasPosition &position,
                    QString *reason) const;

    // The wiring of a node just put into the stack (by addNode() or by a form): datastore `name`
    // serves every component that uses its engine and has none of it yet; component `name` uses
    // the first datastore of each engine it needs, and is wired to the components it calls and
    // from those that call it. Edges already there stay.
    void wireDatastore(Stack &stack, const QString &name) const;
    void wireComponent(Stack &stack, const QString &name) const;
    // Makes every component use `name`, a Cluster of `engine` already on the cluster and not
    // made by the stack, instead of the stack's own clusters of that engine, which leave the
    // stack (OpenIM uses one per engine). Returns the names of those replaced.
    QStringList useExistingCluster(Stack &stack, const QString &name, const QString &engine) const;

    // Why the dependency from -> to cannot be declared (empty when it can).
    QString connectProblem(const Stack &stack, const QString &from, const QString &to) const;
    // Declares the dependency; a component uses one datastore per engine, so an edge to another
    // cluster of the same engine is replaced.
    bool connect(Stack &stack, const QString &from, const QString &to, QString *reason) const;
    bool disconnect(Stack &stack, const QString &from, const QString &to) const;

    // Removes the named components and datastores and every edge that touches them. Returns the
    // names removed (ids that are not nodes of the stack are ignored).
    QStringList remove(Stack &stack, const QStringList &ids) const;

    // Gives `to` the settings of `from` (same engine or same component): replicas, resources and,
    // for datastores, version, topology, storage and termination policy; for components, tag and
    // extra env. Names, wiring and positions stay.
    bool copySettings(Stack &stack, const QString &from, const QString &to, QString *reason) const;

private:
    QString addDatastore(Stack &stack, const KbEngineSpec &engine, const CanvasPosition &position,
                         QString *reason) const;
    QString addComponent(Stack &stack, const OpenImComponentSpec &spec,
                         const CanvasPosition &position, QString *reason) const;
    QString paletteProblem(const Stack &stack, const QString &type) const;

    const OpenImCatalog &m_openim;
    const KubeBlocksCatalog &m_kubeblocks;
};

} // namespace sd
