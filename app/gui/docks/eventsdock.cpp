#include "gui/docks/eventsdock.h"

#include "gui/selection.h"
#include "kube/kubeclient.h"
#include "kube/resourcecache.h"
#include "monitor/eventsmodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sd {

namespace {
// Warnings-only and text filtering on top of the sort order.
class EventsProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool warningsOnly = false;
    QString text;

    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (warningsOnly && !i.data(EventsModel::WarningRole).toBool())
            return false;
        if (text.isEmpty())
            return true;
        for (int c = 0; c < EventsModel::ColumnCount; ++c) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};
} // namespace

EventsDock::EventsDock(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new EventsModel(this))
    , m_proxy(new EventsProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_warningsOnly(new QCheckBox(tr("Warnings only"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_filter->setPlaceholderText(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_warningsOnly);
    layout->addLayout(bar);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventsModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventsModel::TypeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(EventsModel::MessageColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &EventsDock::setTextFilter);
    connect(m_warningsOnly, &QCheckBox::toggled, this, &EventsDock::setWarningsOnly);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString node = nodeFor(index.data(EventsModel::ObjectNameRole).toString());
        if (!node.isEmpty())
            m_selection->set({node});
    });
    auto *ages = new QTimer(this);
    ages->setInterval(5000);
    connect(ages, &QTimer::timeout, this, [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    ages->start();
}

EventsDock::~EventsDock() = default;

void EventsDock::setClient(KubeClient *client, const QString &ns)
{
    m_cache.reset();
    m_model->clear();
    if (!client)
        return;
    m_cache = std::make_unique<ResourceCache>(client, ApiResource::core(QStringLiteral("events"), QStringLiteral("Event")), ns);
    connect(m_cache.get(), &ResourceCache::changed, m_model, &EventsModel::applyChanges);
    m_cache->start();
}

void EventsDock::setTextFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    static_cast<EventsProxy *>(m_proxy)->text = text;
    static_cast<EventsProxy *>(m_proxy)->refilter();
}

void EventsDock::setWarningsOnly(bool only)
{
    if (m_warningsOnly->isChecked() != only)
        m_warningsOnly->setChecked(only);
    static_cast<EventsProxy *>(m_proxy)->warningsOnly = only;
    static_cast<EventsProxy *>(m_proxy)->refilter();
}

QString EventsDock::nodeFor(const QString &objectName) const
{
    QString best;
    for (const QString &id : m_nodeIds) {
        if ((objectName == id || objectName.startsWith(id + QLatin1Char('-'))) && id.size() > best.size())
            best = id;
    }
    return best;
}

} // namespace sd
