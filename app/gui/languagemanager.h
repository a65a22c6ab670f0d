#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace sd {

// Owns the application's translators and switches the UI language at run time. Installing a
// translator makes Qt send QEvent::LanguageChange to every widget, so each widget retranslates
// itself in changeEvent(); languageChanged() is for what events do not reach (the QML engine).
// GUI thread only.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages();            // "en", "zh_CN"
    static QString nativeName(const QString &language); // "English", "简体中文"
    // The language that best fits the system locale, or "en".
    static QString systemLanguage();
    // A supported language code for free-form input ("zh", "zh-CN", "zh_CN.UTF-8"), or empty.
    static QString normalize(const QString &language);
    // The user's explicit choice from View → Language (QSettings), or empty.
    static QString savedLanguage();
    static void saveLanguage(const QString &language);

    QString language() const { return m_language; }
    // Installs the translators for `language`; returns false (and changes nothing) when the
    // language is not supported.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace sd
