// The data model's acceptance tests: what each replication mode loses when a primary crashes,
// the closed form for asynchronous loss, quorum behaviour, conflict resolution, and the accounting
// identity — with the independent audit equal to the metrics wherever a history is recorded.
#include "data/audit.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QTest>
#include <cmath>

using namespace fl;

namespace {

constexpr int kVirginia = 0, kIreland = 1, kTokyo = 2;

SimulationConfig primaryInVirginia(std::uint64_t seed, ReplicationMode mode, double writesPerSecond,
                                   std::vector<std::string_view> regions = {"us-east-1", "eu-west-1",
                                                                            "ap-northeast-1"})
{
    SimulationConfig c = makeWorld(regions, {"na-east"}, writesPerSecond);
    c.seed = seed;
    c.routing.mechanism = RoutingMechanism::FrontDoor;
    c.routing.policy = RoutingPolicy::PrimaryOnly;
    c.populations[0].readFraction = 0.0;
    c.populations[0].maxRetries = 0;
    c.data.topology = WriteTopology::SinglePrimary;
    c.data.primaryRegion = kVirginia;
    c.data.mode = mode;
    c.data.recordHistory = true;
    return c;
}

// The replica a careful failover picks: the one that has received the most.
std::size_t mostUpToDate(const Simulation &sim)
{
    std::size_t best = kIreland;
    for (std::size_t r = kIreland; r < sim.regionCount(); ++r)
        if (sim.regionData(r).logs[0].end() > sim.regionData(best).logs[0].end())
            best = r;
    return best;
}

void checkAuditMatches(const Simulation &sim, bool multiPrimary = false)
{
    AuditOptions options;
    options.regions = sim.regionCount();
    options.lastWriteWinsAcrossRegions = multiPrimary;
    options.judgeReads = sim.config().data.conflict == ConflictPolicy::LastWriteWins;
    const AuditResult audit = auditHistory(sim.history(), options);
    const WriteAccounting &w = sim.writes();
    QCOMPARE(audit.acknowledged, w.acknowledged);
    QCOMPARE(audit.lostOrOrphaned, w.lost() + w.orphaned);
    if (multiPrimary) {
        QCOMPARE(audit.lwwConcurrentDrops, w.lwwConcurrentDrops);
        QCOMPARE(audit.lwwSkewDrops, w.lwwSkewDrops);
    }
    if (options.judgeReads) {
        QCOMPARE(audit.reads, w.reads);
        QCOMPARE(audit.staleReads, w.staleReads);
    }
}

struct CrashResult
{
    std::uint64_t lost = 0;
    double ackRate = 0;
    SimTime promotedLag = 0;
    SimTime unshippedAge = 0; // at the crash: age of the oldest write not yet sent to the promoted copy
};

// Crashes the primary at `crashAt` and promotes the most up-to-date replica `promoteAfter` later
// (batches already on the wire land in that time; a promotion at the crash instant discards them).
CrashResult crashAndPromote(const SimulationConfig &config, SimTime crashAt, SimTime promoteAfter = 0)
{
    Simulation sim(config);
    sim.runUntil(crashAt - 1);
    // What has been sent to each copy (the crash resets it to what each copy has received).
    const std::vector<std::uint64_t> shippedBeforeCrash = sim.regionData(kVirginia).shipped;
    sim.submit(makeCommand(crashAt, CommandType::KillRegion, kVirginia));
    sim.runUntil(crashAt);
    CrashResult r;
    r.ackRate = static_cast<double>(sim.writes().acknowledged) / toSeconds(crashAt);
    const RegionData &primary = sim.regionData(kVirginia);
    sim.runUntil(crashAt + promoteAfter);
    const std::size_t target = mostUpToDate(sim);
    const std::uint64_t shipped = shippedBeforeCrash[target];
    r.unshippedAge =
        primary.logs[0].contains(shipped + 1) ? crashAt - primary.logs[0].at(shipped + 1).commitTime : 0;
    r.promotedLag = sim.replicaLag(target).receiveLag;
    sim.promoteNow(0, target);
    sim.runUntil(crashAt + 3 * kSecond); // let every outstanding client time out
    sim.recountWrites();
    r.lost = sim.writes().lost();
    const WriteAccounting &w = sim.writes();
    if (!w.balanced())
        qFatal("accounting identity broken: acked %llu durable %llu pending %llu orphaned %llu lost %llu",
               static_cast<unsigned long long>(w.acknowledged), static_cast<unsigned long long>(w.durable),
               static_cast<unsigned long long>(w.pending), static_cast<unsigned long long>(w.orphaned),
               static_cast<unsigned long long>(w.lost()));
    return r;
}

} // namespace

