// The data path of a request: the write topologies, reads and commits, when a write is
// acknowledged, and the accounting of every write's fate. Replication between regions is in
// replication.cpp, each region's stored data in storage.cpp. Part of fl::Simulation (simulation.h).
#include "data/replicationrule.h"
#include "simulation.h"
#include "world/geo.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace fl {

// ---------------------------------------------------------------------------------------------
// Set-up

bool Simulation::holdsData(std::size_t r) const
{
    return m_regions[r].role != RegionRole::Witness && !(m_regions[r].destroyed && !m_regions[r].up);
}

void Simulation::initData()
{
    const std::size_t nr = m_regions.size();
    const std::size_t np = m_config.populations.size();
    const DataConfig &dc = m_config.data;

    m_keyOffset.resize(np);
    m_staleReadsByPopulation.assign(np, 0);
    std::uint32_t keys = 0;
    for (std::size_t p = 0; p < np; ++p) {
        m_keyOffset[p] = keys;
        keys += std::max<std::uint32_t>(1, m_config.populations[p].keySpace);
    }
    m_keyCount = keys;
    m_maxAckedInvoke.assign(keys, AckedInvokeBound{});

    // Ownership by population: a population's keys live in its nearest region that holds data.
    m_keyOwnerOfPopulation.assign(np, 0);
    for (std::size_t p = 0; p < np; ++p) {
        double best = 1e18;
        for (std::size_t r = 0; r < nr; ++r) {
            if (m_config.regions[r].role == RegionRole::Witness)
                continue;
            const double d = static_cast<double>(accessOneWay(p, r));
            if (d < best) {
                best = d;
                m_keyOwnerOfPopulation[p] = static_cast<std::int8_t>(r);
            }
        }
    }

    const std::size_t groups = dc.topology == WriteTopology::SinglePrimary ? 1 : nr;
    m_groups.assign(groups, GroupState{});
    for (std::size_t g = 0; g < groups; ++g)
        m_groups[g].primary = dc.topology == WriteTopology::SinglePrimary
                                  ? std::clamp(dc.primaryRegion, 0, static_cast<int>(nr) - 1)
                                  : static_cast<int>(g);

    m_data.assign(nr, RegionData{});
    for (std::size_t r = 0; r < nr; ++r) {
        RegionData &d = m_data[r];
        d.values.assign(keys, KeySlot{});
        if (dc.topology == WriteTopology::MultiPrimary)
            d.clocks.assign(static_cast<std::size_t>(keys) * nr, 0);
        if (dc.conflict == ConflictPolicy::FieldMerge)
            d.fields.assign(static_cast<std::size_t>(keys) * static_cast<std::size_t>(dc.recordFields),
                            FieldSlot{});
        if (dc.conflict == ConflictPolicy::OrSet)
            d.orset.assign(static_cast<std::size_t>(keys) * static_cast<std::size_t>(dc.setElements) * nr * 2,
                           0);
        d.logs.assign(groups, ReplicaLog{});
        for (ReplicaLog &log : d.logs)
            log.epoch = 1;
        d.believedPrimary.resize(groups);
        for (std::size_t g = 0; g < groups; ++g)
            d.believedPrimary[g] = static_cast<std::int8_t>(m_groups[g].primary);
        d.shipped.assign(groups * nr, 0);
        d.acked.assign(groups * nr, 0);
        d.streamGen.assign(groups * nr, 0);
        d.staleSeen.assign(groups * nr, 0);
        d.syncAckedThrough.assign(groups, 0);
        d.syncFallback.assign(groups, 0);
        d.promisedEpoch.assign(groups, 0);
        d.promiseUntil.assign(groups, 0);
        d.detached.assign(groups, 0);
        d.unseenDropped.assign(groups, 0);
        d.unseenCommits.assign(groups, {kNever, 0});
        d.compactedOrphans.assign(groups, 0);
        d.compactedOrphanCommits.assign(groups, {kNever, 0});
        // Each region ships on its own phase of the batch period.
        const SimTime phase = dc.batchInterval * static_cast<SimTime>(r + 1) / static_cast<SimTime>(nr + 1);
        m_engine.schedule(phase, ShipTick, static_cast<std::uint32_t>(r), 0);
    }
    m_history.finalPrimary.assign(groups, -1);
    m_durableTruncated.assign(groups, 0);
    m_batchesOnWire.assign(nr * groups * nr, {});
    if (syncAll()) {
        // The sync set starts as every other data copy.
        for (std::size_t g = 0; g < groups; ++g)
            for (std::size_t r = 0; r < nr; ++r)
                if (holdsData(r) && static_cast<int>(r) != m_groups[g].primary)
                    m_groups[g].syncSet |= 1u << r;
    }
    m_consumerQueues.assign(nr, {});
}

