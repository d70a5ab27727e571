// The timeline's checkpoints (core/timeline): the bulk-state deltas rebuild exactly what they
// recorded, a world reached through a checkpoint is the world first seen at that instant (every
// field, operator==), a fork leaves the branch it came from intact, and the budget holds.
#include "engine/random.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "timeline/bulkstate.h"
#include "timeline/checkpointstore.h"

#include <QTest>
#include <cstring>

using namespace fl;

namespace {

SimulationConfig world(WriteTopology topology, ConflictPolicy conflict, double rate = 2'000.0)
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), rate);
    config.seed = 11;
    config.data.topology = topology;
    config.data.conflict = conflict;
    for (PopulationConfig &p : config.populations)
        p.keySpace = 2'000;
    return config;
}

// A session with faults taken live: a kill, a cut and their repairs, each stamped when the
// running world gets it (as the window does), and whole copies of the world at `witnessAt`.
struct Session
{
    Simulation sim;
    CheckpointStore store;
    std::vector<SimTime> witnessAt;
    std::vector<Simulation> witnesses;

    Session(const SimulationConfig &config, std::vector<SimTime> witnessInstants, CheckpointStore checkpoints)
        : sim(config), store(std::move(checkpoints)), witnessAt(std::move(witnessInstants))
    {
        store.take(sim);
    }

    void runTo(SimTime end)
    {
        struct Action
        {
            SimTime when;
            Command command;
        };
        const std::vector<Action> actions{
            {12 * kSecond, makeCommand(0, CommandType::KillRegion, 0)},
            {31 * kSecond, makeCommand(0, CommandType::CutLink, 1, 2)},
            {47 * kSecond, makeCommand(0, CommandType::RestoreRegion, 0)},
            {58 * kSecond, makeCommand(0, CommandType::HealLink, 1, 2)},
        };
        for (SimTime t = sim.now(); t < end;) {
            t = std::min(end, t + kSecond / 2);
            for (const Action &a : actions)
                if (a.when > sim.now() && a.when <= t) {
                    sim.runUntil(a.when);
                    Command c = a.command;
                    c.at = sim.engine().earliestCommandTime();
                    sim.submit(c);
                }
            for (const SimTime w : witnessAt)
                if (w > sim.now() && w <= t) {
                    sim.runUntil(w);
                    witnesses.push_back(sim);
                }
            sim.runUntil(t);
            store.offer(sim);
        }
    }
};

} // namespace

