// Commands that deploy a stack onto a cluster through the deploy engine: plan, apply, destroy,
// status, and import (from files or, with --from-namespace, from a running installation).
// Progress goes to stderr, results (text or --output json) to stdout; exit codes per command.h.
#include "cli/command.h"
#include "cli/commandparser.h"
#include "cli/duration.h"
#include "cli/output.h"
#include "common/tr.h"
#include "deploy/deployengine.h"
#include "deploy/kubeobject.h"
#include "deploy/planner.h"
#include "deploy/stackimporter.h"
#include "deploy/statusreader.h"
#include "kube/clusterconnection.h"
#include "kube/discovery.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "stack/kubeblockscatalog.h"
#include "stack/stackfile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace sd::cli {

namespace {

const QCommandLineOption kStack(QStringLiteral("stack"), Tr::tr("The stack file."), QStringLiteral("file"));
const QCommandLineOption kKubeconfig(QStringLiteral("kubeconfig"),
                                     Tr::tr("The kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."),
                                     QStringLiteral("file"));
const QCommandLineOption kContext(QStringLiteral("context"), Tr::tr("The kubeconfig context (default: current-context)."),
                                  QStringLiteral("name"));
const QCommandLineOption kNamespace(QStringList{QStringLiteral("n"), QStringLiteral("namespace")},
                                    Tr::tr("Use this namespace instead of the stack's."), QStringLiteral("namespace"));
const QCommandLineOption kTimeout(QStringLiteral("timeout"),
                                  Tr::tr("Give up on any single wait after this long, e.g. 90s, 10m, 1h (default: 10m)."),
                                  QStringLiteral("duration"), QStringLiteral("10m"));
const QCommandLineOption kTrustExec(QStringLiteral("trust-exec"),
                                    Tr::tr("Run the kubeconfig's exec credential plugin without asking."));

struct Session
{
    std::unique_ptr<KubeClient> client;
    Stack stack;
    qint64 timeoutMs = 600'000;
};

// Loads the stack (when needed) and connects. Returns false with *exitCode set after printing why.
bool open(const QCommandLineParser &parser, bool needStack, Session *session, int *exitCode)
{
    const auto timeout = parseDurationMs(parser.value(kTimeout));
    if (!timeout) {
        printErr(Tr::tr("Invalid --timeout \"%1\"; use a duration such as 90s, 10m or 1h.").arg(parser.value(kTimeout)));
        *exitCode = ExitUsage;
        return false;
    }
    session->timeoutMs = *timeout;
    if (needStack) {
        const QString path = parser.value(kStack);
        if (!QFileInfo::exists(path)) {
            printErr(Tr::tr("Cannot read %1: no such file.").arg(path));
            *exitCode = ExitIo;
            return false;
        }
        const StackFile::Result loaded = StackFile::load(path);
        for (const StackIssue &issue : loaded.issues)
            printErr(issue.toString());
        if (!loaded.stack) {
            *exitCode = ExitFailed;
            return false;
        }
        session->stack = *loaded.stack;
        if (parser.isSet(kNamespace))
            session->stack.ns = parser.value(kNamespace);
    }
    const KubeConfig config = KubeConfig::load(parser.value(kKubeconfig));
    for (const KubeConfigProblem &p : config.problems()) {
        if (p.severity == KubeConfigProblem::Severity::Error)
            printErr(Tr::tr("error: %1").arg(p.text()));
    }
    QString error;
    const auto connection = ClusterConnection::fromConfig(config, parser.value(kContext), &error);
    if (!connection) {
        printErr(error);
        *exitCode = ExitFailed;
        return false;
    }
    for (const QString &warning : connection->warnings)
        printErr(Tr::tr("warning: %1").arg(warning));
    const bool trustExec = parser.isSet(kTrustExec);
    session->client = std::make_unique<KubeClient>(*connection, [trustExec](const ExecTrustRequest &request) {
        if (!trustExec)
            printErr(Tr::tr("The kubeconfig wants to run “%1” for credentials; pass --trust-exec to allow it.")
                         .arg(request.commandLine()));
        return trustExec;
    });
    return true;
}

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           const QList<QCommandLineOption> &extra, bool needStack, int *exitCode)
{
    addCommonOptions(parser, description, QList<QCommandLineOption>{kKubeconfig, kContext, kNamespace, kTimeout, kTrustExec} + extra);
    if (!parseCommand(parser, args, exitCode))
        return false;
    if (needStack && !parser.isSet(kStack)) {
        printErr(Tr::tr("%1: --stack FILE is required.").arg(args.value(0)));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

QString planText(const Plan &plan)
{
    QString text;
    for (const PlanItem &item : plan.items) {
        static const char marks[] = {'+', '~', '=', '-'};
        text += QStringLiteral("%1 %2 %3").arg(QString(QLatin1Char(marks[int(item.action)])), item.kind, item.name);
        if (!item.note.isEmpty())
            text += QStringLiteral("  (%1)").arg(item.note);
        text += QLatin1Char('\n');
        for (const FieldChange &c : item.changes) {
            if (c.added)
                text += Tr::tr("    %1: (absent) → %2\n").arg(c.path, c.after);
            else if (c.removed)
                text += Tr::tr("    %1: %2 → (absent)\n").arg(c.path, c.before);
            else
                text += Tr::tr("    %1: %2 → %3\n").arg(c.path, c.before, c.after);
        }
    }
    for (const PlanMessage &m : plan.messages) {
        switch (m.severity) {
        case PlanMessage::Severity::Error:
            text += Tr::tr("error: %1\n").arg(m.message);
            break;
        case PlanMessage::Severity::Warning:
            text += Tr::tr("warning: %1\n").arg(m.message);
            break;
        case PlanMessage::Severity::Info:
            text += m.message + QLatin1Char('\n');
            break;
        }
    }
    text += Tr::tr("Plan for stack %1 in namespace %2: %3.").arg(plan.stackName, plan.ns, plan.summary());
    return text;
}

QJsonArray stepsJson(const QList<DeployStep> &steps)
{
    QJsonArray out;
    for (const DeployStep &s : steps)
        out.append(QJsonObject{{QStringLiteral("id"), s.id},
                               {QStringLiteral("title"), s.title},
                               {QStringLiteral("state"), DeployStep::stateId(s.state)},
                               {QStringLiteral("elapsedMs"), s.elapsedMs},
                               {QStringLiteral("message"), s.message}});
    return out;
}

// Runs apply or destroy with progress lines on stderr; returns the exit code.
int runEngine(const QCommandLineParser &parser, Session &session, bool destroy)
{
    DeployEngine engine(session.client.get());
    DeployOptions options;
    options.timeoutMs = int(std::min<qint64>(session.timeoutMs, std::numeric_limits<int>::max()));
    engine.setOptions(options);
    QEventLoop loop;
    DeployEngine::Outcome outcome = DeployEngine::Outcome::Failed;
    QString finalMessage;
    QHash<int, QPair<DeployStep::State, QString>> printed;
    QObject::connect(&engine, &DeployEngine::stepChanged, &loop, [&](int index) {
        const DeployStep &s = engine.steps().at(index);
        // One line per change of state or explanation, not per poll.
        const auto key = qMakePair(s.state, s.message);
        if (printed.value(index, qMakePair(DeployStep::State::Pending, QString())) == key)
            return;
        printed.insert(index, key);
        QString line = QStringLiteral("[%1/%2] %3: %4").arg(index + 1).arg(engine.steps().size()).arg(s.title,
                                                                                                   DeployStep::stateText(s.state));
        if (s.isFinished() || s.state == DeployStep::State::Waiting)
            line += QStringLiteral(" (%1)").arg(DeployStep::elapsedText(s.elapsedMs));
        if (!s.message.isEmpty())
            line += QStringLiteral(" — %1").arg(s.message);
        printErr(line);
    });
    QObject::connect(&engine, &DeployEngine::finished, &loop, [&](DeployEngine::Outcome o, const QString &message) {
        outcome = o;
        finalMessage = message;
        loop.quit();
    });
    destroy ? engine.destroy(session.stack) : engine.apply(session.stack);
    loop.exec();
    const bool ok = outcome == DeployEngine::Outcome::Succeeded;
    if (wantsJson(parser)) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("stack"), session.stack.name},
                                           {QStringLiteral("namespace"), session.stack.ns},
                                           {QStringLiteral("operation"), destroy ? QStringLiteral("destroy") : QStringLiteral("apply")},
                                           {QStringLiteral("outcome"), DeployEngine::outcomeId(outcome)},
                                           {QStringLiteral("message"), finalMessage},
                                           {QStringLiteral("steps"), stepsJson(engine.steps())}})
                     .toJson(QJsonDocument::Indented));
    } else if (ok) {
        printOut(destroy ? Tr::tr("Stack %1 destroyed in namespace %2.").arg(session.stack.name, session.stack.ns)
                         : Tr::tr("Stack %1 applied in namespace %2.").arg(session.stack.name, session.stack.ns));
    } else {
        printErr(destroy ? Tr::tr("Destroy failed: %1").arg(finalMessage) : Tr::tr("Apply failed: %1").arg(finalMessage));
    }
    return ok ? ExitOk : ExitFailed;
}

