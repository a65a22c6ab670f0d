#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace sd {

// What the user is asked to trust before an exec credential plugin from a kubeconfig runs:
// the exact program and arguments, and which kubeconfig/user asks for it.
struct ExecTrustRequest
{
    QString kubeconfigFile;
    QString userName;
    QString program;      // resolved absolute path (or the bare name when not found)
    QStringList args;
    QStringList envNames; // variables the kubeconfig adds (values may be secret: names only)

    QString commandLine() const; // program and args, shell-quoted for display
};

// Decides whether a plugin may run. Called on the thread of the KubeClient, possibly more than
// once per session; remembering a decision (per kubeconfig + command) is the implementer's job.
// The GUI asks the user; stackdeck-cli answers from --trust-exec. No policy means "never".
using ExecTrustPolicy = std::function<bool(const ExecTrustRequest &request)>;

} // namespace sd
