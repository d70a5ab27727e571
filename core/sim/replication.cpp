// Replication between regions: streams, shipping batches, receiving and adopting epochs,
// acknowledgements and synchronous waits, lag, log truncation. Part of fl::Simulation (simulation.h).
#include "data/replicationrule.h"
#include "sim/replicationwire.h"
#include "simulation.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace fl {

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
    SimTime needsSender = 0;
    const SimTime arrival =
        m_network.sendReliable(from, to, now(), m_engine.rng(Stream::Network), &needsSender);
    if (arrival == kNever)
        return;
    wire::BatchOnWire batch;
    batch.from = static_cast<std::uint8_t>(from);
    batch.group = static_cast<std::uint8_t>(g);
    batch.first = std::max(d.shipped[slot], log.base()) + 1;
    batch.through = log.end();
    batch.needsSenderUntil = needsSender;
    m_batchesOnWire[wireStream(from, g, to)].push_back(std::move(batch));
    d.shipped[slot] = log.end();
    m_engine.schedule(arrival, BatchArrive, static_cast<std::uint32_t>(to),
                      wire::packBatch(from, g, d.streamGen[slot], log.end()));
}

void Simulation::onBatchArrive(std::size_t region, std::uint64_t data, bool consumed)
{
    const wire::Batch b = wire::unpackBatch(data);
    // The batch is the front of its queue: its stream's on the wire, or the consumer's.
    std::deque<wire::BatchOnWire> &queue =
        consumed ? m_consumerQueues[region] : m_batchesOnWire[wireStream(b.from, b.group, region)];
    assert(!queue.empty() && queue.front().through == b.through);
    wire::BatchOnWire batch = std::move(queue.front());
    queue.pop_front();
    if (!batch.entries.empty())
        --m_carriedBatches;
    RegionData &sender = m_data[b.from];
    const std::size_t slot = b.group * m_regions.size() + region;
    const bool sameStream = (sender.streamGen[slot] & 0xffff) == b.gen;
    if (!m_regions[region].up || !m_regions[region].dataTierUp || (!sameStream && !batch.outlivedSender)) {
        // Lost with the receiver, or with a broken connection (the stream restarts from what the
        // replica holds). A batch that outlived its sender takes its writes with it.
        if (batch.outlivedSender)
            batchLostOnTheWay(b.from, b.group, batch);
        return;
    }
    if (!batch.outlivedSender && sender.believedPrimary[b.group] != static_cast<std::int8_t>(b.from))
        return; // sent by a primary that has since stepped down: its stream was closed
    if (!consumed && replicationRule(m_config.data.mode).queued &&
        m_config.data.topology != WriteTopology::MultiPrimary) {
        // Event log: the region's consumer takes entries off the queue at its own pace.
        RegionData &d = m_data[region];
        const std::uint64_t have = d.logs[b.group].end();
        const double count = b.through > have ? static_cast<double>(b.through - have) : 0.0;
        d.consumerBusyUntil = std::max(d.consumerBusyUntil, static_cast<double>(now())) +
                              count * 1e6 / m_config.data.eventConsumerRate;
        m_engine.schedule(static_cast<SimTime>(d.consumerBusyUntil), BatchConsumed,
                          static_cast<std::uint32_t>(region), data);
        if (!batch.entries.empty())
            ++m_carriedBatches;
        m_consumerQueues[region].push_back(std::move(batch));
        return;
    }
    if (batch.outlivedSender)
        receiveWithoutSender(region, b.from, b.group, batch);
    else
        receiveEntries(region, b.from, b.group, b.through);
}

