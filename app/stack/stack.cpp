#include "stack/stack.h"

#include <algorithm>

namespace sd {

QStringList OpenImSettings::pushProviders()
{
    return {QStringLiteral("none"),
            QStringLiteral("getui"),
            QStringLiteral("fcm"),
            QStringLiteral("jpush")};
}

QStringList OpenImSettings::pushCredentialNames(const QString &provider)
{
    if (provider == QLatin1String("getui") || provider == QLatin1String("jpush"))
        return {QStringLiteral("appKey"), QStringLiteral("masterSecret")};
    if (provider == QLatin1String("fcm"))
        return {QStringLiteral("serviceAccount")}; // the service-account JSON file
    return {};
}

const DatastoreSpec *Stack::datastore(const QString &n) const
{
    const auto it = std::find_if(datastores.cbegin(),
                                 datastores.cend(),
                                 [&](const DatastoreSpec &d) { return d.name == n; });
    return it == datastores.cend() ? nullptr : &*it;
}

const ComponentSpec *Stack::component(const QString &n) const
{
    const auto it = std::find_if(components.cbegin(),
                                 components.cend(),
                                 [&](const ComponentSpec &c) { return c.name == n; });
    return it == components.cend() ? nullptr : &*it;
}

} // namespace sd
