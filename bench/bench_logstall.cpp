// GUI-thread stalls and memory while a whole stack's logs stream into log tabs (issue 9):
// `containers` synthetic containers, each writing `rate` lines/s of the OpenIM line mix
// (bench/loglinemix.h) with kubelet timestamps, spread over `tabs` LogTab widgets (what the Logs
// dock holds; each tab merges its containers like a component tab). A producer thread stands in
// for the API server's streams and hands each container's lines to the GUI thread in 50 ms batches
// as raw stamped bytes; the GUI thread does what LogSession does with them (timestamp parse, merge
// in time order, store in the tab's LogModel) and the views follow the tail. A 5 ms heartbeat
// timer on the GUI thread measures the event loop's stalls; RSS and the log buffers' bytes are
// sampled every 10 s (a soak: run it for minutes).
// Usage: bench_logstall [seconds=60] [containers=40] [rate=1000] [tabs=10] [capacity=200000]
// Run offscreen: QT_QPA_PLATFORM=offscreen build/bench/bench_logstall 300
#include "heartbeat.h"
#include "loglinemix.h"
#include "rss.h"

#include "gui/docks/logtab.h"
#include "gui/docks/logview.h"
#include "kube/logresumefilter.h"
#include "monitor/logmerger.h"
#include "monitor/logmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace sd;

namespace {

// The GUI-thread side of one tab: what LogSession does with each stream's raw lines.
class TabFeed : public QObject
{
public:
    TabFeed(LogTab *tab, int sources)
        : m_tab(tab)
    {
        m_clock.start();
        for (int i = 0; i < sources; ++i) {
            m_merger.addSource(m_clock.elapsed());
            tab->model()->addSource(QStringLiteral("openim-msg-%1").arg(i));
        }
        m_flush.setInterval(100);
        connect(&m_flush, &QTimer::timeout, this, [this] { flush(); });
        m_flush.start();
    }

