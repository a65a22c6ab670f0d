#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <utility>

namespace sd::sim {

class Store;

// What a container's process sees when it starts, resolved from the pod spec the way the kubelet
// resolves it: env (value, secretKeyRef, configMapKeyRef, fieldRef; envFrom), files of mounted
// configMap, secret and projected volumes, declared ports and the memory limit. Values are read once,
// at start: a later Secret or ConfigMap edit reaches only the next start, as on a real node (env never
// refreshes; volume refreshes do not restart the process). A plain value type.
struct ContainerEnv
{
    QString ns;
    QString pod;
    QString container;
    QString podIP;
    QString image;
    QStringList command;
    QStringList args;
    QMap<QString, QString> env;
    QMap<QString, QByteArray> files;  // absolute path → content
    QList<std::pair<QString, int>> ports;  // declared containerPorts (name may be empty)
    qint64 memoryLimit = 0;  // bytes; 0: none

    // Resolves `container` (an entry of spec.containers) of `pod` against the store.
    static ContainerEnv resolve(const Store *store, const nlohmann::json &pod, const nlohmann::json &container,
                                const QString &podIP);
    // The port number a probe or proxy names (a number, or the name of a declared port); 0 if unknown.
    int portNumber(const nlohmann::json &port) const;
    // The image's repository name without registry, path or tag ("docker.io/openim/openim-api:v3.8.3" → "openim-api").
    QString imageName() const;
    QString imageTag() const;
};

} // namespace sd::sim