KubeResponse await(KubeRequest *request, qint64 timeoutMs)
{
    std::unique_ptr<KubeRequest> owner(request);
    QEventLoop loop;
    QObject::connect(request, &KubeRequest::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!request->isFinished())
        loop.exec();
    if (!request->isFinished())
        return {0, {}, {}, {}, {}, -1, 0, KubeError(KubeError::Kind::Timeout, Tr::tr("no answer in time"))};
    return request->response();
}

// Adopt: the objects of an OpenIM installation running in a namespace.
std::optional<std::vector<nlohmann::json>> readNamespace(Session &session, const QString &ns, QString *error)
{
    KubeClient *client = session.client.get();
    bool loaded = false;
    KubeError discoveryError;
    QEventLoop loop;
    client->discovery()->ensure(&loop, [&](const KubeError &e) {
        discoveryError = e;
        loaded = true;
        loop.quit();
    });
    QTimer::singleShot(session.timeoutMs, &loop, &QEventLoop::quit);
    if (!loaded)
        loop.exec();
    if (!loaded || discoveryError.isError()) {
        *error = loaded ? discoveryError.text() : Tr::tr("Discovery did not finish in time.");
        return std::nullopt;
    }
    std::vector<nlohmann::json> objects;
    const QList<QPair<QString, QString>> kinds{{QStringLiteral("apps/v1"), QStringLiteral("Deployment")},
                                               {QStringLiteral("apps/v1"), QStringLiteral("StatefulSet")},
                                               {KubeBlocksCatalog::builtIn().apiVersion(), QStringLiteral("Cluster")},
                                               {QStringLiteral("v1"), QStringLiteral("Service")},
                                               {QStringLiteral("v1"), QStringLiteral("ConfigMap")},
                                               {QStringLiteral("v1"), QStringLiteral("PersistentVolumeClaim")}};
    for (const auto &[apiVersion, kind] : kinds) {
        const auto type = KubeObject::resourceFor(*client->discovery(), apiVersion, kind);
        if (!type)
            continue;
        const KubeResponse r = await(client->list(*type, ns), session.timeoutMs);
        if (!r.ok()) {
            *error = Tr::tr("Cannot list %1 in %2: %3").arg(kind, ns, r.error.text());
            return std::nullopt;
        }
        for (const QJsonValue &v : r.object().value(QLatin1String("items")).toArray()) {
            nlohmann::json o = KubeObject::fromQt(v.toObject());
            o["apiVersion"] = type->apiVersion().toStdString();
            o["kind"] = type->kind.toStdString();
            o.erase("status");
            // Found by images (workloads) and labels; Services and ConfigMaps are matched later.
            const bool workload = kind == QLatin1String("Deployment") || kind == QLatin1String("StatefulSet");
            if (workload && !StackImporter::looksLikeOpenIm(o))
                continue;
            if (kind == QLatin1String("ConfigMap") && KubeObject::name(o) == QLatin1String("kube-root-ca.crt"))
                continue;
            objects.push_back(std::move(o));
        }
    }
    return objects;
}

