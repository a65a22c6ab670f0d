// `stackdeck-cli op TARGET ACTION [options]`: one Day-2 operation (scale, resize, restart, backup,
// restore, switchover, rollout…) planned against the live cluster, shown, run and followed to its
// end. Progress goes to stderr, the result (text or --output json) to stdout; exit codes per
// command.h (ExitRefused when RBAC or the engine does not allow the operation).
#include "cli/command.h"
#include "cli/commandparser.h"
#include "cli/duration.h"
#include "cli/output.h"
#include "common/tr.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "ops/operationplanner.h"
#include "ops/operationrun.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <memory>
#include <optional>

namespace sd::cli {

namespace {

int exitCodeFor(OperationPlan::Verdict verdict)
{
    switch (verdict) {
    case OperationPlan::Verdict::Ready:
        return ExitOk;
    case OperationPlan::Verdict::Denied:
    case OperationPlan::Verdict::Unsupported:
        return ExitRefused;
    case OperationPlan::Verdict::Invalid:
    case OperationPlan::Verdict::Error:
        return ExitFailed;
    }
    return ExitFailed;
}

QJsonObject progressJson(const OperationProgress &p)
{
    return {{QStringLiteral("object"), p.object},
            {QStringLiteral("phase"), p.phase},
            {QStringLiteral("progress"), p.progress},
            {QStringLiteral("details"), QJsonArray::fromStringList(p.details)},
            {QStringLiteral("conditions"), QJsonArray::fromStringList(p.conditions)},
            {QStringLiteral("events"), QJsonArray::fromStringList(p.events)}};
}

} // namespace

int runOp(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        Tr::tr("The kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."), QStringLiteral("file"));
    const QCommandLineOption context(QStringLiteral("context"), Tr::tr("The kubeconfig context (default: current-context)."),
                                     QStringLiteral("name"));
    const QCommandLineOption ns(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                                Tr::tr("The target's namespace (default: the context's)."), QStringLiteral("namespace"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Tr::tr("Stop waiting after this long, e.g. 90s, 10m (default: 10m). The operation goes on in the cluster."),
                                     QStringLiteral("duration"), QStringLiteral("10m"));
    const QCommandLineOption trustExec(QStringLiteral("trust-exec"), Tr::tr("Run the kubeconfig's exec credential plugin without asking."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Print the plan (what would be sent, checked by a server dry run) and stop."));
    const QCommandLineOption component(QStringLiteral("component"),
                                       Tr::tr("The KubeBlocks component, or the Deployment's container (default: the main one)."),
                                       QStringLiteral("name"));
    const QCommandLineOption replicas(QStringLiteral("replicas"), Tr::tr("scale: the number of replicas."), QStringLiteral("n"));
    const QCommandLineOption cpu(QStringLiteral("cpu"), Tr::tr("vscale: CPU requests and limits, e.g. 1 or 500m."), QStringLiteral("quantity"));
    const QCommandLineOption memory(QStringLiteral("memory"), Tr::tr("vscale: memory requests and limits, e.g. 2Gi."), QStringLiteral("quantity"));
    const QCommandLineOption storage(QStringLiteral("storage"), Tr::tr("expand: the new volume size, e.g. 30Gi."), QStringLiteral("quantity"));
    const QCommandLineOption volume(QStringLiteral("volume"), Tr::tr("expand: the volumeClaimTemplate (default: the first)."), QStringLiteral("name"));
    const QCommandLineOption version(QStringLiteral("version"), Tr::tr("upgrade: a serviceVersion the cluster's ComponentVersion offers."),
                                     QStringLiteral("version"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("switchover: the pod to become primary; restore: the new cluster's name (NAME or NAMESPACE/NAME)."),
                                QStringLiteral("name"));
    const QCommandLineOption toNamespace(QStringLiteral("to-namespace"),
                                         Tr::tr("restore: the namespace of the new cluster (default: the backup's; created when missing)."),
                                         QStringLiteral("namespace"));
    const QCommandLineOption method(QStringLiteral("method"), Tr::tr("backup: the backup method (default: the policy's first)."),
                                    QStringLiteral("method"));
    const QCommandLineOption tag(QStringLiteral("tag"), Tr::tr("image: the new image tag."), QStringLiteral("tag"));
    const QCommandLineOption revision(QStringLiteral("revision"), Tr::tr("rollback: the revision (default: the previous one)."),
                                      QStringLiteral("n"));
    parser.addPositionalArgument(QStringLiteral("target"), Tr::tr("cluster/NAME, deployment/NAME or backup/NAME."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("cluster: scale, vscale, expand, upgrade, restart, stop, start, switchover, backup; "
                                        "backup: restore, delete; deployment: scale, restart, image, rollback."));
    addCommonOptions(parser,
                     Tr::tr("Runs one Day-2 operation and waits for its end: plans it against the cluster (permissions, engine "
                            "support, a server dry run), prints the plan, submits it and follows its progress on stderr. Exits 0 "
                            "when it succeeded, 1 when it failed, was cancelled or timed out, 2 on usage errors, 4 when RBAC or the "
                            "engine does not allow it."),
                     {kubeconfig, context, ns, timeout, trustExec, dryRun, component, replicas, cpu, memory, storage, volume, version,
                      to, toNamespace, method, tag, revision});
    int exitCode = ExitOk;
    if (!parseCommand(parser, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printErr(Tr::tr("Usage: stackdeck-cli op TARGET ACTION [options]; see op --help."));
        return ExitUsage;
    }
    const auto timeoutMs = parseDurationMs(parser.value(timeout));
    if (!timeoutMs) {
        printErr(Tr::tr("Invalid --timeout \"%1\"; use a duration such as 90s, 10m or 1h.").arg(parser.value(timeout)));
        return ExitUsage;
    }

    const KubeConfig config = KubeConfig::load(parser.value(kubeconfig));
    for (const KubeConfigProblem &p : config.problems()) {
        if (p.severity == KubeConfigProblem::Severity::Error)
            printErr(Tr::tr("error: %1").arg(p.text()));
    }
    QString error;
    const auto connection = ClusterConnection::fromConfig(config, parser.value(context), &error);
    if (!connection) {
        printErr(error);
        return ExitFailed;
    }
    const auto target = OperationTarget::parse(positional.at(0), parser.isSet(ns) ? parser.value(ns) : connection->defaultNamespace, &error);
    if (!target) {
        printErr(error);
        return ExitUsage;
    }
    const auto action = Operation::fromId(target->kind, positional.at(1));
    if (!action) {
        QStringList ids;
        for (OperationAction a : Operation::actionsFor(target->kind))
            ids.append(Operation::id(a));
        printErr(Tr::tr("A %1 has no action \"%2\"; use one of: %3.")
                     .arg(OperationTarget::kindName(target->kind), positional.at(1), ids.join(QStringLiteral(", "))));
        return ExitUsage;
    }

    OperationRequest request;
    request.target = *target;
    request.action = *action;
    OperationParams &p = request.params;
    p.component = parser.value(component);
    const auto intOption = [&](const QCommandLineOption &option, int *out) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *out = parser.value(option).toInt(&ok);
        if (!ok || *out < 0) {
            printErr(Tr::tr("--%1 takes a whole number, not \"%2\".").arg(option.names().constFirst(), parser.value(option)));
            return false;
        }
        return true;
    };
    if (!intOption(replicas, &p.replicas) || !intOption(revision, &p.revision))
        return ExitUsage;
    p.cpu = parser.value(cpu);
    p.memory = parser.value(memory);
    p.storage = parser.value(storage);
    p.volume = parser.value(volume);
    p.version = parser.value(version);
    p.backupMethod = parser.value(method);
    p.imageTag = parser.value(tag);
    if (*action == OperationAction::Restore) {
        const QString value = parser.value(to);
        p.restoreName = value.section(QLatin1Char('/'), -1);
        p.restoreNamespace = value.contains(QLatin1Char('/')) ? value.section(QLatin1Char('/'), 0, 0) : parser.value(toNamespace);
    } else {
        p.candidate = parser.value(to);
    }
    // Required inputs are usage errors; their values are checked by the rules against the cluster.
    const QList<std::pair<OperationAction, const QCommandLineOption *>> required = {
        {OperationAction::Upgrade, &version}, {OperationAction::ExpandVolume, &storage},
        {OperationAction::SetImage, &tag}, {OperationAction::Restore, &to}};
    for (const auto &[a, option] : required) {
        if (*action == a && !parser.isSet(*option)) {
            printErr(Tr::tr("%1 needs --%2.").arg(positional.at(1), option->names().constFirst()));
            return ExitUsage;
        }
    }
    if (*action == OperationAction::Scale && !parser.isSet(replicas)) {
        printErr(Tr::tr("scale needs --replicas."));
        return ExitUsage;
    }
    if (*action == OperationAction::VerticalScale && !parser.isSet(cpu) && !parser.isSet(memory)) {
        printErr(Tr::tr("vscale needs --cpu, --memory or both."));
        return ExitUsage;
    }

    const bool trust = parser.isSet(trustExec);
    KubeClient client(*connection, [trust](const ExecTrustRequest &r) {
        if (!trust)
            printErr(Tr::tr("The kubeconfig wants to run “%1” for credentials; pass --trust-exec to allow it.").arg(r.commandLine()));
        return trust;
    });
    const bool json = wantsJson(parser);

    // Plan.
    std::optional<OperationPlan> plan;
    {
        OperationPlanner planner(&client);
        QEventLoop loop;
        QObject::connect(&planner, &OperationPlanner::finished, &loop, [&](const OperationPlan &result) {
            plan = result;
            loop.quit();
        });
        QTimer::singleShot(*timeoutMs, &loop, &QEventLoop::quit);
        planner.start(request);
        loop.exec();
    }
    if (!plan) {
        printErr(Tr::tr("The plan did not finish within %1.").arg(parser.value(timeout)));
        return ExitFailed;
    }
    if (!plan->ready() || parser.isSet(dryRun)) {
        if (json) {
            printOut(QJsonDocument(QJsonObject{{QStringLiteral("plan"), plan->toJson()}}).toJson(QJsonDocument::Indented));
        } else if (plan->ready()) {
            printOut(QStringLiteral("%1\n%2").arg(plan->summary, plan->text()));
        } else {
            printErr(Tr::tr("%1 refused: %2").arg(Operation::id(plan->request.action), plan->reason));
        }
        return exitCodeFor(plan->verdict);
    }
    printErr(plan->summary);

    // Run and follow.
    OperationRun run(&client, *plan);
    run.setTimeout(*timeoutMs);
    QEventLoop loop;
    QString lastLine;
    qsizetype eventsShown = 0;
    QObject::connect(&run, &OperationRun::progressed, &loop, [&](const OperationProgress &progress) {
        QString line = progress.object;
        if (!progress.phase.isEmpty())
            line += QStringLiteral(": %1").arg(progress.phase);
        if (!progress.progress.isEmpty())
            line += QStringLiteral(" %1").arg(progress.progress);
        if (line != lastLine) {
            printErr(line);
            lastLine = line;
        }
        for (; eventsShown < progress.events.size(); ++eventsShown)
            printErr(QStringLiteral("  %1").arg(progress.events.at(eventsShown)));
    });
    QObject::connect(&run, &OperationRun::finished, &loop, &QEventLoop::quit);
    run.start();
    loop.exec();
    const bool ok = run.state() == OperationRun::State::Succeeded;
    if (json) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("plan"), plan->toJson()},
                                           {QStringLiteral("outcome"), OperationRun::stateId(run.state())},
                                           {QStringLiteral("message"), run.message()},
                                           {QStringLiteral("created"), run.createdName()},
                                           {QStringLiteral("progress"), progressJson(run.progress())}})
                     .toJson(QJsonDocument::Indented));
    } else if (ok) {
        printOut(run.message());
    } else {
        printErr(Tr::tr("%1: %2").arg(OperationRun::stateText(run.state()), run.message()));
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace sd::cli