void Simulation::keepBatchesThroughCrash(std::size_t region)
{
    // Batches of the current streams that have left for good (no retransmission of theirs, or of
    // an earlier message they wait behind, is still due) arrive whatever happens to their sender
    // now: they take a copy of their entries along, since the sender's storage may not outlive it.
    const std::size_t nr = m_regions.size();
    const RegionData &d = m_data[region];
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const ReplicaLog &log = d.logs[g];
        for (std::size_t to = 0; to < nr; ++to) {
            if (to == region)
                continue;
            for (wire::BatchOnWire &batch : m_batchesOnWire[wireStream(region, g, to)]) {
                if (batch.outlivedSender || batch.needsSenderUntil >= now())
                    continue;
                batch.outlivedSender = true;
                batch.epoch = log.epoch;
                for (std::uint64_t i = batch.first; i <= batch.through; ++i)
                    batch.entries.push_back(log.contains(i) ? log.at(i) : LogEntry{});
                if (!batch.entries.empty())
                    ++m_carriedBatches;
            }
        }
    }
}

void Simulation::receiveWithoutSender(std::size_t region, std::size_t from, std::size_t g,
                                      const wire::BatchOnWire &batch)
{
    // The sender crashed after this batch left. The replica takes what it carries if nothing more
    // is needed from the sender: same epoch (a newer one would need the sender's lineage to roll
    // back to), no gap before it (that would need a resend), no vote promised to a successor.
    RegionData &d = m_data[region];
    ReplicaLog &log = d.logs[g];
    const bool promised = d.promisedEpoch[g] > log.epoch && now() < d.promiseUntil[g];
    bool complete = !batch.entries.empty() && batch.epoch == log.epoch && log.end() + 1 >= batch.first;
    for (std::uint64_t i = log.end() + 1; complete && i <= batch.through; ++i)
        complete = batch.entries[i - batch.first].writeId != 0;
    if (!complete || promised) {
        batchLostOnTheWay(from, g, batch);
        return;
    }
    m_lastHeardPrimary[region] = now();
    for (std::uint64_t i = log.end() + 1; i <= batch.through; ++i) {
        log.append(batch.entries[i - batch.first]);
        d.applierBusyUntil =
            std::max(d.applierBusyUntil, static_cast<double>(now())) + 1e6 / m_config.data.applyRate;
        d.applyQueue.push_back(
            ApplyItem{static_cast<SimTime>(d.applierBusyUntil), i, static_cast<std::int8_t>(g)});
    }
    d.believedPrimary[g] = static_cast<std::int8_t>(from);
    sendReplicationAck(region, from, g, false); // the confirmation goes to a crashed region: nobody reads it
}

void Simulation::batchLostOnTheWay(std::size_t from, std::size_t g, const wire::BatchOnWire &batch)
{
    // While its sender's storage lasts, the sender's own log still holds these writes and the
    // promotion (or the storage's destruction) accounts for them. Once that storage is gone, the
    // batches were where they lived: acknowledged ones that no copy holds and no other batch still
    // carries are lost now.
    if (!m_regions[from].destroyed)
        return;
    for (std::uint64_t i = batch.first; i <= batch.through; ++i) {
        const LogEntry &e = batch.entries[i - batch.first];
        if (e.writeId == 0 || !e.clientAcked || e.lostCounted || e.lwwLost || e.resurrected)
            continue;
        if (heldByACopy(g, i, e.writeId))
            continue;
        // Another batch that outlived the sender may still bring it to some copy (one per
        // receiver): it is lost only with the last of them.
        bool carriedElsewhere = false;
        forEachCopy(g, i, e.writeId, [&carriedElsewhere](LogEntry &) { carriedElsewhere = true; });
        if (carriedElsewhere)
            continue;
        ++m_writes.lostNotShipped;
        noteLostWrite(e.commitTime, e.key, e.origin);
        forEachCopy(g, i, e.writeId, [](LogEntry &copy) { copy.lostCounted = true; });
    }
}

void Simulation::sendReplicationAck(std::size_t region, std::size_t to, std::size_t g, bool refused)
{
    const ReplicaLog &log = m_data[region].logs[g];
    const SimTime arrival = m_network.sendReliable(region, to, now(), m_engine.rng(Stream::Network));
    if (arrival != kNever)
        m_engine.schedule(arrival, ReplicationAck, static_cast<std::uint32_t>(to),
                          wire::packAck(region, g, log.epoch, log.end(), refused));
}

