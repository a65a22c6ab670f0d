// Simulated container logs: the generator's formats (read back with the monitor's own parser),
// determinism, traffic shape, the LogWriter's backlog and rate in simulated time, the log size
// limit, and `kubectl logs -f` following the traffic.
#include "kubesim/cluster.h"
#include "kubesim/logbook.h"
#include "kubesim/loggenerator.h"
#include "kubesim/store.h"
#include "monitor/logparser.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using sd::sim::LogGenerator;
namespace LogParser = sd::LogParser;
Q_DECLARE_METATYPE(LogParser::Format)

namespace {
const QString kNs = QStringLiteral("kube-system");
const QString kPod = QStringLiteral("coredns-5d8c7b9f4-x7k2p");
const QString kContainer = QStringLiteral("coredns");

std::unique_ptr<sd::sim::Cluster> startCluster(int backlog, double rate, double burstiness = 0, quint64 seed = 7)
{
    auto cluster = std::make_unique<sd::sim::Cluster>();
    sd::sim::SimOptions options;
    options.timeScale = 50;
    options.seed = seed;
    options.logBacklog = backlog;
    options.logRate = rate;
    options.logBurstiness = burstiness;
    cluster->setOptions(options);
    if (!cluster->loadScenario(QStringLiteral("empty")) || !cluster->start())
        return nullptr;
    return cluster;
}

QByteArray stripped(const QByteArray &line)
{
    QByteArray out(line.size(), Qt::Uninitialized);
    out.truncate(LogParser::stripAnsi(line, out.data()));
    return out;
}

QStringList textsWithoutTimes(const std::vector<sd::sim::LogBook::Line> &lines)
{
    static const QRegularExpression time(QStringLiteral(R"(\d{4}-\d\d-\d\dT[0-9:.]+Z)"));
    QStringList out;
    for (const auto &l : lines)
        out.append(QString::fromUtf8(l.text).remove(time));
    return out;
}
} // namespace

class tst_LogWriter : public QObject
{
    Q_OBJECT
private slots:
    void formats_data();
    void formats();
    void generatorIsDeterministic();
    void steadyRateIsExact();
    void burstyRateKeepsItsMean();
    void sizeLimitKeepsIndices();
    void backlogPerContainer();
    void rateInSimulatedTime();
    void seedMakesRunsAlike();
    void restartStartsANewInstance();
    void kubectlFollowSeesTraffic();
    void scaleScenario();
};

void tst_LogWriter::formats_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("container");
    QTest::addColumn<LogParser::Format>("format");
    QTest::addColumn<int>("minLength");
    QTest::newRow("openim-api") << "docker.io/openim/openim-api:v3.8.3" << "openim-api" << LogParser::Format::ZapConsole << 250;
    QTest::newRow("openim-rpc-user") << "openim/openim-rpc-user:v3.8.3" << "openim-rpc-user" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("openim-rpc-msg") << "openim/openim-rpc-msg:v3.8.3" << "openim-rpc-msg" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("openim-msggateway") << "openim/openim-msggateway:v3.8.3" << "openim-msggateway" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("openim-msgtransfer") << "openim/openim-msgtransfer:v3.8.3" << "openim-msgtransfer" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("openim-push") << "openim/openim-push:v3.8.3" << "openim-push" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("openim-crontask") << "openim/openim-crontask:v3.8.3" << "openim-crontask" << LogParser::Format::ZapConsole << 200;
    QTest::newRow("mysql") << "docker.io/apecloud/mysql:8.0.30" << "mysql" << LogParser::Format::MySql << 80;
    QTest::newRow("redis") << "docker.io/apecloud/redis:7.2.7" << "redis" << LogParser::Format::Redis << 40;
    QTest::newRow("redis sentinel") << "docker.io/apecloud/redis:7.2.7" << "redis-sentinel" << LogParser::Format::Redis << 40;
    QTest::newRow("mongodb") << "docker.io/library/mongo:6.0.27" << "mongodb" << LogParser::Format::MongoJson << 150;
    QTest::newRow("kafka") << "docker.io/apecloud/kafka:3.3.2" << "kafka" << LogParser::Format::Kafka << 100;
    QTest::newRow("minio") << "docker.io/coollabsio/minio:2024.6.29" << "minio" << LogParser::Format::MinIO << 80;
    QTest::newRow("generic") << "registry.k8s.io/coredns/coredns:v1.11.1" << "coredns" << LogParser::Format::Logfmt << 60;
}

