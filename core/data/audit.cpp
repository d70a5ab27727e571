#include "audit.h"

#include <algorithm>
#include <limits>
#include <map>
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

} // namespace

AuditResult auditHistory(const History &h, const AuditOptions &options)
{
    AuditResult result;
    const std::vector<bool> survives = survivingWrites(h);
    std::vector<bool> overwritten(h.writes.size() + 1, false);

    if (options.lastWriteWinsAcrossRegions) {
        // Replay each region's apply order with last-write-wins on (stamp, origin). A value that a
        // region wrote itself and then replaced by a write that never saw it was dropped as a
        // concurrent write; a local write that arrives behind a larger stamp was dropped although
        // it came later (clock skew).
        std::map<std::pair<int, std::uint32_t>, std::uint64_t> current; // (region, key) -> write
        for (const History::Apply &a : h.applies) {
            const History::Write &w = h.writes[a.writeId - 1];
            if (w.op != WriteOp::Put)
                continue;
            auto [it, fresh] = current.try_emplace({a.region, w.key}, a.writeId);
            if (fresh)
                continue;
            const History::Write &v = h.writes[it->second - 1];
            const bool incomingWins = w.stamp > v.stamp || (w.stamp == v.stamp && w.origin > v.origin);
            if (!incomingWins) {
                if (w.origin == a.region) {
                    ++result.lwwSkewDrops;
                    overwritten[a.writeId] = true;
                }
                continue;
            }
            const auto vOrigin = static_cast<std::size_t>(v.origin);
            if (v.origin == a.region && w.origin != a.region && w.clock[vOrigin] < v.clock[vOrigin]) {
                ++result.lwwConcurrentDrops;
                overwritten[it->second] = true;
            }
            it->second = a.writeId;
        }
    }

    for (const History::Write &w : h.writes) {
        if (w.outcome != History::Outcome::Ok)
            continue;
        ++result.acknowledged;
        if (!survives[w.writeId] || overwritten[w.writeId])
            ++result.lostOrOrphaned;
    }

    if (options.judgeReads) {
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
            const auto pos = std::lower_bound(list.begin(), list.end(), std::make_pair(r.invoke, std::numeric_limits<SimTime>::min()));
            if (pos == list.begin())
                continue;
            const SimTime latestInvoke = std::prev(pos)->second;
            if (ackOf(h, r.returned) < latestInvoke)
                ++result.staleReads;
        }
    }
    return result;
}

} // namespace fl