void Simulation::receiveStaleEpoch(std::size_t region, std::size_t from, std::size_t g, std::uint64_t through)
{
    RegionData &d = m_data[region];
    const ReplicaLog &theirs = m_data[from].logs[g];
    std::uint64_t &seen = d.staleSeen[g * m_regions.size() + from];
    const std::uint64_t first = std::max(theirs.base(), std::min(seen, through));
    const std::uint64_t count =
        std::min(through, theirs.end()) > first ? std::min(through, theirs.end()) - first : 0;
    seen = std::max(seen, through);
    if (m_config.failover.fencing) {
        // Fencing: the epoch is the token; storage that has seen a newer one refuses the writes
        // and says why, so the old primary steps down.
        m_fencingRefusals += count;
        if (count > 0)
            log(SimEventType::FencedWriteRefused, static_cast<int>(region), static_cast<int>(from), -1,
                static_cast<double>(count));
        sendReplicationAck(region, from, g, true);
        return;
    }
    if (count == 0 || d.believedPrimary[g] != static_cast<std::int8_t>(region))
        return; // a follower takes its data from the primary it follows, not from a deposed one
    // No fencing: the primary applies the deposed primary's writes as they come and logs them
    // again in its own lineage (as a MySQL replica with log_replica_updates does), so its
    // followers get them from it and every copy ends with the same state. What both lineages
    // share (up to the fork) it has already.
    std::uint64_t forkPoint = first + count;
    for (const auto &fork : m_groups[g].forks)
        if (fork.first > theirs.epoch && fork.first <= d.logs[g].epoch)
            forkPoint = std::min(forkPoint, fork.second);
    const std::uint64_t common = std::max(first, forkPoint);
    std::uint64_t applied = 0;
    for (std::uint64_t i = common + 1; i <= first + count; ++i) {
        LogEntry &e = m_data[from].logs[g].at(i);
        if (e.writeId == 0 || e.resurrected || m_reLogged.count(e.writeId) != 0)
            continue;
        reLogStaleWrite(region, g, e, i);
        ++applied;
    }
    if (applied == 0)
        return;
    m_staleEpochApplied += applied;
    log(SimEventType::StaleEpochApplied, static_cast<int>(region), static_cast<int>(from), -1,
        static_cast<double>(applied));
}

void Simulation::reLogStaleWrite(std::size_t region, std::size_t g, LogEntry &stale, std::uint64_t staleIndex)
{
    RegionData &d = m_data[region];
    ReplicaLog &log = d.logs[g];
    LogEntry e = stale;
    e.commitTime = now();
    e.epoch = log.epoch;
    e.origin = static_cast<std::int8_t>(region);
    e.orphan = log.epoch < m_groups[g].epoch; // this primary may itself be deposed by now
    e.staleEpoch = stale.staleEpoch != 0 ? stale.staleEpoch : stale.epoch;
    e.request = -1; // its client waits at the deposed primary, which answers it (or not)
    e.syncAcks = 0;
    e.lostCounted = e.lostAsDiscarded = e.lwwLost = e.olderEpochLost = e.resurrected = false;
    const std::uint64_t index = log.end() + 1;
    log.append(e);
    m_reLogged[e.writeId] = {g, index};
    // Its fate moves to the re-log: counted lost already (not shipped at the promotion) it is
    // not lost any more; an orphan it is no more (the deposed lineage's copies are skipped).
    const std::uint32_t staleEpoch = stale.epoch;
    if (stale.clientAcked && stale.lostCounted && !stale.lwwLost) {
        --(stale.lostAsDiscarded ? m_writes.lostDiscarded : m_writes.lostNotShipped);
        const int population = populationOfKey(stale.key);
        m_incidents.noteWriteRecovered(population, stale.origin);
    }
    forEachCopy(g, staleIndex, stale.writeId, [staleEpoch](LogEntry &copy) {
        if (copy.staleEpoch == 0 && copy.epoch == staleEpoch)
            copy.resurrected = true;
    });
    if (m_config.data.recordHistory)
        m_history.commits.push_back(History::Commit{e.writeId, index, now(), e.epoch,
                                                    static_cast<std::int8_t>(g), e.origin, e.staleEpoch});
    // Applied now, or (a synchronous primary) with the writes it waits for replicas to confirm.
    advanceApply(region, now());
    if (!waitsForReplicasNow(region, g) && log.applied + 1 == index) {
        applyEntry(region, log.at(index), g, index);
        log.applied = index;
    }
}

