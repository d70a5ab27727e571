// Determinism of the whole world model (regions, network, routing, health checks, metrics): the
// foundation's guarantees, held on the real thing rather than on a toy.
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QTest>

using namespace fl;

namespace {

SimulationConfig world(std::uint64_t seed)
{
    SimulationConfig c = defaultLabWorld();
    c.seed = seed;
    c.health.interval = 2 * kSecond;
    c.routing.dnsTtl = 10 * kSecond;
    return c;
}

constexpr SimTime kHorizon = 60 * kSecond;

void addFaults(Simulation &sim)
{
    sim.submit(makeCommand(15 * kSecond, CommandType::KillRegion, 1));
    sim.submit(makeCommand(20 * kSecond, CommandType::CutLink, 0, 2));
    sim.submit(makeCommand(35 * kSecond, CommandType::RestoreRegion, 1));
    sim.submit(makeCommand(40 * kSecond, CommandType::HealLink, 0, 2));
}

} // namespace

class SimulationTest : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameRunWhateverTheStepping()
    {
        Simulation straight(world(3));
        addFaults(straight);
        straight.runUntil(kHorizon);
        QVERIFY(straight.metrics().totals().issued > 100'000);

        Simulation stepped(world(3));
        addFaults(stepped);
        for (int i = 1; i <= 1000; ++i)
            stepped.runUntil(kHorizon * i / 1000);
        QCOMPARE(stepped.traceHash(), straight.traceHash());
        QVERIFY(stepped == straight);
    }

    void checkpointCopyContinues()
    {
        Simulation straight(world(4));
        addFaults(straight);
        straight.runUntil(kHorizon);

        Simulation original(world(4));
        addFaults(original);
        original.runUntil(17 * kSecond); // mid-outage: requests in flight, region down
        Simulation fork = original;
        QVERIFY(fork == original);
        fork.runUntil(kHorizon);
        original.runUntil(kHorizon);
        QCOMPARE(fork.traceHash(), straight.traceHash());
        QCOMPARE(original.traceHash(), straight.traceHash());
        QCOMPARE(fork.metrics().totals(), straight.metrics().totals());
    }

    void anotherSeedAnotherRun()
    {
        Simulation a(world(5)), b(world(6));
        a.runUntil(10 * kSecond);
        b.runUntil(10 * kSecond);
        QVERIFY(a.traceHash() != b.traceHash());
    }

    void commandChangesOnlyTheFuture()
    {
        Simulation plain(world(8)), killed(world(8));
        killed.submit(makeCommand(30 * kSecond, CommandType::KillRegion, 0));
        plain.runUntil(30 * kSecond - 1);
        killed.runUntil(30 * kSecond - 1);
        QCOMPARE(killed.traceHash(), plain.traceHash());
        plain.runUntil(kHorizon);
        killed.runUntil(kHorizon);
        QVERIFY(killed.traceHash() != plain.traceHash());
        QVERIFY(killed.metrics().totals().failed() > plain.metrics().totals().failed());
    }

    void recordedSessionReplays()
    {
        // Commands issued live while stepping, as the GUI does, then replayed from the log.
        Simulation live(world(9));
        for (int i = 1; i <= 60; ++i) {
            live.runUntil(i * kSecond);
            if (i == 10)
                live.submit(makeCommand(live.now(), CommandType::KillRegion, 2));
            if (i == 12)
                live.submit(makeCommand(live.now(), CommandType::SetWeight, 3, 1, -1, 5.0));
            if (i == 13)
                live.submit(makeCommand(live.now(), CommandType::SetRoutingPolicy,
                                        static_cast<int>(RoutingPolicy::Weighted)));
            if (i == 30)
                live.submit(makeCommand(live.now(), CommandType::RestoreRegion, 2));
        }
        QCOMPARE(live.engine().commandLog().size(), std::size_t{4});

        Simulation replay(world(9));
        for (const Command &c : live.engine().commandLog())
            replay.submit(c);
        replay.runUntil(60 * kSecond);
        QCOMPARE(replay.traceHash(), live.traceHash());
        QCOMPARE(replay.metrics().totals(), live.metrics().totals());
    }
};

QTEST_GUILESS_MAIN(SimulationTest)
#include "tst_simulation.moc"
