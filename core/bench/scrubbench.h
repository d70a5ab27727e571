#pragma once

#include <cstddef>
#include <cstdint>

namespace fl::bench {

// bench --only scrub: a session of `sessionSeconds` simulated seconds at 10,000 requests per second
// (three regions, single primary, asynchronous replication, every population) keeps checkpoints as
// the lab's window does; then 200 jumps to random instants each rebuild the world there (restore
// the checkpoint before the instant and re-simulate to it). Goals (an hour): a jump's p95 ≤ 200 ms,
// checkpoints ≤ 200 MB.
struct ScrubBenchResult
{
    double sessionSeconds = 0;
    double runSeconds = 0;        // wall time of the session itself, checkpoints included
    double checkpointSeconds = 0; // of which taking checkpoints
    std::size_t checkpoints = 0;
    double spacingSeconds = 0;
    int thinnings = 0;
    std::size_t checkpointBytes = 0;
    std::size_t workingBytes = 0;
    int jumps = 0;
    double jumpP50Ms = 0, jumpP95Ms = 0, jumpMaxMs = 0;
    // Jumps to three instants at which the session copied its world whole rebuilt exactly that
    // world (operator==: every event pending, every counter, the trace hash).
    bool exact = false;
    std::uint64_t traceHash = 0;
};

ScrubBenchResult scrubBenchmark(double scale);

} // namespace fl::bench
