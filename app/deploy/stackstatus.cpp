#include "deploy/stackstatus.h"

#include "common/tr.h"
#include "deploy/kubeobject.h"

#include <QJsonArray>

namespace sd {

namespace {
using Json = nlohmann::json;

int intAt(const Json &o, const char *a, const char *b, int fallback = 0)
{
    const Json inner = o.value(a, Json::object());
    return inner.is_object() && inner.contains(b) && inner[b].is_number_integer() ? inner[b].get<int>() : fallback;
}

const Json *byName(const std::vector<Json> &objects, const QString &name)
{
    for (const Json &o : objects) {
        if (KubeObject::name(o) == name)
            return &o;
    }
    return nullptr;
}
} // namespace

bool StackStatus::allReady() const
{
    if (!namespaceExists)
        return false;
    return std::all_of(nodes.cbegin(), nodes.cend(), [](const NodeStatus &n) { return n.state == NodeStatus::State::Ready; });
}

QString StackStatus::stateId(NodeStatus::State state)
{
    switch (state) {
    case NodeStatus::State::Ready:
        return QStringLiteral("ready");
    case NodeStatus::State::Progressing:
        return QStringLiteral("progressing");
    case NodeStatus::State::Degraded:
        return QStringLiteral("degraded");
    case NodeStatus::State::NotDeployed:
        return QStringLiteral("notDeployed");
    }
    return {};
}

QString StackStatus::stateText(NodeStatus::State state)
{
    switch (state) {
    case NodeStatus::State::Ready:
        return Tr::tr("ready", "node state");
    case NodeStatus::State::Progressing:
        return Tr::tr("progressing", "node state");
    case NodeStatus::State::Degraded:
        return Tr::tr("degraded", "node state");
    case NodeStatus::State::NotDeployed:
        return Tr::tr("not deployed", "node state");
    }
    return {};
}

StackStatus StackStatus::evaluate(const Stack &stack, bool namespaceExists, const std::vector<Json> &deployments,
                                  const std::vector<Json> &clusters)
{
    StackStatus out;
    out.stackName = stack.name;
    out.ns = stack.ns;
    out.namespaceExists = namespaceExists;
    for (const DatastoreSpec &d : stack.datastores) {
        NodeStatus n;
        n.name = d.name;
        n.datastore = true;
        n.desired = d.replicas;
        const Json *live = byName(clusters, d.name);
        if (!live) {
            n.detail = Tr::tr("no Cluster object");
            out.nodes.append(n);
            continue;
        }
        n.phase = QString::fromStdString(live->value("status", Json::object()).value("phase", std::string()));
        if (n.phase == QLatin1String("Running"))
            n.state = NodeStatus::State::Ready;
        else if (n.phase == QLatin1String("Failed") || n.phase == QLatin1String("Abnormal"))
            n.state = NodeStatus::State::Degraded;
        else
            n.state = NodeStatus::State::Progressing;
        n.detail = n.phase.isEmpty() ? Tr::tr("no phase reported yet") : Tr::tr("phase %1").arg(n.phase);
        out.nodes.append(n);
    }
    for (const ComponentSpec &c : stack.components) {
        NodeStatus n;
        n.name = c.name;
        n.desired = c.replicas;
        const Json *live = byName(deployments, c.name);
        if (!live) {
            n.detail = Tr::tr("no Deployment");
            out.nodes.append(n);
            continue;
        }
        const int wanted = intAt(*live, "spec", "replicas", 1);
        n.desired = wanted;
        n.ready = intAt(*live, "status", "availableReplicas");
        const int updated = intAt(*live, "status", "updatedReplicas");
        const int unavailable = intAt(*live, "status", "unavailableReplicas");
        if (n.ready >= wanted && updated >= wanted)
            n.state = NodeStatus::State::Ready;
        else if (n.ready < wanted && unavailable > 0 && updated >= wanted)
            n.state = NodeStatus::State::Degraded;
        else
            n.state = NodeStatus::State::Progressing;
        n.detail = Tr::tr("%1 of %2 replicas available").arg(n.ready).arg(wanted);
        out.nodes.append(n);
    }
    return out;
}

QJsonObject StackStatus::toJson() const
{
    QJsonArray list;
    for (const NodeStatus &n : nodes) {
        QJsonObject o{{QStringLiteral("name"), n.name},
                      {QStringLiteral("type"), n.datastore ? QStringLiteral("datastore") : QStringLiteral("component")},
                      {QStringLiteral("state"), stateId(n.state)},
                      {QStringLiteral("desired"), n.desired},
                      {QStringLiteral("detail"), n.detail}};
        if (n.datastore)
            o.insert(QStringLiteral("phase"), n.phase);
        else
            o.insert(QStringLiteral("available"), n.ready);
        list.append(o);
    }
    return {{QStringLiteral("stack"), stackName},
            {QStringLiteral("namespace"), ns},
            {QStringLiteral("namespaceExists"), namespaceExists},
            {QStringLiteral("ready"), allReady()},
            {QStringLiteral("nodes"), list}};
}

} // namespace sd
