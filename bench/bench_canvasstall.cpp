// The GUI thread's longest stall (issue 7: no stall > 16 ms) with the whole main window on screen
// (offscreen platform, QML canvas drawing) while a full stack's live state streams in from an
// in-process kubesim (own threads): (1) the dev stack is deployed, (2) pods are killed every
// 100 ms and come back, (3) the same while a full re-layout is asked for every 100 ms.
// A 2 ms precise timer on the GUI thread measures how late each tick comes, and how much of a late
// tick's gap the GUI thread spent running.
//   bench_canvasstall [seconds per phase=15] [stack=resources/stacks/openim-dev.yaml]
#include "heartbeat.h"

#include "deploy/deployengine.h"
#include "gui/clustersession.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kubesim/cluster.h"
#include "kubesim/simoptions.h"
#include "kubesim/store.h"
#include "stack/stackfile.h"
#include "topology/nodelistmodel.h"
#include "topology/topologymodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace sd;

namespace {

// How late the GUI thread runs a 2 ms timer (every gap beyond the interval is a stall), and how
// much of each gap was the GUI thread's own work (busy) rather than waiting for a core.
QString summary(const bench::Heartbeat &heartbeat)
{
    const bench::Heartbeat::Gaps &g = heartbeat.all();
    if (g.stalls.empty())
        return QStringLiteral("no ticks");
    const double interval = heartbeat.intervalMs();
    const double longest = bench::maxOf(g.stalls);
    const auto over16 = std::count_if(g.stalls.cbegin(), g.stalls.cend(), [](double s) { return s > 16.0; });
    const auto busyOver16 = std::count_if(g.busy.cbegin(), g.busy.cend(), [](double b) { return b > 16.0; });
    return QStringLiteral("longest gap %1 ms (stall %2 ms), p99 gap %3 ms, %4 of %5 ticks stalled > 16 ms; "
                          "GUI thread busy at most %6 ms in one gap, %7 gaps busy > 16 ms")
        .arg(longest + interval, 0, 'f', 1)
        .arg(longest, 0, 'f', 1)
        .arg(bench::percentile(g.stalls, 0.99) + interval, 0, 'f', 1)
        .arg(qint64(over16))
        .arg(qint64(g.stalls.size()))
        .arg(bench::maxOf(g.busy), 0, 'f', 1)
        .arg(qint64(busyOver16));
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each result as soon as it is known
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 15;
    const QString stackFile = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                       : QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml");

    sim::Cluster cluster;
    sim::SimOptions options;
    options.timeScale = 10;
    cluster.setOptions(options);
    if (!cluster.loadScenario(QStringLiteral("kubeblocks")) || !cluster.start()) {
        std::fprintf(stderr, "kubesim: %s\n", qPrintable(cluster.errorString()));
        return 1;
    }
    const QString kubeconfig = settings.filePath(QStringLiteral("kubeconfig"));
    cluster.writeKubeconfig(kubeconfig);

    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1280, 800);
    window.show();
    if (!window.openStack(stackFile)) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(stackFile));
        return 1;
    }
    const Stack stack = *window.stack();
    window.connectToCluster(kubeconfig, QStringLiteral("kubesim"), stack.ns);
    for (int i = 0; i < 200 && window.session()->state() != ClusterSession::State::Connected; ++i)
        spin(100);
    if (window.session()->state() != ClusterSession::State::Connected) {
        std::fprintf(stderr, "not connected\n");
        return 1;
    }

    int updates = 0; // rows of the canvas model changed by live state
    QObject::connect(window.topology()->nodes(), &QAbstractItemModel::dataChanged, &app, [&updates] { ++updates; });
    bench::Heartbeat meter(2);
    std::printf("stack %s: %lld datastores, %lld components; %d s per phase\n", qPrintable(stack.name),
                qint64(stack.datastores.size()), qint64(stack.components.size()), seconds);

    // 1. Deploy: every object appears, pods start, Clusters go Creating -> Running.
    DeployEngine engine(window.session()->client());
    DeployOptions deploy;
    deploy.verify = false; // kubesim serves no services/proxy
    deploy.pollIntervalMs = 250;
    engine.setOptions(deploy);
    bool done = false;
    QString outcome;
    QObject::connect(&engine, &DeployEngine::finished, &app, [&](DeployEngine::Outcome o, const QString &message) {
        done = true;
        outcome = DeployEngine::outcomeId(o) + (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
    });
    QElapsedTimer phase;
    phase.start();
    meter.start();
    engine.apply(stack);
    while (!done && phase.elapsed() < 300'000)
        spin(50);
    spin(2000); // the last events arrive
    meter.stop();
    std::printf("deploy (%s, %.1f s, %d canvas updates): %s\n", qPrintable(outcome), phase.elapsed() / 1e3, updates,
                qPrintable(summary(meter)));

    // 2. Chaos: a pod killed every 100 ms; replacements start, health degrades and recovers.
    auto killSome = [&] {
        const auto pods = cluster.store()->list(QStringLiteral("/pods"), stack.ns).items;
        if (pods.empty())
            return;
        const auto &pod = pods.at(QRandomGenerator::global()->bounded(int(pods.size())));
        cluster.killPod(stack.ns, QString::fromStdString((*pod)["metadata"].value("name", std::string())));
    };
    updates = 0;
    QTimer chaos;
    QObject::connect(&chaos, &QTimer::timeout, &app, killSome);
    phase.restart();
    meter.start();
    chaos.start(100);
    spin(seconds * 1000);
    meter.stop();
    std::printf("pod chaos (%d s, %d canvas updates): %s\n", seconds, updates, qPrintable(summary(meter)));

    // 3. The same while the whole graph is laid out again every 100 ms.
    updates = 0;
    QTimer relayout;
    QObject::connect(&relayout, &QTimer::timeout, &app, [&window] { window.topology()->relayout(); });
    meter.start();
    relayout.start(100);
    spin(seconds * 1000);
    meter.stop();
    chaos.stop();
    relayout.stop();
    std::printf("pod chaos + re-layout every 100 ms (%d s, %d canvas updates): %s\n", seconds, updates,
                qPrintable(summary(meter)));
    window.close();
    return 0;
}
