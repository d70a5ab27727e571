#pragma once

#include "simtime.h"

#include <cstdint>
#include <type_traits>

namespace fl {

// One pending event. Small and trivially copyable so the queue moves plain bytes and a checkpoint
// is a memcpy. What `kind`, `subject` and `data` mean is up to the model that scheduled it.
struct Event
{
    SimTime time = 0;
    // Tie-breaker for equal times: commands (top bit clear) before model events (top bit set),
    // each in the order they were scheduled. Kept apart from `time` so that inserting a command
    // never renumbers the events around it.
    std::uint64_t order = 0;
    std::uint32_t kind = 0;
    std::uint32_t subject = 0;
    std::uint64_t data = 0;

    friend constexpr bool operator==(const Event &, const Event &) = default;
    friend constexpr bool operator<(const Event &a, const Event &b)
    {
        return a.time < b.time || (a.time == b.time && a.order < b.order);
    }
};

static_assert(sizeof(Event) == 32);
static_assert(std::is_trivially_copyable_v<Event>);

inline constexpr std::uint64_t kModelEventOrderBit = std::uint64_t{1} << 63;

} // namespace fl
