// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view: two designs in lockstep on one clock, one user action stamped with one simulated
// time on both sides (matched by id when their regions sit in another order), an action for one side
// only, a shared action one side cannot take refused, the table at the end equal to the headless
// comparison of the same runs, presenter mode's keys and type size, and the table in Chinese.
#include "../builtinworld.h"
#include "bridge/simulationrunner.h"
#include "compare/comparedialog.h"
#include "compare/comparesession.h"
#include "compare/comparesideview.h"
#include "compare/comparetablewidget.h"
#include "compare/comparewindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "presenter/presentermode.h"
#include "scenario/builtins.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "scenario/worldids.h"
#include "sim/simulation.h"
#include "spec/commands.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolBar>
#include <QtTest>
#include <memory>

using namespace fl;
using namespace fl::ui;
using fl::scenario::testing::builtinScenario;

namespace {

// `a` with its regions listed in reverse: the same world, other indexes.
scenario::Scenario reversedRegions(const scenario::Scenario &a, const QString &name)
{
    QJsonObject document = scenario::scenarioToJson(a);
    QJsonArray regions = document.value(QStringLiteral("regions")).toArray();
    QJsonArray reversed;
    for (qsizetype i = regions.size() - 1; i >= 0; --i)
        reversed.append(regions.at(i));
    document[QStringLiteral("regions")] = reversed;
    document[QStringLiteral("name")] = name;
    scenario::ScenarioError error;
    std::optional<scenario::Scenario> b = scenario::scenarioFromJson(document, &error);
    if (!b)
        qFatal("%s", qPrintable(error.toString()));
    return *b;
}

scenario::ComparePair align(const scenario::Scenario &a, const scenario::Scenario &b)
{
    QString error;
    std::optional<scenario::ComparePair> pair = scenario::alignForCompare(a, b, &error);
    if (!pair)
        qFatal("%s", qPrintable(error));
    return *pair;
}

QAction *action(QWidget &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

bool showCompare(CompareWindow &w)
{
    w.resize(1500, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    return QTest::qWaitFor(
        [&w] { return w.simulation()->hasSnapshot() && w.side(1)->scene()->regionCount() > 0; }, 5000);
}

QJsonObject headlessReport(const scenario::Scenario &s)
{
    Simulation sim = scenario::makeSimulation(s);
    sim.runUntil(s.duration);
    sim.recountWrites();
    return scenario::runReportJson(s, sim);
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { LanguageManager::instance()->setLanguage(QStringLiteral("en"), false); }

    void bothSidesRunOnOneClock()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        CompareWindow w(align(a, builtinScenario(QStringLiteral("active-passive-sync-quorum"))),
                        {a.name, QStringLiteral("sync")}, 50.0);
        QVERIFY(showCompare(w));
        int seen = 0;
        bool apart = false;
        connect(w.simulation(), &SimulationController::snapshotsReady, this,
                [&](const QList<WorldSnapshot> &s) {
                    ++seen;
                    apart = apart || s.size() != 2 || s[0].now != s[1].now;
                });
        QTRY_VERIFY_WITH_TIMEOUT(seen >= 20 && w.simulation()->latest(0).now > 5 * kSecond, 10000);
        QVERIFY(!apart);
        QCOMPARE(w.simulation()->latest(0).now, w.simulation()->latest(1).now);
        QVERIFY(w.simulation()->latest(1).totals.requests.succeeded > 0);
    }

    // One action, one instant, the same region on both sides though its index differs.
    void oneActionGoesToBothSidesAtOneInstant()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        const scenario::Scenario b = reversedRegions(a, QStringLiteral("reversed"));
        CompareWindow w(align(a, b), {a.name, b.name}, 10.0);
        QVERIFY(showCompare(w));
        const int onA = scenario::regionIndexOf(a.config, QStringLiteral("us-east-1"));
        const int onB = scenario::regionIndexOf(w.session()->scenario(1).config, QStringLiteral("us-east-1"));
        QVERIFY(onA != onB);
        QSignalSpy stamped(w.session(), &CompareSession::commandStamped);
        w.side(0)->scene()->selectRegion(onA);
        QCOMPARE(w.side(1)->scene()->selectedRegion(), onB); // the selection is mirrored by id
        action(w, "regionKill")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stamped.count(), 2, 5000);
        const auto c0 = stamped.at(0).at(1).value<Command>();
        const auto c1 = stamped.at(1).at(1).value<Command>();
        QCOMPARE(stamped.at(0).at(0).toInt(), 0);
        QCOMPARE(stamped.at(1).at(0).toInt(), 1);
        QCOMPARE(c0.at, c1.at);
        QCOMPARE(c0.type, static_cast<std::uint32_t>(CommandType::KillRegion));
        QCOMPARE(c0.a, onA);
        QCOMPARE(c1.a, onB);
        QTRY_VERIFY_WITH_TIMEOUT(!w.simulation()->latest(0).regions[static_cast<std::size_t>(onA)].up &&
                                     !w.simulation()->latest(1).regions[static_cast<std::size_t>(onB)].up,
                                 5000);
        QCOMPARE(w.actionList()->count(), 1);
        QVERIFY(w.actionList()->item(0)->text().contains(QStringLiteral("both")));
        QCOMPARE(w.actionList()->item(0)->data(Qt::UserRole).toInt(), 2);
    }

