#include "gui/appoptions.h"

#include "common/tr.h"
#include "common/version.h"
#include "gui/languagemanager.h"

#include <QCommandLineParser>

namespace sd {

AppOptions::ParseResult AppOptions::parse(const QStringList &arguments, AppOptions *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Stackdeck deploys and operates OpenIM on Kubernetes with KubeBlocks."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Tr::tr("User interface language: en or zh_CN."),
                                  QStringLiteral("language"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        Tr::tr("Path to the kubeconfig file to use."),
                                        QStringLiteral("path"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     Tr::tr("Name of the kubeconfig context to use."),
                                     QStringLiteral("name"));
    const QCommandLineOption ns({QStringLiteral("n"), QStringLiteral("namespace")},
                                Tr::tr("Namespace to open."),
                                QStringLiteral("namespace"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Start the built-in demo cluster and connect to it."));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       Tr::tr("Quit after the given number of milliseconds."),
                                       QStringLiteral("ms"));
    parser.addOptions({lang, kubeconfig, context, ns, demo, quitAfter});

    ParseResult result;
    if (!parser.parse(arguments)) {
        result.outcome = Outcome::ExitError;
        result.output = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = Outcome::ExitOk;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ExitOk;
        result.output = QStringLiteral("stackdeck %1\n").arg(Version::full());
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = Outcome::ExitError;
        result.output = Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(lang)) {
        options->language = LanguageManager::normalize(parser.value(lang));
        if (options->language.isEmpty()) {
            result.outcome = Outcome::ExitError;
            result.output = Tr::tr("Unsupported language \"%1\". Use one of: %2.")
                                .arg(parser.value(lang),
                                     LanguageManager::availableLanguages().join(QStringLiteral(", ")));
            return result;
        }
    }
    if (parser.isSet(quitAfter)) {
        bool ok = false;
        options->quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options->quitAfterMs < 0) {
            result.outcome = Outcome::ExitError;
            result.output = Tr::tr("--quit-after needs a number of milliseconds, not \"%1\".")
                                .arg(parser.value(quitAfter));
            return result;
        }
    }
    options->kubeconfig = parser.value(kubeconfig);
    options->context = parser.value(context);
    options->namespaceName = parser.value(ns);
    options->demo = parser.isSet(demo);
    return result;
}

} // namespace sd