class ReplicationTest : public QObject
{
    Q_OBJECT

private slots:
    void syncLosesNothingAsyncLosesAlmostAlways()
    {
        const int seeds = 200;
        int asyncLosing = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            Rng pick(static_cast<std::uint64_t>(seed) * 7919);
            const SimTime crashAt = 3 * kSecond + static_cast<SimTime>(pick.uniform() * 2e6);
            for (ReplicationMode mode : {ReplicationMode::SyncAll, ReplicationMode::SyncQuorum}) {
                const CrashResult r = crashAndPromote(primaryInVirginia(seed, mode, 1000.0), crashAt);
                QVERIFY2(r.lost == 0, qPrintable(QStringLiteral("seed %1 mode %2 lost %3")
                                                     .arg(seed)
                                                     .arg(static_cast<int>(mode))
                                                     .arg(r.lost)));
            }
            asyncLosing +=
                crashAndPromote(primaryInVirginia(seed, ReplicationMode::Async, 1000.0), crashAt).lost > 0;
        }
        qInfo("async lost acknowledged writes in %d of %d seeds", asyncLosing, seeds);
        QVERIFY(asyncLosing >= seeds * 95 / 100);
    }

    void syncWriteLatencyPaysTheRoundTrip()
    {
        for (ReplicationMode mode :
             {ReplicationMode::SyncAll, ReplicationMode::SyncQuorum, ReplicationMode::Async}) {
            Simulation sim(primaryInVirginia(3, mode, 500.0));
            sim.runUntil(30 * kSecond);
            const double p50 = toMilliseconds(sim.metrics().populationLatency(0).percentile(0.5));
            const double rttTokyo = 2 * toMilliseconds(sim.network().baseOneWay(kVirginia, kTokyo));
            const double rttIreland = 2 * toMilliseconds(sim.network().baseOneWay(kVirginia, kIreland));
            qInfo("mode %d: write p50 %.1f ms (RTT to Ireland %.1f, to Tokyo %.1f)", static_cast<int>(mode),
                  p50, rttIreland, rttTokyo);
            if (mode == ReplicationMode::SyncAll)
                QVERIFY(p50 >= rttTokyo); // the slowest replica
            else if (mode == ReplicationMode::SyncQuorum)
                QVERIFY(p50 >= rttIreland && p50 < rttTokyo); // the nearest one makes the majority
            else
                QVERIFY(p50 < rttIreland);
        }
    }

    void asyncLossMatchesRateTimesUnshippedAge()
    {
        // What a crash loses is what the primary had not sent: batches already on the wire still
        // land. So lost ~ (acknowledged writes per second) x (age of the oldest unshipped write at
        // the crash), whose mean is half the batch period. Writes committed but whose answer had
        // not left at the crash are indeterminate, not lost (~ rate x data latency, small here).
        double sumRatio = 0, sumAge = 0;
        const int seeds = 60;
        const SimTime batch = 500 * kMillisecond;
        for (int seed = 1; seed <= seeds; ++seed) {
            SimulationConfig c = primaryInVirginia(seed, ReplicationMode::Async, 2000.0);
            c.data.batchInterval = batch;
            Rng pick(static_cast<std::uint64_t>(seed) * 104729);
            const SimTime crashAt = 5 * kSecond + static_cast<SimTime>(pick.uniform() * 3e6);
            const CrashResult r = crashAndPromote(c, crashAt, kSecond);
            const double expected = r.ackRate * toSeconds(r.unshippedAge);
            QVERIFY(expected > 0);
            sumRatio += static_cast<double>(r.lost) / expected;
            sumAge += toSeconds(r.unshippedAge);
        }
        const double mean = sumRatio / seeds;
        qInfo("mean lost / (rate x unshipped age) over %d seeds: %.3f; mean age %.0f ms (batch period / 2 "
              "= %.0f ms)",
              seeds, mean, 1e3 * sumAge / seeds, toMilliseconds(batch) / 2);
        QVERIFY2(mean >= 0.85 && mean <= 1.15, qPrintable(QString::number(mean)));
        QVERIFY(std::abs(sumAge / seeds - toSeconds(batch) / 2) < 0.2 * toSeconds(batch) / 2);
    }

    void crashLosesTheSameWhateverTheStandbysDistance()
    {
        // A batch on its way to a far standby when the primary crashes lands all the same, so a
        // standby across the Pacific loses what one across the Atlantic loses, at the same batch
        // period, on the same arrivals and crash instants (it lost rate x one-way delay more when
        // a crash destroyed what was on the wire).
        std::uint64_t near = 0, far = 0;
        const SimTime batch = 100 * kMillisecond;
        for (int seed = 1; seed <= 40; ++seed) {
            Rng pick(static_cast<std::uint64_t>(seed) * 15485863);
            const SimTime crashAt = 5 * kSecond + static_cast<SimTime>(pick.uniform() * 3e6);
            for (const char *standby : {"eu-west-1", "ap-northeast-1"}) {
                SimulationConfig c = primaryInVirginia(
                    static_cast<std::uint64_t>(seed), ReplicationMode::Async, 2000.0, {"us-east-1", standby});
                c.data.recordHistory = false;
                c.data.batchInterval = batch;
                const std::uint64_t lost = crashAndPromote(c, crashAt, kSecond).lost;
                (std::string(standby) == "eu-west-1" ? near : far) += lost;
            }
        }
        qInfo("lost over 40 crashes: %llu with the standby in Ireland, %llu in Tokyo",
              static_cast<unsigned long long>(near), static_cast<unsigned long long>(far));
        QVERIFY(near > 1000);
        QVERIFY2(std::abs(static_cast<double>(far) - static_cast<double>(near)) <=
                     0.15 * static_cast<double>(near),
                 qPrintable(QStringLiteral("near %1, far %2").arg(near).arg(far)));
    }

    void quorumSurvivesOneReplicaNotTwo()
    {
        Simulation sim(primaryInVirginia(5, ReplicationMode::SyncQuorum, 1000.0));
        sim.submit(makeCommand(10 * kSecond, CommandType::KillRegion, kTokyo));
        sim.runUntil(20 * kSecond);
        const std::uint64_t ackedAfterOne = sim.writes().acknowledged;
        QVERIFY(ackedAfterOne > 15'000); // writes went on with one replica down
        sim.submit(makeCommand(sim.now(), CommandType::KillRegion, kIreland));
        sim.runUntil(21 * kSecond);
        const std::uint64_t ackedAtSecondKill = sim.writes().acknowledged;
        sim.runUntil(40 * kSecond);
        QVERIFY(sim.writes().acknowledged - ackedAtSecondKill < 10); // only acks already in flight
        QVERIFY(sim.writes().indeterminate > 15'000);                // the rest time out
        sim.recountWrites();
        QCOMPARE(sim.writes().lost(), std::uint64_t{0});
        QVERIFY(sim.writes().balanced());
        checkAuditMatches(sim);
    }

    void syncFallbackToAsyncRaisesTheRpo()
    {
        SimulationConfig c = primaryInVirginia(6, ReplicationMode::SyncAll, 1000.0);
        c.data.syncFallbackToAsync = true;
        c.data.syncFallbackTimeout = 500 * kMillisecond;
        Simulation sim(c);
        sim.submit(makeCommand(10 * kSecond, CommandType::CutLink, kVirginia, kTokyo));
        sim.runUntil(20 * kSecond);
        QCOMPARE(sim.writes().syncFallbacks, std::uint64_t{1});
        QVERIFY(sim.writes().acknowledged > 17'000); // writes continue, no longer waiting for Tokyo
        // Now Ireland is the only other copy that is current, and Tokyo falls behind.
        QVERIFY(sim.replicaLag(kTokyo).receiveLag > 9 * kSecond);
    }

    void accountingIdentityHoldsEveryTick()
    {
        SimulationConfig c = primaryInVirginia(7, ReplicationMode::Async, 1500.0);
        c.populations[0].readFraction = 0.5;
        Simulation sim(c);
        sim.submit(makeCommand(5 * kSecond, CommandType::CutLink, kVirginia, kIreland));
        sim.submit(makeCommand(9 * kSecond, CommandType::HealLink, kVirginia, kIreland));
        for (int t = 1; t <= 12; ++t) {
            sim.runUntil(t * kSecond);
            sim.recountWrites();
            const WriteAccounting &w = sim.writes();
            QVERIFY2(w.balanced(), qPrintable(QStringLiteral("t=%1: %2 != %3+%4+%5+%6")
                                                  .arg(t)
                                                  .arg(w.acknowledged)
                                                  .arg(w.durable)
                                                  .arg(w.pending)
                                                  .arg(w.orphaned)
                                                  .arg(w.lost())));
            QCOMPARE(w.issued, w.inFlight() + w.failed + w.indeterminate + w.acknowledged);
        }
        QVERIFY(sim.writes().pending > 0 || sim.writes().durable > 0);
        // While Ireland was cut off its lag grew; after healing it caught up.
        QVERIFY(sim.metrics().regionSeries(kIreland)[8].receiveLagMs > 3000);
        QVERIFY(sim.metrics().regionSeries(kIreland).back().receiveLagMs < 1000);
        checkAuditMatches(sim);
    }

    void splitPrimaryOrphansAreDiscardedOnRejoin()
    {
        // The test hook promotes Ireland while Virginia is only cut off, not dead: Virginia keeps
        // acknowledging its nearby users (orphans) until the healed link tells it about epoch 2.
        // With fencing: without, Ireland would apply the orphans Virginia still sends after the
        // heal (tst_unfencedsplitbrain).
        SimulationConfig c = primaryInVirginia(8, ReplicationMode::Async, 1000.0);
        c.failover.fencing = true;
        Simulation sim(c);
        sim.runUntil(5 * kSecond);
        sim.submit(makeCommand(sim.now(), CommandType::IsolateRegion, kVirginia));
        sim.runUntil(5 * kSecond + 1);
        sim.promoteNow(0, kIreland);
        sim.runUntil(15 * kSecond);
        sim.recountWrites();
        QVERIFY(sim.writes().orphaned > 5000);
        QVERIFY(sim.writes().balanced());
        sim.submit(makeCommand(sim.now(), CommandType::HealLink, kVirginia, kIreland));
        sim.submit(makeCommand(sim.now(), CommandType::HealLink, kVirginia, kTokyo));
        sim.runUntil(20 * kSecond);
        sim.recountWrites();
        QCOMPARE(sim.writes().orphaned, std::uint64_t{0});
        QVERIFY(sim.writes().lostDiscarded > 5000);
        QVERIFY(sim.writes().balanced());
        QCOMPARE(sim.regionData(kVirginia).logs[0].epoch, 2u);
        checkAuditMatches(sim);
    }

    void lastWriteWinsDropsWritesAndSkewDropsLaterOnes_data()
    {
        QTest::addColumn<double>("skewMs");
        QTest::newRow("no skew") << 0.0;
        QTest::newRow("Tokyo 800 ms ahead") << 800.0;
    }

    void lastWriteWinsDropsWritesAndSkewDropsLaterOnes()
    {
        QFETCH(double, skewMs);
        SimulationConfig c = makeWorld({"us-east-1", "ap-northeast-1"}, {"na-east", "east-asia"}, 1000.0);
        c.seed = 11;
        c.routing.mechanism = RoutingMechanism::FrontDoor;
        c.routing.policy = RoutingPolicy::Weighted; // each population writes through both regions
        for (auto &p : c.populations) {
            p.readFraction = 0.5;
            p.keySpace = 50; // hot keys: many concurrent writes
            p.weights = {1.0, 1.0};
        }
        c.data.topology = WriteTopology::MultiPrimary;
        c.data.conflict = ConflictPolicy::LastWriteWins;
        c.data.clockSkew = {0, fromMilliseconds(skewMs)};
        c.data.recordHistory = true;
        Simulation sim(c);
        sim.runUntil(20 * kSecond);
        sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, 0, -1, -1, 0.0));
        sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, 1, -1, -1, 0.0));
        QVERIFY(sim.drain(40 * kSecond));
        const WriteAccounting &w = sim.writes();
        qInfo("skew %.0f ms: %llu concurrent writes dropped, %llu later writes dropped by skew, %llu stale "
              "reads of %llu",
              skewMs, static_cast<unsigned long long>(w.lwwConcurrentDrops),
              static_cast<unsigned long long>(w.lwwSkewDrops), static_cast<unsigned long long>(w.staleReads),
              static_cast<unsigned long long>(w.reads));
        QVERIFY(w.lwwConcurrentDrops > 0); // even with perfect clocks
        if (skewMs == 0)
            // Without skew a later write can only lose to an equal stamp (the same microsecond,
            // broken by region id): vanishingly rare, but true when it happens.
            QVERIFY(w.lwwSkewDrops <= w.lwwConcurrentDrops / 100);
        else
            QVERIFY(w.lwwSkewDrops > 100);
        QVERIFY(w.balanced());
        // Converged: both regions hold the same value for every key.
        for (std::uint32_t k = 0; k < sim.keyCount(); ++k)
            QCOMPARE(sim.valueAt(0, k).writeId, sim.valueAt(1, k).writeId);
        checkAuditMatches(sim, true);
    }

    void crdtCounterDivergesInPartitionAndConvergesToTheExactSum()
    {
        SimulationConfig c = makeWorld({"us-east-1", "eu-west-1"}, {"na-east", "europe"}, 2000.0);
        c.seed = 12;
        c.routing.mechanism = RoutingMechanism::FrontDoor;
        c.routing.policy = RoutingPolicy::GeoNearest;
        for (auto &p : c.populations) {
            p.readFraction = 0.2;
            p.keySpace = 10;
        }
        c.data.topology = WriteTopology::MultiPrimary;
        c.data.conflict = ConflictPolicy::PnCounter;
        c.data.recordHistory = true;
        Simulation sim(c);
        sim.submit(makeCommand(5 * kSecond, CommandType::CutLink, 0, 1));
        sim.runUntil(15 * kSecond);
        auto total = [&](std::size_t region) {
            std::int64_t sum = 0;
            for (std::uint32_t k = 0; k < sim.keyCount(); ++k)
                sum += sim.valueAt(region, k).counter;
            return sum;
        };
        QVERIFY(total(0) != total(1)); // each side sees only its own increments
        sim.submit(makeCommand(sim.now(), CommandType::HealLink, 0, 1));
        sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, 0, -1, -1, 0.0));
        sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, 1, -1, -1, 0.0));
        QVERIFY(sim.drain(60 * kSecond));
        // Every committed increment counts, acknowledged or not: it is in a replicated log. (A
        // retry through another region commits twice; the history shows that too.)
        std::int64_t expected = 0;
        for (const History::Commit &commit : sim.history().commits)
            expected += sim.history().writes[commit.writeId - 1].arg;
        QCOMPARE(total(0), total(1));
        QCOMPARE(total(0), expected);
        for (std::uint32_t k = 0; k < sim.keyCount(); ++k)
            QCOMPARE(sim.valueAt(0, k).counter, sim.valueAt(1, k).counter);
    }

    void orSetAndFieldMergeConverge()
    {
        for (ConflictPolicy policy : {ConflictPolicy::OrSet, ConflictPolicy::FieldMerge}) {
            SimulationConfig c = makeWorld({"us-east-1", "eu-west-1", "ap-southeast-2"},
                                           {"na-east", "europe", "oceania"}, 1500.0);
            c.seed = 13;
            c.routing.mechanism = RoutingMechanism::FrontDoor;
            for (auto &p : c.populations) {
                p.readFraction = 0.3;
                p.keySpace = 5;
            }
            c.routing.policy = RoutingPolicy::Weighted;
            c.data.topology = WriteTopology::MultiPrimary;
            c.data.conflict = policy;
            Simulation sim(c);
            sim.submit(makeCommand(3 * kSecond, CommandType::IsolateRegion, 2));
            sim.submit(makeCommand(10 * kSecond, CommandType::HealLink, 2, 0));
            sim.submit(makeCommand(10 * kSecond, CommandType::HealLink, 2, 1));
            sim.runUntil(12 * kSecond);
            for (int p = 0; p < 3; ++p)
                sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, p, -1, -1, 0.0));
            QVERIFY(sim.drain(60 * kSecond));
            for (std::uint32_t k = 0; k < sim.keyCount(); ++k) {
                if (policy == ConflictPolicy::OrSet) {
                    for (int e = 0; e < c.data.setElements; ++e) {
                        QCOMPARE(sim.setContains(0, k, e), sim.setContains(1, k, e));
                        QCOMPARE(sim.setContains(0, k, e), sim.setContains(2, k, e));
                    }
                } else {
                    for (int f = 0; f < c.data.recordFields; ++f) {
                        QCOMPARE(sim.fieldValue(0, k, f), sim.fieldValue(1, k, f));
                        QCOMPARE(sim.fieldValue(0, k, f), sim.fieldValue(2, k, f));
                    }
                }
            }
            QVERIFY(sim.writes().balanced());
        }
    }

    void ownershipHasNoConflicts()
    {
        SimulationConfig c = makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"},
                                       {"na-east", "europe", "east-asia"}, 1500.0);
        c.seed = 14;
        c.routing.mechanism = RoutingMechanism::FrontDoor;
        c.routing.policy = RoutingPolicy::Weighted; // writes arrive everywhere, go to the key's home
        for (auto &p : c.populations) {
            p.readFraction = 0.5;
            p.keySpace = 20;
        }
        c.data.topology = WriteTopology::Ownership;
        c.data.recordHistory = true;
        Simulation sim(c);
        sim.runUntil(20 * kSecond);
        for (int p = 0; p < 3; ++p)
            sim.submit(makeCommand(sim.now(), CommandType::SetPopulationRate, p, -1, -1, 0.0));
        QVERIFY(sim.drain(60 * kSecond));
        QCOMPARE(sim.writes().conflicts, std::uint64_t{0});
        QCOMPARE(sim.writes().lost(), std::uint64_t{0});
        QVERIFY(sim.writes().acknowledged > 10'000);
        for (std::uint32_t k = 0; k < sim.keyCount(); ++k) {
            QCOMPARE(sim.valueAt(0, k).writeId, sim.valueAt(1, k).writeId);
            QCOMPARE(sim.valueAt(0, k).writeId, sim.valueAt(2, k).writeId);
        }
        checkAuditMatches(sim);
    }

    void readReplicasServeStaleReadsPrimaryReadsDoNot()
    {
        for (ReadPolicy reads : {ReadPolicy::LocalReplica, ReadPolicy::Primary}) {
            SimulationConfig c = makeWorld({"us-east-1", "ap-northeast-1"}, {"na-east", "east-asia"}, 2000.0);
            c.seed = 15;
            c.routing.mechanism = RoutingMechanism::FrontDoor;
            for (auto &p : c.populations) {
                p.readFraction = 0.7;
                p.keySpace = 200;
            }
            c.data.reads = reads;
            // Half-second batches: replicas trail by ~300 ms, long after writers were answered.
            // (With 50 ms batches the windows are short and hot keys' writes overlap so much that
            // few reads are stale in the strict real-time sense.)
            c.data.batchInterval = 500 * kMillisecond;
            c.data.recordHistory = true;
            Simulation sim(c);
            sim.runUntil(20 * kSecond);
            const WriteAccounting &w = sim.writes();
            qInfo("reads from %s: %llu stale of %llu",
                  reads == ReadPolicy::Primary ? "primary" : "local replica",
                  static_cast<unsigned long long>(w.staleReads), static_cast<unsigned long long>(w.reads));
            if (reads == ReadPolicy::LocalReplica)
                QVERIFY(w.staleReads > 0);
            else
                QCOMPARE(w.staleReads, std::uint64_t{0});
            checkAuditMatches(sim);
        }
    }
};

QTEST_GUILESS_MAIN(ReplicationTest)
#include "tst_replication.moc"
