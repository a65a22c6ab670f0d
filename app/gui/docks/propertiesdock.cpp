#include "gui/docks/propertiesdock.h"

#include "gui/docks/liveobjectsview.h"
#include "gui/emptystatewidget.h"
#include "gui/selection.h"
#include "stack/kubeblockscatalog.h"
#include "stack/manifestgenerator.h"
#include "stack/nodemanifests.h"
#include "stack/openimcatalog.h"
#include "stack/stack.h"
#include "topology/stackgraph.h"

#include <QEvent>
#include <QFontDatabase>

namespace sd {

namespace {
QString resourcesText(const Quantity &request, const Quantity &limit)
{
    //: A resource request and limit, e.g. "250m requested, 500m limit"
    return PropertiesDock::tr("%1 requested, %2 limit")
        .arg(request.isZero() ? QStringLiteral("–") : request.toString(),
             limit.isZero() ? QStringLiteral("–") : limit.toString());
}
} // namespace

PropertiesDock::PropertiesDock(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_empty(new EmptyStateWidget(this))
    , m_live(new LiveObjectsView(this))
    , m_selection(selection)
{
    m_ui.setupUi(this);
    m_live->setObjectName(QStringLiteral("liveTab"));
    m_ui.tabs->addTab(m_live, tr("YAML"));
    m_ui.emptyLayout->addWidget(m_empty);
    m_ui.manifestsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont title = m_ui.titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    m_ui.titleLabel->setFont(title);
    m_ui.titleLabel->setObjectName(QStringLiteral("properties.title"));
    connect(m_selection, &Selection::changed, this, &PropertiesDock::refresh);
    refresh();
}

void PropertiesDock::setStack(const Stack *stack)
{
    m_stack = stack;
    refresh();
}

void PropertiesDock::setClient(KubeClient *client)
{
    m_live->setClient(client);
}

void PropertiesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        m_ui.tabs->setTabText(m_ui.tabs->indexOf(m_live), tr("YAML"));
        refresh();
    }
    QWidget::changeEvent(event);
}

void PropertiesDock::addRow(const QString &property, const QString &value)
{
    auto *item = new QTreeWidgetItem(m_ui.settingsTree, {property, value});
    item->setToolTip(1, value);
}

void PropertiesDock::refresh()
{
    m_node = m_selection->current();
    m_ui.settingsTree->clear();
    const ComponentSpec *component = m_stack ? m_stack->component(m_node) : nullptr;
    const DatastoreSpec *datastore = m_stack ? m_stack->datastore(m_node) : nullptr;
    const bool clients = m_stack && m_node == QLatin1String(kClientsNodeId);
    if (!component && !datastore && !clients) {
        m_empty->setTexts(tr("Nothing selected"),
                          tr("Select a component or datastore on the canvas to see and edit its settings."));
        m_ui.pages->setCurrentWidget(m_ui.emptyPage);
        m_node.clear();
        m_live->setNode(nullptr, {});
        return;
    }
    m_ui.pages->setCurrentWidget(m_ui.detailsPage);
    m_ui.titleLabel->setText(m_node);

    QStringList calls;
    QStringList calledBy;
    for (const Edge &edge : m_stack->edges) {
        if (edge.from == m_node)
            calls << edge.to;
        if (edge.to == m_node)
            calledBy << edge.from;
    }

    if (clients) {
        m_ui.subtitleLabel->setText(tr("Apps and browsers outside the cluster. They reach OpenIM through the "
                                       "components exposed with a NodePort, LoadBalancer or Ingress."));
        m_ui.manifestsEdit->clear();
    } else if (component) {
        const OpenImComponentSpec *spec = OpenImCatalog::builtIn().component(component->name);
        m_ui.subtitleLabel->setText(tr("OpenIM component (Deployment)"));
        addRow(tr("Image"), ManifestGenerator().image(*m_stack, *component));
        addRow(tr("Replicas"), QString::number(component->replicas));
        addRow(tr("CPU"), resourcesText(component->resources.cpuRequest, component->resources.cpuLimit));
        addRow(tr("Memory"), resourcesText(component->resources.memoryRequest, component->resources.memoryLimit));
        if (spec) {
            QStringList ports;
            for (const OpenImPort &port : spec->ports)
                ports << QStringLiteral("%1/%2").arg(port.name).arg(port.port);
            addRow(tr("Ports"), ports.join(QStringLiteral(", ")));
        }
        addRow(tr("Exposure"), component->exposure.type == QLatin1String("Ingress")
                                   //: Exposure through an Ingress, with its host name
                                   ? tr("Ingress (%1)").arg(component->exposure.host)
                                   : component->exposure.type);
        QStringList env;
        for (const auto &[name, value] : component->env)
            env << name + QLatin1Char('=') + value;
        if (!env.isEmpty())
            addRow(tr("Environment"), env.join(QStringLiteral(", ")));
    } else {
        const KubeBlocksCatalog &kb = KubeBlocksCatalog::builtIn();
        const KbEngineSpec *engine = kb.engine(datastore->engine);
        //: Subtitle of a datastore: engine name, then the KubeBlocks kind
        m_ui.subtitleLabel->setText(tr("%1 datastore (KubeBlocks Cluster)")
                                        .arg(engine ? engine->displayName : datastore->engine));
        if (datastore->existing)
            addRow(tr("Made by"), tr("Outside the stack: used as it is, never changed or deleted"));
        addRow(tr("Version"), datastore->version);
        if (!datastore->topology.isEmpty())
            addRow(tr("Topology"), datastore->topology);
        addRow(tr("Replicas"), QString::number(datastore->replicas));
        addRow(tr("CPU"), resourcesText(datastore->resources.cpuRequest, datastore->resources.cpuLimit));
        addRow(tr("Memory"), resourcesText(datastore->resources.memoryRequest, datastore->resources.memoryLimit));
        addRow(tr("Storage"), datastore->storageClass.isEmpty()
                                  ? tr("%1 (default StorageClass)").arg(datastore->storageSize.toString())
                                  : QStringLiteral("%1 (%2)").arg(datastore->storageSize.toString(),
                                                                  datastore->storageClass));
        addRow(tr("Termination policy"), datastore->terminationPolicy);
        addRow(tr("In-cluster address"), kb.clientAddresses(*datastore, m_stack->ns).join(QStringLiteral(", ")));
        const QString secret = kb.accountSecret(*datastore);
        addRow(tr("Credentials"), secret.isEmpty() ? tr("none needed") : tr("Secret %1").arg(secret));
    }
    if (!calls.isEmpty())
        addRow(tr("Uses"), calls.join(QStringLiteral(", ")));
    if (!calledBy.isEmpty())
        addRow(tr("Used by"), calledBy.join(QStringLiteral(", ")));
    m_ui.settingsTree->resizeColumnToContents(0);
    if (!clients)
        m_ui.manifestsEdit->setPlainText(QString::fromUtf8(nodeManifestsYaml(*m_stack, m_node)));
    m_live->setNode(clients ? nullptr : m_stack, m_node);
}

} // namespace sd
