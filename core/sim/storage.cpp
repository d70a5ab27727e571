// Each region's stored data: applying the log in order under the conflict policies, what
// last-write-wins drops, and losing and recloning a region's copy. Part of fl::Simulation (simulation.h).
#include "data/lastwritewins.h"
#include "simulation.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <tuple>

namespace fl {
namespace {

// The incoming write as the slot it would have become (to count it when last-write-wins drops it).
KeySlot asSlot(const LogEntry &e, std::uint64_t index, std::uint32_t dot, std::size_t group)
{
    return KeySlot{e.writeId, e.invokeTime, e.ackTime,
                   e.stamp,   index,        0,
                   dot,       e.origin,     static_cast<std::int8_t>(group)};
}

} // namespace

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
        if (!settleLastWriteWins(
                region, lww, asSlot(e, index, dot, g),
                KeySlot{f.writeId, 0, f.ackTime, f.stamp, f.index, 0, f.dot, f.origin, f.group}))
            break;
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
    if (!settleLastWriteWins(region, lww, asSlot(e, index, dot, g), slot))
        return;
    if (e.staleEpoch != 0 && local)
        noteOverwrittenByOlderEpoch(region, slot, e); // counted once, where it was re-logged
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

bool Simulation::settleLastWriteWins(std::size_t region, const LwwOutcome &lww, const KeySlot &incoming,
                                     const KeySlot &held)
{
    if (lww.dropsCausallyLater)
        markLostToLww(region, incoming, true);
    if (lww.keepsSlot)
        return false; // a remote loser is counted at its own origin
    if (lww.overwritesConcurrent)
        markLostToLww(region, held, false);
    return true;
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

void Simulation::noteOverwrittenByOlderEpoch(std::size_t region, const KeySlot &held,
                                             const LogEntry &incoming)
{
    if (held.writeId == 0 || held.group < 0)
        return; // the initial value
    const auto g = static_cast<std::size_t>(held.group);
    ReplicaLog &log = m_data[region].logs[g];
    if (log.contains(held.index) && log.at(held.index).writeId == held.writeId) {
        const LogEntry &w = log.at(held.index);
        const std::uint32_t heldEpoch = w.staleEpoch != 0 ? w.staleEpoch : w.epoch;
        if (w.op != WriteOp::Put || heldEpoch <= incoming.staleEpoch || w.lwwLost || w.lostCounted ||
            w.resurrected)
            return;
        const bool acked = w.clientAcked;
        forEachCopy(g, held.index, held.writeId, [](LogEntry &copy) {
            copy.lwwLost = true;
            copy.olderEpochLost = true;
        });
        if (acked) {
            ++m_writes.lostOlderEpoch;
            noteLostWrite(w.commitTime, w.key, w.origin);
        }
        return;
    }
    // Truncated from the log (so counted durable): newer if the lineage of an epoch after the
    // incoming write's had already forked off below it.
    std::uint64_t fork = std::numeric_limits<std::uint64_t>::max();
    for (const auto &f : m_groups[g].forks)
        if (f.first > incoming.staleEpoch)
            fork = std::min(fork, f.second);
    if (held.index <= fork || held.ackTime == kNever || held.ackTime <= 0)
        return;
    ++m_writes.lostOlderEpoch;
    noteLostWrite(held.invokeTime, incoming.key, held.origin);
    std::uint64_t &truncated = m_durableTruncated[g];
    if (truncated > 0)
        --truncated;
}

int Simulation::authoritativeCopy(std::size_t g) const
{
    // The group's primary; if its data is gone, the copy a promotion would start from.
    const int p = m_groups[g].primary;
    if (p >= 0 && holdsData(static_cast<std::size_t>(p)))
        return p;
    // A detached copy only when no other is left (destroyData made it the source of truth then).
    int best = -1;
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        if (!holdsData(r))
            continue;
        if (best < 0) {
            best = static_cast<int>(r);
            continue;
        }
        const auto b = static_cast<std::size_t>(best);
        const bool attached = !m_data[r].detached[g], bestAttached = !m_data[b].detached[g];
        if (attached != bestAttached ? attached : lineageEnd(r, g) > lineageEnd(b, g))
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
        // Another copy holds an entry of this log only where both follow the same lineage: past
        // this copy's fork (a deposed primary's orphans) another copy's index holds another write.
        const std::uint64_t shared = lineageEnd(region, g);
        std::uint64_t elsewhere = 0;
        for (std::size_t r = 0; r < m_regions.size(); ++r)
            if (r != region && holdsData(r))
                elsewhere = std::max(elsewhere, std::min(lineageEnd(r, g), shared));
        // Batches that outlived the crash are still on their way with their own copies: if one
        // does not get through, its writes are counted then (batchLostOnTheWay). A batch carries
        // only its own range [first, through]: entries between batches (their batch already
        // arrived at a region that was down, say) are on no wire and lost now.
        auto onTheWire = [&](std::uint64_t i) {
            for (std::size_t to = 0; to < m_regions.size(); ++to)
                for (const wire::BatchOnWire &b : m_batchesOnWire[wireStream(region, g, to)])
                    if (b.outlivedSender && !b.entries.empty() && b.first <= i &&
                        i <= std::min(b.through, shared))
                        return true;
            return false;
        };
        for (std::uint64_t i = std::max(elsewhere, log.base()) + 1; i <= log.end(); ++i) {
            if (onTheWire(i))
                continue;
            LogEntry &e = log.at(i);
            if (e.clientAcked && !e.lostCounted && !e.lwwLost && !e.resurrected &&
                !(e.orphan && e.origin != static_cast<std::int8_t>(region))) {
                ++m_writes.lostNotShipped;
                noteLostWrite(e.commitTime, e.key, static_cast<int>(region));
                // Copies outside the lineage (a follower of the deposed primary, a batch it sent)
                // must not count it again.
                forEachCopy(g, i, e.writeId, [](LogEntry &copy) { copy.lostCounted = true; });
            }
            e.lostCounted = true;
        }
        const std::uint32_t epoch = log.epoch;
        log.rebase(0);
        log.applied = 0;
        log.epoch = epoch;
    }
    // Where this was the last copy of a group, even what every copy had is gone. Where only
    // detached copies are left, the best of them is the source of truth from now on: what was
    // dropped from the log before it received it is gone.
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        bool another = false;
        int detached = -1;
        for (std::size_t r = 0; r < m_regions.size(); ++r) {
            if (r == region || !holdsData(r))
                continue;
            if (!m_data[r].detached[g])
                another = true;
            else if (detached < 0 || lineageEnd(r, g) > lineageEnd(static_cast<std::size_t>(detached), g))
                detached = static_cast<int>(r);
        }
        d.detached[g] = 0;
        d.unseenDropped[g] = 0;
        d.unseenCommits[g] = {kNever, 0};
        dropCompactedOrphans(region, g, m_writes.lostNotShipped);
        if (!another && detached >= 0) {
            takeDetachedAsSource(g, static_cast<std::size_t>(detached));
        } else if (!another) {
            m_writes.lostNotShipped += m_durableTruncated[g];
            for (std::uint64_t i = 0; i < m_durableTruncated[g]; ++i)
                noteLostWrite(now(), -1,
                              static_cast<int>(region)); // truncated: its writers are no longer known
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
    std::tuple<std::uint64_t, std::uint64_t, std::uint64_t> bestScore{0, 0, 0};
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        if (r == region || !holdsData(r))
            continue;
        // A copy still attached to the log first (a detached one is itself waiting for a re-seed).
        std::tuple<std::uint64_t, std::uint64_t, std::uint64_t> score{0, 0, 0};
        for (std::size_t g = 0; g < m_groups.size(); ++g) {
            std::get<0>(score) += m_data[r].detached[g] ? 0 : 1;
            std::get<2>(score) += m_data[r].logs[g].end();
            if (m_groups[g].primary == static_cast<int>(region))
                std::get<1>(score) += m_data[r].logs[g].end();
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
    copyStoredState(region, source);
    RegionData &d = m_data[region];
    const RegionData &s = m_data[source];
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
        // A copy of a detached copy lacks what that one lacks.
        d.detached[g] = s.detached[g];
        d.unseenDropped[g] = s.unseenDropped[g];
        d.unseenCommits[g] = s.unseenCommits[g];
        // The source's compacted orphans stay counted with it (their origin), as its logged ones do.
        d.compactedOrphans[g] = 0;
        d.compactedOrphanCommits[g] = {kNever, 0};
    }
}

} // namespace fl
