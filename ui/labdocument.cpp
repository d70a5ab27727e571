#include "labdocument.h"

#include "labtext.h"
#include "world/regioncatalog.h"

#include <algorithm>

namespace fl::ui {

LabDocument LabDocument::fromScenario(const scenario::Scenario &scenario)
{
    // runConfig() is what a headless run of the scenario starts from: the window runs the same.
    return LabDocument{scenario::runConfig(scenario), scenario.faults};
}

scenario::Scenario LabDocument::toScenario(const QString &name, const std::vector<Command> &applied,
                                           SimTime now) const
{
    scenario::Scenario saved;
    saved.name = name;
    // Scenario descriptions are English by the format's convention.
    saved.description =
        QStringLiteral("Saved from the Failover Lab window at %1 of simulated time").arg(LabText::clock(now));
    saved.config = config;
    saved.targets = scenario::takeTargets(saved.config);
    saved.faults = applied;
    for (const Command &c : schedule) {
        if (c.at > now)
            saved.faults.push_back(c);
    }
    std::stable_sort(saved.faults.begin(), saved.faults.end(),
                     [](const Command &a, const Command &b) { return a.at < b.at; });
    SimTime end = now;
    for (const Command &c : saved.faults)
        end = std::max(end, c.at);
    saved.duration = std::clamp<SimTime>(std::max<SimTime>(10 * kMinute, (end / kMinute + 1) * kMinute),
                                         kSecond, scenario::kMaxDuration);
    return saved;
}

LabDocument LabDocument::withConfig(const SimulationConfig &next) const
{
    const auto samePlaces = [&] {
        if (next.regions.size() < config.regions.size() ||
            next.populations.size() != config.populations.size() ||
            next.dependencies.size() < config.dependencies.size())
            return false;
        for (std::size_t r = 0; r < config.regions.size(); ++r) {
            if (regionId(next.regions[r]) != regionId(config.regions[r]))
                return false;
        }
        for (std::size_t p = 0; p < config.populations.size(); ++p) {
            if (next.populations[p].catalogIndex != config.populations[p].catalogIndex)
                return false;
        }
        return true;
    };
    return LabDocument{next, samePlaces() ? schedule : std::vector<Command>{}};
}

} // namespace fl::ui
