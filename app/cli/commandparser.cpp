#include "cli/commandparser.h"

#include "cli/command.h"
#include "cli/output.h"
#include "common/tr.h"

namespace sd::cli {

void addCommonOptions(QCommandLineParser &parser, const QString &description,
                      const QList<QCommandLineOption> &extra)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("output"), Tr::tr("Output format: text or json."),
                      QStringLiteral("format"), QStringLiteral("text")});
    parser.addOptions(extra);
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    *exitCode = ExitUsage;
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *exitCode = ExitOk;
        return false;
    }
    const QString format = parser.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printErr(Tr::tr("Unknown output format \"%1\"; use text or json.").arg(format));
        return false;
    }
    return true;
}

bool wantsJson(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("output")) == QLatin1String("json");
}

} // namespace sd::cli
