// stackdeck: the desktop console. Everything but start-up lives in the gui library.
#include "common/tr.h"
#include "common/version.h"
#include "gui/appoptions.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// --help and --version must work without a display, so they get a console application object.
bool wantsConsoleOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stackdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Stackdeck"));
    QCoreApplication::setApplicationVersion(sd::Version::full());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.stackdeck.Stackdeck"));

    sd::LanguageManager languages;
    const QString saved = sd::LanguageManager::savedLanguage();
    languages.setLanguage(saved.isEmpty() ? sd::LanguageManager::systemLanguage() : saved);

    sd::AppOptions options;
    const auto parsed = sd::AppOptions::parse(QCoreApplication::arguments(), &options);
    if (parsed.outcome != sd::AppOptions::Outcome::Run) {
        const bool ok = parsed.outcome == sd::AppOptions::Outcome::ExitOk;
        std::fputs(qPrintable(parsed.output.endsWith(QLatin1Char('\n')) ? parsed.output
                                                                         : parsed.output + u'\n'),
                   ok ? stdout : stderr);
        return ok ? 0 : 2;
    }
    if (!options.language.isEmpty())
        languages.setLanguage(options.language);

    if (options.demo) {
        std::fputs(qPrintable(sd::Tr::tr("The built-in demo cluster is not part of this build yet; "
                                         "open a kubeconfig instead.")
                              + u'\n'),
                   stderr);
        return 3;
    }

    sd::MainWindow window(&languages);
    window.restoreLayout();
    window.show();
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    return app->exec();
}
