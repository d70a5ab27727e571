// The data path of the world model: replicas, replication streams, write topologies, conflict
// resolution, and the accounting of every write. Part of fl::Simulation (see simulation.h).
#include "simulation.h"

#include "data/lastwritewins.h"
#include "world/geo.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>
#include <cassert>

namespace fl {
namespace {

// Replication batch: (sender, group, stream generation, last index in the batch).
std::uint64_t packBatch(std::size_t from, std::size_t group, std::uint32_t gen, std::uint64_t through)
{
    return static_cast<std::uint64_t>(from & 31) | static_cast<std::uint64_t>(group & 31) << 5 |
           static_cast<std::uint64_t>(gen & 0xffff) << 10 | through << 26;
}
struct Batch
{
    std::size_t from, group;
    std::uint32_t gen;
    std::uint64_t through;
};
Batch unpackBatch(std::uint64_t d)
{
    return {static_cast<std::size_t>(d & 31), static_cast<std::size_t>(d >> 5 & 31),
            static_cast<std::uint32_t>(d >> 10 & 0xffff), d >> 26};
}
// Replication ack: (replica, group, epoch, index received through, refused). A refusal tells the
// sender to resume from `through` once the replica accepts it again.
constexpr std::uint64_t kAckRefused = 1ULL << 63;
std::uint64_t packAck(std::size_t replica, std::size_t group, std::uint32_t epoch, std::uint64_t through,
                      bool refused = false)
{
    return static_cast<std::uint64_t>(replica & 31) | static_cast<std::uint64_t>(group & 31) << 5 |
           static_cast<std::uint64_t>(epoch & 0xffff) << 10 | (through & ((1ULL << 37) - 1)) << 26 |
           (refused ? kAckRefused : 0);
}

} // namespace

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
    std::uint32_t keys = 0;
    for (std::size_t p = 0; p < np; ++p) {
        m_keyOffset[p] = keys;
        keys += std::max<std::uint32_t>(1, m_config.populations[p].keySpace);
    }
    m_keyCount = keys;
    m_maxAckedInvoke.assign(keys, -1);

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
        // Each region ships on its own phase of the batch period.
        const SimTime phase = dc.batchInterval * static_cast<SimTime>(r + 1) / static_cast<SimTime>(nr + 1);
        m_engine.schedule(phase, ShipTick, static_cast<std::uint32_t>(r), 0);
    }
    m_history.finalPrimary.assign(groups, -1);
    m_durableTruncated.assign(groups, 0);
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
    if (!region.up || region.incarnation != req.incarnation) {
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
        return;
    }
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

void Simulation::onReplyAtRegion(std::uint32_t id)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    if (!m_regions[r].up || m_regions[r].incarnation != req.incarnation) {
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
        return;
    }
    respondToClient(id, now(), static_cast<ResponseOutcome>(req.outcome));
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

void Simulation::commitAt(std::size_t region, std::size_t g, std::uint32_t id)
{
    Request &req = m_requests[id];
    RegionData &data = m_data[region];
    ReplicaLog &log = data.logs[g];
    const DataConfig &dc = m_config.data;
    const std::size_t nr = m_regions.size();

    // A retry of a write this primary already committed (same idempotency key) is not applied twice.
    if (req.commitRegion == static_cast<std::int8_t>(region) &&
        req.commitGroup == static_cast<std::int8_t>(g) && log.contains(req.commitIndex) &&
        log.at(req.commitIndex).writeId == req.writeId) {
        LogEntry &existing = log.at(req.commitIndex);
        if (existing.syncAcks >= syncAcksNeeded(g) || data.syncFallback[g] || existing.request < 0 ||
            req.commitIndex <= data.syncAckedThrough[g] || dc.mode == ReplicationMode::Async ||
            dc.mode == ReplicationMode::EventLog || dc.topology == WriteTopology::MultiPrimary) {
            respondFromData(id, region, now(), ResponseOutcome::Ok);
        } else {
            existing.request = static_cast<std::int32_t>(id);
            m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region),
                              requestRef(id));
        }
        return;
    }

    if (req.commitRegion >= 0) {
        // An earlier attempt was committed elsewhere (another primary, or an earlier epoch) and
        // this retry is applied again: to the store it is a second, distinct write. It gets its
        // own id; the earlier one's client never learned its fate.
        const std::uint64_t previous = req.writeId;
        req.writeId = m_nextWriteId++;
        if (dc.recordHistory) {
            History::Write again = m_history.writes[previous - 1];
            m_history.writes[previous - 1].outcome = History::Outcome::Indeterminate;
            again.writeId = req.writeId;
            again.committed = false;
            again.outcome = History::Outcome::Failed;
            again.complete = kNever;
            m_history.writes.push_back(again);
        }
    }
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

    const bool synchronous = dc.topology != WriteTopology::MultiPrimary &&
                             dc.mode != ReplicationMode::Async && dc.mode != ReplicationMode::EventLog &&
                             !data.syncFallback[g] && syncAcksNeeded(g) > 0;
    // The primary applies its own writes at commit (asynchronous modes), or once enough replicas
    // hold them (synchronous modes): nobody reads a write that a failover could still undo.
    advanceApply(region, now());
    if (!synchronous && log.applied + 1 == index) {
        applyEntry(region, log.at(index), g, index);
        log.applied = index;
    }
    if (!synchronous) {
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
}

