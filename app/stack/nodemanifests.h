#pragma once

#include <QByteArray>
#include <QString>

namespace sd {

struct Stack;

// The generated objects behind one canvas node (a component or a datastore), as YAML: what the
// properties dock shows before anything is deployed. Keeps nlohmann/json out of the GUI's headers.
QByteArray nodeManifestsYaml(const Stack &stack, const QString &node);

} // namespace sd
