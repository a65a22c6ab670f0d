#include "kubesim/simprocess.h"

#include "kubesim/datastoreprocess.h"
#include "kubesim/openimprocess.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>

#include <cmath>

namespace sd::sim {

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

HttpAnswer HttpAnswer::text(int status, const QByteArray &body)
{
    HttpAnswer a;
    a.status = status;
    a.body = body;
    return a;
}

HttpAnswer HttpAnswer::json(int status, const QByteArray &body)
{
    HttpAnswer a;
    a.status = status;
    a.contentType = "application/json; charset=utf-8";
    a.body = body;
    return a;
}

SimProcess::SimProcess(ContainerEnv env) : m_env(std::move(env))
{
    m_clock.start();
    // The classic liveness example creates its health file in its own command line.
    static const QRegularExpression touch(QStringLiteral(R"(\btouch\s+(\S+))"));
    auto it = touch.globalMatch((m_env.command + m_env.args).join(QLatin1Char(' ')));
    while (it.hasNext())
        m_touched.append(it.next().captured(1).remove(QLatin1Char(';')));
}

SimProcess::~SimProcess() = default;

std::shared_ptr<SimProcess> SimProcess::create(const ContainerEnv &env)
{
    if (OpenImProcess::handles(env))
        return std::make_shared<OpenImProcess>(env);
    if (const auto engine = DatastoreProcess::engineFor(env))
        return std::make_shared<DatastoreProcess>(env, *engine);
    return std::make_shared<SimProcess>(env);
}

SimProcess::Startup SimProcess::start(const ProcessWorld &world)
{
    m_world = world;
    return {};
}

QList<int> SimProcess::listenPorts() const
{
    QList<int> out;
    for (const auto &p : m_env.ports)
        out.append(p.second);
    return out;
}

QString SimProcess::ipPort(int port) const { return QStringLiteral("%1:%2").arg(m_env.podIP).arg(port); }

double SimProcess::uptimeSeconds() const { return double(m_clock.elapsed()) / 1000.0; }

HttpAnswer SimProcess::http(int port, const HttpExchange &request) const
{
    if (!listens(port)) {
        HttpAnswer refused;
        refused.kind = HttpAnswer::Refused;
        refused.error = QStringLiteral("dial tcp %1: connect: connection refused").arg(ipPort(port));
        return refused;
    }
    ++m_requests;
    return serve(port, request);
}

HttpAnswer SimProcess::serve(int, const HttpExchange &request) const
{
    const QByteArray path = request.route();
    if (path == "/metrics")
        return HttpAnswer::text(200, baseMetrics());
    static const QList<QByteArray> healthy = {"/", "/healthz", "/health", "/livez", "/readyz", "/ready", "/ping", "/status"};
    if (healthy.contains(path))
        return HttpAnswer::text(200, "ok");
    return HttpAnswer::text(404, "404 page not found\n");
}

QByteArray SimProcess::baseMetrics() const
{
    const double up = uptimeSeconds();
    // Deterministic figures that move with uptime, so two scrapes differ as on a live process.
    const double cpu = 0.02 * up + 0.35;
    const double rss = 24.0 * 1024 * 1024 + 4096.0 * std::fmod(up * 7, 2048);
    const int goroutines = 18 + int(std::lround(6 * (1 + std::sin(up / 9))));
    QByteArray out;
    out += "# HELP go_goroutines Number of goroutines that currently exist.\n# TYPE go_goroutines gauge\n";
    out += "go_goroutines " + QByteArray::number(goroutines) + "\n";
    out += "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.\n"
           "# TYPE process_cpu_seconds_total counter\n";
    out += "process_cpu_seconds_total " + QByteArray::number(cpu, 'f', 2) + "\n";
    out += "# HELP process_resident_memory_bytes Resident memory size in bytes.\n# TYPE process_resident_memory_bytes gauge\n";
    out += "process_resident_memory_bytes " + QByteArray::number(qint64(rss)) + "\n";
    out += "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.\n"
           "# TYPE process_start_time_seconds gauge\n";
    out += "process_start_time_seconds "
           + QByteArray::number(double(QDateTime::currentSecsSinceEpoch()) - std::floor(up), 'e', 9) + "\n";
    out += "# HELP promhttp_metric_handler_requests_total Total number of scrapes by HTTP status code.\n"
           "# TYPE promhttp_metric_handler_requests_total counter\n";
    out += "promhttp_metric_handler_requests_total{code=\"200\"} " + QByteArray::number(m_requests.load()) + "\n";
    return out;
}

std::optional<ExecAnswer> SimProcess::execCommand(const QStringList &) const { return std::nullopt; }

bool SimProcess::hasFile(const QString &path) const
{
    if (m_env.files.contains(path) || m_touched.contains(path))
        return true;
    // A mounted directory exists as soon as any file below it does.
    const QString dir = path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
    for (auto it = m_env.files.cbegin(); it != m_env.files.cend(); ++it) {
        if (it.key().startsWith(dir))
            return true;
    }
    return false;
}

ExecAnswer SimProcess::exec(const QStringList &command) const
{
    if (command.isEmpty())
        return {126, "OCI runtime exec failed: exec failed: no command"};
    const QString program = command.first().section(QLatin1Char('/'), -1);
    if ((program == QStringLiteral("sh") || program == QStringLiteral("bash")) && command.value(1) == QStringLiteral("-c"))
        return shell(command.value(2));
    if (const auto answer = execCommand(command))
        return *answer;
    return simpleCommand(command);
}

ExecAnswer SimProcess::shell(const QString &script) const
{
    // Enough of sh for probe commands: `a; b`, `a && b`, `a || b`, evaluated left to right.
    static const QRegularExpression separators(QStringLiteral(R"((;|&&|\|\|))"));
    ExecAnswer last;
    QString pending = QStringLiteral(";");
    qsizetype from = 0;
    auto runPart = [&](const QString &part, const QString &op) {
        if ((op == QStringLiteral("&&") && last.exitCode != 0) || (op == QStringLiteral("||") && last.exitCode == 0))
            return;
        const QStringList argv = QProcess::splitCommand(part.trimmed());
        if (argv.isEmpty())
            return;
        const ExecAnswer one = execCommand(argv).value_or(simpleCommand(argv));
        last.exitCode = one.exitCode;
        last.output += one.output;
    };
    auto it = separators.globalMatch(script);
    while (it.hasNext()) {
        const auto m = it.next();
        runPart(script.mid(from, m.capturedStart() - from), pending);
        pending = m.captured(1);
        from = m.capturedEnd();
    }
    runPart(script.mid(from), pending);
    return last;
}

ExecAnswer SimProcess::simpleCommand(const QStringList &argv) const
{
    const QString program = argv.first().section(QLatin1Char('/'), -1);
    if (program == QStringLiteral("true") || program == QStringLiteral(":"))
        return {0, {}};
    if (program == QStringLiteral("false"))
        return {1, {}};
    if (program == QStringLiteral("exit"))
        return {argv.value(1).toInt(), {}};
    if (program == QStringLiteral("echo"))
        return {0, argv.mid(1).join(QLatin1Char(' ')).toUtf8() + '\n'};
    if (program == QStringLiteral("cat") || program == QStringLiteral("ls") || program == QStringLiteral("test")
        || program == QStringLiteral("stat")) {
        const QString path = argv.last();
        if (hasFile(path))
            return {0, program == QStringLiteral("cat") ? m_env.files.value(path) : QByteArray()};
        if (program == QStringLiteral("test"))
            return {1, {}};
        return {program == QStringLiteral("ls") ? 2 : 1,
                QStringLiteral("%1: %2: No such file or directory\n").arg(program, path).toUtf8()};
    }
    // Anything else is taken to be a command the image has, which succeeds while the process runs.
    return {0, {}};
}

} // namespace sd::sim
