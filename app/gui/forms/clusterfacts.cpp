#include "gui/forms/clusterfacts.h"

#include "kube/kubeclient.h"
#include "kubesim/scenario.h"
#include "schema/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sd {

namespace {
const auto kClusterCrd = QStringLiteral("clusters.apps.kubeblocks.io");

QJsonArray items(const QJsonObject &list)
{
    return list.value(QLatin1String("items")).toArray();
}

QString nameOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

// The v1 openAPIV3Schema of a Cluster CRD, or null.
nlohmann::json clusterSchemaOf(const nlohmann::json &crd)
{
    for (const nlohmann::json &v : crd.value("spec", nlohmann::json::object())
                                       .value("versions", nlohmann::json::array())) {
        if (v.value("name", std::string()) == "v1" && v.contains("schema"))
            return v["schema"].value("openAPIV3Schema", nlohmann::json());
    }
    return nullptr;
}

// Which engine a Cluster on the server runs: its ClusterDefinition, or for engines without one
// the component definition its first component names.
QString engineOf(const QJsonObject &cluster, const KubeBlocksCatalog &catalog)
{
    const QJsonObject spec = cluster.value(QLatin1String("spec")).toObject();
    const QString clusterDef = spec.value(QLatin1String("clusterDef")).toString();
    const QString componentDef = spec.value(QLatin1String("componentSpecs"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("componentDef"))
                                     .toString();
    for (const KbEngineSpec &engine : catalog.engines()) {
        if (!clusterDef.isEmpty() && clusterDef == engine.clusterDef)
            return engine.id;
        if (clusterDef.isEmpty() && !engine.componentDef.isEmpty()
            && componentDef.startsWith(engine.componentDef))
            return engine.id;
    }
    return {};
}
} // namespace

ClusterFacts::ClusterFacts(KubeClient *client, const QString &ns, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(ns)
    , m_online(client != nullptr)
{}

ClusterFacts::~ClusterFacts() = default;

QString ClusterFacts::clusterName() const
{
    return m_online && m_client ? m_client->connection().contextName : QString();
}

std::unique_ptr<schema::Validator> ClusterFacts::bundledClusterSchema()
{
    for (const nlohmann::json &crd : sim::Scenario::kubeBlocksCrds()) {
        if (crd.value("metadata", nlohmann::json::object()).value("name", std::string())
            == kClusterCrd.toStdString()) {
            return std::make_unique<schema::Validator>(clusterSchemaOf(crd));
        }
    }
    return std::make_unique<schema::Validator>();
}

KubeRequest *ClusterFacts::fetch(const QString &path)
{
    KubeRequestSpec spec;
    spec.path = path;
    spec.timeoutMs = 15'000;
    ++m_pending;
    m_requests.emplace_back(m_client->request(spec));
    return m_requests.back().get();
}

void ClusterFacts::load()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_online || !m_client) {
        m_online = false;
        m_clusterSchema = bundledClusterSchema();
        QTimer::singleShot(0, this, [this] {
            m_loaded = true;
            emit loaded();
        });
        return;
    }