std::size_t Simulation::syncAcksNeeded(std::size_t g) const
{
    std::size_t copies = 0; // data copies other than the primary's
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (holdsData(r) && static_cast<int>(r) != m_groups[g].primary)
            ++copies;
    switch (m_config.data.mode) {
    case ReplicationMode::SyncAll:
        return copies;
    case ReplicationMode::SyncQuorum:
        return (copies + 1) / 2; // with the primary's own copy: a majority of all copies
    case ReplicationMode::SemiSync:
        return std::min<std::size_t>(1, copies);
    case ReplicationMode::Async:
    case ReplicationMode::EventLog:
        return 0;
    }
    return 0;
}

void Simulation::acknowledgeWriteToClient(std::uint32_t id)
{
    Request &req = m_requests[id];
    ++m_writes.acknowledged;
    SimTime &bound = m_maxAckedInvoke[req.key];
    bound = std::max(bound, req.firstSent);
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
    // The entry, from its origin's log or, if that storage was destroyed since, from any copy.
    LogEntry *found = nullptr;
    for (std::size_t r = 0; r < m_data.size() && !found; ++r) {
        const std::size_t at = (static_cast<std::size_t>(req.commitRegion) + r) % m_data.size();
        ReplicaLog &copy = m_data[at].logs[g];
        if (copy.contains(req.commitIndex) && copy.at(req.commitIndex).writeId == req.writeId)
            found = &copy.at(req.commitIndex);
    }
    if (!found) {
        // Gone before the answer arrived: with its primary's destroyed storage (never shipped),
        // or rolled back when its deposed primary rejoined.
        if (m_data[static_cast<std::size_t>(req.commitRegion)].storageGeneration !=
            req.commitStorageGeneration)
            ++m_writes.lostNotShipped;
        else
            ++m_writes.lostDiscarded;
        noteLostWrite(req.attemptSent);
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
            forEachCopy(g, req.commitIndex, req.writeId, [](LogEntry &copy) { copy.lostCounted = true; });
        }
    }
    if (e.lwwLost && !e.lostCounted)
        ++m_writes.lostOverwritten; // last-write-wins had dropped it before the client heard back
    if (e.lostCounted)
        noteLostWrite(e.commitTime);
    if (!e.orphan && e.epoch == group.epoch && group.epoch > 1)
        ++m_ackedSincePromotion;
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

template<class Fn>
void Simulation::forEachCopy(std::size_t g, std::uint64_t index, std::uint64_t writeId, Fn &&fn)
{
    for (RegionData &d : m_data) {
        ReplicaLog &log = d.logs[g];
        if (log.contains(index) && log.at(index).writeId == writeId)
            fn(log.at(index));
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
    }
}

// ---------------------------------------------------------------------------------------------
// Replication streams

void Simulation::breakStream(std::size_t from, std::size_t to)
{
    const std::size_t nr = m_regions.size();
    RegionData &d = m_data[from];
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        ++d.streamGen[g * nr + to];
        // Resume from what the destination really holds (the reconnect handshake).
        d.shipped[g * nr + to] = std::min(d.shipped[g * nr + to], m_data[to].logs[g].end());
    }
}

void Simulation::breakStreams(std::size_t region)
{
    for (std::size_t other = 0; other < m_regions.size(); ++other) {
        if (other == region)
            continue;
        breakStream(region, other);
        breakStream(other, region);
    }
}

void Simulation::shipAll(std::size_t region)
{
    m_engine.scheduleIn(m_config.data.batchInterval, ShipTick, static_cast<std::uint32_t>(region), 0);
    if (!m_regions[region].up || !m_regions[region].dataTierUp || !holdsData(region))
        return;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        if (m_data[region].believedPrimary[g] != static_cast<std::int8_t>(region))
            continue;
        for (std::size_t to = 0; to < m_regions.size(); ++to)
            if (to != region)
                ship(region, g, to);
    }
}

void Simulation::ship(std::size_t from, std::size_t g, std::size_t to)
{
    if (!holdsData(to))
        return;
    RegionData &d = m_data[from];
    const std::size_t slot = g * m_regions.size() + to;
    const ReplicaLog &log = d.logs[g];
    // Send what is new; an empty batch still announces a newer epoch the replica has not confirmed.
    const bool news = log.end() > d.shipped[slot];
    const bool announce = d.acked[slot] < log.base() || m_data[to].logs[g].epoch < log.epoch;
    if (!news && !announce)
        return;
    const SimTime arrival = m_network.sendReliable(from, to, now(), m_engine.rng(Stream::Network));
    if (arrival == kNever)
        return;
    d.shipped[slot] = log.end();
    m_engine.schedule(arrival, BatchArrive, static_cast<std::uint32_t>(to),
                      packBatch(from, g, d.streamGen[slot], log.end()));
}

