#include "gui/canvasview.h"

#include "gui/canvascontroller.h"

#include <QEvent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QSurfaceFormat>
#include <QtQml/qqmlextensionplugin.h>

// The canvas module is a static plugin; importing it here keeps it linked wherever the view is.
Q_IMPORT_QML_PLUGIN(Stackdeck_CanvasPlugin)

namespace sd {

CanvasView::CanvasView(CanvasController *controller, QWidget *parent)
    : QQuickWidget(parent)
{
    setObjectName(QStringLiteral("canvas"));
    setFocusPolicy(Qt::StrongFocus);
    setResizeMode(QQuickWidget::SizeRootObjectToView);
    // Thin edges scaled down break into dots without multisampling on OpenGL.
    QSurfaceFormat surface = format();
    surface.setSamples(4);
    setFormat(surface);
    setSource(QUrl(QStringLiteral("qrc:/Stackdeck/Canvas/Topology.qml")));
    // Qt 6.4's QQuickWidget has no setInitialProperties(); the canvas guards against the
    // moment before the controller arrives.
    if (QQuickItem *root = rootObject())
        root->setProperty("controller", QVariant::fromValue<QObject *>(controller));
}

void CanvasView::setConnectionLabel(const QString &label)
{
    if (QQuickItem *root = rootObject())
        root->setProperty("connectionLabel", label);
}

QString CanvasView::errorString() const
{
    QStringList messages;
    for (const QQmlError &error : errors())
        messages << error.toString();
    return messages.join(QLatin1Char('\n'));
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        engine()->retranslate();
    QQuickWidget::changeEvent(event);
}

} // namespace sd
