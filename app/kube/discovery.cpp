#include "kube/discovery.h"

#include "kube/kubeclient.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace sd {

namespace {
constexpr char AggregatedAccept[] =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
    "application/json";

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}
} // namespace

Discovery::Discovery(KubeClient *client)
    : m_client(client)
{}

Discovery::~Discovery() = default;

QList<ApiResource> Discovery::parseAggregated(const QJsonObject &list)
{
    QList<ApiResource> out;
    for (const QJsonValue &gv : list.value(QLatin1String("items")).toArray()) {
        const QJsonObject g = gv.toObject();
        const QString group =
            g.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray versions = g.value(QLatin1String("versions")).toArray();
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const QJsonObject v = versions.at(i).toObject();
            const QString version = v.value(QLatin1String("version")).toString();
            for (const QJsonValue &rv : v.value(QLatin1String("resources")).toArray()) {
                const QJsonObject r = rv.toObject();
                ApiResource a;
                a.group = group;
                a.version = version;
                a.preferredVersion = i == 0;
                a.resource = r.value(QLatin1String("resource")).toString();
                a.kind = r.value(QLatin1String("responseKind")).toObject().value(QLatin1String("kind")).toString();
                a.singular = r.value(QLatin1String("singularResource")).toString();
                a.namespaced = r.value(QLatin1String("scope")).toString() == QLatin1String("Namespaced");
                a.verbs = strings(r.value(QLatin1String("verbs")));
                a.shortNames = strings(r.value(QLatin1String("shortNames")));
                a.categories = strings(r.value(QLatin1String("categories")));
                for (const QJsonValue &sv : r.value(QLatin1String("subresources")).toArray())
                    a.subresources.append(sv.toObject().value(QLatin1String("subresource")).toString());
                out.append(a);
            }
        }
    }
    return out;
}

QList<ApiResource> Discovery::parseResourceList(const QJsonObject &list, bool preferred)
{
    QList<ApiResource> out;
    const QString gv = list.value(QLatin1String("groupVersion")).toString();
    const qsizetype slash = gv.indexOf(QLatin1Char('/'));
    const QString group = slash < 0 ? QString() : gv.left(slash);
    const QString version = slash < 0 ? gv : gv.mid(slash + 1);
    QHash<QString, QStringList> subs;
    for (const QJsonValue &rv : list.value(QLatin1String("resources")).toArray()) {
        const QJsonObject r = rv.toObject();
        const QString name = r.value(QLatin1String("name")).toString();
        if (const qsizetype s = name.indexOf(QLatin1Char('/')); s >= 0) {
            subs[name.left(s)].append(name.mid(s + 1));
            continue;
        }
        ApiResource a;
        a.group = group;
        a.version = version;
        a.preferredVersion = preferred;
        a.resource = name;
        a.kind = r.value(QLatin1String("kind")).toString();
        a.singular = r.value(QLatin1String("singularName")).toString();
        a.namespaced = r.value(QLatin1String("namespaced")).toBool();
        a.verbs = strings(r.value(QLatin1String("verbs")));
        a.shortNames = strings(r.value(QLatin1String("shortNames")));
        a.categories = strings(r.value(QLatin1String("categories")));
        out.append(a);
    }
    for (ApiResource &a : out)
        a.subresources = subs.value(a.resource);
    return out;
}

void Discovery::setResources(const QList<ApiResource> &resources)
{
    m_resources = resources;
    m_loaded = true;
}

void Discovery::invalidate()
{
    m_loaded = false;
}

void Discovery::ensure(QObject *context, Callback callback)
{
    if (m_loaded) {
        callback(KubeError());
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_busy)
        startLoad();
}

void Discovery::startLoad()
{
    m_busy = true;
    m_loading.clear();
    m_error = KubeError();
    fetchRoot(QStringLiteral("/api"));
    fetchRoot(QStringLiteral("/apis"));
}

void Discovery::fetchRoot(const QString &path)
{
    KubeRequestSpec s;
    s.path = path;
    s.accept = AggregatedAccept;
    KubeRequest *r = m_client->request(s, this);
    m_pending.append(r);
    connect(r, &KubeRequest::finished, this, [this, path, r] { onRoot(path, r); });
}

