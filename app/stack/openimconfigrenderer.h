#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"

#include <nlohmann/json.hpp>

#include <QSet>
#include <QString>

namespace sd {

// Renders OpenIM's config files for a stack in the profile's config schema, one group at a time
// (the server's files, or Chat's): the catalog's defaults for that group, with the stack's
// settings laid over them (namespace, Service names, fixed ports, KubeBlocks 1.0 datastore
// addresses, logs to stdout, admin users, push provider, Chat's OpenIM API address).
// Credentials are never written here: files keep the keys empty and pods get the values through
// IMENV_* variables from secretKeyRef (an override only works for a key present in the file).
// Pure functions of their inputs; thread-safe.
class OpenImConfigRenderer
{
public:
    OpenImConfigRenderer(const OpenImCatalog &openim, const KubeBlocksCatalog &kubeblocks);

    // {"share.yml": {...}, ...} in catalog order; null when the profile or group is unknown.
    nlohmann::ordered_json render(const Stack &stack,
                                  const QString &group = QStringLiteral("server")) const;

    // Env name for a dotted key of a config file: ("IMENV_", "openim-rpc-user.yml", "rpc.ports")
    // -> "IMENV_OPENIM_RPC_USER_RPC_PORTS" (viper AutomaticEnv rules, openim.md §4).
    static QString envName(const QString &prefix, const QString &file, const QString &keyPath);
    // Every IMENV_ name that can override a key of these files (leaf keys and whole sections).
    static QSet<QString> envNames(const QString &prefix, const nlohmann::ordered_json &files);

    // Where a push credential goes in openim-push.yml ("" when it is a mounted file, e.g. fcm).
    static QString pushCredentialKey(const QString &provider, const QString &credential);
    static constexpr const char *kFcmFileName = "fcm-service-account.json";

private:
    const OpenImCatalog &m_openim;
    const KubeBlocksCatalog &m_kubeblocks;
};

} // namespace sd
