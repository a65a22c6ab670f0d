// Log budgets of issue 9, side by side in one run against one in-process kubesim pod holding a
// 1M-line backlog of the OpenIM line mix (bench/loglinemix.h):
//   ingest   1M lines into the LogModel from memory (parse, strip ANSI, store, rows)
//   memory   what the buffer holds vs the raw bytes (budget ≤ 1.2 × raw + 32 MB)
//   filter   plain (case-insensitive) and regex over 1M lines, first slice and complete
//   search   search-next once the search has run
//   session  the whole path: LogSession over TLS (LogStream, merger) into the LogModel
//   cli      `stackdeck-cli logs pod/NAME > /dev/null` vs `kubectl logs pod/NAME > /dev/null`
// Usage: bench_logs [lines] [path/to/stackdeck-cli]; BENCH_SERVE=1 only serves the backlog (for
// profiling a client by hand); BENCH_PARTS=model,session,cli runs only the parts named.
#include "loglinemix.h"
#include "rss.h"

#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/scenario.h"
#include "kubesim/store.h"
#include "monitor/logmodel.h"
#include "monitor/logsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace sd;

namespace {

template<typename Pred>
bool waitUntil(Pred pred, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process (all threads): on a shared, loaded machine wall time says little.
double selfCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Runs a command with stdout to /dev/null (or a file); returns wall time in ms, -1 on failure;
// *cpuMs gets its user + system time.
double runTimed(const QString &program, const QStringList &args, const QString &home, const QString &out = {},
                double *cpuMs = nullptr)
{
    const double cpuBefore = childCpuMs();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    p.setProcessEnvironment(env);
    p.setStandardOutputFile(out.isEmpty() ? QProcess::nullDevice() : out);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    const double wall = ms(t);
    if (cpuMs)
        *cpuMs = childCpuMs() - cpuBefore;
    return wall;
}

qint64 countLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    qint64 n = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        n += chunk.count('\n');
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int lines = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    QString cli = argc > 2 ? QString::fromLocal8Bit(argv[2])
                           : QCoreApplication::applicationDirPath() + QStringLiteral("/../app/cli/stackdeck-cli");

    // The backlog: one pod, `lines` lines, 1,000 per second of log time.
    sim::Cluster cluster;
    cluster.loadScenario(QStringLiteral("empty"));
    if (!cluster.start()) {
        std::fprintf(stderr, "kubesim: %s\n", qPrintable(cluster.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    cluster.writeKubeconfig(kubeconfig, QStringLiteral("default"));
    nlohmann::json pod = {{"apiVersion", "v1"}, {"kind", "Pod"},
                          {"metadata", {{"name", "openim-api-0"}, {"namespace", "default"}}},
                          {"spec", {{"containers", {{{"name", "api"}, {"image", "openim/openim-api:v3.8.3"}}}}}},
                          {"status", {{"phase", "Running"}}}};
    sim::Scenario::add(cluster.store(), QStringLiteral("/pods"), pod);
    std::vector<MergedLine> memory;
    memory.reserve(size_t(lines));
    qint64 rawBytes = 0;
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-lines / 1000 - 10);
    QList<QByteArray> batch;
    for (int i = 0; i < lines; ++i) {
        QByteArray line = bench::mixLine(i);
        rawBytes += line.size() + 1;
        memory.push_back({base.toMSecsSinceEpoch() * 1'000'000 + qint64(i) * 1'000'000, 0, line, 0});
        batch.append(std::move(line));
        if (batch.size() == 1000 || i == lines - 1) {
            cluster.logs()->append(QStringLiteral("default"), QStringLiteral("openim-api-0"), QStringLiteral("api"),
                                   batch, base.addSecs(i / 1000));
            batch.clear();
        }
    }
    std::printf("backlog: %d lines, %.1f MB raw (kubectl logs output size)\n", lines, double(rawBytes) / 1e6);
    if (qEnvironmentVariableIsSet("BENCH_SERVE")) {
        // For profiling a client by hand: keep serving the backlog.
        std::printf("serving; kubeconfig %s\n", qPrintable(kubeconfig));
        std::fflush(stdout);
        return app.exec();
    }

    const QList<QByteArray> parts = qgetenv("BENCH_PARTS").split(',');
    auto wanted = [&](const char *part) { return qEnvironmentVariableIsEmpty("BENCH_PARTS") || parts.contains(part); };

    // ingest + memory
    if (wanted("model")) {
        const qint64 rssBefore = rssKb();
        LogModel model(lines);
        model.addSource(QStringLiteral("openim-api-0"));
        QElapsedTimer t;
        t.start();
        const double ingestCpu = selfCpuMs();
        for (size_t i = 0; i < memory.size(); i += 2000) {
            const std::vector<MergedLine> chunk(memory.begin() + qsizetype(i),
                                                memory.begin() + qsizetype(std::min(memory.size(), i + 2000)));
            model.append(chunk);
        }
        const double ingestMs = ms(t);
        std::printf("ingest: %d lines into the LogModel in %.0f ms = %.0f lines/s (budget >= 200000); cpu %.0f ms\n",
                    model.rowCount(), ingestMs, lines / (ingestMs / 1000), selfCpuMs() - ingestCpu);
        const double budget = 1.2 * double(rawBytes) + 32.0 * (1 << 20);
        std::printf("memory: buffer holds %.1f MB for %.1f MB raw; RSS grew %.1f MB; budget %.1f MB\n",
                    double(model.buffer().memoryBytes()) / 1e6, double(rawBytes) / 1e6,
                    double(rssKb() - rssBefore) / 1024, budget / 1e6);

        auto filterRun = [&](const char *name, const LogQuery &q) {
            QElapsedTimer ft;
            double first = -1;
            bool done = false;
            QMetaObject::Connection c1 = QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
                if (first < 0)
                    first = ms(ft);
            });
            QMetaObject::Connection c2 = QObject::connect(&model, &LogModel::filterFinished, &model, [&] { done = true; });
            ft.start();
            const double cpu = selfCpuMs();
            model.setFilter(q);
            waitUntil([&] { return done; }, 60'000);
            const double total = ms(ft);
            const double cpuUsed = selfCpuMs() - cpu;
            QObject::disconnect(c1);
            QObject::disconnect(c2);
            std::printf("filter %s: %d matches, first rows after %.0f ms, complete in %.0f ms (process cpu %.0f ms)\n",
                        name, model.rowCount(), first, total, cpuUsed);
        };
        LogQuery plain;
        plain.text = QStringLiteral("recordnotfounderror u4242");
        filterRun("plain, case-insensitive (budget < 300 ms)", plain);
        plain.caseSensitive = true;
        plain.text = QStringLiteral("RecordNotFoundError u4242");
        filterRun("plain, case-sensitive (budget < 300 ms)", plain);
        LogQuery regex;
        regex.regex = true;
        regex.text = QStringLiteral("consumer-\\d+5 in group|u42\\d\\d\"");
        filterRun("regex (budget < 1000 ms)", regex);
        {
            // Where a regular expression's time goes, one thread, no filter machinery: decoding
            // each line to UTF-16, QRegularExpression on decoded lines, and what LogMatcher does.
            const LogSnapshot snap = model.buffer().snapshot();
            const QRegularExpression qre(regex.text);
            const LogMatcher matcher(regex);
            qint64 n1 = 0, n2 = 0, n3 = 0;
            double bt = threadCpuMs();
            for (qint64 s = snap.firstSeq(); s < snap.endSeq(); ++s)
                n1 += QString::fromUtf8(snap.text(s)).size();
            const double decodeMs = threadCpuMs() - bt;
            bt = threadCpuMs();
            for (qint64 s = snap.firstSeq(); s < snap.endSeq(); ++s)
                n2 += qre.match(QString::fromUtf8(snap.text(s))).hasMatch();
            const double qtMs = threadCpuMs() - bt;
            bt = threadCpuMs();
            for (qint64 s = snap.firstSeq(); s < snap.endSeq(); ++s)
                n3 += matcher.matches(snap.record(s), snap.text(s));
            const double oursMs = threadCpuMs() - bt;
            std::printf("regex breakdown (thread cpu): QString::fromUtf8 of every line %.0f ms (%lld chars); "
                        "decode + QRegularExpression::match %.0f ms (%lld matches); LogMatcher (PCRE2-8 JIT on the "
                        "bytes) %.0f ms (%lld matches)\n",
                        decodeMs, qlonglong(n1), qtMs, qlonglong(n2), oursMs, qlonglong(n3));
        }
        LogQuery level;
        level.levels = levelBit(LogLevel::Error) | levelBit(LogLevel::Warning);
        filterRun("levels error+warning", level);
        model.setFilter({});

        LogQuery search;
        search.text = QStringLiteral("GroupCoordinator");
        bool searched = false;
        QObject::connect(&model, &LogModel::searchFinished, &model, [&] { searched = true; });
        QElapsedTimer st;
        st.start();
        model.setSearch(search);
        waitUntil([&] { return searched; }, 60'000);
        const double searchAll = ms(st);
        double worst = 0;
        int row = -1;
        QElapsedTimer nt;
        for (int i = 0; i < 1000; ++i) {
            nt.start();
            row = model.nextMatch(row, i % 3 != 2);
            worst = std::max(worst, ms(nt));
        }
        std::printf("search: %lld matches marked in %.0f ms (off-thread); search-next worst of 1000: %.3f ms (budget < 50 ms)\n",
                    qlonglong(model.searchMatchCount()), searchAll, worst);
    }
    memory.clear();
    memory.shrink_to_fit();

    // session over TLS into the model
    if (wanted("session")) {
        QString error;
        const auto connection = ClusterConnection::fromConfig(KubeConfig::loadFiles({kubeconfig}, true), {}, &error);
        KubeClient client(*connection);
        LogModel model(lines);
        LogOptions options;
        options.follow = false;
        LogSession session(&client, LogTarget::pod(QStringLiteral("default"), QStringLiteral("openim-api-0")), options);
        QObject::connect(&session, &LogSession::sourceAdded, &model,
                         [&](int index) { model.addSource(session.sources()[size_t(index)].label); });
        QObject::connect(&session, &LogSession::linesReady, &model,
                         [&](const std::vector<MergedLine> &l) { model.append(l); });
        QElapsedTimer t;
        t.start();
        session.start();
        waitUntil([&] { return session.isFinished(); }, 600'000);
        const double total = ms(t);
        std::printf("session: %d lines over TLS into the LogModel in %.0f ms = %.0f lines/s%s\n", model.rowCount(), total,
                    model.rowCount() / (total / 1000), model.rowCount() == lines ? "" : "  LINES MISSING");
    }

    // stackdeck-cli vs kubectl, each on the same pod, output to /dev/null; then once to a file to
    // count the lines delivered.
    const QString kubectl = QFileInfo(QStandardPaths::findExecutable(QStringLiteral("kubectl"))).canonicalFilePath();
    const QString kubectl133 = kubectl.isEmpty() ? QString() : QFileInfo(kubectl).dir().filePath(QStringLiteral("kubectl.1.33"));
    const QStringList cliArgs{QStringLiteral("logs"), QStringLiteral("pod/openim-api-0"), QStringLiteral("--kubeconfig"), kubeconfig};
    const QStringList kubectlArgs{QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("logs"), QStringLiteral("openim-api-0")};
    if (!wanted("cli"))
        return 0;
    if (!QFileInfo::exists(cli)) {
        std::printf("cli: %s not found (pass its path as the second argument)\n", qPrintable(cli));
        return 0;
    }
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir home1, home2;
        double oursCpu = 0, theirsCpu = 0;
        const double ours = runTimed(cli, cliArgs, home1.path(), {}, &oursCpu);
        const double theirs = QFileInfo::exists(kubectl133) ? runTimed(kubectl133, kubectlArgs, home2.path(), {}, &theirsCpu) : -1;
        std::printf("cli round %d: stackdeck-cli logs %.0f ms (cpu %.0f ms), kubectl.1.33 logs %.0f ms (cpu %.0f ms), "
                    "speed ratio ours/kubectl %.2f×\n",
                    round + 1, ours, oursCpu, theirs, theirsCpu, theirs > 0 && ours > 0 ? theirs / ours : 0.0);
    }
    QTemporaryDir home;
    const QString outOurs = dir.filePath(QStringLiteral("ours.txt"));
    const QString outTheirs = dir.filePath(QStringLiteral("theirs.txt"));
    runTimed(cli, cliArgs, home.path(), outOurs);
    if (QFileInfo::exists(kubectl133))
        runTimed(kubectl133, kubectlArgs, home.path(), outTheirs);
    std::printf("cli lines delivered: stackdeck-cli %lld, kubectl %lld (of %d)\n", countLines(outOurs),
                countLines(outTheirs), lines);
    return 0;
}
