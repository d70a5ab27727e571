#pragma once

#include "engine/simtime.h"

#include <cstdint>

namespace fl {

// Noteworthy things that happened, as data. core/ never writes sentences for people: the UI turns
// these into words in the user's language.
enum class SimEventType : std::uint16_t {
    CommandApplied,        // value = CommandType
    RegionDown,            // region
    RegionUp,              // region
    RegionDestroyed,       // region
    AppTierDown,
    AppTierUp,
    DataTierDown,
    DataTierUp,
    LinkCut,               // region -> other
    LinkHealed,            // region -> other
    LinkDegraded,          // region -> other, value = extra ms
    HealthCheckFailed,     // region, value = consecutive failures
    RegionLeftRotation,    // region (the checker declared it unhealthy)
    RegionRejoinedRotation,// region
    RegionHeldForOperator, // region is healthy again but failback waits for the operator
    NoHealthyRegion,       // every serving region is out of rotation: routing fails open
    StandbyScalingUp,      // region, value = seconds until full capacity
    StandbyScaledUp,       // region
    PilotLightBooting,     // region, value = seconds until it serves
    PilotLightReady,       // region
    RegionOverloaded,      // region started shedding requests
    RegionRecoveredFromOverload,
    SyncFellBackToAsync,   // region (a primary) stopped waiting for its synchronous replicas
    PrimaryPromoted,       // region became primary, other = group, value = epoch
    SteppedDown,           // region learned of a newer primary, other = group, value = writes discarded
    Count
};

struct SimEvent
{
    SimTime time = 0;
    SimEventType type = SimEventType::CommandApplied;
    std::int32_t region = -1;
    std::int32_t other = -1;
    std::int32_t population = -1;
    double value = 0.0;
    friend bool operator==(const SimEvent &, const SimEvent &) = default;
};

} // namespace fl
