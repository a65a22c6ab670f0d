#pragma once

#include <QListView>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>

namespace sd {

class LogModel;

// Paints one log line: a colour bar and short label for its pod/container, the timestamp when
// shown, the text coloured by level, or as its ANSI codes asked (colours, bold, italic,
// underline), with the search matches highlighted. Without wrapping every
// row has the same height, which keeps a 1M-row view cheap (uniform item sizes).
class LogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogDelegate(QObject *parent = nullptr);

    void setShowTimestamps(bool show) { m_timestamps = show; }
    void setShowSources(bool show) { m_sources = show; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    bool wraps() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the line's operationID is drawn (empty when it has none or it is not visible).
    QRect operationIdRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QColor sourceColour(int source);
    // An ANSI colour (LogParser::AnsiStyle encoding) readable on `palette`'s base colour.
    static QColor ansiColour(quint32 colour, const QPalette &palette);
    // The character formats of a row's shown text `text` (its DisplayRole, possibly cut):
    // ANSI styles, then search matches on top. Empty for a plain line without matches.
    QList<QTextLayout::FormatRange> textFormats(const QModelIndex &index, const QString &text,
                                                const QPalette &palette, bool selected) const;

private:
    int textLeft(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_timestamps = false;
    bool m_sources = true;
    bool m_wrap = false;
};

// The list of log lines. Emits operationIdClicked() when the user clicks a line's operationID
// and followChanged() when scrolling away from (or back to) the bottom changes "follow".
class LogView final : public QListView
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    LogDelegate *logDelegate() const { return m_delegate; }
    void setWrap(bool wrap);
    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);
    bool isAtBottom() const;
    static constexpr int kFollowIntervalMs = 40;
    // Call after rows were added: scrolls to the end while following, at most every
    // kFollowIntervalMs (and when shown again).
    void followIfNeeded();

signals:
    void operationIdClicked(const QString &operationId);
    void followChanged(bool following);

protected:
    void showEvent(QShowEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scrollToEnd();

    LogDelegate *m_delegate; // owned (child)
    QTimer m_followTimer;
    bool m_follow = true;
    bool m_autoScrolling = false;
};

} // namespace sd
