import QtQuick

// The topology canvas. Until a cluster or a stack is open it says so plainly, with how to
// open one; nodes and edges arrive with the canvas models.
Rectangle {
    id: root

    // Set from C++: "" while no cluster is connected, else "context · namespace".
    property string connectionLabel: ""

    color: palette.base
    SystemPalette { id: palette; colorGroup: SystemPalette.Active }

    Column {
        anchors.centerIn: parent
        width: Math.min(root.width - 48, 520)
        spacing: 12
        visible: root.connectionLabel === ""

        Text {
            objectName: "emptyTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pointSize: 16
            font.bold: true
            color: palette.text
            text: qsTr("Not connected")
        }
        Text {
            objectName: "emptyBody"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: palette.text
            opacity: 0.7
            text: qsTr("Open a kubeconfig to see the OpenIM topology of a cluster, or start Stackdeck with --demo to try the built-in demo cluster.")
        }
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Topology canvas")
}