    void anActionCanGoToOneSideOnly()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        CompareWindow w(align(a, builtinScenario(QStringLiteral("active-passive-sync-quorum"))),
                        {a.name, QStringLiteral("sync")}, 10.0);
        QVERIFY(showCompare(w));
        QSignalSpy stamped(w.session(), &CompareSession::commandStamped);
        action(w, "targetB")->trigger();
        QCOMPARE(w.target(), CompareTarget::B);
        w.side(0)->scene()->selectRegion(1);
        action(w, "regionKill")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stamped.count(), 1, 5000);
        QCOMPARE(stamped.at(0).at(0).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!w.simulation()->latest(1).regions[1].up, 5000);
        QVERIFY(w.simulation()->latest(0).regions[1].up);
        QVERIFY(w.actionList()->item(0)->text().contains(QStringLiteral("B only")));
    }

    void aSharedActionOneSideCannotTakeIsRefused()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        // B without Ohio, which A's faults never name: the pair aligns, but Ohio exists on A only.
        scenario::ScenarioError error;
        QJsonObject document = *scenario::readBuiltinDocument(QStringLiteral("active-passive-async"), &error);
        QJsonArray regions;
        for (const QJsonValue &r : document.value(QStringLiteral("regions")).toArray())
            if (r.toObject().value(QStringLiteral("id")).toString() != QLatin1String("us-east-2"))
                regions.append(r);
        document[QStringLiteral("regions")] = regions;
        const std::optional<scenario::Scenario> b = scenario::scenarioFromJson(document, &error);
        QVERIFY2(b, qPrintable(error.toString()));
        CompareWindow w(align(a, *b), {a.name, QStringLiteral("two regions")}, 10.0);
        QVERIFY(showCompare(w));
        QSignalSpy stamped(w.session(), &CompareSession::commandStamped);
        const int ohio = scenario::regionIndexOf(a.config, QStringLiteral("us-east-2"));
        w.side(0)->scene()->selectRegion(ohio);
        action(w, "regionKill")->trigger();
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("us-east-2")));
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Refused")));
        QCOMPARE(stamped.count(), 0);
        // Commands are stamped in the order they are sent: once a later one is in, a refused one
        // that had gone anyway would be in too.
        action(w, "targetA")->trigger();
        action(w, "regionKill")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stamped.count(), 1, 5000);
        QCOMPARE(stamped.at(0).at(0).toInt(), 0);
        QCOMPARE(stamped.at(0).at(1).value<Command>().a, ohio);
        QVERIFY(w.actionList()->item(0)->text().contains(QStringLiteral("A only")));
    }

    // The finished run's table is the headless comparison: each side's report equals a plain run.
    void theTableAtTheEndIsTheHeadlessComparison()
    {
        scenario::Scenario a = builtinScenario(QStringLiteral("split-brain-fencing"));
        scenario::setDuration(a, 200 * kSecond); // past the heal at 3 min, when the writes are counted
        const scenario::ComparePair pair =
            align(a, builtinScenario(QStringLiteral("split-brain-unprotected")));
        CompareWindow w(pair, {a.name, QStringLiteral("unprotected")}, 1.0, false);
        QVERIFY(showCompare(w));
        w.simulation()->runTo(pair.a.duration);
        QTRY_VERIFY_WITH_TIMEOUT(w.simulation()->latest(0).now == pair.a.duration, 30000);
        QSignalSpy measured(w.session(), &CompareSession::figuresChanged);
        w.session()->measureNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->figuresAt() == pair.a.duration, 20000);
        const QJsonObject reportA = headlessReport(pair.a);
        const QJsonObject reportB = headlessReport(pair.b);
        QCOMPARE(w.session()->report(0).value(QStringLiteral("trace_hash")),
                 reportA.value(QStringLiteral("trace_hash")));
        QCOMPARE(w.session()->report(1).value(QStringLiteral("trace_hash")),
                 reportB.value(QStringLiteral("trace_hash")));
        QVERIFY(w.session()->report(0) == reportA);
        QVERIFY(w.session()->report(1) == reportB);
        const std::vector<scenario::CompareRow> rows = scenario::compareRows(reportA, reportB);
        QCOMPARE(w.session()->rows().size(), rows.size());
        // The table shows them, the better side highlighted (here B: fencing discards the isolated
        // primary's acknowledged writes at the heal, the unprotected side applies them).
        CompareTableWidget *table = w.table();
        const int lost = table->rowOf("writes.lost");
        QVERIFY(lost >= 0);
        const auto it =
            std::find_if(rows.begin(), rows.end(), [](const auto &r) { return r.path == "writes.lost"; });
        QVERIFY(it != rows.end());
        QCOMPARE(table->highlightedSide(lost), it->winner());
        QVERIFY(it->winner() >= 0);
        QCOMPARE(table->item(lost, 1)->text(), QLocale().toString(*it->a, 'f', 0));
    }

    void presenterKeysActOnBothSides()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        CompareWindow w(align(a, builtinScenario(QStringLiteral("active-passive-sync-quorum"))),
                        {a.name, QStringLiteral("sync")}, 10.0);
        QVERIFY(showCompare(w));
        QSignalSpy stamped(w.session(), &CompareSession::commandStamped);
        action(w, "viewPresenter")->trigger();
        QVERIFY(w.presenter()->isActive());
        QTRY_VERIFY(w.isFullScreen());
        QVERIFY(!w.findChild<QToolBar *>()->isVisible());
        QVERIFY(w.table()->isVisible());
        QVERIFY(QFontInfo(w.table()->font()).pixelSize() >= w.presenter()->minimumTextPixels());
        QTest::keyClick(w.side(0)->view()->viewport(), Qt::Key_X);
        QTRY_COMPARE_WITH_TIMEOUT(stamped.count(), 2, 5000);
        QCOMPARE(stamped.at(0).at(1).value<Command>().at, stamped.at(1).at(1).value<Command>().at);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.simulation()->latest(0).regions[0].up && !w.simulation()->latest(1).regions[0].up, 5000);
        QTest::keyClick(w.side(0)->view()->viewport(), Qt::Key_0); // heal: both restore
        QTRY_VERIFY_WITH_TIMEOUT(
            w.simulation()->latest(0).regions[0].up && w.simulation()->latest(1).regions[0].up, 5000);
        QTest::keyClick(w.side(0)->view()->viewport(), Qt::Key_Escape);
        QTest::keyClick(w.side(0)->view()->viewport(), Qt::Key_Escape);
        QVERIFY(!w.presenter()->isActive());
        QVERIFY(w.findChild<QToolBar *>()->isVisible());
    }

    void theTableSpeaksChinese()
    {
        const scenario::Scenario a = builtinScenario(QStringLiteral("active-passive-async"));
        CompareWindow w(align(a, builtinScenario(QStringLiteral("active-passive-sync-quorum"))),
                        {a.name, QStringLiteral("sync")}, 20.0);
        QVERIFY(showCompare(w));
        QTRY_VERIFY_WITH_TIMEOUT(w.table()->rowCount() > 5, 10000);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false));
        QCoreApplication::processEvents();
        const int row = w.table()->rowOf("availability.by_requests");
        QTRY_COMPARE(w.table()->item(row, 0)->text(), QStringLiteral("按请求计的可用性"));
        QVERIFY(action(w, "regionKill")->text() != QStringLiteral("&Kill Region"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(w.table()->item(row, 0)->text(), QStringLiteral("Availability by requests"));
    }

    // From the lab's window: the world being edited is side A, the dialog's choice side B.
    void theLabOpensACompareFromItsWorld()
    {
        MainWindow lab;
        QString error;
        QVERIFY2(lab.openBuiltinScenario(QStringLiteral("active-passive-async"), &error), qPrintable(error));
        CompareDialog dialog(lab.documentScenario(), QStringLiteral("active-passive-async"));
        dialog.chooseBuiltin(QStringLiteral("active-passive-sync-quorum"));
        QVERIFY(dialog.pair());
        dialog.chooseOverrides(QStringLiteral("data.mode=sync-quorum"));
        QVERIFY(dialog.pair());
        QCOMPARE(dialog.pair()->b.config.data.mode, ReplicationMode::SyncQuorum);
        dialog.chooseOverrides(QStringLiteral("data.mode=sometimes"));
        QVERIFY(!dialog.pair());
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("compareVerdict"));
        QVERIFY(verdict->text().contains(QStringLiteral("data.mode")));
        CompareWindow *w = lab.openCompare(builtinScenario(QStringLiteral("active-passive-sync-quorum")),
                                           QStringLiteral("sync"), &error);
        QVERIFY2(w, qPrintable(error));
        QVERIFY(!lab.simulation()->isRunning());
        QCOMPARE(w->session()->scenario(0).config.seed, w->session()->scenario(1).config.seed);
        w->close();
        QTRY_VERIFY(!lab.compareWindow());
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
