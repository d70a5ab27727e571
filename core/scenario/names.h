#pragma once

#include "sim/commands.h"
#include "sim/config.h"
#include "sim/simevents.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace fl::scenario {

// The kebab-case names enum values have in scenario files and in exported metrics. They are part
// of the file format: never rename one, only add.

QString roleName(RegionRole role);
std::optional<RegionRole> roleFromName(const QString &name);
QStringList roleNames();

QString mechanismName(RoutingMechanism mechanism);
std::optional<RoutingMechanism> mechanismFromName(const QString &name);
QStringList mechanismNames();

QString policyName(RoutingPolicy policy);
std::optional<RoutingPolicy> policyFromName(const QString &name);
QStringList policyNames();

QString placementName(HealthCheckerPlacement placement);
std::optional<HealthCheckerPlacement> placementFromName(const QString &name);
QStringList placementNames();

// "kill", "cut-link", "operator-failback", ...; empty for a command the format cannot express.
QString commandName(CommandType type);
std::optional<CommandType> commandFromName(const QString &name);
QStringList commandNames();

// "region-left-rotation", ...; "event-N" for an event type this table does not know yet.
QString eventName(SimEventType type);

// Which arguments a fault command takes in a file (and in fl::Command's generic fields).
enum class CommandShape
{
    Region,       // region                         -> a
    Link,         // from, to, one_way              -> a, b, c
    DegradedLink, // from, to, one_way, extra_ms, loss -> a, b, c, x, y
    Weight,       // population, region, weight     -> a, b, x
    Rate,         // population, rate               -> a, x
    Policy,       // policy                         -> a
    Mechanism,    // mechanism                      -> a
    Ttl,          // ttl (a duration)               -> x (seconds)
    Role,         // region, role                   -> a, b
};
// Nothing for a command type the scenario format cannot express yet.
std::optional<CommandShape> commandShape(CommandType type);

} // namespace fl::scenario
