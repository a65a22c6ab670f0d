#include "kubesim/logwriter.h"

#include "kubesim/controllermanager.h"
#include "kubesim/dataregistry.h"
#include "kubesim/logbook.h"
#include "kubesim/objects.h"
#include "kubesim/store.h"

#include <QRegularExpression>

#include <cmath>

namespace sd::sim {

using json = nlohmann::json;
using objects::str;

namespace {
constexpr int kTickMs = 100;

// FNV-1a: a stable hash (qHash is seeded per process) to give every container its own stream.
quint64 stableHash(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}
} // namespace

LogWriter::LogWriter(ControllerManager *manager, DataRegistry *data) : Controller(manager), m_data(data)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &LogWriter::tick);
}

QStringList LogWriter::datastoresOf(const QString &program)
{
    static const QHash<QString, QStringList> uses = {
        {QStringLiteral("openim-msggateway"), {QStringLiteral("redis")}},
        {QStringLiteral("openim-msgtransfer"), {QStringLiteral("mongodb"), QStringLiteral("redis"), QStringLiteral("kafka")}},
        {QStringLiteral("openim-push"), {QStringLiteral("redis"), QStringLiteral("kafka")}},
        {QStringLiteral("openim-rpc-msg"), {QStringLiteral("mongodb"), QStringLiteral("redis"), QStringLiteral("kafka")}},
        {QStringLiteral("openim-rpc-user"), {QStringLiteral("mongodb"), QStringLiteral("redis")}},
        {QStringLiteral("openim-rpc-auth"), {QStringLiteral("mongodb"), QStringLiteral("redis")}},
        {QStringLiteral("openim-rpc-friend"), {QStringLiteral("mongodb"), QStringLiteral("redis")}},
        {QStringLiteral("openim-rpc-group"), {QStringLiteral("mongodb"), QStringLiteral("redis")}},
        {QStringLiteral("openim-rpc-conversation"), {QStringLiteral("mongodb"), QStringLiteral("redis")}},
        {QStringLiteral("openim-rpc-third"), {QStringLiteral("mongodb"), QStringLiteral("redis"), QStringLiteral("minio")}},
    };
    return uses.value(program);
}

void LogWriter::observe(const WatchEvent &event)
{
    if (event.resource != objects::kPods)
        return;
    const QString ns = objects::ns(*event.object);
    const QString name = objects::name(*event.object);
    if (event.type == WatchEvent::Deleted) {
        const QString prefix = ns + QLatin1Char('/') + name + QLatin1Char('/');
        m_streams.removeIf([&](const auto &it) { return it.key().startsWith(prefix); });
        return;
    }
    enqueue(ns, name);
}

void LogWriter::resync()
{
    const SimOptions &o = manager()->options();
    if (o.logBacklog <= 0 && o.logRate <= 0)
        return;  // nothing to write: stay out of the way
    m_clock.start();
    if (o.logRate > 0)
        m_timer.start();
    for (const JsonPtr &pod : manager()->store()->list(objects::kPods).items)
        enqueue(objects::ns(*pod), objects::name(*pod));
}

void LogWriter::reconcile(const QString &ns, const QString &name)
{
    const SimOptions &o = manager()->options();
    if (o.logBacklog <= 0 && o.logRate <= 0)
        return;
    const auto pod = manager()->store()->get(objects::kPods, ns, name);
    if (!pod)
        return;
    const json status = pod->value("status", json::object());
    const bool terminating = (*pod)["metadata"].contains("deletionTimestamp");
    for (const auto &cs : status.value("containerStatuses", json::array())) {
        const QString container = str(cs, "name");
        const QString key = LogBook::key(ns, name, container);
        const bool ready = cs.value("ready", false) && !terminating;
        const QString instance = objects::uid(*pod) + QLatin1Char('/') + QString::number(cs.value("restartCount", 0));
        auto it = m_streams.find(key);
        if (it != m_streams.end() && it->instance == instance) {
            it->active = ready;  // readiness flaps without a restart: the same process goes on
            continue;
        }
        if (!ready)
            continue;
        json spec;
        for (const auto &c : (*pod)["spec"].value("containers", json::array())) {
            if (str(c, "name") == container)
                spec = c;
        }
        if (spec.is_null())
            continue;
        m_streams.insert(key, begin(*pod, spec, container, instance));
    }
}

