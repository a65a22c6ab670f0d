#pragma once

#include "monitor/logbuffer.h"
#include "monitor/logmerger.h"
#include "monitor/logquery.h"

#include <QAbstractListModel>

#include <deque>
#include <memory>
#include <vector>

namespace sd {

class LogFilter;

// The lines of one log tab as a list model over a bounded LogBuffer (one row per shown line).
// Three independent states shape what is shown:
// - a filter (setFilter): only matching lines are rows; it runs off the GUI thread in slices
//   (rows appear as slices finish, filterRunning() meanwhile); lines arriving during the run
//   are matched on arrival and shown after it;
// - a search (setSearch): every shown line that matches is marked (SearchMatchRole) and
//   nextMatch() jumps between them with a binary search;
// - pause (setPaused): lines are stored but not shown until resumed; nothing is lost unless
//   the buffer overflows, which droppedCount() reports.
// Rows drop from the front when the buffer is full. GUI thread only.
class LogModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // qint64 ns since the epoch (0: none)
        TimeTextRole,                // "2026-11-26 09:15:21.337" (UTC)
        SourceRole,                  // int index of the pod/container
        SourceLabelRole,
        LevelRole,                   // int(LogLevel)
        OperationIdRole,
        SeqRole,
        SearchMatchRole,
        TruncatedRole,
    };

    static constexpr int kDisplayChars = 16'384; // longer lines are elided when shown

    explicit LogModel(qint64 capacity = LogBuffer::kDefaultCapacity, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const LogBuffer &buffer() const { return m_buffer; }
    quint16 addSource(const QString &label) { return m_buffer.addSource(label); }
    void setCapacity(qint64 lines);

    // Stores lines and shows them unless paused; a line's source is sourceBase + line.source
    // (indexes from addSource()).
    void append(const std::vector<MergedLine> &lines, int sourceBase = 0);
    void append(qint64 timeNs, quint16 source, QByteArrayView text); // one line (tests, tools)
    void clear();

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qint64 pendingWhilePaused() const { return m_buffer.endSeq() - m_shownEnd; }
    qint64 droppedCount() const { return m_buffer.droppedCount(); }

    // Filter (only matching lines are rows). Invalid regular expression: false, nothing changes.
    bool setFilter(const LogQuery &query, QString *error = nullptr);
    const LogQuery &filter() const { return m_filterQuery; }
    bool isFiltered() const { return !m_filter.matchesEverything(); }
    bool filterRunning() const;

    // Search (marks and navigates). Empty text clears it.
    bool setSearch(const LogQuery &query, QString *error = nullptr);
    const LogMatcher &searchMatcher() const { return m_search; }
    bool searchRunning() const;
    qsizetype searchMatchCount() const;
    // The row of the next (or previous) match after (before) `row`, wrapping around; -1 if none.
    int nextMatch(int row, bool forward) const;

    qint64 seqAt(int row) const;
    int rowOfSeq(qint64 seq) const; // -1 when not shown
    // The ANSI styles of a row's shown text (DisplayRole), in UTF-16 units; empty when plain.
    std::vector<LogParser::AnsiRun> displayStyles(int row) const;
    // The line as copied or saved: "[label] timestamp text" (parts as asked), never with escape
    // codes.
    QString lineText(int row, bool withSource, bool withTimestamp) const;

    static QString formatTime(qint64 timeNs);

signals:
    void droppedCountChanged(qint64 count);
    void filterFinished();
    void searchFinished();

private:
    void show(qint64 fromSeq, qint64 toSeq); // announce newly stored lines
    void dropFrontRows(qint64 lines);
    void matchNew(qint64 fromSeq, qint64 toSeq);
    void onFilterMatches(const std::vector<qint64> &seqs);
    void onFilterFinished();
    void onSearchMatches(const std::vector<qint64> &seqs);
    void onSearchFinished();
    bool isSearchMatch(qint64 seq) const;

    LogBuffer m_buffer;
    qint64 m_shownEnd = 0; // lines below this seq are shown (or matched) already

    LogQuery m_filterQuery;
    LogMatcher m_filter;
    std::deque<qint64> m_rows;          // shown seqs while filtered
    std::vector<qint64> m_filterLater;  // live matches that arrived during a filter run
    LogFilter *m_filterRun;             // owned (child)

    LogQuery m_searchQuery;
    LogMatcher m_search;
    std::deque<qint64> m_matches;       // search matches, ascending
    std::vector<qint64> m_searchLater;
    LogFilter *m_searchRun;             // owned (child)

    bool m_paused = false;
};

} // namespace sd
