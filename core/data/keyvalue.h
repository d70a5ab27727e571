#pragma once

#include "engine/simtime.h"

#include <cstdint>
#include <limits>

namespace fl {

// The current value of one key at one region: which write put it there, plus what the metrics
// need to judge reads against ground truth. The initial value counts as a write acknowledged at 0.
struct KeySlot
{
    std::uint64_t writeId = 0;
    SimTime invokeTime = 0;
    SimTime ackTime = 0;
    std::int64_t stamp = std::numeric_limits<std::int64_t>::min();
    std::uint64_t index = 0;  // position in its group's log
    std::int64_t counter = 0; // PN-counter value
    std::uint32_t dot = 0;    // the write's own counter in its origin's version vector
    std::int8_t origin = -1;
    std::int8_t group = -1;
    friend bool operator==(const KeySlot &, const KeySlot &) = default;
};

// One field of a merged record (conflict policy FieldMerge).
struct FieldSlot
{
    std::uint64_t writeId = 0;
    std::int64_t stamp = std::numeric_limits<std::int64_t>::min();
    std::uint64_t index = 0;
    std::uint32_t dot = 0;
    std::int8_t origin = -1;
    std::int8_t group = -1;
    SimTime ackTime = kNever;
    friend bool operator==(const FieldSlot &, const FieldSlot &) = default;
};

} // namespace fl
