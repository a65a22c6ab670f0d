#pragma once

#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <vector>

namespace sd {

// The live state of one stack node (an OpenIM component or a datastore cluster).
struct NodeStatus
{
    enum class State { Ready, Progressing, Degraded, NotDeployed };

    QString name;
    bool datastore = false;
    State state = State::NotDeployed;
    int desired = 0;  // replicas the stack asks for (components) / the Cluster's data component
    int ready = 0;    // available replicas (components)
    QString phase;    // KubeBlocks Cluster phase (datastores)
    QString detail;   // translated one-line explanation
};

// A stack's live status, computed from the live objects (see StatusReader). Value type.
struct StackStatus
{
    QString stackName;
    QString ns;
    bool namespaceExists = false;
    QList<NodeStatus> nodes;

    bool allReady() const;
    QJsonObject toJson() const;

    // Pure: the stack's nodes matched with the live Deployments and Clusters carrying its labels.
    static StackStatus evaluate(const Stack &stack, bool namespaceExists, const std::vector<nlohmann::json> &deployments,
                                const std::vector<nlohmann::json> &clusters);
    static QString stateId(NodeStatus::State state);   // ready | progressing | degraded | notDeployed
    static QString stateText(NodeStatus::State state); // translated
};

} // namespace sd

Q_DECLARE_METATYPE(sd::StackStatus)
