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

} // namespace sd
