#pragma once

#include <QQuickWidget>

namespace sd {

class CanvasController;

// The central topology canvas: a QQuickWidget showing Stackdeck.Canvas/Topology.qml. The QML
// engine is retranslated here, since QML text does not react to QEvent::LanguageChange itself.
class CanvasView final : public QQuickWidget
{
    Q_OBJECT
public:
    // `controller` is not owned and must outlive the view; QML reaches the models through it.
    explicit CanvasView(CanvasController *controller, QWidget *parent = nullptr);

    // What the canvas says about the cluster connection ("" = not connected).
    void setConnectionLabel(const QString &label);
    // Errors from loading the QML, empty when the canvas is ready.
    QString errorString() const;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace sd