QJsonArray issuesJson(const StackIssues &issues)
{
    QJsonArray out;
    for (const StackIssue &i : issues)
        out.append(QJsonObject{{QStringLiteral("severity"), i.severity == StackIssue::Severity::Error ? QStringLiteral("error")
                                                                                                      : QStringLiteral("warning")},
                               {QStringLiteral("message"), i.toString()}});
    return out;
}

} // namespace

int runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parse(parser, args,
               Tr::tr("Shows what apply would change: a server-side dry run of every object, diffed field by field "
                      "against the live objects, plus validation and capacity warnings. Changes nothing. Exits 0 when "
                      "the stack can be applied, 1 when something blocks it."),
               {kStack}, true, &exitCode))
        return exitCode;
    Session session;
    if (!open(parser, true, &session, &exitCode))
        return exitCode;
    Planner planner(session.client.get());
    QEventLoop loop;
    std::optional<Plan> plan;
    QObject::connect(&planner, &Planner::progressed, &loop, [](const QString &m) { printErr(m); });
    QObject::connect(&planner, &Planner::finished, &loop, [&](const Plan &p) {
        plan = p;
        loop.quit();
    });
    QTimer::singleShot(session.timeoutMs, &loop, &QEventLoop::quit);
    planner.start(session.stack);
    loop.exec();
    if (!plan) {
        printErr(Tr::tr("The plan did not finish within %1.").arg(parser.value(kTimeout)));
        return ExitFailed;
    }
    if (wantsJson(parser))
        printOut(QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented));
    else
        printOut(planText(*plan));
    return plan->blocked() ? ExitFailed : ExitOk;
}

