import QtQuick
import QtQuick.Shapes

// Legend of the canvas: edge kinds (colour and dash), health states (colour and glyph) and the
// design-state tags (not deployed, modified since deploy, on the cluster but not in the stack).
Rectangle {
    id: legend
    required property QtObject canvasStyle

    width: column.implicitWidth + 20
    height: column.implicitHeight + 16
    radius: 6
    color: "#f0ffffff"
    border.color: "#cfd8dc"
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Legend")

    Column {
        id: column
        x: 10; y: 8
        spacing: 2
        Repeater {
            model: legend.canvasStyle.edgeLegend()
            delegate: Row {
                id: edgeEntry
                required property var modelData
                spacing: 6
                Shape {
                    width: 28; height: 12
                    ShapePath {
                        strokeColor: legend.canvasStyle.edgeColor(edgeEntry.modelData.kind)
                        strokeWidth: 2
                        strokeStyle: legend.canvasStyle.edgeDashed(edgeEntry.modelData.kind) ? ShapePath.DashLine : ShapePath.SolidLine
                        dashPattern: [4, 2]
                        startX: 0; startY: 6
                        PathLine { x: 28; y: 6 }
                    }
                }
                Text { font.pixelSize: 10; color: "#37474f"; text: edgeEntry.modelData.text }
            }
        }
        Repeater {
            model: legend.canvasStyle.healthLegend()
            delegate: Row {
                id: healthEntry
                required property var modelData
                spacing: 6
                Text {
                    width: 28
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: 12
                    font.bold: true
                    color: legend.canvasStyle.healthColor(healthEntry.modelData.health)
                    text: legend.canvasStyle.healthGlyph(healthEntry.modelData.health)
                }
                Text { font.pixelSize: 10; color: "#37474f"; text: healthEntry.modelData.text }
            }
        }
        Repeater {
            model: legend.canvasStyle.designLegend()
            delegate: Row {
                id: designEntry
                required property var modelData
                objectName: "legend.design:" + modelData.design
                spacing: 6
                Rectangle { // the same tag the nodes carry, and a word: colour is not the only cue
                    width: 28; height: 12
                    radius: 3
                    color: legend.canvasStyle.designColor(designEntry.modelData.design)
                }
                Text { font.pixelSize: 10; color: "#37474f"; text: designEntry.modelData.text }
            }
        }
    }
}
