#pragma once

#include <QCommandLineParser>

namespace sd::cli {

// The options every command shares (--help, --output text|json) and the parsing that follows
// from them, so each command only adds its own options.
void addCommonOptions(QCommandLineParser &parser, const QString &description,
                      const QList<QCommandLineOption> &extra);
// Parses `args`. Returns false when the command must stop: after printing the help (*exitCode
// ExitOk) or a usage error (*exitCode ExitUsage).
bool parseCommand(QCommandLineParser &parser, const QStringList &args, int *exitCode);
bool wantsJson(const QCommandLineParser &parser);

} // namespace sd::cli