void Discovery::onRoot(const QString &path, KubeRequest *request)
{
    m_pending.removeOne(request);
    request->deleteLater();
    const KubeResponse &resp = request->response();
    if (!resp.ok()) {
        m_error = resp.error;
        checkDone();
        return;
    }
    const QJsonObject o = resp.object();
    if (o.value(QLatin1String("kind")).toString() == QLatin1String("APIGroupDiscoveryList")) {
        QList<ApiResource> found = parseAggregated(o);
        m_loading += found;
    } else if (path == QLatin1String("/api")) {
        // Legacy APIVersions: {"versions":["v1"]}
        const QStringList versions = strings(o.value(QLatin1String("versions")));
        for (qsizetype i = 0; i < versions.size(); ++i)
            fetchLegacy(versions.at(i), i == 0);
    } else {
        // Legacy APIGroupList.
        for (const QJsonValue &gv : o.value(QLatin1String("groups")).toArray()) {
            const QJsonObject g = gv.toObject();
            const QString preferred = g.value(QLatin1String("preferredVersion"))
                                          .toObject()
                                          .value(QLatin1String("groupVersion"))
                                          .toString();
            for (const QJsonValue &vv : g.value(QLatin1String("versions")).toArray()) {
                const QString groupVersion =
                    vv.toObject().value(QLatin1String("groupVersion")).toString();
                fetchLegacy(groupVersion, groupVersion == preferred);
            }
        }
    }
    checkDone();
}

void Discovery::fetchLegacy(const QString &groupVersion, bool preferred)
{
    KubeRequestSpec s;
    s.path = groupVersion.contains(QLatin1Char('/')) ? QStringLiteral("/apis/") + groupVersion
                                                     : QStringLiteral("/api/") + groupVersion;
    KubeRequest *r = m_client->request(s, this);
    m_pending.append(r);
    connect(r, &KubeRequest::finished, this, [this, r, preferred] {
        m_pending.removeOne(r);
        r->deleteLater();
        // A broken aggregated API (e.g. metrics-server down) answers 503; skip that group like
        // kubectl does instead of failing discovery as a whole.
        if (r->response().ok())
            m_loading += parseResourceList(r->response().object(), preferred);
        checkDone();
    });
}

void Discovery::checkDone()
{
    if (!m_pending.isEmpty())
        return;
    if (!m_error.isError()) {
        // Core first, so that e.g. "events" resolves to v1 before events.k8s.io.
        std::stable_sort(m_loading.begin(), m_loading.end(),
                         [](const ApiResource &a, const ApiResource &b) {
                             return a.group.isEmpty() && !b.group.isEmpty();
                         });
        m_resources = m_loading;
        m_loaded = true;
    }
    done(m_error);
}

void Discovery::done(const KubeError &error)
{
    m_busy = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters)
        if (w.context)
            w.callback(error);
}

QStringList Discovery::versionsOf(const QString &group) const
{
    QStringList out;
    for (const ApiResource &r : m_resources)
        if (r.group == group && !out.contains(r.version))
            out.append(r.version);
    return out;
}

std::optional<ApiResource> Discovery::find(const QString &name, const QString &group,
                                           const QString &version) const
{
    QString what = name;
    QString wantGroup = group;
    QString wantVersion = version;
    if (wantGroup.isEmpty() && what.contains(QLatin1Char('.'))) {
        // resource.group or resource.version.group
        QStringList parts = what.split(QLatin1Char('.'));
        what = parts.takeFirst();
        if (parts.size() >= 2 && QRegularExpression(QStringLiteral("^v\\d+((alpha|beta)\\d+)?$"))
                                     .match(parts.first())
                                     .hasMatch()) {
            wantVersion = parts.takeFirst();
        }
        wantGroup = parts.join(QLatin1Char('.'));
    }
    auto matches = [&](const ApiResource &r) {
        if (!wantGroup.isEmpty() && r.group != wantGroup)
            return false;
        if (!wantVersion.isEmpty() && r.version != wantVersion)
            return false;
        return r.kind == what || r.resource.compare(what, Qt::CaseInsensitive) == 0
               || r.singular.compare(what, Qt::CaseInsensitive) == 0
               || r.kind.compare(what, Qt::CaseInsensitive) == 0
               || r.shortNames.contains(what, Qt::CaseInsensitive);
    };
    const ApiResource *fallback = nullptr;
    for (const ApiResource &r : m_resources) {
        if (!matches(r))
            continue;
        if (r.preferredVersion || !wantVersion.isEmpty())
            return r;
        if (!fallback)
            fallback = &r;
    }
    if (fallback)
        return *fallback;
    return std::nullopt;
}

} // namespace sd
