#pragma once

#include "engine/simtime.h"

#include <cstdint>

namespace fl {

// Noteworthy things that happened, as data. core/ never writes sentences for people: the UI turns
// these into words in the user's language.
enum class SimEventType : std::uint16_t
{
    CommandApplied,  // value = CommandType
    RegionDown,      // region
    RegionUp,        // region
    RegionDestroyed, // region
    AppTierDown,
    AppTierUp,
    DataTierDown,
    DataTierUp,
    LinkCut,                // region -> other
    LinkHealed,             // region -> other
    LinkDegraded,           // region -> other, value = extra ms
    HealthCheckFailed,      // region, value = consecutive failures
    RegionLeftRotation,     // region (the checker declared it unhealthy)
    RegionRejoinedRotation, // region
    RegionHeldForOperator,  // region is healthy again but failback waits for the operator
    NoHealthyRegion,        // every serving region is out of rotation: routing fails open
    StandbyScalingUp,       // region, value = seconds until full capacity
    StandbyScaledUp,        // region
    PilotLightBooting,      // region, value = seconds until it serves
    PilotLightReady,        // region
    RegionOverloaded,       // region started shedding requests
    RegionRecoveredFromOverload,
    SyncFellBackToAsync, // region (a primary) stopped waiting for its synchronous replicas
    PrimaryPromoted,     // region became primary, other = group, value = epoch
    SteppedDown,         // region learned of a newer primary, other = group, value = writes discarded
    ControlProbeFailed,  // region (the primary) missed a controller probe, value = consecutive
    FailureDetected,     // region: the controller declares the primary failed
    AwaitingOperator,    // manual mode: the alert waits for the operator
    OperatorVerified,
    ElectionStarted,    // value = voters asked
    ElectionNoQuorum,   // value = votes received
    PromotionStarted,   // region, value = seconds until it can serve writes
    RouteSwitched,      // region: routing now points at it
    LeaseExpired,       // region (a primary) stopped acknowledging writes: its lease lapsed
    FencedWriteRefused, // region refused writes of an older epoch from other
    StaleEpochApplied,  // region applied writes of an older epoch (no fencing)
    SplitBrainStarted,  // two regions acknowledge writes as primary
    SplitBrainEnded,
    DependencyUnavailable, // region, other = dependency: no deployment reachable
    IncidentOpened,        // value = incident id
    IncidentRecovered,     // value = incident id
    SyncMemberRemoved,  // region (a primary) dropped other from its sync set, with the controller's consent
    SyncMemberRejoined, // other caught up and is back in region's sync set
    SyncWritesBlocked,  // region's writes wait for other (the sync set may not shrink further)
    PromotionNotInSyncSet, // region has the most data but is not in the sync set: not promoted
    IncidentClosed,        // value = incident id, other = acknowledged writes it lost in all: the heal
    CopyDetached, // region (the authoritative copy) stopped keeping its log for other, value = entries behind
    CopyReseeded, // region's detached copy was re-seeded from other's snapshot
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
