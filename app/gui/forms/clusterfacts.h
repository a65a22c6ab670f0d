#pragma once

#include "kube/kubeclient.h"
#include "stack/kubeblockscatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace sd {

namespace schema {
class Validator;
}

// What the forms need to know about the connected cluster: which KubeBlocks addons are enabled,
// the serviceVersions its ComponentVersion objects offer, its StorageClasses (and the default
// one), the KubeBlocks Clusters already in the stack's namespace, and the Cluster CRD's schema.
// Without a client (offline) every engine is available, versions come from the catalog's
// fallback lists and the schema from the CRDs bundled with kubesim. GUI thread only; the
// client is not owned and may go away (then the facts stay as they were last loaded).
class ClusterFacts final : public QObject
{
    Q_OBJECT
public:
    ClusterFacts(KubeClient *client, const QString &ns, QObject *parent = nullptr);
    ~ClusterFacts() override;

    // Starts loading (once); loaded() follows, also offline (queued).
    void load();
    bool isLoaded() const { return m_loaded; }
    bool isOnline() const { return m_online; }
    KubeClient *client() const { return m_client; }
    QString namespaceName() const { return m_namespace; }
    // The kubeconfig context, or "" offline: the key for per-cluster form memory.
    QString clusterName() const;

    // Whether a datastore of `engine` can be created; when not, *reason says why (translated).
    bool isEngineAvailable(const QString &engine, QString *reason = nullptr) const;
    EngineVersions versions(const QString &engine) const;
    QStringList storageClasses() const { return m_storageClasses; } // sorted; empty offline
    QString defaultStorageClass() const { return m_defaultStorageClass; }
    // KubeBlocks Clusters in the namespace on the cluster: name -> engine id ("" if unknown).
    QHash<QString, QString> existingClusters() const { return m_clusters; }

    // Validator for apps.kubeblocks.io/v1 Cluster objects; never null after loaded().
    const schema::Validator *clusterSchema() const { return m_clusterSchema.get(); }
    bool schemaFromCluster() const { return m_schemaFromCluster; }

    // Offline facts, for tests and for the CRDs bundled with kubesim.
    static std::unique_ptr<schema::Validator> bundledClusterSchema();

signals:
    void loaded();

private:
    KubeRequest *fetch(const QString &path);
    void finishOne();

    QPointer<KubeClient> m_client;
    QString m_namespace;
    bool m_online = false;
    bool m_started = false;
    bool m_loaded = false;
    int m_pending = 0;
    std::vector<std::unique_ptr<KubeRequest>> m_requests;
    // Addon phases by name; nullopt when the Addon API could not be read (then *reason says so).
    std::optional<QHash<QString, QString>> m_addons;
    QString m_addonError;
    std::optional<QHash<QString, QJsonObject>> m_componentVersions;
    QStringList m_storageClasses;
    QString m_defaultStorageClass;
    QHash<QString, QString> m_clusters;
    std::unique_ptr<schema::Validator> m_clusterSchema;
    bool m_schemaFromCluster = false;
};

} // namespace sd
