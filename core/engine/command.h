#pragma once

#include "simtime.h"

#include <cstdint>
#include <type_traits>

namespace fl {

// An outside action (from the GUI, a scenario file or a test) stamped with the simulated time at
// which it applies. The engine keeps it as plain data: the model that receives it decides what
// `type` and the arguments mean. Applied commands form a log that, replayed with the same seed,
// reproduces the run exactly.
struct Command
{
    SimTime at = 0;
    std::uint32_t type = 0;
    std::int32_t a = -1;
    std::int32_t b = -1;
    std::int32_t c = -1;
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const Command &, const Command &) = default;
};

static_assert(std::is_trivially_copyable_v<Command>);

} // namespace fl
