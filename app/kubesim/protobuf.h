#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace sd::sim {

// Decodes an application/vnd.kubernetes.protobuf request body ("k8s\0" + runtime.Unknown envelope)
// into the object's JSON form. kubectl 1.32+ sends protobuf for its typed `create` commands and for
// `auth can-i`; the kinds those produce are described field by field here (the wire format is
// Kubernetes' generated.proto). Unknown fields are skipped. nullopt with `error` when the body is
// malformed or the kind is not described.
std::optional<nlohmann::json> decodeKubernetesProtobuf(const QByteArray &body, QString *error = nullptr);

} // namespace sd::sim
