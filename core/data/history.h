#pragma once

#include "engine/simtime.h"
#include "replicalog.h"

#include <cstdint>
#include <vector>

namespace fl {

// An optional record of everything the audit needs, kept apart from the metric counters so the
// audit can recompute the figures independently. Memory grows with the run: off by default.
struct History
{
    enum class Outcome : std::uint8_t
    {
        Ok,
        Failed,
        Indeterminate
    };

    struct Write
    {
        std::uint64_t writeId = 0;
        std::uint32_t key = 0;
        std::uint32_t session = 0;
        SimTime invoke = 0;
        SimTime complete = kNever;
        Outcome outcome = Outcome::Failed;
        WriteOp op = WriteOp::Put;
        std::int32_t arg = 0;
        bool committed = false;
        // Set at (each) commit: the last one wins (a retry after a failover re-commits).
        std::int8_t origin = -1;
        std::int64_t stamp = 0;
        std::array<std::uint32_t, kMaxRegions> clock{};
        friend bool operator==(const Write &, const Write &) = default;
    };
    struct Read
    {
        std::uint32_t key = 0;
        std::uint32_t session = 0;
        SimTime invoke = 0;
        SimTime complete = 0;
        std::uint64_t returned = 0; // write id whose value the read returned (0: the initial value)
        friend bool operator==(const Read &, const Read &) = default;
    };
    // A write applied to a region's state, in the order the region applied it.
    struct Apply
    {
        std::uint64_t writeId = 0;
        std::int8_t region = -1;
        std::int8_t group = -1;
        friend bool operator==(const Apply &, const Apply &) = default;
    };

    // A write committed into a group's log (a retry after a failover may commit it again).
    struct Commit
    {
        std::uint64_t writeId = 0;
        std::uint64_t index = 0;
        SimTime time = 0;
        std::uint32_t epoch = 0;
        std::int8_t group = -1;
        std::int8_t origin = -1;
        // A re-log (no fencing): the older epoch the write was first committed in, else 0.
        std::uint32_t staleEpoch = 0;
        friend bool operator==(const Commit &, const Commit &) = default;
    };
    // A promotion: epoch `epoch` of the group starts from the log up to `fork`.
    struct Promotion
    {
        std::uint64_t fork = 0;
        std::uint32_t epoch = 0;
        std::int8_t group = -1;
        friend bool operator==(const Promotion &, const Promotion &) = default;
    };

    // A write whose value last-write-wins dropped, as the simulation counted it (for showing which
    // writes were lost; the audit recomputes its own list and does not read this one).
    struct Drop
    {
        std::uint64_t writeId = 0;
        std::int8_t region = -1;
        bool causal = false;
        friend bool operator==(const Drop &, const Drop &) = default;
    };

    // A region's storage was wiped (destroy) or replaced by a copy of another's (re-clone), after
    // the first `appliesBefore` apply records.
    struct StorageEvent
    {
        enum class Kind : std::uint8_t
        {
            Destroyed,
            Cloned
        };
        Kind kind = Kind::Destroyed;
        std::int8_t region = -1;
        std::int8_t source = -1;
        std::size_t appliesBefore = 0;
        friend bool operator==(const StorageEvent &, const StorageEvent &) = default;
    };

    std::vector<Write> writes; // indexed by write id - 1
    std::vector<StorageEvent> storage;
    std::vector<Drop> drops;
    std::vector<Commit> commits;
    std::vector<Promotion> promotions;
    std::vector<Read> reads;
    std::vector<Apply> applies;
    // The group's primary region at the end of the run (single primary / ownership).
    std::vector<int> finalPrimary;

    friend bool operator==(const History &, const History &) = default;
};

} // namespace fl
