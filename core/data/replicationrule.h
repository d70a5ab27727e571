#pragma once

#include "spec/dataconfig.h"

#include <algorithm>
#include <cstddef>

namespace fl {

// What each replication mode means to the data path, written once: when a write may be
// acknowledged, and whether replicas take it off a queue. A new mode adds its case here (the
// compiler asks for it) besides its enum value and its row in spec/enums.h (tst_enumlabels asks
// for that: a mode with a rule but no row fails it).
struct ReplicationRule
{
    // How many of the other data copies must hold a write before the client hears of it.
    std::size_t (*acksNeeded)(std::size_t otherCopies);
    bool queued; // replicas consume through a queue with its own consumers (an event log)
};

constexpr ReplicationRule replicationRule(ReplicationMode mode)
{
    switch (mode) {
    case ReplicationMode::SyncAll:
        return {[](std::size_t copies) { return copies; }, false};
    case ReplicationMode::SyncQuorum:
        // With the primary's own copy: a majority of all copies.
        return {[](std::size_t copies) { return (copies + 1) / 2; }, false};
    case ReplicationMode::SemiSync:
        return {[](std::size_t copies) { return std::min<std::size_t>(1, copies); }, false};
    case ReplicationMode::Async:
        return {[](std::size_t) { return std::size_t{0}; }, false};
    case ReplicationMode::EventLog:
        return {[](std::size_t) { return std::size_t{0}; }, true};
    }
    return {nullptr, false}; // not a mode (tst_enumlabels probes for modes without a row)
}

// Whether the mode makes a write wait for replicas at all (given at least one other copy).
constexpr bool waitsForReplicas(ReplicationMode mode)
{
    const ReplicationRule rule = replicationRule(mode);
    return rule.acksNeeded && rule.acksNeeded(1) > 0;
}

} // namespace fl
