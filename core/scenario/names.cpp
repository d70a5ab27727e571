#include "names.h"

namespace fl::scenario {
namespace {

template<class E> struct Named
{
    E value;
    const char *name;
};

template<class E, std::size_t N> QString nameIn(const Named<E> (&table)[N], E value)
{
    for (const Named<E> &n : table) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return QString();
}

template<class E, std::size_t N> std::optional<E> valueIn(const Named<E> (&table)[N], const QString &name)
{
    for (const Named<E> &n : table) {
        if (name == QLatin1String(n.name))
            return n.value;
    }
    return std::nullopt;
}

template<class E, std::size_t N> QStringList namesIn(const Named<E> (&table)[N])
{
    QStringList names;
    for (const Named<E> &n : table)
        names << QString::fromLatin1(n.name);
    return names;
}

const Named<RegionRole> kRoles[] = {
    {RegionRole::Active, "active"},
    {RegionRole::WarmStandby, "warm-standby"},
    {RegionRole::PilotLight, "pilot-light"},
    {RegionRole::Witness, "witness"},
};

const Named<RoutingMechanism> kMechanisms[] = {
    {RoutingMechanism::Dns, "dns"},
    {RoutingMechanism::FrontDoor, "front-door"},
};

const Named<RoutingPolicy> kPolicies[] = {
    {RoutingPolicy::PrimaryOnly, "primary-only"},
    {RoutingPolicy::GeoNearest, "geo-nearest"},
    {RoutingPolicy::LatencyBased, "latency-based"},
    {RoutingPolicy::Weighted, "weighted"},
};

const Named<HealthCheckerPlacement> kPlacements[] = {
    {HealthCheckerPlacement::External, "external"},
    {HealthCheckerPlacement::InRegion, "in-region"},
};

const Named<CommandType> kCommands[] = {
    {CommandType::KillRegion, "kill"},
    {CommandType::RestoreRegion, "restore"},
    {CommandType::DestroyRegion, "destroy"},
    {CommandType::KillAppTier, "kill-app"},
    {CommandType::RestoreAppTier, "restore-app"},
    {CommandType::KillDataTier, "kill-data"},
    {CommandType::RestoreDataTier, "restore-data"},
    {CommandType::CutLink, "cut-link"},
    {CommandType::HealLink, "heal-link"},
    {CommandType::DegradeLink, "degrade-link"},
    {CommandType::IsolateRegion, "isolate"},
    {CommandType::SetWeight, "set-weight"},
    {CommandType::SetPopulationRate, "set-rate"},
    {CommandType::SetRoutingPolicy, "set-routing-policy"},
    {CommandType::SetRoutingMechanism, "set-routing-mechanism"},
    {CommandType::SetDnsTtl, "set-dns-ttl"},
    {CommandType::SetRegionRole, "set-role"},
    {CommandType::OperatorFailback, "operator-failback"},
};
// Command types that are missing here (those of models that land later) cannot appear in a scenario
// file: the reader does not know their names and saveScenario() refuses them.

const Named<SimEventType> kEvents[] = {
    {SimEventType::CommandApplied, "command-applied"},
    {SimEventType::RegionDown, "region-down"},
    {SimEventType::RegionUp, "region-up"},
    {SimEventType::RegionDestroyed, "region-destroyed"},
    {SimEventType::AppTierDown, "app-tier-down"},
    {SimEventType::AppTierUp, "app-tier-up"},
    {SimEventType::DataTierDown, "data-tier-down"},
    {SimEventType::DataTierUp, "data-tier-up"},
    {SimEventType::LinkCut, "link-cut"},
    {SimEventType::LinkHealed, "link-healed"},
    {SimEventType::LinkDegraded, "link-degraded"},
    {SimEventType::HealthCheckFailed, "health-check-failed"},
    {SimEventType::RegionLeftRotation, "region-left-rotation"},
    {SimEventType::RegionRejoinedRotation, "region-rejoined-rotation"},
    {SimEventType::RegionHeldForOperator, "region-held-for-operator"},
    {SimEventType::NoHealthyRegion, "no-healthy-region"},
    {SimEventType::StandbyScalingUp, "standby-scaling-up"},
    {SimEventType::StandbyScaledUp, "standby-scaled-up"},
    {SimEventType::PilotLightBooting, "pilot-light-booting"},
    {SimEventType::PilotLightReady, "pilot-light-ready"},
    {SimEventType::RegionOverloaded, "region-overloaded"},
    {SimEventType::RegionRecoveredFromOverload, "region-recovered-from-overload"},
    {SimEventType::SyncFellBackToAsync, "sync-fell-back-to-async"},
    {SimEventType::PrimaryPromoted, "primary-promoted"},
    {SimEventType::SteppedDown, "stepped-down"},
    {SimEventType::ControlProbeFailed, "control-probe-failed"},
    {SimEventType::FailureDetected, "failure-detected"},
    {SimEventType::AwaitingOperator, "awaiting-operator"},
    {SimEventType::OperatorVerified, "operator-verified"},
    {SimEventType::ElectionStarted, "election-started"},
    {SimEventType::ElectionNoQuorum, "election-no-quorum"},
    {SimEventType::PromotionStarted, "promotion-started"},
    {SimEventType::RouteSwitched, "route-switched"},
    {SimEventType::LeaseExpired, "lease-expired"},
    {SimEventType::FencedWriteRefused, "fenced-write-refused"},
    {SimEventType::StaleEpochApplied, "stale-epoch-applied"},
    {SimEventType::SplitBrainStarted, "split-brain-started"},
    {SimEventType::SplitBrainEnded, "split-brain-ended"},
    {SimEventType::DependencyUnavailable, "dependency-unavailable"},
    {SimEventType::IncidentOpened, "incident-opened"},
    {SimEventType::IncidentRecovered, "incident-recovered"},
};

} // namespace

QString roleName(RegionRole role)
{
    return nameIn(kRoles, role);
}
std::optional<RegionRole> roleFromName(const QString &name)
{
    return valueIn(kRoles, name);
}
QStringList roleNames()
{
    return namesIn(kRoles);
}

QString mechanismName(RoutingMechanism mechanism)
{
    return nameIn(kMechanisms, mechanism);
}
std::optional<RoutingMechanism> mechanismFromName(const QString &name)
{
    return valueIn(kMechanisms, name);
}
QStringList mechanismNames()
{
    return namesIn(kMechanisms);
}

QString policyName(RoutingPolicy policy)
{
    return nameIn(kPolicies, policy);
}
std::optional<RoutingPolicy> policyFromName(const QString &name)
{
    return valueIn(kPolicies, name);
}
QStringList policyNames()
{
    return namesIn(kPolicies);
}

QString placementName(HealthCheckerPlacement placement)
{
    return nameIn(kPlacements, placement);
}
std::optional<HealthCheckerPlacement> placementFromName(const QString &name)
{
    return valueIn(kPlacements, name);
}
QStringList placementNames()
{
    return namesIn(kPlacements);
}

QString commandName(CommandType type)
{
    return nameIn(kCommands, type);
}
std::optional<CommandType> commandFromName(const QString &name)
{
    return valueIn(kCommands, name);
}
QStringList commandNames()
{
    return namesIn(kCommands);
}

QString eventName(SimEventType type)
{
    const QString name = nameIn(kEvents, type);
    // An event type added to the model after this table still exports, under its number.
    return name.isEmpty() ? QStringLiteral("event-%1").arg(static_cast<int>(type)) : name;
}

std::optional<CommandShape> commandShape(CommandType type)
{
    switch (type) {
    case CommandType::KillRegion:
    case CommandType::RestoreRegion:
    case CommandType::DestroyRegion:
    case CommandType::KillAppTier:
    case CommandType::RestoreAppTier:
    case CommandType::KillDataTier:
    case CommandType::RestoreDataTier:
    case CommandType::IsolateRegion:
    case CommandType::OperatorFailback:
        return CommandShape::Region;
    case CommandType::CutLink:
    case CommandType::HealLink:
        return CommandShape::Link;
    case CommandType::DegradeLink:
        return CommandShape::DegradedLink;
    case CommandType::SetWeight:
        return CommandShape::Weight;
    case CommandType::SetPopulationRate:
        return CommandShape::Rate;
    case CommandType::SetRoutingPolicy:
        return CommandShape::Policy;
    case CommandType::SetRoutingMechanism:
        return CommandShape::Mechanism;
    case CommandType::SetDnsTtl:
        return CommandShape::Ttl;
    case CommandType::SetRegionRole:
        return CommandShape::Role;
    default:
        // Commands of later models have no place in format version 1 yet.
        return std::nullopt;
    }
}

} // namespace fl::scenario