void Simulation::copyStoredState(std::size_t region, std::size_t from)
{
    RegionData &d = m_data[region];
    const RegionData &source = m_data[from];
    d.values = source.values;
    d.clocks = source.clocks;
    d.fields = source.fields;
    d.orset = source.orset;
}

void Simulation::cloneFrom(std::size_t region, std::size_t from, std::size_t g)
{
    RegionData &d = m_data[region];
    ReplicaLog &log = d.logs[g];
    const ReplicaLog &theirs = m_data[from].logs[g];
    advanceApply(from, now());
    noteClone(region, from);
    if (d.detached[g]) {
        ++m_writes.copiesReseeded;
        this->log(SimEventType::CopyReseeded, static_cast<int>(region), static_cast<int>(from));
    }
    const std::uint32_t epoch = log.epoch;
    copyStoredState(region, from);
    log.rebase(theirs.base());
    log.applied = theirs.base();
    log.epoch = epoch;
    d.applyQueue.clear();
    d.applierBusyUntil = static_cast<double>(now());
    // Entries the sender has applied beyond its base are already in the cloned state: all of them
    // enter the log as applied, also those past the batch that brought it here (were they left to
    // a later batch, they would be applied a second time: a counter would count them twice).
    for (std::uint64_t i = theirs.base() + 1; i <= theirs.applied; ++i) {
        log.append(theirs.at(i));
        log.applied = i;
    }
}

