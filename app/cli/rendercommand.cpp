// stackdeck-cli render: the canvas as a PNG or SVG file, without a window.
#include "cli/command.h"
#include "cli/output.h"
#include "common/tr.h"
#include "stack/openimcatalog.h"
#include "stack/stackfile.h"
#include "topology/graphlayout.h"
#include "topology/stackgraph.h"
#include "topology/topologypainter.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace sd::cli {

int runRender(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Draws the topology of a stack into a PNG or SVG file."));
    parser.addHelpOption();
    const QCommandLineOption stackOption(QStringLiteral("stack"), Tr::tr("The stack file."), QStringLiteral("file"));
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The image to write: a .png or .svg file."),
                                       QStringLiteral("file"));
    const QCommandLineOption relayout(QStringLiteral("relayout"),
                                      Tr::tr("Ignore the positions saved in the stack and lay out afresh."));
    parser.addOptions({stackOption, outOption, relayout});
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(stackOption) || !parser.isSet(outOption)) {
        printErr(Tr::tr("render: --stack FILE and --out FILE are required."));
        return ExitUsage;
    }

    const QString out = parser.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        printErr(Tr::tr("render: the image must be a .png or .svg file, not \"%1\".").arg(out));
        return ExitUsage;
    }

    const StackFile::Result loaded = StackFile::load(parser.value(stackOption));
    for (const StackIssue &issue : loaded.issues)
        printErr(issue.toString());
    if (!loaded.stack)
        return ExitFailed;

    TopologyGraph graph = graphFromStack(*loaded.stack, OpenImCatalog::builtIn());
    const LayoutResult layout = layoutGraph(graph, parser.isSet(relayout) ? LayoutMode::Full
                                                                          : LayoutMode::Incremental);
    for (TopologyNode &node : graph.nodes) {
        node.position = layout.positions.value(node.id, node.position);
        node.placed = true;
    }
    QString error;
    if (!TopologyPainter(graph).save(out, &error)) {
        printErr(error);
        return ExitIo;
    }
    return ExitOk;
}

} // namespace sd::cli
