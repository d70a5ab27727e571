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
    std::uint64_t lostOrOrphaned = 0;
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
};

AuditResult auditHistory(const History &history, const AuditOptions &options);

} // namespace fl