void Simulation::receiveEntries(std::size_t region, std::size_t from, std::size_t g, std::uint64_t through)
{
    RegionData &d = m_data[region];
    ReplicaLog &mine = d.logs[g];
    const ReplicaLog &theirs = m_data[from].logs[g];
    if (theirs.epoch >= mine.epoch && d.promisedEpoch[g] > theirs.epoch && now() < d.promiseUntil[g]) {
        // This region voted for a new primary: it stops following the current one until the
        // promise lapses. The refusal tells the sender where to resume.
        sendReplicationAck(region, from, g, true);
        return;
    }
    if (theirs.epoch < mine.epoch) {
        receiveStaleEpoch(region, from, g, through); // a deposed primary still ships its old epoch
        return;
    }
    m_lastHeardPrimary[region] = now();
    if (theirs.epoch > mine.epoch)
        adoptEpoch(region, g, from);
    ReplicaLog &log = d.logs[g];
    if (log.end() < theirs.base())
        cloneFrom(region, from, g); // too far behind (or empty after a destroy, or detached)
    const std::uint64_t upTo = std::min(through, theirs.end());
    for (std::uint64_t i = log.end() + 1; i <= upTo; ++i) {
        log.append(theirs.at(i));
        d.applierBusyUntil =
            std::max(d.applierBusyUntil, static_cast<double>(now())) + 1e6 / m_config.data.applyRate;
        d.applyQueue.push_back(
            ApplyItem{static_cast<SimTime>(d.applierBusyUntil), i, static_cast<std::int8_t>(g)});
    }
    d.believedPrimary[g] = static_cast<std::int8_t>(from);
    // It holds the sender's lineage without a gap again: attached.
    d.detached[g] = 0;
    d.unseenDropped[g] = 0;
    d.unseenCommits[g] = {kNever, 0};
    // Confirm durable receipt (synchronous modes wait for this; async uses it for flow control).
    sendReplicationAck(region, from, g, false);
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
    std::uint64_t discarded = dropCompactedOrphans(region, g, m_writes.lostDiscarded);
    if (wasPrimary && common < log.end())
        rejoinOrphans(region, g, common);
    if (common < log.end()) {
        // Entries past the fork: orphans of a deposed primary, or replicated entries that the new
        // lineage does not have. The acknowledged orphans are discarded (counted lost) here.
        for (std::uint64_t i = std::max(common, log.base()) + 1; i <= log.end(); ++i) {
            LogEntry &e = log.at(i);
            if (wasPrimary && e.origin == static_cast<std::int8_t>(region) && e.orphan && e.clientAcked &&
                !e.lwwLost && !e.lostCounted && !e.resurrected) {
                ++m_writes.lostDiscarded;
                ++discarded;
                noteLostWrite(e.commitTime, e.key, static_cast<int>(region));
            }
        }
        const bool appliedPastFork = log.applied > common;
        log.truncateAfter(common);
        if (appliedPastFork) {
            // Its state includes writes the new lineage never had: rebuild from the new primary.
            advanceApply(from, now());
            noteClone(region, from);
            if (d.detached[g]) {
                ++m_writes.copiesReseeded;
                this->log(SimEventType::CopyReseeded, static_cast<int>(region), static_cast<int>(from));
            }
            copyStoredState(region, from);
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
    const bool refused = (data & wire::kAckRefused) != 0;
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
    if (syncAll()) {
        GroupState &group = m_groups[g];
        const std::uint32_t bit = 1u << replica;
        // A copy outside the set rejoins, with the controller's consent, once it keeps up: the
        // oldest write it has not confirmed is younger than half the lag timeout (the other half
        // is the margin before it would be dropped again). Under load the acknowledged frontier
        // runs ahead of a farther copy by a round trip, so it rejoins catching up: writes wait
        // for it from now on, and it becomes promotable once it confirms that frontier too.
        const std::uint64_t confirmed = d.acked[slot];
        const bool keepsUp = !log.contains(confirmed + 1) ||
                             log.at(confirmed + 1).commitTime >= now() - m_config.data.syncLagTimeout / 2;
        if (!(group.syncSet & bit) && group.primary == static_cast<int>(sender) &&
            epoch == (log.epoch & 0xffff) && holdsData(replica) && keepsUp && controllerConsents(sender)) {
            group.syncSet |= bit;
            group.syncCatchingUp |= bit;
            group.blockedOn &= ~bit;
            this->log(SimEventType::SyncMemberRejoined, static_cast<int>(sender), static_cast<int>(replica));
        }
        if ((group.syncCatchingUp & bit) && confirmed >= d.syncAckedThrough[g])
            group.syncCatchingUp &= ~bit;
        releaseForSyncSet(sender, g);
        return;
    }
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
    // Leases belong to the single primary (the other topologies hold none).
    const bool leaseLapsed = m_config.data.topology == WriteTopology::SinglePrimary && !leaseValid(region);
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
            // Still the same client attempt waiting for this write (it may have timed out). A
            // primary whose lease has lapsed must assume it was replaced: it acknowledges nothing
            // more, also not the writes it committed while it held the lease (their clients time
            // out, unsure, as with any unanswered write).
            if (req.serial != 0 && req.writeId == e.writeId && !leaseLapsed) {
                if (syncAll() && degradedSyncSet(g))
                    ++m_writes.degradedAcks;
                respondFromData(id, region, now(), ResponseOutcome::Ok);
            }
        }
    }
    d.syncAckedThrough[g] = std::max(d.syncAckedThrough[g], through);
}

void Simulation::releaseWritesNoLongerWaiting()
{
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        RegionData &d = m_data[r];
        if (!m_regions[r].up)
            continue;
        for (std::size_t g = 0; g < d.logs.size(); ++g) {
            if (d.believedPrimary[g] == static_cast<std::int8_t>(r) && !waitsForReplicasNow(r, g) &&
                d.syncAckedThrough[g] < d.logs[g].end())
                releaseSyncWrites(r, g, d.logs[g].end());
        }
    }
}

