#pragma once

#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

enum class FailoverMode : std::uint8_t
{
    Manual,    // the controller alerts; an operator verifies, promotes and reroutes (commands)
    Automatic, // the controller promotes the best replica it can reach and reroutes
};

// What a deposed primary does with the writes it acknowledged after it was deposed, when it
// rejoins the new primary.
enum class RejoinPolicy : std::uint8_t
{
    Discard,       // roll back: its orphans are lost
    LastWriteWins, // replay each orphan onto the new primary if it is newer than the key's value
    Reconcile,     // replay every orphan onto the new primary (an application-level merge)
};

// The failover controller (single-primary topology). It runs in one region and knows only what
// its messages tell it.
struct FailoverConfig
{
    FailoverMode mode = FailoverMode::Automatic;
    int controlRegion = 1; // index into SimulationConfig::regions; the controller dies with it
    SimTime probeInterval = 5 * kSecond;
    SimTime probeTimeout = 1 * kSecond;
    int failureThreshold = 3;
    SimTime promotionTime = 5 * kSecond; // reconfigure and open the new primary, after the backlog
    RejoinPolicy rejoin = RejoinPolicy::Discard;
    // Split-brain protections.
    bool quorumElection = false; // promote only with votes from a majority of the voting regions
    bool fencing = false;        // storage that has seen a newer epoch refuses older-epoch writes
    bool leases = false;         // a primary acknowledges writes only while it holds a lease
    SimTime leaseDuration = 10 * kSecond;
    // Test only: a deliberately broken primary that keeps serving after its lease lapsed. It exists
    // to prove that the consistency checker catches what leases prevent.
    bool testOnlyIgnoreLease = false;
    friend bool operator==(const FailoverConfig &, const FailoverConfig &) = default;
};

// A shared service some requests need (the hidden single-region dependency).
enum class DependencyKind : std::uint8_t
{
    Payments,
    Auth,
    ControlPlane,
    Cache,
    Queue
};

struct DependencyConfig
{
    DependencyKind kind = DependencyKind::Payments;
    std::vector<int> regions;  // where it is deployed (indexes into SimulationConfig::regions)
    double requestShare = 0.1; // share of requests that need it
    // Cache only: a region's cache is cold when it starts taking traffic and warms over this time;
    // a miss costs `missPenalty` of extra latency. A cache is never replicated between regions.
    SimTime warmupTime = 60 * kSecond;
    SimTime missPenalty = 30 * kMillisecond;
    friend bool operator==(const DependencyConfig &, const DependencyConfig &) = default;
};

// Targets an incident passes or fails.
struct Targets
{
    double rpoSeconds = -1; // < 0: no target
    double rtoSeconds = -1;
    friend bool operator==(const Targets &, const Targets &) = default;
};

// Price per region-hour by role, in arbitrary currency units (the lab compares, it does not bill).
struct CostConfig
{
    double activePerHour = 10.0;
    double warmStandbyPerHour = 4.0;
    double pilotLightPerHour = 1.0;
    double witnessPerHour = 0.5;
    friend bool operator==(const CostConfig &, const CostConfig &) = default;
};

} // namespace fl
