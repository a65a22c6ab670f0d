import QtQuick

// The palette: datastore engines and OpenIM components to drag onto the canvas. An entry the
// stack cannot take (e.g. a second MongoDB) is greyed out and says why in its tooltip text.
Rectangle {
    // Not "palette": inside the delegates that name is Item.palette (Qt 6), which hides the id,
    // and every drop and key press failed with a TypeError.
    id: nodePalette

    required property var entries // CanvasController.palette
    property real maxHeight: 400
    // Emitted when an entry is dropped at (x, y) in the palette's parent's coordinates.
    signal dropped(string type, real x, real y)

    width: 168
    height: Math.min(maxHeight, column.implicitHeight + 16)
    radius: 6
    color: "#f0ffffff"
    border.color: "#cfd8dc"
    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Palette")

    Flickable {
        anchors.fill: parent
        anchors.margins: 8
        contentHeight: column.implicitHeight
        interactive: contentHeight > height
        flickableDirection: Flickable.VerticalFlick

        Column {
            id: column
            width: parent.width
            spacing: 2

            Text {
                text: qsTr("Drag onto the canvas")
                font.pixelSize: 11
                color: "#78909c"
            }
            Repeater {
                model: nodePalette.entries
                delegate: Rectangle {
                    id: entry
                    required property var modelData
                    objectName: "palette:" + modelData.type
                    width: column.width
                    height: 24
                    radius: modelData.datastore ? 8 : 3
                    color: drag.active ? "#bbdefb" : (hover.hovered && modelData.enabled ? "#e3f2fd" : "transparent")
                    opacity: modelData.enabled ? 1.0 : 0.45
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.label
                    Accessible.description: modelData.reason

                    Text {
                        anchors { left: parent.left; leftMargin: 6; verticalCenter: parent.verticalCenter }
                        width: parent.width - 12
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        font.bold: entry.modelData.datastore
                        color: "#263238"
                        text: entry.modelData.label
                    }
                    HoverHandler { id: hover }
                    // A MouseArea rather than a DragHandler: preventStealing keeps the list from
                    // turning a diagonal drag into a scroll.
                    MouseArea {
                        id: drag
                        property bool active: false
                        anchors.fill: parent
                        enabled: entry.modelData.enabled
                        preventStealing: true
                        onPositionChanged: (mouse) => {
                            const p = entry.mapToItem(nodePalette.parent, mouse.x, mouse.y)
                            if (!active && (mouse.x < 0 || mouse.x > width || mouse.y < 0 || mouse.y > height)) {
                                ghost.text = entry.modelData.label
                                active = true
                            }
                            ghost.visible = active
                            ghost.x = p.x - ghost.width / 2
                            ghost.y = p.y - ghost.height / 2
                        }
                        onReleased: (mouse) => {
                            ghost.visible = false
                            if (active) {
                                const p = entry.mapToItem(nodePalette.parent, mouse.x, mouse.y)
                                nodePalette.dropped(entry.modelData.type, p.x, p.y)
                            }
                            active = false
                        }
                    }
                    // Keyboard: Space or Enter adds the entry where the layout puts it.
                    activeFocusOnTab: modelData.enabled
                    Keys.onSpacePressed: nodePalette.dropped(modelData.type, -1, -1)
                    Keys.onReturnPressed: nodePalette.dropped(modelData.type, -1, -1)
                    border.color: activeFocus ? "#1565c0" : "transparent"
                }
            }
        }
    }

    // Follows the pointer while an entry is dragged; lives in the parent so it can leave the palette.
    Rectangle {
        id: ghost
        property alias text: ghostText.text
        parent: nodePalette.parent
        visible: false
        z: 100
        width: 176
        height: 64
        radius: 6
        color: "#c0e3f2fd"
        border.color: "#1565c0"
        border.width: 2
        Text {
            id: ghostText
            anchors.centerIn: parent
            font.pixelSize: 14
            font.bold: true
            color: "#0d47a1"
        }
    }
}
