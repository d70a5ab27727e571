// The incident table at the window's default size, in both languages, during and after a
// split-brain: no figure is cut short (the RPO cell used to read "43359 …"); only the fault's
// description may elide, and its tooltip then says it in full.
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableWidget>
#include <QTest>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

class IncidentCellsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_incidentcells"));
    }

    void cleanup() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void everyFigureFitsItsCell_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("seconds");
        for (const char *language : {"en", "zh_CN"}) {
            QTest::addRow("%s, split-brain open", language) << QString::fromLatin1(language) << 100;
            QTest::addRow("%s, closed at the heal", language) << QString::fromLatin1(language) << 240;
        }
    }

    void everyFigureFitsItsCell()
    {
        QFETCH(QString, language);
        QFETCH(int, seconds);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        MainWindow w;
        QVERIFY(showLab(w, QSize(1360, 860), "incidentDock")); // the window's default size
        QString error;
        QVERIFY2(
            w.openScenarioFile(
                QStringLiteral(FL_SOURCE_DIR "/resources/scenarios/split-brain-unprotected.json"), &error),
            qPrintable(error));
        w.simulation()->runTo(seconds * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now == seconds * kSecond && !latest(w).running, 30000);
        auto *table = w.findChild<QTableWidget *>(QStringLiteral("incidentTable"));
        QVERIFY(table);
        QTRY_VERIFY(table->rowCount() > 0 && table->item(0, table->columnCount() - 1) &&
                    !table->item(0, table->columnCount() - 1)->text().isEmpty());
        QCoreApplication::processEvents();
        const QFontMetrics fm(table->font());
        constexpr int kFaultColumn = 1, kTimelineColumn = 2;
        QStringList problems;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QTableWidgetItem *item = table->item(row, column);
                if (!item || column == kTimelineColumn) // the timeline is drawn, not written
                    continue;
                const int room = table->visualItemRect(item).width() -
                                 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
                for (const QString &line : item->text().split(QLatin1Char('\n'))) {
                    const int needed = fm.horizontalAdvance(line);
                    if (needed <= room)
                        continue;
                    if (column == kFaultColumn && item->toolTip().contains(line))
                        continue; // elided by design, said in full in the tooltip
                    problems << QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                    .arg(table->horizontalHeaderItem(column)->text(), line)
                                    .arg(needed)
                                    .arg(room);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(IncidentCellsTest)
#include "tst_incidentcells.moc"
