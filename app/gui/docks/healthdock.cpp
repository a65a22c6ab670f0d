#include "gui/docks/healthdock.h"

#include "gui/docks/servicechecksdialog.h"
#include "gui/selection.h"
#include "kube/kubeclient.h"
#include "monitor/healthmodel.h"
#include "monitor/healthmonitor.h"
#include "monitor/logtarget.h"
#include "stack/yamlwriter.h"

#include <QDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyledItemDelegate>
#include <QTime>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sd {

namespace {

QColor stateColour(HealthState s)
{
    switch (s) {
    case HealthState::Healthy: return QColor(0x2e, 0x7d, 0x32);
    case HealthState::Progressing: return QColor(0x15, 0x65, 0xc0);
    case HealthState::Degraded: return QColor(0xc7, 0x7c, 0x02);
    case HealthState::Down: return QColor(0xd3, 0x2f, 0x2f);
    case HealthState::Unknown: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// Colours the state column and draws CPU/memory sparklines behind the numbers.
class HealthDelegate final : public QStyledItemDelegate
{
public:
    HealthDelegate(const HealthDock *dock, QObject *parent) : QStyledItemDelegate(parent), m_dock(dock) {}

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        if (index.column() == HealthModel::StateColumn)
            opt.palette.setColor(QPalette::Text, stateColour(HealthState(index.data(HealthModel::StateRole).toInt())));
        const bool spark = (index.column() == HealthModel::CpuColumn || index.column() == HealthModel::MemoryColumn)
                        && !index.parent().isValid() && m_dock->monitor();
        if (spark) {
            const QString id = index.data(HealthModel::NodeIdRole).toString();
            const std::vector<double> values = index.column() == HealthModel::CpuColumn
                                                   ? m_dock->monitor()->cpuHistory(id)
                                                   : m_dock->monitor()->memoryHistory(id);
            if (values.size() >= 2) {
                const double top = std::max(1.0, *std::max_element(values.begin(), values.end()));
                const QRectF r = QRectF(option.rect).adjusted(2, 3, -2, -3);
                QPolygonF line;
                for (size_t i = 0; i < values.size(); ++i)
                    line << QPointF(r.left() + r.width() * double(i) / double(HealthMonitor::kHistory - 1),
                                    r.bottom() - r.height() * values[i] / top);
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing);
                painter->setPen(QPen(QColor(0x42, 0x85, 0xf4, 140), 1.2));
                painter->drawPolyline(line);
                painter->restore();
            }
        }
        QStyledItemDelegate::paint(painter, opt, index);
    }

private:
    const HealthDock *m_dock;
};

ApiResource typeOf(const QString &kind)
{
    ApiResource r;
    r.kind = kind;
    r.version = QStringLiteral("v1");
    if (kind == QLatin1String("Pod")) {
        r.resource = QStringLiteral("pods");
    } else if (kind == QLatin1String("Cluster")) {
        r.group = QStringLiteral("apps.kubeblocks.io");
        r.resource = QStringLiteral("clusters");
    } else {
        r.group = QStringLiteral("apps");
        r.resource = kind == QLatin1String("StatefulSet") ? QStringLiteral("statefulsets") : QStringLiteral("deployments");
    }
    return r;
}

} // namespace

