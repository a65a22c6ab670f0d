#include "gui/docks/logtab.h"

#include "gui/docks/logview.h"
#include "monitor/logmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

namespace {
QToolButton *toolButton(const QString &text, const QString &tip, bool checkable, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setCheckable(checkable);
    b->setAutoRaise(true);
    return b;
}
} // namespace

LogTab::LogTab(KubeClient *client, const LogTarget &target, const LogOptions &options, qint64 capacity,
               QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_target(target)
    , m_options(options)
    , m_model(new LogModel(capacity, this))
    , m_view(new LogView(this))
{
    m_view->setModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_follow = toolButton(tr("Follow"), tr("Keep the newest line in view (scroll up to stop)"), true, this);
    m_follow->setChecked(true);
    m_pause = toolButton(tr("Pause"), tr("Stop updating the view; lines keep arriving and appear on resume"), true, this);
    m_wrap = toolButton(tr("Wrap"), tr("Wrap long lines"), true, this);
    m_timestamps = toolButton(tr("Timestamps"), tr("Show each line's timestamp"), true, this);
    m_timestamps->setChecked(options.timestamps);
    m_previous = toolButton(tr("Previous"), tr("Show the previous instance of restarted containers"), true, this);
    m_previous->setChecked(options.previous);
    m_tail = new QSpinBox(this);
    m_tail->setRange(-1, 1'000'000);
    m_tail->setSpecialValueText(tr("all lines"));
    m_tail->setValue(options.tailLines);
    m_tail->setPrefix(tr("tail "));
    m_tail->setToolTip(tr("Lines of history to read per container when opening"));
    m_since = new QComboBox(this);
    m_since->addItem(tr("any time"), qint64(-1));
    m_since->addItem(tr("last 5 minutes"), qint64(300));
    m_since->addItem(tr("last hour"), qint64(3600));
    m_since->addItem(tr("last 24 hours"), qint64(86400));
    m_since->setCurrentIndex(std::max(0, m_since->findData(options.sinceSeconds)));
    auto *clear = toolButton(tr("Clear"), tr("Forget the lines shown so far"), false, this);
    auto *copy = toolButton(tr("Copy"), tr("Copy the selected lines"), false, this);
    auto *save = toolButton(tr("Save"), tr("Save lines to a file"), false, this);
    save->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(save);
    saveMenu->addAction(tr("Save Visible Lines…"), this, [this] { this->save(false); });
    saveMenu->addAction(tr("Save All Lines…"), this, [this] { this->save(true); });
    save->setMenu(saveMenu);
    for (QWidget *w : std::initializer_list<QWidget *>{m_follow, m_pause, m_wrap, m_timestamps, m_previous, m_tail,
                                                       m_since, clear, copy, save})
        bar->addWidget(w);
    bar->addStretch();
    layout->addLayout(bar);

    auto *find = new QHBoxLayout;
    find->setContentsMargins(4, 0, 4, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regex"), this);
    m_case = new QCheckBox(tr("Case"), this);
    m_onlyMatching = new QCheckBox(tr("Only matching"), this);
    auto *prev = toolButton(tr("↑"), tr("Previous match"), false, this);
    auto *next = toolButton(tr("↓"), tr("Next match"), false, this);
    m_matches = new QLabel(this);
    m_level = new QComboBox(this);
    m_level->addItems({tr("All levels"), tr("Debug and above"), tr("Info and above"), tr("Warnings and errors"),
                       tr("Errors only")});
    m_operationChip = toolButton(QString(), tr("Showing one request across pods; click to show all lines"), false, this);
    m_operationChip->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_search, m_regex, m_case, m_onlyMatching, prev, next, m_matches,
                                                       m_level, m_operationChip})
        find->addWidget(w);
    layout->addLayout(find);
    layout->addWidget(m_view, 1);
    m_status = new QLabel(this);
    m_status->setContentsMargins(4, 0, 4, 2);
    layout->addWidget(m_status);

    connect(m_follow, &QToolButton::toggled, m_view, &LogView::setFollowing);
    connect(m_view, &LogView::followChanged, m_follow, &QToolButton::setChecked);
    connect(m_pause, &QToolButton::toggled, this, &LogTab::setPaused);
    connect(m_wrap, &QToolButton::toggled, this, &LogTab::setWrap);
    connect(m_timestamps, &QToolButton::toggled, this, &LogTab::setTimestampsShown);
    connect(m_previous, &QToolButton::toggled, this, &LogTab::setPrevious);
    connect(m_tail, &QSpinBox::editingFinished, this, &LogTab::restart);
    connect(m_since, &QComboBox::currentIndexChanged, this, &LogTab::restart);
    connect(clear, &QToolButton::clicked, m_model, &LogModel::clear);
    connect(copy, &QToolButton::clicked, this, &LogTab::copySelection);
    connect(m_search, &QLineEdit::textChanged, this, &LogTab::applyFilter);
    connect(m_regex, &QCheckBox::toggled, this, &LogTab::applyFilter);
    connect(m_case, &QCheckBox::toggled, this, &LogTab::applyFilter);
    connect(m_onlyMatching, &QCheckBox::toggled, this, &LogTab::applyFilter);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogTab::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        findNext(!(QApplication::keyboardModifiers() & Qt::ShiftModifier));
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(prev, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_view, &LogView::operationIdClicked, this, &LogTab::followOperationId);
    connect(m_operationChip, &QToolButton::clicked, this, [this] { followOperationId({}); });
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &LogTab::copySelection);

    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &LogView::followIfNeeded);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &LogView::followIfNeeded);
    connect(m_model, &LogModel::droppedCountChanged, this, &LogTab::updateStatus);
    connect(m_model, &LogModel::searchFinished, this, &LogTab::updateStatus);
    connect(m_model, &LogModel::filterFinished, this, &LogTab::updateStatus);
    // Line counts change with every batch; a light timer keeps the label current.
    auto *statusTimer = new QTimer(this);
    statusTimer->setInterval(500);
    connect(statusTimer, &QTimer::timeout, this, &LogTab::updateStatus);
    statusTimer->start();

    startSession();
}

