#pragma once

#include "engine/command.h"

#include <cstdint>

namespace fl {

// Every outside action the world model understands. Arguments use fl::Command's generic fields;
// the comment on each says which. Region and population arguments are indexes into the
// configured lists (SimulationConfig::regions / ::populations), not catalog indexes.
enum class CommandType : std::uint32_t
{
    KillRegion = 1,      // a = region. A crash: answers nothing; storage survives.
    RestoreRegion,       // a = region
    DestroyRegion,       // a = region. Data lost for good; the region comes back empty if restored.
    KillAppTier,         // a = region. Only the stateless tier stops.
    RestoreAppTier,      // a = region
    KillDataTier,        // a = region. Only the data tier stops.
    RestoreDataTier,     // a = region
    CutLink,             // a = from, b = to, c = 1 for one way (a -> b only), else both ways
    HealLink,            // a = from, b = to, c = 1 for one way
    DegradeLink,         // a, b, c as CutLink; x = extra one-way ms, y = loss fraction [0, 1)
    IsolateRegion,       // a = region: cut all its inter-region links both ways
    SetWeight,           // a = population, b = region, x = weight >= 0
    SetPopulationRate,   // a = population, x = requests per second
    SetRoutingPolicy,    // a = RoutingPolicy
    SetRoutingMechanism, // a = RoutingMechanism
    SetDnsTtl,           // x = seconds
    SetRegionRole,       // a = region, b = RegionRole
    OperatorFailback,    // a = region: readmit a recovered region held out of rotation
    OperatorVerify,      // the operator confirms the alert (manual failover)
    OperatorPromote,     // a = region: the operator promotes it to primary
    OperatorReroute,     // a = region: the operator points routing at it
    DeployDependency,    // a = dependency, b = region
    RemoveDependency,    // a = dependency, b = region
    SetClockSkew,        // a = region, x = skew in ms
    SetReplicationMode,  // a = ReplicationMode
    Count
};

inline Command makeCommand(SimTime at, CommandType type, int a = -1, int b = -1, int c = -1, double x = 0,
                           double y = 0)
{
    return Command{at, static_cast<std::uint32_t>(type), a, b, c, x, y};
}

} // namespace fl
