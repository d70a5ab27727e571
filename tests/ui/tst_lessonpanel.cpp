// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson dock in the window: a step plays to its end and its prediction is graded against the
// window's own run — the same key the headless lesson measures; interview practice keeps the
// takeaway back until then; back and restart put the world at a step's start; the map and the
// charts point at what the step names; the texts follow the language.
#include "charts/chartdata.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "map/lessonhighlights.h"
#include "map/mapitems.h"
#include "panels/chartspanel.h"
#include "panels/lessonpanel.h"
#include "panels/lessonquestionwidget.h"
#include "scenario/lessonplay.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;
using State = LessonPanel::StepState;

namespace {

constexpr int kWaitMs = 60000;

bool playCurrentStep(LessonPanel *panel)
{
    if (!QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs))
        return false;
    panel->runStep();
    return QTest::qWaitFor([panel] { return panel->state() == State::Played; }, kWaitMs);
}

} // namespace

class TestLessonPanel : public QObject
{
    Q_OBJECT

private slots:
    void init() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void aStepIsGradedAgainstTheWindowsOwnRun()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1400, 900), "chartsDock"));
        LessonPanel *panel = window.lessonPanel();
        QString error;
        QVERIFY2(window.startLesson(QStringLiteral("rpo-and-rto"), &error), qPrintable(error));
        QVERIFY(window.lessonDock()->isVisible());
        window.simulation()->setSpeed(kMaxSpeed);

        // What the headless lesson measures for step 2 (the acknowledged writes lost to the crash).
        scenario::ScenarioError problem;
        const std::optional<scenario::Lesson> lesson =
            scenario::loadBuiltinLesson(QStringLiteral("rpo-and-rto"), &problem);
        QVERIFY(lesson);
        const std::vector<scenario::StepOutcome> headless = scenario::playLesson(*lesson);

        QVERIFY(playCurrentStep(panel));
        QVERIFY(panel->outcome());
        QCOMPARE(panel->outcome()->end, lesson->steps[0].runTo);
        QCOMPARE(panel->outcome()->key->number, headless[0].key->number);
        panel->nextStep();
        QCOMPARE(panel->currentStep(), 1);
        // A prediction 20 % above the headless key: right, and counted once.
        panel->questionWidget()->setAnswer(QString::number(headless[1].key->number * 1.2));
        QVERIFY(playCurrentStep(panel));
        QCOMPARE(panel->outcome()->key->number, headless[1].key->number);
        QCOMPARE(panel->outcome()->writesLost, headless[1].writesLost);
        QCOMPARE(panel->answered(), 1);
        QCOMPARE(panel->answeredRight(), 1);
        QCOMPARE(latest(window).now, lesson->steps[1].runTo);
        QVERIFY(!latest(window).running);

        // Restart this step: the world goes back to its start (from a reset) and plays again the same.
        panel->restartStep();
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs));
        QCOMPARE(latest(window).now, lesson->steps[1].start);
        QVERIFY(playCurrentStep(panel));
        QCOMPARE(panel->outcome()->key->number, headless[1].key->number);
        QCOMPARE(panel->answered(), 1); // the same question is not counted twice

        // Back to the first step.
        panel->previousStep();
        QCOMPARE(panel->currentStep(), 0);
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs));
        QCOMPARE(latest(window).now, SimTime{0});
    }

    void interviewPracticeHoldsTheTakeawayBack()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1400, 900), "chartsDock"));
        LessonPanel *panel = window.lessonPanel();
        panel->setInterviewMode(true);
        QVERIFY(window.startLesson(QStringLiteral("rpo-and-rto")));
        window.simulation()->setSpeed(kMaxSpeed);
        auto *takeaway = panel->findChild<QLabel *>(QStringLiteral("lessonTakeaway"));
        auto *run = panel->findChild<QPushButton *>(QStringLiteral("lessonRun"));
        QVERIFY(takeaway && run);
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs));
        QVERIFY(!takeaway->isVisible());
        QVERIFY2(!run->isEnabled(), "interview practice wants a prediction first");
        panel->questionWidget()->setAnswer(QStringLiteral("1000"));
        QVERIFY(run->isEnabled());
        run->click();
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Played; }, kWaitMs));
        QVERIFY(takeaway->isVisible());
        QCOMPARE(panel->answered(), 1);
        panel->setInterviewMode(false);
    }

    void stepsPointAtTheMapAndTheCharts()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1400, 900), "chartsDock"));
        QVERIFY(window.startLesson(QStringLiteral("rpo-and-rto")));
        QVERIFY(QTest::qWaitFor([&window] { return window.mapScene()->regionCount() == 3; }, kWaitMs));
        // Step 1 points at two regions and the replication lag chart.
        QTRY_COMPARE(window.lessonHighlights()->ringPositions().size(), std::size_t{2});
        QCOMPARE(window.chartsPanel()->highlighted(), QStringList{QStringLiteral("replication-lag")});
        const QPointF virginia = window.mapScene()->regionItem(0)->pos();
        QCOMPARE(window.lessonHighlights()->ringPositions().front(), virginia);
    }

    void resetRestartsTheStepAndAnotherWorldEndsTheLesson()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1400, 900), "chartsDock"));
        LessonPanel *panel = window.lessonPanel();
        QVERIFY(window.startLesson(QStringLiteral("rpo-and-rto")));
        window.simulation()->setSpeed(kMaxSpeed);
        QVERIFY(playCurrentStep(panel));
        panel->nextStep();
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs));
        const SimTime start = panel->lesson()->steps[1].start;
        // Simulation ▸ Reset restarts the lesson's world: the step waits at its start again.
        action(window, "simReset")->trigger();
        QCOMPARE(panel->state(), State::Preparing);
        QVERIFY(QTest::qWaitFor([panel] { return panel->state() == State::Ready; }, kWaitMs));
        QCOMPARE(latest(window).now, start);
        QCOMPARE(panel->currentStep(), 1);
        // File ▸ New runs another world: the lesson ends, and says so.
        action(window, "fileNew")->trigger();
        QCOMPARE(panel->state(), State::NoLesson);
        QVERIFY(!panel->lesson());
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("lessonText"))
                    ->text()
                    .contains(QStringLiteral("stopped")));
        QTRY_COMPARE(window.lessonHighlights()->ringPositions().size(), std::size_t{0});
    }

    void everyChartALessonNamesExists()
    {
        QStringList kinds;
        for (ChartKind kind : allChartKinds())
            kinds << chartKindId(kind);
        for (const QString &id : scenario::builtinLessonIds()) {
            scenario::ScenarioError error;
            const std::optional<scenario::Lesson> lesson = scenario::loadBuiltinLesson(id, &error);
            QVERIFY2(lesson, qPrintable(error.toString()));
            for (const scenario::LessonStep &step : lesson->steps)
                for (const scenario::LessonHighlight &h : step.highlights)
                    if (h.kind == scenario::LessonHighlight::Kind::Chart)
                        QVERIFY2(kinds.contains(h.chart), qPrintable(id + QStringLiteral(": ") + h.chart));
        }
    }

    void textsFollowTheLanguage()
    {
        MainWindow window;
        QVERIFY(showLab(window, QSize(1400, 900), "chartsDock"));
        QVERIFY(window.startLesson(QStringLiteral("rpo-and-rto")));
        auto *heading = window.lessonPanel()->findChild<QLabel *>(QStringLiteral("lessonHeading"));
        QVERIFY(heading->text().contains(QStringLiteral("RPO and RTO")));
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        QTRY_VERIFY(heading->text().contains(QStringLiteral("RPO 与 RTO")));
        QTRY_COMPARE(window.lessonDock()->windowTitle(), QStringLiteral("课程"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QTRY_VERIFY(heading->text().contains(QStringLiteral("RPO and RTO")));
    }
};

QTEST_MAIN(TestLessonPanel)
#include "tst_lessonpanel.moc"
