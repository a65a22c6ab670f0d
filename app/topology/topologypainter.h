#pragma once

#include "topology/topologygraph.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace sd {

// Draws a laid-out topology with QPainter, the way the QML canvas draws it (same CanvasStyle
// colours, glyphs and texts), for image export: PNG through QImage, SVG through QSvgGenerator.
// Needs a QGuiApplication (fonts); works with the offscreen platform.
class TopologyPainter
{
public:
    explicit TopologyPainter(const TopologyGraph &graph); // only placed nodes are drawn

    QRectF bounds() const { return m_bounds; } // everything drawn, margins included
    void paint(QPainter *painter) const;        // in graph coordinates

    // Writes PNG or SVG, chosen by the file's extension. On failure returns false and sets
    // *error (translated).
    bool save(const QString &path, QString *error) const;

private:
    TopologyGraph m_graph;
    QRectF m_bounds;
};

} // namespace sd
