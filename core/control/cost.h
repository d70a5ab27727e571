#pragma once

#include "spec/config.h"

namespace fl {

// What a region costs per hour in its role (a destroyed region that is down costs nothing). The
// price list is the scenario's `cost` section; the lab's cost lessons compare these figures.
inline double regionHourlyCost(const CostConfig &cost, RegionRole role, bool destroyedAndDown)
{
    if (destroyedAndDown)
        return 0.0;
    switch (role) {
    case RegionRole::Active:
        return cost.activePerHour;
    case RegionRole::WarmStandby:
        return cost.warmStandbyPerHour;
    case RegionRole::PilotLight:
        return cost.pilotLightPerHour;
    case RegionRole::Witness:
        return cost.witnessPerHour;
    }
    return 0.0;
}

} // namespace fl