std::uint32_t *Simulation::clockOf(std::size_t region, std::uint32_t key)
{
    return &m_data[region].clocks[static_cast<std::size_t>(key) * m_regions.size()];
}

int Simulation::groupOfWrite(std::size_t entryRegion, std::uint32_t key) const
{
    switch (m_config.data.topology) {
    case WriteTopology::SinglePrimary:
        return 0;
    case WriteTopology::MultiPrimary:
        return static_cast<int>(entryRegion);
    case WriteTopology::Ownership:
        if (m_config.data.ownership == OwnershipRule::Population) {
            const auto it = std::upper_bound(m_keyOffset.begin(), m_keyOffset.end(), key);
            return m_keyOwnerOfPopulation[static_cast<std::size_t>(it - m_keyOffset.begin()) - 1];
        }
        // Multiplicative hashing spreads neighbouring (popular) keys over the regions.
        return static_cast<int>((static_cast<std::uint64_t>(key) * 0x9E3779B1u >> 16) % m_regions.size());
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Client operations at the data tier

void Simulation::scheduleDataOp(std::uint32_t id, SimTime at)
{
    Request &req = m_requests[id];
    if (at >= req.deadline) {
        // The app tier honours the client's deadline: work the client has given up on is abandoned
        // before it reaches the data tier (gRPC-style deadline propagation).
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region),
                          requestRef(id));
        return;
    }
    m_engine.schedule(at, DataOp, static_cast<std::uint32_t>(req.region), requestRef(id));
}

void Simulation::onDataOp(std::uint32_t id)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    const RegionRuntime &region = m_regions[r];
    if (diedWithItsRegion(id))
        return;
    if (!region.dataTierUp) {
        respondToClient(id, now(), ResponseOutcome::Refused); // the app is up, its database is not
        return;
    }
    if (req.dependencies != 0) {
        SimTime extra = 0;
        if (!reachDependencies(id, r, extra)) {
            respondToClient(id, now(), ResponseOutcome::Refused); // e.g. payments unreachable
            return;
        }
        req.dependencies = 0; // checked; the calls take `extra`
        if (extra > 0) {
            scheduleDataOp(id, now() + extra);
            return;
        }
    }
    const DataConfig &dc = m_config.data;
    std::size_t target = r;
    if (req.write) {
        const auto g = static_cast<std::size_t>(groupOfWrite(r, req.key));
        target = static_cast<std::size_t>(std::max<int>(0, m_data[r].believedPrimary[g]));
        if (target != r && dc.forwardWrites == ForwardPolicy::Refuse) {
            respondToClient(id, now(), ResponseOutcome::Refused);
            return;
        }
    } else if (dc.reads == ReadPolicy::Primary && dc.topology != WriteTopology::MultiPrimary) {
        const auto g = static_cast<std::size_t>(groupOfWrite(r, req.key));
        target = static_cast<std::size_t>(std::max<int>(0, m_data[r].believedPrimary[g]));
    }
    if (target == r) {
        serveData(r, id);
        return;
    }
    // Forward over the inter-region link: the WAN round trip is the price of one writer.
    const SimTime arrival = m_network.sendReliable(r, target, now(), m_engine.rng(Stream::Network));
    if (arrival == kNever || arrival >= req.deadline) {
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
        return;
    }
    m_engine.schedule(arrival, ForwardAtPrimary, static_cast<std::uint32_t>(target), requestRef(id));
}

void Simulation::onForwardAtPrimary(std::size_t target, std::uint32_t id)
{
    Request &req = m_requests[id];
    if (!m_regions[target].up || !holdsData(target)) {
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region),
                          requestRef(id));
        return;
    }
    if (!m_regions[target].dataTierUp) {
        req.dataRegion = static_cast<std::int8_t>(target);
        respondFromData(id, target, now(), ResponseOutcome::Refused);
        return;
    }
    serveData(target, id);
}

