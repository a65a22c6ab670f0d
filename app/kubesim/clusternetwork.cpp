#include "kubesim/clusternetwork.h"

#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <cstring>

namespace sd::sim {

using json = nlohmann::json;
using objects::str;

QString ClusterNetwork::dnsServer(const Store *store)
{
    const auto dns = store->get(objects::kServices, QStringLiteral("kube-system"), QStringLiteral("kube-dns"));
    const QString ip = dns ? str(dns->value("spec", json::object()), "clusterIP") : QString();
    return (ip.isEmpty() ? QStringLiteral("10.96.0.10") : ip) + QStringLiteral(":53");
}

ClusterNetwork::Dial ClusterNetwork::dial(const Store *store, const QString &fromNs, const QString &hostPort)
{
    Dial d;
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    const QString host = colon > 0 ? hostPort.left(colon) : hostPort;
    const int port = colon > 0 ? hostPort.mid(colon + 1).toInt() : 0;
    const auto noHost = [&] {
        d.error = QStringLiteral("dial tcp: lookup %1 on %2: no such host").arg(host, dnsServer(store));
        return d;
    };
    if (colon <= 0 || port <= 0) {
        d.error = QStringLiteral("dial tcp: address %1: missing port in address").arg(hostPort);
        return d;
    }
    QString name = host;
    for (const char *suffix : {".cluster.local", ".svc"}) {
        if (name.endsWith(QLatin1String(suffix)))
            name.chop(int(strlen(suffix)));
    }
    const QStringList labels = name.split(QLatin1Char('.'));
    std::optional<json> service;
    QString podName;
    if (labels.size() == 1) {
        d.ns = fromNs;
        service = store->get(objects::kServices, d.ns, labels[0]);
    } else if (labels.size() == 2) {
        d.ns = labels[1];
        service = store->get(objects::kServices, d.ns, labels[0]);
    } else if (labels.size() == 3) {
        // <pod>.<headless service>.<namespace>
        d.ns = labels[2];
        service = store->get(objects::kServices, d.ns, labels[1]);
        podName = labels[0];
    }
    if (!service)
        return noHost();
    d.service = objects::name(*service);
    const json svcLabels = objects::labels(*service);
    d.cluster = str(svcLabels, "app.kubernetes.io/instance");
    d.component = str(svcLabels, "apps.kubeblocks.io/component-name");
    const QString clusterIp = str(service->value("spec", json::object()), "clusterIP");
    const bool headless = clusterIp == QStringLiteral("None");
    const QString target = QStringLiteral("%1:%2").arg(headless || clusterIp.isEmpty() ? host : clusterIp).arg(port);
    const auto refused = [&](const QString &address) {
        d.error = QStringLiteral("dial tcp %1: connect: connection refused").arg(address);
        return d;
    };
    QString portName;
    bool portFound = false;
    for (const auto &p : service->value("spec", json::object()).value("ports", json::array())) {
        if (p.value("port", 0) == port) {
            portFound = true;
            portName = str(p, "name");
        }
    }
    if (!portFound && !headless)
        return refused(target);
    if (!d.cluster.isEmpty()) {
        const auto cluster = store->get(QStringLiteral("apps.kubeblocks.io/clusters"), d.ns, d.cluster);
        const QString phase = cluster ? str(cluster->value("status", json::object()), "phase") : QString();
        static const QStringList serving = {QStringLiteral("Running"), QStringLiteral("Updating"), QStringLiteral("Abnormal")};
        if (cluster && !serving.contains(phase))
            return refused(target);
    }
    const auto endpoints = store->get(objects::kEndpoints, d.ns, d.service);
    for (const auto &subset : endpoints ? endpoints->value("subsets", json::array()) : json::array()) {
        int targetPort = headless ? port : 0;
        for (const auto &p : subset.value("ports", json::array())) {
            if (!headless && str(p, "name") == portName)
                targetPort = p.value("port", 0);
        }
        if (targetPort == 0)
            continue;
        for (const auto &a : subset.value("addresses", json::array())) {
            const QString pod = str(a.value("targetRef", json::object()), "name");
            if (!podName.isEmpty() && pod != podName && str(a, "hostname") != podName)
                continue;
            d.ok = true;
            d.pod = pod;
            d.endpoint = QStringLiteral("%1:%2").arg(str(a, "ip")).arg(targetPort);
            return d;
        }
    }
    if (!podName.isEmpty()) {
        // A pod name resolves only while the pod is ready (or published while not ready).
        const auto pod = store->get(objects::kPods, d.ns, podName);
        if (!pod)
            return noHost();
        return refused(QStringLiteral("%1:%2").arg(str(pod->value("status", json::object()), "podIP")).arg(port));
    }
    return refused(target);
}

} // namespace sd::sim
