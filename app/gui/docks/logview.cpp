#include "gui/docks/logview.h"

#include "monitor/loglevel.h"
#include "monitor/logmodel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace sd {

namespace {
constexpr int kLabelChars = 18;
constexpr int kBarWidth = 4;

QColor levelColour(LogLevel level, const QPalette &palette)
{
    switch (level) {
    case LogLevel::Fatal:
    case LogLevel::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case LogLevel::Warning:
        return QColor(0xc7, 0x7c, 0x02);
    case LogLevel::Debug:
        return palette.color(QPalette::Disabled, QPalette::Text);
    default:
        return palette.color(QPalette::Text);
    }
}
} // namespace

LogDelegate::LogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor LogDelegate::sourceColour(int source)
{
    // Well-separated hues for neighbouring sources.
    return QColor::fromHsv((source * 137) % 360, 150, 200);
}

int LogDelegate::textLeft(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    int x = option.rect.left() + kBarWidth + 4;
    if (m_sources)
        x += fm.horizontalAdvance(QLatin1Char('M')) * kLabelChars;
    if (m_timestamps)
        x += fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000 "));
    return x;
}

void LogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, option.palette.highlight());
    const QFontMetrics fm(option.font);
    painter->setFont(option.font);
    const int source = index.data(LogModel::SourceRole).toInt();
    painter->fillRect(QRect(option.rect.left(), option.rect.top(), kBarWidth, option.rect.height()), sourceColour(source));
    int x = option.rect.left() + kBarWidth + 4;
    const int baseline = option.rect.top() + fm.ascent() + 1;
    const QColor dim = option.palette.color(QPalette::Disabled, QPalette::Text);
    if (m_sources) {
        const int w = fm.horizontalAdvance(QLatin1Char('M')) * kLabelChars;
        painter->setPen(selected ? option.palette.highlightedText().color() : sourceColour(source).darker(130));
        painter->drawText(x, baseline, fm.elidedText(index.data(LogModel::SourceLabelRole).toString(), Qt::ElideMiddle, w - 6));
        x += w;
    }
    if (m_timestamps) {
        painter->setPen(selected ? option.palette.highlightedText().color() : dim);
        const QString ts = index.data(LogModel::TimeTextRole).toString();
        painter->drawText(x, baseline, ts);
        x += fm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000 "));
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    const QColor textColour = selected ? option.palette.highlightedText().color()
                                       : levelColour(LogLevel(index.data(LogModel::LevelRole).toInt()), option.palette);
    const QRect textRect(x, option.rect.top(), option.rect.right() - x, option.rect.height());
    const auto *model = qobject_cast<const LogModel *>(index.model());
    if (m_wrap) {
        painter->setPen(textColour);
        painter->drawText(textRect, Qt::TextWrapAnywhere | Qt::AlignTop, text);
    } else {
        // Highlight search matches (only on the visible part of long lines).
        if (model && index.data(LogModel::SearchMatchRole).toBool()) {
            const QString visible = text.left(2000);
            for (const auto &[start, length] : model->searchMatcher().ranges(visible)) {
                const int x0 = x + fm.horizontalAdvance(visible.left(start));
                const int w = fm.horizontalAdvance(visible.mid(start, length));
                if (x0 > option.rect.right())
                    break;
                painter->fillRect(QRect(x0, option.rect.top(), w, option.rect.height()), QColor(255, 213, 79, 170));
            }
        }
        const QString opId = index.data(LogModel::OperationIdRole).toString();
        painter->setPen(textColour);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          fm.elidedText(text.left(4000), Qt::ElideRight, textRect.width()));
        if (!opId.isEmpty()) {
            const QRect r = operationIdRect(option, index);
            if (r.isValid()) {
                painter->setPen(option.palette.color(QPalette::Link));
                painter->drawLine(r.bottomLeft(), r.bottomRight());
            }
        }
    }
    painter->restore();
}

QSize LogDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int line = fm.height() + 2;
    if (!m_wrap)
        return QSize(200, line);
    const int width = std::max(100, option.rect.width() - (textLeft(option, index) - option.rect.left()));
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect r = fm.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWrapAnywhere, text);
    return QSize(200, std::max(line, r.height() + 2));
}

QRect LogDelegate::operationIdRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_wrap)
        return {};
    const QString opId = index.data(LogModel::OperationIdRole).toString();
    if (opId.isEmpty())
        return {};
    const QString text = index.data(Qt::DisplayRole).toString().left(4000);
    const qsizetype at = text.indexOf(opId);
    if (at < 0)
        return {};
    const QFontMetrics fm(option.font);
    const int x = textLeft(option, index) + fm.horizontalAdvance(text.left(at));
    const QRect r(x, option.rect.top(), fm.horizontalAdvance(opId), option.rect.height() - 1);
    return r.left() < option.rect.right() ? r : QRect();
}

LogView::LogView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new LogDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(true);
    setLayoutMode(QListView::SinglePass);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMouseTracking(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_autoScrolling)
            return;
        // Scrolling up stops following; coming back to the bottom resumes it.
        const bool bottom = isAtBottom();
        if (bottom != m_follow) {
            m_follow = bottom;
            emit followChanged(m_follow);
        }
    });
}

bool LogView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

void LogView::setFollowing(bool follow)
{
    if (m_follow != follow) {
        m_follow = follow;
        emit followChanged(follow);
    }
    if (follow)
        followIfNeeded();
}

void LogView::followIfNeeded()
{
    if (!m_follow)
        return;
    m_autoScrolling = true;
    scrollToBottom();
    m_autoScrolling = false;
}

void LogView::setWrap(bool wrap)
{
    m_delegate->setWrap(wrap);
    // Wrapped rows differ in height; without wrap the uniform size keeps big logs fast.
    setUniformItemSizes(!wrap);
    setWordWrap(wrap);
    doItemsLayout();
    viewport()->update();
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        if (m_delegate->operationIdRect(option, index).contains(event->position().toPoint())) {
            emit operationIdClicked(index.data(LogModel::OperationIdRole).toString());
            event->accept();
            return;
        }
    }
    QListView::mouseReleaseEvent(event);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    bool overId = false;
    if (index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        overId = m_delegate->operationIdRect(option, index).contains(event->position().toPoint());
    }
    viewport()->setCursor(overId ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

} // namespace sd