void Simulation::serveData(std::size_t region, std::uint32_t id)
{
    Request &req = m_requests[id];
    req.dataRegion = static_cast<std::int8_t>(region);
    const bool atPrimary = m_config.data.topology == WriteTopology::SinglePrimary &&
                           m_data[region].believedPrimary[0] == static_cast<std::int8_t>(region);
    if (atPrimary && !leaseValid(region) && (req.write || m_config.data.reads == ReadPolicy::Primary)) {
        // Without a valid lease a primary must assume it has been replaced: it refuses.
        if (m_leaseLapsedLogged.size() != m_regions.size())
            m_leaseLapsedLogged.assign(m_regions.size(), 0);
        if (!m_leaseLapsedLogged[region]) {
            m_leaseLapsedLogged[region] = 1;
            log(SimEventType::LeaseExpired, static_cast<int>(region));
        }
        respondFromData(id, region, now(), ResponseOutcome::Refused);
        return;
    }
    if (atPrimary && leaseValid(region) && m_leaseLapsedLogged.size() == m_regions.size())
        m_leaseLapsedLogged[region] = 0; // logged again the next time it lapses
    if (!req.write) {
        readAt(region, id);
        return;
    }
    const auto g = static_cast<std::size_t>(groupOfWrite(static_cast<std::size_t>(req.region), req.key));
    if (m_data[region].believedPrimary[g] != static_cast<std::int8_t>(region)) {
        // Not (or no longer) the primary: refuse, the client retries and is routed again.
        respondFromData(id, region, now(), ResponseOutcome::Refused);
        return;
    }
    commitAt(region, g, id);
}

void Simulation::respondFromData(std::uint32_t id, std::size_t dataRegion, SimTime at,
                                 ResponseOutcome outcome)
{
    Request &req = m_requests[id];
    const auto entry = static_cast<std::size_t>(req.region);
    if (req.write && outcome == ResponseOutcome::Ok)
        noteAcknowledgementSent(req, dataRegion, at);
    const SimTime ready = at + m_config.regions[dataRegion].dataLatency;
    if (dataRegion == entry) {
        respondToClient(id, ready, outcome);
        return;
    }
    req.outcome = static_cast<std::uint8_t>(outcome);
    const SimTime arrival = m_network.sendReliable(dataRegion, entry, ready, m_engine.rng(Stream::Network));
    if (arrival == kNever || arrival >= req.deadline) {
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(entry), requestRef(id));
        return;
    }
    m_engine.schedule(arrival, ReplyAtRegion, static_cast<std::uint32_t>(entry), requestRef(id));
}

void Simulation::noteAcknowledgementSent(Request &req, std::size_t primary, SimTime at) const
{
    req.ackPastLease = false;
    req.ackByDeposedPrimary = false;
    if (m_config.data.topology != WriteTopology::SinglePrimary || req.commitGroup < 0)
        return;
    const auto g = static_cast<std::size_t>(req.commitGroup);
    // The lease as the primary itself holds it, whatever it makes of it.
    req.ackPastLease = m_config.failover.leases && at > m_leaseExpiry[primary];
    req.ackByDeposedPrimary = m_data[primary].logs[g].epoch < m_groups[g].epoch;
}

void Simulation::onReplyAtRegion(std::uint32_t id)
{
    if (diedWithItsRegion(id))
        return;
    respondToClient(id, now(), static_cast<ResponseOutcome>(m_requests[id].outcome));
}

void Simulation::readAt(std::size_t region, std::uint32_t id)
{
    Request &req = m_requests[id];
    advanceApply(region, now());
    const KeySlot &slot = m_data[region].values[req.key];
    req.readValue = slot.writeId;
    req.readValueAck = slot.ackTime;
    req.readValueInvoke = slot.invokeTime;
    respondFromData(id, region, now(), ResponseOutcome::Ok);
}

SimTime Simulation::ackTimeOf(std::size_t origin, std::size_t group, std::uint64_t index,
                              std::uint64_t writeId) const
{
    const ReplicaLog &log = m_data[origin].logs[group];
    if (log.contains(index) && log.at(index).writeId == writeId)
        return log.at(index).ackTime;
    return kNever;
}

bool Simulation::answerRetryOfCommittedWrite(std::size_t region, std::size_t g, std::uint32_t id)
{
    Request &req = m_requests[id];
    RegionData &data = m_data[region];
    ReplicaLog &log = data.logs[g];
    const DataConfig &dc = m_config.data;
    if (req.commitRegion != static_cast<std::int8_t>(region) ||
        req.commitGroup != static_cast<std::int8_t>(g) || !log.contains(req.commitIndex) ||
        log.at(req.commitIndex).writeId != req.writeId)
        return false;
    LogEntry &existing = log.at(req.commitIndex);
    if (existing.syncAcks >= syncAcksNeeded(g) || data.syncFallback[g] || existing.request < 0 ||
        req.commitIndex <= data.syncAckedThrough[g] || !waitsForReplicas(dc.mode) ||
        dc.topology == WriteTopology::MultiPrimary) {
        respondFromData(id, region, now(), ResponseOutcome::Ok);
    } else {
        existing.request = static_cast<std::int32_t>(id);
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region),
                          requestRef(id));
    }
    return true;
}

