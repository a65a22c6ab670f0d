// The docks under a whole stack's load (issue 9): the full main window (offscreen platform) with
// every dock shown side by side and a log tab for each component and datastore of the dev stack,
// connected through a kubeconfig like to any cluster. A 5 ms heartbeat on the GUI thread
// (bench/heartbeat.h) measures event-loop stalls; every 10 s a line reports RSS, the log buffers,
// lines and watch events received and the stalls of the last 10 s.
//   load  kubesim in a separate process: `stackdeck-kubesim --scenario openim --log-rate R
//         --churn C --churn-namespace openim-dev`, three services scaled to two replicas (20 pods):
//         every container writes R lines/s and C pod and Event updates/s reach the watch caches.
//         Two extra caches (pods, events of the namespace) on the window's client count what the
//         process takes.
//   demo  what `stackdeck --demo` runs (DemoCluster in this process: backlog 200, 2 lines/s in
//         bursts), all docks open. "Beyond" subtracts the tabs' buffers and the simulated
//         cluster's LogBook from RSS; its growth after the first minute is the soak's number.
//   soak  the same cluster (DemoCluster::options()) in a separate kubesim process, so RSS is
//         Stackdeck's alone.
// Usage: bench_stackstall load [seconds=60] [rate=2000] [churn=5000] [capacity=1000000]
//        bench_stackstall demo|soak [seconds=600]
#include "heartbeat.h"
#include "rss.h"

#include "demo/openimscenario.h"
#include "gui/clustersession.h"
#include "gui/democluster.h"
#include "gui/docks/logsdock.h"
#include "gui/docks/logtab.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"
#include "kube/kubeclient.h"
#include "kube/resourcecache.h"
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "monitor/logmodel.h"
#include "ops/opsresources.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace sd;

namespace {

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template<typename Done> bool waitFor(int ms, Done done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        spin(50);
    return done();
}

// CPU seconds a process has used (Linux /proc/PID/stat: utime + stime), 0 when unknown.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? double(fields[11].toLongLong() + fields[12].toLongLong()) / 100.0 : 0;
}

// The simulated cluster in its own process; ready once it printed its ready line.
class KubesimProcess
{
public:
    bool start(const QStringList &arguments, QString *kubeconfig)
    {
        m_process.setProgram(QStringLiteral(SD_BINARY_DIR "/app/kubesim/stackdeck-kubesim"));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 180'000 && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(500);
            while (m_process.canReadLine()) {
                const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
                if (ready.value(QStringLiteral("ready")).toBool()) {
                    *kubeconfig = ready.value(QStringLiteral("kubeconfig")).toString();
                    return true;
                }
            }
        }
        return false;
    }
    ~KubesimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
    }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
};

// Every dock shown, none hidden behind another's tab: the bottom area gets the first half, the
// right the rest.
void showAllDocks(MainWindow *window)
{
    const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
    for (qsizetype i = 0; i < docks.size(); ++i) {
        window->removeDockWidget(docks[i]);
        window->addDockWidget(i < docks.size() / 2 ? Qt::BottomDockWidgetArea : Qt::RightDockWidgetArea, docks[i]);
        docks[i]->show();
    }
}

struct Buffers
{
    qint64 bytes = 0, lines = 0, dropped = 0;
    int live = 0;
};

Buffers buffers(LogsDock *logs)
{
    Buffers b;
    for (int i = 0; i < logs->tabCount(); ++i) {
        const LogModel *model = logs->tab(i)->model();
        b.bytes += model->buffer().residentBytes();
        b.lines += model->buffer().endSeq();
        b.dropped += model->droppedCount();
        b.live += logs->tab(i)->state() == LogSession::State::Live;
    }
    return b;
}

// The load: 20 pods streaming logs (each has one container).
constexpr int kLoadPods = 20;

int runningContainers(const ResourceCache &pods)
{
    int n = 0;
    for (const QJsonObject &pod : pods.objects()) {
        if (pod.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString() == QLatin1String("Running"))
            n += int(pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("containers")).toArray().size());
    }
    return n;
}

