#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sd::sim {

class SimProcess;

// One run of a container probe (httpGet, tcpSocket, exec, grpc) against the container's simulated
// process, with the kubelet's result wording ("HTTP probe failed with statuscode: 404",
// "dial tcp 10.244.1.5:8080: connect: connection refused"). The schedule (initialDelaySeconds,
// periodSeconds, thresholds) is the kubelet's. Stateless; `process` may be null (nothing listens).
class Prober
{
public:
    struct Result
    {
        bool success = false;
        QString message;  // the failure, as the Unhealthy event's message carries it after "… probe failed: "
    };
    static Result run(const nlohmann::json &probe, const SimProcess *process, const QString &podIP);

    // A probe's timing with the kubelet's defaults.
    static int initialDelaySeconds(const nlohmann::json &probe) { return probe.value("initialDelaySeconds", 0); }
    static int periodSeconds(const nlohmann::json &probe) { return std::max(1, probe.value("periodSeconds", 10)); }
    static int failureThreshold(const nlohmann::json &probe) { return std::max(1, probe.value("failureThreshold", 3)); }
    static int successThreshold(const nlohmann::json &probe) { return std::max(1, probe.value("successThreshold", 1)); }
};

} // namespace sd::sim