void Simulation::renumberRetriedWrite(Request &req)
{
    const std::uint64_t previous = req.writeId;
    req.writeId = m_nextWriteId++;
    if (m_config.data.recordHistory) {
        History::Write again = m_history.writes[previous - 1];
        m_history.writes[previous - 1].outcome = History::Outcome::Indeterminate;
        again.writeId = req.writeId;
        again.committed = false;
        again.outcome = History::Outcome::Failed;
        again.complete = kNever;
        m_history.writes.push_back(again);
    }
}

LogEntry Simulation::makeLogEntry(std::size_t region, std::size_t g, const Request &req)
{
    const DataConfig &dc = m_config.data;
    const RegionData &data = m_data[region];
    const ReplicaLog &log = data.logs[g];
    const std::size_t nr = m_regions.size();
    LogEntry e;
    e.writeId = req.writeId;
    e.commitTime = now();
    e.invokeTime = req.firstSent;
    e.stamp = now() + (region < dc.clockSkew.size() ? dc.clockSkew[region] : 0);
    e.key = req.key;
    e.epoch = log.epoch;
    e.origin = static_cast<std::int8_t>(region);
    e.op = req.op;
    e.arg = req.arg;
    e.orphan = log.epoch < m_groups[g].epoch; // a deposed primary that does not know it yet
    if (dc.topology == WriteTopology::MultiPrimary) {
        const std::uint32_t *clock = clockOf(region, req.key);
        std::copy(clock, clock + nr, e.clock.begin());
        ++e.clock[region];
    }
    if (e.op == WriteOp::SetRemove) {
        // An observed remove carries, per origin, the newest add of the element it has seen.
        const std::size_t elems = static_cast<std::size_t>(dc.setElements);
        const std::size_t base =
            ((static_cast<std::size_t>(req.key) * elems + static_cast<std::size_t>(e.arg)) * nr) * 2;
        for (std::size_t o = 0; o < nr; ++o)
            e.clock[o] = data.orset[base + o * 2];
    }
    return e;
}

void Simulation::commitAt(std::size_t region, std::size_t g, std::uint32_t id)
{
    // A retry of a write this primary already committed (same idempotency key) is not applied twice.
    if (answerRetryOfCommittedWrite(region, g, id))
        return;
    Request &req = m_requests[id];
    RegionData &data = m_data[region];
    ReplicaLog &log = data.logs[g];
    const DataConfig &dc = m_config.data;
    const std::size_t nr = m_regions.size();
    // An earlier attempt was committed elsewhere (another primary, or an earlier epoch) and this
    // retry is applied again: to the store it is a second, distinct write. It gets its own id; the
    // earlier one's client never learned its fate.
    if (req.commitRegion >= 0)
        renumberRetriedWrite(req);
    const LogEntry e = makeLogEntry(region, g, req);
    const std::uint64_t index = log.end() + 1;
    log.append(e);
    data.lastCommit = now();
    req.commitRegion = static_cast<std::int8_t>(region);
    req.commitGroup = static_cast<std::int8_t>(g);
    req.commitStorageGeneration = data.storageGeneration;
    req.commitEpoch = e.epoch;
    req.commitIndex = index;
    if (dc.recordHistory) {
        History::Write &w = m_history.writes[req.writeId - 1];
        w.committed = true;
        w.origin = e.origin;
        w.stamp = e.stamp;
        w.clock = e.clock;
        m_history.commits.push_back(
            History::Commit{e.writeId, index, now(), e.epoch, static_cast<std::int8_t>(g), e.origin});
    }

    const bool synchronous = waitsForReplicasNow(region, g);
    // The primary applies its own writes at commit (asynchronous modes), or once enough replicas
    // hold them (synchronous modes): nobody reads a write that a failover could still undo.
    advanceApply(region, now());
    if (!synchronous && log.applied + 1 == index) {
        applyEntry(region, log.at(index), g, index);
        log.applied = index;
    }
    if (!synchronous) {
        if (syncAll())
            ++m_writes.degradedAcks; // the sync set has shrunk to nothing: no copy but this one
        respondFromData(id, region, now(), ResponseOutcome::Ok);
        return;
    }
    // Synchronous: ship now and answer when enough replicas confirm durable receipt.
    log.at(index).request = static_cast<std::int32_t>(id);
    m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region), requestRef(id));
    for (std::size_t to = 0; to < nr; ++to)
        if (to != region)
            ship(region, g, to);
    if (dc.syncFallbackToAsync)
        m_engine.scheduleIn(dc.syncFallbackTimeout, SyncTimeout, static_cast<std::uint32_t>(region),
                            static_cast<std::uint64_t>(g) | index << 5);
    if (syncAll())
        m_engine.scheduleIn(dc.syncLagTimeout, SyncLagCheck, static_cast<std::uint32_t>(region),
                            static_cast<std::uint64_t>(g) | index << 5);
}

