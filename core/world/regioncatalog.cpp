#include "regioncatalog.h"

#include "spec/config.h"

namespace fl {

const std::vector<RegionInfo> &regionCatalog()
{
    // Coordinates are those of the metro area around each region's data centres (to about 0.01°).
    // Oregon is the exception that proves the rule: us-west-2 has no metro of its own, its data
    // centres cluster around Boardman and Umatilla, so that is where the point sits.
    static const std::vector<RegionInfo> catalog = {
        {"us-east-1", "N. Virginia", "aws", {39.04, -77.49}},       // Ashburn
        {"us-east-2", "Ohio", "aws", {39.96, -83.00}},              // Columbus
        {"us-west-1", "N. California", "aws", {37.34, -121.89}},    // San Jose
        {"us-west-2", "Oregon", "aws", {45.84, -119.70}},           // Boardman
        {"ca-central-1", "Canada Central", "aws", {45.50, -73.57}}, // Montréal
        {"sa-east-1", "São Paulo", "aws", {-23.55, -46.63}},
        {"eu-west-1", "Ireland", "aws", {53.35, -6.26}}, // Dublin
        {"eu-west-2", "London", "aws", {51.51, -0.13}},
        {"eu-central-1", "Frankfurt", "aws", {50.11, 8.68}},
        {"eu-north-1", "Stockholm", "aws", {59.33, 18.07}},
        {"me-south-1", "Bahrain", "aws", {26.23, 50.59}}, // Manama
        {"af-south-1", "Cape Town", "aws", {-33.92, 18.42}},
        {"ap-south-1", "Mumbai", "aws", {19.08, 72.88}},
        {"ap-northeast-1", "Tokyo", "aws", {35.68, 139.69}},
        {"ap-northeast-2", "Seoul", "aws", {37.57, 126.98}},
        {"ap-southeast-1", "Singapore", "aws", {1.35, 103.82}},
        {"ap-southeast-2", "Sydney", "aws", {-33.87, 151.21}},
        {"ap-east-1", "Hong Kong", "aws", {22.32, 114.17}},
    };
    return catalog;
}

std::optional<std::size_t> findRegion(std::string_view id)
{
    const auto &catalog = regionCatalog();
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        if (catalog[i].id == id)
            return i;
    }
    return std::nullopt;
}

std::size_t nearestCatalogRegion(GeoPoint point)
{
    const auto &catalog = regionCatalog();
    std::size_t best = 0;
    double bestKm = greatCircleKm(point, catalog[0].location);
    for (std::size_t i = 1; i < catalog.size(); ++i) {
        const double km = greatCircleKm(point, catalog[i].location);
        if (km < bestKm) {
            best = i;
            bestKm = km;
        }
    }
    return best;
}

std::string_view regionId(const RegionConfig &region)
{
    if (!region.id.empty())
        return region.id;
    return regionCatalog().at(static_cast<std::size_t>(region.catalogIndex)).id;
}

std::string_view regionName(const RegionConfig &region)
{
    if (!region.name.empty())
        return region.name;
    if (!region.id.empty())
        return region.id; // a region of one's own, never the nearest catalog entry's name
    return regionCatalog().at(static_cast<std::size_t>(region.catalogIndex)).name;
}

GeoPoint regionLocation(const RegionConfig &region)
{
    if (region.location)
        return GeoPoint{region.location->latDeg, region.location->lonDeg};
    return regionCatalog().at(static_cast<std::size_t>(region.catalogIndex)).location;
}

} // namespace fl
