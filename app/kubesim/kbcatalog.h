#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sd::sim {

// What the simulated KubeBlocks 1.0.2 addons install and what its controllers need to know about each
// engine: ComponentDefinitions with their service versions, ports, Services, accounts, volumes and
// roles; ClusterDefinitions with their topologies; the Addon list. Facts from the upstream 1.0.2
// addons (names, ports, version lists); images and internal details a user never sees are plausible
// stand-ins. Immutable static data: safe from any thread.
namespace KbCatalog {

inline constexpr const char *addonVersion = "1.0.2";

struct Port
{
    QString name;
    int port = 0;
};

struct ServiceDef
{
    QString name;          // ComponentDefinition service name ("default" when it has no serviceName)
    QString serviceName;   // suffix of the Service name; empty: the Service is "<cluster>-<component>"
    QList<Port> ports;
    QString roleSelector;  // pods with this kubeblocks.io/role only
    bool podService = false;  // one Service per pod, "<cluster>-<component>-<serviceName>-<ordinal>"
};

struct ComponentDef
{
    QString name;          // full name, e.g. "mysql-8.0-1.0.2"
    QString addon;         // "mysql"
    QString serviceKind;   // "mysql"
    QString versionsFrom;  // ComponentVersion object listing its releases
    QStringList serviceVersions;  // releases this definition serves, ascending
    QString container;     // main container name
    QString image;         // image repository; the tag is the service version
    QList<Port> containerPorts;
    QStringList volumes;   // volume claim template names it mounts
    QStringList roles;     // role names; the first is the one updates go to last (primary), empty: no roles
    bool exclusiveLeader = false;  // exactly one pod holds roles.first()
    QStringList accounts;  // system accounts; Secret "<cluster>-<component>-account-<name>"
    int passwordLength = 16;
    QList<ServiceDef> services;
    int minReplicas = 1;
    int maxReplicas = 16384;
    bool switchover = false;  // supports the Switchover OpsRequest
    QString backupMethod;     // first backup method of its BackupPolicyTemplate; empty: none
};

struct TopologyComponent
{
    QString name;
    QString compDef;  // name, prefix or regular expression
};

struct Topology
{
    QString name;
    bool isDefault = false;
    QList<TopologyComponent> components;
};

struct ClusterDef
{
    QString name;
    QString addon;
    QList<Topology> topologies;
};

struct Addon
{
    QString name;
    QString description;
    bool autoInstalled = true;  // minio is not installed by the KubeBlocks chart
};

const std::vector<ComponentDef> &componentDefs();
const std::vector<ClusterDef> &clusterDefs();
const std::vector<Addon> &addons();

const ComponentDef *componentDef(const QString &fullName);
const ClusterDef *clusterDef(const QString &name);

// True when `pattern` (Cluster componentDef or topology compDef) selects `fullName`: equal, a name
// prefix, or a regular expression, as KubeBlocks matches them.
bool compDefMatches(const QString &pattern, const QString &fullName);

// -1, 0, 1 comparing dotted numeric versions ("8.0.9" < "8.0.10").
int compareVersions(const QString &a, const QString &b);

} // namespace KbCatalog
} // namespace sd::sim
