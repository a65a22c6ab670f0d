#pragma once

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QVariant>

namespace sd {

// Colours, glyphs and status texts of the canvas, in one place for the QML canvas (which calls
// these as invokables on an instance it is given) and the PNG/SVG export, so both agree.
class CanvasStyle final : public QObject
{
    Q_OBJECT
public:
    explicit CanvasStyle(QObject *parent = nullptr);

    // Arguments are the stable ids of topologygraph.h's toString() functions.
    Q_INVOKABLE static QColor healthColor(const QString &health);
    Q_INVOKABLE static QString healthGlyph(const QString &health);
    Q_INVOKABLE static QColor edgeColor(const QString &kind);
    Q_INVOKABLE static bool edgeDashed(const QString &kind);
    Q_INVOKABLE static QColor tierColor(const QString &tier);
    Q_INVOKABLE static QString designText(const QString &design);
    Q_INVOKABLE static QColor designColor(const QString &design);
    Q_INVOKABLE static QString tierText(const QString &tier);
    Q_INVOKABLE static QString edgeKindText(const QString &kind);
    Q_INVOKABLE static QString healthText(const QString &health);
    // The second line of a node: replicas and restarts, or the Cluster phase and the primary.
    Q_INVOKABLE static QString statusLine(const QString &kind,
                                          const QString &health,
                                          const QString &design,
                                          int ready,
                                          int desired,
                                          int restarts,
                                          const QString &phase,
                                          const QStringList &podRoles,
                                          const QString &message);
    // Legend entries: {kind, text} for edges and {health, text} for states.
    Q_INVOKABLE static QVariantList edgeLegend();
    Q_INVOKABLE static QVariantList healthLegend();
    // {design, text} for the design states that carry a tag (not deployed, modified, not in stack).
    Q_INVOKABLE static QVariantList designLegend();
};

} // namespace sd
