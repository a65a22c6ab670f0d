#include "monitor/logmodel.h"

#include "common/tr.h"
#include "monitor/logfilter.h"
#include "monitor/logparser.h"

#include <QDateTime>

#include <algorithm>

namespace sd {

LogModel::LogModel(qint64 capacity, QObject *parent)
    : QAbstractListModel(parent)
    , m_buffer(capacity)
    , m_filterRun(new LogFilter(this))
    , m_searchRun(new LogFilter(this))
{
    connect(m_filterRun, &LogFilter::matchesFound, this,
            [this](const std::vector<qint64> &seqs, qint64) { onFilterMatches(seqs); });
    connect(m_filterRun, &LogFilter::finished, this, &LogModel::onFilterFinished);
    connect(m_searchRun, &LogFilter::matchesFound, this,
            [this](const std::vector<qint64> &seqs, qint64) { onSearchMatches(seqs); });
    connect(m_searchRun, &LogFilter::finished, this, &LogModel::onSearchFinished);
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    if (isFiltered())
        return int(m_rows.size());
    return int(std::max<qint64>(0, m_shownEnd - m_buffer.firstSeq()));
}

qint64 LogModel::seqAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return isFiltered() ? m_rows[size_t(row)] : m_buffer.firstSeq() + row;
}

int LogModel::rowOfSeq(qint64 seq) const
{
    if (seq < m_buffer.firstSeq() || seq >= m_shownEnd)
        return -1;
    if (!isFiltered())
        return int(seq - m_buffer.firstSeq());
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq);
    return (it != m_rows.end() && *it == seq) ? int(it - m_rows.begin()) : -1;
}

QString LogModel::formatTime(qint64 timeNs)
{
    if (timeNs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(timeNs / 1'000'000, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    const qint64 seq = index.isValid() && !index.parent().isValid() && index.column() == 0
                           ? seqAt(index.row()) : -1;
    if (seq < 0)
        return {};
    const LogRecord &r = m_buffer.record(seq);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = m_buffer.displayText(seq);
        if (text.size() > kDisplayChars) {
            // Painting a multi-megabyte line would freeze the view; copy/save keep all of it.
            text = Tr::tr("%1 … [%n more character(s)]", nullptr, int(text.size() - kDisplayChars))
                       .arg(text.left(kDisplayChars));
        } else if (r.flags & LogRecord::Truncated) {
            text = Tr::tr("%1 … [line cut at %2 MiB]").arg(text).arg(LogBuffer::maxLineBytes() >> 20);
        }
        return text;
    }
    case Qt::ToolTipRole:
        return m_buffer.sourceLabel(r.source);
    case TimeRole:
        return r.timeNs;
    case TimeTextRole:
        return formatTime(r.timeNs);
    case SourceRole:
        return int(r.source);
    case SourceLabelRole:
        return m_buffer.sourceLabel(r.source);
    case LevelRole:
        return int(r.level);
    case OperationIdRole:
        if (!(r.flags & LogRecord::HasOperationId))
            return QString();
        return QString::fromUtf8(LogParser::operationId(m_buffer.text(seq)));
    case SeqRole:
        return seq;
    case SearchMatchRole:
        return isSearchMatch(seq);
    case TruncatedRole:
        return bool(r.flags & LogRecord::Truncated);
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(SourceRole, "source");
    names.insert(SourceLabelRole, "sourceLabel");
    names.insert(LevelRole, "level");
    names.insert(OperationIdRole, "operationId");
    names.insert(SeqRole, "seq");
    names.insert(SearchMatchRole, "searchMatch");
    names.insert(TruncatedRole, "truncated");
    return names;
}

void LogModel::setCapacity(qint64 lines)
{
    const qint64 excess = std::max<qint64>(0, m_buffer.size() - std::max<qint64>(1, lines));
    if (excess > 0)
        dropFrontRows(excess);
    m_buffer.setCapacity(lines);
    if (excess > 0)
        emit droppedCountChanged(m_buffer.droppedCount());
}

void LogModel::append(qint64 timeNs, quint16 source, QByteArrayView text)
{
    if (m_buffer.excessFor(1) > 0) {
        dropFrontRows(1);
        emit droppedCountChanged(m_buffer.droppedCount());
    }
    m_buffer.append(timeNs, source, text);
    if (!m_paused)
        show(m_shownEnd, m_buffer.endSeq());
}

void LogModel::append(const std::vector<MergedLine> &lines, int sourceBase)
{
    const qint64 droppedBefore = m_buffer.droppedCount();
    size_t i = 0;
    while (i < lines.size()) {
        const qint64 n = std::min<qint64>(qint64(lines.size() - i), m_buffer.capacity());
        const qint64 excess = m_buffer.excessFor(n);
        if (excess > 0)
            dropFrontRows(excess);
        for (const size_t end = i + size_t(n); i < end; ++i)
            m_buffer.append(lines[i].timeNs, quint16(sourceBase + lines[i].source), lines[i].text());
        if (!m_paused)
            show(m_shownEnd, m_buffer.endSeq());
    }
    if (m_buffer.droppedCount() != droppedBefore)
        emit droppedCountChanged(m_buffer.droppedCount());
}

void LogModel::dropFrontRows(qint64 lines)
{
    const qint64 newFirst = m_buffer.firstSeq() + lines;
    int rows = 0;
    if (isFiltered()) {
        rows = int(std::lower_bound(m_rows.begin(), m_rows.end(), newFirst) - m_rows.begin());
    } else {
        rows = int(std::max<qint64>(0, std::min(m_shownEnd, newFirst) - m_buffer.firstSeq()));
    }
    if (rows > 0)
        beginRemoveRows({}, 0, rows - 1);
    if (isFiltered())
        m_rows.erase(m_rows.begin(), m_rows.begin() + rows);
    m_buffer.dropOldest(lines);
    m_shownEnd = std::max(m_shownEnd, m_buffer.firstSeq());
    if (rows > 0)
        endRemoveRows();
    const auto stale = [newFirst](qint64 seq) { return seq < newFirst; };
    while (!m_matches.empty() && m_matches.front() < newFirst)
        m_matches.pop_front();
    std::erase_if(m_filterLater, stale);
    std::erase_if(m_searchLater, stale);
}

void LogModel::show(qint64 fromSeq, qint64 toSeq)
{
    if (toSeq <= fromSeq)
        return;
    if (isFiltered()) {
        std::vector<qint64> found;
        const bool later = m_filterRun->isRunning();
        for (qint64 seq = fromSeq; seq < toSeq; ++seq) {
            if (m_filter.matches(m_buffer.record(seq), m_buffer.text(seq)))
                (later ? m_filterLater : found).push_back(seq);
        }
        m_shownEnd = toSeq;
        if (!found.empty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + found.size() - 1));
            m_rows.insert(m_rows.end(), found.begin(), found.end());
            endInsertRows();
        }
    } else {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(toSeq - fromSeq) - 1);
        m_shownEnd = toSeq;
        endInsertRows();
    }
    matchNew(fromSeq, toSeq);
}

