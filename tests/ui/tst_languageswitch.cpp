// The language switch round trip: English -> Chinese -> English changes the window's texts, through
// the same menu action a person would use, and the choice is remembered.
#include "bridge/simulationrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "map/mapitems.h"
#include "map/worldmapscene.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

using fl::ui::LanguageManager;
using fl::ui::MainWindow;

class LanguageSwitchTest : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    static void trigger(MainWindow &w, const QString &code)
    {
        auto *action = w.findChild<QAction *>(QStringLiteral("language_") + code);
        QVERIFY(action);
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void roundTrip()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
        QVERIFY(welcome);

        // The map's labels are graphics items: they get no LanguageChange and must be retranslated.
        QTRY_VERIFY_WITH_TIMEOUT(window.mapScene()->regionItem(0) != nullptr, 5000);
        QTRY_COMPARE(window.mapScene()->regionItem(0)->name(), QStringLiteral("N. Virginia"));
        // An undo command's text follows the language too.
        window.removeRegion(1);
        auto *undo = window.findChild<QAction *>(QStringLiteral("editUndo"));
        QVERIFY(undo->text().contains(QLatin1String("Ireland")));

        const QString englishTitle = window.windowTitle();
        const QStringList englishMenus = menuTitles(window);
        const QString englishWelcome = welcome->text();
        QCOMPARE(englishTitle, QStringLiteral("Failover Lab"));
        QVERIFY(englishMenus.contains(QStringLiteral("&File")));

        trigger(window, QStringLiteral("zh_CN"));
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(menuTitles(window) != englishMenus);
        QTRY_VERIFY(welcome->text() != englishWelcome);
        QVERIFY(menuTitles(window).join(QString()).contains(QStringLiteral("文件")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(QGuiApplication::font().families().contains(QStringLiteral("Noto Sans CJK SC")));
        auto *zh = window.findChild<QAction *>(QStringLiteral("language_zh_CN"));
        QVERIFY(zh->isChecked());
        QCOMPARE(window.mapScene()->regionItem(0)->name(), QStringLiteral("弗吉尼亚北部"));
        QVERIFY2(undo->text().contains(QStringLiteral("爱尔兰")), qPrintable(undo->text()));

        trigger(window, QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(window), englishMenus);
        QTRY_COMPARE(welcome->text(), englishWelcome);
        QCOMPARE(window.windowTitle(), englishTitle);
        QCOMPARE(window.mapScene()->regionItem(0)->name(), QStringLiteral("N. Virginia"));
        QVERIFY(undo->text().contains(QLatin1String("Ireland")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void rememberedChoiceIsAppliedAtStart()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
        LanguageManager::instance()->applyInitialLanguage();
        QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("zh_CN"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(LanguageSwitchTest)
#include "tst_languageswitch.moc"
