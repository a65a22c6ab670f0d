#pragma once

#include "kubesim/cluster.h"

#include <memory>

// A started "empty" cluster whose lifecycles run 50 times faster, for controller tests; null with
// `error` set when it cannot start.
inline std::unique_ptr<sd::sim::Cluster> startFastCluster(QString *error)
{
    auto cluster = std::make_unique<sd::sim::Cluster>();
    sd::sim::SimOptions options;
    options.timeScale = 50;
    cluster->setOptions(options);
    if (!cluster->loadScenario(QStringLiteral("empty")) || !cluster->start()) {
        *error = cluster->errorString();
        return nullptr;
    }
    return cluster;
}