void LogModel::matchNew(qint64 fromSeq, qint64 toSeq)
{
    if (m_search.matchesEverything())
        return;
    const bool later = m_searchRun->isRunning();
    for (qint64 seq = fromSeq; seq < toSeq; ++seq) {
        const LogRecord &r = m_buffer.record(seq);
        const QByteArrayView text = m_buffer.text(seq);
        if (!m_search.matches(r, text) || !m_filter.matches(r, text))
            continue;
        if (later)
            m_searchLater.push_back(seq);
        else
            m_matches.push_back(seq);
    }
}

void LogModel::clear()
{
    beginResetModel();
    m_filterRun->cancel();
    m_searchRun->cancel();
    m_buffer.clear();
    m_shownEnd = m_buffer.endSeq();
    m_rows.clear();
    m_filterLater.clear();
    m_matches.clear();
    m_searchLater.clear();
    endResetModel();
}

void LogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        show(m_shownEnd, m_buffer.endSeq());
}

bool LogModel::filterRunning() const
{
    return m_filterRun->isRunning();
}

bool LogModel::searchRunning() const
{
    return m_searchRun->isRunning();
}

bool LogModel::setFilter(const LogQuery &query, QString *error)
{
    LogMatcher matcher(query);
    if (!matcher.isValid()) {
        if (error)
            *error = matcher.errorString();
        return false;
    }
    beginResetModel();
    m_filterQuery = query;
    m_filter = matcher;
    m_rows.clear();
    m_filterLater.clear();
    m_filterRun->cancel();
    if (isFiltered())
        m_filterRun->start(m_buffer.snapshot(m_shownEnd), m_filter);
    endResetModel();
    // The search marks only shown lines: run it again over the new set.
    if (!m_search.matchesEverything())
        setSearch(m_searchQuery);
    return true;
}

bool LogModel::setSearch(const LogQuery &query, QString *error)
{
    LogMatcher matcher(query);
    if (!matcher.isValid()) {
        if (error)
            *error = matcher.errorString();
        return false;
    }
    m_searchQuery = query;
    m_search = matcher;
    m_matches.clear();
    m_searchLater.clear();
    m_searchRun->cancel();
    if (!m_search.matchesEverything())
        m_searchRun->start(m_buffer.snapshot(m_shownEnd), m_search, m_filter);
    else if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {SearchMatchRole});
    return true;
}

