#pragma once

#include "geo.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace fl {

// A population of users, reduced to one point: the big metro nearest its demand-weighted centre.
// `defaultShare` is its rough share of world internet demand; the shares of the catalog sum to 1.
struct PopulationInfo
{
    std::string_view id;   // e.g. "europe"
    std::string_view name; // short English display name (the ui translates it)
    GeoPoint centroid;
    double defaultShare;
};

// Every user population the lab knows, in a fixed order (scenarios refer to them by index, so
// entries are only ever appended).
const std::vector<PopulationInfo> &populationCatalog();

// Index of the population with exactly this id (case-sensitive), or nothing.
std::optional<std::size_t> findPopulation(std::string_view id);

} // namespace fl
