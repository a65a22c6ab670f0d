#pragma once

#include <QString>
#include <QStringList>

#include "kubesim/simoptions.h"

#include <nlohmann/json.hpp>

namespace sd::sim {

class LogBook;
class Store;

// The starting states of a simulated cluster. Objects are stored as the API server would have
// created them (uid, creationTimestamp, resourceVersion), with the status a running cluster shows.
namespace Scenario {

QStringList names();
// `options` gives the nodes (count, capacity); `disabledAddons` the KubeBlocks addons the
// "kubeblocks" scenario leaves disabled (e.g. "minio").
bool load(const QString &name, Store *store, LogBook *logs, QString *error, const SimOptions &options = {},
          const QStringList &disabledAddons = {});

// The KubeBlocks CustomResourceDefinitions kubesim serves (our own subset of the upstream schemas),
// as parsed JSON objects.
std::vector<nlohmann::json> kubeBlocksCrds();

// Stores `object` (apiVersion/kind/metadata set by the caller) with server-set metadata filled in.
nlohmann::json add(Store *store, const QString &storageKey, nlohmann::json object);

} // namespace Scenario
} // namespace sd::sim
