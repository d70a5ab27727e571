#pragma once

#include "geo.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace fl {

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

} // namespace fl
