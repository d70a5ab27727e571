#pragma once

#include "sim/simevents.h"
#include "spec/commands.h"
#include "spec/config.h"
#include "spec/enums.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace fl::scenario {

// The kebab-case names enum values have in scenario files and in exported metrics, as QStrings:
// each reads its enum's one table in core/spec (spec/enums.h, kCommandSpecs). They are part of the
// file format: never rename one, only add.

QString roleName(RegionRole role);
std::optional<RegionRole> roleFromName(const QString &name);
QStringList roleNames();

QString mechanismName(RoutingMechanism mechanism);
std::optional<RoutingMechanism> mechanismFromName(const QString &name);
QStringList mechanismNames();

QString policyName(RoutingPolicy policy);
std::optional<RoutingPolicy> policyFromName(const QString &name);
QStringList policyNames();

QString resolversName(DnsResolvers resolvers);
std::optional<DnsResolvers> resolversFromName(const QString &name);
QStringList resolversNames();
QString placementName(HealthCheckerPlacement placement);
std::optional<HealthCheckerPlacement> placementFromName(const QString &name);
QStringList placementNames();

// The data model (data section).
QString topologyName(WriteTopology topology);
std::optional<WriteTopology> topologyFromName(const QString &name);
QStringList topologyNames();

QString replicationModeName(ReplicationMode mode);
std::optional<ReplicationMode> replicationModeFromName(const QString &name);
QStringList replicationModeNames();

QString forwardPolicyName(ForwardPolicy policy);
std::optional<ForwardPolicy> forwardPolicyFromName(const QString &name);
QStringList forwardPolicyNames();

QString readPolicyName(ReadPolicy policy);
std::optional<ReadPolicy> readPolicyFromName(const QString &name);
QStringList readPolicyNames();

QString ownershipName(OwnershipRule rule);
std::optional<OwnershipRule> ownershipFromName(const QString &name);
QStringList ownershipNames();

QString conflictPolicyName(ConflictPolicy policy);
std::optional<ConflictPolicy> conflictPolicyFromName(const QString &name);
QStringList conflictPolicyNames();

// The failover controller (failover section) and shared dependencies (dependencies section).
QString failoverModeName(FailoverMode mode);
std::optional<FailoverMode> failoverModeFromName(const QString &name);
QStringList failoverModeNames();

QString rejoinPolicyName(RejoinPolicy policy);
std::optional<RejoinPolicy> rejoinPolicyFromName(const QString &name);
QStringList rejoinPolicyNames();

QString dependencyKindName(DependencyKind kind);
std::optional<DependencyKind> dependencyKindFromName(const QString &name);
QStringList dependencyKindNames();

// "kill", "cut-link", "operator-failback", ...; empty for a command the format cannot express.
QString commandName(CommandType type);
std::optional<CommandType> commandFromName(const QString &name);
QStringList commandNames();

// "region-left-rotation", ...; "event-N" for an event type this table does not know yet.
QString eventName(SimEventType type);

// Which arguments a command takes in a file: its row's shape in core/spec (kCommandSpecs).
// Nothing for a command type the scenario format cannot express.
std::optional<CommandShape> commandShape(CommandType type);

} // namespace fl::scenario
