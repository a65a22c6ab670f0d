import QtQuick
import QtQuick.Shapes

// The topology canvas: tier groups, dependency edges and nodes drawn from the C++ models that
// `controller` exposes. Everything the user does goes back through the controller (selection,
// undoable moves); the view state here is only zoom and pan.
Rectangle {
    id: root

    property QtObject controller: null // set by CanvasView right after loading
    // Set from C++: "" while no cluster is connected, else "context · namespace".
    property string connectionLabel: ""

    readonly property QtObject topology: controller ? controller.topology : null
    readonly property QtObject canvasStyle: controller ? controller.canvasStyle : null
    readonly property bool hasNodes: nodeRepeater.count > 0
    readonly property bool editable: controller !== null && controller.editable
    // A link being dragged from a node's handle: its source, the pointer and the node under it.
    property string linkFrom: ""
    property point linkPoint: Qt.point(0, 0)
    property string linkTarget: ""
    property string linkProblem: ""
    property real zoom: 1.0
    property bool viewTouched: false // after the user pans or zooms, layout changes do not refit

    color: "#fafafa"
    focus: true
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Topology canvas")

    function fit() {
        if (!root.topology)
            return
        const b = root.topology.bounds
        if (b.width <= 0 || b.height <= 0)
            return
        root.zoom = Math.min(1.5, Math.min(viewport.width / (b.width + 64), viewport.height / (b.height + 64)))
        scene.x = (viewport.width - b.width * root.zoom) / 2 - b.x * root.zoom
        scene.y = (viewport.height - b.height * root.zoom) / 2 - b.y * root.zoom
        root.viewTouched = false
    }
    function zoomAt(factor, px, py) {
        const z = Math.max(0.2, Math.min(3.0, root.zoom * factor))
        const sx = (px - scene.x) / root.zoom
        const sy = (py - scene.y) / root.zoom
        root.zoom = z
        scene.x = px - sx * z
        scene.y = py - sy * z
        root.viewTouched = true
    }
    function nodeAt(sx, sy) { // scene coordinates
        for (let i = 0; i < nodeRepeater.count; ++i) {
            const item = nodeRepeater.itemAt(i)
            if (sx >= item.x && sx <= item.x + item.width && sy >= item.y && sy <= item.y + item.height)
                return item.nodeId
        }
        return ""
    }
    function updateLink(id, sx, sy, finished) {
        root.linkPoint = Qt.point(sx, sy)
        const target = root.nodeAt(sx, sy)
        root.linkTarget = target === id ? "" : target
        root.linkProblem = root.linkTarget === "" ? "" : root.controller.connectProblem(id, root.linkTarget)
        root.linkFrom = finished ? "" : id
        if (finished && root.linkTarget !== "")
            root.controller.connectNodes(id, root.linkTarget)
    }
    function dropFromPalette(type, x, y) { // x, y in root coordinates; negative: keyboard
        if (x < 0 && y < 0) {
            root.controller.addNode(type, NaN, NaN)
            return
        }
        if (x < paletteLoader.x + paletteLoader.width && y < paletteLoader.y + paletteLoader.height)
            return // released over the palette: cancelled
        root.controller.addNode(type, (x - scene.x) / root.zoom - 88, (y - scene.y) / root.zoom - 32)
    }
    function nodeIds() {
        const ids = []
        for (let i = 0; i < nodeRepeater.count; ++i)
            ids.push(nodeRepeater.itemAt(i).nodeId)
        return ids
    }
    // Keyboard-only use: Tab walks the nodes, Enter opens one, arrows move the selection.
    function cycleSelection(step) {
        const ids = root.nodeIds()
        if (ids.length === 0)
            return
        let current = -1
        for (let i = 0; i < nodeRepeater.count; ++i) {
            if (nodeRepeater.itemAt(i).selected)
                current = i
        }
        const next = (current + step + ids.length) % ids.length
        root.controller.click(ids[next], 0)
    }

    Keys.onPressed: (event) => {
        const step = (event.modifiers & Qt.ShiftModifier) ? 32 : 8
        if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal)
            root.zoomAt(1.2, viewport.width / 2, viewport.height / 2)
        else if (event.key === Qt.Key_Minus)
            root.zoomAt(1 / 1.2, viewport.width / 2, viewport.height / 2)
        else if (event.key === Qt.Key_F && event.modifiers === Qt.NoModifier)
            root.fit()
        else if (event.key === Qt.Key_Left)
            root.controller.moveSelection(-step, 0)
        else if (event.key === Qt.Key_Right)
            root.controller.moveSelection(step, 0)
        else if (event.key === Qt.Key_Up)
            root.controller.moveSelection(0, -step)
        else if (event.key === Qt.Key_Down)
            root.controller.moveSelection(0, step)
        else if (event.key === Qt.Key_Tab)
            root.cycleSelection(1)
        else if (event.key === Qt.Key_Backtab)
            root.cycleSelection(-1)
        else if (event.key === Qt.Key_A && (event.modifiers & Qt.ControlModifier))
            root.controller.selectAll()
        else if (event.key === Qt.Key_Escape)
            root.controller.clickBackground(0)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            for (let i = 0; i < nodeRepeater.count; ++i) {
                if (nodeRepeater.itemAt(i).selected)
                    root.controller.activate(nodeRepeater.itemAt(i).nodeId)
            }
        } else
            return
        event.accepted = true
    }

    Connections {
        target: root.topology
        function onGeometryChanged() {
            if (!root.viewTouched)
                root.fit()
        }
    }
    onWidthChanged: if (!root.viewTouched) root.fit()
    onHeightChanged: if (!root.viewTouched) root.fit()

    Item {
        id: viewport
        anchors.fill: parent
        clip: true
        visible: root.hasNodes || root.editable

        TapHandler {
            id: backgroundTap
            onTapped: {
                root.forceActiveFocus()
                root.controller.clickBackground(backgroundTap.point.modifiers)
            }
        }
        DragHandler { // rubber band selection
            id: band
            target: null
            acceptedButtons: Qt.LeftButton
            property point start
            onActiveChanged: {
                if (active) {
                    start = Qt.point((centroid.pressPosition.x - scene.x) / root.zoom,
                                     (centroid.pressPosition.y - scene.y) / root.zoom)
                } else {
                    root.controller.selectInRect(Qt.rect(bandRect.x, bandRect.y, bandRect.width, bandRect.height),
                                                 centroid.modifiers)
                }
            }
        }
        DragHandler { // pan with the middle or right button
            target: scene
            acceptedButtons: Qt.MiddleButton | Qt.RightButton
            onActiveChanged: root.viewTouched = true
        }
        WheelHandler { // Ctrl+wheel or touchpad pinch-scroll zooms; plain wheel pans
            acceptedModifiers: Qt.ControlModifier
            onWheel: (event) => root.zoomAt(event.angleDelta.y > 0 ? 1.1 : 1 / 1.1, point.position.x, point.position.y)
        }
        WheelHandler {
            acceptedModifiers: Qt.NoModifier
            onWheel: (event) => {
                const d = event.pixelDelta.x !== 0 || event.pixelDelta.y !== 0 ? event.pixelDelta : Qt.point(event.angleDelta.x / 3, event.angleDelta.y / 3)
                scene.x += d.x
                scene.y += d.y
                root.viewTouched = true
            }
        }
        PinchHandler {
            target: null
            property real startZoom: 1
            onActiveChanged: if (active) startZoom = root.zoom
            onActiveScaleChanged: root.zoomAt(startZoom * activeScale / root.zoom, centroid.position.x, centroid.position.y)
        }

        Item {
            id: scene
            transformOrigin: Item.TopLeft
            scale: root.zoom

            Repeater {
                model: root.topology ? root.topology.groups : []
                delegate: Rectangle {
                    required property var modelData
                    x: modelData.x
                    y: modelData.y
                    width: modelData.width
                    height: modelData.height
                    radius: 10
                    color: root.canvasStyle.tierColor(modelData.tier)
                    border.color: Qt.darker(color, 1.15)
                    Text {
                        x: 10; y: 3
                        font.pixelSize: 12
                        font.bold: true
                        color: "#546e7a"
                        text: parent.modelData.label
                    }
                }
            }

            Repeater {
                id: edgeRepeater
                objectName: "edges"
                model: root.topology ? root.topology.edges : null
                delegate: Shape {
                    id: edge
                    required property string edgeId
                    required property string kind
                    required property string path
                    required property string arrow
                    required property string accessibleName
                    objectName: "edge:" + edgeId
                    Accessible.role: Accessible.Graphic
                    Accessible.name: accessibleName
                    ShapePath {
                        strokeColor: root.canvasStyle.edgeColor(edge.kind)
                        strokeWidth: 1.6
                        fillColor: "transparent"
                        strokeStyle: root.canvasStyle.edgeDashed(edge.kind) ? ShapePath.DashLine : ShapePath.SolidLine
                        dashPattern: [5, 3]
                        PathSvg { path: edge.path }
                    }
                    ShapePath {
                        strokeColor: "transparent"
                        fillColor: root.canvasStyle.edgeColor(edge.kind)
                        PathSvg { path: edge.arrow }
                    }
                }
            }

            Repeater {
                id: nodeRepeater
                objectName: "nodes"
                model: root.topology ? root.topology.nodes : null
                delegate: TopologyNode {
                    objectName: "node:" + nodeId
                    canvasStyle: root.canvasStyle
                    dragOffset: selected && root.controller.dragging ? root.controller.dragOffset : Qt.point(0, 0)
                    onClicked: (id, modifiers) => {
                        root.forceActiveFocus()
                        root.controller.click(id, modifiers)
                    }
                    onDoubleClicked: (id) => root.controller.activate(id)
                    onContextMenuRequested: (id, gx, gy) => root.controller.requestContextMenu(id, gx, gy)
                    onDragged: (id, dx, dy, finished) => root.controller.drag(id, dx / root.zoom, dy / root.zoom, finished)
                    editable: root.editable
                    onLinking: (id, lx, ly, finished) => root.updateLink(id, x + lx, y + ly, finished)
                }
            }

            Shape { // the link being dragged: blue while allowed, red with the reason when not
                id: linkLine
                objectName: "linkLine"
                visible: root.linkFrom !== ""
                readonly property Item source: {
                    for (let i = 0; i < nodeRepeater.count; ++i) {
                        if (nodeRepeater.itemAt(i).nodeId === root.linkFrom)
                            return nodeRepeater.itemAt(i)
                    }
                    return null
                }
                readonly property color tone: root.linkProblem !== "" ? "#c62828" : "#1565c0"
                ShapePath {
                    strokeColor: linkLine.tone
                    strokeWidth: 2
                    fillColor: "transparent"
                    strokeStyle: ShapePath.DashLine
                    startX: linkLine.source ? linkLine.source.x + linkLine.source.width / 2 : 0
                    startY: linkLine.source ? linkLine.source.y + linkLine.source.height : 0
                    PathLine { x: root.linkPoint.x; y: root.linkPoint.y }
                }
            }
            Rectangle {
                visible: root.linkFrom !== "" && root.linkProblem !== ""
                x: root.linkPoint.x + 12
                y: root.linkPoint.y + 12
                width: problemText.implicitWidth + 12
                height: problemText.implicitHeight + 8
                radius: 4
                color: "#ffebee"
                border.color: "#c62828"
                Text {
                    id: problemText
                    x: 6; y: 4
                    font.pixelSize: 12
                    color: "#b71c1c"
                    text: root.linkProblem
                }
            }

            Rectangle {
                id: bandRect
                visible: band.active
                x: Math.min(band.start.x, band.start.x + band.translation.x / root.zoom)
                y: Math.min(band.start.y, band.start.y + band.translation.y / root.zoom)
                width: Math.abs(band.translation.x / root.zoom)
                height: Math.abs(band.translation.y / root.zoom)
                color: "#301565c0"
                border.color: "#1565c0"
            }
        }
    }

    Loader { // top left: the palette, while a stack is open
        id: paletteLoader
        anchors { left: parent.left; top: parent.top; margins: 10 }
        active: root.editable
        sourceComponent: NodePalette {
            entries: root.controller.palette
            maxHeight: root.height - 20
            // The palette reports the loader's coordinates; the canvas takes its own.
            onDropped: (type, x, y) => {
                if (x < 0 && y < 0)
                    root.dropFromPalette(type, x, y)
                else
                    root.dropFromPalette(type, x + paletteLoader.x, y + paletteLoader.y)
            }
        }
    }

    Loader { // top right: the layout grows downwards from the top, so it covers the least there
        anchors { right: parent.right; top: parent.top; margins: 10 }
        active: root.hasNodes && root.canvasStyle !== null
        sourceComponent: Legend { canvasStyle: root.canvasStyle }
    }

    Column { // what the canvas says before there is anything to draw
        anchors.centerIn: parent
        width: Math.min(root.width - 48, 520)
        spacing: 12
        visible: !root.hasNodes && root.connectionLabel === ""

        Text {
            objectName: "emptyTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pointSize: 16
            font.bold: true
            color: "#263238"
            text: qsTr("Not connected")
        }
        Text {
            objectName: "emptyBody"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: "#546e7a"
            text: qsTr("Open a kubeconfig to see the OpenIM topology of a cluster, or start Stackdeck with --demo to try the built-in demo cluster.")
        }
    }
}