LogTab::~LogTab() = default;

void LogTab::startSession()
{
    m_session.reset();
    if (!m_client) {
        updateStatus();
        return;
    }
    m_session = std::make_unique<LogSession>(m_client, m_target, m_options);
    const int base = m_model->buffer().sourceCount();
    connect(m_session.get(), &LogSession::sourceAdded, this, [this](int index) {
        m_model->addSource(m_session->sources()[size_t(index)].label);
        updateStatus();
    });
    connect(m_session.get(), &LogSession::linesReady, this, [this, base](const std::vector<MergedLine> &lines) {
        if (m_skipUntilNs <= 0) {
            m_model->append(lines, base);
            return;
        }
        // The first lines after a reconnect repeat the last second we already hold.
        std::vector<MergedLine> fresh;
        for (const MergedLine &l : lines) {
            if (l.timeNs > m_skipUntilNs)
                fresh.push_back(l);
        }
        if (!fresh.empty())
            m_skipUntilNs = 0;
        m_model->append(fresh, base);
    });
    connect(m_session.get(), &LogSession::sourceChanged, this, &LogTab::updateStatus);
    connect(m_session.get(), &LogSession::stateChanged, this, [this] {
        updateStatus();
        emit titleChanged();
    });
    connect(m_session.get(), &LogSession::finished, this, [this] {
        updateStatus();
        emit titleChanged();
    });
    m_session->start();
    updateStatus();
    emit titleChanged();
}

void LogTab::setClient(KubeClient *client)
{
    m_client = client;
    m_session.reset();
    // After a reconnect read only what came since the last line we hold.
    if (m_model->buffer().size() > 0) {
        const qint64 lastNs = m_model->buffer().record(m_model->buffer().endSeq() - 1).timeNs;
        if (lastNs > 0) {
            m_skipUntilNs = lastNs;
            m_options.tailLines = -1;
            m_options.sinceSeconds = -1;
            m_options.sinceTime = QDateTime::fromMSecsSinceEpoch(lastNs / 1'000'000 + 1, Qt::UTC);
        }
    }
    startSession();
    m_options.sinceTime = {};
}

void LogTab::restart()
{
    const qint64 since = m_since->currentData().toLongLong();
    const int tail = m_tail->value();
    if (m_session && tail == m_options.tailLines && since == m_options.sinceSeconds
        && m_previous->isChecked() == m_options.previous)
        return;
    m_options.tailLines = tail;
    m_options.sinceSeconds = since;
    m_options.previous = m_previous->isChecked();
    m_model->clear();
    startSession();
}

LogSession::State LogTab::state() const
{
    return m_session ? m_session->state() : LogSession::State::Ended;
}

QString LogTab::title() const
{
    return tr("%1 · %2", "log tab: target · stream state").arg(m_target.title, LogSession::stateText(state()));
}

void LogTab::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_model->setPaused(paused);
    updateStatus();
}

bool LogTab::isPaused() const
{
    return m_model->isPaused();
}

void LogTab::setSearchText(const QString &text, bool regex, bool caseSensitive)
{
    m_regex->setChecked(regex);
    m_case->setChecked(caseSensitive);
    m_search->setText(text);
    applyFilter();
}

void LogTab::setOnlyMatching(bool only)
{
    m_onlyMatching->setChecked(only);
}

void LogTab::setMinimumLevel(int levelIndex)
{
    m_level->setCurrentIndex(std::clamp(levelIndex, 0, m_level->count() - 1));
}

void LogTab::followOperationId(const QString &operationId)
{
    m_operationId = operationId;
    m_operationChip->setText(tr("operationID %1 ✕").arg(operationId));
    m_operationChip->setVisible(!operationId.isEmpty());
    applyFilter();
}