void Simulation::releaseForSyncSet(std::size_t region, std::size_t g)
{
    // Everything every member of the sync set has confirmed.
    const RegionData &d = m_data[region];
    const std::uint32_t set = m_groups[g].syncSet;
    std::uint64_t through = d.logs[g].end();
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (set & (1u << r))
            through = std::min(through, d.acked[g * m_regions.size() + r]);
    releaseSyncWrites(region, g, through);
}

bool Simulation::controllerConsents(std::size_t primary) const
{
    // The controller records the sync set (Patroni keeps it in its consensus store): it agrees to
    // a change only while it is up, can reach the primary, and takes it for the primary. An
    // isolated primary therefore cannot shrink its own set and acknowledge alone. (The exchange
    // is taken as instant: a round trip against timeouts of seconds.)
    if (!controllerAlive() || m_controllerPrimary != static_cast<int>(primary))
        return false;
    const auto c = static_cast<std::size_t>(m_config.failover.controlRegion);
    return c == primary || (!m_network.isCut(primary, c) && !m_network.isCut(c, primary));
}

void Simulation::onSyncLagCheck(std::size_t region, std::uint64_t data)
{
    const auto g = static_cast<std::size_t>(data & 31);
    const std::uint64_t index = data >> 5;
    RegionData &d = m_data[region];
    GroupState &group = m_groups[g];
    if (!m_regions[region].up || d.believedPrimary[g] != static_cast<std::int8_t>(region) ||
        group.primary != static_cast<int>(region) || d.syncAckedThrough[g] >= index)
        return;
    // Members that have not confirmed this write within the lag timeout.
    std::uint32_t lagging = 0;
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if ((group.syncSet & (1u << r)) && d.acked[g * m_regions.size() + r] < index)
            lagging |= 1u << r;
    if (lagging == 0)
        return;
    const int remaining = std::popcount(group.syncSet & ~lagging);
    if (remaining >= m_config.data.minSyncReplicas && controllerConsents(region)) {
        group.syncSet &= ~lagging;
        group.syncCatchingUp &= ~lagging;
        ++m_writes.syncSetShrinks;
        for (std::size_t r = 0; r < m_regions.size(); ++r)
            if (lagging & (1u << r))
                this->log(SimEventType::SyncMemberRemoved, static_cast<int>(region), static_cast<int>(r));
        releaseForSyncSet(region, g);
        return;
    }
    // The set may not shrink (too few members would remain, or no consent): writes wait.
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const std::uint32_t bit = 1u << r;
        if ((lagging & bit) && !(group.blockedOn & bit)) {
            group.blockedOn |= bit;
            this->log(SimEventType::SyncWritesBlocked, static_cast<int>(region), static_cast<int>(r));
        }
    }
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
            else if (m_data[r].detached[g] && source.size() > 0 && received < source.base())
                // What it lacks is no longer in the log: at least as old as the oldest entry kept.
                lag.receiveLag = std::max(lag.receiveLag, now() - source.at(source.base() + 1).commitTime);
        }
        const std::uint64_t applied = std::min(effectiveApplied(r, g), received);
        if (source.end() > applied && source.contains(applied + 1))
            lag.applyLag = std::max(lag.applyLag, now() - source.at(applied + 1).commitTime);
    }
    lag.applyLag = std::max(lag.applyLag, lag.receiveLag);
    return lag;
}

