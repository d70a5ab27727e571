// The per-key linearizability checker: it accepts what it should, rejects what it should, and
// over simulated histories separates the configurations that claim linearizable single-key
// registers from those that do not — and catches a deliberately broken lease.
#include "proof/linearizability.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QTest>

using namespace fl;

namespace {

RegisterOp w(std::uint64_t v, SimTime a, SimTime b)
{
    return RegisterOp{RegisterOp::Kind::Write, v, a, b, 0};
}
RegisterOp r(std::uint64_t v, SimTime a, SimTime b)
{
    return RegisterOp{RegisterOp::Kind::Read, v, a, b, 0};
}

// Single primary in Virginia; one population whose traffic the front door splits between
// Virginia and Ireland, so both sides of a partition read and write the same keys.
SimulationConfig sharedKeys(std::uint64_t seed, bool strong)
{
    SimulationConfig c =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2"}, {"na-east"}, 300.0);
    c.seed = seed;
    c.routing.mechanism = RoutingMechanism::FrontDoor;
    c.routing.policy = RoutingPolicy::Weighted;
    c.populations[0].weights = {1.0, 1.0, 0.0, 0.0};
    c.populations[0].keySpace = 8;
    c.populations[0].readFraction = 0.6;
    c.regions[3].role = RegionRole::Witness;
    c.data.topology = WriteTopology::SinglePrimary;
    c.data.recordHistory = true;
    c.failover.controlRegion = 1;
    c.failover.probeInterval = 1 * kSecond;
    c.failover.probeTimeout = 500 * kMillisecond;
    c.failover.failureThreshold = 2;
    c.failover.promotionTime = 500 * kMillisecond;
    if (strong) {
        c.data.mode = ReplicationMode::SyncQuorum;
        c.data.reads = ReadPolicy::Primary;
        c.failover.quorumElection = true;
        c.failover.leases = true;
        c.failover.fencing = true;
        c.failover.leaseDuration = 3 * kSecond;
    } else {
        c.data.mode = ReplicationMode::Async;
        c.data.reads = ReadPolicy::LocalReplica;
        c.data.batchInterval = 200 * kMillisecond;
    }
    return c;
}

// Virginia is cut off from the other regions for a while (its users still reach it), then heals.
bool violatesLinearizability(const SimulationConfig &c, std::uint32_t *badKey = nullptr)
{
    Simulation sim(c);
    sim.submit(makeCommand(5 * kSecond, CommandType::IsolateRegion, 0));
    for (int other = 1; other < 4; ++other)
        sim.submit(makeCommand(15 * kSecond, CommandType::HealLink, 0, other));
    sim.runUntil(25 * kSecond);
    for (const KeyVerdict &v : checkHistory(sim.history(), 300)) {
        if (v.result.verdict == Linearizable::Unknown)
            qWarning("key %u: search budget exhausted", v.key);
        if (v.result.verdict == Linearizable::No) {
            if (badKey)
                *badKey = v.key;
            return true;
        }
    }
    return false;
}

} // namespace

class LinearizabilityTest : public QObject
{
    Q_OBJECT

private slots:
    void acceptsLinearizableHistories()
    {
        // Sequential: w1, r1, w2, r2.
        QCOMPARE(checkRegister({w(1, 0, 10), r(1, 20, 30), w(2, 40, 50), r(2, 60, 70)}).verdict,
                 Linearizable::Yes);
        // A read overlapping a write may see either value.
        QCOMPARE(checkRegister({w(1, 0, 10), w(2, 20, 50), r(1, 25, 30), r(2, 40, 60)}).verdict,
                 Linearizable::Yes);
        // A write that never answered may take effect late...
        QCOMPARE(checkRegister({w(1, 0, kNever), r(0, 10, 20), r(1, 30, 40)}).verdict, Linearizable::Yes);
        // ...or never.
        QCOMPARE(checkRegister({w(1, 0, kNever), r(0, 10, 20), r(0, 30, 40)}).verdict, Linearizable::Yes);
    }

