#include "randomschedule.h"

#include "data/audit.h"
#include "engine/random.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "spec/commands.h"
#include "spec/enums.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>
#include <map>
#include <optional>

namespace fl {
namespace {

// Any value of E, uniformly (spec/enums.h keeps these tables in value order).
template<class E> E pickEnum(Rng &rng)
{
    return enumEntries<E>()[rng.below(enumCount<E>())].value;
}

SimTime between(Rng &rng, SimTime lo, SimTime hi)
{
    return lo + static_cast<SimTime>(rng.uniform() * static_cast<double>(hi - lo));
}

} // namespace

namespace {

// The draws below happen in this order, from one stream: reordering them changes every schedule
// (and tst_pinnedbehaviour's pins).

// Regions: 2..5 distinct catalog regions; the first is the primary.
void drawRegions(Rng &rng, SimulationConfig &c)
{
    const std::size_t nr = 2 + rng.below(4);
    std::vector<std::size_t> catalog(regionCatalog().size());
    for (std::size_t i = 0; i < catalog.size(); ++i)
        catalog[i] = i;
    for (std::size_t i = 0; i < nr; ++i)
        std::swap(catalog[i], catalog[i + rng.below(catalog.size() - i)]);
    bool witnessUsed = false;
    for (std::size_t i = 0; i < nr; ++i) {
        RegionConfig rc;
        rc.catalogIndex = static_cast<int>(catalog[i]);
        rc.capacityOps = 2000 + static_cast<double>(rng.below(8000));
        if (i > 0) {
            const double roll = rng.uniform();
            if (roll < 0.1)
                rc.role = RegionRole::WarmStandby;
            else if (roll < 0.2)
                rc.role = RegionRole::PilotLight;
            else if (roll < 0.3 && nr >= 4 && !witnessUsed) {
                rc.role = RegionRole::Witness;
                witnessUsed = true;
            }
        }
        rc.scaleUpDelay = between(rng, 5 * kSecond, 30 * kSecond);
        rc.bootTime = between(rng, 5 * kSecond, 30 * kSecond);
        c.regions.push_back(rc);
    }
}

// Users: 1..3 populations.
void drawPopulations(Rng &rng, SimulationConfig &c)
{
    const std::size_t nr = c.regions.size();
    const std::size_t np = 1 + rng.below(3);
    for (std::size_t i = 0; i < np; ++i) {
        PopulationConfig pc;
        pc.catalogIndex = static_cast<int>(rng.below(populationCatalog().size()));
        pc.requestsPerSecond = 100 + static_cast<double>(rng.below(400));
        pc.readFraction = 0.3 + 0.6 * rng.uniform();
        pc.keySpace = 20 + static_cast<std::uint32_t>(rng.below(180));
        pc.zipfExponent = 0.5 + 0.6 * rng.uniform();
        pc.clients = 50;
        pc.ttlIgnoringShare = rng.chance(0.2) ? 0.1 : 0.0;
        pc.requestTimeout = between(rng, 500 * kMillisecond, 2 * kSecond);
        pc.maxRetries = static_cast<int>(rng.below(3));
        pc.weights.resize(nr);
        for (double &w : pc.weights)
            w = static_cast<double>(rng.below(4));
        c.populations.push_back(pc);
    }
}

void drawRoutingAndHealth(Rng &rng, SimulationConfig &c)
{
    c.routing.mechanism = pickEnum<RoutingMechanism>(rng);
    c.routing.policy = pickEnum<RoutingPolicy>(rng);
    c.routing.dnsTtl = between(rng, 5 * kSecond, 30 * kSecond);
    c.routing.automaticFailback = rng.chance(0.7);
    c.health.interval = between(rng, 2 * kSecond, 10 * kSecond);
    c.health.timeout = std::min(c.health.interval / 2, 1 * kSecond);
    c.health.failureThreshold = 1 + static_cast<int>(rng.below(3));
    c.health.placement = pickEnum<HealthCheckerPlacement>(rng);
}

void drawData(Rng &rng, SimulationConfig &c)
{
    const std::size_t nr = c.regions.size();
    DataConfig &d = c.data;
    const double topo = rng.uniform();
    d.topology = topo < 0.5    ? WriteTopology::SinglePrimary
                 : topo < 0.75 ? WriteTopology::MultiPrimary
                               : WriteTopology::Ownership;
    d.mode = pickEnum<ReplicationMode>(rng);
    d.conflict = pickEnum<ConflictPolicy>(rng);
    d.batchInterval = between(rng, 10 * kMillisecond, 300 * kMillisecond);
    d.syncFallbackToAsync = rng.chance(0.3);
    d.forwardWrites = rng.chance(0.85) ? ForwardPolicy::Forward : ForwardPolicy::Refuse;
    d.reads = rng.chance(0.7) ? ReadPolicy::LocalReplica : ReadPolicy::Primary;
    d.ownership = pickEnum<OwnershipRule>(rng);
    d.clockSkew.resize(nr);
    for (SimTime &skew : d.clockSkew)
        skew = rng.chance(0.5) ? 0 : between(rng, -300 * kMillisecond, 300 * kMillisecond);
    d.recordHistory = true;
}

void drawFailover(Rng &rng, SimulationConfig &c)
{
    const std::size_t nr = c.regions.size();
    DataConfig &d = c.data;
    FailoverConfig &f = c.failover;
    f.mode = rng.chance(0.8) ? FailoverMode::Automatic : FailoverMode::Manual;
    f.controlRegion = static_cast<int>(rng.below(nr));
    f.probeInterval = between(rng, 1 * kSecond, 4 * kSecond);
    f.probeTimeout = std::min(f.probeInterval / 2, 1 * kSecond);
    f.failureThreshold = 1 + static_cast<int>(rng.below(3));
    f.promotionTime = between(rng, 0, 5 * kSecond);
    f.rejoin = pickEnum<RejoinPolicy>(rng);
    f.quorumElection = rng.chance(0.5);
    f.fencing = rng.chance(0.5);
    f.leases = rng.chance(0.5);
    f.leaseDuration = f.probeInterval * 2 + between(rng, 0, 3 * kSecond);
    if (rng.chance(0.2)) {
        // The configuration that claims zero loss, often enough to be tested hard.
        d.topology = WriteTopology::SinglePrimary;
        d.mode = ReplicationMode::SyncQuorum;
        d.syncFallbackToAsync = false;
        f.mode = FailoverMode::Automatic;
        f.quorumElection = f.leases = f.fencing = true;
    }
}

// Faults between 5 s and 35 s; everything heals at 40 s.
void drawFaults(Rng &rng, RandomSchedule &s)
{
    const std::size_t nr = s.config.regions.size();
    const SimTime start = 5 * kSecond, end = 35 * kSecond;
    s.healAt = 40 * kSecond;
    s.drainLimit = 200 * kSecond;
    const std::size_t faults = 1 + rng.below(5);
    for (std::size_t i = 0; i < faults; ++i) {
        const SimTime at = between(rng, start, end);
        const int a = static_cast<int>(rng.below(nr));
        int b = static_cast<int>(rng.below(nr));
        if (b == a)
            b = (a + 1) % static_cast<int>(nr);
        const double roll = rng.uniform();
        if (roll < 0.25)
            s.faults.push_back(makeCommand(at, CommandType::KillRegion, a));
        else if (roll < 0.35)
            s.faults.push_back(makeCommand(at, CommandType::RestoreRegion, a));
        else if (roll < 0.38) {
            s.faults.push_back(makeCommand(at, CommandType::DestroyRegion, a));
            s.destroysRegions = true;
        } else if (roll < 0.55)
            s.faults.push_back(makeCommand(at, CommandType::IsolateRegion, a));
        else if (roll < 0.65)
            s.faults.push_back(makeCommand(at, CommandType::CutLink, a, b, rng.chance(0.5) ? 1 : -1));
        else if (roll < 0.75)
            s.faults.push_back(makeCommand(at, CommandType::DegradeLink, a, b, -1, 50.0 + rng.uniform() * 300,
                                           rng.uniform() * 0.3));
        else if (roll < 0.85)
            s.faults.push_back(
                makeCommand(at, CommandType::SetClockSkew, a, -1, -1, rng.uniform() * 1000 - 500));
        else if (roll < 0.9)
            s.faults.push_back(makeCommand(at, CommandType::OperatorVerify));
        else if (roll < 0.95)
            s.faults.push_back(makeCommand(at, CommandType::OperatorPromote, a));
        else
            s.faults.push_back(makeCommand(at, CommandType::KillDataTier, a));
    }
}

// Heal: everything back, every link healed, traffic stopped.
void addHealing(RandomSchedule &s)
{
    const std::size_t nr = s.config.regions.size();
    const std::size_t np = s.config.populations.size();
    for (std::size_t r = 0; r < nr; ++r) {
        s.faults.push_back(makeCommand(s.healAt, CommandType::RestoreRegion, static_cast<int>(r)));
        s.faults.push_back(makeCommand(s.healAt, CommandType::RestoreDataTier, static_cast<int>(r)));
        for (std::size_t o = r + 1; o < nr; ++o)
            s.faults.push_back(
                makeCommand(s.healAt, CommandType::HealLink, static_cast<int>(r), static_cast<int>(o)));
    }
    for (std::size_t p = 0; p < np; ++p)
        s.faults.push_back(makeCommand(s.healAt + 5 * kSecond, CommandType::SetPopulationRate,
                                       static_cast<int>(p), -1, -1, 0.0));
    std::stable_sort(s.faults.begin(), s.faults.end(),
                     [](const Command &x, const Command &y) { return x.at < y.at; });
}

} // namespace

RandomSchedule makeRandomSchedule(std::uint64_t seed)
{
    RandomSchedule s;
    s.seed = seed;
    Rng rng(seed ^ 0x5eed5eedULL);
    s.config.seed = seed;
    drawRegions(rng, s.config);
    drawPopulations(rng, s.config);
    drawRoutingAndHealth(rng, s.config);
    drawData(rng, s.config);
    drawFailover(rng, s.config);
    drawFaults(rng, s);
    addHealing(s);
    return s;
}

namespace {

bool safetyClaimed(const RandomSchedule &s)
{
    const SimulationConfig &c = s.config;
    // An operator's forced promotion bypasses the election (and its promises): like a forced
    // failover in real systems it may lose acknowledged writes, so it is outside the claim.
    for (const Command &f : s.faults)
        if (f.type == static_cast<std::uint32_t>(CommandType::OperatorPromote))
            return false;
    return c.data.topology == WriteTopology::SinglePrimary && c.data.mode == ReplicationMode::SyncQuorum &&
           !c.data.syncFallbackToAsync && c.failover.quorumElection && c.failover.leases &&
           c.failover.fencing && c.failover.mode == FailoverMode::Automatic && !s.destroysRegions &&
           !c.failover.testOnlyIgnoreLease;
}

std::uint64_t valueFingerprint(Simulation &sim, std::size_t region)
{
    std::uint64_t h = 0;
    const SimulationConfig &c = sim.config();
    for (std::uint32_t k = 0; k < sim.keyCount(); ++k) {
        const KeySlot &v = sim.valueAt(region, k);
        // What the policy defines as the value: a register's write, a counter's sum, a set's
        // members, a record's fields (the last write applied to a counter differs by arrival order).
        if (c.data.conflict == ConflictPolicy::LastWriteWins ||
            c.data.topology != WriteTopology::MultiPrimary)
            h = (h ^ v.writeId) * 0x100000001b3ULL;
        if (c.data.conflict == ConflictPolicy::PnCounter)
            h = (h ^ static_cast<std::uint64_t>(v.counter)) * 0x100000001b3ULL;
        if (c.data.conflict == ConflictPolicy::OrSet)
            for (int e = 0; e < c.data.setElements; ++e)
                h = (h ^ static_cast<std::uint64_t>(sim.setContains(region, k, e))) * 0x100000001b3ULL;
        if (c.data.conflict == ConflictPolicy::FieldMerge)
            for (int f = 0; f < c.data.recordFields; ++f)
                h = (h ^ sim.fieldValue(region, k, f)) * 0x100000001b3ULL;
    }
    return h;
}

// A failed check: which, and the two numbers that disagree.
struct Violation
{
    ScheduleViolation kind;
    std::uint64_t a, b;
};

// The independent audit of the recorded history against the counters.
std::optional<Violation> checkAudit(const RandomSchedule &schedule, Simulation &sim, const WriteAccounting &w)
{
    AuditOptions options;
    options.regions = sim.regionCount();
    options.lastWriteWinsAcrossRegions = schedule.config.data.topology == WriteTopology::MultiPrimary &&
                                         (schedule.config.data.conflict == ConflictPolicy::LastWriteWins ||
                                          schedule.config.data.conflict == ConflictPolicy::FieldMerge);
    options.judgeReads = schedule.config.data.conflict == ConflictPolicy::LastWriteWins;
    if (!options.lastWriteWinsAcrossRegions) {
        // What is stored, everywhere there is storage, against what the recorded applies left.
        options.storedWriteIds.resize(sim.regionCount());
        for (std::size_t r = 0; r < sim.regionCount(); ++r) {
            if (sim.config().regions[r].role == RegionRole::Witness || sim.region(r).destroyed)
                continue;
            for (std::uint32_t k = 0; k < sim.keyCount(); ++k)
                options.storedWriteIds[r].push_back(sim.valueAt(r, k).writeId);
        }
    }
    const AuditResult audit = auditHistory(sim.history(), options);
    if (audit.acknowledged != w.acknowledged)
        return Violation{ScheduleViolation::AuditMismatch, audit.acknowledged, w.acknowledged};
    if (audit.lostOrOrphaned != w.lost() + w.orphaned)
        return Violation{ScheduleViolation::AuditMismatch, audit.lostOrOrphaned, w.lost() + w.orphaned};
    if (options.lastWriteWinsAcrossRegions &&
        (audit.lwwConcurrentDrops != w.lwwConcurrentDrops || audit.lwwSkewDrops != w.lwwSkewDrops))
        return Violation{ScheduleViolation::AuditMismatch, audit.lwwConcurrentDrops + audit.lwwSkewDrops,
                         w.lwwConcurrentDrops + w.lwwSkewDrops};
    if (audit.storedMismatches != 0)
        return Violation{ScheduleViolation::AuditMismatch, audit.storedMismatches, 0};
    if (options.judgeReads && audit.staleReads != w.staleReads)
        return Violation{ScheduleViolation::AuditMismatch, audit.staleReads, w.staleReads};

    return std::nullopt;
}

// With leases, per (origin, epoch) the span of commit times of acknowledged writes; spans of
// different regions must not overlap.
std::optional<Violation> checkLeaseSpans(const RandomSchedule &schedule, const Simulation &sim)
{
    if (schedule.config.failover.leases && schedule.config.data.topology == WriteTopology::SinglePrimary) {
        // Per (origin, epoch): the span of commit times of acknowledged writes; spans of different
        // regions must not overlap.
        std::map<std::pair<int, std::uint32_t>, std::pair<SimTime, SimTime>> spans;
        for (const History::Commit &c : sim.history().commits) {
            if (sim.history().writes[c.writeId - 1].outcome != History::Outcome::Ok)
                continue;
            auto [it, fresh] = spans.try_emplace({c.origin, c.epoch}, c.time, c.time);
            if (!fresh) {
                it->second.first = std::min(it->second.first, c.time);
                it->second.second = std::max(it->second.second, c.time);
            }
        }
        for (auto a = spans.begin(); a != spans.end(); ++a)
            for (auto b = std::next(a); b != spans.end(); ++b)
                if (a->first.first != b->first.first && a->second.first < b->second.second &&
                    b->second.first < a->second.second && !schedule.config.failover.testOnlyIgnoreLease)
                    return Violation{ScheduleViolation::LeaseOverlap,
                                     static_cast<std::uint64_t>(a->first.first),
                                     static_cast<std::uint64_t>(b->first.first)};
    }
    return std::nullopt;
}

// Convergence: every region holding data has the same state, but for the exceptions the model
// allows (each counted in `exceptions`).
std::optional<Violation> checkConvergence(Simulation &sim, bool drained, ConvergenceExceptions &exceptions)
{
    bool noPrimary = false;
    for (std::size_t g = 0; g < sim.groupCount(); ++g)
        noPrimary = noPrimary || sim.group(g).primary < 0 ||
                    sim.region(static_cast<std::size_t>(sim.group(g).primary)).destroyed;
    std::uint64_t reference = 0;
    bool first = true, converged = true;
    for (std::size_t r = 0; r < sim.regionCount(); ++r) {
        if (sim.config().regions[r].role == RegionRole::Witness || !sim.region(r).up)
            continue;
        const std::uint64_t fp = valueFingerprint(sim, r);
        if (first) {
            reference = fp;
            first = false;
        } else if (fp != reference) {
            converged = false;
        }
    }
    if (!converged) {
        // The allowed exceptions, each counted.
        if (noPrimary)
            ++exceptions.noPrimaryLeft;
        else if (!drained)
            ++exceptions.drainIncomplete;
        else
            return Violation{ScheduleViolation::NotConverged, reference, 0};
    }

    return std::nullopt;
}

} // namespace

ScheduleReport runSchedule(const RandomSchedule &schedule, bool checkDeterminism)
{
    ScheduleReport report;
    report.safetyClaimed = safetyClaimed(schedule);
    Simulation sim(schedule.config);
    for (const Command &c : schedule.faults)
        sim.submit(c);

    auto fail = [&](ScheduleViolation v, std::uint64_t a, std::uint64_t b) {
        report.violation = v;
        report.detailA = a;
        report.detailB = b;
        report.at = sim.now();
        return report;
    };

    std::uint64_t maxOrphaned = 0;
    const SimTime runEnd = schedule.healAt + 10 * kSecond;
    for (SimTime t = kSecond; t <= runEnd; t += kSecond) {
        sim.runUntil(t);
        sim.recountWrites();
        const WriteAccounting &w = sim.writes();
        if (!w.balanced())
            return fail(ScheduleViolation::AccountingIdentity, w.acknowledged,
                        w.durable + w.pending + w.orphaned + w.lost());
        if (w.issued != w.inFlight() + w.failed + w.indeterminate + w.acknowledged)
            return fail(ScheduleViolation::ClientStates, w.issued,
                        w.failed + w.indeterminate + w.acknowledged);
        maxOrphaned = std::max(maxOrphaned, w.orphaned);
    }
    const bool drained = sim.drain(schedule.drainLimit);
    sim.recountWrites();
    const WriteAccounting &w = sim.writes();
    report.writesAcknowledged = w.acknowledged;
    report.writesLost = w.lost();
    report.staleEpochApplied = sim.staleEpochApplied();
    if (!w.balanced())
        return fail(ScheduleViolation::AccountingIdentity, w.acknowledged,
                    w.durable + w.pending + w.orphaned + w.lost());

    if (const auto v = checkAudit(schedule, sim, w))
        return fail(v->kind, v->a, v->b);

    // Safety claims.
    if (report.safetyClaimed) {
        if (w.lost() != 0)
            return fail(ScheduleViolation::LostWithQuorum, w.lost(), 0);
        if (maxOrphaned != 0)
            return fail(ScheduleViolation::MinorityAcknowledged, maxOrphaned, 0);
    }
    if (const auto v = checkLeaseSpans(schedule, sim))
        return fail(v->kind, v->a, v->b);
    if (schedule.config.failover.fencing && sim.staleEpochApplied() != 0)
        return fail(ScheduleViolation::StaleEpochApplied, sim.staleEpochApplied(), 0);

    if (const auto v = checkConvergence(sim, drained, report.exceptions))
        return fail(v->kind, v->a, v->b);

    report.traceHash = sim.traceHash();
    if (checkDeterminism) {
        const ScheduleReport again = runSchedule(schedule, false);
        if (again.traceHash != report.traceHash)
            return fail(ScheduleViolation::Nondeterministic, report.traceHash, again.traceHash);
    }
    return report;
}

} // namespace fl
