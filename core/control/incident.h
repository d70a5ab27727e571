#pragma once

#include "engine/simtime.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace fl {

// What one incident did to one population, counted from the fault until the incident closed.
struct PopulationHarm
{
    std::uint64_t failedRequests = 0; // service harm: requests that failed for good
    std::uint64_t lostWrites = 0;     // data harm: its acknowledged writes lost to this incident
    std::uint64_t staleReads = 0;     // read harm: reads that missed an acknowledged write
    friend bool operator==(const PopulationHarm &, const PopulationHarm &) = default;
};

// One outage, from the fault to the users' recovery (its RTO) and on to the heal, when every fault
// is repaired and the writes the outage stranded have met their fate (discarded, or kept): a
// split-brain's losses come at the heal, long after the users were served again.
struct Incident
{
    std::uint32_t id = 0;
    std::int32_t region = -1;       // the region the fault hit
    std::uint32_t faultCommand = 0; // CommandType that opened it
    SimTime failure = 0;
    SimTime detected = kNever;  // the controller's k-th failed probe
    SimTime promoted = kNever;  // a new primary serves writes
    SimTime rerouted = kNever;  // routing points at the new primary
    SimTime recovered = kNever; // end of the first interval in which every service-harmed population
                                // had >= 99 % of its requests succeed again
    SimTime healed = kNever;    // the command that repaired the last fault still failing
    SimTime closed = kNever;    // the heal, once no write awaits its fate (orphans discarded or kept)
    std::uint32_t affectedPopulations = 0; // service harm, bit mask: below 99 % success in an interval
    // RPO: acknowledged writes lost to this incident, and the span of their commit times.
    std::uint64_t lostWrites = 0;
    SimTime lostFirstCommit = kNever;
    SimTime lostLastCommit = 0;
    // Writes orphaned and keys divergent when the users recovered, and again at the heal (the
    // orphans a deposed primary holds at the heal are the writes its rejoin will discard).
    std::uint64_t orphanedAtRecovery = 0;
    std::uint64_t divergentKeysAtRecovery = 0;
    std::uint64_t orphanedAtHeal = 0;
    std::uint64_t divergentKeysAtHeal = 0;
    // What a reader needs to explain the RPO: the region promoted, and how far behind it was at
    // the moment of failure (receive lag and entries not yet received), and the acknowledged write
    // rate just before the fault.
    std::int32_t promotedRegion = -1;
    SimTime promotedReceiveLagAtFailure = 0;
    std::uint64_t promotedEntriesBehindAtFailure = 0;
    double ackedWritesPerSecondBefore = 0;
    // While it was open: attempts clients sent to a region that was down because a DNS answer
    // held in a cache still named it; writes a primary acknowledged after its lease had lapsed
    // (leases on), and writes acknowledged by a primary a promotion had already replaced.
    std::uint64_t pinnedAttemptsToDownRegion = 0;
    std::uint64_t ackedAfterLeaseLapsed = 0;
    std::uint64_t ackedByDeposedPrimary = 0;
    // Per population (index as configured).
    std::vector<PopulationHarm> harm;
    bool rpoMet = true;
    bool rtoMet = true;

    // Open until the heal; the users' outage (RTO) may have ended long before.
    bool open() const { return closed == kNever; }
    bool serviceRecovered() const { return recovered != kNever; }
    SimTime rto() const { return recovered == kNever ? kNever : recovered - failure; }
    SimTime rpoSpan() const { return lostWrites == 0 ? 0 : lostLastCommit - lostFirstCommit; }
    // The recovery point as time: how far back before the failure lost data reaches (for a crash,
    // about the promoted replica's lag), or the span of the lost writes if longer (orphans
    // discarded after a split-brain were written after the failure).
    SimTime rpo() const { return lostWrites == 0 ? 0 : std::max(rpoSpan(), failure - lostFirstCommit); }
    // Bit masks by kind of harm (a population can be harmed in several ways, or only in its data).
    std::uint32_t dataHarmedPopulations() const { return maskOf(&PopulationHarm::lostWrites); }
    std::uint32_t readHarmedPopulations() const { return maskOf(&PopulationHarm::staleReads); }
    friend bool operator==(const Incident &, const Incident &) = default;

private:
    std::uint32_t maskOf(std::uint64_t PopulationHarm::*field) const
    {
        std::uint32_t mask = 0;
        for (std::size_t p = 0; p < harm.size() && p < 32; ++p)
            if (harm[p].*field > 0)
                mask |= 1u << p;
        return mask;
    }
};

} // namespace fl
