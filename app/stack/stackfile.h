#pragma once

#include "stack/stack.h"
#include "stack/stackissue.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sd {

// Reads and writes stack files: versioned YAML (apiVersion stackdeck.io/v1, kind Stack).
//
//   apiVersion: stackdeck.io/v1
//   kind: Stack
//   metadata: {name, namespace}
//   profile: {release, registry: dockerhub|ghcr|aliyun, imageTag?, imagePullSecrets?, chat?}
//   openim:
//     secret: {generate: true} | {secretKeyRef: {name, key}}
//     adminUsers: [{userID, nickname}, ...]
//     minioExternalAddress?: URL clients use for files
//     push: {provider: none|getui|fcm|jpush, credentials?: {<name>: {secretKeyRef: {name, key}}}}
//     log: {level: 0..6, json}
//   datastores: [{name, engine, version, topology?, replicas,
//                 resources: {requests: {cpu, memory}, limits: {cpu, memory}},
//                 storage: {size, class?}, terminationPolicy, exporter?: false,
//                 backup?: {enabled?: false, cron, method, retention?: 7d, repo?},
//                 canvas?: {x, y}}
//                | {name, engine, existing: true, canvas?}]   (a Cluster made outside the stack)
//   components: [{name, image?, tag?, replicas, resources, env?: {NAME: value},
//                 exposure?: {type, nodePort?, host?, ingressClass?}, canvas?}]
//   edges?: [{from: <component>, to: <component or datastore>}]
//
// Reading is strict: every unknown, duplicated, missing or mistyped field is reported with the
// file, 1-based line and column, and what was expected; reading goes on after an error so one
// pass reports them all. Values are checked for form here (types, quantities, enumerations);
// cross-references and catalog rules are StackValidator's job.
// Writing is deterministic (fixed field order, canonical quantities, optional fields omitted when
// they hold their default), so serialize(parse(serialize(s))) == serialize(s) byte for byte.
// Stateless; safe from any thread.
class StackFile
{
public:
    static constexpr const char *kApiVersion = "stackdeck.io/v1";
    static constexpr const char *kKind = "Stack";

    struct Result
    {
        std::optional<Stack> stack; // set only when issues has no error
        StackIssues issues;
    };

    static Result parse(const QByteArray &text, const QString &fileName);
    static Result load(const QString &path);
    static QByteArray serialize(const Stack &stack);
    // A backup retention such as "7d", "12h", "6mo" or "1y" (KubeBlocks' RetentionPeriod form).
    static bool isRetentionPeriod(const QString &text);
    // Writes atomically (QSaveFile). On failure returns false and sets *error (translated).
    static bool save(const Stack &stack, const QString &path, QString *error);
};

} // namespace sd
