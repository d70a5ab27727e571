#pragma once

#include "engine/command.h"

#include <cstdint>
#include <iterator>
#include <string_view>

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
    // a = population, b = 1: it routes by its own weights whatever the policy, 0: by the policy
    SetPopulationRouting,
    Count
};

// Which of fl::Command's generic fields a command uses (and which arguments it takes in a file).
enum class CommandShape : std::uint8_t
{
    Region,       // region                            -> a
    Link,         // from, to, one_way                 -> a, b, c
    DegradedLink, // from, to, one_way, extra_ms, loss -> a, b, c, x, y
    Weight,       // population, region, weight        -> a, b, x
    Rate,         // population, rate                  -> a, x
    Policy,       // policy (RoutingPolicy)            -> a
    Mechanism,    // mechanism (RoutingMechanism)      -> a
    Ttl,          // ttl (a duration)                  -> x (seconds)
    Role,         // region, role (RegionRole)         -> a, b
    None,         // no argument
    Dependency,   // dependency (index), region        -> a, b
    ClockSkew,    // region, skew (a duration)         -> a, x (milliseconds)
    Mode,         // mode (ReplicationMode)            -> a
    OwnWeights,   // population, own_weights (boolean)  -> a, b (1 or 0)
};

// What a command stands for in a lesson, a compare view or a report.
enum class CommandKind : std::uint8_t
{
    Fault,    // something breaks or heals
    Traffic,  // users move or change their rate
    Setting,  // a live setting changes
    Operator, // a person acts (manual failover and failback)
};

// One row per command type: its file id ("kill", "cut-link", ...), its arguments and its kind.
struct CommandSpec
{
    CommandType type;
    std::string_view id;
    CommandShape shape;
    CommandKind kind;
};

inline constexpr CommandSpec kCommandSpecs[] = {
    {CommandType::KillRegion, "kill", CommandShape::Region, CommandKind::Fault},
    {CommandType::RestoreRegion, "restore", CommandShape::Region, CommandKind::Fault},
    {CommandType::DestroyRegion, "destroy", CommandShape::Region, CommandKind::Fault},
    {CommandType::KillAppTier, "kill-app", CommandShape::Region, CommandKind::Fault},
    {CommandType::RestoreAppTier, "restore-app", CommandShape::Region, CommandKind::Fault},
    {CommandType::KillDataTier, "kill-data", CommandShape::Region, CommandKind::Fault},
    {CommandType::RestoreDataTier, "restore-data", CommandShape::Region, CommandKind::Fault},
    {CommandType::CutLink, "cut-link", CommandShape::Link, CommandKind::Fault},
    {CommandType::HealLink, "heal-link", CommandShape::Link, CommandKind::Fault},
    {CommandType::DegradeLink, "degrade-link", CommandShape::DegradedLink, CommandKind::Fault},
    {CommandType::IsolateRegion, "isolate", CommandShape::Region, CommandKind::Fault},
    {CommandType::SetWeight, "set-weight", CommandShape::Weight, CommandKind::Traffic},
    {CommandType::SetPopulationRate, "set-rate", CommandShape::Rate, CommandKind::Traffic},
    {CommandType::SetRoutingPolicy, "set-routing-policy", CommandShape::Policy, CommandKind::Setting},
    {CommandType::SetRoutingMechanism, "set-routing-mechanism", CommandShape::Mechanism,
     CommandKind::Setting},
    {CommandType::SetDnsTtl, "set-dns-ttl", CommandShape::Ttl, CommandKind::Setting},
    {CommandType::SetRegionRole, "set-role", CommandShape::Role, CommandKind::Setting},
    {CommandType::OperatorFailback, "operator-failback", CommandShape::Region, CommandKind::Operator},
    {CommandType::OperatorVerify, "operator-verify", CommandShape::None, CommandKind::Operator},
    {CommandType::OperatorPromote, "operator-promote", CommandShape::Region, CommandKind::Operator},
    {CommandType::OperatorReroute, "operator-reroute", CommandShape::Region, CommandKind::Operator},
    {CommandType::DeployDependency, "deploy-dependency", CommandShape::Dependency, CommandKind::Fault},
    {CommandType::RemoveDependency, "remove-dependency", CommandShape::Dependency, CommandKind::Fault},
    {CommandType::SetClockSkew, "set-clock-skew", CommandShape::ClockSkew, CommandKind::Fault},
    {CommandType::SetReplicationMode, "set-replication-mode", CommandShape::Mode, CommandKind::Setting},
    {CommandType::SetPopulationRouting, "set-population-routing", CommandShape::OwnWeights,
     CommandKind::Traffic},
};

// Rows are in type order from 1, so a type finds its row by index; a row missing fails here.
constexpr bool commandRowsComplete()
{
    std::uint32_t next = static_cast<std::uint32_t>(CommandType::KillRegion);
    for (const CommandSpec &row : kCommandSpecs) {
        if (static_cast<std::uint32_t>(row.type) != next++)
            return false;
    }
    return next == static_cast<std::uint32_t>(CommandType::Count);
}
static_assert(commandRowsComplete(), "every CommandType needs its row in kCommandSpecs, in order");

// Nothing for a type that is not a command (Count, or a raw number from outside).
constexpr const CommandSpec *commandSpec(CommandType type)
{
    const auto index = static_cast<std::uint32_t>(type) - static_cast<std::uint32_t>(CommandType::KillRegion);
    return index < std::size(kCommandSpecs) ? &kCommandSpecs[index] : nullptr;
}

inline Command makeCommand(SimTime at, CommandType type, int a = -1, int b = -1, int c = -1, double x = 0,
                           double y = 0)
{
    return Command{at, static_cast<std::uint32_t>(type), a, b, c, x, y};
}

} // namespace fl
