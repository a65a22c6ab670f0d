#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// What a log tab or `stackdeck-cli logs` reads: one pod (optionally one container), a workload
// (its pods by label selector), a KubeBlocks Cluster or a stack component.
struct LogTarget
{
    enum class Kind { Pod, Deployment, Selector };

    Kind kind = Kind::Pod;
    QString namespaceName;
    QString name;      // pod or deployment name
    QString container; // Pod: one container; empty: all containers
    // Selector: tried in order until one finds pods (a bare component name may be an OpenIM
    // component or a datastore Cluster).
    QStringList selectors;
    QString title;     // for tab titles and messages

    // Parses "pod/NAME", "pod/NAME/CONTAINER", "deployment/NAME" (also deploy/), "cluster/NAME"
    // (KubeBlocks: app.kubernetes.io/instance=NAME) or a bare stack component name. Returns
    // false with *error for an empty or malformed target.
    static bool parse(const QString &text, const QString &ns, LogTarget *target, QString *error);

    static LogTarget pod(const QString &ns, const QString &pod, const QString &container = {});
    // An OpenIM component deployed by Stackdeck.
    static LogTarget component(const QString &ns, const QString &component);
    // A KubeBlocks datastore Cluster.
    static LogTarget cluster(const QString &ns, const QString &cluster);
};

} // namespace sd
