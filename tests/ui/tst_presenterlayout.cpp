// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode on a 3840x2160 screen (the offscreen platform configured to one), in English and
// Chinese: the lab's window and the compare view show no clipped or elided text (every visible
// widget's text against its rectangle, the tables' cells, and the text items of the charts on
// screen) and no text smaller than 1/45 of the screen's height. Also the compare view as it opens
// (1500x900, not presenting): nothing clipped either.
#include "../builtinworld.h"
#include "bridge/simulationrunner.h"
#include "clippedtexts.h"
#include "compare/comparetablewidget.h"
#include "compare/comparewindow.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "presenter/presentermode.h"
#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fl;
using namespace fl::ui;
using fl::scenario::testing::builtinScenario;
using namespace fl::ui::testing;

namespace {

// What a room sees: the texts of the widgets on screen, and of the charts scrolled into view (the
// others are a scroll away, and checked at normal type by tst_layout).
QList<Clip> clippedOnScreen(QWidget *window)
{
    QList<Clip> shown;
    for (const Clip &c : clippedTexts(window)) {
        const bool chart = c.where.endsWith(QLatin1String(" chart text"));
        if (!chart) {
            shown << c;
            continue;
        }
        for (QWidget *w : window->findChildren<QChartView *>()) {
            if (!w->visibleRegion().isEmpty() && c.where.startsWith(pathOf(w)))
                shown << c;
        }
    }
    return shown;
}

QString report(const QList<Clip> &clips)
{
    QStringList lines;
    for (const Clip &c : clips)
        lines << c.toString();
    return QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
}

// Every visible widget's font at least `minimum` pixels.
QStringList smallTexts(QWidget *window, int minimum)
{
    QStringList small;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!reallyVisible(w) || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                                   qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)))
            continue;
        if (QFontInfo(w->font()).pixelSize() < minimum)
            small << QStringLiteral("%1: %2 px").arg(pathOf(w)).arg(QFontInfo(w->font()).pixelSize());
    }
    return small;
}

} // namespace

class PresenterLayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void theScreenIs4k() { QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(3840, 2160)); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void compareViewAt4k_data() { languages_data(); }
    void compareViewAt4k()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        const scenario::Scenario a = builtinScenario(QStringLiteral("warm-standby-vs-pilot-light-warm"));
        QString error;
        const auto pair =
            scenario::alignForCompare(a, builtinScenario(QStringLiteral("active-active-stateless")), &error);
        QVERIFY2(pair, qPrintable(error));
        CompareWindow w(*pair, {a.name, QStringLiteral("active-active-stateless")}, 1.0, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.presenter()->enter();
        QTRY_VERIFY(w.isFullScreen());
        QTRY_COMPARE(w.size(), QSize(3840, 2160));
        w.simulation()->runTo(150 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest(0).now == 150 * kSecond, 30000);
        w.session()->measureNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->figuresAt() == 150 * kSecond, 20000);
        QTRY_VERIFY(w.table()->rowCount() > 10);
        QCoreApplication::processEvents();
        const QList<Clip> clips = clippedOnScreen(&w);
        QVERIFY2(clips.isEmpty(), qPrintable(report(clips)));
        const QStringList small = smallTexts(&w, w.presenter()->minimumTextPixels());
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
        if (const QString dir = qEnvironmentVariable("FL_SAVE_GRABS"); !dir.isEmpty())
            w.grab().save(QStringLiteral("%1/presenter-compare-4k-%2.png").arg(dir, language));
    }

    // The compare view as it opens, not presenting.
    void compareViewWindowed_data() { languages_data(); }
    void compareViewWindowed()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        QString error;
        const auto pair =
            scenario::alignForCompare(a, builtinScenario(QStringLiteral("active-active-stateless")), &error);
        QVERIFY2(pair, qPrintable(error));
        CompareWindow w(*pair, {a.name, QStringLiteral("active-active-stateless")}, 1.0, false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.simulation()->runTo(150 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest(0).now == 150 * kSecond, 30000);
        w.session()->measureNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->figuresAt() == 150 * kSecond, 20000);
        QCoreApplication::processEvents();
        const QList<Clip> clips = clippedOnScreen(&w);
        QVERIFY2(clips.isEmpty(), qPrintable(report(clips)));
    }

    void labWindowAt4k_data() { languages_data(); }
    void labWindowAt4k()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        MainWindow w;
        QVERIFY(showLab(w, QSize(1360, 860), "chartsDock"));
        QString error;
        QVERIFY2(w.openBuiltinScenario(QStringLiteral("split-brain-unprotected"), &error), qPrintable(error));
        w.presenter()->enter();
        QTRY_VERIFY(w.isFullScreen());
        QTRY_COMPARE(w.size(), QSize(3840, 2160));
        w.simulation()->runTo(100 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now == 100 * kSecond && !latest(w).running, 30000);
        QCoreApplication::processEvents();
        const QList<Clip> clips = clippedOnScreen(&w);
        QVERIFY2(clips.isEmpty(), qPrintable(report(clips)));
        const QStringList small = smallTexts(&w, w.presenter()->minimumTextPixels());
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
    }
};

// The offscreen platform's screen is 800x600 unless a configuration file says otherwise.
int main(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(
        R"({"screens": [{"name": "4k", "x": 0, "y": 0, "width": 3840, "height": 2160, "logicalDpi": 96}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QFile::encodeName(QStringLiteral("offscreen:configfile=") + config));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presenterlayout"));
    PresenterLayoutTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_presenterlayout.moc"
