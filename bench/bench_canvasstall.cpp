// The GUI thread's longest stall (issue 7: no stall > 16 ms) with the whole main window on screen
// (offscreen platform, QML canvas drawing) while a full stack's live state streams in from an
// in-process kubesim (own threads): (1) the dev stack is deployed, (2) pods are killed every
// 100 ms and come back, (3) the same while a full re-layout is asked for every 100 ms.
// A 2 ms precise timer on the GUI thread measures how late each tick comes, and how much of a late
// tick's gap the GUI thread spent running.
//   bench_canvasstall [seconds per phase=15] [stack=resources/stacks/openim-dev.yaml]
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
#include <ctime>

using namespace sd;

namespace {

// How late the GUI thread runs a 2 ms timer: every gap beyond the interval is a stall. The GUI
// thread's CPU time inside each gap tells our own work (busy) from time the scheduler gave to
// other threads and processes on the shared cores (waiting).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_gaps.append((now - m_last) / 1e6);
            m_busy.append((cpu - m_lastCpu) / 1e6);
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_busy.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    QString summary() const
    {
        if (m_gaps.isEmpty())
            return QStringLiteral("no ticks");
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const double p99 = sorted.at(int(sorted.size() * 0.99));
        constexpr double late = 16.0 + 2.0;
        const int over16 = int(std::count_if(sorted.cbegin(), sorted.cend(), [](double g) { return g > late; }));
        const double busiest = *std::max_element(m_busy.cbegin(), m_busy.cend());
        const int busyOver16 = int(std::count_if(m_busy.cbegin(), m_busy.cend(), [](double b) { return b > 16.0; }));
        return QStringLiteral("longest gap %1 ms (stall %2 ms), p99 gap %3 ms, %4 of %5 ticks stalled > 16 ms; "
                              "GUI thread busy at most %6 ms in one gap, %7 gaps busy > 16 ms")
            .arg(sorted.last(), 0, 'f', 1)
            .arg(sorted.last() - 2.0, 0, 'f', 1)
            .arg(p99, 0, 'f', 1)
            .arg(over16)
            .arg(sorted.size())
            .arg(busiest, 0, 'f', 1)
            .arg(busyOver16);
    }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    QList<double> m_gaps;
    QList<double> m_busy; // GUI thread CPU time per gap
};

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
    StallMeter meter;
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
                qPrintable(meter.summary()));

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
    std::printf("pod chaos (%d s, %d canvas updates): %s\n", seconds, updates, qPrintable(meter.summary()));

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
                qPrintable(meter.summary()));
    window.close();
    return 0;
}