void LogModel::onFilterMatches(const std::vector<qint64> &seqs)
{
    const auto first = std::lower_bound(seqs.begin(), seqs.end(), m_buffer.firstSeq());
    if (first == seqs.end())
        return;
    const int n = int(seqs.end() - first);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + n - 1);
    m_rows.insert(m_rows.end(), first, seqs.end());
    endInsertRows();
}

void LogModel::onFilterFinished()
{
    std::vector<qint64> later;
    later.swap(m_filterLater);
    onFilterMatches(later);
    emit filterFinished();
}

void LogModel::onSearchMatches(const std::vector<qint64> &seqs)
{
    const auto first = std::lower_bound(seqs.begin(), seqs.end(), m_buffer.firstSeq());
    m_matches.insert(m_matches.end(), first, seqs.end());
}

void LogModel::onSearchFinished()
{
    m_matches.insert(m_matches.end(), m_searchLater.begin(), m_searchLater.end());
    m_searchLater.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {SearchMatchRole});
    emit searchFinished();
}

bool LogModel::isSearchMatch(qint64 seq) const
{
    return std::binary_search(m_matches.begin(), m_matches.end(), seq);
}

qsizetype LogModel::searchMatchCount() const
{
    return qsizetype(m_matches.size());
}

int LogModel::nextMatch(int row, bool forward) const
{
    if (m_matches.empty())
        return -1;
    const qint64 seq = seqAt(row);
    auto it = m_matches.begin();
    if (forward) {
        it = seq < 0 ? m_matches.begin() : std::upper_bound(m_matches.begin(), m_matches.end(), seq);
        if (it == m_matches.end())
            it = m_matches.begin();
    } else {
        it = seq < 0 ? m_matches.end() : std::lower_bound(m_matches.begin(), m_matches.end(), seq);
        if (it == m_matches.begin())
            it = m_matches.end();
        --it;
    }
    // Matches are a subset of the shown lines; a miss means a filter run is still filling rows.
    for (size_t tries = 0; tries < m_matches.size() && tries < 10'000; ++tries) {
        const int r = rowOfSeq(*it);
        if (r >= 0)
            return r;
        if (forward) {
            if (++it == m_matches.end())
                it = m_matches.begin();
        } else {
            if (it == m_matches.begin())
                it = m_matches.end();
            --it;
        }
    }
    return -1;
}

namespace {
// UTF-16 units of UTF-8 bytes: one per character, two for those beyond U+FFFF. (Invalid bytes,
// shown as U+FFFD each, are counted roughly: only colour positions depend on it.)
qsizetype utf16Length(QByteArrayView bytes)
{
    qsizetype n = 0;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        n += (c & 0xc0) != 0x80;
        n += c >= 0xf0;
    }
    return n;
}
} // namespace

std::vector<LogParser::AnsiRun> LogModel::displayStyles(int row) const
{
    const qint64 seq = seqAt(row);
    if (seq < 0)
        return {};
    std::vector<LogParser::AnsiRun> runs = m_buffer.styles(seq);
    if (runs.empty())
        return runs;
    const QByteArrayView text = m_buffer.text(seq);
    qsizetype byte = 0, unit = 0;
    auto toUnits = [&](qsizetype at) {
        unit += utf16Length(text.sliced(byte, at - byte));
        byte = at;
        return unit;
    };
    std::vector<LogParser::AnsiRun> out;
    out.reserve(runs.size());
    for (const LogParser::AnsiRun &r : runs) {
        const qsizetype start = toUnits(r.start);
        const qsizetype end = toUnits(r.start + r.length);
        if (start >= kDisplayChars)
            break; // beyond what is shown
        out.push_back({start, std::min<qsizetype>(end, kDisplayChars) - start, r.style});
    }
    return out;
}

QString LogModel::lineText(int row, bool withSource, bool withTimestamp) const
{
    const qint64 seq = seqAt(row);
    if (seq < 0)
        return {};
    const LogRecord &r = m_buffer.record(seq);
    QString out;
    if (withSource) {
        out += QLatin1Char('[') + m_buffer.sourceLabel(r.source) + QLatin1String("] ");
    }
    if (withTimestamp && r.timeNs > 0)
        out += formatTime(r.timeNs) + QLatin1Char(' ');
    out += m_buffer.displayText(seq);
    return out;
}

} // namespace sd