bool Simulation::waitsForReplicasNow(std::size_t region, std::size_t g) const
{
    const DataConfig &dc = m_config.data;
    return dc.topology != WriteTopology::MultiPrimary && waitsForReplicas(dc.mode) &&
           !m_data[region].syncFallback[g] && syncAcksNeeded(g) > 0;
}

bool Simulation::syncAll() const
{
    return m_config.data.mode == ReplicationMode::SyncAll &&
           m_config.data.topology == WriteTopology::SinglePrimary;
}

bool Simulation::degradedSyncSet(std::size_t g) const
{
    std::size_t copies = 0; // data copies other than the primary's
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (holdsData(r) && static_cast<int>(r) != m_groups[g].primary)
            ++copies;
    return static_cast<std::size_t>(std::popcount(m_groups[g].syncSet)) < copies;
}

std::size_t Simulation::syncAcksNeeded(std::size_t g) const
{
    if (syncAll())
        return static_cast<std::size_t>(std::popcount(m_groups[g].syncSet));
    std::size_t copies = 0; // data copies other than the primary's
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (holdsData(r) && static_cast<int>(r) != m_groups[g].primary)
            ++copies;
    return replicationRule(m_config.data.mode).acksNeeded(copies);
}

void Simulation::acknowledgeWriteToClient(std::uint32_t id)
{
    Request &req = m_requests[id];
    ++m_writes.acknowledged;
    if (req.ackPastLease || req.ackByDeposedPrimary) {
        m_writes.ackedAfterLeaseLapsed += req.ackPastLease ? 1 : 0;
        m_writes.ackedByDeposedPrimary += req.ackByDeposedPrimary ? 1 : 0;
        m_incidents.noteLateAcknowledgement(req.commitRegion, req.ackPastLease, req.ackByDeposedPrimary);
    }
    AckedInvokeBound &bound = m_maxAckedInvoke[req.key];
    if (bound.raisedAt != now()) {
        bound.beforeRaise = bound.latest;
        bound.raisedAt = now();
    }
    bound.latest = std::max(bound.latest, req.firstSent);
    ClientSession &session = m_clients[req.population][req.client];
    session.lastWriteKey = req.key;
    session.lastWriteInvoke = req.firstSent;
    session.lastWriteAck = now();
    if (m_config.data.recordHistory) {
        History::Write &w = m_history.writes[req.writeId - 1];
        w.outcome = History::Outcome::Ok;
        w.complete = now();
    }
    if (req.commitRegion < 0)
        return;
    const auto g = static_cast<std::size_t>(req.commitGroup);
    LogEntry *found = committedEntry(req);
    bool reLogged = false;
    forEachReLoggedCopy(req.writeId, [&](LogEntry &copy) {
        copy.clientAcked = true;
        copy.resolved = true;
        copy.ackTime = now();
        reLogged = true;
    });
    if (reLogged && (!found || found->resurrected || found->staleEpoch != 0)) {
        // A newer primary applied and re-logged it (no fencing): it lives on in that lineage,
        // whatever becomes of the deposed primary's copy.
        if (found)
            forEachCopy(g, req.commitIndex, req.writeId, [&](LogEntry &copy) {
                copy.clientAcked = true;
                copy.resolved = true;
                copy.ackTime = now();
                copy.request = -1;
            });
        stampAcknowledgement(req);
        return;
    }
    if (!found) {
        // Gone before the answer arrived: with its primary's destroyed storage (never shipped),
        // or rolled back when its deposed primary rejoined.
        if (m_data[static_cast<std::size_t>(req.commitRegion)].storageGeneration !=
            req.commitStorageGeneration)
            ++m_writes.lostNotShipped;
        else
            ++m_writes.lostDiscarded;
        noteLostWrite(req.attemptSent, req.key, req.commitRegion);
        // Its value may still be stored where it was applied without fencing (receiveStaleEpoch):
        // reads that return it must know it was acknowledged, as the audit does.
        stampAcknowledgement(req);
        return;
    }
    LogEntry &e = *found;
    // Every copy learns the outcome (copies shipped later copy it from the sender).
    forEachCopy(g, req.commitIndex, req.writeId, [&](LogEntry &copy) {
        copy.clientAcked = true;
        copy.resolved = true;
        copy.ackTime = now();
        copy.request = -1;
    });
    // A write beyond the fork of a newer epoch is not in the surviving lineage. It is orphaned if
    // its deposed primary still holds it (its fate waits for the rejoin); otherwise it is lost:
    // not shipped before the promotion, or discarded when its primary rolled back.
    const GroupState &group = m_groups[g];
    bool beyondFork = false;
    for (const auto &fork : group.forks)
        beyondFork = beyondFork || (fork.first > e.epoch && req.commitIndex > fork.second);
    if (beyondFork && !e.lostCounted) {
        const ReplicaLog &originLog = m_data[static_cast<std::size_t>(req.commitRegion)].logs[g];
        const bool heldByDeposedOrigin = originLog.contains(req.commitIndex) &&
                                         found == &originLog.at(req.commitIndex) &&
                                         originLog.epoch < group.epoch;
        if (!(e.orphan && heldByDeposedOrigin)) {
            ++(e.orphan ? m_writes.lostDiscarded : m_writes.lostNotShipped);
            const bool discarded = e.orphan;
            forEachCopy(g, req.commitIndex, req.writeId, [discarded](LogEntry &copy) {
                copy.lostCounted = true;
                copy.lostAsDiscarded = discarded;
            });
        }
    }
    if (e.lwwLost && !e.lostCounted) { // its value was dropped before the client heard back
        ++(e.olderEpochLost ? m_writes.lostOlderEpoch : m_writes.lostOverwritten);
        if (e.olderEpochLost)
            noteLostWrite(e.commitTime, e.key, e.origin);
    }
    if (e.lostCounted)
        noteLostWrite(e.commitTime, e.key, e.origin);
    if (!e.orphan && e.epoch == group.epoch && group.epoch > 1)
        ++m_ackedSincePromotion;
    stampAcknowledgement(req);
}

