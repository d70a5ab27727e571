#pragma once

#include "spec/config.h"

#include <string_view>
#include <vector>

namespace fl {

// Builds a configuration from catalog ids. Unknown ids are a programming error here (scenario
// files validate theirs with a message; these helpers serve code and tests).
SimulationConfig makeWorld(const std::vector<std::string_view> &regionIds,
                           const std::vector<std::string_view> &populationIds, double totalRequestsPerSecond);

// Every catalog population, with its default share of `totalRequestsPerSecond`.
std::vector<std::string_view> allPopulationIds();

// What the lab opens on: three regions on three continents, the whole world's users, DNS
// geo-routing.
SimulationConfig defaultLabWorld();

} // namespace fl