void Simulation::detachLaggards(std::size_t g, std::size_t p)
{
    // The authoritative log keeps at most data.max_log_retention entries for a copy that lags: one
    // that has not received them (cut off, crashed) or still follows an older epoch (a deposed
    // primary that has yet to roll back). Past that the copy is detached: the log stops waiting for
    // it and it is re-seeded from a snapshot of its source's state when it is back (PostgreSQL
    // invalidates the slot past max_slot_wal_keep_size; Kafka's retention deletes what a consumer
    // has not read). Several groups share one region's state, which one snapshot cannot re-seed
    // group by group: only a single primary is bounded so.
    const ReplicaLog &primaryLog = m_data[p].logs[g];
    const std::uint64_t retention = m_config.data.maxLogRetention;
    if (m_config.data.topology != WriteTopology::SinglePrimary || primaryLog.size() <= retention)
        return;
    const std::uint64_t keepFrom = primaryLog.end() - retention;
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        if (r == p || !holdsData(r) || m_data[r].detached[g])
            continue;
        const ReplicaLog &log = m_data[r].logs[g];
        if (log.epoch == primaryLog.epoch && lineageEnd(r, g) >= keepFrom)
            continue; // received (a slow applier is waited for: its backlog is its own)
        if (syncAll() && (m_groups[g].syncSet & (1u << r)))
            continue; // writes wait for a sync set member: it holds every acknowledged one
        m_data[r].detached[g] = 1;
        m_data[r].unseenDropped[g] = 0;
        m_data[r].unseenCommits[g] = {kNever, 0};
        ++m_writes.copiesDetached;
        this->log(SimEventType::CopyDetached, static_cast<int>(p), static_cast<int>(r), -1,
                  static_cast<double>(primaryLog.end() - std::min(primaryLog.end(), lineageEnd(r, g))));
    }
}

void Simulation::compactOrphans(std::size_t g)
{
    // A deposed primary that goes on taking writes (split-brain without fencing or leases) keeps
    // them in its own log until it rejoins the new lineage. With the discard policy that rejoin
    // needs only how many were acknowledged: past data.max_log_retention the oldest (applied and
    // answered) are kept as that count. The other policies replay them, and keep every one.
    if (m_config.failover.rejoin != RejoinPolicy::Discard ||
        m_config.data.topology != WriteTopology::SinglePrimary)
        return;
    const std::uint64_t retention = m_config.data.maxLogRetention;
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        RegionData &d = m_data[r];
        ReplicaLog &log = d.logs[g];
        if (!holdsData(r) || log.epoch >= m_groups[g].epoch ||
            d.believedPrimary[g] != static_cast<std::int8_t>(r) || log.size() <= retention)
            continue;
        std::uint64_t cut = std::min(log.end() - retention, log.applied);
        for (std::uint64_t i = log.base() + 1; i <= cut; ++i) {
            const LogEntry &e = log.at(i);
            if (!e.resolved) {
                cut = i - 1;
                break;
            }
            if (e.origin == static_cast<std::int8_t>(r) && e.orphan && e.clientAcked && !e.lwwLost &&
                !e.lostCounted && !e.resurrected) {
                ++d.compactedOrphans[g];
                auto &[first, last] = d.compactedOrphanCommits[g];
                first = std::min(first, e.commitTime);
                last = std::max(last, e.commitTime);
            }
        }
        if (cut > log.base())
            m_writes.logEntriesDropped += cut - log.base();
        log.discardThrough(cut);
    }
}

std::uint64_t Simulation::dropCompactedOrphans(std::size_t region, std::size_t g, std::uint64_t &lostCounter)
{
    // The compacted orphans' fate is decided: they are gone with the rest of the deposed lineage.
    RegionData &d = m_data[region];
    const std::uint64_t n = d.compactedOrphans[g];
    const auto [first, last] = d.compactedOrphanCommits[g];
    lostCounter += n;
    // Compacted to a count: the writers are no longer known (no population's data harm).
    for (std::uint64_t i = 0; i < n; ++i)
        noteLostWrite(i == 0 ? first : last, -1, static_cast<int>(region));
    d.compactedOrphans[g] = 0;
    d.compactedOrphanCommits[g] = {kNever, 0};
    return n;
}