LogEntry *Simulation::committedEntry(const Request &req)
{
    // From its origin's log or, if that storage was destroyed since, from any copy.
    const auto g = static_cast<std::size_t>(req.commitGroup);
    for (std::size_t r = 0; r < m_data.size(); ++r) {
        const std::size_t at = (static_cast<std::size_t>(req.commitRegion) + r) % m_data.size();
        ReplicaLog &copy = m_data[at].logs[g];
        if (copy.contains(req.commitIndex) && copy.at(req.commitIndex).writeId == req.writeId)
            return &copy.at(req.commitIndex);
    }
    // Or on the wire, in a batch that outlived its destroyed origin.
    LogEntry *carried = nullptr;
    if (m_carriedBatches > 0)
        forEachCopy(g, req.commitIndex, req.writeId,
                    [&](LogEntry &copy) { carried = carried ? carried : &copy; });
    return carried;
}

void Simulation::stampAcknowledgement(const Request &req)
{
    // Replicas that already applied it learn its acknowledgement time (for stale-read checks).
    for (RegionData &d : m_data) {
        if (d.values[req.key].writeId == req.writeId)
            d.values[req.key].ackTime = now();
        if (req.op == WriteOp::SetField) {
            FieldSlot &f = d.fields[static_cast<std::size_t>(req.key) *
                                        static_cast<std::size_t>(m_config.data.recordFields) +
                                    static_cast<std::size_t>(req.arg)];
            if (f.writeId == req.writeId)
                f.ackTime = now();
        }
    }
}

void Simulation::writeFinishedWithoutAck(std::uint32_t id, bool indeterminate)
{
    Request &req = m_requests[id];
    if (indeterminate)
        ++m_writes.indeterminate;
    else
        ++m_writes.failed;
    if (m_config.data.recordHistory) {
        History::Write &w = m_history.writes[req.writeId - 1];
        w.outcome = indeterminate ? History::Outcome::Indeterminate : History::Outcome::Failed;
        w.complete = now();
    }
    if (req.commitRegion >= 0) {
        ReplicaLog &log = m_data[static_cast<std::size_t>(req.commitRegion)]
                              .logs[static_cast<std::size_t>(req.commitGroup)];
        if (log.contains(req.commitIndex) && log.at(req.commitIndex).writeId == req.writeId)
            log.at(req.commitIndex).request = -1;
        forEachCopy(static_cast<std::size_t>(req.commitGroup), req.commitIndex, req.writeId,
                    [](LogEntry &copy) { copy.resolved = true; });
        forEachReLoggedCopy(req.writeId, [](LogEntry &copy) { copy.resolved = true; });
    }
}

