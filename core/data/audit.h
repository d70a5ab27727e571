#pragma once

#include "history.h"

#include <cstdint>
#include <vector>

namespace fl {

// Figures recomputed from a recorded history alone, by code that shares nothing with the
// simulation's counters. Tests require them to equal the metrics exactly.
struct AuditResult
{
    std::uint64_t acknowledged = 0;
    // Acknowledged writes that are not in the final authoritative state: not in the surviving
    // lineage of their group (lost at a promotion, discarded at a rejoin, or still orphaned), or
    // overwritten by last-write-wins.
    // ... or replaced in the surviving lineage by a write of an older epoch that a newer primary
    // applied without fencing.
    std::uint64_t lostOrOrphaned = 0;
    // Keys whose stored write (AuditOptions::storedWriteIds) is not the one the recorded applies
    // leave there: storage changed without an apply record, or an apply record is untrue.
    std::uint64_t storedMismatches = 0;
    std::uint64_t lwwConcurrentDrops = 0;
    std::uint64_t lwwSkewDrops = 0;
    std::uint64_t staleReads = 0;
    std::uint64_t reads = 0;
    std::vector<std::uint64_t> droppedWrites; // the writes last-write-wins dropped, in apply order
};

struct AuditOptions
{
    std::size_t regions = 0;
    bool lastWriteWinsAcrossRegions = false; // multi-primary registers (and merged records'
                                             // fields): replay last-write-wins per region
    bool judgeReads = true;                  // registers only
    // Per region, the write id each key's stored value came from (as the simulation holds it at
    // the end), checked against a replay of the recorded applies; an empty row is not checked.
    // Not for multi-primary last-write-wins, where an apply may keep the stored value.
    std::vector<std::vector<std::uint64_t>> storedWriteIds;
};

AuditResult auditHistory(const History &history, const AuditOptions &options);

} // namespace fl