    void rejectsStaleAndFlickeringReads()
    {
        // A read that starts after w2 completed returns w1: stale.
        const std::vector<RegisterOp> staleHistory{w(1, 0, 10), w(2, 20, 30), r(1, 40, 50)};
        const LinearizabilityResult stale = checkRegister(staleHistory);
        QCOMPARE(stale.verdict, Linearizable::No);
        QVERIFY(!stale.conflicting.empty()); // the clusters of w1 and w2
        const LinearizabilityResult searched = checkRegisterBySearch(staleHistory);
        QCOMPARE(searched.verdict, Linearizable::No);
        QCOMPARE(searched.longestPrefix.size(), std::size_t{2}); // w1, w2 — and then the read cannot follow
        // Two sequential reads see the new value, then the old one again.
        QCOMPARE(checkRegister({w(1, 0, 10), w(2, 20, 100), r(2, 30, 40), r(1, 50, 60)}).verdict,
                 Linearizable::No);
        // A read of a value nobody wrote.
        QCOMPARE(checkRegister({w(1, 0, 10), r(7, 20, 30)}).verdict, Linearizable::No);
    }

    void zonesAgreeWithSearchOnRandomHistories()
    {
        // Small random histories with unique values: both algorithms must give the same verdict.
        Rng rng(99);
        int disagreements = 0, notLinearizable = 0;
        for (int trial = 0; trial < 2000; ++trial) {
            std::vector<RegisterOp> ops;
            std::vector<std::uint64_t> values{0};
            const int n = 3 + static_cast<int>(rng.below(7));
            for (int i = 0; i < n; ++i) {
                const SimTime start = static_cast<SimTime>(rng.below(100));
                const SimTime end = start + 1 + static_cast<SimTime>(rng.below(40));
                if (rng.chance(0.4)) {
                    ops.push_back(w(static_cast<std::uint64_t>(i + 1), start, end));
                    values.push_back(static_cast<std::uint64_t>(i + 1));
                } else {
                    ops.push_back(r(0, start, end));
                }
            }
            for (RegisterOp &op : ops)
                if (op.kind == RegisterOp::Kind::Read)
                    op.value = values[rng.below(values.size())];
            const Linearizable zones = checkRegisterByZones(ops).verdict;
            const Linearizable search = checkRegisterBySearch(ops).verdict;
            disagreements += zones != search;
            notLinearizable += search == Linearizable::No;
        }
        QCOMPARE(disagreements, 0);
        QVERIFY(notLinearizable > 100); // the generator produced both kinds
    }

    void strongConfigurationIsLinearizable()
    {
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            std::uint32_t key = 0;
            QVERIFY2(!violatesLinearizability(sharedKeys(seed, true), &key),
                     qPrintable(QStringLiteral("seed %1 key %2").arg(seed).arg(key)));
        }
    }

    void asyncReplicaReadsAreNot()
    {
        int found = 0;
        for (std::uint64_t seed = 1; seed <= 5; ++seed)
            found += violatesLinearizability(sharedKeys(seed, false));
        QVERIFY(found >= 4);
    }

    void brokenLeaseIsCaughtWithin50Seeds()
    {
        // The test-only switch lets a deposed primary keep serving after its lease lapsed.
        int caughtAt = 0;
        for (std::uint64_t seed = 1; seed <= 50 && caughtAt == 0; ++seed) {
            SimulationConfig c = sharedKeys(seed, true);
            c.failover.testOnlyIgnoreLease = true;
            if (violatesLinearizability(c))
                caughtAt = static_cast<int>(seed);
        }
        qInfo("broken lease caught at seed %d", caughtAt);
        QVERIFY(caughtAt > 0);
    }
};

QTEST_GUILESS_MAIN(LinearizabilityTest)
#include "tst_linearizability.moc"
