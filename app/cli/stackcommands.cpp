// Commands that work on a stack file alone and need no cluster: export, validate.
#include "cli/command.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "common/tr.h"
#include "stack/bundleexporter.h"
#include "stack/stackfile.h"
#include "stack/stackvalidator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sd::cli {

namespace {

QJsonArray issuesJson(const StackIssues &issues)
{
    QJsonArray array;
    for (const StackIssue &issue : issues) {
        array.append(QJsonObject{
            {QStringLiteral("severity"),
             issue.severity == StackIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("file"), issue.file},
            {QStringLiteral("line"), issue.line},
            {QStringLiteral("column"), issue.column},
            {QStringLiteral("message"), issue.message}});
    }
    return array;
}

void printIssues(const StackIssues &issues)
{
    for (const StackIssue &issue : issues)
        printErr(issue.toString());
}

// The options of the stack commands; false (after printing why, or the help) when the command
// must stop.
bool parseStackOptions(QCommandLineParser &parser, const QStringList &args, const QString &description,
                       const QList<QCommandLineOption> &extra, int *exitCode)
{
    addCommonOptions(parser, description,
                     QList<QCommandLineOption>{{QStringLiteral("stack"), Tr::tr("The stack file."),
                                                QStringLiteral("file")}}
                         + extra);
    if (!parseCommand(parser, args, exitCode))
        return false;
    if (!parser.isSet(QStringLiteral("stack"))) {
        printErr(Tr::tr("%1: --stack FILE is required.").arg(args.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
                                Tr::tr("Deploy into this namespace instead of the stack's."),
                                QStringLiteral("namespace"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("Write the bundle to this file instead of stdout."),
                                 QStringLiteral("file"));
    const QCommandLineOption secrets(QStringLiteral("generate-secrets"),
                                     Tr::tr("Include the Secrets Stackdeck owns, with newly generated values."));
    int exitCode = ExitOk;
    if (!parseStackOptions(parser, args,
                           Tr::tr("Writes the stack as one multi-document YAML bundle for kubectl apply -f."),
                           {ns, out, secrets}, &exitCode)) {
        return exitCode;
    }
    BundleExporter::Options options;
    options.generateSecrets = parser.isSet(secrets);
    const auto result = BundleExporter::exportFile(parser.value(QStringLiteral("stack")), options,
                                                   parser.value(ns));
    const bool json = wantsJson(parser);
    if (result.text.isEmpty()) {
        if (json) {
            printOut(QJsonDocument(QJsonObject{{QStringLiteral("issues"), issuesJson(result.issues)}})
                         .toJson(QJsonDocument::Indented));
        } else {
            printIssues(result.issues);
        }
        return ExitFailed;
    }
    printIssues(result.issues); // warnings
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(result.text) != result.text.size() || !file.commit()) {
            printErr(Tr::tr("Cannot write %1: %2.").arg(parser.value(out), file.errorString()));
            return ExitIo;
        }
        return ExitOk;
    }
    printOut(result.text);
    return ExitOk;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseStackOptions(parser, args, Tr::tr("Checks a stack file and reports every problem with its position."), {},
                           &exitCode)) {
        return exitCode;
    }
    const QString path = parser.value(QStringLiteral("stack"));
    const StackFile::Result loaded = StackFile::load(path);
    StackIssues issues = loaded.issues;
    if (loaded.stack)
        issues << StackValidator().validate(*loaded.stack);
    const bool ok = !hasErrors(issues);
    if (wantsJson(parser)) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("valid"), ok},
                                           {QStringLiteral("issues"), issuesJson(issues)}})
                     .toJson(QJsonDocument::Indented));
    } else {
        printIssues(issues);
        printOut(ok ? Tr::tr("%1: valid").arg(path) : Tr::tr("%1: invalid").arg(path));
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace sd::cli