void tst_LogWriter::formats()
{
    QFETCH(QString, image);
    QFETCH(QString, container);
    QFETCH(LogParser::Format, format);
    QFETCH(int, minLength);
    const QString program = LogGenerator::openImProgram(image).isEmpty() ? container : LogGenerator::openImProgram(image);
    LogGenerator generator(LogGenerator::formatFor(image, container), program, 42);
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-26T09:15:21.337Z"), Qt::ISODate);
    int traffic = 0;
    qint64 trafficBytes = 0;
    int withOperationId = 0;
    int coloured = 0;
    for (int i = 0; i < 400; ++i) {
        const LogGenerator::Line line = generator.next(t0.addMSecs(i * 37));
        QVERIFY(!line.text.contains('\n'));
        coloured += line.text.contains("\x1b[") ? 1 : 0;
        const QByteArray plain = stripped(line.text);
        const LogParser::Info info = LogParser::parse(plain);
        if (info.format == LogParser::Format::Unknown && format == LogParser::Format::MinIO)
            continue;  // MinIO's start-up banner is plain text, as the real server prints it
        QVERIFY2(info.format == format, plain.constData());
        QVERIFY2(info.level != sd::LogLevel::Unknown, plain.constData());
        if (i >= 10) {
            ++traffic;
            trafficBytes += plain.size();
        }
        if (info.operationIdLength > 0)
            ++withOperationId;
    }
    // Lines as long as the real program's (the average of the traffic, after colour codes).
    QVERIFY2(trafficBytes / traffic >= minLength, qPrintable(QString::number(trafficBytes / traffic)));
    if (format == LogParser::Format::ZapConsole) {
        QCOMPARE(coloured, 400);
        QVERIFY(withOperationId > 350);
        // Zap console: the JSON object of fields at the end parses.
        const QByteArray last = stripped(generator.next(t0).text);
        const auto fields = nlohmann::json::parse(last.mid(last.lastIndexOf('\t') + 1).toStdString(), nullptr, false);
        QVERIFY2(fields.is_object() && fields.contains("operationID"), last.constData());
    }
    if (format == LogParser::Format::MongoJson) {
        const auto doc = nlohmann::json::parse(generator.next(t0).text.toStdString(), nullptr, false);
        QVERIFY(doc.is_object() && doc.contains("attr"));
    }
}

void tst_LogWriter::generatorIsDeterministic()
{
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-26T09:00:00Z"), Qt::ISODate);
    LogGenerator a(LogGenerator::Format::OpenIM, QStringLiteral("openim-rpc-msg"), 99);
    LogGenerator b(LogGenerator::Format::OpenIM, QStringLiteral("openim-rpc-msg"), 99);
    LogGenerator c(LogGenerator::Format::OpenIM, QStringLiteral("openim-rpc-msg"), 100);
    bool differs = false;
    for (int i = 0; i < 200; ++i) {
        const QByteArray la = a.next(t).text;
        QCOMPARE(la, b.next(t).text);
        differs = differs || la != c.next(t).text;
        // Traffic shape draws from its own stream: asking for counts does not change contents.
        a.linesFor(0.1 * i, 10, 1);
    }
    QVERIFY(differs);
}

void tst_LogWriter::steadyRateIsExact()
{
    LogGenerator g(LogGenerator::Format::Generic, QStringLiteral("x"), 1);
    int total = 0;
    for (int i = 0; i < 1000; ++i)
        total += g.linesFor(0.1, 7.5, 0);
    QCOMPARE(total, 750);  // 100 simulated seconds at 7.5 lines/s
    QCOMPARE(g.linesFor(0, 7.5, 0), 0);
    QCOMPARE(g.linesFor(10, 0, 0), 0);
}

void tst_LogWriter::burstyRateKeepsItsMean()
{
    LogGenerator g(LogGenerator::Format::Generic, QStringLiteral("x"), 1);
    QList<int> perSecond;
    for (int s = 0; s < 20000; ++s)
        perSecond.append(g.linesFor(1.0, 10, 1));
    const double mean = std::accumulate(perSecond.begin(), perSecond.end(), 0.0) / perSecond.size();
    QVERIFY2(mean > 9.0 && mean < 11.0, qPrintable(QString::number(mean)));
    // Quiet spells and bursts: some seconds far below, some far above the rate.
    QVERIFY(*std::min_element(perSecond.begin(), perSecond.end()) <= 3);
    QVERIFY(*std::max_element(perSecond.begin(), perSecond.end()) >= 25);
}