void Simulation::onBatchArrive(std::size_t region, std::uint64_t data, bool consumed)
{
    const Batch b = unpackBatch(data);
    RegionData &sender = m_data[b.from];
    const std::size_t slot = b.group * m_regions.size() + region;
    if (!m_regions[region].up || (sender.streamGen[slot] & 0xffff) != b.gen)
        return; // lost with a crash or a broken connection; the stream restarts from the replica
    if (sender.believedPrimary[b.group] != static_cast<std::int8_t>(b.from))
        return; // sent by a primary that has since stepped down: its stream was closed
    if (!m_regions[region].dataTierUp)
        return;
    if (!consumed && m_config.data.mode == ReplicationMode::EventLog &&
        m_config.data.topology != WriteTopology::MultiPrimary) {
        // Event log: the region's consumer takes entries off the queue at its own pace.
        RegionData &d = m_data[region];
        const std::uint64_t have = d.logs[b.group].end();
        const double count = b.through > have ? static_cast<double>(b.through - have) : 0.0;
        d.consumerBusyUntil = std::max(d.consumerBusyUntil, static_cast<double>(now())) +
                              count * 1e6 / m_config.data.eventConsumerRate;
        m_engine.schedule(static_cast<SimTime>(d.consumerBusyUntil), BatchConsumed,
                          static_cast<std::uint32_t>(region), data);
        return;
    }
    receiveEntries(region, b.from, b.group, b.through);
}

void Simulation::receiveEntries(std::size_t region, std::size_t from, std::size_t g, std::uint64_t through)
{
    RegionData &d = m_data[region];
    ReplicaLog &mine = d.logs[g];
    const ReplicaLog &theirs = m_data[from].logs[g];
    if (theirs.epoch >= mine.epoch && d.promisedEpoch[g] > theirs.epoch && now() < d.promiseUntil[g]) {
        // This region voted for a new primary: it stops following the current one until the
        // promise lapses. The refusal tells the sender where to resume.
        const SimTime arrival = m_network.sendReliable(region, from, now(), m_engine.rng(Stream::Network));
        if (arrival != kNever)
            m_engine.schedule(arrival, ReplicationAck, static_cast<std::uint32_t>(from),
                              packAck(region, g, mine.epoch, mine.end(), true));
        return;
    }
    if (theirs.epoch < mine.epoch) {
        // A deposed primary is still shipping writes of an older epoch.
        const std::uint64_t first =
            std::max(theirs.base(), std::min(d.staleSeen[g * m_regions.size() + from], through));
        const std::uint64_t count =
            std::min(through, theirs.end()) > first ? std::min(through, theirs.end()) - first : 0;
        d.staleSeen[g * m_regions.size() + from] =
            std::max(d.staleSeen[g * m_regions.size() + from], through);
        if (m_config.failover.fencing) {
            // Fencing: the epoch is the token; storage that has seen a newer one refuses the
            // writes and says why, so the old primary steps down.
            m_fencingRefusals += count;
            if (count > 0)
                log(SimEventType::FencedWriteRefused, static_cast<int>(region), static_cast<int>(from), -1,
                    static_cast<double>(count));
            const SimTime arrival =
                m_network.sendReliable(region, from, now(), m_engine.rng(Stream::Network));
            if (arrival != kNever)
                m_engine.schedule(arrival, ReplicationAck, static_cast<std::uint32_t>(from),
                                  packAck(region, g, mine.epoch, mine.end(), true));
        } else if (count > 0) {
            // No fencing: the stale writes land on storage that already follows the new primary.
            for (std::uint64_t i = first + 1; i <= first + count; ++i) {
                const LogEntry &e = theirs.at(i);
                if (e.op == WriteOp::Put) {
                    KeySlot &slot = d.values[e.key];
                    slot.writeId = e.writeId;
                    slot.invokeTime = e.invokeTime;
                    slot.ackTime = e.ackTime;
                    slot.stamp = e.stamp;
                    slot.origin = e.origin;
                }
            }
            m_staleEpochApplied += count;
            log(SimEventType::StaleEpochApplied, static_cast<int>(region), static_cast<int>(from), -1,
                static_cast<double>(count));
        }
        return;
    }
    m_lastHeardPrimary[region] = now();
    if (theirs.epoch > mine.epoch)
        adoptEpoch(region, g, from);
    ReplicaLog &log = d.logs[g];
    if (log.end() < theirs.base()) {
        // Too far behind (or empty after a destroy): re-clone from the sender's state.
        advanceApply(from, now());
        noteClone(region, from);
        const std::uint32_t epoch = log.epoch;
        d.values = m_data[from].values;
        d.clocks = m_data[from].clocks;
        d.fields = m_data[from].fields;
        d.orset = m_data[from].orset;
        log.rebase(theirs.base());
        log.applied = theirs.base();
        log.epoch = epoch;
        d.applyQueue.clear();
        d.applierBusyUntil = static_cast<double>(now());
        // Entries the sender has applied beyond its base are already in the cloned state.
        for (std::uint64_t i = theirs.base() + 1; i <= std::min(through, theirs.applied); ++i) {
            log.append(theirs.at(i));
            log.applied = i;
        }
    }
    const std::uint64_t upTo = std::min(through, theirs.end());
    for (std::uint64_t i = log.end() + 1; i <= upTo; ++i) {
        log.append(theirs.at(i));
        d.applierBusyUntil =
            std::max(d.applierBusyUntil, static_cast<double>(now())) + 1e6 / m_config.data.applyRate;
        d.applyQueue.push_back(
            ApplyItem{static_cast<SimTime>(d.applierBusyUntil), i, static_cast<std::int8_t>(g)});
    }
    d.believedPrimary[g] = static_cast<std::int8_t>(from);
    // Confirm durable receipt (synchronous modes wait for this; async uses it for flow control).
    const SimTime arrival = m_network.sendReliable(region, from, now(), m_engine.rng(Stream::Network));
    if (arrival != kNever)
        m_engine.schedule(arrival, ReplicationAck, static_cast<std::uint32_t>(from),
                          packAck(region, g, log.epoch, log.end()));
}

