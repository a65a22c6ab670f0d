#include "kubesim/chaos.h"

#include "kubesim/kubeblocks.h"
#include "kubesim/kubelet.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

namespace sd::sim::chaos {

using json = nlohmann::json;

bool killPod(Store *store, const QString &ns, const QString &pod)
{
    if (!store->get(objects::kPods, ns, pod))
        return false;
    objects::markDeleted(store, objects::kPods, ns, pod, 0);
    return true;
}

bool crashLoop(Store *store, const QString &ns, const QString &pod, const QString &container, bool on)
{
    return objects::update(store, objects::kPods, ns, pod, [&](json &p) {
               const char *key = Kubelet::crashLoopAnnotation;
               QStringList names = objects::str(p["metadata"].value("annotations", json::object()), key)
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts);
               names.removeAll(container);
               if (on)
                   names.append(container);
               if (names.isEmpty())
                   p["metadata"]["annotations"].erase(key);
               else
                   p["metadata"]["annotations"][key] = names.join(QLatin1Char(',')).toStdString();
           })
        .has_value();
}

bool cordon(Store *store, const QString &node, bool cordoned)
{
    return objects::update(store, objects::kNodes, {}, node, [&](json &n) {
               json taints = json::array();
               for (const auto &t : n["spec"].value("taints", json::array())) {
                   if (objects::str(t, "key") != QStringLiteral("node.kubernetes.io/unschedulable"))
                       taints.push_back(t);
               }
               if (cordoned) {
                   n["spec"]["unschedulable"] = true;
                   taints.push_back({{"key", "node.kubernetes.io/unschedulable"}, {"effect", "NoSchedule"},
                                     {"timeAdded", objects::nowText().toStdString()}});
               } else {
                   n["spec"].erase("unschedulable");
               }
               if (taints.empty())
                   n["spec"].erase("taints");
               else
                   n["spec"]["taints"] = taints;
           })
        .has_value();
}

QStringList actions()
{
    return {QStringLiteral("killPod"),     QStringLiteral("crashLoop"),      QStringLiteral("cordon"),
            QStringLiteral("failPrimary"), QStringLiteral("failCluster"),    QStringLiteral("recoverCluster"),
            QStringLiteral("fillVolume"),  QStringLiteral("clearVolume")};
}

Result run(Store *store, KubeBlocks *kubeBlocks, const json &request)
{
    const auto field = [&](const char *name) {
        return request.is_object() ? objects::str(request, name) : QString();
    };
    const QString action = field("action");
    const bool undo = request.is_object() && request.value("undo", false);
    Result r;
    if (!actions().contains(action)) {
        r.status = 400;
        r.error = QStringLiteral("unknown chaos action \"%1\" (known: %2)").arg(action, actions().join(QStringLiteral(", ")));
        return r;
    }
    const QStringList needed = action == QLatin1String("cordon")      ? QStringList{QStringLiteral("node")}
                               : action == QLatin1String("killPod")   ? QStringList{QStringLiteral("namespace"), QStringLiteral("pod")}
                               : action == QLatin1String("crashLoop") ? QStringList{QStringLiteral("namespace"), QStringLiteral("pod"),
                                                                                    QStringLiteral("container")}
                                                                      : QStringList{QStringLiteral("namespace"), QStringLiteral("cluster")};
    for (const QString &f : needed) {
        if (field(f.toUtf8().constData()).isEmpty()) {
            r.status = 400;
            r.error = QStringLiteral("chaos action %1 needs \"%2\"").arg(action, f);
            return r;
        }
    }
    bool found = true;
    if (action == QLatin1String("killPod")) {
        found = killPod(store, field("namespace"), field("pod"));
    } else if (action == QLatin1String("crashLoop")) {
        found = crashLoop(store, field("namespace"), field("pod"), field("container"), !undo);
    } else if (action == QLatin1String("cordon")) {
        found = cordon(store, field("node"), !undo);
    } else {
        if (!kubeBlocks || !kubeBlocks->isRunning()) {
            r.status = 400;
            r.error = QStringLiteral("chaos action %1 needs the KubeBlocks operator, which is not running").arg(action);
            return r;
        }
        QString error;
        if (!kubeBlocks->chaos(request, &r.answer, &error)) {
            r.status = 404;
            r.error = error;
            return r;
        }
        return r;
    }
    if (!found) {
        r.status = 404;
        r.error = QStringLiteral("the chaos target does not exist");
        return r;
    }
    r.answer = {{"action", action.toStdString()}, {"undo", undo}, {"done", true}};
    return r;
}

} // namespace sd::sim::chaos
