#include "audit.h"

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

namespace fl {
namespace {

// The surviving lineage of every group: a commit survives unless a later epoch forked the log
// below its index.
std::vector<bool> survivingWrites(const History &h)
{
    std::vector<bool> survives(h.writes.size() + 1, false);
    for (const History::Commit &c : h.commits) {
        bool kept = true;
        for (const History::Promotion &p : h.promotions)
            if (p.group == c.group && p.epoch > c.epoch && c.index > p.fork)
                kept = false;
        if (kept)
            survives[c.writeId] = true;
    }
    return survives;
}

SimTime ackOf(const History &h, std::uint64_t writeId)
{
    if (writeId == 0)
        return 0; // the initial value: as if written and acknowledged before the run
    const History::Write &w = h.writes[writeId - 1];
    return w.outcome == History::Outcome::Ok ? w.complete : std::numeric_limits<SimTime>::max();
}

// Brings per-region rows (of any kind) up to apply record `applies` by replaying the storage
// events recorded before it: a destroy wipes the region's row, a re-clone copies its source's.
// `next` is the first event not replayed yet.
template<class Row, class Wipe>
void replayStorageEvents(const History &h, std::size_t applies, std::size_t &next, std::vector<Row> &rows,
                         Wipe wipe)
{
    while (next < h.storage.size() && h.storage[next].appliesBefore <= applies) {
        const History::StorageEvent &ev = h.storage[next++];
        Row &mine = rows[static_cast<std::size_t>(ev.region)];
        if (ev.kind == History::StorageEvent::Kind::Destroyed)
            wipe(mine);
        else
            mine = rows[static_cast<std::size_t>(ev.source)];
    }
}

// Writes whose data still exists somewhere: applied at a region whose storage was not destroyed
// since (a re-clone copies the source's set).
std::vector<bool> storedSomewhere(const History &h, std::size_t regions)
{
    std::vector<std::vector<bool>> alive(regions, std::vector<bool>(h.writes.size() + 1, false));
    std::size_t next = 0;
    auto replayStorageUpTo = [&](std::size_t applies) {
        replayStorageEvents(h, applies, next, alive,
                            [](std::vector<bool> &row) { std::fill(row.begin(), row.end(), false); });
    };
    for (std::size_t i = 0; i < h.applies.size(); ++i) {
        replayStorageUpTo(i);
        alive[static_cast<std::size_t>(h.applies[i].region)][h.applies[i].writeId] = true;
    }
    replayStorageUpTo(h.applies.size());
    std::vector<bool> any(h.writes.size() + 1, false);
    for (const auto &mine : alive)
        for (std::size_t w = 0; w < mine.size(); ++w)
            if (mine[w])
                any[w] = true;
    return any;
}

// Replays each region's apply order with last-write-wins on (stamp, origin), on its own terms (not
// the model's code: the audit checks the model). A value that a region wrote itself and then
// replaced by a write that never saw it was dropped as a concurrent write; a local write that
// arrives behind a larger stamp was dropped although it came later (clock skew).
void replayLastWriteWins(const History &h, const AuditOptions &options, AuditResult &result,
                         std::vector<bool> &overwritten)
{
    // Per region: (key, field) -> current write; registers use field -1. A destroyed region's
    // state is emptied and a re-cloned one copies its source's, as the storage events say.
    std::vector<std::map<std::pair<std::uint32_t, int>, std::uint64_t>> current(options.regions);
    std::size_t nextEvent = 0;
    for (std::size_t i = 0; i < h.applies.size(); ++i) {
        replayStorageEvents(h, i, nextEvent, current, [](auto &row) { row.clear(); });
        const History::Apply &a = h.applies[i];
        const History::Write &w = h.writes[a.writeId - 1];
        if (w.op != WriteOp::Put && w.op != WriteOp::SetField)
            continue;
        const int field = w.op == WriteOp::SetField ? w.arg : -1;
        auto [it, fresh] = current[static_cast<std::size_t>(a.region)].try_emplace({w.key, field}, a.writeId);
        if (fresh)
            continue;
        const History::Write &v = h.writes[it->second - 1];
        // Equal stamps from one region: its log order is the order they were written in.
        const bool incomingWins = w.stamp > v.stamp || (w.stamp == v.stamp && w.origin >= v.origin);
        if (!incomingWins) {
            if (w.origin == a.region) {
                ++result.lwwSkewDrops;
                overwritten[a.writeId] = true;
                result.droppedWrites.push_back(a.writeId);
            }
            continue;
        }
        const auto vOrigin = static_cast<std::size_t>(v.origin);
        if (v.origin == a.region && w.origin != a.region && w.clock[vOrigin] < v.clock[vOrigin]) {
            ++result.lwwConcurrentDrops;
            overwritten[it->second] = true;
            result.droppedWrites.push_back(it->second);
        }
        it->second = a.writeId;
    }
}

// Single primary and ownership: replays each region's applies (a write's value replaces the key's;
// a destroy empties the region, a re-clone copies its source). Where a newer primary applied a
// re-logged write of an older epoch (no fencing) over a write of a newer epoch, that newer
// write's value is gone. At the end, what the replay leaves must be what is stored.
void replayStoredValues(const History &h, const AuditOptions &options, AuditResult &result,
                        std::vector<bool> &overwritten)
{
    const std::size_t writes = h.writes.size() + 1;
    std::vector<std::uint32_t> epochOf(writes, 0); // the epoch each write was first committed in
    std::vector<int> reLoggedAt(writes, -1);
    for (const History::Commit &c : h.commits) {
        if (c.staleEpoch != 0) {
            epochOf[c.writeId] = c.staleEpoch;
            reLoggedAt[c.writeId] = c.origin;
        } else if (reLoggedAt[c.writeId] < 0) {
            epochOf[c.writeId] = c.epoch;
        }
    }
    std::uint32_t keys = 0;
    for (const History::Write &w : h.writes)
        keys = std::max(keys, w.key + 1);
    for (const auto &row : options.storedWriteIds)
        keys = std::max(keys, static_cast<std::uint32_t>(row.size()));
    std::vector<std::vector<std::uint64_t>> current(options.regions, std::vector<std::uint64_t>(keys, 0));
    std::size_t nextEvent = 0;
    auto replayStorageUpTo = [&](std::size_t applies) {
        replayStorageEvents(h, applies, nextEvent, current,
                            [](std::vector<std::uint64_t> &row) { std::fill(row.begin(), row.end(), 0); });
    };
    for (std::size_t i = 0; i < h.applies.size(); ++i) {
        replayStorageUpTo(i);
        const History::Apply &a = h.applies[i];
        const History::Write &w = h.writes[a.writeId - 1];
        if (w.op == WriteOp::SetAdd || w.op == WriteOp::SetRemove)
            continue; // tags, not a stored write id
        std::uint64_t &slot = current[static_cast<std::size_t>(a.region)][w.key];
        if (w.op == WriteOp::Put && reLoggedAt[a.writeId] == a.region && slot != 0 &&
            h.writes[slot - 1].op == WriteOp::Put && epochOf[slot] > epochOf[a.writeId])
            overwritten[slot] = true;
        slot = a.writeId;
    }
    replayStorageUpTo(h.applies.size());
    for (std::size_t r = 0; r < options.storedWriteIds.size() && r < current.size(); ++r) {
        const auto &stored = options.storedWriteIds[r];
        for (std::size_t k = 0; k < stored.size(); ++k)
            if (stored[k] != current[r][k])
                ++result.storedMismatches;
    }
}

// A read is stale when it returned a write acknowledged before the newest write (by invocation)
// that had completed before the read began.
void judgeReads(const History &h, AuditResult &result)
{
    // Per key: acknowledged writes by completion time, with the running maximum invocation.
    std::map<std::uint32_t, std::vector<std::pair<SimTime, SimTime>>> acked; // key -> (complete, invoke)
    for (const History::Write &w : h.writes)
        if (w.outcome == History::Outcome::Ok)
            acked[w.key].emplace_back(w.complete, w.invoke);
    for (auto &[key, list] : acked) {
        std::sort(list.begin(), list.end());
        SimTime running = std::numeric_limits<SimTime>::min();
        for (auto &entry : list) {
            running = std::max(running, entry.second);
            entry.second = running;
        }
    }
    for (const History::Read &r : h.reads) {
        ++result.reads;
        const auto it = acked.find(r.key);
        if (it == acked.end())
            continue;
        // Writes completed strictly before the read began.
        const auto &list = it->second;
        const auto pos = std::lower_bound(list.begin(), list.end(),
                                          std::make_pair(r.invoke, std::numeric_limits<SimTime>::min()));
        if (pos == list.begin())
            continue;
        const SimTime latestInvoke = std::prev(pos)->second;
        if (ackOf(h, r.returned) < latestInvoke)
            ++result.staleReads;
    }
}

} // namespace

AuditResult auditHistory(const History &h, const AuditOptions &options)
{
    AuditResult result;
    std::vector<bool> survives = survivingWrites(h);
    if (!h.storage.empty()) {
        const std::vector<bool> stored = storedSomewhere(h, options.regions);
        for (std::size_t w = 0; w < survives.size(); ++w)
            survives[w] = survives[w] && stored[w];
    }
    std::vector<bool> overwritten(h.writes.size() + 1, false);

    if (options.lastWriteWinsAcrossRegions)
        replayLastWriteWins(h, options, result, overwritten);
    else
        replayStoredValues(h, options, result, overwritten);

    for (const History::Write &w : h.writes) {
        if (w.outcome != History::Outcome::Ok)
            continue;
        ++result.acknowledged;
        if (!survives[w.writeId] || overwritten[w.writeId])
            ++result.lostOrOrphaned;
    }

    if (options.judgeReads)
        judgeReads(h, result);
    return result;
}

} // namespace fl
