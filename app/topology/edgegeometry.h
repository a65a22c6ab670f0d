#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace sd {

// How an edge is drawn between two node rectangles: a cubic curve leaving the source on the side
// that faces the target, and an arrow head at the target. Shared by the QML canvas (as SVG path
// data) and the PNG/SVG export (as a QPainterPath), so both draw the same picture.
struct EdgeShape
{
    QPainterPath line;
    QPolygonF arrow;
};

EdgeShape edgeShape(const QRectF &from, const QRectF &to);

// SVG path data ("M x y C ...") for QML's PathSvg.
QString svgPathData(const QPainterPath &path);
QString svgPathData(const QPolygonF &polygon);

} // namespace sd
