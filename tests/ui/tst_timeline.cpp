// The timeline in the lab: going back to a moment and returning gives the same world (trace hash
// and figures), an action taken in the past starts a branch while the old one stays intact, the
// branch tree switches and forgets branches, and the bar under the map and the Branches dock drive
// it all with the mouse and keys.
#include "bridge/simulationrunner.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "sim/presets.h"
#include "timeline/branchpanel.h"
#include "timeline/timelinebar.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace fl;
using namespace fl::ui;

namespace {

bool settledAt(const SimulationController &sim, SimTime at)
{
    return sim.hasSnapshot() && !sim.latest().running && sim.latest().now == at;
}

} // namespace

class TimelineTest : public QObject
{
    Q_OBJECT

private slots:
    void backThenForwardIsTheSameRun()
    {
        SimulationController sim(defaultLabWorld(), nullptr, 1.0, false);
        QTRY_VERIFY_WITH_TIMEOUT(sim.hasSnapshot(), 5000);
        sim.runTo(90 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 90 * kSecond), 20000);
        const WorldSnapshot first = sim.latest();
        QVERIFY(first.timeline.enabled);
        QCOMPARE(first.timeline.reached, 90 * kSecond);
        QCOMPARE(first.timeline.branches.size(), std::size_t{1});

