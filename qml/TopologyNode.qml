import QtQuick

// One node of the topology canvas: a component or a datastore, with its live health. Colour is
// never the only cue: the health glyph and the status line say the same in text.
Rectangle {
    id: node

    required property string nodeId
    required property string label
    required property string kind
    required property string health
    required property string design
    required property real nodeX
    required property real nodeY
    required property int ready
    required property int desired
    required property int restarts
    required property string phase
    required property var podRoles
    required property string message
    required property bool selected
    required property bool matchesFilter
    required property string accessibleName
    required property QtObject canvasStyle

    // Offset while the selection is being dragged; the model moves the node on release.
    property point dragOffset: Qt.point(0, 0)
    signal clicked(string id, int modifiers)
    signal doubleClicked(string id)
    signal contextMenuRequested(string id, real globalX, real globalY)
    signal dragged(string id, real dx, real dy, bool finished)
    // Dragging the link handle: (x, y) in the node's coordinates; finished on release.
    signal linking(string id, real x, real y, bool finished)
    property bool editable: false

    x: nodeX + dragOffset.x
    y: nodeY + dragOffset.y
    width: 176
    height: 64
    radius: kind === "datastore" ? 14 : 6
    color: design === "unmanaged" ? "#eceff1" : "#ffffff"
    opacity: matchesFilter ? (design === "designed" ? 0.75 : 1.0) : 0.25
    border.width: selected ? 3 : 2
    border.color: selected ? "#1565c0" : node.canvasStyle.healthColor(health)

    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.description: message
    Accessible.focusable: true
    Accessible.selected: selected

    Rectangle { // health stripe on the left
        width: 8
        height: parent.height - 4
        x: 2; y: 2
        radius: node.radius - 2
        color: node.canvasStyle.healthColor(node.health)
    }

    Text {
        id: glyph
        x: 16; y: 8
        font.pixelSize: 16
        font.bold: true
        color: node.canvasStyle.healthColor(node.health)
        text: node.canvasStyle.healthGlyph(node.health)
    }
    Text {
        anchors { left: glyph.right; leftMargin: 6; right: parent.right; rightMargin: 8; top: parent.top; topMargin: 8 }
        elide: Text.ElideRight
        font.pixelSize: 14
        font.bold: true
        color: "#212121"
        text: node.label
    }
    Text {
        anchors { left: parent.left; leftMargin: 16; right: parent.right; rightMargin: 8; bottom: parent.bottom; bottomMargin: 8 }
        elide: Text.ElideRight
        font.pixelSize: 11
        color: "#455a64"
        text: node.canvasStyle.statusLine(node.kind, node.health, node.design, node.ready, node.desired,
                               node.restarts, node.phase, node.podRoles, node.message)
    }
    Rectangle { // design-state tag: not deployed, modified, not in the stack
        visible: node.design !== "deployed"
        anchors { right: parent.right; rightMargin: -6; top: parent.top; topMargin: -9 }
        height: 18
        width: tag.implicitWidth + 10
        radius: 9
        color: node.canvasStyle.designColor(node.design)
        Text {
            id: tag
            anchors.centerIn: parent
            font.pixelSize: 10
            color: "white"
            text: node.canvasStyle.designText(node.design)
        }
    }

    TapHandler {
        id: tap
        // An exclusive grab on press keeps the canvas background from also seeing the tap
        // (and clearing the selection); the DragHandler may still take over for a drag.
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: node.clicked(node.nodeId, tap.point.modifiers)
        onDoubleTapped: node.doubleClicked(node.nodeId)
    }
    TapHandler { // right click: the node's operations menu
        id: menuTap
        acceptedButtons: Qt.RightButton
        onTapped: {
            const p = node.mapToGlobal(menuTap.point.position.x, menuTap.point.position.y)
            node.contextMenuRequested(node.nodeId, p.x, p.y)
        }
    }
    HoverHandler { id: hover }
    Rectangle { // link handle: drag it onto another node to declare a dependency
        id: linkHandle
        objectName: "linkHandle"
        visible: node.editable && node.kind !== "external" && (hover.hovered || node.selected || link.active)
        width: 14; height: 14; radius: 7
        x: parent.width / 2 - width / 2
        y: parent.height - height / 2
        color: link.active ? "#1565c0" : "#ffffff"
        border.color: "#1565c0"
        border.width: 2
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Connect %1 to…").arg(node.label)
        DragHandler {
            id: link
            target: null
            onCentroidChanged: if (active) {
                const p = linkHandle.mapToItem(node, centroid.position.x, centroid.position.y)
                node.linking(node.nodeId, p.x, p.y, false)
            }
            onActiveChanged: {
                const p = linkHandle.mapToItem(node, centroid.position.x, centroid.position.y)
                node.linking(node.nodeId, p.x, p.y, !active)
            }
        }
    }
    DragHandler {
        id: drag
        target: null
        onTranslationChanged: node.dragged(node.nodeId, translation.x, translation.y, false)
        onActiveChanged: if (!active) node.dragged(node.nodeId, translation.x, translation.y, true)
    }
}