void Simulation::adoptEpoch(std::size_t region, std::size_t g, std::size_t from)
{
    RegionData &d = m_data[region];
    ReplicaLog &log = d.logs[g];
    const ReplicaLog &theirs = m_data[from].logs[g];
    // Roll back to the last index this copy shares with the new lineage.
    std::uint64_t common = log.end();
    for (const auto &fork : m_groups[g].forks)
        if (fork.first > log.epoch && fork.first <= theirs.epoch)
            common = std::min(common, fork.second);
    const bool wasPrimary = d.believedPrimary[g] == static_cast<std::int8_t>(region) ||
                            d.believedPrimary[g] == -1; // told it was deposed, not yet rolled back
    std::uint64_t discarded = 0;
    if (wasPrimary && common < log.end())
        rejoinOrphans(region, g, common);
    if (common < log.end()) {
        // Entries past the fork: orphans of a deposed primary, or replicated entries that the new
        // lineage does not have. The acknowledged orphans are discarded (counted lost) here.
        for (std::uint64_t i = common + 1; i <= log.end(); ++i) {
            LogEntry &e = log.at(i);
            if (wasPrimary && e.origin == static_cast<std::int8_t>(region) && e.orphan && e.clientAcked &&
                !e.lwwLost && !e.lostCounted) {
                ++m_writes.lostDiscarded;
                ++discarded;
                noteLostWrite(e.commitTime);
            }
        }
        const bool appliedPastFork = log.applied > common;
        log.truncateAfter(common);
        if (appliedPastFork) {
            // Its state includes writes the new lineage never had: rebuild from the new primary.
            advanceApply(from, now());
            noteClone(region, from);
            d.values = m_data[from].values;
            d.clocks = m_data[from].clocks;
            d.fields = m_data[from].fields;
            d.orset = m_data[from].orset;
            log.rebase(theirs.base());
            log.applied = theirs.base();
            for (std::uint64_t i = theirs.base() + 1; i <= theirs.applied; ++i) {
                log.append(theirs.at(i));
                log.applied = i;
            }
            d.applyQueue.clear();
        }
    }
    log.epoch = theirs.epoch;
    d.believedPrimary[g] = static_cast<std::int8_t>(from);
    d.syncFallback[g] = 0;
    // Anything it sent as a primary of the old epoch is void.
    for (std::size_t to = 0; to < m_regions.size(); ++to)
        ++d.streamGen[g * m_regions.size() + to];
    if (wasPrimary)
        this->log(SimEventType::SteppedDown, static_cast<int>(region), static_cast<int>(g), -1,
                  static_cast<double>(discarded));
}

void Simulation::onReplicationAck(std::size_t sender, std::uint64_t data)
{
    const auto replica = static_cast<std::size_t>(data & 31);
    const auto g = static_cast<std::size_t>(data >> 5 & 31);
    const auto epoch = static_cast<std::uint32_t>(data >> 10 & 0xffff);
    const std::uint64_t through = (data >> 26) & ((1ULL << 37) - 1);
    const bool refused = (data & kAckRefused) != 0;
    if (!m_regions[sender].up)
        return;
    RegionData &d = m_data[sender];
    ReplicaLog &log = d.logs[g];
    if (refused) {
        // Resume from what the replica really holds once it takes our writes again.
        const std::size_t slot = g * m_regions.size() + replica;
        d.shipped[slot] = std::min(d.shipped[slot], through);
    }
    if (epoch > (log.epoch & 0xffff)) {
        // Someone follows a newer primary: this region has been deposed. It stops taking writes;
        // the newer primary's stream will roll it back when it arrives.
        d.believedPrimary[g] = -1;
        return;
    }
    if (refused)
        return;
    const std::size_t slot = g * m_regions.size() + replica;
    d.acked[slot] = std::max(d.acked[slot], through);
    if (d.believedPrimary[g] != static_cast<std::int8_t>(sender))
        return;
    // The k-th highest confirmation among the other copies is what k acknowledgements cover.
    const std::size_t need = syncAcksNeeded(g);
    if (need == 0)
        return;
    std::vector<std::uint64_t> confirmations;
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (r != sender && holdsData(r))
            confirmations.push_back(d.acked[g * m_regions.size() + r]);
    if (confirmations.size() < need)
        return;
    std::nth_element(confirmations.begin(), confirmations.begin() + static_cast<std::ptrdiff_t>(need - 1),
                     confirmations.end(), std::greater<>());
    releaseSyncWrites(sender, g, std::min(confirmations[need - 1], log.end()));
}

