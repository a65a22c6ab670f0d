#pragma once

#include "kube/apiresource.h"
#include "kube/kubeerror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sd {

class KubeClient;
class KubeRequest;

// The API groups, versions and resources a server offers. Uses aggregated discovery (one call
// each for /api and /apis, apidiscovery.k8s.io v2 or v2beta1) and falls back to the legacy
// per-group-version documents on older servers. Results are cached until invalidate(); CRDs are
// found like any other type, never through hard-coded paths. Lives on the client's thread.
class Discovery final : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const KubeError &error)>;

    explicit Discovery(KubeClient *client);
    ~Discovery() override;

    // Loads discovery if it is not loaded yet, then calls back (possibly synchronously).
    void ensure(QObject *context, Callback callback);
    void invalidate();
    bool isLoaded() const { return m_loaded; }
    const QList<ApiResource> &resources() const { return m_resources; }
    void setResources(const QList<ApiResource> &resources); // tests, offline use

    // Finds a type by kind ("Cluster"), plural ("clusters"), singular or short name ("sts"),
    // optionally in `group`; "clusters.apps.kubeblocks.io" and "clusters.v1.apps.kubeblocks.io"
    // forms are understood. Prefers the group's preferred version, then the core group.
    std::optional<ApiResource> find(const QString &name, const QString &group = {},
                                    const QString &version = {}) const;
    QStringList versionsOf(const QString &group) const;

    // Parsers, exposed for tests.
    static QList<ApiResource> parseAggregated(const QJsonObject &list);
    static QList<ApiResource> parseResourceList(const QJsonObject &list, bool preferred);

private:
    void startLoad();
    void fetchRoot(const QString &path);
    void onRoot(const QString &path, KubeRequest *request);
    void fetchLegacy(const QString &groupVersion, bool preferred);
    void checkDone();
    void done(const KubeError &error);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    KubeClient *m_client; // not owned; owns this
    QList<ApiResource> m_resources;
    QList<ApiResource> m_loading;
    QList<Waiter> m_waiters;
    QList<KubeRequest *> m_pending; // owned (children)
    KubeError m_error;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sd
