#pragma once

#include "keyvalue.h"
#include "replicalog.h"

#include <cstdint>
#include <deque>
#include <utility>
#include <vector>

namespace fl {

// An entry a region has received and will apply when its applier gets to it.
struct ApplyItem
{
    SimTime done = 0;
    std::uint64_t index = 0;
    std::int8_t group = -1;
    friend bool operator==(const ApplyItem &, const ApplyItem &) = default;
};

// A region's data tier: its copy of every replication group's log, its key-value state, and the
// sender side of the streams it ships as a primary.
struct RegionData
{
    std::vector<KeySlot> values;              // per key
    std::vector<std::uint32_t> clocks;        // per key x region: version vectors (multi-primary)
    std::vector<FieldSlot> fields;            // per key x field (field merge)
    std::vector<std::uint32_t> orset;         // per key x element x region x {added, removed through}
    std::vector<ReplicaLog> logs;             // per group
    std::vector<std::int8_t> believedPrimary; // per group: where this region sends writes
    // Sender side, per group x destination region.
    std::vector<std::uint64_t> shipped;   // highest index sent on the current stream
    std::vector<std::uint64_t> acked;     // highest index the destination confirmed
    std::vector<std::uint32_t> streamGen; // bumps when the stream breaks; stale messages drop
    std::vector<std::uint64_t> staleSeen; // receiver side, per group x sender: stale-epoch entries seen
    std::vector<std::uint64_t> syncAckedThrough; // per group: entries acknowledged to clients
    std::vector<std::uint8_t> syncFallback;      // per group: degraded to async after a timeout
    // Per group: a vote granted for a new epoch is a promise to refuse the old primary's writes
    // until `promiseUntil` (so it cannot gather a quorum while its successor is being chosen).
    std::vector<std::uint32_t> promisedEpoch;
    std::vector<SimTime> promiseUntil;
    // Per group: this copy fell further behind than data.max_log_retention, so the authoritative
    // log no longer waits for it; it is re-seeded from a snapshot at its next contact. `unseenDropped`
    // counts the acknowledged writes dropped from that log meanwhile that this copy never received
    // (lost if it is promoted, or becomes the source of truth, before its re-seed).
    std::vector<std::uint8_t> detached;
    std::vector<std::uint64_t> unseenDropped;
    std::vector<std::pair<SimTime, SimTime>> unseenCommits; // first and last commit time of those
    // Per group, a deposed primary that goes on taking writes: acknowledged orphans dropped from
    // its log past data.max_log_retention (discard policy), kept as a count until its rejoin.
    std::vector<std::uint64_t> compactedOrphans;
    std::vector<std::pair<SimTime, SimTime>> compactedOrphanCommits;
    std::deque<ApplyItem> applyQueue;
    double applierBusyUntil = 0;
    double consumerBusyUntil = 0;        // event-log consumer
    std::uint32_t storageGeneration = 0; // bumps when the region's storage is destroyed
    SimTime lastCommit = -kNever / 2;    // when it last committed a write as a primary
    friend bool operator==(const RegionData &, const RegionData &) = default;
};

// A replication group: the whole store (single primary) or one region's share (ownership,
// multi-primary). Epochs number its primaries; `forks` remembers where each new epoch's log split
// from the old one, so a replica that followed a deposed primary knows what to roll back.
struct GroupState
{
    int primary = -1;
    std::uint32_t epoch = 1;
    std::vector<std::pair<std::uint32_t, std::uint64_t>> forks; // (new epoch, last common index)
    // sync-all: the copies the primary must hear from before it acknowledges (bit per region),
    // recorded by the controller. It shrinks only with the controller's consent, and a promotion
    // picks only one of its members, so every acknowledged write survives a failover.
    std::uint32_t syncSet = 0;
    std::uint32_t blockedOn = 0; // members writes are reported blocked on (logged once each)
    // Members back in the set that have yet to confirm everything already acknowledged without
    // them: writes wait for them, but they may not be promoted until they have.
    std::uint32_t syncCatchingUp = 0;
    friend bool operator==(const GroupState &, const GroupState &) = default;
};

} // namespace fl
