#pragma once

#include <cstdint>
#include <string>

namespace fl::bench {

struct BenchResult
{
    std::string name;
    std::uint64_t events = 0;
    double seconds = 0.0;
    std::uint64_t operations = 0; // simulated client operations, where the benchmark has them
    double simulatedSeconds = 0.0;
    std::uint64_t checksum = 0; // keeps the optimiser honest and lets runs be compared
    // Rows about memory: the most entries the model held at once (Simulation::retainedEntries,
    // sampled every simulated minute) and at the end. The app adds the process's peak RSS.
    bool measuresMemory = false;
    std::uint64_t retainedPeak = 0;
    std::uint64_t retainedEnd = 0;

    double eventsPerSecond() const { return seconds > 0 ? static_cast<double>(events) / seconds : 0.0; }
    double opsPerSecond() const { return seconds > 0 ? static_cast<double>(operations) / seconds : 0.0; }
};

// The classic "hold" model: a fixed population of pending events; each step removes the earliest
// and schedules a successor a random (exponential) time later.
// baselineHeap runs it on a bare std::priority_queue; engineHold runs the very same loop through
// fl::Engine's real dispatch path (command check, trace hash, model callback).
BenchResult baselineHeap(std::uint64_t pending, std::uint64_t steps, std::uint64_t seed);
BenchResult engineHold(std::uint64_t pending, std::uint64_t steps, std::uint64_t seed);

} // namespace fl::bench
