// SPDX-License-Identifier: GPL-3.0-or-later
// Simulation ▸ Design for Targets…: the dialog opens on the lab's world, refuses a bad target with a
// reason, runs the planner with progress, lists designs that meet the targets, and opening one puts
// that design in the window; the design, run to its end, meets both targets.
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "panels/plandialog.h"
#include "scenario/builtins.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace fl;
using namespace fl::ui;

class PlanDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void findsAndOpensADesign()
    {
        MainWindow window;
        scenario::ScenarioError error;
        const std::optional<QJsonObject> document =
            scenario::readBuiltinDocument(QStringLiteral("active-passive-async"), &error);
        QVERIFY(document);
        std::optional<scenario::Scenario> world = scenario::scenarioFromJson(*document, &error);
        QVERIFY(world);
        scenario::setDuration(*world, 3 * kMinute); // the kill at 2 min and the recovery
        window.openScenarioDocument(*world, QString(), QStringLiteral("active-passive-async"));
        QVERIFY(testing::showLab(window, QSize(1400, 900), "chartsDock"));

        testing::action(window, "simPlanDesign")->trigger();
        auto *dialog = window.findChild<PlanDialog *>(QStringLiteral("planDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The same action raises the open dialog instead of opening another.
        testing::action(window, "simPlanDesign")->trigger();
        QCOMPARE(window.findChildren<PlanDialog *>().size(), 1);

        auto *rto = dialog->findChild<QLineEdit *>(QStringLiteral("planRto"));
        rto->setText(QStringLiteral("soon"));
        QVERIFY(!dialog->startPlan());
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("planError"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("RTO target")), qPrintable(problem->text()));

        rto->setText(QStringLiteral("2m"));
        dialog->findChild<QSpinBox *>(QStringLiteral("planSeeds"))->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("planMaxRuns"))->setValue(16);
        QSignalSpy done(dialog, &PlanDialog::planFinished);
        QVERIFY(dialog->startPlan());
        QVERIFY(dialog->isPlanning());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("planFind"))->isEnabled());
        // At most 16 runs: seconds in a release build, minutes under the sanitizers on a loaded
        // machine (CTest's own limit is 600 s).
        QVERIFY(done.wait(540000));
        QVERIFY(!dialog->isPlanning());
        QVERIFY(!problem->isVisible());
        // The plan stopped once enough designs met the targets; the bar shows the runs it took.
        auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("planProgress"));
        QVERIFY(progress->value() >= 1 && progress->value() <= 16);
        QCOMPARE(progress->value(), progress->maximum());
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("planStatus"));
        QVERIFY2(status && status->text().contains(QStringLiteral("%1 runs in").arg(progress->value())),
                 qPrintable(status ? status->text() : QString()));
        QVERIFY(dialog->resultCount() >= 1);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("planResults"));
        QVERIFY(!table->item(0, 6)->text().contains(QLatin1String("async every")));

        // For looking at it (FL_SAVE_GRABS=DIR): the results in English and in Chinese.
        if (const QString dir = qEnvironmentVariable("FL_SAVE_GRABS"); !dir.isEmpty()) {
            dialog->layout()->activate(); // the status text just changed: lay it out before the grab
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/plandialog-en.png")));
            LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
            QTRY_VERIFY(dialog->windowTitle() != QLatin1String("Design for Targets"));
            dialog->layout()->activate();
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/plandialog-zh_CN.png")));
            LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        }

        // The first design, run to its end, meets both targets.
        const scenario::Scenario design = dialog->resultScenario(0);
        Simulation sim = scenario::makeSimulation(design);
        sim.runUntil(design.duration);
        sim.recountWrites();
        const auto misses =
            scenario::checkTargets(design.targets, scenario::measureIncidents(sim), sim.now());
        QVERIFY(misses.empty());
        QCOMPARE(scenario::measureIncidents(sim).size(), std::size_t{1});
        QCOMPARE(sim.writes().lost(), std::uint64_t{0});

        // Opening it puts the design in the window.
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("planOpen"));
        QVERIFY(open->isEnabled());
        open->click();
        QCOMPARE(window.documentConfig().data.mode, design.config.data.mode);
        QCOMPARE(window.documentConfig().routing.mechanism, design.config.routing.mechanism);
        QCOMPARE(window.documentConfig().regions.size(), design.config.regions.size());
        for (std::size_t r = 0; r < design.config.regions.size(); ++r)
            QCOMPARE(window.documentConfig().regions[r].role, design.config.regions[r].role);
        dialog->close();
    }
};

QTEST_MAIN(PlanDialogTest)
#include "tst_plandialog.moc"