int runApply(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parse(parser, args,
               Tr::tr("Deploys the stack in dependency order and waits until OpenIM answers. Safe to rerun after an "
                      "interruption or a failure. Exits 0 when the stack is up and verified."),
               {kStack}, true, &exitCode))
        return exitCode;
    Session session;
    if (!open(parser, true, &session, &exitCode))
        return exitCode;
    return runEngine(parser, session, false);
}

int runDestroy(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parse(parser, args,
               Tr::tr("Deletes everything the stack made, in reverse order, honouring each datastore's "
                      "terminationPolicy (DoNotTerminate refuses). Exits 0 when everything is gone."),
               {kStack}, true, &exitCode))
        return exitCode;
    Session session;
    if (!open(parser, true, &session, &exitCode))
        return exitCode;
    return runEngine(parser, session, true);
}

int runStatus(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parse(parser, args,
               Tr::tr("Shows the live state of each component and datastore of the stack. Exits 0 when all are ready."),
               {kStack}, true, &exitCode))
        return exitCode;
    Session session;
    if (!open(parser, true, &session, &exitCode))
        return exitCode;
    StatusReader reader(session.client.get());
    QEventLoop loop;
    std::optional<StackStatus> status;
    QString error;
    QObject::connect(&reader, &StatusReader::finished, &loop, [&](const StackStatus &s, const QString &e) {
        status = s;
        error = e;
        loop.quit();
    });
    QTimer::singleShot(session.timeoutMs, &loop, &QEventLoop::quit);
    reader.read(session.stack);
    loop.exec();
    if (!status || !error.isEmpty()) {
        printErr(status ? error : Tr::tr("The status did not arrive within %1.").arg(parser.value(kTimeout)));
        return ExitFailed;
    }
    if (wantsJson(parser)) {
        printOut(QJsonDocument(status->toJson()).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        if (!status->namespaceExists)
            text += Tr::tr("Namespace %1 does not exist.\n").arg(status->ns);
        for (const NodeStatus &n : status->nodes)
            text += QStringLiteral("%1 %2 %3\n").arg(n.name.leftJustified(26), StackStatus::stateText(n.state).leftJustified(14), n.detail);
        text += status->allReady() ? Tr::tr("All components and datastores are ready.")
                                   : Tr::tr("Not everything is ready.");
        printOut(text);
    }
    return status->allReady() ? ExitOk : ExitFailed;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("Write the stack to this file."), QStringLiteral("file"));
    const QCommandLineOption from(QStringLiteral("from-namespace"),
                                  Tr::tr("Adopt the OpenIM running in this namespace instead of reading files."),
                                  QStringLiteral("namespace"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The stack's name (default: the namespace)."),
                                  QStringLiteral("name"));
    parser.addPositionalArgument(QStringLiteral("path"), Tr::tr("A YAML bundle or a folder of manifests."));
    int exitCode = ExitOk;
    if (!parse(parser, args,
               Tr::tr("Turns existing manifests (a YAML bundle or folder, e.g. OpenIM's own deployment files) or a "
                      "running installation (--from-namespace) into a stack file, reporting what it could not map."),
               {out, from, name}, false, &exitCode))
        return exitCode;
    const QStringList paths = parser.positionalArguments();
    if (!parser.isSet(out) || (paths.isEmpty() == !parser.isSet(from)) || paths.size() > 1) {
        printErr(Tr::tr("Usage: stackdeck-cli import PATH|--from-namespace NS --out STACK"));
        return ExitUsage;
    }
    const QString ns = parser.isSet(from) ? parser.value(from) : parser.value(kNamespace);
    QString stackName = parser.value(name);
    if (stackName.isEmpty())
        stackName = ns.isEmpty() ? QStringLiteral("openim") : ns;
    StackImporter::Result result;
    if (parser.isSet(from)) {
        Session session;
        if (!open(parser, false, &session, &exitCode))
            return exitCode;
        QString error;
        const auto objects = readNamespace(session, ns, &error);
        if (!objects) {
            printErr(error);
            return ExitFailed;
        }
        result = StackImporter::fromObjects(*objects, stackName, ns);
    } else {
        if (!QFileInfo::exists(paths.first())) {
            printErr(Tr::tr("Cannot read %1: no such file or folder.").arg(paths.first()));
            return ExitIo;
        }
        result = StackImporter::fromPath(paths.first(), stackName, ns);
    }
    bool written = false;
    if (result.stack) {
        QString error;
        written = StackFile::save(*result.stack, parser.value(out), &error);
        if (!written) {
            printErr(error);
            return ExitIo;
        }
    }
    if (wantsJson(parser)) {
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("stack"), written ? parser.value(out) : QString()},
                                           {QStringLiteral("mapped"), QJsonArray::fromStringList(result.mapped)},
                                           {QStringLiteral("unmapped"), QJsonArray::fromStringList(result.unmapped)},
                                           {QStringLiteral("issues"), issuesJson(result.issues)}})
                     .toJson(QJsonDocument::Indented));
    } else {
        for (const QString &m : result.mapped)
            printErr(Tr::tr("mapped: %1").arg(m));
        for (const QString &m : result.unmapped)
            printErr(Tr::tr("not mapped: %1").arg(m));
        for (const StackIssue &i : result.issues)
            printErr(i.toString());
        printOut(written ? Tr::tr("Wrote %1 (%n node(s)).", nullptr,
                                  int(result.stack->components.size() + result.stack->datastores.size()))
                               .arg(parser.value(out))
                         : Tr::tr("Nothing could be mapped to a stack."));
    }
    return written && !hasErrors(result.issues) ? ExitOk : ExitFailed;
}

} // namespace sd::cli