// ---------------------------------------------------------------------------------------------
// Replication streams

// ---------------------------------------------------------------------------------------------
// Applying entries, conflict resolution

// ---------------------------------------------------------------------------------------------
// Reads judged against ground truth

void Simulation::judgeRead(std::uint32_t id)
{
    const Request &req = m_requests[id];
    if (m_config.data.recordHistory)
        m_history.reads.push_back(History::Read{req.key,
                                                static_cast<std::uint32_t>(req.population) << 20 | req.client,
                                                req.firstSent, now(), req.readValue});
    // Staleness is defined for registers; counters, sets and merged records have no single
    // "write whose value the read returned".
    if (m_config.data.conflict != ConflictPolicy::LastWriteWins)
        return;
    ++m_writes.reads;
    // Stale: a write acknowledged before this read began was issued after the returned write
    // had been acknowledged (so it follows it in real time), yet the read did not see it.
    if (req.readValueAck < req.readBound) {
        ++m_writes.staleReads;
        ++m_staleReadsByPopulation[req.population];
    }
    ClientSession &session = m_clients[req.population][req.client];
    if (session.lastWriteKey == static_cast<std::int64_t>(req.key) && session.lastWriteAck < req.firstSent &&
        req.readValueAck < session.lastWriteInvoke)
        ++m_writes.readYourWritesViolations;
    if (session.lastReadKey == static_cast<std::int64_t>(req.key) &&
        req.readValueAck < session.lastReadInvoke)
        ++m_writes.monotonicReadViolations;
    session.lastReadKey = req.key;
    session.lastReadInvoke = req.readValueInvoke;
}

// ---------------------------------------------------------------------------------------------
// Lag, accounting, log truncation

void Simulation::recountWrites()
{
    std::uint64_t durable = 0, pending = 0, orphaned = 0, resurrected = m_resurrectedTruncated;
    for (std::uint64_t truncated : m_durableTruncated)
        durable += truncated;
    const std::size_t nr = m_regions.size();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int p = authoritativeCopy(g);
        if (p >= 0) {
            const ReplicaLog &log = m_data[static_cast<std::size_t>(p)].logs[g];
            std::uint64_t everywhere = log.end();
            // A detached copy is not waited for: it gets everything in one re-seed.
            for (std::size_t r = 0; r < nr; ++r)
                if (static_cast<int>(r) != p && holdsData(r) && !m_data[r].detached[g])
                    everywhere = std::min(everywhere, lineageEnd(r, g));
            for (std::uint64_t i = log.base() + 1; i <= log.end(); ++i) {
                const LogEntry &e = log.at(i);
                if (!e.clientAcked || e.lwwLost || e.lostCounted || e.resurrected)
                    continue;
                if (e.orphan && e.origin != p)
                    continue;
                (i <= everywhere ? durable : pending) += 1;
                resurrected += i <= everywhere && e.staleEpoch != 0 ? 1 : 0;
            }
        }
        // Deposed primaries that still hold writes acknowledged after they were deposed.
        for (std::size_t r = 0; r < nr; ++r) {
            if (static_cast<int>(r) == p)
                continue;
            const ReplicaLog &log = m_data[r].logs[g];
            if (log.epoch >= m_groups[g].epoch)
                continue;
            orphaned += m_data[r].compactedOrphans[g];
            for (std::uint64_t i = log.base() + 1; i <= log.end(); ++i) {
                const LogEntry &e = log.at(i);
                if (e.origin == static_cast<std::int8_t>(r) && e.orphan && e.clientAcked && !e.lwwLost &&
                    !e.lostCounted && !e.resurrected)
                    ++orphaned;
            }
        }
        m_history.finalPrimary[g] = p;
    }
    pending += ackedOnlyOnTheWire();
    m_writes.durable = durable;
    m_writes.pending = pending;
    m_writes.orphaned = orphaned;
    m_writes.resurrected = resurrected;
}

std::uint64_t Simulation::retainedEntries() const
{
    std::uint64_t n = 0;
    for (const RegionData &d : m_data) {
        for (const ReplicaLog &log : d.logs)
            n += log.size();
        n += d.applyQueue.size();
    }
    auto carried = [&n](const std::deque<wire::BatchOnWire> &queue) {
        for (const wire::BatchOnWire &b : queue)
            n += 1 + b.entries.size();
    };
    for (const auto &queue : m_batchesOnWire)
        carried(queue);
    for (const auto &queue : m_consumerQueues)
        carried(queue);
    const History &h = m_history;
    n += h.writes.size() + h.storage.size() + h.drops.size() + h.commits.size() + h.promotions.size() +
         h.reads.size() + h.applies.size();
    return n;
}

