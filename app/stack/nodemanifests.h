#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sd {

struct Stack;

// The generated objects behind one canvas node (a component or a datastore), as YAML: what the
// properties dock shows before anything is deployed. Keeps nlohmann/json out of the GUI's headers.
QByteArray nodeManifestsYaml(const Stack &stack, const QString &node);
// The same objects as "Kind name" lines, e.g. "Deployment openim-api".
QStringList nodeObjectNames(const Stack &stack, const QString &node);

// Where each object behind a node lives on the cluster (namespace: the stack's). An existing
// datastore (made outside the stack) is its Cluster alone.
struct NodeObjectRef
{
    QString apiVersion;
    QString kind;
    QString name;
};
QList<NodeObjectRef> nodeObjectRefs(const Stack &stack, const QString &node);

} // namespace sd