        sim.jumpTo(25 * kSecond + 500);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 25 * kSecond + 500), 10000);
        const WorldSnapshot back = sim.latest();
        QVERIFY(back.runId != first.runId); // the views rebuild their history from it
        QCOMPARE(back.timeline.reached, 90 * kSecond);
        QVERIFY(back.totals.requests.issued < first.totals.requests.issued);
        // The charts get the whole history up to the moment shown.
        QCOMPARE(back.samples.first, std::uint64_t{0});
        QCOMPARE(back.samples.count(), std::size_t{25});

        sim.runTo(90 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 90 * kSecond), 20000);
        const WorldSnapshot again = sim.latest();
        QCOMPARE(again.totals.traceHash, first.totals.traceHash);
        QCOMPARE(again.totals.requests.issued, first.totals.requests.issued);
        QCOMPARE(again.totals.requests.succeeded, first.totals.requests.succeeded);
        QCOMPARE(again.data.writes.acknowledged, first.data.writes.acknowledged);
        QCOMPARE(again.timeline.branches.size(), std::size_t{1});
    }

    void anActionInThePastForksAndKeepsTheOldBranch()
    {
        SimulationController sim(defaultLabWorld(), nullptr, 1.0, false);
        QTRY_VERIFY_WITH_TIMEOUT(sim.hasSnapshot(), 5000);
        sim.runTo(60 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 60 * kSecond), 20000);
        const WorldSnapshot trunk = sim.latest();

        sim.jumpTo(20 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 20 * kSecond), 10000);
        sim.submit(CommandType::KillRegion, 0);
        QTRY_VERIFY_WITH_TIMEOUT(sim.latest().timeline.branches.size() == 2, 10000);
        const TimelineView forked = sim.latest().timeline;
        QCOMPARE(forked.current, 1);
        const BranchView &branch = forked.branches[1];
        QCOMPARE(branch.parent, 0);
        QCOMPARE(branch.forkAt, 20 * kSecond);
        QVERIFY(branch.firstOwnCommand.has_value());
        QCOMPARE(branch.firstOwnCommand->type, std::uint32_t(CommandType::KillRegion));
        QCOMPARE(forked.branches[0].reached, 60 * kSecond); // the old future is kept
        QTRY_VERIFY_WITH_TIMEOUT(!sim.latest().regions[0].up, 5000);

        sim.runTo(60 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 60 * kSecond), 20000);
        QVERIFY(sim.latest().totals.traceHash != trunk.totals.traceHash);
        QVERIFY(sim.latest().totals.requests.failed() > trunk.totals.requests.failed());

        // Back on the trunk, at the same instant: exactly the run first seen.
        sim.switchBranch(0);
        QTRY_VERIFY_WITH_TIMEOUT(sim.latest().timeline.current == 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(sim, 60 * kSecond), 10000);
        QCOMPARE(sim.latest().totals.traceHash, trunk.totals.traceHash);
        QVERIFY(sim.latest().regions[0].up);

        // The fork can go; the trunk cannot.
        sim.removeBranch(0);
        sim.removeBranch(1);
        QTRY_VERIFY_WITH_TIMEOUT(sim.latest().timeline.branches.size() == 1, 5000);
        QCOMPARE(sim.latest().timeline.branches[0].id, 0);
    }

    void theBarAsksForMomentsByMouseAndKey()
    {
        TimelineBar bar;
        bar.resize(600, bar.sizeHint().height());
        TimelineView view;
        view.enabled = true;
        view.reached = 100 * kSecond;
        bar.setTimeline(view, 100 * kSecond, ConfigNames{});
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy jumps(&bar, &TimelineBar::jumpRequested);

        const int x40 = bar.xOf(40 * kSecond);
        QTest::mousePress(&bar, Qt::LeftButton, {}, QPoint(x40, bar.height() / 3));
        QTest::mouseMove(&bar, QPoint(bar.xOf(30 * kSecond), bar.height() / 3));
        QTest::mouseRelease(&bar, Qt::LeftButton, {}, QPoint(bar.xOf(30 * kSecond), bar.height() / 3));
        QVERIFY(jumps.size() >= 2);
        QVERIFY(std::abs(jumps.first().first().toLongLong() - 40 * kSecond) < kSecond);
        QVERIFY(std::abs(jumps.last().first().toLongLong() - 30 * kSecond) < kSecond);
        // Never past the branch's frontier, nor before 0.
        QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(bar.width() - 1, bar.height() / 3));
        QCOMPARE(jumps.last().first().toLongLong(), 100 * kSecond);

        bar.setTimeline(view, 50 * kSecond, ConfigNames{});
        jumps.clear();
        QTest::keyClick(&bar, Qt::Key_Left);
        QTest::keyClick(&bar, Qt::Key_Home);
        QTest::keyClick(&bar, Qt::Key_End);
        QCOMPARE(jumps.size(), 3);
        QCOMPARE(jumps[0].first().toLongLong(), 45 * kSecond);
        QCOMPARE(jumps[1].first().toLongLong(), SimTime{0});
        QCOMPARE(jumps[2].first().toLongLong(), 100 * kSecond);
    }

    // In the window: the bar and the Branches dock follow the runner; a branch is renamed there.
    void theWindowShowsAndDrivesTheTree()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(testing::showLab(w, QSize(1360, 860), "chartsDock"));
        auto *bar = w.findChild<TimelineBar *>();
        auto *panel = w.findChild<BranchPanel *>();
        auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("branchTree"));
        QVERIFY(bar && panel && tree);
        QVERIFY(bar->isVisible());
        w.simulation()->runTo(40 * kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(settledAt(*w.simulation(), 40 * kSecond), 20000);

        // Drag the cursor back to 10 s, then act there.
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->xOf(10 * kSecond), bar->height() / 3));
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest().now <= 11 * kSecond, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bar->now(), w.simulation()->latest().now, 5000);
        w.simulation()->submit(CommandType::KillRegion, 1);
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1 && tree->topLevelItem(0)->childCount() == 1,
                                 10000);
        QTreeWidgetItem *fork = tree->topLevelItem(0)->child(0);
        QVERIFY2(fork->text(0).contains(QStringLiteral("Kill")), qPrintable(fork->text(0)));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Trunk"));

        // Renamed in the tree: the runner keeps the name.
        fork->setText(0, QStringLiteral("what if Ireland dies"));
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest().timeline.branches.size() == 2 &&
                                     w.simulation()->latest().timeline.branches[1].name ==
                                         "what if Ireland dies",
                                 5000);
        // Alt+Left and the Simulation menu's actions move along the branch.
        const SimTime before = w.simulation()->latest().now;
        testing::action(w, "timelineBack")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest().now == std::max<SimTime>(0, before - 10 * kSecond),
                                 10000);
        testing::action(w, "timelineFrontier")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest().now == w.simulation()->latest().timeline.reached,
                                 10000);

        // FL_SHOTS_DIR=DIR: pictures of the window with its two branches, in English and Chinese.
        if (const QString dir = qEnvironmentVariable("FL_SHOTS_DIR"); !dir.isEmpty()) {
            LanguageManager::instance()->setLanguage(QStringLiteral("en")); // English plurals too
            w.findChild<QDockWidget *>(QStringLiteral("branchDock"))->raise();
            w.simulation()->runTo(45 * kSecond);
            QTRY_VERIFY_WITH_TIMEOUT(settledAt(*w.simulation(), 45 * kSecond), 20000);
            w.simulation()->jumpTo(25 * kSecond);
            QTRY_COMPARE_WITH_TIMEOUT(bar->now(), 25 * kSecond, 10000);
            QVERIFY(w.grab().save(dir + QStringLiteral("/timeline-en.png")));
            LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"));
            QTRY_COMPARE_WITH_TIMEOUT(tree->headerItem()->text(0), QStringLiteral("分支"), 5000);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(dir + QStringLiteral("/timeline-zh_CN.png")));
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
            QTRY_COMPARE_WITH_TIMEOUT(tree->headerItem()->text(0), QStringLiteral("Branch"), 5000);
        }

        // Show the trunk from the dock.
        tree->setCurrentItem(tree->topLevelItem(0));
        w.findChild<QPushButton *>(QStringLiteral("branchShow"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.simulation()->latest().timeline.current, 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest().regions[1].up, 5000);
    }
};

QTEST_MAIN(TimelineTest)
#include "tst_timeline.moc"