class CheckpointsTest : public QObject
{
    Q_OBJECT

private slots:
    void deltaRebuildsWhatItRecorded()
    {
        // Three members of one family and a large-element family, random changes, some equal
        // across members (a write every copy applied).
        BulkImage from;
        for (int m = 0; m < 3; ++m)
            from.arrays.push_back({0, m, 24, std::vector<std::byte>(24 * 1000)});
        from.arrays.push_back({1, 0, 16'400, std::vector<std::byte>(16'400 * 2)});
        Rng rng(3);
        for (auto &a : from.arrays)
            for (std::byte &b : a.bytes)
                b = static_cast<std::byte>(rng.next() & 0xFF);
        // The regions' copies hold the same values before the changes, as converged replicas do.
        from.arrays[1].bytes = from.arrays[2].bytes = from.arrays[0].bytes;
        BulkImage to = from;
        for (int i = 0; i < 50; ++i) {
            const std::size_t element = rng.next() % 1000;
            std::byte value[24];
            for (std::byte &b : value)
                b = static_cast<std::byte>(rng.next() & 0xFF);
            for (int m = 0; m < 3; ++m)
                if (m == 0 || rng.uniform() < 0.8)
                    std::memcpy(to.arrays[m].bytes.data() + element * 24, value, 24);
        }
        to.arrays[3].bytes[16'399] = std::byte{0x5A}; // the last, short unit of an element
        to.arrays[3].bytes[20'000] ^= std::byte{1};

        const BulkDelta delta = BulkDelta::between(from, to);
        BulkImage rebuilt = from;
        delta.applyTo(rebuilt);
        QVERIFY(rebuilt.arrays.size() == to.arrays.size());
        for (std::size_t i = 0; i < to.arrays.size(); ++i)
            QVERIFY2(rebuilt.arrays[i].bytes == to.arrays[i].bytes, qPrintable(QString::number(i)));
        // Each changed element's bytes are kept once however many members applied it (its change,
        // 24 bytes of random data, in two runs of at most 24 literals), and a large element costs
        // its changed units, not its 16 KiB.
        QVERIFY2(delta.bytes() < 50 * (4 + 3 + 2 * 2 + 24) + 2 * (64 + 4 + 1 + 2) + 2'000,
                 qPrintable(QString::number(delta.bytes())));
        QVERIFY(delta.changedUnits() >= 50);

        // Two deltas merged do what the two do one after the other.
        BulkImage third = to;
        third.arrays[1].bytes[24 * 7] ^= std::byte{0x10};
        third.arrays[0].bytes[24 * 7 + 3] ^= std::byte{0x01};
        std::memcpy(third.arrays[2].bytes.data(), to.arrays[1].bytes.data(), 24);
        third.arrays[3].bytes[100] ^= std::byte{0x77};
        const BulkDelta both = BulkDelta::merged(delta, BulkDelta::between(to, third));
        BulkImage once = from;
        both.applyTo(once);
        for (std::size_t i = 0; i < third.arrays.size(); ++i)
            QVERIFY2(once.arrays[i].bytes == third.arrays[i].bytes, qPrintable(QString::number(i)));

        const BulkKeyframe keyframe(to);
        QVERIFY(keyframe.image().arrays[3].bytes == to.arrays[3].bytes);
        QVERIFY(keyframe.image().arrays[1].bytes == to.arrays[1].bytes);
    }

    // A fresh world's bulk state is nearly uniform: its keyframe is small.
    void aFreshWorldsKeyframeIsSmall()
    {
        Simulation sim(world(WriteTopology::SinglePrimary, ConflictPolicy::LastWriteWins));
        const BulkImage image = captureBulkState(sim);
        QVERIFY(image.bytes() > 1'000'000);
        QVERIFY2(BulkKeyframe(image).bytes() * 20 < image.bytes(),
                 qPrintable(QStringLiteral("%1 of %2").arg(BulkKeyframe(image).bytes()).arg(image.bytes())));
    }

    // Reaching an instant rebuilds the world first seen there, whatever the design's arrays.
    void reachRebuildsTheWorldSeen_data()
    {
        QTest::addColumn<int>("topology");
        QTest::addColumn<int>("conflict");
        QTest::newRow("single primary")
            << int(WriteTopology::SinglePrimary) << int(ConflictPolicy::LastWriteWins);
        QTest::newRow("multi-primary lww")
            << int(WriteTopology::MultiPrimary) << int(ConflictPolicy::LastWriteWins);
        QTest::newRow("multi-primary or-set")
            << int(WriteTopology::MultiPrimary) << int(ConflictPolicy::OrSet);
        QTest::newRow("multi-primary field merge")
            << int(WriteTopology::MultiPrimary) << int(ConflictPolicy::FieldMerge);
        QTest::newRow("ownership counter") << int(WriteTopology::Ownership) << int(ConflictPolicy::PnCounter);
    }
    void reachRebuildsTheWorldSeen()
    {
        QFETCH(int, topology);
        QFETCH(int, conflict);
        const std::vector<SimTime> at{0,          7 * kSecond + 333, 30 * kSecond, 31 * kSecond + 1,
                                      52'500'017, 75 * kSecond};
        Session session(world(WriteTopology(topology), ConflictPolicy(conflict)), at,
                        CheckpointStore(CheckpointStore::kDefaultBudgetBytes, 5 * kSecond));
        session.runTo(80 * kSecond);
        QCOMPARE(session.witnesses.size(), at.size() - 1); // not at 0: the run starts there
        QVERIFY(session.store.count() >= 15);
        const std::vector<Command> &commands = session.sim.submittedCommands();
        QCOMPARE(commands.size(), std::size_t{4});
        for (std::size_t i = 0; i < session.witnesses.size(); ++i) {
            const Simulation &seen = session.witnesses[i];
            // The branch as it was at that moment (its commands so far) ...
            std::vector<Command> then(commands.begin(),
                                      commands.begin() +
                                          static_cast<std::ptrdiff_t>(seen.submittedCommands().size()));
            const Simulation reached = session.store.reach(seen.now(), then, false);
            QVERIFY2(reached == seen, qPrintable(QStringLiteral("at %1 us").arg(seen.now())));
            QCOMPARE(reached.traceHash(), seen.traceHash());
        }
        // Backwards too: the rebuilt image walks back through the deltas (each an XOR, its own
        // inverse) from the one rebuilt last or from the newest checkpoint's.
        for (std::size_t i = session.witnesses.size(); i-- > 0;) {
            const Simulation &seen = session.witnesses[i];
            std::vector<Command> then(commands.begin(),
                                      commands.begin() +
                                          static_cast<std::ptrdiff_t>(seen.submittedCommands().size()));
            QVERIFY2(session.store.reach(seen.now(), then, false) == seen,
                     qPrintable(QStringLiteral("back at %1 us").arg(seen.now())));
        }
        // ... and played on with the branch's later commands, it ends where the session ended.
        Simulation replay = session.store.reach(at[1], commands, true);
        replay.runUntil(session.sim.now());
        QVERIFY(replay == session.sim);
        QCOMPARE(replay.metrics().totals().issued, session.sim.metrics().totals().issued);
    }

    // A fork takes a new action at an earlier instant; the branch it came from stays reachable.
    void aForkKeepsTheBranchItCameFrom()
    {
        Session session(world(WriteTopology::SinglePrimary, ConflictPolicy::LastWriteWins), {},
                        CheckpointStore(CheckpointStore::kDefaultBudgetBytes, 5 * kSecond));
        session.runTo(70 * kSecond);
        const Simulation original = session.sim;
        const SimTime forkAt = 20 * kSecond;

        CheckpointStore forkStore = session.store.forkedAt(forkAt);
        QVERIFY(forkStore.count() < session.store.count());
        QVERIFY(forkStore.times().back() < forkAt);
        Simulation fork = session.store.reach(forkAt, session.sim.submittedCommands(), false);
        QCOMPARE(fork.now(), forkAt);
        // Only the kill at 12 s came before the fork; the cut, restore and heal are the old future.
        QCOMPARE(fork.submittedCommands().size(), std::size_t{1});
        fork.submit(makeCommand(fork.engine().earliestCommandTime(), CommandType::IsolateRegion, 1));
        for (SimTime t = forkAt; t < 70 * kSecond;) {
            t += kSecond;
            fork.runUntil(t);
            forkStore.offer(fork);
        }
        QVERIFY(fork.traceHash() != original.traceHash());
        // The fork's own checkpoints rebuild the fork, the old ones the old branch.
        QVERIFY(forkStore.reach(60 * kSecond, fork.submittedCommands(), true).traceHash() != 0);
        Simulation again = forkStore.reach(forkAt + 3 * kSecond, fork.submittedCommands(), true);
        again.runUntil(70 * kSecond);
        QVERIFY(again == fork);
        Simulation old = session.store.reach(forkAt + 3 * kSecond, original.submittedCommands(), true);
        old.runUntil(70 * kSecond);
        QVERIFY(old == original);
    }

    // A fork at 0 is the run with the action from the start.
    void aForkAtZeroIsTheRunWithTheActionFromTheStart()
    {
        const SimulationConfig config = world(WriteTopology::SinglePrimary, ConflictPolicy::LastWriteWins);
        Session session(config, {}, CheckpointStore());
        session.runTo(20 * kSecond);
        Simulation fork = session.store.reach(0, session.sim.submittedCommands(), false);
        QCOMPARE(fork.submittedCommands().size(), std::size_t{0});
        fork.submit(makeCommand(0, CommandType::KillRegion, 2));
        fork.runUntil(20 * kSecond);

        Simulation fromStart(config);
        fromStart.submit(makeCommand(0, CommandType::KillRegion, 2));
        fromStart.runUntil(20 * kSecond);
        QVERIFY(fork == fromStart);
    }

    // Over the budget, every other checkpoint goes and the spacing doubles; the rest still rebuild
    // exactly.
    void theBudgetHolds()
    {
        const std::size_t budget = 12'000'000;
        Session session(world(WriteTopology::SinglePrimary, ConflictPolicy::LastWriteWins, 4'000.0),
                        {33 * kSecond + 7, 190 * kSecond}, CheckpointStore(budget, kSecond));
        std::size_t most = 0;
        for (SimTime t = 0; t < 240 * kSecond;) {
            t += 10 * kSecond;
            session.runTo(t);
            most = std::max(most, session.store.bytes());
        }
        QVERIFY(session.store.thinnings() >= 10);
        QVERIFY(session.store.spacing() > kSecond);
        QVERIFY2(most <= budget, qPrintable(QStringLiteral("%1 > %2").arg(most).arg(budget)));
        // Still spread over the whole run, none more than twice and a half the mean distance
        // from the one before.
        const std::vector<SimTime> times = session.store.times();
        QCOMPARE(times.front(), SimTime{0});
        QVERIFY(times.back() + session.store.spacing() >= 240 * kSecond);
        const double mean = double(times.back() - times.front()) / double(times.size() - 1);
        for (std::size_t i = 1; i < times.size(); ++i)
            QVERIFY2(double(times[i] - times[i - 1]) <= 2.5 * mean,
                     qPrintable(QStringLiteral("%1 s after %2 s; mean %3 s")
                                    .arg(toSeconds(times[i] - times[i - 1]))
                                    .arg(toSeconds(times[i - 1]))
                                    .arg(mean / 1e6)));
        for (const Simulation &seen : session.witnesses)
            QVERIFY(session.store.reach(seen.now(), session.sim.submittedCommands(), false) == seen);
    }
};

QTEST_GUILESS_MAIN(CheckpointsTest)
#include "tst_checkpoints.moc"