void Simulation::releaseSyncWrites(std::size_t region, std::size_t g, std::uint64_t through)
{
    RegionData &d = m_data[region];
    ReplicaLog &log = d.logs[g];
    advanceApply(region, now());
    for (std::uint64_t i = std::max(d.syncAckedThrough[g], log.base()) + 1; i <= through; ++i) {
        LogEntry &e = log.at(i);
        if (log.applied + 1 == i) {
            applyEntry(region, e, g, i);
            log.applied = i;
        }
        if (e.request >= 0) {
            const auto id = static_cast<std::uint32_t>(e.request);
            e.request = -1;
            const Request &req = m_requests[id];
            // Still the same client attempt waiting for this write (it may have timed out).
            if (req.serial != 0 && req.writeId == e.writeId)
                respondFromData(id, region, now(), ResponseOutcome::Ok);
        }
    }
    d.syncAckedThrough[g] = std::max(d.syncAckedThrough[g], through);
}

void Simulation::onSyncTimeout(std::size_t region, std::uint64_t data)
{
    const auto g = static_cast<std::size_t>(data & 31);
    const std::uint64_t index = data >> 5;
    RegionData &d = m_data[region];
    if (!m_regions[region].up || d.syncFallback[g] || d.syncAckedThrough[g] >= index ||
        d.believedPrimary[g] != static_cast<std::int8_t>(region))
        return;
    // Replicas have not confirmed in time: stop waiting for them. Writes go on, but from now on a
    // crash here loses them: the recovery point silently grows.
    d.syncFallback[g] = 1;
    ++m_writes.syncFallbacks;
    this->log(SimEventType::SyncFellBackToAsync, static_cast<int>(region));
    releaseSyncWrites(region, g, d.logs[g].end());
}

// ---------------------------------------------------------------------------------------------
// Applying entries, conflict resolution

void Simulation::advanceApply(std::size_t region, SimTime until)
{
    RegionData &d = m_data[region];
    while (!d.applyQueue.empty() && d.applyQueue.front().done <= until) {
        const ApplyItem item = d.applyQueue.front();
        d.applyQueue.pop_front();
        ReplicaLog &log = d.logs[static_cast<std::size_t>(item.group)];
        if (!log.contains(item.index) || item.index <= log.applied)
            continue; // rolled back or re-cloned since it was queued
        // Entries before it that were never queued (a former primary's own, committed while it
        // waited for replicas) are applied first, in order.
        for (std::uint64_t i = std::max(log.applied, log.base()) + 1; i <= item.index; ++i) {
            applyEntry(region, log.at(i), static_cast<std::size_t>(item.group), i);
            log.applied = i;
        }
    }
}

void Simulation::applyEntry(std::size_t region, const LogEntry &e, std::size_t g, std::uint64_t index)
{
    RegionData &d = m_data[region];
    const std::size_t nr = m_regions.size();
    const bool local = e.origin == static_cast<std::int8_t>(region);
    if (m_config.data.recordHistory)
        m_history.applies.push_back(
            History::Apply{e.writeId, static_cast<std::int8_t>(region), static_cast<std::int8_t>(g)});
    const bool multi = m_config.data.topology == WriteTopology::MultiPrimary;
    switch (e.op) {
    case WriteOp::Put:
        applyRegister(region, e, g, index, local);
        break;
    case WriteOp::Add:
        d.values[e.key].counter += e.arg; // op-based: each entry applied exactly once
        d.values[e.key].writeId = e.writeId;
        break;
    case WriteOp::SetAdd: {
        const std::size_t base =
            ((static_cast<std::size_t>(e.key) * static_cast<std::size_t>(m_config.data.setElements) +
              static_cast<std::size_t>(e.arg)) *
             nr) *
            2;
        std::uint32_t &added = d.orset[base + static_cast<std::size_t>(e.origin) * 2];
        added = std::max(added, static_cast<std::uint32_t>(index)); // a unique tag: (origin, index)
        break;
    }
    case WriteOp::SetRemove: {
        const std::size_t base =
            ((static_cast<std::size_t>(e.key) * static_cast<std::size_t>(m_config.data.setElements) +
              static_cast<std::size_t>(e.arg)) *
             nr) *
            2;
        // Removes only the adds the remover had observed; a concurrent add survives (add wins).
        for (std::size_t o = 0; o < nr; ++o) {
            std::uint32_t &removed = d.orset[base + o * 2 + 1];
            removed = std::max(removed, e.clock[o]);
        }
        break;
    }
    case WriteOp::SetField: {
        FieldSlot &f =
            d.fields[static_cast<std::size_t>(e.key) * static_cast<std::size_t>(m_config.data.recordFields) +
                     static_cast<std::size_t>(e.arg)];
        const std::uint32_t dot = e.clock[static_cast<std::size_t>(std::max<int>(0, e.origin))];
        // Writes to different fields merge; two to the same field are a last-write-wins conflict.
        const LwwOutcome lww =
            multi ? resolveLastWriteWins(f, e.stamp, e.origin, e.clock.data(), region, local) : LwwOutcome{};
        if (lww.dropsCausallyLater)
            markLostToLww(region,
                          KeySlot{e.writeId, e.invokeTime, e.ackTime, e.stamp, index, 0, dot, e.origin,
                                  static_cast<std::int8_t>(g)},
                          true);
        if (lww.keepsSlot)
            break; // a remote loser is counted at its own origin
        if (lww.overwritesConcurrent)
            markLostToLww(region,
                          KeySlot{f.writeId, 0, f.ackTime, f.stamp, f.index, 0, f.dot, f.origin, f.group},
                          false);
        f = FieldSlot{e.writeId,
                      e.stamp,
                      index,
                      dot,
                      e.origin,
                      static_cast<std::int8_t>(g),
                      e.ackTime != kNever
                          ? e.ackTime
                          : ackTimeOf(static_cast<std::size_t>(e.origin), g, index, e.writeId)};
        d.values[e.key].writeId = e.writeId;
        break;
    }
    }
    if (multi) {
        std::uint32_t *clock = clockOf(region, e.key);
        for (std::size_t i = 0; i < nr; ++i)
            clock[i] = std::max(clock[i], e.clock[i]);
    }
}

