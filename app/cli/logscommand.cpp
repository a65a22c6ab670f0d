// stackdeck-cli logs: the logs dock's engine for terminals and scripts (what people use stern
// for): one pod, a Deployment, a KubeBlocks Cluster or a stack component, merged in time order.
#include "cli/command.h"
#include "cli/commandparser.h"
#include "cli/output.h"
#include "common/tr.h"
#include "kube/clusterconnection.h"
#include "kube/kubeclient.h"
#include "kube/kubeconfig.h"
#include "monitor/logparser.h"
#include "monitor/logquery.h"
#include "monitor/logbuffer.h"
#include "monitor/logsession.h"

#include <QEventLoop>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sd::cli {

namespace {

// "90s", "5m", "2h", "1h30m", or plain seconds; -1 when malformed.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s?)?$"));
    const auto m = re.match(text.trimmed());
    if (text.trimmed().isEmpty() || !m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
}

// Writes merged lines to stdout through one large buffer: the output side must keep up with a
// 1M-line backlog (see BENCHMARKS.md).
class LineWriter
{
public:
    LineWriter(bool labels, bool timestamps, bool stripAnsi, const LogMatcher &grep)
        : m_labels(labels), m_timestamps(timestamps), m_strip(stripAnsi), m_grep(grep)
    {
        std::setvbuf(stdout, nullptr, _IOFBF, 1 << 20);
    }
    void setLabelled(bool labelled) { m_labels = labelled; }
    void addLabel(const QString &label) { m_sourceLabels.push_back(QByteArray("[" + label.toUtf8() + "] ")); }

    void write(const std::vector<MergedLine> &lines)
    {
        for (const MergedLine &l : lines) {
            QByteArrayView text = l.text();
            if (m_strip && text.contains('\x1b')) {
                m_scratch.resize(text.size());
                m_scratch.resize(LogParser::stripAnsi(text, m_scratch.data()));
                text = m_scratch;
            }
            if (!m_grep.matchesEverything()) {
                LogRecord r;
                r.level = LogParser::parse(text).level;
                if (!m_grep.matches(r, text))
                    continue;
            }
            if (m_labels && size_t(l.source) < m_sourceLabels.size())
                put(m_sourceLabels[size_t(l.source)]);
            if (m_timestamps && l.textOffset > 0)
                put(QByteArrayView(l.bytes).first(l.textOffset));
            put(text);
            std::fputc('\n', stdout);
        }
    }
    void flush() { std::fflush(stdout); }

private:
    static void put(QByteArrayView bytes) { std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout); }

    bool m_labels;
    bool m_timestamps;
    bool m_strip;
    LogMatcher m_grep;
    std::vector<QByteArray> m_sourceLabels;
    QByteArray m_scratch;
};

} // namespace

