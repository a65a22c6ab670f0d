// stackdeck: the desktop console. Everything but start-up lives in the gui library.
#include "common/tr.h"
#include "common/version.h"
#include "demo/openimscenario.h"
#include "gui/appoptions.h"
#include "gui/chaosdialog.h"
#include "gui/democluster.h"
#include "gui/languagemanager.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
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

    sd::MainWindow window(&languages);
    window.restoreLayout();
    window.show();

    // --demo: the simulated cluster in this process, reached through its generated kubeconfig
    // like any real cluster, with the shipped dev stack on the canvas.
    sd::DemoCluster demo;
    if (options.demo) {
        const QString ns = QStringLiteral("openim-dev");
        QString error;
        if (!demo.start(ns, &error)) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 3;
        }
        const QString stack = QFileInfo(demo.kubeconfigPath()).dir().filePath(QStringLiteral("openim-dev.yaml"));
        QFile::copy(QStringLiteral(":/stackdeck/stacks/openim-dev.yaml"), stack);
        QFile::setPermissions(stack, QFile::ReadOwner | QFile::WriteOwner);
        window.openStack(stack);
        window.connectToCluster(demo.kubeconfigPath(), sd::DemoCluster::contextName(), ns);
        // Demo only: Cluster → Chaos… injects faults into the simulated cluster.
        if (QMenu *clusterMenu = window.menuBar()->findChild<QMenu *>(QStringLiteral("menu.cluster"))) {
            clusterMenu->addSeparator();
            QAction *chaos = clusterMenu->addAction(sd::Tr::tr("C&haos…"));
            QObject::connect(chaos, &QAction::triggered, &window, [&window, &demo] {
                auto *dialog = new sd::ChaosDialog(demo.chaosTargets(), demo.chaosExecutor(), &window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
        }
        // The stack deploys while the window is up: the canvas shows it coming up live.
        QObject::connect(demo.scenario(), &sd::OpenImScenario::finished, &window, [&window](bool ok, const QString &message) {
            window.statusBar()->showMessage(ok ? sd::Tr::tr("The demo stack is up.")
                                               : sd::Tr::tr("The demo stack did not come up: %1").arg(message));
        });
    } else if (!options.kubeconfig.isEmpty() || !options.context.isEmpty()) {
        window.connectToCluster(options.kubeconfig, options.context, options.namespaceName);
    }
    if (options.quitAfterMs >= 0)
        QTimer::singleShot(options.quitAfterMs, &window, &QWidget::close);
    return app->exec();
}
