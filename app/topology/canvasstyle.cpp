#include "topology/canvasstyle.h"

#include "common/tr.h"
#include "topology/edgelistmodel.h"
#include "topology/nodelistmodel.h"

#include <QVariantMap>

namespace sd {

namespace {
Health healthFrom(const QString &id)
{
    for (Health h : {Health::Ready, Health::Progressing, Health::Degraded, Health::Failed}) {
        if (toString(h) == id)
            return h;
    }
    return Health::Unknown;
}

EdgeKind edgeKindFrom(const QString &id)
{
    for (EdgeKind k : {EdgeKind::Grpc, EdgeKind::Http, EdgeKind::WebSocket}) {
        if (toString(k) == id)
            return k;
    }
    return EdgeKind::Datastore;
}
} // namespace

CanvasStyle::CanvasStyle(QObject *parent)
    : QObject(parent)
{}

QColor CanvasStyle::healthColor(const QString &health)
{
    switch (healthFrom(health)) {
    case Health::Ready: return QColor(0x2e, 0x7d, 0x32);       // green
    case Health::Progressing: return QColor(0x15, 0x65, 0xc0); // blue
    case Health::Degraded: return QColor(0xef, 0x6c, 0x00);    // orange
    case Health::Failed: return QColor(0xc6, 0x28, 0x28);      // red
    case Health::Unknown: break;
    }
    return QColor(0x90, 0xa4, 0xae); // grey
}

QString CanvasStyle::healthGlyph(const QString &health)
{
    switch (healthFrom(health)) {
    case Health::Ready: return QStringLiteral("✓");
    case Health::Progressing: return QStringLiteral("↻");
    case Health::Degraded: return QStringLiteral("!");
    case Health::Failed: return QStringLiteral("✕");
    case Health::Unknown: break;
    }
    return QStringLiteral("?");
}

QColor CanvasStyle::edgeColor(const QString &kind)
{
    switch (edgeKindFrom(kind)) {
    case EdgeKind::Grpc: return QColor(0x54, 0x6e, 0x7a);
    case EdgeKind::Http: return QColor(0x6a, 0x1b, 0x9a);
    case EdgeKind::WebSocket: return QColor(0x00, 0x83, 0x8f);
    case EdgeKind::Datastore: break;
    }
    return QColor(0x8d, 0x6e, 0x63);
}

bool CanvasStyle::edgeDashed(const QString &kind)
{
    const EdgeKind k = edgeKindFrom(kind);
    return k == EdgeKind::Http || k == EdgeKind::WebSocket;
}

QColor CanvasStyle::tierColor(const QString &tier)
{
    if (tier == toString(Tier::Clients))
        return QColor(0xf5, 0xf5, 0xf5);
    if (tier == toString(Tier::Entry))
        return QColor(0xe3, 0xf2, 0xfd);
    if (tier == toString(Tier::Messaging))
        return QColor(0xf3, 0xe5, 0xf5);
    if (tier == toString(Tier::Datastores))
        return QColor(0xff, 0xf8, 0xe1);
    return QColor(0xf1, 0xf8, 0xe9);
}

QString CanvasStyle::designText(const QString &design)
{
    if (design == toString(DesignState::Designed))
        return Tr::tr("Not deployed");
    if (design == toString(DesignState::Modified))
        return Tr::tr("Modified");
    if (design == toString(DesignState::Unmanaged))
        return Tr::tr("Not in stack");
    return {};
}

QColor CanvasStyle::designColor(const QString &design)
{
    if (design == toString(DesignState::Modified))
        return QColor(0xff, 0x8f, 0x00);
    if (design == toString(DesignState::Unmanaged))
        return QColor(0x78, 0x90, 0x9c);
    return QColor(0x90, 0xa4, 0xae);
}

QString CanvasStyle::tierText(const QString &tier)
{
    if (tier == toString(Tier::Clients))
        return Tr::tr("Clients");
    if (tier == toString(Tier::Entry))
        return Tr::tr("Entry");
    if (tier == toString(Tier::Messaging))
        return Tr::tr("Messaging");
    if (tier == toString(Tier::Datastores))
        return Tr::tr("Datastores");
    return Tr::tr("Services");
}

QString CanvasStyle::edgeKindText(const QString &kind)
{
    return sd::edgeKindText(edgeKindFrom(kind));
}

QString CanvasStyle::healthText(const QString &health)
{
    return sd::healthText(healthFrom(health));
}

QString CanvasStyle::statusLine(const QString &kind,
                                const QString &health,
                                const QString &design,
                                int ready,
                                int desired,
                                int restarts,
                                const QString &phase,
                                const QStringList &podRoles,
                                const QString &message)
{
    if (kind == QLatin1String("external"))
        return Tr::tr("outside the cluster");
    if (design == toString(DesignState::Designed))
        return Tr::tr("%n replica(s) planned", nullptr, desired);
    if (!message.isEmpty() && healthFrom(health) != Health::Ready)
        return message;
    if (kind == QLatin1String("datastore")) {
        QString primary;
        for (const QString &role : podRoles) {
            if (role.endsWith(QLatin1String("=primary")))
                primary = role.section(QLatin1Char('='), 0, 0);
        }
        const QString state = phase.isEmpty() ? healthText(health) : phase;
        return primary.isEmpty() ? state : Tr::tr("%1 · primary %2").arg(state, primary);
    }
    //: Status line of a workload: ready/desired replicas, then restarts
    const QString replicas = Tr::tr("%1/%2 ready").arg(ready).arg(desired);
    return restarts > 0 ? replicas + QStringLiteral(" · ") + Tr::tr("%n restart(s)", nullptr, restarts)
                        : replicas;
}

QVariantList CanvasStyle::edgeLegend()
{
    QVariantList legend;
    for (EdgeKind k : {EdgeKind::Grpc, EdgeKind::Http, EdgeKind::WebSocket, EdgeKind::Datastore}) {
        legend << QVariantMap{{QStringLiteral("kind"), toString(k)},
                              {QStringLiteral("text"), sd::edgeKindText(k)}};
    }
    return legend;
}

QVariantList CanvasStyle::designLegend()
{
    QVariantList legend;
    for (DesignState d : {DesignState::Designed, DesignState::Modified, DesignState::Unmanaged}) {
        legend << QVariantMap{{QStringLiteral("design"), toString(d)},
                              {QStringLiteral("text"), designText(toString(d))}};
    }
    return legend;
}

QVariantList CanvasStyle::healthLegend()
{
    QVariantList legend;
    for (Health h : {Health::Ready, Health::Progressing, Health::Degraded, Health::Failed,
                     Health::Unknown}) {
        legend << QVariantMap{{QStringLiteral("health"), toString(h)},
                              {QStringLiteral("text"), sd::healthText(h)}};
    }
    return legend;
}

} // namespace sd
