// SPDX-License-Identifier: GPL-3.0-or-later
// Presenter mode: full screen with only the map and the charts, no text smaller than 1/45 of the
// screen's height (widgets, map labels, charts), one key per common move (kill the primary, heal
// everything, pointer, help, a lesson's next step), Esc leaves only on a second press, and leaving
// puts everything back.
#include "charts/chartdata.h"
#include "labwindowfixture.h"
#include "map/mapsymbolpainter.h"
#include "panels/chartspanel.h"
#include "panels/lessonpanel.h"
#include "presenter/presentermode.h"

#include <QAbstractButton>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QtTest>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

namespace {

int primaryOf(const WorldSnapshot &s)
{
    for (const RegionView &r : s.regions)
        if (r.dataPrimary)
            return r.index;
    return -1;
}

void press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window.mapView()->viewport(), key, modifiers);
}

} // namespace

class TestPresenterMode : public QObject
{
    Q_OBJECT

private slots:
    void enteringScalesEveryTextAndLeavingRestores()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1200, 800), "chartsDock"));
        const QFont fontBefore = window.font();
        QVERIFY(window.menuBar()->isVisible());
        PresenterMode *presenter = window.presenter();
        action(window, "viewPresenter")->trigger();
        QVERIFY(presenter->isActive());
        QVERIFY(action(window, "viewPresenter")->isChecked());
        QTRY_VERIFY(window.isFullScreen());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(window.chartsDock()->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("controlDock"))->isVisible());

        const int minimum = presenter->minimumTextPixels();
        QVERIFY(minimum >= 10);
        // Widgets: every visible label, button and combo box.
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) ||
                                     qobject_cast<QComboBox *>(w)))
                continue;
            QVERIFY2(QFontInfo(w->font()).pixelSize() >= minimum,
                     qPrintable(QStringLiteral("%1: %2 px < %3")
                                    .arg(w->objectName())
                                    .arg(QFontInfo(w->font()).pixelSize())
                                    .arg(minimum)));
        }
        // The map's own texts (its smallest is a badge) and the charts'.
        QVERIFY(QFontInfo(mapsymbols::badgeFont()).pixelSize() >= minimum);
        for (ChartKind kind : allChartKinds()) {
            QChart *chart = window.chartsPanel()->chart(kind);
            QVERIFY(QFontInfo(chart->titleFont()).pixelSize() >= minimum);
            QVERIFY2(QFontInfo(chart->legend()->font()).pixelSize() >= minimum,
                     qPrintable(chartKindId(kind)));
        }

        // Esc once stays (a clicker sends it by accident), twice leaves.
        press(window, Qt::Key_Escape);
        QVERIFY(presenter->isActive());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("presenterEscapeHint"))->isVisible());
        press(window, Qt::Key_Escape);
        QVERIFY(!presenter->isActive());
        QTRY_VERIFY(!window.isFullScreen());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("controlDock"))->isVisible());
        QCOMPARE(window.font(), fontBefore);
        QVERIFY(QFontInfo(mapsymbols::badgeFont()).pixelSize() < minimum);
    }

    void oneKeyPerCommonMove()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1200, 800), "chartsDock"));
        window.presenter()->enter();
        QTRY_VERIFY(window.isFullScreen());
        const int primary = primaryOf(latest(window));
        QVERIFY(primary >= 0);
        // X kills the primary's region.
        press(window, Qt::Key_X);
        QTRY_VERIFY(!latest(window).regions[static_cast<std::size_t>(primary)].up);
        // 0 heals everything.
        press(window, Qt::Key_0);
        QTRY_VERIFY(latest(window).regions[static_cast<std::size_t>(primary)].up);
        // ? shows the keys, Esc closes them without leaving.
        press(window, Qt::Key_Question, Qt::ShiftModifier);
        QVERIFY(window.presenter()->helpShown());
        press(window, Qt::Key_Escape);
        QVERIFY(!window.presenter()->helpShown());
        QVERIFY(window.presenter()->isActive());
        // Z shows the pointer.
        press(window, Qt::Key_Z);
        QVERIFY(window.presenter()->pointerShown());
        // F11 leaves at once.
        action(window, "viewPresenter")->trigger();
        QVERIFY(!window.presenter()->isActive());
    }

    void pageDownWalksALesson()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1200, 800), "chartsDock"));
        QVERIFY(window.startLesson(QStringLiteral("rpo-and-rto")));
        window.simulation()->setSpeed(kMaxSpeed);
        window.presenter()->enter();
        QVERIFY(window.lessonDock()->isVisible()); // a running lesson stays on screen
        LessonPanel *panel = window.lessonPanel();
        QTRY_COMPARE(panel->state(), LessonPanel::StepState::Ready);
        press(window, Qt::Key_PageDown); // runs the step
        QTRY_COMPARE_WITH_TIMEOUT(panel->state(), LessonPanel::StepState::Played, 60000);
        press(window, Qt::Key_PageDown); // the next step
        QCOMPARE(panel->currentStep(), 1);
        press(window, Qt::Key_PageUp);
        QCOMPARE(panel->currentStep(), 0);
        window.presenter()->leave();
    }
};

QTEST_MAIN(TestPresenterMode)
#include "tst_presentermode.moc"
