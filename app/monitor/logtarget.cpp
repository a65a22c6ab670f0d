#include "monitor/logtarget.h"

#include "common/tr.h"

#include <QRegularExpression>

namespace sd {

namespace {
bool isDnsName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"));
    return s.size() <= 253 && re.match(s).hasMatch();
}
} // namespace

LogTarget LogTarget::pod(const QString &ns, const QString &pod, const QString &container)
{
    LogTarget t;
    t.kind = Kind::Pod;
    t.namespaceName = ns;
    t.name = pod;
    t.container = container;
    t.title = container.isEmpty() ? pod : QStringLiteral("%1/%2").arg(pod, container);
    return t;
}

LogTarget LogTarget::component(const QString &ns, const QString &component)
{
    LogTarget t;
    t.kind = Kind::Selector;
    t.namespaceName = ns;
    t.name = component;
    t.selectors = {QStringLiteral("app.kubernetes.io/component=%1,app.kubernetes.io/managed-by=stackdeck").arg(component),
                   QStringLiteral("app.kubernetes.io/instance=%1").arg(component)};
    t.title = component;
    return t;
}

LogTarget LogTarget::cluster(const QString &ns, const QString &cluster)
{
    LogTarget t;
    t.kind = Kind::Selector;
    t.namespaceName = ns;
    t.name = cluster;
    t.selectors = {QStringLiteral("app.kubernetes.io/instance=%1").arg(cluster)};
    t.title = cluster;
    return t;
}

bool LogTarget::parse(const QString &text, const QString &ns, LogTarget *target, QString *error)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    auto fail = [&] {
        if (error)
            *error = Tr::tr("“%1” is not a log target: use pod/NAME, deployment/NAME, cluster/NAME or a "
                            "component name.").arg(text);
        return false;
    };
    for (const QString &p : parts) {
        if (!isDnsName(p))
            return fail();
    }
    const QString kind = parts.first().toLower();
    if (parts.size() == 1) {
        *target = component(ns, parts[0]);
    } else if ((kind == QLatin1String("pod") || kind == QLatin1String("pods") || kind == QLatin1String("po"))
               && parts.size() <= 3) {
        *target = pod(ns, parts[1], parts.value(2));
    } else if ((kind == QLatin1String("deployment") || kind == QLatin1String("deploy")
                || kind == QLatin1String("deployments")) && parts.size() == 2) {
        target->kind = Kind::Deployment;
        target->namespaceName = ns;
        target->name = parts[1];
        target->container.clear();
        target->selectors.clear();
        target->title = text;
    } else if ((kind == QLatin1String("cluster") || kind == QLatin1String("clusters")) && parts.size() == 2) {
        *target = cluster(ns, parts[1]);
    } else {
        return fail();
    }
    return true;
}

} // namespace sd