    void deliver(int source, const QList<QByteArray> &lines)
    {
        const qint64 now = m_clock.elapsed();
        for (const QByteArray &raw : lines) {
            const qsizetype space = raw.indexOf(' ');
            const auto ts = LogResumeFilter::parseTimestamp(QByteArrayView(raw).first(space));
            m_merger.push(source, ts ? ts->seconds * 1'000'000'000 + ts->nanos : 0, raw, int(space + 1), now);
        }
        flush();
    }
    qint64 delivered() const { return m_delivered; }

private:
    void flush()
    {
        m_out.clear();
        m_merger.take(m_clock.elapsed(), &m_out);
        if (!m_out.empty()) {
            m_delivered += qint64(m_out.size());
            m_tab->model()->append(m_out);
        }
    }

    LogTab *m_tab;
    LogMerger m_merger;
    QElapsedTimer m_clock;
    QTimer m_flush;
    std::vector<MergedLine> m_out;
    qint64 m_delivered = 0;
};

// Writes every container's lines on its own thread, 50 ms at a time.
class Producer : public QObject
{
public:
    Producer(std::vector<TabFeed *> feeds, int perTab, int rate)
        : m_feeds(std::move(feeds)), m_perTab(perTab), m_rate(rate)
    {
    }
    void start()
    {
        auto *timer = new QTimer(this);
        timer->setTimerType(Qt::PreciseTimer);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [this] { tick(); });
        timer->start();
        m_clock.start();
    }

private:
    void tick()
    {
        // Catch up on what the elapsed time asks for, so a slow tick does not lower the rate.
        const qint64 due = m_clock.elapsed() * m_rate / 1000;
        const int n = int(due - m_written);
        if (n <= 0)
            return;
        m_written = due;
        const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + ' ';
        for (size_t t = 0; t < m_feeds.size(); ++t) {
            for (int s = 0; s < m_perTab; ++s) {
                QList<QByteArray> lines;
                lines.reserve(n);
                for (int i = 0; i < n; ++i)
                    lines.append(stamp + bench::mixLine(int(m_counter++ % 1'000'000'000)));
                TabFeed *feed = m_feeds[t];
                QMetaObject::invokeMethod(feed, [feed, s, lines] { feed->deliver(s, lines); }, Qt::QueuedConnection);
            }
        }
    }

    std::vector<TabFeed *> m_feeds;
    int m_perTab;
    qint64 m_rate;
    qint64 m_written = 0;
    qint64 m_counter = 0;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 60;
    const int containers = argc > 2 ? QByteArray(argv[2]).toInt() : 40;
    const int rate = argc > 3 ? QByteArray(argv[3]).toInt() : 1000;
    const int tabCount = std::max(1, argc > 4 ? QByteArray(argv[4]).toInt() : 10);
    const qint64 capacity = argc > 5 ? QByteArray(argv[5]).toLongLong() : 200'000;
    const int perTab = std::max(1, containers / tabCount);

    QTabWidget window;
    window.resize(1400, 900);
    std::vector<LogTab *> tabs;
    std::vector<TabFeed *> feeds;
    for (int t = 0; t < tabCount; ++t) {
        auto *tab = new LogTab(nullptr, LogTarget::component(QStringLiteral("openim"), QStringLiteral("openim-msg-%1").arg(t)),
                               LogOptions{}, capacity);
        window.addTab(tab, QStringLiteral("tab %1").arg(t));
        tabs.push_back(tab);
        feeds.push_back(new TabFeed(tab, perTab));
    }
    tabs.front()->view()->logDelegate()->setShowTimestamps(true);
    window.show();
    std::printf("bench_logstall: %d tabs × %d containers × %d lines/s = %d lines/s for %d s; capacity %lld lines per tab\n",
                tabCount, perTab, rate, tabCount * perTab * rate, seconds, qlonglong(capacity));
    std::fflush(stdout);

    bench::Heartbeat heartbeat(5);

    QThread producerThread;
    auto *producer = new Producer(feeds, perTab, rate);
    producer->moveToThread(&producerThread);
    QObject::connect(&producerThread, &QThread::finished, producer, &QObject::deleteLater);
    producerThread.start();

    // Every 10 s: RSS, what the buffers hold, RSS beyond them, lines, stalls in the window.
    QElapsedTimer run;
    qint64 beyondAtFull = -1;
    qint64 beyondLast = 0;
    auto sample = [&] {
        qint64 buffers = 0, lines = 0, dropped = 0;
        bool full = true;
        for (LogTab *tab : tabs) {
            buffers += tab->model()->buffer().memoryBytes();
            lines += tab->model()->buffer().endSeq();
            dropped += tab->model()->droppedCount();
            full &= tab->model()->droppedCount() > 0;
        }
        const qint64 rss = rssKb() * 1024;
        const std::vector<double> recent = heartbeat.takeWindow().stalls;
        beyondLast = rss - buffers;
        if (full && beyondAtFull < 0)
            beyondAtFull = beyondLast;
        std::printf("t=%4.0f s  RSS %7.1f MB  buffers %7.1f MB  beyond %6.1f MB  lines %10lld (%7.0f/s) dropped %10lld  "
                    "stalls p99 %5.1f ms max %6.1f ms\n",
                    double(run.elapsed()) / 1000, double(rss) / 1e6, double(buffers) / 1e6, double(beyondLast) / 1e6,
                    qlonglong(lines), double(lines) / (double(run.elapsed()) / 1000), qlonglong(dropped),
                    bench::percentile(recent, 0.99), bench::maxOf(recent));
        std::fflush(stdout);
    };
    QTimer sampler;
    sampler.setInterval(10'000);
    QObject::connect(&sampler, &QTimer::timeout, sample);

    run.start();
    heartbeat.start();
    sampler.start();
    QMetaObject::invokeMethod(producer, [producer] { producer->start(); }, Qt::QueuedConnection);
    QTimer::singleShot(seconds * 1000, &app, [&] {
        sample();
        producerThread.quit();
        producerThread.wait();
        heartbeat.stop();
        qint64 delivered = 0;
        for (TabFeed *f : feeds)
            delivered += f->delivered();
        std::printf("result: %lld lines shown in %d s = %.0f lines/s; GUI stalls over %zu heartbeats: p50 %.2f ms, p99 %.1f ms, "
                    "max %.1f ms; RSS beyond the log buffers %.1f MB once they were full, %.1f MB at the end (growth %.1f MB)\n",
                    qlonglong(delivered), seconds, double(delivered) / seconds, heartbeat.all().stalls.size(),
                    bench::percentile(heartbeat.all().stalls, 0.5), bench::percentile(heartbeat.all().stalls, 0.99),
                    bench::maxOf(heartbeat.all().stalls),
                    double(beyondAtFull) / 1e6, double(beyondLast) / 1e6,
                    beyondAtFull < 0 ? 0.0 : double(beyondLast - beyondAtFull) / 1e6);
        app.quit();
    });
    const int rc = app.exec();
    for (TabFeed *f : feeds)
        delete f;
    return rc;
}
