#pragma once

#include "data/history.h"
#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// One operation on a single register, as a client saw it.
struct RegisterOp
{
    enum class Kind : std::uint8_t
    {
        Write,
        Read
    };
    Kind kind = Kind::Read;
    std::uint64_t value = 0; // written value, or the value the read returned (0: initial value)
    SimTime invoke = 0;
    SimTime complete = kNever; // kNever: no answer (it may take effect at any later time, or never)
    std::uint64_t tag = 0;     // caller's reference (e.g. a history index), carried into reports
};

enum class Linearizable : std::uint8_t
{
    Yes,
    No,
    Unknown /* search budget exhausted */
};

struct LinearizabilityResult
{
    Linearizable verdict = Linearizable::Yes;
    // When not linearizable, a counterexample a person can read: by search, the longest
    // linearization found and the completed operation that no ordering could place next; by
    // zones, the operations of the two clusters that cannot be ordered (in `conflicting`).
    std::vector<std::size_t> longestPrefix; // indexes into the input
    std::size_t stuckAt = SIZE_MAX;
    std::vector<std::size_t> conflicting;
    std::uint64_t steps = 0;
};

// Checks a single register. When every write has its own value (the simulation's writes do: a
// value is the write's id), it uses the zone characterisation of Gibbons and Korach, in
// O(n log n): group each write with the reads that returned it; such a cluster's zone runs from
// its earliest completion to its latest invocation (forward when that is increasing, backward
// otherwise); the history is linearizable iff no read ends before its write begins, no two forward
// zones overlap, and no backward zone lies inside a forward one. Otherwise (repeated values) it
// falls back to Wing & Gong's search with Lowe's memoisation, as in Porcupine or Knossos,
// exponential in the worst case and bounded by `budget` steps.
LinearizabilityResult checkRegister(const std::vector<RegisterOp> &ops, std::uint64_t budget = 5'000'000);

// The two algorithms, exposed for tests that compare them.
LinearizabilityResult checkRegisterByZones(const std::vector<RegisterOp> &ops);
LinearizabilityResult checkRegisterBySearch(const std::vector<RegisterOp> &ops,
                                            std::uint64_t budget = 5'000'000);

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
