// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the replication mode of a running world: a primary that stops waiting for replicas
// (synchronous to asynchronous) releases the writes it was holding back — acknowledged and applied
// in order — so its own reads stay fresh. Before the fix the waiting writes were never applied at
// the primary, nor anything after them: 70 % of the reads it served were stale for the rest of the
// run, with read-your-writes violations, although every read went to the primary.
#include "scenario/builtins.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QtTest>

using namespace fl;
using namespace fl::scenario;

namespace {

Simulation runWith(const QString &faults, SimTime duration)
{
    ScenarioError error;
    std::optional<QJsonObject> document =
        readBuiltinDocument(QStringLiteral("active-passive-sync-quorum"), &error);
    if (!document || !applyOverride(*document, QStringLiteral("faults=") + faults, &error))
        qFatal("%s", qPrintable(error.toString()));
    std::optional<Scenario> scenario = scenarioFromJson(*document, &error);
    if (!scenario)
        qFatal("%s", qPrintable(error.toString()));
    setDuration(*scenario, duration);
    Simulation simulation = makeSimulation(*scenario);
    simulation.runUntil(duration);
    simulation.recountWrites();
    return simulation;
}

} // namespace

class TestModeSwitch : public QObject
{
    Q_OBJECT

private slots:
    void synchronousToAsynchronousKeepsThePrimaryFresh_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("sync-quorum to async")
            << QStringLiteral(R"([{"at":"1m","do":"set-replication-mode","mode":"async"}])");
        QTest::newRow("sync-quorum, async, sync-quorum, async")
            << QStringLiteral(R"([{"at":"30s","do":"set-replication-mode","mode":"async"},
                   {"at":"60s","do":"set-replication-mode","mode":"sync-quorum"},
                   {"at":"90s","do":"set-replication-mode","mode":"async"}])");
        QTest::newRow("sync-all to async")
            << QStringLiteral(R"([{"at":"20s","do":"set-replication-mode","mode":"sync-all"},
                                                  {"at":"1m","do":"set-replication-mode","mode":"async"}])");
    }
    void synchronousToAsynchronousKeepsThePrimaryFresh()
    {
        QFETCH(QString, faults);
        const Simulation switched = runWith(faults, 3 * kMinute);
        const WriteAccounting &w = switched.writes();
        QVERIFY(w.reads > 100'000);
        QCOMPARE(w.staleReads, std::uint64_t{0});
        QCOMPARE(w.readYourWritesViolations, std::uint64_t{0});
        QCOMPARE(w.monotonicReadViolations, std::uint64_t{0});
        QVERIFY(w.balanced());
        QCOMPARE(w.lost(), std::uint64_t{0});
        // Every write the primary committed has been applied there: nothing is held back.
        for (std::size_t r = 0; r < switched.regionCount(); ++r) {
            if (switched.routingPrimary() != static_cast<int>(r))
                continue;
            const ReplicaLog &log = switched.regionData(r).logs[0];
            QVERIFY2(log.end() - log.applied < 50,
                     qPrintable(QStringLiteral("%1 of %2 applied").arg(log.applied).arg(log.end())));
        }
    }

    void asynchronousFromTheStartIsTheReference()
    {
        const Simulation plain = runWith(
            QStringLiteral(R"([{"at":"0s","do":"set-replication-mode","mode":"async"}])"), 3 * kMinute);
        QCOMPARE(plain.writes().staleReads, std::uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestModeSwitch)
#include "tst_modeswitch.moc"
