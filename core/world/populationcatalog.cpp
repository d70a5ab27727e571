#include "populationcatalog.h"

namespace fl {

const std::vector<PopulationInfo> &populationCatalog()
{
    // Shares are a rough blend of internet users by world region (order of ITU/DataReportal counts
    // for the mid-2020s) and traffic per user, which is higher in richer markets. They are default
    // weights for a scenario, not data: round numbers that sum to 1.
    static const std::vector<PopulationInfo> catalog = {
        {"na-east", "North America (east)", {40.71, -74.01}, 0.13},  // New York
        {"na-west", "North America (west)", {34.05, -118.24}, 0.06}, // Los Angeles
        {"south-america", "South America", {-23.55, -46.63}, 0.07},  // São Paulo
        {"europe", "Europe", {48.86, 2.35}, 0.17},                   // Paris
        {"africa", "Africa", {6.52, 3.38}, 0.07},                    // Lagos
        {"middle-east", "Middle East", {24.71, 46.68}, 0.05},        // Riyadh
        {"south-asia", "South Asia", {28.61, 77.21}, 0.14},          // Delhi
        {"east-asia", "East Asia", {31.23, 121.47}, 0.20},           // Shanghai
        {"southeast-asia", "Southeast Asia", {-6.21, 106.85}, 0.09}, // Jakarta
        {"oceania", "Oceania", {-33.87, 151.21}, 0.02},              // Sydney
    };
    return catalog;
}

std::optional<std::size_t> findPopulation(std::string_view id)
{
    const auto &catalog = populationCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        if (catalog[i].id == id)
            return i;
    }
    return std::nullopt;
}

} // namespace fl