void tst_LogWriter::sizeLimitKeepsIndices()
{
    sd::sim::LogBook book;
    book.setLimitBytes(1000);
    for (int i = 0; i < 100; ++i)
        book.append(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"), {QByteArray(99, 'a') + QByteArray::number(i % 10)});
    QCOMPARE(book.lineCount(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"), false), size_t(100));
    const size_t first = book.firstIndex(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"), false);
    QVERIFY(first >= 90 && first < 100);
    // Reading from index 0 starts at the oldest line kept; indices stay absolute.
    const auto lines = book.lines(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"), false, 0);
    QCOMPARE(lines.size(), 100 - first);
    QCOMPARE(lines.front().text.right(1), QByteArray::number(int(first % 10)));
    QCOMPARE(book.lines(QStringLiteral("ns"), QStringLiteral("p"), QStringLiteral("c"), false, 99).front().text.right(1),
             QByteArray("9"));
}

void tst_LogWriter::backlogPerContainer()
{
    auto cluster = startCluster(25, 0);
    QVERIFY(cluster);
    // The scenario's two start-up lines, then the backlog; with rate 0 nothing more.
    QTRY_COMPARE_WITH_TIMEOUT(cluster->logs()->lineCount(kNs, kPod, kContainer, false), size_t(27), 10000);
    QTest::qWait(500);  // 25 simulated seconds
    QCOMPARE(cluster->logs()->lineCount(kNs, kPod, kContainer, false), size_t(27));
    const auto lines = cluster->logs()->lines(kNs, kPod, kContainer, false);
    for (size_t i = 1; i < lines.size(); ++i)
        QVERIFY(lines[i - 1].time <= lines[i].time);  // in time order (sinceTime searches rely on it)
}

void tst_LogWriter::rateInSimulatedTime()
{
    auto cluster = startCluster(0, 10, 0);  // steady: 10 lines per simulated second
    QVERIFY(cluster);
    QTRY_VERIFY_WITH_TIMEOUT(cluster->logs()->lineCount(kNs, kPod, kContainer, false) > 20, 10000);
    QElapsedTimer clock;
    clock.start();
    const size_t before = cluster->logs()->lineCount(kNs, kPod, kContainer, false);
    QTest::qWait(1000);
    const size_t after = cluster->logs()->lineCount(kNs, kPod, kContainer, false);
    const double simulatedSeconds = double(clock.elapsed()) * 50 / 1000;
    // The count follows simulated time (±2 ticks of 100 ms, 5 simulated seconds each).
    const double expected = simulatedSeconds * 10;
    QVERIFY2(std::abs(double(after - before) - expected) <= 100 + expected * 0.1,
             qPrintable(QStringLiteral("%1 lines in %2 simulated s").arg(after - before).arg(simulatedSeconds)));
}

void tst_LogWriter::seedMakesRunsAlike()
{
    auto a = startCluster(30, 0, 0, 11);
    auto b = startCluster(30, 0, 0, 11);
    auto c = startCluster(30, 0, 0, 12);
    QVERIFY(a && b && c);
    for (auto *cl : {a.get(), b.get(), c.get()})
        QTRY_COMPARE_WITH_TIMEOUT(cl->logs()->lineCount(kNs, kPod, kContainer, false), size_t(32), 10000);
    const QStringList ta = textsWithoutTimes(a->logs()->lines(kNs, kPod, kContainer, false, 2));
    QCOMPARE(ta.size(), 30);
    QCOMPARE(ta, textsWithoutTimes(b->logs()->lines(kNs, kPod, kContainer, false, 2)));
    QVERIFY(ta != textsWithoutTimes(c->logs()->lines(kNs, kPod, kContainer, false, 2)));
}

void tst_LogWriter::restartStartsANewInstance()
{
    auto cluster = startCluster(10, 5, 0);
    QVERIFY(cluster);
    QTRY_VERIFY_WITH_TIMEOUT(cluster->logs()->lineCount(kNs, kPod, kContainer, false) > 12, 10000);
    QVERIFY(cluster->crashLoopContainer(kNs, kPod, kContainer));
    QTRY_VERIFY_WITH_TIMEOUT(cluster->logs()->hasPrevious(kNs, kPod, kContainer), 15000);
    const size_t previous = cluster->logs()->lineCount(kNs, kPod, kContainer, true);
    QVERIFY(previous > 12);
    QVERIFY(cluster->crashLoopContainer(kNs, kPod, kContainer, false));
    // Ready again: the new instance gets its own backlog, then traffic.
    QTRY_VERIFY_WITH_TIMEOUT(cluster->logs()->lineCount(kNs, kPod, kContainer, false) > 12, 30000);
}

void tst_LogWriter::kubectlFollowSeesTraffic()
{
    const bool ci = qEnvironmentVariable("CI") == QLatin1String("true");
    const QString dispatcher = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    const QString dir = dispatcher.isEmpty() ? QString() : QFileInfo(QFileInfo(dispatcher).canonicalFilePath()).absolutePath();
    QString kubectl;
    for (int minor = 33; minor >= 27 && kubectl.isEmpty(); --minor) {
        const QString path = dir + QStringLiteral("/kubectl.1.%1").arg(minor);
        if (!dir.isEmpty() && QFileInfo(path).isExecutable())
            kubectl = path;
    }
    if (kubectl.isEmpty()) {
        if (ci)
            QFAIL("kubectl.1.NN binaries not found next to kubectl (CI=true: required)");
        QSKIP("kubectl.1.NN binaries not found next to kubectl");
    }
    auto cluster = startCluster(5, 2, 0);  // 2 lines per simulated second: 100 per real second
    QVERIFY(cluster);
    QTemporaryDir home;
    QVERIFY(cluster->writeKubeconfig(home.filePath(QStringLiteral("kubeconfig"))));
    QTRY_VERIFY_WITH_TIMEOUT(cluster->logs()->lineCount(kNs, kPod, kContainer, false) > 7, 10000);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("KUBECONFIG"), home.filePath(QStringLiteral("kubeconfig")));
    p.setProcessEnvironment(env);
    p.start(kubectl, {QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("-n"), kNs, kPod, QStringLiteral("--tail=1")});
    QVERIFY(p.waitForStarted());
    // Lines written after kubectl connected arrive on the open stream.
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (out.count('\n') < 50 && t.elapsed() < 20000 && p.state() == QProcess::Running) {
        p.waitForReadyRead(500);
        out += p.readAllStandardOutput();
    }
    p.kill();
    p.waitForFinished();
    QVERIFY2(out.count('\n') >= 50, out.constData());
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY(LogParser::parse(lines[lines.size() - 2]).format == LogParser::Format::Logfmt);
}

void tst_LogWriter::scaleScenario()
{
    sd::sim::Cluster cluster;
    sd::sim::SimOptions options;
    options.timeScale = 50;
    options.logBacklog = 3;
    cluster.setOptions(options);
    QVERIFY(!cluster.loadScenario(QStringLiteral("scale:0")));
    QVERIFY(!cluster.loadScenario(QStringLiteral("scale:x")));
    QVERIFY2(cluster.loadScenario(QStringLiteral("scale:120")), qPrintable(cluster.errorString()));
    QVERIFY(cluster.start());
    const auto countPods = [&] {
        int running = 0;
        QSet<QString> namespaces;
        for (const auto &p : cluster.store()->list(QStringLiteral("/pods")).items) {
            const QString ns = QString::fromStdString((*p)["metadata"].value("namespace", ""));
            if (!ns.startsWith(QStringLiteral("load-")))
                continue;
            namespaces.insert(ns);
            const auto statuses = (*p)["status"].value("containerStatuses", nlohmann::json::array());
            if ((*p)["status"].value("phase", "") == std::string("Running") && !statuses.empty() && statuses[0].value("ready", false)
                && cluster.logs()->lineCount(ns, QString::fromStdString((*p)["metadata"].value("name", "")), QStringLiteral("web"), false) == 3)
                ++running;
        }
        return qMakePair(running, int(namespaces.size()));
    };
    QTRY_COMPARE_WITH_TIMEOUT(countPods(), qMakePair(120, 3), 10000);
    // Adopted as they are: the controllers neither replace nor add pods (60 simulated seconds).
    QTest::qWait(1200);
    QCOMPARE(countPods(), qMakePair(120, 3));
}

QTEST_GUILESS_MAIN(tst_LogWriter)
#include "tst_logwriter.moc"
