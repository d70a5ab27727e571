#pragma once

#include "data/history.h"
#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// One operation on a single register, as a client saw it.
struct RegisterOp
{
    enum class Kind : std::uint8_t { Write, Read };
    Kind kind = Kind::Read;
    std::uint64_t value = 0;  // written value, or the value the read returned (0: initial value)
    SimTime invoke = 0;
    SimTime complete = kNever; // kNever: no answer (it may take effect at any later time, or never)
    std::uint64_t tag = 0;     // caller's reference (e.g. a history index), carried into reports
};

enum class Linearizable : std::uint8_t { Yes, No, Unknown /* search budget exhausted */ };

struct LinearizabilityResult
{
    Linearizable verdict = Linearizable::Yes;
    // When not linearizable: the longest linearization the search found, and the completed
    // operation that no ordering could place next — a counterexample a person can read.
    std::vector<std::size_t> longestPrefix; // indexes into the input
    std::size_t stuckAt = SIZE_MAX;
    std::uint64_t steps = 0;
};

// Wing & Gong's search with Lowe's memoisation of (linearized set, register state), as in
// Porcupine or Knossos. Exponential in the worst case; `budget` bounds the search steps.
LinearizabilityResult checkRegister(const std::vector<RegisterOp> &ops, std::uint64_t budget = 5'000'000);

// Splits a recorded history into per-key register histories (writes that failed are left out:
// they definitely had no effect) and checks each. Keys with more than `maxOpsPerKey` operations
// are checked on their first `maxOpsPerKey`.
struct KeyVerdict
{
    std::uint32_t key = 0;
    LinearizabilityResult result;
    std::vector<RegisterOp> ops;
};
std::vector<KeyVerdict> checkHistory(const History &history, std::size_t maxOpsPerKey = 400);

} // namespace fl