    connect(fetch(QStringLiteral("/apis/extensions.kubeblocks.io/v1alpha1/addons")),
            &KubeRequest::finished, this, [this](const KubeResponse &r) {
                if (r.ok()) {
                    QHash<QString, QString> phases;
                    for (const QJsonValue &v : items(r.object())) {
                        const QJsonObject addon = v.toObject();
                        phases.insert(nameOf(addon), addon.value(QLatin1String("status"))
                                                         .toObject()
                                                         .value(QLatin1String("phase"))
                                                         .toString());
                    }
                    m_addons = phases;
                } else if (r.error.httpStatus() == 404) {
                    m_addonError = tr("KubeBlocks is not installed on this cluster (no Addon API).");
                } else {
                    m_addonError = tr("The KubeBlocks addons could not be read: %1").arg(r.error.text());
                }
                finishOne();
            });
    connect(fetch(QStringLiteral("/apis/apps.kubeblocks.io/v1/componentversions")),
            &KubeRequest::finished, this, [this](const KubeResponse &r) {
                // A cluster without the ComponentVersion API gets the catalog's lists, as offline.
                if (r.ok()) {
                    QHash<QString, QJsonObject> byName;
                    for (const QJsonValue &v : items(r.object()))
                        byName.insert(nameOf(v.toObject()), v.toObject());
                    m_componentVersions = byName;
                }
                finishOne();
            });
    connect(fetch(QStringLiteral("/apis/storage.k8s.io/v1/storageclasses")), &KubeRequest::finished,
            this, [this](const KubeResponse &r) {
                for (const QJsonValue &v : items(r.object())) {
                    const QJsonObject sc = v.toObject();
                    m_storageClasses.append(nameOf(sc));
                    const QJsonObject annotations = sc.value(QLatin1String("metadata"))
                                                        .toObject()
                                                        .value(QLatin1String("annotations"))
                                                        .toObject();
                    if (annotations.value(QLatin1String("storageclass.kubernetes.io/is-default-class"))
                            .toString()
                        == QLatin1String("true"))
                        m_defaultStorageClass = nameOf(sc);
                }
                m_storageClasses.sort();
                finishOne();
            });
    connect(fetch(QStringLiteral("/apis/apps.kubeblocks.io/v1/namespaces/%1/clusters").arg(m_namespace)),
            &KubeRequest::finished, this, [this](const KubeResponse &r) {
                for (const QJsonValue &v : items(r.object()))
                    m_clusters.insert(nameOf(v.toObject()),
                                      engineOf(v.toObject(), KubeBlocksCatalog::builtIn()));
                finishOne();
            });
    connect(fetch(QStringLiteral("/apis/apiextensions.k8s.io/v1/customresourcedefinitions/")
                  + kClusterCrd),
            &KubeRequest::finished, this, [this](const KubeResponse &r) {
                if (r.ok()) {
                    const nlohmann::json crd = nlohmann::json::parse(
                        QJsonDocument(r.object()).toJson(QJsonDocument::Compact).toStdString(),
                        nullptr, false);
                    const nlohmann::json schema = crd.is_discarded() ? nlohmann::json()
                                                                     : clusterSchemaOf(crd);
                    if (schema.is_object()) {
                        m_clusterSchema = std::make_unique<schema::Validator>(schema);
                        m_schemaFromCluster = true;
                    }
                }
                if (!m_clusterSchema)
                    m_clusterSchema = bundledClusterSchema();
                finishOne();
            });
}

void ClusterFacts::finishOne()
{
    if (--m_pending > 0)
        return;
    m_loaded = true;
    // Destroying the requests inside one of their own finished() handlers is not allowed.
    QTimer::singleShot(0, this, [this] {
        m_requests.clear();
        emit loaded();
    });
}

bool ClusterFacts::isEngineAvailable(const QString &engine, QString *reason) const
{
    if (!m_online)
        return true;
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!m_addons)
        return fail(m_addonError.isEmpty() ? tr("The KubeBlocks addons are not known yet.")
                                           : m_addonError);
    const auto it = m_addons->constFind(engine);
    if (it == m_addons->cend())
        return fail(tr("The KubeBlocks addon “%1” is not installed (kbcli addon install %1).").arg(engine));
    if (*it != QLatin1String("Enabled"))
        return fail(tr("The KubeBlocks addon “%1” is %2, not Enabled (kbcli addon enable %1).")
                        .arg(engine, it->isEmpty() ? tr("in an unknown state") : *it));
    return true;
}

EngineVersions ClusterFacts::versions(const QString &engine) const
{
    return KubeBlocksCatalog::builtIn().versions(engine, m_online ? m_componentVersions : std::nullopt);
}

} // namespace sd