HealthDock::HealthDock(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new HealthModel(this))
    , m_view(new QTreeView(this))
    , m_overall(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_bannerClose(new QToolButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_overall->setContentsMargins(6, 4, 6, 0);
    // Wrapped, the summary's length never sets the dock's minimum width: an unwrapped label grew
    // the dock area (and shrank the canvas, redrawn whole) each time the summary got longer.
    m_overall->setWordWrap(true);
    auto *topRow = new QHBoxLayout;
    topRow->setContentsMargins(0, 0, 4, 0);
    topRow->addWidget(m_overall, 1);
    auto *checksButton = new QToolButton(this);
    checksButton->setText(tr("Service Checks…"));
    checksButton->setAutoRaise(true);
    checksButton->setToolTip(tr("Which Services to check through the API server, and how"));
    connect(checksButton, &QToolButton::clicked, this, &HealthDock::editServiceChecks);
    topRow->addWidget(checksButton);
    layout->addLayout(topRow);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(4, 0, 4, 0);
    m_banner->setWordWrap(true);
    m_banner->setContentsMargins(6, 3, 6, 3);
    m_bannerClose->setText(QStringLiteral("✕"));
    m_bannerClose->setAutoRaise(true);
    m_bannerClose->setToolTip(tr("Dismiss"));
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_bannerClose);
    layout->addLayout(bannerRow);
    m_banner->hide();
    m_bannerClose->hide();
    connect(m_bannerClose, &QToolButton::clicked, this, [this] {
        m_banner->hide();
        m_bannerClose->hide();
    });
    m_view->setModel(m_model);
    m_view->setItemDelegate(new HealthDelegate(this, m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_overall->setText(tr("Not connected"));

    connect(m_view, &QTreeView::customContextMenuRequested, this, &HealthDock::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const QString id = current.data(HealthModel::NodeIdRole).toString();
        if (!id.isEmpty() && m_selection->current() != id)
            m_selection->set({id});
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString pod = index.data(HealthModel::PodRole).toString();
        const QString id = index.data(HealthModel::NodeIdRole).toString();
        if (!pod.isEmpty())
            emit logsRequested(LogTarget::pod(m_namespace, pod));
        else if (index.data(HealthModel::KindRole).toString() == QLatin1String("datastore"))
            emit logsRequested(LogTarget::cluster(m_namespace, id));
        else if (!id.isEmpty())
            emit logsRequested(LogTarget::component(m_namespace, id));
    });
    connect(m_selection, &Selection::changed, this, &HealthDock::syncFromSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        syncFromSelection();
    });
}

HealthDock::~HealthDock() = default;

void HealthDock::setClient(KubeClient *client, const QString &ns)
{
    if (client == m_client && ns == m_namespace)
        return;
    m_yamlRequest.reset();
    m_monitor.reset();
    m_client = client;
    m_namespace = ns;
    m_model->setHealth({});
    if (!client) {
        m_overall->setText(tr("Not connected"));
        emit overallChanged(HealthState::Unknown, {});
        return;
    }
    m_monitor = std::make_unique<HealthMonitor>(client, ns);
    connect(m_monitor.get(), &HealthMonitor::healthChanged, this, &HealthDock::onHealthChanged);
    connect(m_monitor.get(), &HealthMonitor::overallTransition, this, &HealthDock::onTransition);
    m_overall->setText(tr("Watching namespace %1…").arg(ns));
    bool defaults = true;
    const QList<ServiceCheck> checks = ServiceChecksDialog::load(ns, &defaults);
    m_monitor->setDefaultChecksEnabled(defaults);
    m_monitor->setServiceChecks(checks);
    m_monitor->start();
}

