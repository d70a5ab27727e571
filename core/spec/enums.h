#pragma once

#include "spec/commands.h"
#include "spec/config.h"
#include "spec/enumtable.h"

namespace fl {

// The one table per model enum: its file ids (scenario files, --set, reports) and whether a
// running world can switch to it. Everything that names an enum value reads it from here: the
// scenario reader and writer, the random fault schedules, the commands' argument checks.

template<> struct EnumSpec<RegionRole>
{
    static constexpr EnumEntry<RegionRole> entries[] = {
        {RegionRole::Active, "active", true},
        {RegionRole::WarmStandby, "warm-standby", true},
        {RegionRole::PilotLight, "pilot-light", true},
        {RegionRole::Witness, "witness", true},
    };
};

template<> struct EnumSpec<RoutingMechanism>
{
    static constexpr EnumEntry<RoutingMechanism> entries[] = {
        {RoutingMechanism::Dns, "dns", true},
        {RoutingMechanism::FrontDoor, "front-door", true},
    };
};

template<> struct EnumSpec<RoutingPolicy>
{
    static constexpr EnumEntry<RoutingPolicy> entries[] = {
        {RoutingPolicy::PrimaryOnly, "primary-only", true},
        {RoutingPolicy::GeoNearest, "geo-nearest", true},
        {RoutingPolicy::LatencyBased, "latency-based", true},
        {RoutingPolicy::Weighted, "weighted", true},
    };
};

template<> struct EnumSpec<HealthCheckerPlacement>
{
    static constexpr EnumEntry<HealthCheckerPlacement> entries[] = {
        {HealthCheckerPlacement::External, "external"},
        {HealthCheckerPlacement::InRegion, "in-region"},
    };
};

template<> struct EnumSpec<WriteTopology>
{
    static constexpr EnumEntry<WriteTopology> entries[] = {
        {WriteTopology::SinglePrimary, "single-primary"},
        {WriteTopology::MultiPrimary, "multi-primary"},
        {WriteTopology::Ownership, "ownership"},
    };
};

template<> struct EnumSpec<ReplicationMode>
{
    static constexpr EnumEntry<ReplicationMode> entries[] = {
        {ReplicationMode::SyncAll, "sync-all", true},   {ReplicationMode::SyncQuorum, "sync-quorum", true},
        {ReplicationMode::SemiSync, "semi-sync", true}, {ReplicationMode::Async, "async", true},
        {ReplicationMode::EventLog, "event-log", true},
    };
};

template<> struct EnumSpec<ForwardPolicy>
{
    static constexpr EnumEntry<ForwardPolicy> entries[] = {
        {ForwardPolicy::Forward, "forward"},
        {ForwardPolicy::Refuse, "refuse"},
    };
};

template<> struct EnumSpec<ReadPolicy>
{
    static constexpr EnumEntry<ReadPolicy> entries[] = {
        {ReadPolicy::LocalReplica, "local-replica"},
        {ReadPolicy::Primary, "primary"},
    };
};

template<> struct EnumSpec<OwnershipRule>
{
    static constexpr EnumEntry<OwnershipRule> entries[] = {
        {OwnershipRule::KeyHash, "key-hash"},
        {OwnershipRule::Population, "population"},
    };
};

template<> struct EnumSpec<ConflictPolicy>
{
    static constexpr EnumEntry<ConflictPolicy> entries[] = {
        {ConflictPolicy::LastWriteWins, "last-write-wins"},
        {ConflictPolicy::PnCounter, "pn-counter"},
        {ConflictPolicy::OrSet, "or-set"},
        {ConflictPolicy::FieldMerge, "field-merge"},
    };
};

// Listed automatic first, as the format's documentation and error messages do.
template<> struct EnumSpec<FailoverMode>
{
    static constexpr EnumEntry<FailoverMode> entries[] = {
        {FailoverMode::Automatic, "automatic"},
        {FailoverMode::Manual, "manual"},
    };
};

template<> struct EnumSpec<RejoinPolicy>
{
    static constexpr EnumEntry<RejoinPolicy> entries[] = {
        {RejoinPolicy::Discard, "discard"},
        {RejoinPolicy::LastWriteWins, "last-write-wins"},
        {RejoinPolicy::Reconcile, "reconcile"},
    };
};

template<> struct EnumSpec<DependencyKind>
{
    static constexpr EnumEntry<DependencyKind> entries[] = {
        {DependencyKind::Payments, "payments"},
        {DependencyKind::Auth, "auth"},
        {DependencyKind::ControlPlane, "control-plane"},
        {DependencyKind::Cache, "cache"},
        {DependencyKind::Queue, "queue"},
    };
};

// The random schedules draw these by row index, so their rows must be in value order.
static_assert(enumRowsInValueOrder<RoutingMechanism>() && enumRowsInValueOrder<RoutingPolicy>() &&
              enumRowsInValueOrder<HealthCheckerPlacement>() && enumRowsInValueOrder<ReplicationMode>() &&
              enumRowsInValueOrder<ConflictPolicy>() && enumRowsInValueOrder<OwnershipRule>() &&
              enumRowsInValueOrder<RejoinPolicy>() && enumRowsInValueOrder<RegionRole>());

} // namespace fl
