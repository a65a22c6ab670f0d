#pragma once

#include <QStringList>

namespace sd::cli {

// Exit codes a CI pipeline can rely on, the same for every command.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,  // the command ran and the answer is "no": invalid stack, failed check, ...
    ExitUsage = 2,   // bad command line
    ExitIo = 3,      // a file could not be read or written
    ExitRefused = 4, // not permitted (RBAC) or not supported (engine, topology, StorageClass)
};

// One `stackdeck-cli <name>` command. `args` starts with the command name, so each command
// parses its own options with QCommandLineParser.
struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("Stackdeck", ...)
    int (*run)(const QStringList &args);
    bool needsGui = false; // draws with fonts: runs a QGuiApplication on the offscreen platform
};

QList<Command> commands();

int runExport(const QStringList &args);
int runValidate(const QStringList &args);
int runRender(const QStringList &args);
int runContexts(const QStringList &args);
int runCheck(const QStringList &args);
int runPlan(const QStringList &args);
int runApply(const QStringList &args);
int runDestroy(const QStringList &args);
int runStatus(const QStringList &args);
int runImport(const QStringList &args);
int runLogs(const QStringList &args);
int runOp(const QStringList &args);

} // namespace sd::cli
