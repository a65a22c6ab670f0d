#pragma once

#include "stack/kubeblockscatalog.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"
#include "stack/stackissue.h"

#include <QByteArray>

namespace sd {

// A stack as one multi-document YAML bundle for `kubectl apply -f` (what
// `stackdeck-cli export` prints). Validates first: with errors there is no bundle.
//
// Secrets Stackdeck owns hold generated values, which must not land in files by accident. By
// default the bundle leaves them out and its header names each one and the keys it needs;
// with generateSecrets it includes them with fresh values (for throwaway environments; note
// that every export then generates new values, unlike the deploy engine, which keeps them).
// Thread-safe.
class BundleExporter
{
public:
    struct Options
    {
        bool generateSecrets = false;
    };
    struct Result
    {
        QByteArray text; // empty when issues has errors
        StackIssues issues;
    };

    static Result exportStack(const Stack &stack,
                              const Options &options,
                              const OpenImCatalog &openim = OpenImCatalog::builtIn(),
                              const KubeBlocksCatalog &kubeblocks = KubeBlocksCatalog::builtIn());
    static Result exportStack(const Stack &stack) { return exportStack(stack, Options{}); }
    // For `stackdeck-cli export --stack FILE`: load, validate and export in one call; the
    // issues include file-format errors with their positions. nsOverride replaces the stack's
    // namespace (one stack file serving one namespace per branch) when not empty.
    static Result
    exportFile(const QString &path, const Options &options, const QString &nsOverride = QString());
};

} // namespace sd