// Names what the GUI thread was doing in a stall. BENCH_SLOW_MS=N prints every event delivery on
// the GUI thread over N ms with its receiver and type (nested ones with their depth);
// BENCH_STALL_MS=N prints, for every stall of N ms or more, the top-level deliveries inside it
// summed by receiver class and event type.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if ((m_slowMs <= 0 && m_stallMs <= 0) || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const qint64 start = bench::monotonicNs();
        const int type = event->type();
        const char *className = receiver->metaObject()->className();
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ns = bench::monotonicNs() - start;
        if (m_slowMs > 0 && ns >= qint64(m_slowMs) * 1'000'000)
            std::fprintf(stderr, "slow event: %.1f ms at depth %d, %s, event type %d\n", double(ns) / 1e6, m_depth,
                         className, type);
        if (m_stallMs > 0 && m_depth == 0) {
            m_recent.push_back({start, ns, className, type});
            if (m_recent.size() > 100'000)
                m_recent.erase(m_recent.begin(), m_recent.begin() + 50'000);
        }
        return result;
    }
    int stallMs() const { return m_stallMs; }
    void explainStall(qint64 sinceNs, double stall, double busy)
    {
        QHash<QString, QPair<double, int>> by;  // "class/type" -> (ms, count)
        double total = 0;
        for (const Delivery &d : m_recent) {
            if (d.startNs < sinceNs)
                continue;
            auto &slot = by[QStringLiteral("%1/%2").arg(QLatin1String(d.className)).arg(d.type)];
            slot.first += double(d.ns) / 1e6;
            ++slot.second;
            total += double(d.ns) / 1e6;
        }
        QList<QPair<double, QString>> sorted;
        for (auto it = by.cbegin(); it != by.cend(); ++it)
            sorted.append({it->first, QStringLiteral("%1 %2 ms ×%3").arg(it.key()).arg(it->first, 0, 'f', 1).arg(it->second)});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(8, sorted.size()); ++i)
            top.append(sorted[i].second);
        std::fprintf(stderr, "stall %.1f ms (busy %.1f ms), deliveries %.1f ms: %s\n", stall, busy, total,
                     qPrintable(top.join(QStringLiteral("; "))));
    }