void Simulation::applyRegister(std::size_t region, const LogEntry &e, std::size_t g, std::uint64_t index,
                               bool local)
{
    RegionData &d = m_data[region];
    KeySlot &slot = d.values[e.key];
    const std::uint32_t dot = e.clock[static_cast<std::size_t>(std::max<int>(0, e.origin))];
    const bool multi = m_config.data.topology == WriteTopology::MultiPrimary;
    const LwwOutcome lww =
        multi ? resolveLastWriteWins(slot, e.stamp, e.origin, e.clock.data(), region, local) : LwwOutcome{};
    if (lww.dropsCausallyLater)
        markLostToLww(region,
                      KeySlot{e.writeId, e.invokeTime, e.ackTime, e.stamp, index, 0, dot, e.origin,
                              static_cast<std::int8_t>(g)},
                      true);
    if (lww.keepsSlot)
        return; // a remote loser is counted at its own origin
    if (lww.overwritesConcurrent)
        markLostToLww(region, slot, false);
    slot.writeId = e.writeId;
    slot.invokeTime = e.invokeTime;
    slot.ackTime =
        e.ackTime != kNever ? e.ackTime : ackTimeOf(static_cast<std::size_t>(e.origin), g, index, e.writeId);
    slot.stamp = e.stamp;
    slot.index = index;
    slot.dot = dot;
    slot.origin = e.origin;
    slot.group = static_cast<std::int8_t>(g);
}

void Simulation::markLostToLww(std::size_t region, const KeySlot &lost, bool causal)
{
    if (m_config.data.recordHistory)
        m_history.drops.push_back(History::Drop{lost.writeId, static_cast<std::int8_t>(region), causal});
    if (causal)
        ++m_writes.lwwSkewDrops;
    else {
        ++m_writes.lwwConcurrentDrops;
        ++m_writes.conflicts;
    }
    // The entry's fate moves from durable/pending to lost, if the client was acknowledged.
    ReplicaLog &log = m_data[region].logs[static_cast<std::size_t>(lost.group)];
    if (log.contains(lost.index) && log.at(lost.index).writeId == lost.writeId) {
        const bool acked = log.at(lost.index).clientAcked;
        forEachCopy(static_cast<std::size_t>(lost.group), lost.index, lost.writeId,
                    [](LogEntry &copy) { copy.lwwLost = true; });
        if (acked)
            ++m_writes.lostOverwritten;
    } else if (lost.ackTime != kNever && lost.ackTime > 0) {
        // Already truncated from the log (and counted durable): move it.
        ++m_writes.lostOverwritten;
        std::uint64_t &truncated = m_durableTruncated[static_cast<std::size_t>(lost.group)];
        if (truncated > 0)
            --truncated;
    }
}

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
    if (req.readValueAck < req.readBound)
        ++m_writes.staleReads;
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

std::uint64_t Simulation::lineageEnd(std::size_t region, std::size_t g) const
{
    // A copy that followed an older epoch only shares the new lineage up to the fork.
    const ReplicaLog &log = m_data[region].logs[g];
    std::uint64_t end = log.end();
    for (const auto &fork : m_groups[g].forks)
        if (fork.first > log.epoch)
            end = std::min(end, fork.second);
    return end;
}

std::uint64_t Simulation::effectiveApplied(std::size_t region, std::size_t g) const
{
    // Entries whose apply time has passed count as applied even before the lazy applier runs.
    const RegionData &d = m_data[region];
    std::uint64_t applied = d.logs[g].applied;
    for (const ApplyItem &item : d.applyQueue) {
        if (item.done > now())
            break;
        if (static_cast<std::size_t>(item.group) == g && item.index == applied + 1)
            applied = item.index;
    }
    return applied;
}