void LogTab::applyFilter()
{
    LogQuery search;
    search.text = m_search->text();
    search.regex = m_regex->isChecked();
    search.caseSensitive = m_case->isChecked();
    LogQuery filter;
    static constexpr LogLevel order[] = {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error};
    const int minimum = m_level->currentIndex();
    if (minimum > 0) {
        filter.levels = levelBit(LogLevel::Fatal);
        for (int i = minimum - 1; i < 4; ++i)
            filter.levels |= levelBit(order[i]);
    }
    filter.operationId = m_operationId;
    if (m_onlyMatching->isChecked()) {
        filter.text = search.text;
        filter.regex = search.regex;
        filter.caseSensitive = search.caseSensitive;
    }
    QString error;
    if (filter != m_model->filter() && !m_model->setFilter(filter, &error)) {
        m_search->setToolTip(error);
        m_search->setStyleSheet(QStringLiteral("QLineEdit { color: #d32f2f; }"));
        return;
    }
    if (!m_model->setSearch(search, &error)) {
        m_search->setToolTip(error);
        m_search->setStyleSheet(QStringLiteral("QLineEdit { color: #d32f2f; }"));
        return;
    }
    m_search->setToolTip({});
    m_search->setStyleSheet({});
    updateStatus();
}

void LogTab::findNext(bool forward)
{
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->nextMatch(current.isValid() ? current.row() : -1, forward);
    if (row < 0)
        return;
    // Jumping to a match is looking at it: stop following so the view stays there.
    m_view->setFollowing(false);
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogTab::setPrevious(bool previous)
{
    if (m_previous->isChecked() != previous)
        m_previous->setChecked(previous); // toggled() calls back with the same value
    else
        restart();
}

bool LogTab::previousAvailable() const
{
    if (!m_session)
        return false;
    for (const LogSession::Source &s : m_session->sources()) {
        if (s.restarted)
            return true;
    }
    return false;
}

void LogTab::setTimestampsShown(bool shown)
{
    if (m_timestamps->isChecked() != shown)
        m_timestamps->setChecked(shown);
    m_view->logDelegate()->setShowTimestamps(shown);
    m_view->viewport()->update();
}

void LogTab::setWrap(bool wrap)
{
    if (m_wrap->isChecked() != wrap)
        m_wrap->setChecked(wrap);
    m_view->setWrap(wrap);
}

bool LogTab::saveTo(const QString &path, bool allLines, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const bool labels = m_model->buffer().sourceCount() > 1;
    const bool stamps = m_timestamps->isChecked();
    QByteArray chunk;
    auto flush = [&] {
        file.write(chunk);
        chunk.clear();
    };
    if (allLines) {
        // Every stored line, filtered or not, as UTF-8 bytes (invalid sequences kept as they came).
        const LogBuffer &b = m_model->buffer();
        for (qint64 seq = b.firstSeq(); seq < b.endSeq(); ++seq) {
            const LogRecord &r = b.record(seq);
            if (labels)
                chunk += '[' + b.sourceLabel(r.source).toUtf8() + "] ";
            if (stamps && r.timeNs > 0)
                chunk += LogModel::formatTime(r.timeNs).toLatin1() + ' ';
            chunk.append(b.text(seq).data(), b.text(seq).size());
            chunk += '\n';
            if (chunk.size() > (1 << 20))
                flush();
        }
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            chunk += m_model->lineText(row, labels, stamps).toUtf8() + '\n';
            if (chunk.size() > (1 << 20))
                flush();
        }
    }
    flush();
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogTab::save(bool allLines)
{
    const QString path = QFileDialog::getSaveFileName(this, allLines ? tr("Save All Lines") : tr("Save Visible Lines"),
                                                      m_target.title + QStringLiteral(".log"),
                                                      tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, allLines, &error))
        QMessageBox::warning(this, tr("Save Failed"), tr("Could not write “%1”: %2").arg(path, error));
}

void LogTab::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    const bool labels = m_model->buffer().sourceCount() > 1;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(m_model->lineText(index.row(), labels, m_timestamps->isChecked()));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString LogTab::statusText() const
{
    return m_status->text();
}

void LogTab::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    parts << LogSession::stateText(state());
    if (m_session && !m_session->errorString().isEmpty())
        parts << m_session->errorString();
    if (m_session) {
        int live = 0, ended = 0;
        for (const LogSession::Source &s : m_session->sources()) {
            if (s.state == LogSession::State::Ended || s.state == LogSession::State::Error)
                ++ended;
            else
                ++live;
        }
        if (ended > 0)
            parts << tr("%n stream(s) ended", nullptr, ended);
        if (live > 1)
            parts << tr("%n stream(s)", nullptr, live);
    }
    parts << tr("%1 lines").arg(locale.toString(m_model->buffer().size()));
    if (m_model->droppedCount() > 0)
        parts << tr("%1 dropped from the front (buffer full)").arg(locale.toString(m_model->droppedCount()));
    if (m_model->isPaused())
        parts << tr("paused, %1 waiting").arg(locale.toString(m_model->pendingWhilePaused()));
    if (m_model->isFiltered())
        parts << (m_model->filterRunning() ? tr("filtering…") : tr("%1 shown").arg(locale.toString(m_model->rowCount())));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_matches->setText(m_search->text().isEmpty() ? QString()
                       : m_model->searchRunning() ? tr("searching…")
                                                  : tr("%n match(es)", nullptr, int(m_model->searchMatchCount())));
    m_previous->setEnabled(m_previous->isChecked() || previousAvailable());
}

} // namespace sd
