// stackdeck-cli: the headless front end on the same core libraries as the GUI.
#include "cli/command.h"
#include "cli/output.h"
#include "common/tr.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace sd::cli {

QList<Command> commands()
{
    return {
        {"export", QT_TRANSLATE_NOOP("Stackdeck", "Write a stack as a YAML bundle for kubectl apply -f"), runExport},
        {"validate", QT_TRANSLATE_NOOP("Stackdeck", "Check a stack file and report every problem"), runValidate},
        {"render", QT_TRANSLATE_NOOP("Stackdeck", "Draw the topology of a stack into a PNG or SVG file"), runRender,
         true},
        {"contexts", QT_TRANSLATE_NOOP("Stackdeck", "List the kubeconfig's contexts"), runContexts},
        {"check", QT_TRANSLATE_NOOP("Stackdeck", "Check a cluster against Stackdeck's prerequisites"), runCheck},
        {"plan", QT_TRANSLATE_NOOP("Stackdeck", "Show what applying a stack would change on a cluster"), runPlan},
        {"apply", QT_TRANSLATE_NOOP("Stackdeck", "Deploy a stack onto a cluster and verify it"), runApply},
        {"destroy", QT_TRANSLATE_NOOP("Stackdeck", "Delete everything a stack made on a cluster"), runDestroy},
        {"status", QT_TRANSLATE_NOOP("Stackdeck", "Show the live state of a stack's components and datastores"), runStatus},
        {"import", QT_TRANSLATE_NOOP("Stackdeck", "Make a stack file from manifests or a running OpenIM"), runImport},
        {"logs", QT_TRANSLATE_NOOP("Stackdeck", "Print the merged logs of a pod, workload or stack component"), runLogs},
        {"op", QT_TRANSLATE_NOOP("Stackdeck", "Run a Day-2 operation (scale, restart, backup, restore…) and wait for it"), runOp},
    };
}

namespace {

QString usage()
{
    QString text = Tr::tr("Usage: stackdeck-cli <command> [options]\n\n"
                          "Headless front end of Stackdeck, for scripts and CI pipelines.\n\n"
                          "Commands:\n");
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("Stackdeck", command.summary));
    }
    text += Tr::tr("\nRun stackdeck-cli <command> --help for the options of a command.\n"
                   "Global options: --help, --version.");
    return text;
}

} // namespace
} // namespace sd::cli

int main(int argc, char **argv)
{
    using namespace sd::cli;
    // Commands that draw need fonts, hence a QGuiApplication; the CLI never opens a window.
    bool gui = false;
    for (const Command &command : commands()) {
        if (argc > 1 && qstrcmp(argv[1], command.name) == 0)
            gui = command.needsGui;
    }
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stackdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck-cli"));
    QCoreApplication::setApplicationVersion(sd::Version::full());

    // Messages follow the locale (LANG/LC_ALL), like every other command-line tool.
    // Without a matching catalogue, English with its plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("stackdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral(":/i18n/stackdeck_en.qm"))) {
        QCoreApplication::installTranslator(&translator);
    }

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printOut(usage());
        return ExitOk;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        printOut(QStringLiteral("stackdeck-cli %1").arg(sd::Version::full()));
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (args.first() == QLatin1String(command.name))
            return command.run(args);
    }
    printErr(sd::Tr::tr("stackdeck-cli: unknown command \"%1\"; see --help.").arg(args.first()));
    return ExitUsage;
}
