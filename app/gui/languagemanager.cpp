#include "gui/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sd {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language is named in itself, so a user lost in the wrong language can find their own.
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::normalize(const QString &language)
{
    QString code = language.trimmed();
    code = code.left(code.indexOf(QLatin1Char('.'))); // drop ".UTF-8"
    code.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0
        || code.startsWith(QLatin1String("en_"), Qt::CaseInsensitive)) {
        return QStringLiteral("en");
    }
    if (code.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("zh_CN"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("zh_Hans"), Qt::CaseInsensitive) == 0
        || code.compare(QLatin1String("zh_SG"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("zh_CN");
    }
    return {};
}

namespace {
const auto kLanguageKey = QStringLiteral("ui/language");
}

QString LanguageManager::savedLanguage()
{
    return normalize(QSettings().value(kLanguageKey).toString());
}

void LanguageManager::saveLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, normalize(language));
}

QString LanguageManager::systemLanguage()
{
    const QLocale locale = QLocale::system();
    if (locale.language() == QLocale::Chinese && locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    const QString code = normalize(language);
    if (code.isEmpty())
        return false;

    auto app = std::make_unique<QTranslator>();
    // English carries only the plural forms; a missing file just means source strings are shown.
    const bool appLoaded = app->load(QStringLiteral(":/i18n/stackdeck_%1.qm").arg(code));
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = code != QLatin1String("en")
                          && qt->load(QStringLiteral("qtbase_%1").arg(code),
                                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();

    if (qtLoaded) {
        m_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }
    if (appLoaded) {
        m_appTranslator = std::move(app);
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    const bool changed = m_language != code;
    m_language = code;
    if (changed)
        emit languageChanged(code);
    return true;
}

} // namespace sd