LogWriter::Stream LogWriter::begin(const json &pod, const json &spec, const QString &container, const QString &instance)
{
    const SimOptions &o = manager()->options();
    const QString ns = objects::ns(pod);
    const QString name = objects::name(pod);
    const QString image = str(spec, "image");
    const LogGenerator::Format format = LogGenerator::formatFor(image, container);
    const QString openIm = LogGenerator::openImProgram(image);
    const QString program = openIm.isEmpty() ? container : openIm;
    const quint64 seed = o.seed ^ stableHash(LogBook::key(ns, name, container) + QLatin1Char('#') + instance.section(QLatin1Char('/'), 1));
    Stream s{ns, name, container, instance, LogGenerator(format, program, seed), true, {}};
    if (!openIm.isEmpty())
        s.clusters = wiredClusters(pod, openIm);

    if (o.logBacklog > 0) {
        // History since the instance started, ending now, after whatever it already wrote.
        LogBook *book = manager()->logs();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime from = now;
        const size_t count = book->lineCount(ns, name, container, false);
        if (const auto last = book->lines(ns, name, container, false, count ? count - 1 : 0, 1); !last.empty())
            from = std::max(last.front().time, from.addSecs(-3600));
        const qint64 span = std::max<qint64>(0, from.msecsTo(now));
        std::vector<LogBook::Line> lines;
        lines.reserve(size_t(o.logBacklog));
        for (int i = 0; i < o.logBacklog; ++i) {
            const QDateTime t = from.addMSecs(span * (i + 1) / o.logBacklog);
            lines.push_back({t, s.generator.next(t).text});
        }
        book->append(ns, name, container, std::move(lines));
    }
    return s;
}

QList<QPair<QString, QString>> LogWriter::wiredClusters(const json &pod, const QString &program) const
{
    // host[.namespace][.svc[.cluster.local]]:port, as the config files write addresses.
    static const QRegularExpression address(
        QStringLiteral(R"(([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.([a-z0-9]([-a-z0-9]*[a-z0-9])?))?(\.svc(\.cluster\.local)?)?:\d+)"));
    Store *store = manager()->store();
    const QString ns = objects::ns(pod);
    QList<QPair<QString, QString>> out;
    const QStringList files = datastoresOf(program);
    for (const auto &volume : pod["spec"].value("volumes", json::array())) {
        if (!volume.contains("configMap"))
            continue;
        const auto cm = store->get(objects::kConfigMaps, ns, str(volume["configMap"], "name"));
        if (!cm)
            continue;
        const json data = cm->value("data", json::object());
        for (const QString &file : files) {
            auto matches = address.globalMatch(str(data, (file + QStringLiteral(".yml")).toUtf8().constData()));
            while (matches.hasNext()) {
                const auto m = matches.next();
                const QString serviceNs = m.captured(4).isEmpty() ? ns : m.captured(4);
                const auto service = store->get(objects::kServices, serviceNs, m.captured(1));
                if (!service)
                    continue;
                const QString cluster = str(objects::labels(*service), "app.kubernetes.io/instance");
                const QPair<QString, QString> target{serviceNs, cluster};
                if (!cluster.isEmpty() && !out.contains(target) && (!m_data || m_data->exists(serviceNs, cluster)))
                    out.append(target);
            }
        }
    }
    return out;
}

void LogWriter::tick()
{
    const SimOptions &o = manager()->options();
    const qint64 nowMs = m_clock.elapsed();
    const qint64 realMs = nowMs - m_lastTickMs;
    m_lastTickMs = nowMs;
    if (manager()->loadPaused())
        return;
    const double simulatedSeconds = double(realMs) * o.timeScale / 1000.0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LogBook *book = manager()->logs();
    for (auto it = m_streams.begin(); it != m_streams.end(); ++it) {
        if (!it->active)
            continue;
        const int n = it->generator.linesFor(simulatedSeconds, o.logRate, o.logBurstiness);
        if (n <= 0)
            continue;
        std::vector<LogBook::Line> lines;
        lines.reserve(size_t(n));
        qint64 written = 0;
        for (int i = 0; i < n; ++i) {
            // Spread over the tick, so timestamps read like a process writing as it goes.
            const QDateTime t = now.addMSecs(-realMs + realMs * (i + 1) / n);
            LogGenerator::Line line = it->generator.next(t);
            written += line.writeBytes;
            lines.push_back({t, std::move(line.text)});
        }
        book->append(it->ns, it->pod, it->container, std::move(lines));
        if (m_data && written > 0) {
            for (const auto &[clusterNs, cluster] : std::as_const(it->clusters))
                m_data->recordWrite(clusterNs, cluster, written, it.key().toUtf8());
        }
    }
}

} // namespace sd::sim
