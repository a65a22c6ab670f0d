#pragma once

#include <QString>
#include <QStringList>

namespace sd {

// What the GUI was asked to do on its command line. Parsing is separate from acting on it so
// tests can check every option without starting the application.
struct AppOptions
{
    QString language; // normalized ("en", "zh_CN"), empty = persisted choice or system locale
    QString kubeconfig;
    QString context;
    QString namespaceName;
    bool demo = false;
    int quitAfterMs = -1; // smoke tests: quit on their own after this long

    enum class Outcome { Run, ExitOk, ExitError };
    struct ParseResult
    {
        Outcome outcome = Outcome::Run;
        QString output; // text for stdout (help, version) or stderr (errors)
    };

    // Parses `arguments` (argv including the program name). Call after the application object
    // exists so that messages are translated.
    static ParseResult parse(const QStringList &arguments, AppOptions *options);
};

} // namespace sd