bool Simulation::heldByACopy(std::size_t g, std::uint64_t index, std::uint64_t writeId) const
{
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const ReplicaLog &copy = m_data[r].logs[g];
        if (holdsData(r) && copy.contains(index) && copy.at(index).writeId == writeId)
            return true;
    }
    return false;
}

std::uint64_t Simulation::ackedOnlyOnTheWire() const
{
    // Acknowledged writes whose origin's storage is destroyed and that no copy holds yet: they
    // live only in batches still on their way. Pending: they land, or are counted lost if not.
    if (m_carriedBatches == 0)
        return 0;
    std::uint64_t count = 0;
    std::vector<std::pair<std::size_t, std::uint64_t>> seen; // (group, write id), counted once
    auto countIn = [&](const std::deque<wire::BatchOnWire> &queue) {
        for (const wire::BatchOnWire &b : queue) {
            if (b.entries.empty() || !m_regions[b.from].destroyed)
                continue;
            for (std::uint64_t i = b.first; i <= b.through; ++i) {
                const LogEntry &e = b.entries[i - b.first];
                if (e.writeId == 0 || !e.clientAcked || e.lwwLost || e.lostCounted || e.resurrected)
                    continue;
                const bool held = heldByACopy(b.group, i, e.writeId);
                const std::pair<std::size_t, std::uint64_t> id{b.group, e.writeId};
                if (held || std::find(seen.begin(), seen.end(), id) != seen.end())
                    continue;
                seen.push_back(id);
                ++count;
            }
        }
    };
    for (const auto &queue : m_batchesOnWire)
        countIn(queue);
    for (const auto &queue : m_consumerQueues)
        countIn(queue);
    return count;
}

// ---------------------------------------------------------------------------------------------
// Test hooks and queries

const KeySlot &Simulation::valueAt(std::size_t region, std::uint32_t key)
{
    advanceApply(region, now());
    return m_data[region].values[key];
}

bool Simulation::setContains(std::size_t region, std::uint32_t key, int element)
{
    advanceApply(region, now());
    const std::size_t nr = m_regions.size();
    const std::size_t base =
        ((static_cast<std::size_t>(key) * static_cast<std::size_t>(m_config.data.setElements) +
          static_cast<std::size_t>(element)) *
         nr) *
        2;
    for (std::size_t o = 0; o < nr; ++o)
        if (m_data[region].orset[base + o * 2] > m_data[region].orset[base + o * 2 + 1])
            return true;
    return false;
}

std::uint64_t Simulation::fieldValue(std::size_t region, std::uint32_t key, int field)
{
    advanceApply(region, now());
    return m_data[region]
        .fields[static_cast<std::size_t>(key) * static_cast<std::size_t>(m_config.data.recordFields) +
                static_cast<std::size_t>(field)]
        .writeId;
}

void Simulation::promoteNow(std::size_t g, std::size_t x)
{
    becomePrimary(x, g); // applies the whole received backlog (up to the fork) at once
    if (g == 0 && m_config.data.topology == WriteTopology::SinglePrimary) {
        m_controllerPrimary = static_cast<int>(x);
        if (m_config.failover.leases) {
            m_leaseExpiry[x] = now() + m_config.failover.leaseDuration;
            m_controller.lastLeaseGrant = std::max(m_controller.lastLeaseGrant, now());
        }
    }
}

bool Simulation::drain(SimTime limit)
{
    while (now() < limit) {
        runUntil(std::min(limit, now() + 100 * kMillisecond));
        bool quiet = m_requests.inUse() == 0;
        for (std::size_t g = 0; g < m_groups.size() && quiet; ++g) {
            const int p = m_groups[g].primary;
            if (p < 0)
                continue;
            const ReplicaLog &source = m_data[static_cast<std::size_t>(p)].logs[g];
            for (std::size_t r = 0; r < m_regions.size() && quiet; ++r) {
                if (!holdsData(r) || !m_regions[r].up)
                    continue;
                const ReplicaLog &log = m_data[r].logs[g];
                quiet = log.epoch == source.epoch && log.end() == source.end() &&
                        effectiveApplied(r, g) == log.end();
            }
        }
        if (quiet) {
            for (std::size_t r = 0; r < m_regions.size(); ++r)
                advanceApply(r, now());
            recountWrites();
            return true;
        }
    }
    return false;
}

} // namespace fl
