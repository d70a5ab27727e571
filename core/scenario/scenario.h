#pragma once

#include "engine/command.h"
#include "engine/simtime.h"
#include "spec/config.h"

#include <QString>
#include <cstddef>
#include <optional>
#include <vector>

namespace fl {
class Simulation;
}

namespace fl::scenario {

// The scenario file format this library reads and writes (docs/scenario-format.md).
inline constexpr const char *kFormatName = "failover-lab-scenario";
// Version 2 adds populations' `own_weights` and the `set-population-routing` command; version 1
// files still open (what they do not write takes its default).
inline constexpr int kFormatVersion = 2;

// The longest a scenario may run: keeps a whole run's time series in memory.
inline constexpr SimTime kMaxDuration = 24 * 60 * kMinute;

// What a run promises, checked per incident (see runreport.h); an absent target is not checked.
// makeSimulation() hands them to the model too (SimulationConfig::targets), which marks each
// incident met or missed as it goes.
struct Targets
{
    std::optional<SimTime> rpo; // the longest span of acknowledged writes one incident may lose
    std::optional<SimTime> rto; // the longest one incident may take until users are served again
    friend bool operator==(const Targets &, const Targets &) = default;
};

// A complete, validated experiment: the world, what happens to it and when, for how long, and
// what it must achieve. Fault commands address regions and populations by their index in
// `config` (as fl::Command does); the file names them by catalog id.
struct Scenario
{
    QString name;
    QString description;     // one line, English; the UI translates by scenario name
    SimulationConfig config; // config.targets is left at its default: `targets` is the source
    SimTime duration = 10 * kMinute;
    Targets targets;
    std::vector<Command> faults; // in file order; equal times apply in this order
    friend bool operator==(const Scenario &, const Scenario &) = default;
};

// A problem with a scenario: the field it concerns, as a path from the document's root
// ("faults[3].region"; empty for the document itself), and what is wrong, in the UI language.
struct ScenarioError
{
    QString path;
    QString message;
    // "faults[3].region: unknown region "us-est-1""
    QString toString() const;
};

// The configuration a run of the scenario starts from: `config` with the targets handed to the
// model (SimulationConfig::targets, in seconds). What the window runs, saves and resets from.
SimulationConfig runConfig(const Scenario &scenario);
// The other way: a run's configuration as a scenario's, its targets moved into `Targets` (the
// source a file stores) and config.targets left at its default. Returns the targets.
Targets takeTargets(SimulationConfig &config);

// A simulation of the scenario, with its fault schedule submitted. With `keepWholeRun` the
// bounded history (time-series samples and event log) is enlarged to hold the entire duration,
// as a headless run that reports on everything needs; recording sizes never change the results.
Simulation makeSimulation(const Scenario &scenario, bool keepWholeRun = true);
// The configuration makeSimulation() starts from: runConfig(), with the history enlarged when
// `keepWholeRun` (what a window that reports on a whole run, the compare view, starts from too).
SimulationConfig simulationConfig(const Scenario &scenario, bool keepWholeRun = true);

// Shortens or lengthens the run (a command line's --duration). Faults after the new end are
// removed, since they could never apply; returns how many were.
std::size_t setDuration(Scenario &scenario, SimTime duration);

} // namespace fl::scenario
