#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace sd::sim {

struct ContainerEnv;

// OpenIM's config loading as a process of the `main` design does it (the schema of the v3.8.3 images,
// openim.md §0/§4): each file is read from $CONFIG_PATH, IMENV_<FILE>_<KEY_PATH> variables override
// keys the file has (lists comma-separated), and the result is decoded into the server's config
// structs: unknown keys are refused and values converted with Go's weak typing rules, with the
// wording of viper and mapstructure. The schema (openim/config-main.json) holds key paths and types
// only. Pure functions; thread-safe.
class OpenImConfig
{
public:
    // The decoded file (values converted to the schema's types), or nullopt with the error text the
    // process prints ("failed to read config file, path=/config/redis.yml, envPrefix=IMENV_REDIS: …").
    static std::optional<nlohmann::json> load(const ContainerEnv &env, const QString &file, QString *error);
    // Whether the schema knows `file`.
    static bool knows(const QString &file);
    // The env prefix of a file: "openim-rpc-user.yml" → "IMENV_OPENIM_RPC_USER".
    static QString envPrefix(const QString &file);
};

} // namespace sd::sim