ReplicaLag Simulation::replicaLag(std::size_t r) const
{
    ReplicaLag lag;
    if (!holdsData(r))
        return lag;
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int p = m_groups[g].primary;
        if (p < 0 || static_cast<std::size_t>(p) == r)
            continue;
        const ReplicaLog &source = m_data[static_cast<std::size_t>(p)].logs[g];
        const std::uint64_t received = std::min(lineageEnd(r, g), source.end());
        if (source.end() > received) {
            lag.entriesBehind += source.end() - received;
            if (source.contains(received + 1))
                lag.receiveLag = std::max(lag.receiveLag, now() - source.at(received + 1).commitTime);
        }
        const std::uint64_t applied = std::min(effectiveApplied(r, g), received);
        if (source.end() > applied && source.contains(applied + 1))
            lag.applyLag = std::max(lag.applyLag, now() - source.at(applied + 1).commitTime);
    }
    lag.applyLag = std::max(lag.applyLag, lag.receiveLag);
    return lag;
}

void Simulation::recountWrites()
{
    std::uint64_t durable = 0, pending = 0, orphaned = 0;
    for (std::uint64_t truncated : m_durableTruncated)
        durable += truncated;
    const std::size_t nr = m_regions.size();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int p = authoritativeCopy(g);
        if (p >= 0) {
            const ReplicaLog &log = m_data[static_cast<std::size_t>(p)].logs[g];
            std::uint64_t everywhere = log.end();
            for (std::size_t r = 0; r < nr; ++r)
                if (static_cast<int>(r) != p && holdsData(r))
                    everywhere = std::min(everywhere, lineageEnd(r, g));
            for (std::uint64_t i = log.base() + 1; i <= log.end(); ++i) {
                const LogEntry &e = log.at(i);
                if (!e.clientAcked || e.lwwLost || e.lostCounted)
                    continue;
                if (e.orphan && e.origin != p)
                    continue;
                (i <= everywhere ? durable : pending) += 1;
            }
        }
        // Deposed primaries that still hold writes acknowledged after they were deposed.
        for (std::size_t r = 0; r < nr; ++r) {
            if (static_cast<int>(r) == p)
                continue;
            const ReplicaLog &log = m_data[r].logs[g];
            if (log.epoch >= m_groups[g].epoch)
                continue;
            for (std::uint64_t i = log.base() + 1; i <= log.end(); ++i) {
                const LogEntry &e = log.at(i);
                if (e.origin == static_cast<std::int8_t>(r) && e.orphan && e.clientAcked && !e.lwwLost &&
                    !e.lostCounted)
                    ++orphaned;
            }
        }
        m_history.finalPrimary[g] = p;
    }
    m_writes.durable = durable;
    m_writes.pending = pending;
    m_writes.orphaned = orphaned;
}

void Simulation::truncateLogs()
{
    const std::size_t nr = m_regions.size();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const int p = authoritativeCopy(g);
        if (p < 0)
            continue;
        ReplicaLog &primaryLog = m_data[static_cast<std::size_t>(p)].logs[g];
        std::uint64_t cutoff = primaryLog.applied;
        bool sameEpoch = true;
        for (std::size_t r = 0; r < nr; ++r) {
            if (!holdsData(r))
                continue;
            sameEpoch = sameEpoch && m_data[r].logs[g].epoch == primaryLog.epoch;
            cutoff = std::min(cutoff, m_data[r].logs[g].applied);
        }
        if (!sameEpoch)
            continue; // a deposed copy has yet to roll back: keep everything it may need
        // Keep entries whose client has not heard the outcome yet.
        for (std::uint64_t i = primaryLog.base() + 1; i <= cutoff; ++i) {
            if (!primaryLog.at(i).resolved) {
                cutoff = i - 1;
                break;
            }
        }
        // What leaves the authoritative copy is counted durable from now on.
        for (std::uint64_t i = primaryLog.base() + 1; i <= cutoff; ++i) {
            const LogEntry &e = primaryLog.at(i);
            if (e.clientAcked && !e.lwwLost && !e.lostCounted && !(e.orphan && e.origin != p))
                ++m_durableTruncated[g];
        }
        for (std::size_t r = 0; r < nr; ++r)
            if (holdsData(r))
                m_data[r].logs[g].discardThrough(std::min(cutoff, m_data[r].logs[g].applied));
    }
}

int Simulation::authoritativeCopy(std::size_t g) const
{
    // The group's primary; if its data is gone, the copy a promotion would start from.
    const int p = m_groups[g].primary;
    if (p >= 0 && holdsData(static_cast<std::size_t>(p)))
        return p;
    int best = -1;
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        if (!holdsData(r))
            continue;
        if (best < 0 || lineageEnd(r, g) > lineageEnd(static_cast<std::size_t>(best), g))
            best = static_cast<int>(r);
    }
    return best;
}

void Simulation::noteClone(std::size_t region, std::size_t source)
{
    if (m_config.data.recordHistory)
        m_history.storage.push_back(
            History::StorageEvent{History::StorageEvent::Kind::Cloned, static_cast<std::int8_t>(region),
                                  static_cast<std::int8_t>(source), m_history.applies.size()});
}

