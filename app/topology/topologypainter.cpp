#include "topology/topologypainter.h"

#include "common/tr.h"
#include "topology/canvasstyle.h"
#include "topology/edgegeometry.h"

#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSvgGenerator>

namespace sd {

namespace {
constexpr double kMargin = 24.0;
constexpr double kGroupMargin = 16.0;
constexpr double kGroupLabel = 18.0;

QString kindId(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Datastore: return QStringLiteral("datastore");
    case NodeKind::External: return QStringLiteral("external");
    case NodeKind::Component: break;
    }
    return QStringLiteral("component");
}

QFont font(double pixelSize, bool bold)
{
    QFont f;
    f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    return f;
}
} // namespace

TopologyPainter::TopologyPainter(const TopologyGraph &graph)
{
    for (const TopologyNode &node : graph.nodes) {
        if (node.placed)
            m_graph.nodes << node;
    }
    for (const TopologyEdge &edge : graph.edges) {
        if (m_graph.node(edge.from) && m_graph.node(edge.to))
            m_graph.edges << edge;
    }
    for (const TopologyNode &node : std::as_const(m_graph.nodes)) {
        m_bounds = m_bounds.united(QRectF(node.position, kNodeSize)
                                       .adjusted(-kGroupMargin, -kGroupMargin - kGroupLabel,
                                                 kGroupMargin, kGroupMargin));
    }
    m_bounds.adjust(-kMargin, -kMargin, kMargin, kMargin);
}

void TopologyPainter::paint(QPainter *painter) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(m_bounds, QColor(0xfa, 0xfa, 0xfa));

    // Tier groups behind everything.
    QMap<int, QRectF> tiers;
    for (const TopologyNode &node : m_graph.nodes)
        tiers[int(node.tier)] = tiers.value(int(node.tier)).united(QRectF(node.position, kNodeSize));
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        const QString tier = toString(Tier(it.key()));
        const QRectF r = it.value().adjusted(-kGroupMargin, -kGroupMargin - kGroupLabel, kGroupMargin,
                                             kGroupMargin);
        const QColor fill = CanvasStyle::tierColor(tier);
        painter->setPen(QPen(fill.darker(115), 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(r, 10, 10);
        painter->setPen(QColor(0x54, 0x6e, 0x7a));
        painter->setFont(font(12, true));
        painter->drawText(r.topLeft() + QPointF(10, 15), CanvasStyle::tierText(tier));
    }

    for (const TopologyEdge &edge : m_graph.edges) {
        const EdgeShape shape = edgeShape(QRectF(m_graph.node(edge.from)->position, kNodeSize),
                                          QRectF(m_graph.node(edge.to)->position, kNodeSize));
        const QString kind = toString(edge.kind);
        const QColor colour = CanvasStyle::edgeColor(kind);
        QPen pen(colour, 1.6);
        if (CanvasStyle::edgeDashed(kind))
            pen.setDashPattern({5, 3});
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape.line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(shape.arrow);
    }

    for (const TopologyNode &node : m_graph.nodes) {
        const QRectF r(node.position, kNodeSize);
        const QString health = toString(node.status.health);
        const QString design = toString(node.design);
        const QString kind = kindId(node.kind);
        const QColor colour = CanvasStyle::healthColor(health);
        const double radius = node.kind == NodeKind::Datastore ? 14 : 6;
        painter->setPen(QPen(colour, 2));
        painter->setBrush(node.design == DesignState::Unmanaged ? QColor(0xec, 0xef, 0xf1) : QColor(Qt::white));
        painter->drawRoundedRect(r, radius, radius);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(QRectF(r.x() + 2, r.y() + 2, 8, r.height() - 4), 3, 3);

        painter->setPen(colour);
        painter->setFont(font(16, true));
        painter->drawText(QRectF(r.x() + 16, r.y() + 6, 20, 22), Qt::AlignLeft | Qt::AlignVCenter,
                          CanvasStyle::healthGlyph(health));
        painter->setPen(QColor(0x21, 0x21, 0x21));
        painter->setFont(font(14, true));
        const QFontMetricsF titleMetrics(painter->font());
        painter->drawText(QRectF(r.x() + 38, r.y() + 6, r.width() - 46, 22), Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(node.label, Qt::ElideRight, r.width() - 46));
        painter->setPen(QColor(0x45, 0x5a, 0x64));
        painter->setFont(font(11, false));
        const QString line = CanvasStyle::statusLine(kind, health, design, node.status.readyReplicas,
                                                     node.status.desiredReplicas, node.status.restarts,
                                                     node.status.phase, node.status.roles,
                                                     node.status.message);
        const QFontMetricsF lineMetrics(painter->font());
        painter->drawText(QRectF(r.x() + 16, r.bottom() - 24, r.width() - 24, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          lineMetrics.elidedText(line, Qt::ElideRight, r.width() - 24));

        const QString tag = CanvasStyle::designText(design);
        if (!tag.isEmpty()) {
            painter->setFont(font(10, false));
            const double width = QFontMetricsF(painter->font()).horizontalAdvance(tag) + 10;
            const QRectF tagRect(r.right() + 6 - width, r.y() - 9, width, 18);
            painter->setPen(Qt::NoPen);
            painter->setBrush(CanvasStyle::designColor(design));
            painter->drawRoundedRect(tagRect, 9, 9);
            painter->setPen(Qt::white);
            painter->drawText(tagRect, Qt::AlignCenter, tag);
        }
    }
    painter->restore();
}

bool TopologyPainter::save(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (m_graph.nodes.isEmpty()) {
        *error = Tr::tr("There is nothing to export: the topology is empty.");
        return false;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(m_bounds.size().toSize());
        svg.setViewBox(m_bounds);
        svg.setTitle(QStringLiteral("Stackdeck topology"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = Tr::tr("Cannot write %1.").arg(path);
            return false;
        }
        paint(&painter);
        painter.end();
        if (QFileInfo(path).size() == 0) {
            *error = Tr::tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("png")) {
        *error = Tr::tr("Unsupported image type \"%1\": use .png or .svg.").arg(suffix);
        return false;
    }
    constexpr double kScale = 2.0; // crisp on high-density screens and in documents
    QImage image((m_bounds.size() * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(kScale, kScale);
    painter.translate(-m_bounds.topLeft());
    paint(&painter);
    painter.end();
    if (!image.save(path)) {
        *error = Tr::tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace sd
