// stackdeck-kubesim: runs the simulated cluster as a process for tools outside the test binaries.
#include "common/tr.h"
#include "common/version.h"
#include "demo/openimscenario.h"
#include "kubesim/cluster.h"
#include "kubesim/quantity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &byte, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stackdeck-kubesim"));
    QCoreApplication::setApplicationVersion(sd::Version::full());

    QCommandLineParser parser;
    parser.setApplicationDescription(sd::Tr::tr("Simulated Kubernetes API server for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), sd::Tr::tr("Address and port to listen on."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption kubeconfig(QStringLiteral("write-kubeconfig"),
                                        sd::Tr::tr("Write a kubeconfig for the cluster to this path."),
                                        QStringLiteral("path"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      sd::Tr::tr("Starting state: %1.")
                                          .arg((sd::sim::Cluster::scenarioNames() << sd::OpenImScenario::name()).join(QStringLiteral(", "))),
                                      QStringLiteral("name"), QStringLiteral("empty"));
    const QCommandLineOption serverName(QStringLiteral("server-name"),
                                        sd::Tr::tr("Extra DNS name or IP for the server certificate (repeatable)."),
                                        QStringLiteral("name"));
    const QCommandLineOption disableAddon(QStringLiteral("disable-addon"),
                                          sd::Tr::tr("Leave this KubeBlocks addon disabled in the kubeblocks scenario (repeatable)."),
                                          QStringLiteral("name"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
                                       sd::Tr::tr("Lifecycle speed factor (10 runs pulls, probes and rollouts ten times faster)."),
                                       QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), sd::Tr::tr("Seed of every simulated random choice."),
                                  QStringLiteral("n"), QStringLiteral("20261126"));
    const QCommandLineOption nodes(QStringLiteral("nodes"), sd::Tr::tr("Number of nodes."), QStringLiteral("n"),
                                   QStringLiteral("3"));
    const QCommandLineOption nodeCpu(QStringLiteral("node-cpu"), sd::Tr::tr("CPU of each node (a quantity)."),
                                     QStringLiteral("quantity"), QStringLiteral("4"));
    const QCommandLineOption nodeMemory(QStringLiteral("node-memory"), sd::Tr::tr("Memory of each node (a quantity)."),
                                        QStringLiteral("quantity"), QStringLiteral("8Gi"));
    const QCommandLineOption logRate(QStringLiteral("log-rate"),
                                     sd::Tr::tr("Log lines per simulated second per ready container (0: none beyond the backlog)."),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption logBacklog(QStringLiteral("log-backlog"),
                                        sd::Tr::tr("Lines of log history each container starts with once ready."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption logBurstiness(QStringLiteral("log-burstiness"),
                                           sd::Tr::tr("0 writes logs steadily; up to 1 alternates quiet spells and bursts."),
                                           QStringLiteral("f"), QStringLiteral("0.5"));
    const QCommandLineOption churn(QStringLiteral("churn"),
                                 sd::Tr::tr("Load for watchers: Event repeats and pod updates (one in fifty) per simulated second on the running pods."),
                                 QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption churnNamespace(QStringLiteral("churn-namespace"),
                                            sd::Tr::tr("Only the pods of this namespace churn (default: every namespace)."),
                                            QStringLiteral("namespace"));
    const QCommandLineOption recordEvents(QStringLiteral("record-events"),
                                          sd::Tr::tr("Keep every change for GET /kubesim/v1/events (memory grows without bound)."));
    parser.addOptions({listen, kubeconfig, scenario, serverName, timeScale, seed, nodes, nodeCpu, nodeMemory, disableAddon,
                       logRate, logBacklog, logBurstiness, churn, churnNamespace, recordEvents});
    parser.process(app);

    const QString listenText = parser.value(listen);
    const qsizetype colon = listenText.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listenText.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(colon > 0 ? listenText.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--listen expects host:port, e.g. 127.0.0.1:0")));
        return 2;
    }

    sd::sim::SimOptions options;
    bool ok = false;
    options.timeScale = parser.value(timeScale).toDouble(&ok);
    if (!ok || options.timeScale <= 0) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--time-scale expects a positive number")));
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--seed expects a non-negative integer")));
        return 2;
    }
    options.nodeCount = parser.value(nodes).toInt(&ok);
    if (!ok || options.nodeCount < 1 || options.nodeCount > 200) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--nodes expects a number from 1 to 200")));
        return 2;
    }
    const auto cpu = sd::sim::quantity::cpuMillis(parser.value(nodeCpu));
    const auto memory = sd::sim::quantity::bytes(parser.value(nodeMemory));
    if (!cpu || *cpu <= 0 || !memory || *memory <= 0) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--node-cpu and --node-memory expect positive quantities")));
        return 2;
    }
    options.logRate = parser.value(logRate).toDouble(&ok);
    if (!ok || options.logRate < 0 || options.logRate > 10000) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--log-rate expects a number from 0 to 10000")));
        return 2;
    }
    options.logBacklog = parser.value(logBacklog).toInt(&ok);
    if (!ok || options.logBacklog < 0 || options.logBacklog > 100000) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--log-backlog expects a number from 0 to 100000")));
        return 2;
    }
    options.logBurstiness = parser.value(logBurstiness).toDouble(&ok);
    if (!ok || options.logBurstiness < 0 || options.logBurstiness > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--log-burstiness expects a number from 0 to 1")));
        return 2;
    }
    options.churnRate = parser.value(churn).toDouble(&ok);
    if (!ok || options.churnRate < 0 || options.churnRate > 100000) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("--churn expects a number from 0 to 100000")));
        return 2;
    }
    options.churnNamespace = parser.value(churnNamespace);
    options.recordEventLog = parser.isSet(recordEvents);
    options.nodeCpuMillis = *cpu;
    options.nodeMemoryBytes = *memory;

    sd::sim::Cluster cluster;
    cluster.setOptions(options);
    cluster.setServerNames(parser.values(serverName));
    cluster.setDisabledAddons(parser.values(disableAddon));
    // "openim" is the kubeblocks scenario with the dev stack deployed on it (after start()).
    const bool openIm = parser.value(scenario) == sd::OpenImScenario::name();
    if (!cluster.loadScenario(openIm ? QStringLiteral("kubeblocks") : parser.value(scenario))) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.errorString()));
        return 2;
    }
    if (!cluster.start(address, quint16(port))) {
        std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("cannot start: %1").arg(cluster.errorString())));
        return 1;
    }
    QString kubeconfigPath;
    QTemporaryDir scratch;  // the deploy's kubeconfig when none was asked for
    if (parser.isSet(kubeconfig) || openIm) {
        kubeconfigPath = parser.isSet(kubeconfig) ? QFileInfo(parser.value(kubeconfig)).absoluteFilePath()
                                                  : scratch.filePath(QStringLiteral("kubeconfig"));
        if (!cluster.writeKubeconfig(kubeconfigPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(sd::Tr::tr("cannot write the kubeconfig: %1").arg(cluster.errorString())));
            return 1;
        }
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    sd::OpenImScenario deploy(&cluster);
    if (openIm) {
        QString error;
        bool ok = false;
        QString message;
        QObject::connect(&deploy, &sd::OpenImScenario::finished, &app, [&](bool succeeded, const QString &text) {
            ok = succeeded;
            message = text;
            app.quit();
        });
        if (!deploy.start(kubeconfigPath, &error) || app.exec() != 0 || !ok) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(sd::Tr::tr("cannot deploy the OpenIM dev stack: %1").arg(error.isEmpty() ? message : error)));
            return 1;
        }
    }

    // One machine-readable line: tools wait for it, then read url and kubeconfig.
    nlohmann::json ready = {{"ready", true},
                                  {"url", cluster.url().toString().toStdString()},
                                  {"kubeconfig", kubeconfigPath.toStdString()},
                                  {"scenario", parser.value(scenario).toStdString()}};
    if (openIm)
        ready["deployMs"] = deploy.elapsedMs();
    std::printf("%s\n", ready.dump().c_str());
    std::fflush(stdout);
    const int rc = app.exec();
    cluster.stop();
    return rc;
}
