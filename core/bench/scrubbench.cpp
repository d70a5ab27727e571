#include "scrubbench.h"

#include "engine/random.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "timeline/checkpointstore.h"

#include <algorithm>
#include <chrono>
#include <vector>

namespace fl::bench {

namespace {

using Clock = std::chrono::steady_clock; // wall-clock time is read only here, to measure the machine

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> sorted, double q)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto at = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(at, sorted.size() - 1)];
}

} // namespace

ScrubBenchResult scrubBenchmark(double scale)
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 10'000.0);
    config.seed = 46;
    config.data.topology = WriteTopology::SinglePrimary;
    config.data.mode = ReplicationMode::Async;
    const auto end =
        std::max<SimTime>(kSecond, static_cast<SimTime>(3600.0 * scale * static_cast<double>(kSecond)));

    ScrubBenchResult r;
    Rng rng(0x5C2B);
    // Three instants at which the session's world is copied whole, to check the jumps against.
    std::vector<SimTime> witnessAt;
    for (int i = 0; i < 3; ++i)
        witnessAt.push_back(static_cast<SimTime>(rng.uniform() * static_cast<double>(end)));
    std::sort(witnessAt.begin(), witnessAt.end());
    std::vector<Simulation> witnesses;

    Simulation sim(config);
    CheckpointStore store;
    const Clock::time_point start = Clock::now();
    store.take(sim);
    // One slice per simulated second, as the window's runner offers a checkpoint after each slice.
    for (SimTime t = 0; t < end;) {
        SimTime next = std::min(end, t + kSecond);
        if (witnesses.size() < witnessAt.size() && witnessAt[witnesses.size()] <= next)
            next = witnessAt[witnesses.size()];
        t = next;
        sim.runUntil(t);
        if (witnesses.size() < witnessAt.size() && witnessAt[witnesses.size()] == t) {
            witnesses.push_back(sim);
            continue;
        }
        const Clock::time_point before = Clock::now();
        store.offer(sim);
        r.checkpointSeconds += millisecondsSince(before) / 1000.0;
    }
    r.runSeconds = millisecondsSince(start) / 1000.0;
    r.sessionSeconds = toSeconds(end);
    r.checkpoints = store.count();
    r.spacingSeconds = toSeconds(store.spacing());
    r.thinnings = store.thinnings();
    r.checkpointBytes = store.bytes();
    r.traceHash = sim.traceHash();

    std::vector<double> jumps;
    for (int i = 0; i < 200; ++i) {
        const auto to = static_cast<SimTime>(rng.uniform() * static_cast<double>(end));
        const Clock::time_point before = Clock::now();
        const Simulation there = store.reach(to, sim.submittedCommands(), true);
        jumps.push_back(millisecondsSince(before));
    }
    r.exact = !witnesses.empty();
    for (std::size_t i = 0; i < witnesses.size(); ++i)
        r.exact = r.exact && store.reach(witnessAt[i], sim.submittedCommands(), true) == witnesses[i];
    r.workingBytes = store.workingBytes();
    r.jumps = static_cast<int>(jumps.size());
    r.jumpP50Ms = percentile(jumps, 0.50);
    r.jumpP95Ms = percentile(jumps, 0.95);
    r.jumpMaxMs = percentile(jumps, 1.0);
    return r;
}

} // namespace fl::bench
