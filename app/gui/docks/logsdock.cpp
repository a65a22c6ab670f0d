#include "gui/docks/logsdock.h"

#include "gui/docks/logtab.h"
#include "gui/emptystatewidget.h"

#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sd {

LogsDock::LogsDock(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_empty(new EmptyStateWidget(this))
{
    m_defaults.follow = true;
    m_defaults.tailLines = 10'000;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete w;
        updateEmpty();
    });
    updateEmpty();
}

LogsDock::~LogsDock() = default;

void LogsDock::setClient(KubeClient *client)
{
    if (client == m_client)
        return;
    m_client = client;
    // Tabs survive: their lines stay; the streams move to the new client (or end).
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *t = static_cast<LogTab *>(m_tabs->widget(i));
        t->setClient(client);
    }
}

LogTab *LogsDock::openLogs(const LogTarget &target)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *t = static_cast<LogTab *>(m_tabs->widget(i));
        if (t->target().kind == target.kind && t->target().name == target.name
            && t->target().namespaceName == target.namespaceName && t->target().container == target.container) {
            m_tabs->setCurrentIndex(i);
            return t;
        }
    }
    if (!m_client)
        return nullptr;
    auto *t = new LogTab(m_client, target, m_defaults, m_capacity, m_tabs);
    const int index = m_tabs->addTab(t, t->title());
    m_tabs->setTabToolTip(index, target.title);
    connect(t, &LogTab::titleChanged, this, [this, t] {
        const int i = m_tabs->indexOf(t);
        if (i >= 0)
            m_tabs->setTabText(i, t->title());
    });
    m_tabs->setCurrentIndex(index);
    updateEmpty();
    return t;
}

int LogsDock::tabCount() const
{
    return m_tabs->count();
}

LogTab *LogsDock::tab(int index) const
{
    return static_cast<LogTab *>(m_tabs->widget(index));
}

LogTab *LogsDock::currentTab() const
{
    return static_cast<LogTab *>(m_tabs->currentWidget());
}

void LogsDock::updateEmpty()
{
    m_stack->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_empty);
}

} // namespace sd
