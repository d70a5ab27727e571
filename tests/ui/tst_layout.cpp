// Issue 21 item 5: at the window's default size, in English and Chinese, on the default world and
// during a split-brain, no text the window shows is clipped or elided: labels, buttons, combo boxes,
// tab titles, table headers and cells, and the charts' own text items. Every tab of every tab
// widget and every dock is looked at. Editors that scroll by design (line edits, spin boxes, text
// views) are left out; a cell may elide only when its tooltip says it in full.
#include "clippedtexts.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QDockWidget>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

class LayoutTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void nothingIsClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("seconds");
        for (const char *language : {"en", "zh_CN"}) {
            QTest::addRow("%s, default world", language) << QString::fromLatin1(language) << QString() << 60;
            QTest::addRow("%s, split-brain in progress", language)
                << QString::fromLatin1(language) << QStringLiteral("split-brain-unprotected") << 100;
        }
    }

    void nothingIsClipped()
    {
        QFETCH(QString, language);
        QFETCH(QString, scenario);
        QFETCH(int, seconds);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        MainWindow w;
        QVERIFY(showLab(w, QSize(1360, 860), "healthDock")); // the window's default size
        if (!scenario.isEmpty()) {
            QString error;
            QVERIFY2(w.openScenarioFile(
                         QStringLiteral(FL_SOURCE_DIR "/resources/scenarios/%1.json").arg(scenario), &error),
                     qPrintable(error));
        }
        w.simulation()->runTo(seconds * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now == seconds * kSecond && !latest(w).running, 30000);

        QList<Clip> clips;
        const auto look = [&] {
            QCoreApplication::processEvents();
            for (const Clip &c : clippedTexts(&w)) {
                const bool seen = std::any_of(clips.begin(), clips.end(), [&c](const Clip &o) {
                    return o.where == c.where && o.text == c.text;
                });
                if (!seen)
                    clips.append(c);
            }
        };
        // Each dock in front in turn (the bottom ones share a tab area), and every tab of every
        // tab widget in each.
        const QList<QDockWidget *> docks = w.findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            dock->raise();
            look();
            for (QTabWidget *tabs : dock->findChildren<QTabWidget *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QTRY_VERIFY(tabs->currentWidget()->isVisible());
                    look();
                }
            }
        }
        // FL_SAVE_GRABS=DIR keeps what was checked, for a person to look at too.
        if (const QString dir = qEnvironmentVariable("FL_SAVE_GRABS"); !dir.isEmpty()) {
            const QString tag =
                QString::fromLatin1(QTest::currentDataTag())
                    .replace(QRegularExpression(QStringLiteral("[^a-zA-Z0-9]+")), QStringLiteral("-"));
            w.grab().save(QStringLiteral("%1/layout-%2.png").arg(dir, tag));
            if (auto *regions = w.findChild<QWidget *>(QStringLiteral("regionTable")))
                regions->grab().save(QStringLiteral("%1/layout-%2-regions.png").arg(dir, tag));
        }
        QStringList report;
        for (const Clip &c : clips)
            report << c.toString();
        QVERIFY2(clips.isEmpty(), qPrintable(QStringLiteral("\n") + report.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(LayoutTest)
#include "tst_layout.moc"
