#pragma once

#include <QFont>
#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace fl::ui {

// Owns the installed translators and the user's language choice. Switching installs the new
// translators, which makes Qt send QEvent::LanguageChange to every widget; each widget then
// retranslates itself in changeEvent(). The choice is remembered in QSettings; the first start
// follows the system locale.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager *instance();

    // Language codes the lab ships, e.g. "en", "zh_CN".
    static QStringList availableLanguages();
    // The name of a language in that language (menus show "English" and "简体中文" whatever the UI
    // language is, so a user who cannot read the current one still finds their own).
    static QString nativeName(const QString &code);

    // Applies the remembered language, or the system one on first start.
    void applyInitialLanguage();
    // Applies `code` without remembering it (for the command line's --lang).
    bool setLanguage(const QString &code, bool remember = true);
    // For headless commands run without --lang: installs the English catalogue for its plural forms
    // ("1 run", "2 runs" rather than "run(s)") and leaves the locale the environment's, so numbers
    // in reports and CSV keep their form. Does nothing once a language is set.
    void installSourcePlurals();
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    void applyFont();

    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QFont m_defaultFont;
    bool m_defaultFontKnown = false;
};

} // namespace fl::ui
