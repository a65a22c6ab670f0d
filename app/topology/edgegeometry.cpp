#include "topology/edgegeometry.h"

#include <cmath>

namespace sd {

namespace {
constexpr double kArrowLength = 10.0;
constexpr double kArrowHalfWidth = 5.0;

QString number(double value)
{
    return QString::number(value, 'f', 1);
}
} // namespace

EdgeShape edgeShape(const QRectF &from, const QRectF &to)
{
    QPointF start;
    QPointF end;
    QPointF direction; // unit tangent at both ends
    const double dy = to.center().y() - from.center().y();
    if (std::abs(dy) >= from.height()) {
        // Different rows: leave through the bottom (or top) edge, enter the opposite one.
        const double sign = dy > 0 ? 1.0 : -1.0;
        start = QPointF(from.center().x(), dy > 0 ? from.bottom() : from.top());
        end = QPointF(to.center().x(), dy > 0 ? to.top() : to.bottom());
        direction = QPointF(0, sign);
    } else {
        // Same row: leave through the side facing the target.
        const double sign = to.center().x() >= from.center().x() ? 1.0 : -1.0;
        start = QPointF(sign > 0 ? from.right() : from.left(), from.center().y());
        end = QPointF(sign > 0 ? to.left() : to.right(), to.center().y());
        direction = QPointF(sign, 0);
    }
    const QPointF tip = end;
    end -= direction * kArrowLength; // the line stops where the arrow head starts
    // Tangent length from the distance along the main axis: S-curves, never loops.
    const QPointF span = end - start;
    const double along = std::abs(direction.x() != 0 ? span.x() : span.y());
    const double reach = std::max(24.0, along / 2);

    EdgeShape shape;
    shape.line.moveTo(start);
    shape.line.cubicTo(start + direction * reach, end - direction * reach, end);
    const QPointF normal(-direction.y(), direction.x());
    shape.arrow << tip << end + normal * kArrowHalfWidth << end - normal * kArrowHalfWidth << tip;
    return shape;
}

QString svgPathData(const QPainterPath &path)
{
    QString data;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement: data += QLatin1String("M "); break;
        case QPainterPath::LineToElement: data += QLatin1String("L "); break;
        case QPainterPath::CurveToElement: data += QLatin1String("C "); break;
        case QPainterPath::CurveToDataElement: break;
        }
        data += number(e.x) + QLatin1Char(' ') + number(e.y) + QLatin1Char(' ');
    }
    return data.trimmed();
}

QString svgPathData(const QPolygonF &polygon)
{
    QString data;
    for (int i = 0; i < polygon.size(); ++i) {
        data += QLatin1String(i == 0 ? "M " : "L ") + number(polygon.at(i).x()) + QLatin1Char(' ')
                + number(polygon.at(i).y()) + QLatin1Char(' ');
    }
    return polygon.isEmpty() ? data : data + QLatin1Char('Z');
}

} // namespace sd
