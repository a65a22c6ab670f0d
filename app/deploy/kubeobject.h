#pragma once

#include "kube/apiresource.h"

#include <nlohmann/json.hpp>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sd {

class Discovery;
struct Stack;

// Small helpers for Kubernetes objects held as nlohmann::json (the stack library's form) and
// the conversions to and from the kube library's QJsonObject. Stateless; thread-safe.
class KubeObject
{
public:
    static nlohmann::json fromQt(const QJsonObject &object);
    static QJsonObject toQt(const nlohmann::json &object);
    static nlohmann::json fromOrdered(const nlohmann::ordered_json &object);

    static QString apiVersion(const nlohmann::json &object);
    static QString kind(const nlohmann::json &object);
    static QString name(const nlohmann::json &object);
    static QString ns(const nlohmann::json &object);
    static QString label(const nlohmann::json &object, const char *key);
    static QString annotation(const nlohmann::json &object, const char *key);
    // "Kind/namespace/name": identity of an object within one cluster.
    static QString key(const QString &kind, const QString &ns, const QString &name);
    static QString key(const nlohmann::json &object);
    // "Deployment openim-api" for messages (kind names stay untranslated).
    static QString display(const nlohmann::json &object);

    // The served type of apiVersion + kind, from discovery.
    static std::optional<ApiResource> resourceFor(const Discovery &discovery, const QString &apiVersion,
                                                  const QString &kind);

    // The kinds Stackdeck generates in a stack's namespace, in apply order (the Namespace itself
    // excluded): what plan/destroy look for when finding objects a stack made.
    struct KindRef
    {
        QString apiVersion;
        QString kind;
    };
    static QList<KindRef> namespacedKinds();

    // Label selector matching every object a stack made (managed-by=stackdeck, part-of=<stack>).
    static QString stackSelector(const QString &stackName);
    // True when the object carries the stack's labels.
    static bool belongsTo(const nlohmann::json &object, const QString &stackName);
};

} // namespace sd
