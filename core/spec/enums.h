#pragma once

#include "spec/commands.h"
#include "spec/config.h"
#include "spec/enumtable.h"

namespace fl {

// The one table per model enum: its file ids (scenario files, --set, reports), its label in the
// window (English; the UI translates it) and whether a running world can switch to it. Everything that names
// an enum value reads it from here: the scenario reader and writer, the random fault schedules, the commands'
// argument checks.

template<> struct EnumSpec<RegionRole>
{
    static constexpr EnumEntry<RegionRole> entries[] = {
        {RegionRole::Active, "active", FL_TRANSLATE_NOOP("fl::ui::LabText", "active"), true},
        {RegionRole::WarmStandby, "warm-standby", FL_TRANSLATE_NOOP("fl::ui::LabText", "warm standby"), true},
        {RegionRole::PilotLight, "pilot-light", FL_TRANSLATE_NOOP("fl::ui::LabText", "pilot light"), true},
        {RegionRole::Witness, "witness", FL_TRANSLATE_NOOP("fl::ui::LabText", "witness"), true},
    };
};

template<> struct EnumSpec<RoutingMechanism>
{
    static constexpr EnumEntry<RoutingMechanism> entries[] = {
        {RoutingMechanism::Dns, "dns", FL_TRANSLATE_NOOP("fl::ui::LabText", "DNS"), true},
        {RoutingMechanism::FrontDoor, "front-door",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Front door (per request)"), true},
    };
};

template<> struct EnumSpec<DnsResolvers>
{
    static constexpr EnumEntry<DnsResolvers> entries[] = {
        {DnsResolvers::Ideal, "ideal",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Ideal (every cache honours the TTL)")},
        {DnsResolvers::Measured, "measured",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "As measured (some caches keep answers longer)")},
    };
};

template<> struct EnumSpec<RoutingPolicy>
{
    static constexpr EnumEntry<RoutingPolicy> entries[] = {
        {RoutingPolicy::PrimaryOnly, "primary-only",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Primary only (active-passive)"), true},
        {RoutingPolicy::GeoNearest, "geo-nearest", FL_TRANSLATE_NOOP("fl::ui::LabText", "Geo-nearest"), true},
        {RoutingPolicy::LatencyBased, "latency-based", FL_TRANSLATE_NOOP("fl::ui::LabText", "Latency-based"),
         true},
        {RoutingPolicy::Weighted, "weighted", FL_TRANSLATE_NOOP("fl::ui::LabText", "Weighted"), true},
    };
};

template<> struct EnumSpec<HealthCheckerPlacement>
{
    static constexpr EnumEntry<HealthCheckerPlacement> entries[] = {
        {HealthCheckerPlacement::External, "external",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "External service")},
        {HealthCheckerPlacement::InRegion, "in-region",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Inside a region")},
    };
};

template<> struct EnumSpec<WriteTopology>
{
    static constexpr EnumEntry<WriteTopology> entries[] = {
        {WriteTopology::SinglePrimary, "single-primary",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Single primary")},
        {WriteTopology::MultiPrimary, "multi-primary", FL_TRANSLATE_NOOP("fl::ui::LabText", "Multi-primary")},
        {WriteTopology::Ownership, "ownership",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Ownership (home region per key)")},
    };
};

template<> struct EnumSpec<ReplicationMode>
{
    static constexpr EnumEntry<ReplicationMode> entries[] = {
        {ReplicationMode::SyncAll, "sync-all",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Synchronous (all replicas)"), true},
        {ReplicationMode::SyncQuorum, "sync-quorum",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Synchronous (quorum)"), true},
        {ReplicationMode::SemiSync, "semi-sync", FL_TRANSLATE_NOOP("fl::ui::LabText", "Semi-synchronous"),
         true},
        {ReplicationMode::Async, "async", FL_TRANSLATE_NOOP("fl::ui::LabText", "Asynchronous"), true},
        {ReplicationMode::EventLog, "event-log", FL_TRANSLATE_NOOP("fl::ui::LabText", "Event log (queue)"),
         true},
    };
};

template<> struct EnumSpec<ForwardPolicy>
{
    static constexpr EnumEntry<ForwardPolicy> entries[] = {
        {ForwardPolicy::Forward, "forward", FL_TRANSLATE_NOOP("fl::ui::LabText", "Forward to the primary")},
        {ForwardPolicy::Refuse, "refuse", FL_TRANSLATE_NOOP("fl::ui::LabText", "Refuse")},
    };
};

template<> struct EnumSpec<ReadPolicy>
{
    static constexpr EnumEntry<ReadPolicy> entries[] = {
        {ReadPolicy::LocalReplica, "local-replica", FL_TRANSLATE_NOOP("fl::ui::LabText", "Local replica")},
        {ReadPolicy::Primary, "primary", FL_TRANSLATE_NOOP("fl::ui::LabText", "Primary")},
    };
};

template<> struct EnumSpec<OwnershipRule>
{
    static constexpr EnumEntry<OwnershipRule> entries[] = {
        {OwnershipRule::KeyHash, "key-hash", FL_TRANSLATE_NOOP("fl::ui::LabText", "By key hash")},
        {OwnershipRule::Population, "population",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "By population (nearest region)")},
    };
};

template<> struct EnumSpec<ConflictPolicy>
{
    static constexpr EnumEntry<ConflictPolicy> entries[] = {
        {ConflictPolicy::LastWriteWins, "last-write-wins",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Last write wins (LWW)")},
        {ConflictPolicy::PnCounter, "pn-counter", FL_TRANSLATE_NOOP("fl::ui::LabText", "PN-counter (CRDT)")},
        {ConflictPolicy::OrSet, "or-set", FL_TRANSLATE_NOOP("fl::ui::LabText", "OR-set (CRDT)")},
        {ConflictPolicy::FieldMerge, "field-merge", FL_TRANSLATE_NOOP("fl::ui::LabText", "Field merge")},
    };
};

// Listed automatic first, as the format's documentation and error messages do.
template<> struct EnumSpec<FailoverMode>
{
    static constexpr EnumEntry<FailoverMode> entries[] = {
        {FailoverMode::Automatic, "automatic", FL_TRANSLATE_NOOP("fl::ui::LabText", "Automatic")},
        {FailoverMode::Manual, "manual", FL_TRANSLATE_NOOP("fl::ui::LabText", "Manual (operator)")},
    };
};

template<> struct EnumSpec<RejoinPolicy>
{
    static constexpr EnumEntry<RejoinPolicy> entries[] = {
        {RejoinPolicy::Discard, "discard",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Discard its orphaned writes")},
        {RejoinPolicy::LastWriteWins, "last-write-wins",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Replay orphans if newer (LWW)")},
        {RejoinPolicy::Reconcile, "reconcile",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "Reconcile (replay every orphan)")},
    };
};

template<> struct EnumSpec<DependencyKind>
{
    static constexpr EnumEntry<DependencyKind> entries[] = {
        {DependencyKind::Payments, "payments", FL_TRANSLATE_NOOP("fl::ui::LabText", "payments")},
        {DependencyKind::Auth, "auth", FL_TRANSLATE_NOOP("fl::ui::LabText", "auth")},
        {DependencyKind::ControlPlane, "control-plane",
         FL_TRANSLATE_NOOP("fl::ui::LabText", "control plane")},
        {DependencyKind::Cache, "cache", FL_TRANSLATE_NOOP("fl::ui::LabText", "cache")},
        {DependencyKind::Queue, "queue", FL_TRANSLATE_NOOP("fl::ui::LabText", "queue")},
    };
};

// The random schedules draw these by row index, so their rows must be in value order.
static_assert(enumRowsInValueOrder<RoutingMechanism>() && enumRowsInValueOrder<RoutingPolicy>() &&
              enumRowsInValueOrder<DnsResolvers>() && enumRowsInValueOrder<HealthCheckerPlacement>() &&
              enumRowsInValueOrder<ReplicationMode>() && enumRowsInValueOrder<ConflictPolicy>() &&
              enumRowsInValueOrder<OwnershipRule>() && enumRowsInValueOrder<RejoinPolicy>() &&
              enumRowsInValueOrder<RegionRole>());

} // namespace fl
