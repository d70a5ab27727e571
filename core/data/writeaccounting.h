#pragma once

#include <cstdint>

namespace fl {

// The fate of every client write, counted. Each write is in exactly one of the first four states;
// each acknowledged write is in exactly one of the next four; `lost` is split by mechanism.
struct WriteAccounting
{
    // client-visible state
    std::uint64_t issued = 0;
    std::uint64_t failed = 0;        // the client saw a definite error: nothing was applied
    std::uint64_t indeterminate = 0; // timed out: it may or may not have been applied
    std::uint64_t acknowledged = 0;
    // fate of the acknowledged writes (computed by a scan of the logs at each tick)
    std::uint64_t durable = 0;         // on the authoritative copy and received by every other copy
    std::uint64_t pending = 0;         // on the authoritative copy, not yet on every copy
    std::uint64_t orphaned = 0;        // acknowledged by a deposed primary; fate decided at its rejoin
    std::uint64_t lostNotShipped = 0;  // the promoted replica never received it
    std::uint64_t lostOverwritten = 0; // dropped by last-write-wins
    std::uint64_t lostDiscarded = 0;   // discarded when its deposed primary rejoined
    // Replaced in the surviving lineage by a write of an older epoch that a deposed primary sent
    // after the failover and the new primary applied (no fencing): the newer write's value is gone.
    std::uint64_t lostOlderEpoch = 0;
    // Acknowledged writes of a deposed primary that a newer primary applied and re-logged (no
    // fencing): they live on in the surviving lineage. A subset of `durable`, shown apart.
    std::uint64_t resurrected = 0;
    // conflict resolution
    std::uint64_t lwwConcurrentDrops = 0; // concurrent writes LWW dropped (happens even without skew)
    std::uint64_t lwwSkewDrops = 0;       // causally later writes dropped because of clock skew
    std::uint64_t conflicts = 0;          // concurrent writes that needed resolution
    std::uint64_t reconciled = 0;         // orphans replayed onto the new primary at rejoin
    // reads, judged against ground truth (register policies)
    std::uint64_t reads = 0;
    std::uint64_t staleReads = 0;
    std::uint64_t readYourWritesViolations = 0;
    std::uint64_t monotonicReadViolations = 0;
    // replication events
    std::uint64_t syncFallbacks = 0;
    // sync-all: writes acknowledged while the sync set was smaller than the data copies, and how
    // often the set shrank (availability bought with durability: fewer copies hold each write)
    std::uint64_t degradedAcks = 0;
    std::uint64_t syncSetShrinks = 0;
    // data.max_log_retention: copies that fell so far behind that the authoritative log stopped
    // keeping entries for them (they are re-seeded from a snapshot at their next contact), the log
    // entries dropped that such a copy had not received, and the re-seeds done.
    std::uint64_t copiesDetached = 0;
    std::uint64_t logEntriesDropped = 0;
    std::uint64_t copiesReseeded = 0;
    // Acknowledgements a primary should not have given, counted when they reach the client: after
    // its lease had lapsed (leases on; a lease check at commit does not cover a write that waited
    // for its replicas past it), and after a promotion had replaced it (with or without leases:
    // a deposed primary that does not know it yet). Subsets of `acknowledged`.
    std::uint64_t ackedAfterLeaseLapsed = 0;
    std::uint64_t ackedByDeposedPrimary = 0;

    std::uint64_t inFlight() const { return issued - failed - indeterminate - acknowledged; }
    std::uint64_t lost() const { return lostNotShipped + lostOverwritten + lostDiscarded + lostOlderEpoch; }
    // The accounting identity: every acknowledged write has exactly one fate.
    bool balanced() const { return acknowledged == durable + pending + orphaned + lost(); }

    friend bool operator==(const WriteAccounting &, const WriteAccounting &) = default;
};

} // namespace fl
