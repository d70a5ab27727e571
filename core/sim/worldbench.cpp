#include "worldbench.h"

#include "presets.h"
#include "simulation.h"

#include <chrono>

namespace fl::bench {

BenchResult model3Region(double scale)
{
    SimulationConfig config = makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 10'000.0);
    config.seed = 42;
    Simulation sim(config);
    const auto duration = static_cast<SimTime>(600.0 * scale * static_cast<double>(kSecond));

    // Wall-clock time is read only here, to measure the machine.
    const auto start = std::chrono::steady_clock::now();
    sim.runUntil(duration);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    BenchResult r;
    r.name = "model_3region";
    r.seconds = seconds;
    r.events = sim.engine().eventsProcessed();
    r.operations = sim.metrics().totals().issued;
    r.simulatedSeconds = toSeconds(sim.now());
    r.checksum = sim.traceHash();
    return r;
}

} // namespace fl::bench
