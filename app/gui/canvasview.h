#pragma once

#include <QQuickWidget>

namespace sd {

// The central topology canvas: a QQuickWidget showing Stackdeck.Canvas/Topology.qml. The QML
// engine is retranslated here, since QML text does not react to QEvent::LanguageChange itself.
class CanvasView final : public QQuickWidget
{
    Q_OBJECT
public:
    explicit CanvasView(QWidget *parent = nullptr);

    // What the canvas says about the cluster connection ("" = not connected).
    void setConnectionLabel(const QString &label);
    // Errors from loading the QML, empty when the canvas is ready.
    QString errorString() const;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace sd