void HealthDock::editServiceChecks()
{
    if (m_namespace.isEmpty())
        return;
    bool defaults = true;
    const QList<ServiceCheck> checks = ServiceChecksDialog::load(m_namespace, &defaults);
    auto *dialog = new ServiceChecksDialog(checks, defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString ns = m_namespace;
    connect(dialog, &QDialog::accepted, this, [this, dialog, ns] {
        ServiceChecksDialog::save(ns, dialog->checks(), dialog->defaultsEnabled());
        if (m_monitor && m_namespace == ns) {
            m_monitor->setDefaultChecksEnabled(dialog->defaultsEnabled());
            m_monitor->setServiceChecks(dialog->checks());
        }
    });
    dialog->open(); // window-modal, returns at once
}

QString HealthDock::bannerText() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void HealthDock::onHealthChanged()
{
    const StackHealth &h = m_monitor->health();
    m_model->setHealth(h);
    m_overall->setText(QStringLiteral("<b style=\"color:%1\">●</b> %2")
                           .arg(stateColour(h.overall).name(), h.summary.toHtmlEscaped()));
    emit overallChanged(h.overall, h.summary);
    emit healthUpdated(h);
}

void HealthDock::onTransition(HealthState from, HealthState to)
{
    Q_UNUSED(from)
    const StackHealth &h = m_monitor->health();
    QStringList problems;
    for (const ComponentHealth &c : h.components) {
        if (c.state == HealthState::Degraded || c.state == HealthState::Down)
            problems << tr("%1: %2").arg(c.name, c.message);
    }
    for (const DatastoreHealth &d : h.datastores) {
        if (d.state == HealthState::Degraded || d.state == HealthState::Down)
            problems << tr("%1: %2").arg(d.name, d.message);
    }
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    const bool bad = to == HealthState::Degraded || to == HealthState::Down;
    const QString message = bad ? tr("%1 — the stack is %2: %3").arg(time, StackHealth::stateText(to), problems.join(QStringLiteral("; ")))
                                : tr("%1 — the stack recovered.").arg(time);
    m_banner->setText(message);
    m_banner->setStyleSheet(bad ? QStringLiteral("background:#fdecea;color:#611a15;border-radius:3px;")
                                : QStringLiteral("background:#edf7ed;color:#1e4620;border-radius:3px;"));
    m_banner->show();
    m_bannerClose->show();
    emit transitioned(message);
}

void HealthDock::syncFromSelection()
{
    const QModelIndex index = m_model->indexOfNode(m_selection->current());
    if (!index.isValid() || index == m_view->currentIndex().siblingAtColumn(0))
        return;
    m_syncing = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_syncing = false;
}

void HealthDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString kind = index.data(HealthModel::KindRole).toString();
    const QString id = index.data(HealthModel::NodeIdRole).toString();
    const QString pod = index.data(HealthModel::PodRole).toString();
    if (kind == QLatin1String("check"))
        return;
    QMenu menu(this);
    menu.addAction(tr("Logs"), this, [=, this] {
        if (!pod.isEmpty())
            emit logsRequested(LogTarget::pod(m_namespace, pod));
        else if (kind == QLatin1String("datastore"))
            emit logsRequested(LogTarget::cluster(m_namespace, id));
        else
            emit logsRequested(LogTarget::component(m_namespace, id));
    });
    menu.addAction(tr("Events"), this, [=, this] { emit eventsRequested(pod.isEmpty() ? id : pod); });
    menu.addAction(tr("YAML"), this, [=, this] {
        if (!pod.isEmpty()) {
            showYaml(QStringLiteral("Pod"), pod);
        } else if (kind == QLatin1String("datastore")) {
            showYaml(QStringLiteral("Cluster"), id);
        } else {
            const ComponentHealth *c = m_model->health().component(id);
            showYaml(c ? c->kind : QStringLiteral("Deployment"), id);
        }
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void HealthDock::showYaml(const QString &kind, const QString &name)
{
    if (!m_client)
        return;
    KubeRequestSpec spec;
    spec.path = typeOf(kind).objectPath(m_namespace, name);
    spec.decodeJson = false;
    m_yamlRequest.reset(m_client->request(spec));
    connect(m_yamlRequest.get(), &KubeRequest::finished, this, [this, kind, name](const KubeResponse &r) {
        m_yamlRequest.release()->deleteLater();
        QString text;
        if (!r.ok()) {
            text = r.error.text();
        } else {
            const auto doc = nlohmann::ordered_json::parse(r.body.constData(), r.body.constData() + r.body.size(),
                                                           nullptr, false);
            text = doc.is_discarded() ? QString::fromUtf8(r.body) : QString::fromUtf8(YamlWriter::write(doc));
        }
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("%1 %2 (YAML)").arg(kind, name));
        auto *edit = new QPlainTextEdit(dialog);
        edit->setReadOnly(true);
        edit->setPlainText(text);
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto *l = new QVBoxLayout(dialog);
        l->addWidget(edit);
        dialog->resize(700, 600);
        dialog->show(); // non-modal
    });
}

} // namespace sd
