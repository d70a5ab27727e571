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

const Named<WriteTopology> kTopologies[] = {
    {WriteTopology::SinglePrimary, "single-primary"},
    {WriteTopology::MultiPrimary, "multi-primary"},
    {WriteTopology::Ownership, "ownership"},
};

const Named<ReplicationMode> kReplicationModes[] = {
    {ReplicationMode::SyncAll, "sync-all"},   {ReplicationMode::SyncQuorum, "sync-quorum"},
    {ReplicationMode::SemiSync, "semi-sync"}, {ReplicationMode::Async, "async"},
    {ReplicationMode::EventLog, "event-log"},
};

const Named<ForwardPolicy> kForwardPolicies[] = {
    {ForwardPolicy::Forward, "forward"},
    {ForwardPolicy::Refuse, "refuse"},
};

const Named<ReadPolicy> kReadPolicies[] = {
    {ReadPolicy::LocalReplica, "local-replica"},
    {ReadPolicy::Primary, "primary"},
};

const Named<OwnershipRule> kOwnershipRules[] = {
    {OwnershipRule::KeyHash, "key-hash"},
    {OwnershipRule::Population, "population"},
};

const Named<ConflictPolicy> kConflictPolicies[] = {
    {ConflictPolicy::LastWriteWins, "last-write-wins"},
    {ConflictPolicy::PnCounter, "pn-counter"},
    {ConflictPolicy::OrSet, "or-set"},
    {ConflictPolicy::FieldMerge, "field-merge"},
};

const Named<FailoverMode> kFailoverModes[] = {
    {FailoverMode::Automatic, "automatic"},
    {FailoverMode::Manual, "manual"},
};

const Named<RejoinPolicy> kRejoinPolicies[] = {
    {RejoinPolicy::Discard, "discard"},
    {RejoinPolicy::LastWriteWins, "last-write-wins"},
    {RejoinPolicy::Reconcile, "reconcile"},
};

const Named<DependencyKind> kDependencyKinds[] = {
    {DependencyKind::Payments, "payments"},
    {DependencyKind::Auth, "auth"},
    {DependencyKind::ControlPlane, "control-plane"},
    {DependencyKind::Cache, "cache"},
    {DependencyKind::Queue, "queue"},
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
    {CommandType::OperatorVerify, "operator-verify"},
    {CommandType::OperatorPromote, "operator-promote"},
    {CommandType::OperatorReroute, "operator-reroute"},
    {CommandType::DeployDependency, "deploy-dependency"},
    {CommandType::RemoveDependency, "remove-dependency"},
    {CommandType::SetClockSkew, "set-clock-skew"},
    {CommandType::SetReplicationMode, "set-replication-mode"},
};
// A command type missing here cannot appear in a scenario file: the reader does not know its name
// and saveScenario() refuses it.

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

QString topologyName(WriteTopology value)
{
    return nameIn(kTopologies, value);
}
std::optional<WriteTopology> topologyFromName(const QString &name)
{
    return valueIn(kTopologies, name);
}
QStringList topologyNames()
{
    return namesIn(kTopologies);
}

QString replicationModeName(ReplicationMode value)
{
    return nameIn(kReplicationModes, value);
}
std::optional<ReplicationMode> replicationModeFromName(const QString &name)
{
    return valueIn(kReplicationModes, name);
}
QStringList replicationModeNames()
{
    return namesIn(kReplicationModes);
}

QString forwardPolicyName(ForwardPolicy value)
{
    return nameIn(kForwardPolicies, value);
}
std::optional<ForwardPolicy> forwardPolicyFromName(const QString &name)
{
    return valueIn(kForwardPolicies, name);
}
QStringList forwardPolicyNames()
{
    return namesIn(kForwardPolicies);
}

QString readPolicyName(ReadPolicy value)
{
    return nameIn(kReadPolicies, value);
}
std::optional<ReadPolicy> readPolicyFromName(const QString &name)
{
    return valueIn(kReadPolicies, name);
}
QStringList readPolicyNames()
{
    return namesIn(kReadPolicies);
}

QString ownershipName(OwnershipRule value)
{
    return nameIn(kOwnershipRules, value);
}
std::optional<OwnershipRule> ownershipFromName(const QString &name)
{
    return valueIn(kOwnershipRules, name);
}
QStringList ownershipNames()
{
    return namesIn(kOwnershipRules);
}

QString conflictPolicyName(ConflictPolicy value)
{
    return nameIn(kConflictPolicies, value);
}
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    return valueIn(kConflictPolicies, name);
}
QStringList conflictPolicyNames()
{
    return namesIn(kConflictPolicies);
}

QString failoverModeName(FailoverMode value)
{
    return nameIn(kFailoverModes, value);
}
std::optional<FailoverMode> failoverModeFromName(const QString &name)
{
    return valueIn(kFailoverModes, name);
}
QStringList failoverModeNames()
{
    return namesIn(kFailoverModes);
}

QString rejoinPolicyName(RejoinPolicy value)
{
    return nameIn(kRejoinPolicies, value);
}
std::optional<RejoinPolicy> rejoinPolicyFromName(const QString &name)
{
    return valueIn(kRejoinPolicies, name);
}
QStringList rejoinPolicyNames()
{
    return namesIn(kRejoinPolicies);
}

QString dependencyKindName(DependencyKind value)
{
    return nameIn(kDependencyKinds, value);
}
std::optional<DependencyKind> dependencyKindFromName(const QString &name)
{
    return valueIn(kDependencyKinds, name);
}
QStringList dependencyKindNames()
{
    return namesIn(kDependencyKinds);
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
    case CommandType::OperatorPromote:
    case CommandType::OperatorReroute:
        return CommandShape::Region;
    case CommandType::OperatorVerify:
        return CommandShape::None;
    case CommandType::DeployDependency:
    case CommandType::RemoveDependency:
        return CommandShape::Dependency;
    case CommandType::SetClockSkew:
        return CommandShape::ClockSkew;
    case CommandType::SetReplicationMode:
        return CommandShape::Mode;
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
    case CommandType::Count:
        break;
    }
    return std::nullopt;
}

} // namespace fl::scenario
