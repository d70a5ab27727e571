#include "scenario.h"

#include "sim/simulation.h"

#include <algorithm>

namespace fl::scenario {

QString ScenarioError::toString() const
{
    return path.isEmpty() ? message : path + QLatin1String(": ") + message;
}

SimulationConfig runConfig(const Scenario &scenario)
{
    SimulationConfig config = scenario.config;
    config.targets.rpoSeconds = scenario.targets.rpo ? toSeconds(*scenario.targets.rpo) : -1.0;
    config.targets.rtoSeconds = scenario.targets.rto ? toSeconds(*scenario.targets.rto) : -1.0;
    return config;
}

Targets takeTargets(SimulationConfig &config)
{
    Targets targets;
    if (config.targets.rpoSeconds >= 0)
        targets.rpo = fromSeconds(config.targets.rpoSeconds);
    if (config.targets.rtoSeconds >= 0)
        targets.rto = fromSeconds(config.targets.rtoSeconds);
    config.targets = fl::Targets{};
    return targets;
}

Simulation makeSimulation(const Scenario &scenario, bool keepWholeRun)
{
    Simulation simulation(simulationConfig(scenario, keepWholeRun));
    for (const Command &c : scenario.faults)
        simulation.submit(c);
    return simulation;
}

SimulationConfig simulationConfig(const Scenario &scenario, bool keepWholeRun)
{
    SimulationConfig config = runConfig(scenario);
    if (keepWholeRun) {
        const SimTime interval = std::max<SimTime>(1, config.metricsInterval);
        const auto samples = static_cast<std::uint64_t>(scenario.duration / interval + 1);
        config.historySeconds = static_cast<std::uint32_t>(
            std::min<std::uint64_t>(std::max<std::uint64_t>(config.historySeconds, samples), UINT32_MAX));
        // Events are few (transitions, not requests); this bound only guards against a model that
        // logs something every tick for a day.
        config.eventLogCapacity = std::max<std::uint32_t>(config.eventLogCapacity, 1u << 16);
    }
    return config;
}

std::size_t setDuration(Scenario &scenario, SimTime duration)
{
    scenario.duration = duration;
    const auto before = scenario.faults.size();
    std::erase_if(scenario.faults, [&](const Command &c) { return c.at > duration; });
    return before - scenario.faults.size();
}

} // namespace fl::scenario
