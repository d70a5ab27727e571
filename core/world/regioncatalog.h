#pragma once

#include "geo.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace fl {

struct RegionConfig;

// A cloud region the lab can place replicas in. `name` is the short English display name (the ui
// translates it); `location` is the metro area the region serves (see docs/latency-model.md).
struct RegionInfo
{
    std::string_view id;       // the provider's id, e.g. "us-east-1"
    std::string_view name;     // e.g. "N. Virginia"
    std::string_view provider; // e.g. "aws"
    GeoPoint location;
};

// Every region the lab knows, in a fixed order. Scenarios and tests refer to regions by index, so
// entries are only ever appended, never reordered or removed.
const std::vector<RegionInfo> &regionCatalog();

// Index of the region with exactly this id (case-sensitive), or nothing.
std::optional<std::size_t> findRegion(std::string_view id);

// The catalog entry closest to a point (great-circle distance): a custom region's provider.
std::size_t nearestCatalogRegion(GeoPoint point);

// A configured region's id, English name and location: its own where it has them (a moved or custom
// region), else its catalog entry's. Every reader of a region's identity goes through these, so a
// custom region is named and placed the same way by the simulation, the files and the window.
std::string_view regionId(const RegionConfig &region);
std::string_view regionName(const RegionConfig &region);
GeoPoint regionLocation(const RegionConfig &region);

} // namespace fl
