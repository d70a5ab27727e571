#pragma once

#include "engine/simtime.h"

#include <algorithm>
#include <cstdint>

namespace fl {

// One outage, from the fault to the users' recovery, with the failover's phases in between.
struct Incident
{
    std::uint32_t id = 0;
    std::int32_t region = -1;       // the region the fault hit
    std::uint32_t faultCommand = 0; // CommandType that opened it
    SimTime failure = 0;
    SimTime detected = kNever;             // the controller's k-th failed probe
    SimTime promoted = kNever;             // a new primary serves writes
    SimTime rerouted = kNever;             // routing points at the new primary
    SimTime recovered = kNever;            // end of the first interval in which every affected population
                                           // had >= 99 % of its requests succeed again
    std::uint32_t affectedPopulations = 0; // bit mask
    // RPO: acknowledged writes lost to this incident, and the span of their commit times.
    std::uint64_t lostWrites = 0;
    SimTime lostFirstCommit = kNever;
    SimTime lostLastCommit = 0;
    // Counted when the users recovered (`recovered`), which is usually before the failed region
    // heals: writes orphaned and keys divergent at that moment. (The names, and the report's
    // "orphaned_at_heal", predate that choice; the report keeps its key.)
    std::uint64_t orphanedAtHeal = 0;
    std::uint64_t divergentKeysAtHeal = 0;
    bool rpoMet = true;
    bool rtoMet = true;

    bool open() const { return recovered == kNever; }
    SimTime rto() const { return recovered == kNever ? kNever : recovered - failure; }
    SimTime rpoSpan() const { return lostWrites == 0 ? 0 : lostLastCommit - lostFirstCommit; }
    // The recovery point as time: how far back before the failure lost data reaches (for a crash,
    // about the promoted replica's lag), or the span of the lost writes if longer (orphans
    // discarded after a split-brain were written after the failure).
    SimTime rpo() const { return lostWrites == 0 ? 0 : std::max(rpoSpan(), failure - lostFirstCommit); }
    friend bool operator==(const Incident &, const Incident &) = default;
};

} // namespace fl
