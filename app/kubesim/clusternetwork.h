#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace sd::sim {

class Store;

// How a process inside the simulated cluster reaches "host:port": cluster DNS for Service names
// (`svc`, `svc.ns`, `svc.ns.svc[.cluster.local]`) and pod names under a headless Service, then the
// Service's port, its ready Endpoints and, for KubeBlocks Services, the backing Cluster's phase.
// Failures carry the text Go's net package reports (no such host, connection refused). Stateless;
// thread-safe (reads the store only).
class ClusterNetwork
{
public:
    struct Dial
    {
        bool ok = false;
        QString error;          // "dial tcp 10.96.0.31:27017: connect: connection refused"
        QString ns;             // where the target lives
        QString service;
        QString cluster;        // the KubeBlocks Cluster behind the Service (app.kubernetes.io/instance), if any
        QString component;      // its component (apps.kubeblocks.io/component-name), if any
        QString endpoint;       // "10.244.1.7:27017" of the chosen ready pod
        QString pod;
    };

    // `fromNs` is the caller's namespace (short names resolve there, like a pod's resolv.conf search list).
    static Dial dial(const Store *store, const QString &fromNs, const QString &hostPort);
    // The cluster DNS server address processes report in lookup errors.
    static QString dnsServer(const Store *store);
};

} // namespace sd::sim