private:
    struct Delivery
    {
        qint64 startNs, ns;
        const char *className;
        int type;
    };
    int m_depth = 0;
    const int m_slowMs = qEnvironmentVariableIntValue("BENCH_SLOW_MS");
    const int m_stallMs = qEnvironmentVariableIntValue("BENCH_STALL_MS");
    std::vector<Delivery> m_recent;  // top-level deliveries, newest last
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool demoMode = mode == "demo";
    const bool soakMode = mode == "soak";
    if (!demoMode && !soakMode && mode != "load") {
        std::fprintf(stderr, "usage: bench_stackstall load [seconds] [rate] [churn] [capacity] | demo|soak [seconds]\n");
        return 2;
    }
    auto arg = [&](int i, qint64 fallback) { return argc > i ? QByteArray(argv[i]).toLongLong() : fallback; };
    const int seconds = int(arg(2, mode == "load" ? 60 : 600));
    const int rate = int(arg(3, 2000));
    const int churn = int(arg(4, 5000));
    const qint64 capacity = arg(5, 1'000'000);
    const QString ns = QStringLiteral("openim-dev");

    QString kubeconfig, context = QStringLiteral("kubesim");
    std::unique_ptr<KubesimProcess> kubesim;
    std::unique_ptr<DemoCluster> demo;
    QElapsedTimer setup;
    setup.start();
    if (demoMode) {
        demo = std::make_unique<DemoCluster>();
        QString error;
        if (!demo->start(ns, &error)) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(error));
            return 1;
        }
        kubeconfig = demo->kubeconfigPath();
        context = DemoCluster::contextName();
    } else {
        kubesim = std::make_unique<KubesimProcess>();
        const sim::SimOptions demo = DemoCluster::options();
        const QStringList load = {QStringLiteral("--log-rate"), QString::number(rate), QStringLiteral("--log-burstiness"),
                                  QStringLiteral("0"), QStringLiteral("--churn"), QString::number(churn),
                                  QStringLiteral("--churn-namespace"), ns};
        const QStringList soak = {QStringLiteral("--log-rate"), QString::number(demo.logRate), QStringLiteral("--log-backlog"),
                                  QString::number(demo.logBacklog), QStringLiteral("--log-burstiness"),
                                  QString::number(demo.logBurstiness)};
        const QStringList arguments = QStringList{QStringLiteral("--scenario"), QStringLiteral("openim"),
                                                  QStringLiteral("--write-kubeconfig"), settings.filePath(QStringLiteral("kubeconfig"))}
                                      + (soakMode ? soak : load);
        if (!kubesim->start(arguments, &kubeconfig)) {
            std::fprintf(stderr, "stackdeck-kubesim did not get ready\n");
            return 1;
        }
    }

    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1600, 1000);
    window.show();
    showAllDocks(&window);
    window.logsDock()->setCapacity(capacity);
    if (!window.openStack(QStringLiteral(SD_SOURCE_DIR "/resources/stacks/openim-dev.yaml")))
        return 1;
    window.connectToCluster(kubeconfig, context, ns);
    if (!waitFor(30'000, [&] { return window.session()->state() == ClusterSession::State::Connected; })) {
        std::fprintf(stderr, "not connected\n");
        return 1;
    }
    if (demo)
        waitFor(120'000, [&] { return !demo->scenario()->isRunning(); });

    ResourceCache pods(window.session()->client(), ApiResource::core(QStringLiteral("pods"), QStringLiteral("Pod")), ns);
    ResourceCache events(window.session()->client(), ApiResource::core(QStringLiteral("events"), QStringLiteral("Event")), ns);
    pods.start();
    events.start();
    waitFor(30'000, [&] { return pods.hasSynced() && events.hasSynced(); });
    if (mode == "load") {
        // The budget's 20 streaming pods: the dev stack runs 17; three services get a second replica.
        std::vector<std::unique_ptr<KubeRequest>> scaling;
        for (const char *name : {"openim-api", "openim-msggateway", "openim-push"}) {
            scaling.emplace_back(window.session()->client()->mergePatch(
                OpsResources::deployments(), ns, QLatin1String(name), QJsonObject{{QStringLiteral("spec"), QJsonObject{{QStringLiteral("replicas"), 2}}}}));
        }
        if (!waitFor(120'000, [&] { return runningContainers(pods) >= kLoadPods; })) {
            std::fprintf(stderr, "only %d of %d containers running\n", runningContainers(pods), kLoadPods);
            return 1;
        }
    }
    for (const DatastoreSpec &d : window.stack()->datastores)
        window.openLogs(d.name);
    for (const ComponentSpec &c : window.stack()->components)
        window.openLogs(c.name);

    spin(5000);  // tabs read their tails and follow
    const int containers = runningContainers(pods);
    std::printf("bench_stackstall %s: set up in %.1f s; %d log tabs, %d running containers in %s",
                mode.constData(), double(setup.elapsed()) / 1e3, window.logsDock()->tabCount(), containers,
                qPrintable(ns));
    if (mode == "load")
        std::printf(" × %d lines/s = %d lines/s expected, %d watch events/s asked", rate, containers * rate, churn);
    std::printf("; %d s; capacity %lld lines per tab\n", seconds, qlonglong(capacity));

    bench::Heartbeat heartbeat(5);
    if (app.stallMs() > 0)
        heartbeat.onLongStall(app.stallMs(), [&app](qint64 since, double stall, double busy) { app.explainStall(since, stall, busy); });
    QElapsedTimer run;
    Buffers last = buffers(window.logsDock());
    const Buffers first = last;
    quint64 lastEvents = pods.watchEventCount() + events.watchEventCount();
    const quint64 firstEvents = lastEvents;
    const double cpuStart = kubesim ? cpuSeconds(kubesim->pid()) : 0;
    const double ourCpuStart = cpuSeconds(QCoreApplication::applicationPid());
    qint64 lastMs = 0;
    qint64 beyondBaseline = -1, beyondLast = 0, beyondMax = 0;
    auto sample = [&] {
        const qint64 now = run.elapsed();
        const double dt = double(now - lastMs) / 1e3;
        const Buffers b = buffers(window.logsDock());
        const quint64 watchEvents = pods.watchEventCount() + events.watchEventCount();
        const qint64 logBook = demo ? demo->cluster()->logs()->totalBytes() : 0;
        const qint64 rss = rssKb() * 1024;
        beyondLast = rss - b.bytes - logBook;
        beyondMax = std::max(beyondMax, beyondLast);
        if (beyondBaseline < 0 && now >= 60'000)
            beyondBaseline = beyondLast;
        const bench::Heartbeat::Gaps recent = heartbeat.takeWindow();
        std::printf("t=%4.0f s  RSS %7.1f MB  buffers %7.1f MB  logbook %5.1f MB  beyond %6.1f MB  lines %7.0f/s  dropped %9lld  "
                    "watch events %5.0f/s  live tabs %d  stalls p99 %5.1f ms max %6.1f ms (busy at most %5.1f ms)\n",
                    double(now) / 1e3, double(rss) / 1e6, double(b.bytes) / 1e6, double(logBook) / 1e6,
                    double(beyondLast) / 1e6, double(b.lines - last.lines) / dt, qlonglong(b.dropped),
                    double(watchEvents - lastEvents) / dt, b.live, bench::percentile(recent.stalls, 0.99),
                    bench::maxOf(recent.stalls), bench::maxOf(recent.busy));
        last = b;
        lastEvents = watchEvents;
        lastMs = now;
    };
    QTimer sampler;
    sampler.setInterval(10'000);
    QObject::connect(&sampler, &QTimer::timeout, &app, sample);
    run.start();
    heartbeat.start();
    sampler.start();
    spin(seconds * 1000);
    sampler.stop();
    heartbeat.stop();
    if (run.elapsed() - lastMs > 1000)
        sample();

    const double elapsed = double(run.elapsed()) / 1e3;
    const Buffers end = buffers(window.logsDock());
    const auto &stalls = heartbeat.all().stalls;
    std::printf("result: %.0f lines/s received (%lld lines in %.0f s)", double(end.lines - first.lines) / elapsed,
                qlonglong(end.lines - first.lines), elapsed);
    if (mode == "load")
        std::printf(" of %d lines/s written", containers * rate);
    std::printf("; %.0f watch events/s on the two counting caches; GUI stalls over %zu heartbeats: p50 %.2f ms, "
                "p99 %.1f ms, max %.1f ms (the GUI thread busy at most %.1f ms in one gap); CPU: this process %.0f %%",
                double(pods.watchEventCount() + events.watchEventCount() - firstEvents) / elapsed, stalls.size(),
                bench::percentile(stalls, 0.5), bench::percentile(stalls, 0.99), bench::maxOf(stalls),
                bench::maxOf(heartbeat.all().busy),
                100.0 * (cpuSeconds(QCoreApplication::applicationPid()) - ourCpuStart) / elapsed);
    if (kubesim)
        std::printf(", kubesim %.0f %%", 100.0 * (cpuSeconds(kubesim->pid()) - cpuStart) / elapsed);
    std::printf("; RSS beyond the log buffers %.1f MB at the end, peak %.1f MB", double(beyondLast) / 1e6,
                double(beyondMax) / 1e6);
    if (beyondBaseline >= 0)
        std::printf(", %.1f MB after the first minute (growth since %.1f MB)", double(beyondBaseline) / 1e6,
                    double(beyondLast - beyondBaseline) / 1e6);
    std::printf("\n");
    window.close();
    return 0;
}
