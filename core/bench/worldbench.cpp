#include "worldbench.h"

#include "sim/presets.h"
#include "sim/simulation.h"

#include <algorithm>
#include <chrono>

namespace fl::bench {

namespace {

BenchResult runFor(const char *name, const SimulationConfig &config, double simulatedSeconds)
{
    Simulation sim(config);
    const auto duration = static_cast<SimTime>(simulatedSeconds * static_cast<double>(kSecond));

    // Wall-clock time is read only here, to measure the machine.
    const auto start = std::chrono::steady_clock::now();
    sim.runUntil(duration);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    BenchResult r;
    r.name = name;
    r.seconds = seconds;
    r.events = sim.engine().eventsProcessed();
    r.operations = sim.metrics().totals().issued;
    r.simulatedSeconds = toSeconds(sim.now());
    r.checksum = sim.traceHash();
    return r;
}

} // namespace

BenchResult model3Region(double scale)
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 10'000.0);
    config.seed = 42;
    return runFor("model_3region", config, 600.0 * scale);
}

BenchResult data3RegionAsync(double scale)
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 10'000.0);
    config.seed = 43;
    for (PopulationConfig &p : config.populations)
        p.readFraction = 0.0;
    config.data.topology = WriteTopology::SinglePrimary;
    config.data.mode = ReplicationMode::Async;
    return runFor("data_3region_async", config, 300.0 * scale);
}

BenchResult partition24h(double scale)
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 1'000.0);
    config.seed = 45;
    for (PopulationConfig &p : config.populations)
        p.readFraction = 0.5;
    config.data.topology = WriteTopology::SinglePrimary;
    config.data.mode = ReplicationMode::Async;
    const auto partition = static_cast<SimTime>(24.0 * 3600.0 * scale * static_cast<double>(kSecond));
    const SimTime cut = 60 * kSecond, heal = cut + partition, end = heal + 120 * kSecond;
    Simulation sim(config);
    sim.submit(makeCommand(cut, CommandType::IsolateRegion, 2));
    sim.submit(makeCommand(heal, CommandType::HealLink, 2, 0));
    sim.submit(makeCommand(heal, CommandType::HealLink, 2, 1));

    // Wall-clock time is read only here, to measure the machine.
    const auto start = std::chrono::steady_clock::now();
    std::uint64_t peak = 0;
    for (SimTime t = 0; t < end;) {
        t = std::min(end, t + 60 * kSecond);
        sim.runUntil(t);
        peak = std::max(peak, sim.retainedEntries());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    BenchResult r;
    r.name = "partition_24h";
    r.seconds = seconds;
    r.events = sim.engine().eventsProcessed();
    r.operations = sim.metrics().totals().issued;
    r.simulatedSeconds = toSeconds(sim.now());
    r.checksum = sim.traceHash();
    r.measuresMemory = true;
    r.retainedPeak = peak;
    r.retainedEnd = sim.retainedEntries();
    return r;
}

BenchResult data12RegionMultiPrimary(double scale)
{
    SimulationConfig config = makeWorld({"us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1",
                                         "sa-east-1", "eu-west-1", "eu-central-1", "ap-south-1",
                                         "ap-northeast-1", "ap-southeast-1", "ap-southeast-2"},
                                        allPopulationIds(), 10'000.0);
    config.seed = 44;
    for (PopulationConfig &p : config.populations)
        p.readFraction = 0.5;
    config.data.topology = WriteTopology::MultiPrimary;
    config.data.conflict = ConflictPolicy::LastWriteWins;
    return runFor("data_12region_multiprimary_async", config, 200.0 * scale);
}

} // namespace fl::bench
