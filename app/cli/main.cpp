// stackdeck-cli: the headless front end. Commands arrive with the libraries they drive.
#include "common/tr.h"
#include "common/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stackdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck-cli"));
    QCoreApplication::setApplicationVersion(sd::Version::full());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        sd::Tr::tr("Headless front end of Stackdeck, for scripts and CI pipelines."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), sd::Tr::tr("The command to run."));
    parser.process(app); // handles --help and --version, and exits on unknown options

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    std::fputs(qPrintable(sd::Tr::tr("stackdeck-cli: unknown command \"%1\"; see --help.")
                              .arg(args.first())
                          + u'\n'),
               stderr);
    return 2;
}