void Simulation::truncateLogs()
{
    const std::size_t nr = m_regions.size();
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        compactOrphans(g);
        const int p = authoritativeCopy(g);
        if (p < 0)
            continue;
        ReplicaLog &primaryLog = m_data[static_cast<std::size_t>(p)].logs[g];
        // Keep everything while the authoritative copy lags the group's epoch (the primary's
        // storage was destroyed and rebuilt from a deposed copy): its orphans are counted orphaned
        // from the deposed primary's log and would vanish from the accounting if truncated.
        if (primaryLog.epoch != m_groups[g].epoch)
            continue;
        detachLaggards(g, static_cast<std::size_t>(p));
        std::uint64_t cutoff = primaryLog.applied;
        bool sameEpoch = true;
        bool anyDetached = false;
        for (std::size_t r = 0; r < nr; ++r) {
            if (!holdsData(r))
                continue;
            if (m_data[r].detached[g]) {
                anyDetached = true;
                continue;
            }
            sameEpoch = sameEpoch && m_data[r].logs[g].epoch == primaryLog.epoch;
            cutoff = std::min(cutoff, m_data[r].logs[g].applied);
        }
        // A deposed copy has yet to roll back: keep everything it may need.
        if (!sameEpoch)
            continue;
        // Keep entries whose client has not heard the outcome yet.
        for (std::uint64_t i = primaryLog.base() + 1; i <= cutoff; ++i) {
            if (!primaryLog.at(i).resolved) {
                cutoff = i - 1;
                break;
            }
        }
        // What leaves the authoritative copy is counted durable from now on (every attached copy
        // has it). A detached copy that never received it counts it among its unseen writes.
        for (std::uint64_t i = primaryLog.base() + 1; i <= cutoff; ++i) {
            const LogEntry &e = primaryLog.at(i);
            const bool counted = e.clientAcked && !e.lwwLost && !e.lostCounted && !e.resurrected &&
                                 !(e.orphan && e.origin != p);
            if (counted)
                ++m_durableTruncated[g];
            if (counted && e.staleEpoch != 0)
                ++m_resurrectedTruncated;
            if (!anyDetached)
                continue;
            bool unseen = false;
            for (std::size_t r = 0; r < nr; ++r) {
                RegionData &copy = m_data[r];
                if (!holdsData(r) || !copy.detached[g] || lineageEnd(r, g) >= i)
                    continue;
                unseen = true;
                if (counted) {
                    ++copy.unseenDropped[g];
                    copy.unseenCommits[g].first = std::min(copy.unseenCommits[g].first, e.commitTime);
                    copy.unseenCommits[g].second = std::max(copy.unseenCommits[g].second, e.commitTime);
                }
            }
            m_writes.logEntriesDropped += unseen ? 1 : 0;
        }
        // A detached copy drops them too where it holds them (what it shares of this lineage): were
        // it promoted or made the source of truth, it must not count them a second time.
        for (std::size_t r = 0; r < nr; ++r)
            if (holdsData(r))
                m_data[r].logs[g].discardThrough(
                    std::min({cutoff, m_data[r].logs[g].applied, lineageEnd(r, g)}));
    }
}

void Simulation::takeDetachedAsSource(std::size_t g, std::size_t x)
{
    // A detached copy becomes the group's source of truth (promoted, or the last copy left): the
    // acknowledged writes dropped from the log that it never received are lost now. Another
    // detached copy lacked those too; what it still lacks is what x has and it has not.
    RegionData &d = m_data[x];
    if (!d.detached[g])
        return;
    const std::uint64_t lost = d.unseenDropped[g];
    const auto [first, last] = d.unseenCommits[g];
    m_writes.lostNotShipped += lost;
    for (std::uint64_t i = 0; i < lost; ++i)
        noteLostWrite(i == 0 ? first : last, -1, -1); // dropped from the log: writers no longer known
    m_durableTruncated[g] -= std::min(m_durableTruncated[g], lost);
    for (RegionData &other : m_data) {
        if (&other == &d || !other.detached[g])
            continue;
        other.unseenDropped[g] -= std::min(other.unseenDropped[g], lost);
        other.unseenCommits[g].second = std::min(other.unseenCommits[g].second, first);
    }
    d.detached[g] = 0;
    d.unseenDropped[g] = 0;
    d.unseenCommits[g] = {kNever, 0};
}

} // namespace fl
