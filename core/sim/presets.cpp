#include "presets.h"

#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <stdexcept>
#include <string>

namespace fl {

std::vector<std::string_view> allPopulationIds()
{
    std::vector<std::string_view> ids;
    for (const PopulationInfo &p : populationCatalog())
        ids.push_back(p.id);
    return ids;
}

SimulationConfig makeWorld(const std::vector<std::string_view> &regionIds,
                           const std::vector<std::string_view> &populationIds, double totalRequestsPerSecond)
{
    SimulationConfig config;
    for (std::string_view id : regionIds) {
        const auto index = findRegion(id);
        if (!index)
            throw std::invalid_argument("unknown region id: " + std::string(id));
        RegionConfig rc;
        rc.catalogIndex = static_cast<int>(*index);
        config.regions.push_back(rc);
    }
    double shareSum = 0;
    for (std::string_view id : populationIds) {
        const auto index = findPopulation(id);
        if (!index)
            throw std::invalid_argument("unknown population id: " + std::string(id));
        shareSum += populationCatalog()[*index].defaultShare;
    }
    for (std::string_view id : populationIds) {
        const std::size_t index = *findPopulation(id);
        PopulationConfig pc;
        pc.catalogIndex = static_cast<int>(index);
        pc.requestsPerSecond =
            shareSum > 0 ? totalRequestsPerSecond * populationCatalog()[index].defaultShare / shareSum
                         : totalRequestsPerSecond / static_cast<double>(populationIds.size());
        pc.weights.assign(config.regions.size(), 1.0);
        config.populations.push_back(pc);
    }
    return config;
}

SimulationConfig defaultLabWorld()
{
    SimulationConfig config =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, allPopulationIds(), 3000.0);
    config.routing.policy = RoutingPolicy::GeoNearest;
    config.routing.mechanism = RoutingMechanism::Dns;
    return config;
}

} // namespace fl
