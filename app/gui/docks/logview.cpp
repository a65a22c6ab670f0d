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

QColor LogDelegate::ansiColour(quint32 colour, const QPalette &palette)
{
    using LogParser::AnsiStyle;
    if ((colour & 0xff000000) == AnsiStyle::kRgb)
        return QColor::fromRgb(colour & 0xffffff);
    if ((colour & 0xff000000) != AnsiStyle::kPalette)
        return {};
    const int index = int(colour & 0xff);
    if (index < 16) {
        // The 16 basic colours, tuned per background: white text on a light view and black on a
        // dark one would vanish, and pure yellow is unreadable on white.
        static const QRgb light[16] = {0x000000, 0xc62828, 0x2e7d32, 0x9e7700, 0x1565c0, 0x8e24aa, 0x00838f, 0x757575,
                                       0x616161, 0xe53935, 0x43a047, 0xb28900, 0x1e88e5, 0xab47bc, 0x0097a7, 0x9e9e9e};
        static const QRgb dark[16] = {0x9e9e9e, 0xef5350, 0x66bb6a, 0xffca28, 0x42a5f5, 0xce93d8, 0x4dd0e1, 0xe0e0e0,
                                      0xbdbdbd, 0xff8a80, 0xb9f6ca, 0xffff8d, 0x82b1ff, 0xea80fc, 0x84ffff, 0xffffff};
        const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
        return QColor::fromRgb((darkBase ? dark : light)[index]);
    }
    if (index < 232) {
        // xterm's 6×6×6 cube
        static const int steps[6] = {0, 95, 135, 175, 215, 255};
        const int i = index - 16;
        return QColor(steps[i / 36], steps[(i / 6) % 6], steps[i % 6]);
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QList<QTextLayout::FormatRange> LogDelegate::textFormats(const QModelIndex &index, const QString &text,
                                                         const QPalette &palette, bool selected) const
{
    QList<QTextLayout::FormatRange> formats;
    const auto *model = qobject_cast<const LogModel *>(index.model());
    if (!model)
        return formats;
    using LogParser::AnsiStyle;
    for (const LogParser::AnsiRun &run : model->displayStyles(index.row())) {
        if (run.start >= text.size())
            break;
        QTextCharFormat f;
        QColor fg = ansiColour(run.style.fg, palette);
        QColor bg = ansiColour(run.style.bg, palette);
        if (run.style.attrs & AnsiStyle::Inverse) {
            const QColor base = palette.color(QPalette::Base);
            const QColor text = palette.color(QPalette::Text);
            std::swap(fg, bg);
            if (!fg.isValid())
                fg = base;
            if (!bg.isValid())
                bg = text;
        }
        if (fg.isValid() && !selected)
            f.setForeground(run.style.attrs & AnsiStyle::Faint ? fg.lighter(140) : fg);
        else if ((run.style.attrs & AnsiStyle::Faint) && !selected)
            f.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
        if (bg.isValid() && !selected)
            f.setBackground(bg);
        if (run.style.attrs & AnsiStyle::Bold)
            f.setFontWeight(QFont::Bold);
        if (run.style.attrs & AnsiStyle::Italic)
            f.setFontItalic(true);
        if (run.style.attrs & AnsiStyle::Underline)
            f.setFontUnderline(true);
        if (run.style.attrs & AnsiStyle::Strike)
            f.setFontStrikeOut(true);
        formats.append({int(run.start), int(std::min<qsizetype>(run.length, text.size() - run.start)), f});
    }
    if (index.data(LogModel::SearchMatchRole).toBool()) {
        QTextCharFormat hit;
        hit.setBackground(QColor(255, 213, 79, 170));
        if (!selected)
            hit.setForeground(QColor(0x21, 0x21, 0x21));
        for (const auto &[start, length] : model->searchMatcher().ranges(text))
            formats.append({int(start), int(length), hit});
    }
    return formats;
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
    const QString shown = m_wrap ? text : text.left(4000);
    const QList<QTextLayout::FormatRange> formats = textFormats(index, shown, option.palette, selected);
    if (!formats.isEmpty()) {
        // Styled or with search matches: lay the text out with its formats.
        QTextLayout layout(shown, option.font);
        QTextOption textOption;
        textOption.setWrapMode(m_wrap ? QTextOption::WrapAnywhere : QTextOption::NoWrap);
        layout.setTextOption(textOption);
        layout.setFormats(formats);
        layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(m_wrap ? textRect.width() : 1e6);
            line.setPosition(QPointF(0, y));
            y += line.height();
            if (!m_wrap || y > textRect.height())
                break;
        }
        layout.endLayout();
        painter->setPen(textColour);
        painter->setClipRect(textRect, Qt::IntersectClip);
        const qreal top = m_wrap ? textRect.top() : textRect.top() + (textRect.height() - fm.height()) / 2.0;
        layout.draw(painter, QPointF(textRect.left(), top));
    } else if (m_wrap) {
        painter->setPen(textColour);
        painter->drawText(textRect, Qt::TextWrapAnywhere | Qt::AlignTop, text);
    } else {
        painter->setPen(textColour);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          fm.elidedText(shown, Qt::ElideRight, textRect.width()));
    }
    if (!m_wrap && !index.data(LogModel::OperationIdRole).toString().isEmpty()) {
        const QRect r = operationIdRect(option, index);
        if (r.isValid()) {
            painter->setPen(option.palette.color(QPalette::Link));
            painter->drawLine(r.bottomLeft(), r.bottomRight());
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
    m_followTimer.setSingleShot(true);
    m_followTimer.setInterval(kFollowIntervalMs);
    connect(&m_followTimer, &QTimer::timeout, this, &LogView::scrollToEnd);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        // Rows arriving or dropping from the front move the bar too; only the user's
        // scrolling changes "follow".
        if (m_autoScrolling || m_followTimer.isActive())
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
    // Coalesced: scrolling lays out every row (QListView::doItemsLayout), which per arriving
    // batch stalled the GUI thread for seconds with a dozen busy tabs (bench_logstall). Hidden
    // views catch up when shown.
    if (m_follow && isVisible() && !m_followTimer.isActive())
        m_followTimer.start();
}

void LogView::scrollToEnd()
{
    if (!m_follow)
        return;
    m_autoScrolling = true;
    scrollToBottom();
    m_autoScrolling = false;
}

void LogView::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    followIfNeeded();
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
