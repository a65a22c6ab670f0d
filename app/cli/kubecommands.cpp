// Commands that talk to a cluster through the kube library: contexts, check.
#include "cli/command.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "common/tr.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kube/prerequisitechecker.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace sd::cli {

namespace {

// The options of the cluster commands; false (after printing why, or the help) when the command
// must stop.
bool parseOptions(QCommandLineParser &parser, const QStringList &args, const QString &description,
                  const QList<QCommandLineOption> &extra, int *exitCode)
{
    QList<QCommandLineOption> options{{QStringLiteral("kubeconfig"),
                                       Tr::tr("The kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."),
                                       QStringLiteral("file")}};
    addCommonOptions(parser, description, options + extra);
    return parseCommand(parser, args, exitCode);
}

QJsonArray problemsJson(const KubeConfig &config)
{
    QJsonArray out;
    for (const KubeConfigProblem &p : config.problems()) {
        out.append(QJsonObject{
            {QStringLiteral("severity"), p.severity == KubeConfigProblem::Severity::Error
                                             ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("file"), p.file},
            {QStringLiteral("entry"), p.entry},
            {QStringLiteral("message"), p.message}});
    }
    return out;
}

void printProblems(const KubeConfig &config)
{
    for (const KubeConfigProblem &p : config.problems())
        printErr(p.severity == KubeConfigProblem::Severity::Error ? Tr::tr("error: %1").arg(p.text())
                                                                  : Tr::tr("warning: %1").arg(p.text()));
}

QString statusLabel(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return Tr::tr("PASS", "check result");
    case CheckResult::Status::Warning:
        return Tr::tr("WARN", "check result");
    case CheckResult::Status::Fail:
        return Tr::tr("FAIL", "check result");
    }
    return {};
}

} // namespace

int runContexts(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseOptions(parser, args, Tr::tr("List the contexts of the kubeconfig, marking the current one."),
                      {}, &exitCode))
        return exitCode;
    const KubeConfig config = KubeConfig::load(parser.value(QStringLiteral("kubeconfig")));
    const bool json = wantsJson(parser);
    if (json) {
        QJsonArray contexts;
        for (const KubeContext &c : config.contexts()) {
            const KubeCluster *cluster = config.cluster(c.cluster);
            contexts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("current"), c.name == config.currentContext()},
                                        {QStringLiteral("cluster"), c.cluster},
                                        {QStringLiteral("server"), cluster ? cluster->server : QString()},
                                        {QStringLiteral("user"), c.user},
                                        {QStringLiteral("namespace"), c.defaultNamespace},
                                        {QStringLiteral("file"), c.sourceFile}});
        }
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(config.files())},
                                           {QStringLiteral("currentContext"), config.currentContext()},
                                           {QStringLiteral("contexts"), contexts},
                                           {QStringLiteral("problems"), problemsJson(config)}})
                     .toJson(QJsonDocument::Indented));
    } else {
        printProblems(config);
        if (config.contexts().isEmpty()) {
            printErr(config.files().isEmpty() ? Tr::tr("No kubeconfig file was found.")
                                              : Tr::tr("The kubeconfig has no contexts."));
        } else {
            QString text = QStringLiteral("%1 %2 %3 %4 %5\n")
                               .arg(Tr::tr("CURRENT").leftJustified(8), Tr::tr("NAME").leftJustified(32),
                                    Tr::tr("CLUSTER").leftJustified(32), Tr::tr("USER").leftJustified(24),
                                    Tr::tr("NAMESPACE"));
            for (const KubeContext &c : config.contexts()) {
                text += QStringLiteral("%1 %2 %3 %4 %5\n")
                            .arg(QString(c.name == config.currentContext() ? QStringLiteral("*") : QString()).leftJustified(8),
                                 c.name.leftJustified(32), c.cluster.leftJustified(32), c.user.leftJustified(24),
                                 c.defaultNamespace);
            }
            printOut(text);
        }
    }
    return config.hasErrors() ? ExitFailed : ExitOk;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption contextOption({QStringLiteral("context")},
                                           Tr::tr("The kubeconfig context (default: current-context)."),
                                           QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")},
                                             Tr::tr("The namespace the stack will use (default: the context's)."),
                                             QStringLiteral("name"));
    const QCommandLineOption trustExecOption(QStringLiteral("trust-exec"),
                                             Tr::tr("Run the kubeconfig's exec credential plugin without asking."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), Tr::tr("Give up after this many seconds."),
                                           QStringLiteral("seconds"), QStringLiteral("120"));
    int exitCode = ExitOk;
    if (!parseOptions(parser, args,
                      Tr::tr("Check that a cluster meets Stackdeck's prerequisites. Exits 0 only when "
                             "no required check fails."),
                      {contextOption, namespaceOption, trustExecOption, timeoutOption}, &exitCode))
        return exitCode;
    const KubeConfig config = KubeConfig::load(parser.value(QStringLiteral("kubeconfig")));
    printProblems(config);
    QString error;
    const auto connection = ClusterConnection::fromConfig(config, parser.value(contextOption), &error);
    if (!connection) {
        printErr(error);
        return ExitFailed;
    }
    for (const QString &warning : connection->warnings)
        printErr(Tr::tr("warning: %1").arg(warning));
    const bool trustExec = parser.isSet(trustExecOption);
    KubeClient client(*connection, [trustExec](const ExecTrustRequest &request) {
        if (!trustExec)
            printErr(Tr::tr("The kubeconfig wants to run “%1” for credentials; pass --trust-exec to allow it.")
                         .arg(request.commandLine()));
        return trustExec;
    });
    const QString ns = parser.isSet(namespaceOption) ? parser.value(namespaceOption)
                                                     : connection->defaultNamespace;
    PrerequisiteChecker checker(&client, ns);
    QList<CheckResult> results;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&checker, &PrerequisiteChecker::finished, &loop, [&](const QList<CheckResult> &r) {
        results = r;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(std::max(1, parser.value(timeoutOption).toInt()) * 1000, &loop, &QEventLoop::quit);
    checker.start();
    loop.exec();
    if (!done) {
        printErr(Tr::tr("The checks did not finish within %1 seconds.").arg(parser.value(timeoutOption)));
        return ExitFailed;
    }
    const bool passed = PrerequisiteChecker::allRequiredPassed(results);
    if (wantsJson(parser)) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("context"), connection->contextName},
                                           {QStringLiteral("server"), connection->server.toString()},
                                           {QStringLiteral("namespace"), ns},
                                           {QStringLiteral("passed"), passed},
                                           {QStringLiteral("checks"), PrerequisiteChecker::toJson(results)}})
                     .toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (const CheckResult &r : results) {
            text += QStringLiteral("[%1] %2: %3\n").arg(statusLabel(r.status), r.title, r.message);
            if (!r.fix.isEmpty() && r.status != CheckResult::Status::Pass)
                text += Tr::tr("       fix: %1\n").arg(r.fix);
        }
        text += passed ? Tr::tr("All required checks passed.") : Tr::tr("Some required checks failed.");
        printOut(text);
    }
    return passed ? ExitOk : ExitFailed;
}

} // namespace sd::cli
