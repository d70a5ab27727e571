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

QLatin1String latin(std::string_view id)
{
    return QLatin1String(id.data(), static_cast<qsizetype>(id.size()));
}

template<class E> QString idOf(E value)
{
    return QString(latin(enumId(value)));
}

template<class E> std::optional<E> valueOf(const QString &name)
{
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (name == latin(e.id))
            return e.value;
    }
    return std::nullopt;
}

template<class E> QStringList idsOf()
{
    QStringList names;
    for (const EnumEntry<E> &e : enumEntries<E>())
        names << QString(latin(e.id));
    return names;
}

// The sim's events are the sim's vocabulary, not a setting: their names live with the report.
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
    {SimEventType::SyncMemberRemoved, "sync-member-removed"},
    {SimEventType::SyncMemberRejoined, "sync-member-rejoined"},
    {SimEventType::SyncWritesBlocked, "sync-writes-blocked"},
    {SimEventType::PromotionNotInSyncSet, "promotion-not-in-sync-set"},
    {SimEventType::IncidentClosed, "incident-closed"},
    {SimEventType::CopyDetached, "copy-detached"},
    {SimEventType::CopyReseeded, "copy-reseeded"},
};

} // namespace

QString roleName(RegionRole role)
{
    return idOf(role);
}
std::optional<RegionRole> roleFromName(const QString &name)
{
    return valueOf<RegionRole>(name);
}
QStringList roleNames()
{
    return idsOf<RegionRole>();
}

QString mechanismName(RoutingMechanism mechanism)
{
    return idOf(mechanism);
}
std::optional<RoutingMechanism> mechanismFromName(const QString &name)
{
    return valueOf<RoutingMechanism>(name);
}
QStringList mechanismNames()
{
    return idsOf<RoutingMechanism>();
}

QString policyName(RoutingPolicy policy)
{
    return idOf(policy);
}
std::optional<RoutingPolicy> policyFromName(const QString &name)
{
    return valueOf<RoutingPolicy>(name);
}
QStringList policyNames()
{
    return idsOf<RoutingPolicy>();
}

QString resolversName(DnsResolvers resolvers)
{
    return idOf(resolvers);
}
std::optional<DnsResolvers> resolversFromName(const QString &name)
{
    return valueOf<DnsResolvers>(name);
}
QStringList resolversNames()
{
    return idsOf<DnsResolvers>();
}
QString placementName(HealthCheckerPlacement placement)
{
    return idOf(placement);
}
std::optional<HealthCheckerPlacement> placementFromName(const QString &name)
{
    return valueOf<HealthCheckerPlacement>(name);
}
QStringList placementNames()
{
    return idsOf<HealthCheckerPlacement>();
}

QString topologyName(WriteTopology value)
{
    return idOf(value);
}
std::optional<WriteTopology> topologyFromName(const QString &name)
{
    return valueOf<WriteTopology>(name);
}
QStringList topologyNames()
{
    return idsOf<WriteTopology>();
}

QString replicationModeName(ReplicationMode value)
{
    return idOf(value);
}
std::optional<ReplicationMode> replicationModeFromName(const QString &name)
{
    return valueOf<ReplicationMode>(name);
}
QStringList replicationModeNames()
{
    return idsOf<ReplicationMode>();
}

QString forwardPolicyName(ForwardPolicy value)
{
    return idOf(value);
}
std::optional<ForwardPolicy> forwardPolicyFromName(const QString &name)
{
    return valueOf<ForwardPolicy>(name);
}
QStringList forwardPolicyNames()
{
    return idsOf<ForwardPolicy>();
}

QString readPolicyName(ReadPolicy value)
{
    return idOf(value);
}
std::optional<ReadPolicy> readPolicyFromName(const QString &name)
{
    return valueOf<ReadPolicy>(name);
}
QStringList readPolicyNames()
{
    return idsOf<ReadPolicy>();
}

QString ownershipName(OwnershipRule value)
{
    return idOf(value);
}
std::optional<OwnershipRule> ownershipFromName(const QString &name)
{
    return valueOf<OwnershipRule>(name);
}
QStringList ownershipNames()
{
    return idsOf<OwnershipRule>();
}

QString conflictPolicyName(ConflictPolicy value)
{
    return idOf(value);
}
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name)
{
    return valueOf<ConflictPolicy>(name);
}
QStringList conflictPolicyNames()
{
    return idsOf<ConflictPolicy>();
}

QString failoverModeName(FailoverMode value)
{
    return idOf(value);
}
std::optional<FailoverMode> failoverModeFromName(const QString &name)
{
    return valueOf<FailoverMode>(name);
}
QStringList failoverModeNames()
{
    return idsOf<FailoverMode>();
}

QString rejoinPolicyName(RejoinPolicy value)
{
    return idOf(value);
}
std::optional<RejoinPolicy> rejoinPolicyFromName(const QString &name)
{
    return valueOf<RejoinPolicy>(name);
}
QStringList rejoinPolicyNames()
{
    return idsOf<RejoinPolicy>();
}

QString dependencyKindName(DependencyKind value)
{
    return idOf(value);
}
std::optional<DependencyKind> dependencyKindFromName(const QString &name)
{
    return valueOf<DependencyKind>(name);
}
QStringList dependencyKindNames()
{
    return idsOf<DependencyKind>();
}

QString commandName(CommandType type)
{
    const CommandSpec *spec = commandSpec(type);
    return spec ? QString(latin(spec->id)) : QString();
}
std::optional<CommandType> commandFromName(const QString &name)
{
    for (const CommandSpec &spec : kCommandSpecs) {
        if (name == latin(spec.id))
            return spec.type;
    }
    return std::nullopt;
}
QStringList commandNames()
{
    QStringList names;
    for (const CommandSpec &spec : kCommandSpecs)
        names << QString(latin(spec.id));
    return names;
}

QString eventName(SimEventType type)
{
    const QString name = nameIn(kEvents, type);
    // An event type added to the model after this table still exports, under its number.
    return name.isEmpty() ? QStringLiteral("event-%1").arg(static_cast<int>(type)) : name;
}

std::optional<CommandShape> commandShape(CommandType type)
{
    const CommandSpec *spec = commandSpec(type);
    return spec ? std::optional<CommandShape>(spec->shape) : std::nullopt;
}

} // namespace fl::scenario
