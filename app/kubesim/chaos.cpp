#include "kubesim/chaos.h"

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

} // namespace sd::sim::chaos
