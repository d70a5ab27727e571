#include "languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace fl::ui {
namespace {

const QString kSettingsKey = QStringLiteral("ui/language");
const QString kSourceLanguage = QStringLiteral("en");
// Fontconfig may otherwise pick the Japanese glyph variant for shared Han characters.
const QString kChineseFamily = QStringLiteral("Noto Sans CJK SC");

} // namespace

LanguageManager *LanguageManager::instance()
{
    static auto *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void LanguageManager::applyInitialLanguage()
{
    QSettings settings;
    QString code = settings.value(kSettingsKey).toString();
    if (!availableLanguages().contains(code)) {
        const QLocale system = QLocale::system();
        code = system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : kSourceLanguage;
    }
    setLanguage(code, false);
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    if (!availableLanguages().contains(code))
        return false;

    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_qtInstalled = false;

    // The English catalogue too: its messages are the source texts, but it carries the plural
    // forms ("%n write(s) lost" -> "1 write lost", "3 writes lost").
    m_appInstalled = m_appTranslator.load(QStringLiteral(":/i18n/failoverlab_") + code) &&
                     QCoreApplication::installTranslator(&m_appTranslator);
    if (code != kSourceLanguage) {
        m_qtInstalled = m_qtTranslator.load(QStringLiteral("qtbase_") + code,
                                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
                        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    m_language = code;
    QLocale::setDefault(QLocale(code));
    applyFont();

    if (remember) {
        QSettings settings;
        settings.setValue(kSettingsKey, code);
    }
    emit languageChanged(code);
    return code == kSourceLanguage || m_appInstalled;
}

void LanguageManager::installSourcePlurals()
{
    if (m_appInstalled || !m_language.isEmpty())
        return;
    m_appInstalled = m_appTranslator.load(QStringLiteral(":/i18n/failoverlab_") + kSourceLanguage) &&
                     QCoreApplication::installTranslator(&m_appTranslator);
}

void LanguageManager::applyFont()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    if (!m_defaultFontKnown) {
        m_defaultFont = QGuiApplication::font();
        m_defaultFontKnown = true;
        // Latin UI text that meets a Han character falls back to the Simplified Chinese face.
        QFont::insertSubstitution(m_defaultFont.family(), kChineseFamily);
    }
    QFont font = m_defaultFont;
    if (m_language == QLatin1String("zh_CN"))
        font.setFamilies({kChineseFamily, m_defaultFont.family()});
    QGuiApplication::setFont(font);
}

} // namespace fl::ui
