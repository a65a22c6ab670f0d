#include "ops/targetfacts.h"

namespace sd {

QString TargetFacts::permissionKey(const QString &verb, const QString &group, const QString &resource)
{
    return QStringLiteral("%1 %2/%3").arg(verb, group, resource);
}

Permission TargetFacts::permission(const QString &verb, const QString &group, const QString &resource) const
{
    return permissions.value(permissionKey(verb, group, resource), Permission{true, {}});
}

} // namespace sd