void Simulation::destroyData(std::size_t region)
{
    // Its storage is gone for good. Acknowledged writes that no other copy has received are lost
    // now; the rest live on in the other copies.
    RegionData &d = m_data[region];
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        ReplicaLog &log = d.logs[g];
        std::uint64_t elsewhere = 0;
        for (std::size_t r = 0; r < m_regions.size(); ++r)
            if (r != region && holdsData(r))
                elsewhere = std::max(elsewhere, std::min(lineageEnd(r, g), log.end()));
        for (std::uint64_t i = std::max(elsewhere, log.base()) + 1; i <= log.end(); ++i) {
            LogEntry &e = log.at(i);
            if (e.clientAcked && !e.lostCounted && !e.lwwLost &&
                !(e.orphan && e.origin != static_cast<std::int8_t>(region))) {
                ++m_writes.lostNotShipped;
                noteLostWrite(e.commitTime);
            }
            e.lostCounted = true;
        }
        const std::uint32_t epoch = log.epoch;
        log.rebase(0);
        log.applied = 0;
        log.epoch = epoch;
    }
    // Where this was the last copy of a group, even what every copy had is gone.
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        bool another = false;
        for (std::size_t r = 0; r < m_regions.size(); ++r)
            another = another || (r != region && holdsData(r));
        if (!another) {
            m_writes.lostNotShipped += m_durableTruncated[g];
            for (std::uint64_t i = 0; i < m_durableTruncated[g]; ++i)
                noteLostWrite(now());
            m_durableTruncated[g] = 0;
        }
    }
    if (m_config.data.recordHistory)
        m_history.storage.push_back(History::StorageEvent{History::StorageEvent::Kind::Destroyed,
                                                          static_cast<std::int8_t>(region), -1,
                                                          m_history.applies.size()});
    ++d.storageGeneration;
    std::fill(d.values.begin(), d.values.end(), KeySlot{});
    std::fill(d.clocks.begin(), d.clocks.end(), 0);
    std::fill(d.fields.begin(), d.fields.end(), FieldSlot{});
    std::fill(d.orset.begin(), d.orset.end(), 0);
    d.applyQueue.clear();
}

void Simulation::recloneFromPeers(std::size_t region)
{
    // The copy that has the most of this region's own groups (those it is primary of), so that it
    // resumes them without reusing an index another copy already holds; ties by total length.
    // Read from the peer's durable storage even if that region is down right now (a rebuilt region
    // is seeded from a peer's snapshot).
    int best = -1;
    std::pair<std::uint64_t, std::uint64_t> bestScore{0, 0};
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        if (r == region || !holdsData(r))
            continue;
        std::pair<std::uint64_t, std::uint64_t> score{0, 0};
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            score.second += m_data[r].logs[g].end();
            if (m_groups[g].primary == static_cast<int>(region))
                score.first += m_data[r].logs[g].end();
        }
        if (best < 0 || score > bestScore) {
            best = static_cast<int>(r);
            bestScore = score;
        }
    }
    if (best < 0) {
        // Every copy is gone: it starts an empty store, as the primary of a new lineage for the
        // groups it leads (all of them, with a single primary).
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            const bool leads = m_config.data.topology == WriteTopology::SinglePrimary || g == region;
            if (!leads)
                continue;
            GroupState &group = m_groups[g];
            ++group.epoch;
            group.forks.emplace_back(group.epoch, 0);
            if (m_config.data.recordHistory)
                m_history.promotions.push_back(
                    History::Promotion{0, group.epoch, static_cast<std::int8_t>(g)});
            group.primary = static_cast<int>(region);
            ReplicaLog &log = m_data[region].logs[g];
            log.rebase(0);
            log.applied = 0;
            log.epoch = group.epoch;
            m_data[region].believedPrimary[g] = static_cast<std::int8_t>(region);
            m_data[region].syncAckedThrough[g] = 0;
            if (m_config.data.topology == WriteTopology::SinglePrimary) {
                m_controllerPrimary = static_cast<int>(region);
                reroute(region);
            }
        }
        return;
    }
    const auto source = static_cast<std::size_t>(best);
    advanceApply(source, now());
    noteClone(region, source);
    RegionData &d = m_data[region];
    const RegionData &s = m_data[source];
    d.values = s.values;
    d.clocks = s.clocks;
    d.fields = s.fields;
    d.orset = s.orset;
    d.applyQueue.clear();
    d.applierBusyUntil = static_cast<double>(now());
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        ReplicaLog &log = d.logs[g];
        const ReplicaLog &theirs = s.logs[g];
        log.rebase(theirs.base());
        for (std::uint64_t i = theirs.base() + 1; i <= theirs.end(); ++i) {
            log.append(theirs.at(i));
            if (i > theirs.applied) {
                // Received by the source but not applied there yet: applied here in turn.
                d.applierBusyUntil += 1e6 / m_config.data.applyRate;
                d.applyQueue.push_back(
                    ApplyItem{static_cast<SimTime>(d.applierBusyUntil), i, static_cast<std::int8_t>(g)});
            }
        }
        log.applied = theirs.applied;
        log.epoch = theirs.epoch;
        // It follows whoever its source follows (itself, for its own group if nobody replaced it).
        d.believedPrimary[g] = s.believedPrimary[g];
    }
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
    advanceApply(x, kNever); // the hook applies the whole received backlog at once
    becomePrimary(x, g);
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
        bool quiet = m_inFlight == 0;
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