int runLogs(const QStringList &args)
{
#ifdef __GLIBC__
    // A backlog arrives in multi-megabyte chunks: with glibc's defaults each one is a fresh
    // mmap whose pages fault in and go back to the kernel at once (half the CPU time of a 1M-line
    // read). Keep freed memory for reuse instead.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 128 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
    QCommandLineParser parser;
    const QCommandLineOption kubeconfigOption(QStringLiteral("kubeconfig"),
                                              Tr::tr("The kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)."),
                                              QStringLiteral("file"));
    const QCommandLineOption contextOption(QStringLiteral("context"),
                                           Tr::tr("The kubeconfig context (default: current-context)."),
                                           QStringLiteral("name"));
    const QCommandLineOption namespaceOption({QStringLiteral("n"), QStringLiteral("namespace")},
                                             Tr::tr("The namespace (default: the context's)."), QStringLiteral("name"));
    const QCommandLineOption followOption({QStringLiteral("f"), QStringLiteral("follow")},
                                          Tr::tr("Keep streaming; new pods of a workload join as they start."));
    const QCommandLineOption tailOption(QStringLiteral("tail"), Tr::tr("Lines of recent log per container (default: all)."),
                                        QStringLiteral("lines"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
                                         Tr::tr("Only lines newer than this duration, e.g. 90s, 5m, 1h30m."),
                                         QStringLiteral("duration"));
    const QCommandLineOption timestampsOption(QStringLiteral("timestamps"), Tr::tr("Prefix each line with its timestamp."));
    const QCommandLineOption previousOption(QStringLiteral("previous"),
                                            Tr::tr("The previous instance of restarted containers."));
    const QCommandLineOption grepOption(QStringLiteral("grep"),
                                        Tr::tr("Only lines matching this regular expression."), QStringLiteral("regex"));
    const QCommandLineOption trustExecOption(QStringLiteral("trust-exec"),
                                             Tr::tr("Run the kubeconfig's exec credential plugin without asking."));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("pod/NAME[/CONTAINER], deployment/NAME, cluster/NAME (a KubeBlocks "
                                        "Cluster) or a stack component name."));
    int exitCode = ExitOk;
    addCommonOptions(parser,
                     Tr::tr("Print the logs of a pod, a workload or a stack component, merged in time order "
                            "and labelled by pod."),
                     {kubeconfigOption, contextOption, namespaceOption, followOption, tailOption, sinceOption,
                      timestampsOption, previousOption, grepOption, trustExecOption});
    if (!parseCommand(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printErr(Tr::tr("logs needs exactly one target, e.g. pod/NAME or deployment/NAME."));
        return ExitUsage;
    }

    LogOptions options;
    options.follow = parser.isSet(followOption);
    options.previous = parser.isSet(previousOption);
    options.timestamps = parser.isSet(timestampsOption);
    // A one-shot read of one container asks no timestamps it will not print (as kubectl does;
    // a dropped connection then fails the read instead of resuming it).
    options.alwaysStamped = false;
    if (parser.isSet(tailOption)) {
        bool ok = false;
        options.tailLines = parser.value(tailOption).toInt(&ok);
        if (!ok || options.tailLines < 0) {
            printErr(Tr::tr("--tail expects a number of lines, not “%1”.").arg(parser.value(tailOption)));
            return ExitUsage;
        }
    }
    if (parser.isSet(sinceOption)) {
        options.sinceSeconds = parseDuration(parser.value(sinceOption));
        if (options.sinceSeconds < 0) {
            printErr(Tr::tr("--since expects a duration such as 90s, 5m or 1h30m, not “%1”.").arg(parser.value(sinceOption)));
            return ExitUsage;
        }
    }
    LogMatcher grep;
    if (parser.isSet(grepOption)) {
        LogQuery q;
        q.text = parser.value(grepOption);
        q.regex = true;
        q.caseSensitive = true;
        grep = LogMatcher(q);
        if (!grep.isValid()) {
            printErr(Tr::tr("--grep: %1").arg(grep.errorString()));
            return ExitUsage;
        }
    }

    const KubeConfig config = KubeConfig::load(parser.value(kubeconfigOption));
    for (const KubeConfigProblem &p : config.problems()) {
        if (p.severity == KubeConfigProblem::Severity::Error)
            printErr(Tr::tr("error: %1").arg(p.text()));
    }
    QString error;
    const auto connection = ClusterConnection::fromConfig(config, parser.value(contextOption), &error);
    if (!connection) {
        printErr(error);
        return ExitFailed;
    }
    const bool trustExec = parser.isSet(trustExecOption);
    KubeClient client(*connection, [trustExec](const ExecTrustRequest &request) {
        if (!trustExec)
            printErr(Tr::tr("The kubeconfig wants to run “%1” for credentials; pass --trust-exec to allow it.")
                         .arg(request.commandLine()));
        return trustExec;
    });
    const QString ns = parser.isSet(namespaceOption) ? parser.value(namespaceOption) : connection->defaultNamespace;
    LogTarget target;
    if (!LogTarget::parse(parser.positionalArguments().first(), ns.isEmpty() ? QStringLiteral("default") : ns,
                          &target, &error)) {
        printErr(error);
        return ExitUsage;
    }

    // Terminals get the colours as written; files and pipes get plain text.
    LineWriter writer(false, options.timestamps, !::isatty(STDOUT_FILENO), grep);
    LogSession session(&client, target, options);
    QObject::connect(&session, &LogSession::sourceAdded, &session, [&](int index) {
        writer.addLabel(session.sources()[size_t(index)].label);
        // Labels when lines can come from several containers, as stern does; a single
        // container prints like kubectl logs.
        writer.setLabelled(target.kind != LogTarget::Kind::Pod || session.sources().size() > 1);
    });
    QObject::connect(&session, &LogSession::sourceChanged, &session, [&](int index) {
        const LogSession::Source &s = session.sources()[size_t(index)];
        if (s.state == LogSession::State::Error || (options.follow && s.state == LogSession::State::Ended && !s.message.isEmpty()))
            printErr(Tr::tr("%1: %2").arg(s.label, s.message));
    });
    QObject::connect(&session, &LogSession::linesReady, &session,
                     [&](const std::vector<MergedLine> &lines) { writer.write(lines); });
    QEventLoop loop;
    QObject::connect(&session, &LogSession::finished, &loop, &QEventLoop::quit);
    session.start();
    loop.exec();
    writer.flush();
    if (!session.errorString().isEmpty()) {
        printErr(session.errorString());
        return ExitFailed;
    }
    for (const LogSession::Source &s : session.sources()) {
        if (s.state == LogSession::State::Error)
            return ExitFailed;
    }
    return ExitOk;
}

} // namespace sd::cli
